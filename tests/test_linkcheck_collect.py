"""Collecting links with provenance (library, .bib idioms, commentaries, Markdown) and --fix."""

from __future__ import annotations

import pytest

from bibkit.linkcheck.collect import collect_commentary, collect_library, collect_paths, merge, urls_in_text
from bibkit.linkcheck.fix import fix_bib_files
from bibkit.linkcheck.model import LinkResult, LinkStatus, Origin
from bibkit.model import Citation, Commentary, Library, Note, PartialDate, Reference

BIB = r"""% a comment bibkit must keep
@online{lecun2015,
  author = {LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey},
  title = {Deep learning},
  doi = {10.1038/nature14539},
  url = {https://www.nature.com/articles/nature14539},
  urldate = {2021-03-04},
}

@report{ipcc2021,
  title = {Climate Change 2021: The Physical Science Basis},
  institution = {IPCC},
  url = {https://www.ipcc.ch/report/ar6/wg1/downloads/report/IPCC\_AR6\_WGI\_Full\_Report.pdf},
  note = {Summary at \url{https://www.ipcc.ch/report/ar6/wg1/}},
}

@misc{vaswani2017,
  title = {Attention Is All You Need},
  howpublished = {\url{https://arxiv.org/abs/1706.03762}},
  eprint = {1706.03762},
  eprinttype = {arxiv},
}
"""


def test_bib_idioms_come_from_parsed_fields(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    requests_, problems = collect_paths([path])
    assert not problems
    by_url = {r.url: r for r in requests_}
    assert "https://www.ipcc.ch/report/ar6/wg1/downloads/report/IPCC_AR6_WGI_Full_Report.pdf" in by_url
    assert "https://www.ipcc.ch/report/ar6/wg1/" in by_url
    doi = by_url["https://doi.org/10.1038/nature14539"]
    assert doi.kind == "doi" and doi.doi == "10.1038/nature14539"
    assert doi.origins[0].key == "lecun2015" and doi.origins[0].line == 2 and doi.origins[0].field == "doi"
    assert by_url["https://www.nature.com/articles/nature14539"].accessed == "2021-03-04"
    arxiv = by_url["https://arxiv.org/abs/1706.03762"]  # howpublished and eprint: one link, two origins
    assert {o.field for o in arxiv.origins} == {"howpublished", "eprint"}
    assert len(requests_) == 5


def test_library_links_are_merged_with_every_origin():
    shared = "https://www.mofa.go.jp/files/100056243.pdf"
    library = Library(
        references=(
            Reference(title="A", url=shared, key="a", source="x.bib", line=3, accessed=PartialDate(2022, 5, 1)),
            Reference(title="B", url=shared + "#page=4", key="b", source="x.bib", line=9, accessed=PartialDate(2021)),
            Reference(
                title="C",
                doi="https://doi.org/10.1145/3292500.3330701",
                key="c",
                citations=(Citation(document="essay.txt", note="4", line=40),),
            ),
        )
    )
    requests_ = collect_library(library)
    assert [r.url for r in requests_] == [shared, "https://doi.org/10.1145/3292500.3330701"]
    assert [o.key for o in requests_[0].origins] == ["a", "b"] and requests_[0].accessed == "2021"
    assert requests_[1].origins == (Origin(file="essay.txt", line=40, key="c", note="4", field="doi"),)


def test_commentary_notes_and_markdown_body():
    notes = (
        Note(
            document="essay.md",
            label="1",
            line=12,
            text="Ministry of Foreign Affairs, *Diplomatic Bluebook 2023*, https://www.mofa.go.jp/policy/other/bluebook/2023/.",
        ),
        Note(document="essay.md", label="2", line=13, text="See doi:10.1038/nature14539, p. 4."),
    )
    commentary = Commentary(path="essay.md", document="essay.md", format="markdown", notes=notes)
    body = "# Title\n\nOur own sentence citing [the report](https://www.ipcc.ch/report/ar6/wg1/).\n"
    requests_ = merge(collect_commentary(commentary, body))
    assert [r.url for r in requests_] == [
        "https://www.mofa.go.jp/policy/other/bluebook/2023/",
        "https://doi.org/10.1038/nature14539",
        "https://www.ipcc.ch/report/ar6/wg1/",
    ]
    assert requests_[0].origins[0] == Origin(file="essay.md", line=12, note="1", field="note")
    assert requests_[2].origins[0].line == 3 and requests_[2].origins[0].field == "body"


@pytest.mark.parametrize(
    "text,urls",
    [
        ("(see https://example.org/a_(b)).", ["https://example.org/a_(b)"]),
        ("at https://example.org/x, and http://example.com/y.", ["https://example.org/x", "http://example.com/y"]),
        ("no link here", []),
    ],
)
def test_urls_in_text_trim_sentence_punctuation(text, urls):
    assert urls_in_text(text) == urls


def test_unreadable_input_names_the_file(tmp_path):
    from bibkit.errors import InputError

    with pytest.raises(InputError, match="missing.bib"):
        collect_paths([tmp_path / "missing.bib"])
    odd = tmp_path / "data.xlsx"
    odd.write_bytes(b"PK")
    with pytest.raises(InputError, match="data.xlsx"):
        collect_paths([odd])


def _moved(path, key, line, old, new):
    origin = Origin(file=str(path), line=line, key=key, field="url")
    return LinkResult(url=old, status=LinkStatus.REDIRECTED, code=301, new_url=new, origins=(origin,))


def test_fix_rewrites_only_the_url_value(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    old_pdf = "https://www.ipcc.ch/report/ar6/wg1/downloads/report/IPCC_AR6_WGI_Full_Report.pdf"
    new_pdf = "https://www.ipcc.ch/report/ar6/wg1/downloads/report/IPCC_AR6_WGI_FullReport_small.pdf"
    results = [
        _moved(path, "ipcc2021", 10, old_pdf, new_pdf),
        _moved(
            path,
            "lecun2015",
            2,
            "https://www.nature.com/articles/nature14539",
            "https://www.nature.com/articles/nature14539v2",
        ),
        _moved(path, "vaswani2017", 17, "https://example.org/not-in-the-file", "https://example.org/new"),
    ]
    fixes = fix_bib_files(results)
    assert [f.applied for f in fixes] == [True, True, False]
    expected = BIB.replace("IPCC\\_AR6\\_WGI\\_Full\\_Report.pdf", "IPCC\\_AR6\\_WGI\\_FullReport\\_small.pdf")
    expected = expected.replace("articles/nature14539}", "articles/nature14539v2}")
    assert path.read_text(encoding="utf-8") == expected
    assert not list(tmp_path.glob(".*.tmp"))
