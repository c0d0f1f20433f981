"""bibkit's pre-commit hooks (.pre-commit-hooks.yaml) and ``bibkit tidy``.

The end-to-end test runs the real ``pre-commit try-repo`` on a sample git repository: pre-commit
builds its own virtualenv and installs bibkit into it from a committed copy of this working tree,
exactly as a user's ``.pre-commit-config.yaml`` would. No link is fetched: the sample's links are
answered by a link cache committed with it (what the hook reads first).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bibkit.cli import main
from bibkit.linkcheck.cache import LinkCache
from bibkit.linkcheck.model import LinkResult, LinkStatus
from bibkit.plugins import precommit_links
from bibkit.tidy_command import BROKEN_MARK, tidy_text, verbatim_blocks

REPO = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

MESSY = """% My reading list, kept by hand.
@string{rusi = "Royal United Services Institute"}

@online{brown2021japan, title="Japan's Russia Policy Under Prime Minister Suga", author="Brown, James D.J.",
    organization = rusi, date={2021-06-10}, url={https://example.org/gone}}

@article{lyu2020abe,
journal = {China International Studies}, author = {Lyu, Yaodong}, year = 2020, volume = 84, pages = {154-157},
title = {Abe's Total Settlement of Japan's Post-War Diplomacy and Its Dilemma}, url = {https://example.org/fine}}

@online{twice2022,
  title = {An entry with a field twice},
  title = {Again},
}
"""

TIDY = """@online{abiru2021japan,
  author = {Abiru, Taisuke},
  title = {{Japan}-{Russia} Relations in the Post-Abe Era},
  organization = {Carnegie Moscow Center},
  date = {2021-03-03},
  url = {https://example.org/fine},
}
"""


# --------------------------------------------------------------------------- bibkit tidy


def test_tidy_rewrites_canonically_and_keeps_what_it_cannot_read():
    out, broken, problems = tidy_text(MESSY)
    assert out.startswith('% My reading list, kept by hand.\n@string{rusi = "Royal United Services Institute"}\n')
    assert "  organization = {Royal United Services Institute},\n" in out
    assert "  journaltitle = {China International Studies},\n  volume = {84},\n  pages = {154--157},\n" in out
    assert out.endswith(BROKEN_MARK + "\n@online{twice2022,\n  title = {An entry with a field twice},\n"
                        "  title = {Again},\n}\n")
    assert [line for line, _ in broken] == [11]
    assert problems and "duplicate field(s) title" in problems[0]
    assert tidy_text(out)[0] == out  # idempotent: a second run changes nothing


def test_tidy_keeps_the_braces_the_user_put_in_titles():
    text = "@online{k, title = {Press Conference by Prime Minister {Kishida} on {NATO}}, date = {2022}}\n"
    out = tidy_text(text)[0]
    assert "title = {Press Conference by Prime Minister {Kishida} on {NATO}}," in out
    assert tidy_text(out)[0] == out


def test_verbatim_blocks_ignore_text_inside_entries():
    text = "@misc{a,\n  note = {100% sure\n% not a comment},\n}\n% a comment\n@preamble{ \"\\newcommand{\\x}{y}\" }\n"
    assert verbatim_blocks(text) == ["% a comment", '@preamble{ "\\newcommand{\\x}{y}" }']


def test_tidy_command_exit_codes(tmp_path, capsys):
    messy, tidy = tmp_path / "messy.bib", tmp_path / "tidy.bib"
    messy.write_text(MESSY, encoding="utf-8")
    tidy.write_text(TIDY, encoding="utf-8")
    assert main(["tidy", str(tidy)]) == 0
    assert main(["tidy", "--check", str(messy)]) == 1 and messy.read_text(encoding="utf-8") == MESSY
    assert main(["tidy", str(messy), str(tidy)]) == 1
    assert messy.read_text(encoding="utf-8") == tidy_text(MESSY)[0]
    assert main(["tidy", str(messy)]) == 1  # still holds an unreadable block: fails until fixed by hand
    assert "rewritten" in capsys.readouterr().err
    assert main(["tidy", str(tmp_path / "missing.bib")]) == 3


def test_link_hook_passes_when_links_cannot_be_checked(tmp_path, capsys):
    bib = tmp_path / "refs.bib"
    bib.write_text(TIDY, encoding="utf-8")
    # offline with an empty cache: every link is could-not-check, which never fails the hook
    assert precommit_links.main(["--offline", "--cache", str(tmp_path / "c.sqlite"), str(bib)]) == 0
    assert "could-not-check" in capsys.readouterr().out


# --------------------------------------------------------------------------- pre-commit, for real


def pre_commit() -> str:
    found = shutil.which("pre-commit") or shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if found is None:
        if IN_CI:
            pytest.fail("pre-commit is required under CI (pip install pre-commit)")
        pytest.skip("pre-commit not installed")
    return found


def git(cwd: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="bibkit tests", GIT_AUTHOR_EMAIL="tests@bibkit.invalid",
               GIT_COMMITTER_NAME="bibkit tests", GIT_COMMITTER_EMAIL="tests@bibkit.invalid")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


def committed_copy_of_bibkit(dest: Path) -> Path:
    """The files a pip install of bibkit needs, committed in a fresh repository (try-repo wants a commit)."""
    dest.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(REPO / name, dest / name)
    for folder in ("bibkit", "templates"):
        shutil.copytree(REPO / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "bibkit under test")
    return dest


def sample_repository(dest: Path) -> Path:
    dest.mkdir()
    (dest / "refs").mkdir()
    (dest / "refs" / "library.bib").write_text(MESSY, encoding="utf-8")
    with LinkCache(dest / ".bibkit-cache" / "links.sqlite") as cache:
        cache.put_many([
            LinkResult(url="https://example.org/gone", status=LinkStatus.BROKEN, code=404, reason="Not Found"),
            LinkResult(url="https://example.org/fine", status=LinkStatus.OK, code=200),
        ])
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "sample")
    return dest


@pytest.mark.tool
@pytest.mark.slow
def test_hooks_through_pre_commit_try_repo(tmp_path):
    executable = pre_commit()
    bibkit_repo = committed_copy_of_bibkit(tmp_path / "bibkit")
    sample = sample_repository(tmp_path / "sample")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), PRE_COMMIT_COLOR="never")
    ref = subprocess.run(["git", "rev-parse", "HEAD"], cwd=bibkit_repo, capture_output=True, text=True,
                         check=True).stdout.strip()
    proc = subprocess.run([executable, "try-repo", str(bibkit_repo), "--ref", ref, "--all-files", "--verbose"],
                          cwd=sample, env=env, capture_output=True, text=True, timeout=900)
    out = proc.stdout + proc.stderr
    if os.environ.get("BIBKIT_SHOW_PRE_COMMIT"):
        print(out)
    assert proc.returncode == 1, out
    results = {line.split("..")[0].strip(): line.rsplit(".", 1)[-1].strip()
               for line in out.splitlines() if line.rstrip().endswith(("Passed", "Failed"))}
    assert results == {
        "bibkit check links (cached, offline-safe)": "Failed",
        "bibkit tidy (.bib in canonical biblatex form)": "Failed",
        "bibkit validate (.bib readable and tidy, nothing rewritten)": "Failed",
    }, out
    assert "https://example.org/gone" in out and "404" in out  # the cached verdict, no request sent
    assert "files were modified by this hook" in out
    assert "duplicate field(s) title" in out
    assert (sample / "refs" / "library.bib").read_text(encoding="utf-8") == tidy_text(MESSY)[0]
