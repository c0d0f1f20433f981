"""Stage 1: notes, citing sentences and metadata from the corpus and the fixture commentaries."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bibkit.extract import extract_file, extract_text, normalise_text, sniff_format
from bibkit.model import Name, PartialDate

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = Path(__file__).parent / "data" / "commentaries"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/ corpus not checked out beside the repo")


def norm(text: str | None) -> str:
    """The scorer's normalisation (shared/tools/score_extract.py): NFKC, quotes folded, casefold."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                                         "–": "-", "—": "-", "\u00a0": " "}))
    text = re.sub(r"\s+", " ", text).strip().strip(" .,;:").casefold()
    return text.strip("\"'").strip(" .,;:")


def corpus_file(prefix: str) -> Path:
    return next(CORPUS.glob(prefix + "_*.txt"))


# --------------------------------------------------------------------------- the corpus


@needs_corpus
@pytest.mark.parametrize("prefix, count", [("000", 15), ("001", 0), ("002", 7), ("003", 1), ("004", 0)])
def test_corpus_note_counts_and_labels(prefix: str, count: int) -> None:
    commentary, _ = extract_file(corpus_file(prefix))
    assert commentary.format == "text"
    assert [n.label for n in commentary.notes] == [str(i) for i in range(1, count + 1)]
    assert all(n.contexts for n in commentary.notes), "every corpus note is cited"


@needs_corpus
def test_corpus_gold_contexts_are_in_the_citing_sentence() -> None:
    gold = json.loads((SHARED / "gold" / "footnotes.json").read_text(encoding="utf-8"))
    notes = {}
    for path in sorted(CORPUS.glob("*.txt")):
        commentary, _ = extract_file(path)
        notes.update({(path.name, n.label): n for n in commentary.notes})
    for entry in gold:
        note = notes[(entry["source"], entry["note"])]
        assert norm(entry["context"]) in norm(note.context), (entry["note"], note.context)
        assert len(note.contexts) == 1
        assert len(note.context) < 420


@needs_corpus
def test_corpus_note_texts_stop_before_polls_and_boilerplate() -> None:
    panov, _ = extract_file(corpus_file("002"))
    assert panov.notes[-1].text == "Kyodo News International, August 14, 2014."
    assert not any("opinion" in n.text for n in panov.notes)
    miller, _ = extract_file(corpus_file("003"))
    assert miller.notes[0].text.endswith("confirm this, according to Japan.")
    assert "AND" not in miller.notes[0].text
    pulaski, _ = extract_file(corpus_file("000"))
    assert pulaski.notes[7].text.endswith("statement/202203/_00002.html")  # NBSP before the URL collapsed
    assert pulaski.notes[0].line == 49
    assert "\u00a0" not in "".join(n.text + n.context for n in pulaski.notes)


@needs_corpus
def test_corpus_metadata_matches_gold() -> None:
    gold = json.loads((SHARED / "gold" / "commentaries.json").read_text(encoding="utf-8"))
    for entry in gold:
        commentary, _ = extract_file(CORPUS / entry["source"])
        assert commentary.title == (entry["title"] or ""), entry["source"]
        authors = [a.sort_form() for a in commentary.authors]
        if "author" in entry:
            assert authors == entry["author"], entry["source"]
        else:
            assert authors and set(authors) <= set(entry["author_any"]), entry["source"]
        if entry.get("date"):
            assert commentary.date is not None and commentary.date.iso() == entry["date"]
        else:
            assert commentary.date is None, entry["source"]
        if entry.get("publisher_hint"):
            assert entry["publisher_hint"] in commentary.publisher, entry["source"]
        assert len(commentary.notes) == entry["notes"]


@needs_corpus
def test_corpus_author_names_are_split_right() -> None:
    pulaski, _ = extract_file(corpus_file("000"))
    assert pulaski.authors == (Name(family="Malachiński", given="Piotr"),)
    assert pulaski.publisher == "Pulaski"
    assert pulaski.date == PartialDate(2022, 4, 7)
    miller, _ = extract_file(corpus_file("003"))
    assert miller.authors == (Name(family="Miller", given="J. Berkshire"),)
    diplomat, _ = extract_file(corpus_file("001"))
    assert diplomat.publisher == "The Diplomat"


@needs_corpus
def test_corpus_has_no_spurious_problems() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        _, problems = extract_file(path)
        assert problems == [], (path.name, [str(p) for p in problems])


# --------------------------------------------------------------------------- fixture commentaries

GOLD_FILES = sorted(FIXTURES.glob("*.gold.json"))

