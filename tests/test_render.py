"""Rendering: golden files per format, escaping, wrapping, templates, and the real tools.

Regenerate the golden files after an intended change with ``BIBKIT_REGEN_GOLDEN=1 pytest tests/test_render.py``
and review the diff. The tool tests (pdflatex + biber, pandoc, headless Chromium) are marked ``tool``;
outside CI they skip with the reason when the program is missing, under CI=true they must run.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from render_fixtures import THEME_MAP, render_library_fixture

from bibkit.cli import main
from bibkit.errors import ConfigError, TemplateError
from bibkit.model import Library, Name, PartialDate, Reference
from bibkit.render import FORMATS, format_for, latex_escape, md_escape, render, render_library
from bibkit.styles import format_entry, plain_text
from bibkit.themes import Theme, ThemeMap

EXPECTED = Path(__file__).parent / "data" / "expected" / "render"
LINKS = {"abiru2021japan": "ok", "https://www.iea.org/reports/japan-2021": "broken"}
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def need(program: str) -> str:
    """The program's path; skip (outside CI only) when it is not installed."""
    path = shutil.which(program)
    if path is None:
        if IN_CI:
            pytest.fail(f"{program} is required under CI (installed by .ci/run)")
        pytest.skip(f"{program} not installed")
    return path


