"""Reading commentary files: encodings, line endings, unreadable input, and which files to read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibkit.errors import InputError
from bibkit.extract import extract_file
from bibkit.io.sources import find_commentaries, read_text


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data, expected", [
    pytest.param("Tōkyō – “quoted”\n".encode(), "Tōkyō – “quoted”\n", id="utf-8"),
    pytest.param(b"\xef\xbb\xbfBOM line\r\nnext\r\n", "BOM line\nnext\n", id="utf-8-bom-crlf"),
    pytest.param("UTF-16 ‘text’\r\n".encode("utf-16"), "UTF-16 ‘text’\n", id="utf-16-bom"),
    pytest.param("big endian\n".encode("utf-16-be").join([b"\xfe\xff", b""]), "big endian\n", id="utf-16-be"),
    pytest.param(b"old mac\rline\r", "old mac\nline\n", id="cr-only"),
])
def test_read_text_decodes_without_problems(tmp_path: Path, data: bytes, expected: str) -> None:
    text, problems = read_text(write(tmp_path / "a.txt", data))
    assert text == expected
    assert problems == []


def test_cp1252_is_detected_and_reported(tmp_path: Path) -> None:
    source = "Le « régime » d’État, vu de Montréal – une étude. " * 3
    text, problems = read_text(write(tmp_path / "fr.txt", source.encode("cp1252")))
    assert text == source
    assert len(problems) == 1 and "fr.txt" in str(problems[0]) and "cp1252" in problems[0].message
    assert problems[0].severity == "warning"


def test_undetectable_bytes_fall_back_to_cp1252(tmp_path: Path) -> None:
    text, problems = read_text(write(tmp_path / "odd.txt", b"caf\xe9 \x80 done"))
    assert text.startswith("caf") and text.endswith("done")
    assert problems and problems[0].severity == "warning"


@pytest.mark.parametrize("setup, message", [
    pytest.param(lambda d: d / "missing.txt", "no such file", id="missing"),
    pytest.param(lambda d: d, "is a directory", id="directory"),
    pytest.param(lambda d: write(d / "empty.txt", b""), "is empty", id="empty"),
    pytest.param(lambda d: write(d / "blank.txt", b"  \r\n\t\n"), "is empty", id="whitespace"),
    pytest.param(lambda d: write(d / "bom.txt", b"\xef\xbb\xbf\n"), "is empty", id="bom-only"),
    pytest.param(lambda d: write(d / "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary", id="binary"),
])
def test_unreadable_input_raises_one_line_naming_the_file(tmp_path: Path, setup, message: str) -> None:  # noqa: ANN001
    path = setup(tmp_path)
    with pytest.raises(InputError) as info:
        read_text(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text
    assert info.value.exit_code == 3


def test_extract_file_names_problems_by_file_name(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "Claim.[1]\n\n[1] Caf\xe9 source.\n".encode("cp1252"))
    commentary, problems = extract_file(path)
    assert commentary.document == "note.txt" and commentary.path == str(path)
    assert commentary.notes[0].text == "Café source."
    assert [p.document for p in problems] == ["note.txt"]


def test_find_commentaries_walks_directories_in_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.htm", "e.markdown", "f.text", "g.docx", "skip.png",
                 ".hidden.txt", ".git/x.txt", "sub/z.json", "sub/~$g.docx"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found, problems = find_commentaries([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt", "b.md", "e.markdown", "f.text", "g.docx", "sub/c.html", "sub/d.htm"]  # not Word's "~$" lock file
    assert problems == []


def test_find_commentaries_reports_bad_paths_and_keeps_the_rest(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", b"text")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.png").write_text("x")
    found, problems = find_commentaries([tmp_path / "nope.txt", empty, good, str(good)])
    assert found == [good]
    assert [(p.document, p.severity) for p in problems] == [
        (str(tmp_path / "nope.txt"), "error"), (str(empty), "error")]
    assert "no such file" in problems[0].message
    assert "no commentary files" in problems[1].message


def test_a_file_given_by_name_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.rst", b"text")
    assert find_commentaries([path]) == ([path], [])