FIXTURE_META = {
    "pandoc_footnotes.md": ("markdown", "Alliance Commitments After 2022: A Short Reading Guide",
                            ["Kowalczyk, Anna", "Ruiz, Tomás"], "2023-05-14", "Harbour Policy Review"),
    "html_sup_links.html": ("html", "Why Wars Start, Briefly", ["Lindqvist, Maja"], "2021-11-30",
                            "Northgate Papers"),
    "word_export.html": ("html", "The Kuril Dispute in Five Books", ["Watanabe, Kenji"], "2022-09-05",
                         "Eastern Shelf Institute"),
    "epub_noterefs.html": ("html", "Two-Level Games", ["Raman, Priya"], "2020-06", "Meridian Open Texts"),
    "endnotes_superscript.txt": ("text", "Reading Russia's Pacific Policy: Notes for a Seminar",
                                 ["Okafor, Daniel"], "2023-03-12", ""),
    "endnotes_bare_digits.txt": ("text", "Energy Sanctions and Their Limits", ["Solberg, Ingrid"],
                                 "2024-02-02", ""),
    "cp1252_french.txt": ("text", "Les nationalités et l’empire : une lecture", ["Dubois, Claire"],
                          "2021-03-03", ""),
    "bom_crlf.txt": ("text", "Deterrence in the North Pacific", ["Hoffmann, Lena", "Bianchi, Marco"],
                     "2022-06-14", ""),
}


def _fixture(gold_file: Path) -> Path:
    stem = gold_file.name.removesuffix(".gold.json")
    return next(p for p in FIXTURES.iterdir() if p.stem == stem and not p.name.endswith(".json"))