def rendered(fmt: str) -> str:
    return render_library(render_library_fixture(), fmt, theme_map=THEME_MAP, link_results=LINKS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt):
    actual = rendered(fmt)
    path = EXPECTED / f"annotated.{fmt}"
    if os.environ.get("BIBKIT_REGEN_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), str(path), "actual"))
        pytest.fail(f"{fmt} output differs from the golden file:\n{diff}")


def _hostile_library() -> Library:
    ref = Reference(
        type="webpage",
        key="hostile",
        title='<script>alert("x")</script> & Tom’s "AT&T" 100% $5 #1 a_b {c} ~d ^e \\f',
        authors=(Name(family="Malachiński", given="Piotr"), Name(family="Abe", given="Shinzō")),
        url="https://example.org/a?b=1&c=<2>",
        annotation="Mine: <b>bold?</b> & more",
        keywords=("x",),
    )
    return Library(references=(ref,))


def test_html_autoescapes_everything():
    html = render_library(_hostile_library(), "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Tom" in html
    assert "&lt;b&gt;bold?&lt;/b&gt; &amp; more" in html
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in html
    assert "<script>" in html  # only our own inlined script


def test_html_is_valid_and_self_contained():
    html5lib = pytest.importorskip("html5lib")
    text = rendered("html")
    html5lib.HTMLParser(strict=True).parse(text)  # raises on any parse error
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//(?![^"']*(?:carnegie|kantei|iea))""", text)
    assert "<link" not in text and "@import" not in text and " src=" not in text


def test_latex_escapes_specials_in_template_text():
    assert latex_escape("& % $ # _ { } ~ ^ \\") == (
        "\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}"
    )
    theme_map = ThemeMap((Theme("x", "R&D 100% $ #1 a_b {c} ~ ^ \\", "50% & more"),))
    tex = render_library(_hostile_library(), "tex", theme_map=theme_map)
    assert "title={R\\&D 100\\% \\$ \\#1 a\\_b \\{c\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} (1)}" in tex
    assert "\\defbibnote{about-x}{50\\% \\& more}" in tex


def test_markdown_escape_round_trips_through_pandoc_syntax():
    assert md_escape("*a* _b_ [c](d) <e> $f$ @g ~h~ ^i^ `j` #k & \\") == (
        "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\$f\\$ \\@g \\~h\\~ \\^i\\^ \\`j\\` \\#k \\& \\\\"
    )
    assert md_escape("1984. A year") == "1984\\. A year"
    assert md_escape("- not a list") == "\\- not a list"


def test_txt_is_wrapped_at_78_columns():
    text = rendered("txt")
    for line in text.splitlines():
        assert len(line) <= 78 or " " not in line.strip(), line  # only an unbreakable URL may be longer


def test_entries_listed_once_under_primary_theme_with_see_also():
    html = rendered("html")
    assert html.count('id="ref-kyodo2014"') == 1
    section = html.split('id="theme-security"')[1].split("</section>")[0]
    assert 'id="ref-kyodo2014"' in section and 'See also: <a href="#theme-sanctions">Sanctions</a>' in section
    assert 'class="badge status-broken"' in html and 'class="badge status-ok"' in html
    toc = html.split('id="toc"')[1].split("</nav>")[0]
    assert 'Security and defence</a> <span class="count" data-theme="security">2</span>' in toc


def test_user_template_overrides_and_extends_default(tmp_path):
    (tmp_path / "annotated.html.j2").write_text(
        '{% extends "default:annotated.html.j2" %}{% block intro %}<p class="mine">{{ total }} picks</p>{% endblock %}',
        encoding="utf-8",
    )
    html = render_library(render_library_fixture(), "html", theme_map=THEME_MAP, template_dir=tmp_path)
    assert '<p class="mine">6 picks</p>' in html and 'id="theme-energy"' in html
    (tmp_path / "annotated.txt.j2").write_text("{{ no_such_value }}", encoding="utf-8")
    with pytest.raises(TemplateError, match="undefined"):
        render_library(render_library_fixture(), "txt", template_dir=tmp_path)


def test_formats_and_styles():
    assert format_for("a/b.HTML") == "html" and format_for("x", "tex") == "tex"
    with pytest.raises(ConfigError):
        format_for("out.docx")
    with pytest.raises(ConfigError):
        render_library(render_library_fixture(), "txt", style="mla")
    apa = render_library(render_library_fixture(), "txt", style="apa", theme_map=THEME_MAP)
    assert "Abiru, T. (2021, March 3)." in apa


def test_styles_on_corpus_kinds_of_entry():
    kyodo = Reference(type="article-newspaper", container="Kyodo News International", issued=PartialDate(2014, 7, 25))
    assert plain_text(format_entry(kyodo)) == "Kyodo News International, July 25, 2014."
    iea = Reference(type="report", authors=(Name(literal="International Energy Agency"),), title="Japan 2021",
                    publisher="International Energy Agency", issued=PartialDate(2021))
    assert plain_text(format_entry(iea, "apa")) == "International Energy Agency. (2021). Japan 2021."
    page = Reference(type="webpage", authors=(Name(literal="The Government of Japan"),), title="Japan Stands with Ukraine",
                     modified=PartialDate(2022, 3, 11))
    assert plain_text(format_entry(page)) == "The Government of Japan. “Japan Stands with Ukraine.” Last modified March 11, 2022."


def test_unsettable_characters_are_reported_and_replaced():
    lib = Library(references=(Reference(type="book", key="viet", title="Nguyễn and 東京", keywords=("x",)),))
    result = render(lib, "tex")
    assert "ễ" not in result.text and "東" not in result.text
    assert result.problems and "U+1EC5" in result.problems[0].message
    assert "Malachiński" in render(_hostile_library(), "tex").text  # T1 sets these: kept


def test_empty_library_renders():
    for fmt in FORMATS:
        assert render_library(Library(), fmt)


def test_render_command_reads_csl_json_and_bib(tmp_path):
    from bibkit.io.bibtex import library_to_bibtex
    from bibkit.io.csljson import dumps_csl, library_to_csl

    lib = render_library_fixture()
    (tmp_path / "lib.json").write_text(dumps_csl(library_to_csl(lib)), encoding="utf-8")
    (tmp_path / "lib.bib").write_text(library_to_bibtex(lib), encoding="utf-8")
    themes = tmp_path / "themes.toml"
    from bibkit.themes import dumps_theme_map

    themes.write_text(dumps_theme_map(THEME_MAP), encoding="utf-8")
    out = tmp_path / "out.html"
    assert main(["render", str(tmp_path / "lib.json"), "-o", str(out), "--themes", str(themes)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "note 13: “Japan froze Russian bank assets" in html
    assert main(["render", str(tmp_path / "lib.bib"), "-o", str(tmp_path / "out.md")]) == 0
    md = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "# Security (2) {#theme-security}" in md and "# Other (1) {#theme-other}" not in md
    assert main(["render", str(tmp_path / "missing.json"), "-o", str(out)]) == 3


# --------------------------------------------------------------------------- real tools


@pytest.mark.tool
def test_latex_compiles_with_pdflatex_and_biber(tmp_path):
    need("pdflatex")
    need("biber")
    lib = render_library_fixture()
    extra = Reference(type="book", key="viet2020", title="Hà Nội và Nguyễn Du", keywords=("energy",))
    text = render(replace(lib, references=(*lib.references, extra)), "tex", theme_map=THEME_MAP).text
    (tmp_path / "bib.tex").write_text(text, encoding="utf-8")

    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, errors="replace", timeout=300)

    for cmd in (["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "bib.tex"], ["biber", "bib"],
                ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "bib.tex"]):
        proc = run(*cmd)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    log = (tmp_path / "bib.log").read_text(encoding="latin-1")
    assert "Missing character" not in log
    bbl = (tmp_path / "bib.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\entry{") == 7
    assert "Malachiński" in bbl  # set by T1, kept as UTF-8
    assert (tmp_path / "bib.pdf").stat().st_size > 5000


@pytest.mark.tool
def test_markdown_renders_through_pandoc(tmp_path):
    need("pandoc")
    src = tmp_path / "bib.md"
    src.write_text(rendered("md"), encoding="utf-8")
    proc = subprocess.run(["pandoc", "-f", "markdown", "-t", "html5", "--wrap=none", "--fail-if-warnings", str(src)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    html = proc.stdout
    assert '<h1 id="theme-security">Security and defence (2)</h1>' in html
    assert "<em>Kyodo News International</em>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "#LNG_contracts {2021} ~ ^ \\" in html
    assert html.count("<h1 id=") == 5 and html.count("Cited in ") == 5
    assert '<a href="#theme-sanctions">Sanctions</a>' in html


@pytest.mark.tool
def test_html_in_headless_chromium_screenshot_and_filter(tmp_path):
    """Selenium with the system chromedriver (Service points at it, so nothing is downloaded):
    it waits for page load and drives real key events, which the DevTools protocol would need
    a websocket client and hand-written waits for."""
    need("chromium")
    driver_path = need("chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    page = tmp_path / "bib.html"
    page.write_text(rendered("html"), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,1400"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get(page.as_uri())
        entries = driver.find_elements(By.CSS_SELECTOR, "li.entry")
        assert len(entries) == 6 and all(e.is_displayed() for e in entries)
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
        shot = tmp_path / "page.png"
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
        box = driver.find_element(By.ID, "search")
        box.send_keys("helicopter")
        visible = [e.get_attribute("id") for e in entries if e.is_displayed()]
        assert visible == ["ref-kyodo2014"]
        assert driver.find_element(By.ID, "shown").text == "1 of 6"
        assert not driver.find_element(By.ID, "theme-energy").is_displayed()
        box.clear()
        box.send_keys("zzzz-nothing")
        assert driver.find_element(By.ID, "nothing").is_displayed()
    finally:
        driver.quit()
