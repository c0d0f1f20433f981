"""Reading commentary files: which files to read, and their text whatever the encoding.

This is the only place (with ``io/bibtex``) that opens files. It turns bytes into one
clean ``str`` with ``\\n`` line endings, so the extractor never sees encodings or CRLF.
A file that cannot be read as text raises ``InputError`` (one line, naming the file);
anything merely doubtful (a guessed encoding) comes back as a ``Problem``.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Problem

#: Suffixes of files read as commentaries when a directory is given.
COMMENTARY_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".tex", ".latex", ".docx", ".odt",
                       ".pdf")

# charset-normalizer answers that are plausible for a scraped commentary; anything else
# (e.g. "cp037" for plain ASCII-ish bytes) is a wrong guess, so cp1252 is safer.
_SANE_ENCODINGS = {
    "utf_8", "ascii", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "latin_1",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_15", "koi8_r", "mac_roman",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "gb2312", "gbk", "big5", "euc_kr", "cp949",
}
_CONTROL_BYTES = bytes(sorted(set(range(0x09)) | {0x0B, 0x0E, 0x0F} | set(range(0x10, 0x1A)) | set(range(0x1C, 0x20))))


def read_library_text(path: str | Path) -> str:
    """Text of a library file (.bib, CSL-JSON): UTF-8 with or without BOM, else a one-line InputError."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError("no such file", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", path=str(path)) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=str(path)) from exc


def read_text(path: str | Path) -> tuple[str, list[Problem]]:
    """Text of a commentary file, with ``\\n`` line endings, and any doubt about its encoding.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes are
    decoded by charset detection limited to sane encodings, else cp1252 with a warning.
    Raises ``InputError`` for a missing file, a directory, an empty or binary file.
    """
    data = read_bytes(path)
    name = str(path)
    text, problems = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("is empty", path=name)
    return text, problems


def read_bytes(path: str | Path) -> bytes:
    """A commentary file's bytes; ``InputError`` for a missing file, a directory or an empty file."""
    path = Path(path)
    name = str(path)
    try:  # one open, no stat before it: this runs for every file of a large library
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except OSError as exc:
        if isinstance(exc, IsADirectoryError) or path.is_dir():  # Windows says "permission denied" for a folder
            raise InputError("is a directory, not a commentary file", path=name) from None
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    if not data:
        raise InputError("is empty", path=name)
    return data


def decode(data: bytes, name: str = "") -> tuple[str, list[Problem]]:
    """Bytes to text (see ``read_text``); ``name`` is used in messages only."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), []
            except UnicodeDecodeError:
                raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}",
                                 path=name) from None
    if not data.strip():
        raise InputError("is empty", path=name)
    if _looks_binary(data):
        raise InputError("is a binary file, not text", path=name)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _guess(data, name)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not per byte
    return controls > max(8, len(head) // 100)


def _guess(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Not UTF-8: ask charset-normalizer, keeping to sane encodings and preferring cp1252 when it
    reads the bytes about as well as the top guess (short Western texts fit several code pages)."""
    from charset_normalizer import from_bytes

    sane = [m for m in from_bytes(data) if m.encoding in _SANE_ENCODINGS and m.encoding != "utf_8"]
    if sane:
        best = sane[0]
        if "cp1252" in best.could_be_from_charset:  # same text either way: name the usual one
            return data.decode("cp1252"), [Problem(name, "not UTF-8; read as cp1252 (detected)")]
        best = next((m for m in sane if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.02), best)
        return str(best), [Problem(name, f"not UTF-8; read as {best.encoding} (detected)")]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        text = data.decode("latin-1")
    return text, [Problem(name, "not UTF-8 and no reliable encoding detected; read as cp1252")]


def find_commentaries(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The commentary files named by ``paths``: files as given, directories searched recursively.

    Directory contents are sorted so runs are repeatable, and hidden files and folders are
    skipped. A missing path, or a directory holding no commentary, is an error ``Problem``
    naming it; the other paths are still returned.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = _walk(path)
            if not inside:
                problems.append(Problem(str(path), "directory holds no commentary files ("
                                        + " ".join(COMMENTARY_SUFFIXES) + ")", severity="error"))
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            problems.append(Problem(str(path), "no such file or directory", severity="error"))
    return _unique(found), problems


def _walk(folder: Path) -> list[Path]:
    """Commentary files under ``folder``, depth first in name order, hidden entries and lock files skipped."""
    out: list[Path] = []
    try:
        with os.scandir(folder) as listing:  # scandir knows each entry's kind without a stat
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return out
    for entry in entries:
        if entry.name.startswith((".", "~$")):  # hidden, or the lock file Word keeps beside an open document
            continue
        if entry.is_dir():
            out.extend(_walk(Path(entry.path)))
        elif os.path.splitext(entry.name)[1].lower() in COMMENTARY_SUFFIXES and entry.is_file():
            out.append(Path(entry.path))
    return out


def _unique(paths: list[Path]) -> list[Path]:
    """``paths`` without repeats (a file named twice, or inside a directory also named)."""
    seen: set[Path] = set()
    folders: dict[Path, Path] = {}
    out = []
    for path in paths:
        if path.parent not in folders:
            folders[path.parent] = path.parent.resolve()
        key = path.resolve() if path.is_symlink() else folders[path.parent] / path.name  # a folder resolved once
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out