def test_every_fixture_has_gold_and_metadata() -> None:
    sources = {p.name for p in FIXTURES.iterdir() if not p.name.endswith(".json")}
    assert sources == set(FIXTURE_META)
    assert {_fixture(g).name for g in GOLD_FILES} == sources


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_fixture_notes_match_gold(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    commentary, problems = extract_file(_fixture(gold_file))
    assert [n.label for n in commentary.notes] == [g["note"] for g in gold]
    for note, entry in zip(commentary.notes, gold, strict=True):
        assert note.document == entry["source"]
        assert note.text == entry["raw"]
        assert norm(entry["context"]) in norm(note.context), (note.label, note.contexts)
        assert note.line > 0
    assert [p for p in problems if "never cited" in p.message or "no note" in p.message] == []


@pytest.mark.parametrize("name", sorted(FIXTURE_META))
def test_fixture_metadata(name: str) -> None:
    fmt, title, authors, date, publisher = FIXTURE_META[name]
    commentary, _ = extract_file(FIXTURES / name)
    assert commentary.format == fmt
    assert commentary.title == title
    assert [a.sort_form() for a in commentary.authors] == authors
    assert commentary.date is not None and commentary.date.iso() == date
    assert commentary.publisher == publisher


def test_fixture_gold_records_use_the_shared_format() -> None:
    allowed = {"source", "note", "kind", "refers_to", "raw", "types", "author", "organization", "title",
               "container", "date", "url", "urldate", "volume", "number", "pages", "publisher", "location",
               "doi", "edition", "context"}
    for gold_file in GOLD_FILES:
        for entry in json.loads(gold_file.read_text(encoding="utf-8")):
            assert set(entry) <= allowed
            assert entry["kind"] in ("citation", "ibid", "short", "discursive")
            assert ("refers_to" in entry) == (entry["kind"] in ("ibid", "short"))
            if entry["kind"] == "citation":
                assert entry["types"] and "author" in entry
            if "date" in entry:
                assert re.fullmatch(r"\d{4}(-\d\d){0,2}", entry["date"])


def test_note_cited_twice_has_two_contexts() -> None:
    md, _ = extract_file(FIXTURES / "pandoc_footnotes.md")
    jervis = next(n for n in md.notes if n.label == "2")
    assert len(jervis.contexts) == 2
    html, _ = extract_file(FIXTURES / "html_sup_links.html")
    assert len(html.notes[0].contexts) == 2
    assert " … " in html.notes[0].context


def test_cp1252_file_is_read_with_a_warning() -> None:
    commentary, problems = extract_file(FIXTURES / "cp1252_french.txt")
    assert commentary.notes[0].text.startswith("Hélène Carrère d’Encausse")
    assert [p.document for p in problems] == ["cp1252_french.txt"]
    assert "cp1252" in problems[0].message


def test_bom_and_crlf_are_invisible() -> None:
    commentary, problems = extract_file(FIXTURES / "bom_crlf.txt")
    assert problems == []
    assert commentary.title == "Deterrence in the North Pacific"
    assert not any("\r" in n.text or "\ufeff" in n.text for n in commentary.notes)
    assert commentary.notes[0].line == 12


# --------------------------------------------------------------------------- plain text rules


def _notes(text: str, fmt: str = "text") -> tuple[dict[str, object], list[str]]:
    commentary, problems = extract_text(text, document="t.txt", fmt=fmt)
    return {n.label: n for n in commentary.notes}, [p.message for p in problems]


def test_numbered_list_that_nobody_cites_is_not_a_note_list() -> None:
    notes, problems = _notes("Three reasons matter.\n\n1. Money.\n\n2. Time.\n\n3. Will.\n")
    assert notes == {} and problems == []


def test_poll_after_notes_is_not_a_note() -> None:
    text = ("Tokyo hesitated [1]. Then it moved [2].\n\n1. Asahi Shimbun, June 3, 2014.\n\n"
            "2. Kyodo News, July 1, 2014.\n\nRate this article\n\nPoll conducted\n\n"
            "  1. In your opinion, what comes next?\n    More talks\n")
    notes, problems = _notes(text)
    assert list(notes) == ["1", "2"]
    assert notes["2"].text == "Kyodo News, July 1, 2014."
    assert problems == []


def test_note_ends_at_blank_line_followed_by_other_text() -> None:
    text = "A claim.[1]\n\n[1] An aside that ends here.\n\nUse quotes to get exact matches.\n"
    notes, _ = _notes(text)
    assert notes["1"].text == "An aside that ends here."


def test_hard_wrapped_notes_and_indented_continuation() -> None:
    text = ("A claim.1 Another.2\n\nNotes\n\n1 First source, wrapped\n  over two lines.\n"
            "2 Second source.\n\n   Its second paragraph.\n\nAbout the author\n")
    notes, _ = _notes(text)
    assert notes["1"].text == "First source, wrapped over two lines."
    assert notes["2"].text == "Second source. Its second paragraph."


@pytest.mark.parametrize("marker, item", [
    ("[{n}]", "[{n}] "), ("^{n}", "{n}. "), ("{sup}", "{n}) "), ("{sup}", "({n}) "), ("{n}", "{n} "),
])
def test_text_marker_and_item_forms(marker: str, item: str) -> None:
    sups = {1: "¹", 2: "²", 3: "³"}
    body = " ".join(f"Claim {w} holds.{marker.format(n=n, sup=sups[n])}" for n, w in
                    zip((1, 2, 3), ("one", "two", "three"), strict=True))
    notes_text = "\n".join(item.format(n=n) + f"Source {n}." for n in (1, 2, 3))
    notes, problems = _notes(f"{body}\n\nEndnotes:\n\n{notes_text}\n")
    assert [notes[k].text for k in notes] == ["Source 1.", "Source 2.", "Source 3."]
    assert [notes[k].context for k in notes] == ["Claim one holds.", "Claim two holds.", "Claim three holds."]
    assert problems == []


def test_bare_digits_only_after_punctuation_and_never_inside_numbers() -> None:
    text = ("Growth was 1.5 percent in 2014. Sanctions bit.1 He said “no.”2 By 2022, 3 rounds had "
            "passed, and it was over.3\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n")
    notes, problems = _notes(text)
    assert notes["1"].context == "Sanctions bit."
    assert notes["2"].context == "He said “no.”"
    assert notes["3"].context == "By 2022, 3 rounds had passed, and it was over."
    assert problems == []


def test_several_digit_superscripts() -> None:
    body = " ".join(f"Point {n} stands.{str(n).translate(str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹'))}"
                    for n in range(1, 13))
    notes_text = "\n".join(f"{n}. Source {n}." for n in range(1, 13))
    notes, problems = _notes(f"{body}\n\nNotes\n\n{notes_text}\n")
    assert notes["12"].context == "Point 12 stands."
    assert problems == []


def test_problems_for_missing_uncited_and_gaps() -> None:
    text = "One.[1] Two.[2] Five.[5]\n\n[1] A.\n\n[2] B.\n\n[4] D.\n"
    notes, problems = _notes(text)
    assert list(notes) == ["1", "2", "4"]
    assert "note is never cited in the text" in problems
    assert "marker [5] has no note" in problems
    assert "note list has a gap: no note 3" in problems


def test_sentences_do_not_break_at_abbreviations() -> None:
    text = ("Earlier text. The U.S. envoy met Dr. Smith and J. Berkshire Miller on Jan. 5 in No. 10, "
            "e.g. at lunch, with D.J. Brown.[1] Later text.\n\n[1] Source.\n")
    notes, _ = _notes(text)
    assert notes["1"].context.startswith("The U.S. envoy met Dr. Smith and J. Berkshire")
    assert notes["1"].context.endswith("with D.J. Brown.")


def test_marker_before_the_full_stop_and_after_it() -> None:
    notes, _ = _notes("First one. Ties with Russia [1]. Next one. Era.[2] After.\n\n[1] A.\n\n[2] B.\n")
    assert notes["1"].context == "Ties with Russia."
    assert notes["2"].context == "Era."


def test_caption_lines_are_not_part_of_the_sentence() -> None:
    long = "Word " * 40
    text = f"{long}ends here [1]. Photographer\nA caption line\nthat wraps\n\n1. Source.\n"
    notes, _ = _notes(text)
    assert notes["1"].context.endswith("ends here.")


def test_enormous_sentence_is_trimmed_around_the_marker() -> None:
    text = "word " * 300 + "key claim[1] " + "more " * 300 + ".\n\n[1] Source.\n"
    notes, _ = _notes(text)
    assert "key claim" in notes["1"].context
    assert len(notes["1"].context) <= 420


# --------------------------------------------------------------------------- Markdown and HTML


def test_markdown_refs_defs_inline_and_code() -> None:
    text = ("# Title\n\nBy Ana Silva\n\nA claim.[^a] Code `x[^b]` is not a note. Inline.^[An *inline* "
            "note.] Missing.[^zz]\n\n[^a]: Def with [a link](https://example.org/x) and *Italic*.\n")
    commentary, problems = extract_text(text, document="m.md", path="m.md")
    notes = {n.label: n for n in commentary.notes}
    assert notes["a"].text == "Def with a link and *Italic*. https://example.org/x"
    assert notes["2"].text == "An *inline* note."
    assert notes["2"].context == "Inline."
    assert [p.message for p in problems] == ["marker [zz] has no note"]
    assert commentary.title == "Title"
    assert commentary.authors == (Name(family="Silva", given="Ana"),)


def test_html_missing_target_and_backlinks() -> None:
    html = ("<html><body><p>One.<sup><a href='#fn1'>1</a></sup> Two.<sup><a href='#fn2'>2</a></sup></p>"
            "<ol class='footnotes'><li id='fn1'><p>Note <em>one</em> <a href='http://a.example/'>site</a>."
            " <a href='#fnref1'>↩</a></p></li></ol></body></html>")
    commentary, problems = extract_text(html, document="h.html", path="h.html")
    assert [(n.label, n.text) for n in commentary.notes] == [("1", "Note *one* site. http://a.example/")]
    assert [p.message for p in problems] == ["marker [2] has no note"]


def test_wikipedia_cite_element_is_not_an_italic_title() -> None:
    """<cite class="citation"> wraps a whole reference; only the <i> inside it is the title,
    while a bare <cite>Title</cite> is still one."""
    html = ("<html><body><p>One.<sup><a href='#fn1'>1</a></sup> Two.<sup><a href='#fn2'>2</a></sup></p>"
            "<ol class='references'><li id='fn1'><cite class='citation book'>Post, John D. (1977)."
            " <i>The Last Great Subsistence Crisis</i>. Baltimore: Johns Hopkins University Press.</cite></li>"
            "<li id='fn2'>Hara, <cite>Japanese-Soviet Relations</cite>, 12.</li></ol></body></html>")
    commentary, _ = extract_text(html, document="w.html", path="w.html")
    assert [n.text for n in commentary.notes] == [
        "Post, John D. (1977). *The Last Great Subsistence Crisis*. Baltimore: Johns Hopkins University Press.",
        "Hara, *Japanese-Soviet Relations*, 12.",
    ]


def test_wikipedia_backlink_letters_are_not_note_text() -> None:
    html = ("<html><body><p>One.<sup><a href='#cite_note-1'>[1]</a></sup> Two.<sup><a href='#cite_note-1'>[1]</a>"
            "</sup></p><ol class='references'><li id='cite_note-1'><span class='mw-cite-backlink'>^ "
            "<a href='#cite_ref-1a'><sup><i><b>a</b></i></sup></a> <a href='#cite_ref-1b'><sup><i><b>b</b></i>"
            "</sup></a></span> <span class='reference-text'>Stothers, Richard B. (1984). \"The Great Tambora"
            " Eruption\". <i>Science</i>. <b>224</b> (4654): 1191–1198.</span></li></ol></body></html>")
    commentary, _ = extract_text(html, document="w.html", path="w.html")
    assert [n.text for n in commentary.notes] == [
        'Stothers, Richard B. (1984). "The Great Tambora Eruption". *Science*. 224 (4654): 1191–1198.'
    ]


def test_html_without_linked_notes_falls_back_to_endnotes() -> None:
    html = ("<html><body><h1>Plain Page</h1><p>A claim.<sup>1</sup> Another.<sup>2</sup></p>"
            "<h2>Notes</h2><ol><li>First.</li><li>Second.</li></ol></body></html>")
    commentary, problems = extract_text(html, document="h.html", fmt="html")
    assert [(n.label, n.text, n.context) for n in commentary.notes] == [
        ("1", "First.", "A claim."), ("2", "Second.", "Another.")]
    assert commentary.title == "Plain Page"
    assert problems == []


@pytest.mark.parametrize("text, path, fmt", [
    ("<!DOCTYPE html><html><body>x</body></html>", "", "html"),
    ("Text[^1]\n\n[^1]: note\n", "", "markdown"),
    ("anything", "a.md", "markdown"),
    ("anything", "a.HTM", "html"),
    ("Plain [1] text\n\n[1] note", "a.txt", "text"),
    ("Text[^1]\n\n[^1]: note\n", "a.txt", "markdown"),
])
def test_sniff_format(text: str, path: str, fmt: str) -> None:
    assert sniff_format(text, path) == fmt


def test_bad_format_name_is_misuse() -> None:
    with pytest.raises(ValueError, match="fmt must be"):
        extract_text("x", document="d", fmt="pdf")


def test_normalise_text() -> None:
    assert normalise_text("a\u00a0b\u202fc\u2009d\u2007e\u3000f") == "a b c d e f"
    assert normalise_text("zero\u200bwidth\ufeff\u2060") == "zerowidth"
    assert normalise_text("e\u0301") == "é"
    assert normalise_text("inJapan legalattempts") == "inJapan legalattempts"


# --------------------------------------------------------------------------- robustness and speed

_PIECES = st.sampled_from(["[1]", "[2]", "[^1]", "[^a]: ", "^[x]", "1. ", "2) ", "(3) ", "¹", "²", "^1", ".", ". ",
                           "\n", "\n\n", "  ", "Notes\n", "<sup>", "</sup>", "<a href='#fn1'>", "</a>",
                           "<li id='fn1'>", "<ol>", "By A B\n", "---\n", "title: x\n", "word", "Word", "1",
                           "”", "\u00a0", "\ue000", "\x00", "<!--", "&amp;", "2014."])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join)),
       st.sampled_from([None, "text", "markdown", "html"]))
def test_extract_text_never_raises_and_labels_are_unique(text: str, fmt: str | None) -> None:
    commentary, problems = extract_text(text, document="h.txt", fmt=fmt)
    labels = [n.label for n in commentary.notes]
    assert len(labels) == len(set(labels))
    assert all(isinstance(p.message, str) for p in problems)


@needs_corpus
def test_extraction_is_fast() -> None:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    extract_text(texts[0][1], document=texts[0][0])  # warm caches (dateparser)
    start = time.process_time()  # CPU time: other jobs on a shared runner do not count
    notes = 0
    for _ in range(20):
        for name, text in texts:
            notes += len(extract_text(text, document=name)[0].notes)
    rate = notes / (time.process_time() - start)
    assert rate > 2000, f"{rate:.0f} notes/s"


HTML_VARIANTS = {
    "word-like-footnote-ids": (
        "<html><head><meta property='og:title' content='Sea Lanes – Harbour Review'>"
        "<meta property='og:site_name' content='Harbour Review'>"
        "<meta property='article:published_time' content='2019-02-03T10:00:00Z'></head><body>"
        "<p>By Jane Doe and John Roe</p><p>Claim one.<a href='#footnote-1' id='footnote-ref-1'>[1]</a> "
        "Claim two.<a href='#footnote-2'>[2]</a></p><div id='footnote-1'><p><a href='#footnote-ref-1'>↑</a> "
        "First source, <a href='https://ex.org/a'>web page</a>.</p></div>"
        "<div id='footnote-2'><p>Second source.</p></div></body></html>",
        [("1", "First source, web page. https://ex.org/a", "Claim one."), ("2", "Second source.", "Claim two.")],
        ("Sea Lanes", ["Doe, Jane", "Roe, John"], "2019-02-03", "Harbour Review")),
    "kramdown": (
        "<html><body><p>Text<sup id='fnref:1'><a href='#fn:1' class='footnote'>1</a></sup>.</p>"
        "<div class='footnotes'><ol><li id='fn:1'><p>Kramdown note. "
        "<a href='#fnref:1' class='reversefootnote'>&#8617;</a></p></li></ol></div></body></html>",
        [("1", "Kramdown note.", "Text.")], ("", [], "", "")),
    "wikipedia-like": (
        "<html><body><p>Fact.<sup class='reference'><a href='#cite_note-1'>[1]</a></sup></p>"
        "<ol class='references'><li id='cite_note-1'><b><a href='#cite_ref-1'>^</a></b> "
        "<cite>A Book</cite>. Publisher, 2001.</li></ol></body></html>",
        [("1", "*A Book*. Publisher, 2001.", "Fact.")], ("", [], "", "")),
    "json-ld-graph": (
        "<html><head><script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, "
        "{\"@type\": \"BlogPosting\", \"headline\": \"Graph Title\", \"author\": {\"name\": \"Ann Lee\"}, "
        "\"datePublished\": \"2020-01-02\", \"publisher\": {\"name\": \"Blog Co\"}}]}</script></head>"
        "<body><p>X.<sup><a href='#n1'>1</a></sup></p><p id='n1'>1. Note text</p></body></html>",
        [("1", "Note text", "X.")], ("Graph Title", ["Lee, Ann"], "2020-01-02", "Blog Co")),
    "page-wide-form": (
        "<html><body><form id='aspnetForm'><h1>Big Form Page</h1><p>" + "Long text. " * 250
        + "Claim.<sup>1</sup></p><h3>Notes</h3><ol><li>A note.</li></ol></form></body></html>",
        [("1", "A note.", "Claim.")], ("Big Form Page", [], "", "")),
}


@pytest.mark.parametrize("name", sorted(HTML_VARIANTS))
def test_html_variants(name: str) -> None:
    html, expected, (title, authors, date, publisher) = HTML_VARIANTS[name]
    commentary, problems = extract_text(html, document="p.html", path="p.html")
    assert [(n.label, n.text, n.context) for n in commentary.notes] == expected
    assert commentary.title == title
    assert [a.sort_form() for a in commentary.authors] == authors
    assert (commentary.date.iso() if commentary.date else "") == date
    assert commentary.publisher == publisher
    assert problems == []


def test_title_case_heading_is_not_taken_for_an_author() -> None:
    commentary, _ = extract_text("Future Forward\n\nSome text here.\n", document="t.txt")
    assert commentary.title == "Future Forward" and commentary.authors == ()
    commentary, _ = extract_text("Maria Lopez\n\nSenior fellow at an institute\n\nText.\n", document="t.txt")
    assert commentary.title == "" and commentary.authors == (Name(family="Lopez", given="Maria"),)


def test_markdown_whose_notes_are_written_in_html() -> None:
    """'<sup>[1](#ref-1)</sup>' markers and '<a id="ref-1"></a>1. ...' notes: no Pandoc footnotes at all."""
    text = (
        "---\ntitle: Forecasting on a laptop\n---\n\n"
        "Reanalysis data made the benchmark possible.<sup>[1](#ref-1)</sup> The models came later.<sup>[2](#ref-2)</sup>\n\n"
        "## Sources\n\n"
        '<a id="ref-1"></a>1. Hersbach, H., et al. (2020). The ERA5 global reanalysis. *Quarterly Journal of the'
        " Royal Meteorological Society*, 146(730), 1999–2049.\n\n"
        '<a id="ref-2"></a>2. Lam, R., et al. (2023). Learning skillful medium-range global weather forecasting.'
        " *Science*, 382(6677), 1416–1421.\n"
    )
    commentary, problems = extract_text(text, document="post.md", path="post.md")
    assert [n.label for n in commentary.notes] == ["1", "2"]
    assert commentary.notes[0].text.startswith("Hersbach, H., et al. (2020)")
    assert "Reanalysis data made the benchmark possible" in commentary.notes[0].context
    assert commentary.title == "Forecasting on a laptop"
    assert not problems


def test_bare_digit_markers_citing_several_notes_at_once() -> None:
    """AMA and Vancouver: 'respectively.1,2' and 'later.3-5' cite notes 1 and 2, and 3 to 5."""
    text = (
        "Two trials reported high efficacy, respectively.1,2 Later studies found waning protection.3-5"
        " Boosters restored it.6\n\nREFERENCES\n"
        + "".join(f"{n}. Author{n} A. Title {n}. J Med. 2021;{n}:1-2.\n" for n in range(1, 7))
    )
    commentary, problems = extract_text(text, document="ama.txt")
    contexts = {n.label: n.context for n in commentary.notes}
    assert "respectively" in contexts["1"] and "respectively" in contexts["2"]
    assert all("waning protection" in contexts[label] for label in ("3", "4", "5"))
    assert "Boosters" in contexts["6"]
    assert not [p for p in problems if "never cited" in p.message]


PAGED_REPORT = """\
Grid Storage and the Winter Peak

The Grid Storage Question



Introduction
Batteries now clear the evening peak in several markets.1 Their value in a
long winter cold spell is another matter, and planners disa-
gree about it.2

____________________
1 International Energy Agency, Batteries and Secure Energy Transitions, April
2024.
2 See Paul Denholm et al., Storage Futures Study, NREL/TP-6A20-77449 (Golden,
CO: NREL, 2021).

Energy Review Service                                                      1




The Grid Storage Question



Seasonal Needs
Hydrogen is sometimes proposed for the longest gaps.3 Ibid. is not.

____________________
3 Ibid., 45.

Energy Review Service                                                      2




The Grid Storage Question
"""


def test_paged_report_notes_at_each_page_foot_form_one_list() -> None:
    """A PDF report as text: notes under each page's rule, numbered on; running heads and feet leave the body."""
    commentary, _ = extract_text(PAGED_REPORT, document="report.txt")
    assert [n.label for n in commentary.notes] == ["1", "2", "3"]
    assert commentary.notes[0].text == "International Energy Agency, Batteries and Secure Energy Transitions, April 2024."
    assert commentary.notes[1].text.endswith("(Golden, CO: NREL, 2021).")
    assert "planners disagree about it" in commentary.notes[1].context
    assert "Energy Review Service" not in commentary.notes[2].context
    assert commentary.notes[2].line == PAGED_REPORT.split("\n").index("3 Ibid., 45.") + 1


def _pdf_page(number: int, lines: list[str]) -> str:
    head = "\fINSTITUTE FOR GRID STUDIES | Storage Brief" if number > 1 else "INSTITUTE FOR GRID STUDIES"
    return "\n".join([head, "", *lines, "", str(number)]) + "\n"


ENDNOTES_OVER_PAGES = "".join([
    _pdf_page(1, ["The Storage Brief", "", "Storage was tested in January 2009.1 Prices then fell", "sharply.2"]),
    _pdf_page(2, ["Batteries took over the evening peak.3 Grids adapted.4"]),
    _pdf_page(3, ["Endnotes", "", "1 International Energy Agency, Gas Market Report (Paris: IEA, 2009),",
                  "https://www.iea.org/reports/a-plan-to-reduce-the-european-unions-",
                  "reliance-on-gas.", "2 Ibid.", "3 Lazard, Levelized Cost of Storage (New York:"]),
    _pdf_page(4, ["Lazard, 2023).", "4 Ibid., 12."]),
])


def test_endnotes_run_over_page_breaks_and_wrapped_links() -> None:
    """pdftotext: a running head and a page number at every break; a note (or a sentence) runs on over it, a
    link wrapped after a hyphen joins up, and a marker right after a year ('January 2009.1') counts."""
    commentary, problems = extract_text(ENDNOTES_OVER_PAGES, document="brief.txt")
    notes = {n.label: n for n in commentary.notes}
    assert list(notes) == ["1", "2", "3", "4"]
    assert notes["1"].text.endswith("https://www.iea.org/reports/a-plan-to-reduce-the-european-unions-reliance-on-gas.")
    assert notes["3"].text == "Lazard, Levelized Cost of Storage (New York: Lazard, 2023)."
    assert notes["1"].context == "Storage was tested in January 2009."
    assert notes["2"].context == "Prices then fell sharply."
    assert not [p for p in problems if "never cited" in p.message]
    assert notes["4"].line == ENDNOTES_OVER_PAGES.replace("\f", "\n").split("\n").index("4 Ibid., 12.") + 1


def _layout_page(number: int, head: str, lines: list[str]) -> str:
    """A page as ``pdftotext -layout`` writes it: the running head, the text, the page number far to the right."""
    return "\n".join([head, "", *lines, "", "", " " * 72 + str(number), ""]) + "\n"


LAYOUT_PAPER = "".join([
    _layout_page(1, "WORKING PAPERS ON GRIDS 3 (2024)", ["Storage was tested at the Metal-", "lurgical works in",
                 "2009.1 The trials used cells2 bought abroad."]),
    _layout_page(2, "GRID STORAGE          A. WRITER", ["Later work followed.3 Nothing else.4"]),
    _layout_page(3, "GRID STORAGE          A. WRITER", ["Notes", "", "1. Jane Doe with John Roe, Cells and Grids",
                 "(London: Grid Press, 2011), 4.", "2. International Energy Agency, report, https://www.iea.org/",
                 "reports/a-plan-to-reduce-the-european-unions-", "reliance-on-gas."]),
    _layout_page(4, "GRID STORAGE          A. WRITER", ["3. Ibid., 7.", "4. Jane Doe, interview by Ann Smith, May 2,",
                 "2014, Oral Histories, Grid Archive, https://grid.example", "archive.org/oral/doe/."]),
])


def test_a_layout_pdf_s_pages_words_and_markers() -> None:
    """pdftotext -layout: a page number far to the right still marks a page break (the notes run on over it); a
    word split at a line's end joins up, a link's own hyphen stays; a marker set on its word ('cells3') counts
    in its place in the order, and a link broken inside its host name joins up."""
    commentary, problems = extract_text(LAYOUT_PAPER, document="paper.txt")
    notes = {n.label: n for n in commentary.notes}
    assert list(notes) == ["1", "2", "3", "4"]
    assert "Metallurgical works" in notes["1"].context
    assert notes["2"].text.endswith("https://www.iea.org/reports/a-plan-to-reduce-the-european-unions-reliance-on-gas.")
    assert notes["2"].context == "The trials used cells bought abroad."
    assert notes["4"].text.endswith("https://grid.examplearchive.org/oral/doe/.")
    assert not [p for p in problems if "never cited" in p.message]


def test_a_rule_line_without_page_notes_leaves_the_text_as_it_was() -> None:
    text = "Title\n\nBody cites a source.[1] More self-\nevident prose.\n\n-----\n\nNotes\n\n[1] A. Author, Book (London: X, 2001).\n"
    commentary, _ = extract_text(text, document="plain.txt")
    assert [n.label for n in commentary.notes] == ["1"]


def test_numbered_sections_under_separators_are_not_page_notes() -> None:
    """A newsletter's sections ('1. LEAD ESSAY' under a rule, '2. CHART' under the next) are numbered on too,
    but nothing in the text above cites them: its superscript notes stay the notes."""
    rule = "-" * 60
    text = (
        f"Briefing\n\n{rule}\n1. LEAD ESSAY\n\nPrices rose again.¹ Wages followed.²\n\n{rule}\n"
        "2. CHART OF THE MONTH\nServices inflation.\n\nEndnotes\n"
        "1. Bank of England, Monetary Policy Report, May 2023.\n2. ONS, Average weekly earnings, 2023.\n"
    )
    commentary, _ = extract_text(text, document="briefing.txt")
    assert [n.text[:4] for n in commentary.notes] == ["Bank", "ONS,"]


def test_google_docs_export_italics_by_class_and_redirected_links() -> None:
    """Google Docs marks titles only by a class its style sheet sets in italics, and sends every link through
    google.com/url?q=...: the title keeps its italics, the link its real address."""
    html = (
        "<html><head><style>.c1{font-weight:400}.c8{font-style:italic}</style></head><body>"
        "<p class='title'>Gas Memo</p><p>Storage rose fast.<sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup></p>"
        "<div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a>&nbsp;<span class='c1 c8'>World Energy Outlook 2023</span>"
        "<span class='c1'>, IEA, Paris, </span><a class='c1' href='https://www.google.com/url?q=https://www.iea.org/"
        "reports/world-energy-outlook-2023&amp;sa=D&amp;source=editors&amp;ust=1&amp;usg=AOv'>online</a></p></div>"
        "</body></html>"
    )
    commentary, _ = extract_text(html, document="memo.html")
    assert commentary.notes[0].text == (
        "*World Energy Outlook 2023*, IEA, Paris, online, https://www.iea.org/reports/world-energy-outlook-2023"
    )


def test_a_reference_list_s_finding_aids_are_no_part_of_a_note() -> None:
    """Nature's reference lists follow each entry with 'Google Scholar' (and 'PubMed', 'CAS') links; a DOI link
    written out in the text is not added again in its percent-encoded form."""
    page = (
        '<html><body><p>Forecasts improved.<sup><a href="#ref1" id="r1">1</a></sup></p><ol><li id="ref1">Lorenz, E.'
        " N. Deterministic nonperiodic flow. <i>J. Atmos. Sci.</i> <b>20</b>, 130–141 (1963). <a href="
        '"https://doi.org/10.1175/1520-0469(1963)020%3C0130:DNF%3E2.0.CO;2">https://doi.org/10.1175/1520-0469(1963)020'
        '&lt;0130:DNF&gt;2.0.CO;2</a> <a href="http://scholar.google.com/scholar_lookup?q=1">Google Scholar</a>'
        "</li></ol></body></html>"
    )
    commentary, _ = extract_text(page, document="page.html")
    assert commentary.notes[0].text.endswith("(1963). https://doi.org/10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2")
