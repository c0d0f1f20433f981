"""Stage 2: notes -> a Library of references that cite back to the notes.

A note is one of four kinds:
- a citation of one or more works ("A, “T1,” ...; B, *T2* ...");
- "Ibid." (with or without a page): the work of the note before;
- a short form ("Hara, *Japanese-Soviet/Russian Relations*, 31–34."): a work cited in full earlier;
- a discursive note: an aside with no source, kept as a note and never made a reference.
Ibid. and short forms add a Citation (with the page as locator) to the work they repeat.
Every note the parser is unsure about becomes a Problem; nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import dates, names
from .model import Citation, Commentary, Library, Note, Problem, Reference, build, evolve
from .normalize import fold, mentions
from .reference import (
    _DOI,
    _URL,
    CJK_PAGE,
    HAN,
    PROSE_WORD,
    find_title_span,
    is_legal_citation,
    parse_reference,
    strip_label,
    strip_lead_in,
    unwrap_signal,
)

Tagger = Callable[[str], list[tuple[str, str]]]

# "Ibid." and its kin: Ibíd. (es), Ivi (it), Tamże (pl), ebd./ebenda (de), Там же (ru), Tamtéž (cs), Tamže and
# Tamtiež (sk), smst. (da, "sammesteds"), and the Swedish "A.a." (anfört arbete) opening a note with no author
_IBID = re.compile(
    r"^(?:(?:ib[ií]d|ib[ií]dem|id|idem|ivi|tam(?:że|ze)|tamtéž|tamže|tamtiež|smst|ebd|ebenda|там\s+же|там\s+само)\b\.?"
    r"|a\.\s?a\.(?!\s?o\b)|同上[书書注文]?|同書|同前(?![注\d])),?\s*(?P<rest>.*)$",  # Chinese, Japanese
    re.IGNORECASE,
)
# Turkish "a.g.e." / "a.g.m." (adı geçen eser / makale), Finnish "mt." (mainittu teos): the work named before
_WORK_NAMED_BEFORE_WORDS = r"a\.\s?g\.\s?[em]\.|mt\."
# "op. cit.", "loc. cit.", Italian "cit.", German "a.a.O." (am angegebenen Ort), Czech and Slovak "c. d." (citované
# dílo), Polish "dz. cyt." (dzieło cytowane)
# Dutch "a.w." (aangehaald werk) and "t.a.p." (ter aangehaalde plaatse), Russian "Указ. соч." (the work cited)
_OP_CIT = re.compile(
    r",?\s*([*_]?)\b(?:(?:op|loc|art)\.?\s*cit\b\.?|(?:art|ouvr|op)\.\s*cité|cit\.|a\.\s?a\.\s?O\.|a\.\s?w\.|t\.\s?a\.\s?p\.|(?:указ|цит)\.\s*соч\."
    r"|c\.\s?d\.|dz\.\s?cyt\.|" + _WORK_NAMED_BEFORE_WORDS + r")"
    r"\1,?",
    re.IGNORECASE,  # "*op. cit.*" too
)
_OP_CIT_CUES = ("cit", "a.a.o", "a. a. o", "a.w.", "a. w.", "t.a.p", "t. a. p", "соч", "c. d.", "c.d.", "cyt.", "a.g.",
                "a. g.", "mt.")
# Standing alone, the same words point to the work of the note before: "Mt., s. 14." (Finnish), "A.g.e., s. 95."
_WORK_NAMED_BEFORE = re.compile(r"^(?:" + _WORK_NAMED_BEFORE_WORDS + r"),?\s*(?P<rest>.*)$", re.IGNORECASE)
_LOCATOR = re.compile(
    r"(?:,|^)\s*(?:(?:pp?|at|s|с|hlm|hal|para|paras|ch|chap|sec|art)\.?\s*|§+\s*)?(?P<loc>[\divxlc]+(?:\s*[-–—]+\s*[\divxlc]+)?"
    r"(?:\s*,\s*\d+(?:\s*[-–—]+\s*\d+)?)*)(?:\s*n\.?\s*\d+|\s*ff?\.?)?\.?\s*$",  # "S. 61 f."
    re.IGNORECASE,
)
_STOPWORDS = frozenset("the a an of and in on for to at by with from as its his her their is are was".split())


@dataclass(frozen=True)
class ParsedNote:
    """What one note turned out to be."""

    kind: str  # "citation", "ibid", "short", "discursive"
    references: tuple[Reference, ...] = ()
    locator: str = ""
    short_author: str = ""
    short_title: str = ""
    short_note: str = ""  # "Fisher (n 3) 185", "Fisher, supra note 3": the note holding the full citation
    short_year: str = ""  # "Bernanke and Blanchard (2023), p. 24": the year the work was published
    short_title_kind: str = ""  # "italic" or "quoted": a book's title or an article's, when the two share words
    same_author: bool = False  # "Idem, Title ...": the work's author is the previous note's
    problems: tuple[str, ...] = ()


def parse_note(text: str, *, tagger: Tagger | None = None) -> ParsedNote:
    """Decide the kind of a note and parse the works it cites."""
    text = unwrap_signal(" ".join(strip_label(text).split()))
    short = _cjk_short_form(text) if not text.isascii() else None
    if short is not None:
        return short
    m = _IBID.match(text) or (_work_named_before(text) if text[:1] in "MmAa" else None)
    if m and _names_another_work(m):
        refs = (parse_reference(m.group("rest"), tagger=tagger),)  # "Idem. Breves narrativas ...": same author
        return ParsedNote("citation", refs, same_author=True)
    if m:
        return ParsedNote("ibid", locator=_locator(m.group("rest")))
    if is_discursive(text):
        return ParsedNote("discursive")
    works = split_works(text)
    if len(works) == 1:
        short = _short_form(works[0])
        if short is not None:
            return short
    refs: list[Reference] = []
    for work in works:
        same = _SAME_AUTHOR.match(work) if refs and refs[-1].authors else None
        refs.append(_by_the_same_author(work, same, refs[-1], tagger) if same else parse_reference(work, tagger=tagger))
    problems = tuple(_doubts(ref) for ref in refs if _doubts(ref))
    return build(ParsedNote, kind="citation", references=tuple(refs), problems=problems)  # every citation passes here


# "...; ders.: Welt in Aufruhr, Berlin 2023" (German), "...; idem, Title": the same author as the work before
_SAME_AUTHOR = re.compile(r"^(?:ders\.|dies\.|derselbe|dieselbe|idem|eadem|id\.)(?P<sep>[,:]?)\s+", re.IGNORECASE)


def _by_the_same_author(work: str, same: re.Match, before: Reference, tagger: Tagger | None) -> Reference:
    """'ders.: Welt in Aufruhr, Berlin: Rowohlt 2023' is read with the author of the work before written out, so it
    reads as its neighbour did ('Münkler, Herfried: Welt in Aufruhr, ...'); the note's own text stays its raw."""
    written = "; ".join(a.sort_form() for a in before.authors)
    ref = parse_reference(f"{written}{same.group('sep') or ','} {work[same.end() :]}", tagger=tagger)
    return evolve(ref, authors=before.authors, raw=" ".join(work.split()))


def _work_named_before(text: str) -> re.Match | None:
    """'Mt., s. 14.', 'A.g.e., s. 95.': op. cit. with no author before it, and nothing but a page after it."""
    m = _WORK_NAMED_BEFORE.match(text)
    rest = m.group("rest").strip(" .") if m else ""
    return m if m and (not rest or _LOCATOR.fullmatch(", " + rest)) else None


def _names_another_work(ibid: re.Match) -> bool:
    """'Idem' before a title, not a page: the same author as the note before, another of their works."""
    rest = ibid.group("rest").strip(" .")
    return ibid.group(0)[:4].lower() == "idem" and len(rest) > 12 and not _LOCATOR.fullmatch(", " + rest)


def _doubts(ref: Reference) -> str:
    if not ref.title and not ref.container and not (ref.authors and ref.genre):  # "Ørsted, company announcement"
        return "no title or source found; check this note"
    if ref.confidence < 0.6:
        return f"uncertain parse (confidence {ref.confidence:.1f})"
    if ref.type == "document" and not (ref.date or ref.url or ref.doi):
        return "no date, link or kind of work found; check this note"
    return ""


def _locator(text: str) -> str:
    m = CJK_PAGE.search(text) if not text.isascii() else None
    m = m or _LOCATOR.search(text.strip())
    return re.sub(r"\s*[-–—]+\s*", "–", m.group("loc")) if m else ""


# ---------------------------------------------------------------- several works in one note

_CITATION_SIGNAL = re.compile(
    r"[“„«\"《『〈「]|\*[^*]+\*|https?://|\b10\.\d{4,}/|\((?:[^()]*:)?[^()]*(?:1[5-9]|20)\d\d(?:/\d{2,4})?\)"
    r"|\b(?:vol|no|pp)\.\s*\d|\bS\.\s*\d+\s*[–-]\s*\d",  # "(1990/91)", German pages "S. 91–106"
    re.IGNORECASE,
)


# "...; and CRS Report R42460", "...; and, for Germany specifically, Bachmann, R. et al. (2022)"
_AND_AFTER_SEMICOLON = re.compile(
    r"^(?:and|also|as\s+well\s+as)(?:,?\s+(?:for|on|in|about|regarding)\s+[^,;“”\"«»*\d]{2,60},)?\s+(?=[A-Z“\"*])"
)


def split_works(text: str) -> list[str]:
    """Split a note at ';' where both sides cite a work (not inside an author list or a title)."""
    parts: list[str] = []
    for part in _split_outside_quotes(text, ";；"):
        # "2022;399(10325):629-55" (Vancouver) and "London: NHS England; 2024": a work never starts with a number,
        # so such a part goes back to the one before it before either is asked whether it cites something
        if parts and (part[:1].isdigit() or part[:1] == "["):
            parts[-1] = f"{parts[-1]}; {part}"
        else:
            parts.append(part)
    parts = _names_joined_forward(parts)
    works: list[str] = []
    for part in parts:
        continues = bool(works and _EDITORS_OPEN.search(works[-1]))
        if works and (continues or not (_cites_something(part) and _cites_something(works[-1]))):
            works[-1] = f"{works[-1]}; {part}"
        else:
            works.append(_AND_AFTER_SEMICOLON.sub("", part) if works else part)  # "...; and CRS Report R42460"
    return [strip_lead_in(w.strip()) for part in works for w in _split_secondary(part) if w.strip()]


# A person written family name first and nothing else: "LOVEJOY, Thomas E.", "Wenger, Andreas", "SILVA, José da"
_FAMILY_THEN_COMMA = rf"(?:{names.CAPITALS_FAMILY}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}),\s"
_INVERTED_NAME_ONLY = re.compile(rf"{_FAMILY_THEN_COMMA}\s*{names.GIVEN_NAMES}(?:\s+et\s+al\.?)?")
_INVERTED_NAME_FIRST = re.compile(_FAMILY_THEN_COMMA)


def _names_joined_forward(parts: list[str]) -> list[str]:
    """'...2014; LOVEJOY, Thomas E.; NOBRE, Carlos. Amazon tipping point. ...' (ABNT, and author lists written with
    semicolons): a part that is one inverted name, followed by a part that opens with another, heads that part's
    author list; it is not the tail of the work before."""
    if len(parts) < 3:
        return parts
    out = [parts[-1]]
    for part in reversed(parts[:-1]):
        if _INVERTED_NAME_ONLY.fullmatch(part.strip()) and _INVERTED_NAME_FIRST.match(out[-1].lstrip()):
            out[-1] = f"{part.strip()}; {out[-1].lstrip()}"
        else:
            out.append(part)
    return out[::-1]


# "... In Wenger, Andreas; Mastny, Vojtech; Nuenlist, Christian (eds.). Origins ..." (Wikipedia's citations): a list of
# editors after "In", separated by semicolons, is still open until its "(eds.)"
_EDITORS_OPEN = re.compile(r"[.,]\s+In:?\s+[^.()\d“”\"*]{2,120}$")


# "X (Philadelphia: Childs, 1791), cited in Y (Chicago: UCP, 2017), 71": the source and the work quoting it
_SECONDARY = re.compile(r"[,.]\s+(?=(?:as\s+)?(?:cited|quoted|reprinted)\s+in\s)", re.IGNORECASE)


def _split_secondary(text: str) -> list[str]:
    if not mentions(text, ("cited", "quoted", "reprinted")):
        return [text]
    for m in _SECONDARY.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if _outside_brackets(head) and _cites_something(head) and _cites_something(tail):
            return [head, *_split_secondary(tail)]
    return [text]


def _outside_brackets(head: str) -> bool:
    """No bracket or quote is left open at the end of ``head`` (a probe ';' after it splits only then)."""
    return head.count("(") == head.count(")") and len(_split_outside_quotes(head + " ;x", ";")) > 1


def _split_outside_quotes(text: str, seps: str) -> list[str]:
    if not any(sep in text for sep in seps):
        return [text.strip()] if text.strip() else []
    out: list[str] = []
    start = 0
    inside = italic = False
    paired_stars = "*" in text and text.count("*") % 2 == 0  # "*Title—Press Release; Staff Report*": one title
    depth = 0
    for i, ch in enumerate(text):
        if ch == "*" and paired_stars:
            italic = not italic
        elif ch in "“„«《『":
            inside = True
        elif ch in "”»》』":
            inside = False
        elif ch == '"' and (inside or i == 0 or not text[i - 1].isalnum()):
            inside = not inside
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in seps and not (inside or italic) and depth == 0 and not _within_word(text, i):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def _within_word(text: str, i: int) -> bool:
    """A ';' with no space on either side belongs to what it stands in: a DOI ('...2.0.CO;2'), a URL's
    parameters, Vancouver's '2022;399(10325)'."""
    return text[i] == ";" and 0 < i < len(text) - 1 and not text[i - 1].isspace() and not text[i + 1].isspace()


def _cites_something(text: str) -> bool:
    return bool(_CITATION_SIGNAL.search(text) or dates.find_dates(text))


# ---------------------------------------------------------------- discursive notes


# Shapes only a reference has, quotes or not: "2015;40(4):277" (Vancouver), "Geneva: WHO; 2024"
# (place, publisher, year), and a first author as family name and initials ("Ventola CL.").
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{3}\.\s+[A-ZÀ-ÞА-Я]")
_PROSE_AFTER = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-Я]+\s+[^\W\d_A-ZÀ-ÞА-Я]")  # two words in lower case
_CITATION_SHAPE = re.compile(
    r"(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?)?\s*;\s*\d"
    r"|\b[A-Z][\w.' -]{1,40}:\s*[A-Z][^.;:]{1,80}[;,]\s*(?:1[5-9]|20)\d\d\b"
    r"|^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}[.,]\s"
    # author-date without brackets: "Mattes, R. 2019. Title.", "ECOWAS. 2023. Final communiqué of ..."
    r"|^[A-Z](?:[^.?!]|(?<=[\s.][A-Z])\.){0,80}?\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s+[A-Z]"
)


_SENTENCE_END = re.compile(r"([^\W\d_]{2})[.!?](?:\s|$)")  # in any alphabet ('merkityksessä.', 'açıklanmamıştır.')


def _ends_a_sentence(text: str) -> bool:
    """A lower-case word closes a sentence somewhere: prose, not an abbreviation ('U.S.') or an initial."""
    return any(m.group(1).islower() for m in _SENTENCE_END.finditer(text))
_YEAR_IN_PARENS = re.compile(r"\((?:[^()]*:)?[^()]*(?:1[5-9]|20)\d\d\)")


# A full date set apart by a comma at the very end: a citation's facts, not a sentence ("... was signed on 5 May 2022.")
_LISTED_DATE_AT_END = re.compile(
    r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:1[5-9]|20)\d\d|\d{1,2}\.?\s+[A-Za-z]{3,9}\.?\s+(?:1[5-9]|20)\d\d)\.?$"
)


def is_discursive(text: str) -> bool:
    """An aside with no source: prose, and no title marks, identifiers, or dated source.

    Prose first (a dozen words, mostly lower-case, a sentence): most citations fail that at
    once, so the tests for what a source would show run only on notes that read as prose.
    """
    if not text.isascii() and len(HAN.findall(text)) * 2 > len(text):
        return _is_cjk_aside(text)
    if text.count(" ") < 11:
        return False  # fewer than a dozen words: no prose (the words themselves are counted below)
    if ("://" in text or "www." in text) and _URL.search(text) or ("10." in text and _DOI.search(text)):
        return False  # a link or a DOI: a source (tested first: a substring costs less than counting words)
    words = PROSE_WORD.findall(text)
    if len(words) < 12:
        return False
    lower = sum(1 for w in words if w[0].islower())
    if lower / len(words) <= 0.5 or not (len(words) > 25 or _ends_a_sentence(text)):
        return False
    if _URL.search(text):
        return False
    span = find_title_span(text)
    if span is not None and (len(span.text.split()) > 3 or dates.find_dates(text)):
        return False  # a title; a short quoted phrase in prose ("we use “cyber operations” ...") is not
    # in prose of several sentences, a date the sentence runs on from ('... avsluttet i februar 2024 uten å reise
    # tiltale') is the aside's own; one sentence ('Brief van de minister van 22 december 2019 over ...') may cite
    several = _INNER_SENTENCE_END.search(text.rstrip(" .")) is not None
    precise = [d for d in dates.find_dates(text) if d.date.month and not (several and _PROSE_AFTER.match(text, d.end))]
    if precise and len(words) < 25:
        return False
    if precise and _LISTED_DATE_AT_END.search(text):
        return False  # "..., remarks by X at the press conference following ..., Vienna, October 5, 2022."
    if _YEAR_IN_PARENS.search(text) or _CITATION_SHAPE.search(text):
        return False
    first = text.partition(";")[0]  # "Legea nr. 242/2018 ..., Monitorul Oficial nr. 868 ...; Ordonanța ...": two acts
    return not (is_legal_citation(text) or first != text and is_legal_citation(first))


_CJK_TITLE_MARKS = re.compile("[《『〈「]")
_CJK_AUTHOR_AND_QUOTE = re.compile(r"^[^，。：:]{1,30}[：:]\s*“")  # "王露：“…”": an article's title in quotes
_CJK_SENTENCE_END = re.compile("[。！？]")


def _is_cjk_aside(text: str) -> bool:
    """Chinese or Japanese prose: no bracketed title, link or author before a quoted title, and either a
    sentence that ends before the note does or, at some length, no date at all."""
    if _CJK_TITLE_MARKS.search(text) or _URL.search(text) or _CJK_AUTHOR_AND_QUOTE.match(text):
        return False
    inner = _CJK_SENTENCE_END.search(text.rstrip("。！？ "))
    return bool(inner) or (len(HAN.findall(text)) >= 20 and not dates.find_dates(text))


# ---------------------------------------------------------------- short forms


_NOTE_CROSS_REFERENCE = re.compile(
    r"^(?:see\s+)?(?P<author>[^()“”\"]{2,120}?(?:\s*\((?:1[5-9]|20)\d\d[a-z]?\))?),?\s*"
    r"(?:\(n\.?\s*(?P<n1>\d+)\)|supra\s+(?:note|n\.?)\s*(?P<n2>\d+)|(?:cited|quoted)\s+(?:in|at)\s+note\s+(?P<n3>\d+)"
    # "(note 2 above)", "n 8 above", "above n 8" (OSCOLA's older form, and many house styles)
    r"|\(?(?:note|n\.?)\s*(?P<n4>\d+)\s+above\)?|\(?above\s+(?:note|n\.?)\s*(?P<n5>\d+)\)?)"
    r"[,\s]*(?:at\s+)?(?P<loc>.*)$",
    re.IGNORECASE,
)


_DOUBLE_COMMA = re.compile(r"\s*,(?:\s*,)+")  # "Lippert/Perthes, a.a.O., S. 10" without its "a.a.O."


def _short_form(text: str) -> ParsedNote | None:
    """'Hara, *Japanese-Soviet/Russian Relations*, 31–34.' or 'Abiru, “Japan-Russia Relations,” 5.',
    or a cross reference to the note that cited the work in full: 'Fisher (n 3) 185' (OSCOLA),
    'Fisher, supra note 3, at 185' (Bluebook)."""
    if "*supra*" in text or "_supra_" in text:
        text = text.replace("*supra*", "supra").replace("_supra_", "supra")  # Bluebook sets the word in italics
    cross = _NOTE_CROSS_REFERENCE.match(text) if mentions(text, ("(n", "supra", "note", "above")) else None
    if cross and len(cross.group("author").split()) <= 8:
        locator = _locator(", " + cross.group("loc").strip(" .")) if cross.group("loc").strip(" .") else ""
        return ParsedNote("short", locator=locator, short_author=cross.group("author").strip(" ,"),
                          short_note=next(n for n in cross.group("n1", "n2", "n3", "n4", "n5") if n))
    op_cit = mentions(text, _OP_CIT_CUES) and _OP_CIT.search(text) is not None
    text = _DOUBLE_COMMA.sub(",", _OP_CIT.sub(",", text)).strip(" ,.") if op_cit else text.strip(" ,")
    span = find_title_span(text)
    if span is None and op_cit and _NAME_ONLY.fullmatch(text):
        return ParsedNote("short", short_author=text)  # "Prebisch, op. cit.": the author's work cited before
    bare = _BARE_SHORT.match(text) if span is None and op_cit else None
    if bare:  # "Paul/Swistek, Russland in der Arktis, a.a.O."
        return ParsedNote("short", short_author=bare.group("author"), short_title=bare.group("title"))
    if span is None:
        return _plain_short_form(text)
    before = text[: span.start].strip(" ,")
    after = text[span.end :].strip(" ,.")
    if len(before.split()) > 4 or (after and not _LOCATOR.fullmatch(", " + after)):
        return None
    if dates.find_dates(after) or "(" in after:
        return None
    return ParsedNote(
        "short", locator=_locator(", " + after) if after else "", short_author=before, short_title=span.text,
        short_title_kind=span.kind,
    )


# Chinese and Japanese short forms: "赵汀阳：《天下体系》，前引书，第45页", "北岡『日本政治史』前掲書、45頁" (the
# work cited before), "同前注3，第5页" (the work of note 3)
_CJK_OP_CIT = re.compile(r"(?:前引|前揭|前掲|上引)(?:书|書|文|論文|论文)?")
_CJK_CROSS_REFERENCE = re.compile(r"^(?:参见|參見|见|見)?(?:同前注|同注|前注|前揭注|前掲注)\s*(?P<n>\d+)(?P<rest>.*)$")
_CJK_SHORT_TITLE = re.compile(r"[《『〈「“](?P<title>[^》』〉」”]+)[》』〉」”]")


def _cjk_short_form(text: str) -> ParsedNote | None:
    cross = _CJK_CROSS_REFERENCE.match(text)
    if cross:
        return ParsedNote("short", locator=_locator(cross.group("rest")), short_note=cross.group("n"))
    op_cit = _CJK_OP_CIT.search(text)
    if op_cit is None or len(text) > 80:
        return None
    before = text[: op_cit.start()]
    title = _CJK_SHORT_TITLE.search(before)
    author = (before[: title.start()] if title else before).strip(" ，,、：:")
    if len(author) > 30 or not (author or title):
        return None
    kind = "" if title is None else "italic" if title.group(0)[0] in "《『" else "quoted"
    return ParsedNote("short", locator=_locator(text[op_cit.end() :]), short_author=author,
                      short_title=title.group("title") if title else "", short_title_kind=kind)


# "Van der Voort en Vanclay", ABNT "VIGEVANI; CEPALUNI"
_NAME_ONLY = re.compile(r"[^\W\d_][\w’'.-]*(?:;?\s+[^\W\d_][\w’'.-]*){0,5}")
_ONE_OR_TWO_FAMILIES = r"[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?"  # "Hara", "Keohane and Nye"
# GOST 7.1 / DSTU 8302: family, initials, the title to a full stop, the page: "Грицак Я. Подолати минуле. С. 215."
_GOST_SHORT = re.compile(
    r"^(?P<author>[^\W\d_][\w’'-]+\s+(?:[^\W\d_]\.\s?){1,2})\s*(?P<title>[^.]{3,90}?)\.\s+[СсPpSs]\.\s*"
    r"(?P<loc>\d+(?:\s*[-–—]+\s*\d+)?)\.?$"
)
_PLAIN_SHORT = re.compile(
    rf"^(?P<author>{_ONE_OR_TWO_FAMILIES}),\s+(?P<title>[^,()]{{3,90}}?),?\s+"
    r"(?:pp?\.\s*|[sS]\.\s*)?(?P<loc>[\divxlc]+(?:\s*[-–—]+\s*\d+)?)\.?$"  # "s." Czech, Polish, German
)


_SHORT_NAMES = (  # "Bértola y Ocampo", "Acemoğlu ve Üçer": "and" in other languages too
    r"[A-Z][\w’'-]+(?:(?:,\s+|,?\s+(?:and|&|y|e|et|und|og|och|ve|ja|en|dan)\s+)[A-Z][\w’'-]+){0,3}(?:\s+et\s+al\.?)?"
)
# A body's name: "International Energy Agency (2022)", "Bank of England (2023), p. 4"
_BODY_JOINER = "|".join(map(re.escape, sorted(names.BODY_JOINERS)))
_SHORT_BODY = rf"[A-Z][\w’'-]*(?:\s+(?:{_BODY_JOINER}|[A-Z][\w’'.-]*)){{1,7}}"
_SHORT_PAGES = r"[\divxlc]+(?:\s*[-–—]+\s*[\divxlc]+)?"
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# Author-date: "Bernanke and Blanchard (2023), p. 24", "Smith (2019, 45)", "Trenin 2016, 45", "Nye et al. 2005: 12"
_AUTHOR_DATE_SHORT = re.compile(
    rf"^(?P<author>{_SHORT_NAMES}|{_SHORT_BODY}),?\s*(?:\(\s*(?P<year>{_YEAR})(?:,\s*(?:pp?\.\s*)?(?P<loc>{_SHORT_PAGES}))?\s*\)"
    rf"|(?P<year2>{_YEAR}))(?:\s*[,:]\s*(?:pp?\.\s*)?(?P<loc2>{_SHORT_PAGES}))?\.?$"
)
# MLA: the author and the page, no comma: "Nye 11", "Keohane and Nye 24-25"
_AUTHOR_PAGE_SHORT = re.compile(
    rf"^(?P<author>{_ONE_OR_TWO_FAMILIES})\s+(?P<loc>\d{{1,4}}(?:\s*[-–—]+\s*\d{{1,4}})?)\.?$"
)


_PAGE_ONLY = re.compile(r"\s*(?:pp?\.\s*|[SСsс]\.\s*)?[\d–—-]+\.?(?:\s*ff?\.?)?\s*")  # "S." German, "С." Russian


_DIGIT = re.compile(r"\d")


def _plain_short_form(text: str) -> ParsedNote | None:
    """'Trenin, Should We Fear Russia?, 7.' (italics lost), 'Hara, 45.', 'Nye 11.' (MLA) or
    'Bernanke and Blanchard (2023), p. 24.' (author-date)."""
    m = _AUTHOR_DATE_SHORT.match(text) if _DIGIT.search(text) else None
    if m:
        loc = m.group("loc") or m.group("loc2") or ""
        return ParsedNote("short", locator=_locator(loc) if loc else "", short_author=m.group("author").strip(" ,"),
                          short_year=m.group("year") or m.group("year2"))
    m = _AUTHOR_PAGE_SHORT.match(text)
    if m and not dates.find_dates(text):
        return ParsedNote("short", locator=_locator(m.group("loc")), short_author=m.group("author"))
    head, _, tail = text.partition(",")
    if tail and _PAGE_ONLY.fullmatch(tail) and len(head.split()) <= 3:
        return ParsedNote("short", locator=_locator(tail), short_author=head.strip())
    m = _PLAIN_SHORT.match(text) or _GOST_SHORT.match(text)
    if m and not dates.find_dates(text):
        return ParsedNote(
            "short",
            locator=_locator(", " + m.group("loc")),
            short_author=m.group("author").strip(),
            short_title=m.group("title"),
        )
    return None


def _title_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", fold(text)) if w not in _STOPWORDS]


def matches_short_form(ref: Reference, author: str, title: str, year: str = "") -> bool:
    """True when ``ref`` is the full form of a short citation (author surname, shortened title, year)."""
    if title:
        short = _title_words(title)
        full = _title_words(ref.title)
        if not short or full[: len(short)] != short and not set(short) <= set(full):
            return False
    if author and not _author_agrees(ref, author, by_title=bool(title)):
        return False
    if year and not (ref.date and str(ref.date.year) == year[:4]):
        return False
    if len(year) > 4 and _other_year_letter(ref.raw, year):
        return False  # "Salamon 2014a" is not the work the library lists as 2014b
    return bool(author or title)


def _other_year_letter(raw: str, year: str) -> bool:
    """The full citation prints the same year with another letter ('2014b' for a short form's '2014a')."""
    letters = re.findall(year[:4] + r"([a-z])\b", raw)
    return bool(letters) and year[4:] not in letters


def _author_agrees(ref: Reference, author: str, *, by_title: bool) -> bool:
    """The short form's author is the work's: a family name, an organisation or its initials ('CBO' for the
    Congressional Budget Office, also when it is the publisher). With a matching title, any part of a
    name will do: 'Kitaoka' of 'Kitaoka Shin’ichi', whichever part was read as the family name."""
    folded = fold(author)
    words = set(folded.replace(",", " ").replace(";", " ").split()) - {"and", "et", "al"}
    families = {fold(a.family or a.literal) for a in ref.authors or ref.editors}  # an edited book: its editors
    if families & words or any(folded in f for f in families if f):
        return True
    if any(fold(a.family + a.given) == folded for a in ref.authors if a.family and not author.isascii()):
        return True  # "赵汀阳": a name in characters, family and given names written together
    organisations = [a.literal for a in ref.authors if a.literal] + ([ref.publisher] if ref.publisher else [])
    if any(folded in (fold(o), _initials(o)) for o in organisations):
        return True
    if by_title:
        parts = {p for a in ref.authors for p in fold(f"{a.given} {a.family}").split()}
        return bool(words) and words <= parts
    return False


def _initials(name: str) -> str:
    """'Congressional Budget Office' -> 'cbo' (the capitalised words' first letters, folded)."""
    return fold("".join(word[0] for word in name.split() if word[:1].isupper()))


# ---------------------------------------------------------------- the library


def build_library(
    commentaries: Iterable[Commentary], *, tagger: Tagger | None = None, problems: Iterable[Problem] = ()
) -> Library:
    """Parse every note of every commentary into one Library (works repeated in one run merged)."""
    commentaries = tuple(commentaries)
    return assemble_library(commentaries, [parse_commentary(c, tagger=tagger) for c in commentaries], problems)


@dataclass
class ParsedCommentary:
    """What one commentary's notes gave: its works (Ibid. and short forms resolved), asides, problems.

    Commentaries parse independently of each other, so this is the unit a process pool hands back.
    """

    references: list[Reference]
    discursive: list[Note]
    problems: list[Problem]


def parse_commentary(commentary: Commentary, *, tagger: Tagger | None = None) -> ParsedCommentary:
    """Parse the notes of one commentary in order (an Ibid. refers to the note before it)."""
    works: list[Work] = []
    discursive: list[Note] = []
    problems: list[Problem] = []
    _add_commentary(commentary, works, discursive, problems, tagger)
    refs = [evolve(w.reference, citations=w.reference.citations + tuple(w.citations)) for w in works]
    return ParsedCommentary(refs, discursive, problems)


def assemble_library(
    commentaries: Iterable[Commentary], parsed: Iterable[ParsedCommentary], problems: Iterable[Problem] = ()
) -> Library:
    """One Library from commentaries and their parses, in order; works repeated across them merged."""
    refs: list[Reference] = []
    discursive: list[Note] = []
    found: list[Problem] = list(problems)
    for part in parsed:
        refs += part.references
        discursive += part.discursive
        found += part.problems
    return Library(
        references=tuple(merge_identical(refs)),
        commentaries=tuple(commentaries),
        discursive=tuple(discursive),
        problems=tuple(found),
    )


@dataclass
class Work:
    """A reference being built: its parse and the citations gathered so far."""

    reference: Reference
    citations: list[Citation]


def _add_commentary(
    commentary: Commentary, works: list[Work], discursive: list[Note], problems: list[Problem], tagger: Tagger | None
) -> None:
    previous: list[Work] = []  # the works the note before cited (what "Ibid." means)
    cited_here: list[Work] = []
    for note in commentary.notes:
        try:
            parsed = parse_note(note.text, tagger=tagger)
        except Exception as exc:  # one bad note never stops the rest
            problems.append(Problem(note.document, f"could not parse: {exc}", note.line, note.label))
            continue
        targets, parsed = _resolve(parsed, note, previous, cited_here, problems)
        if parsed.kind == "discursive":
            discursive.append(note)
            continue
        for problem in parsed.problems:
            problems.append(Problem(note.document, problem, note.line, note.label))
        if targets:
            for work in targets:
                work.citations.append(_citation(note, parsed.locator))
            previous = targets
            continue
        refs = parsed.references
        if parsed.same_author and previous and previous[-1].reference.authors:
            refs = tuple(evolve(r, authors=r.authors or previous[-1].reference.authors) for r in refs)
        previous = []
        for ref in refs:
            locator = ref.pages if ref.type in ("book", "report") else ""
            work = Work(ref, [_citation(note, locator)])
            works.append(work)
            previous.append(work)
            cited_here.append(work)


def _resolve(
    parsed: ParsedNote, note: Note, previous: list[Work], cited_here: list[Work], problems: list[Problem]
) -> tuple[list[Work], ParsedNote]:
    """The works an Ibid. or short form repeats, and the note as finally read.

    A short form that matches no earlier work is read as a citation in its own right.
    """
    if parsed.kind == "ibid":
        if not previous:
            problems.append(Problem(note.document, "Ibid. with no note before it to refer to", note.line, note.label))
        elif len(previous) > 1:
            problems.append(
                Problem(
                    note.document,
                    "Ibid. after a note citing several works; took the last",
                    note.line,
                    note.label,
                )
            )
            return previous[-1:], parsed
        return previous, parsed
    if parsed.kind == "short" and parsed.short_note:
        for work in cited_here:
            if any(c.note == parsed.short_note for c in work.citations):
                return [work], parsed
    if parsed.kind == "short":
        found = [w for w in reversed(cited_here)
                 if matches_short_form(w.reference, parsed.short_author, parsed.short_title, parsed.short_year)]
        if found:
            return [_of_title_kind(found, parsed.short_title_kind)], parsed
        numbered = _numbered_work(note.text, cited_here)
        if numbered is not None:
            return [numbered], parsed  # "GAO-18-477, p. 35.": the report's number stands for it
        problems.append(
            Problem(
                note.document,
                "short form with no full citation before it; kept as a work",
                note.line,
                note.label,
            )
        )
        return [], ParsedNote("citation", (parse_reference(note.text),))
    if parsed.kind != "citation" or len(parsed.references) != 1 or len(note.text) > _SHORT_NOTE:
        return [], parsed  # short forms are short: a long note is a citation in its own right
    bare = _BARE_SHORT.match(parsed.references[0].raw)
    if bare:
        for work in reversed(cited_here):
            if matches_short_form(work.reference, bare.group("author"), bare.group("title")):
                return [work], ParsedNote("short", short_author=bare.group("author"), short_title=bare.group("title"))
    numbered = _numbered_work(note.text, cited_here)
    if numbered is not None:
        return [numbered], ParsedNote("short")  # 'S/RES/2672 (2023).', 'Rescorla, RFC 8446, sec. 4.2.8.'
    return [], parsed


def _numbered_work(text: str, cited_here: list[Work]) -> Work | None:
    """The latest work whose document number a short note repeats ('COM(2022) 230 final, p. 6.')."""
    numbered = [w for w in cited_here if len(w.reference.number) >= 5]
    folded = fold(text) if numbered else ""
    for work in reversed(numbered):
        if len(text) < len(work.reference.number) + 40 and fold(work.reference.number) in folded:
            return work
    return None


# Works whose title is set in quotes (a part of something larger); the others' titles are italic
_QUOTED_TITLE_TYPES = frozenset(
    "article-journal article-newspaper article-magazine chapter paper-conference webpage post post-weblog "
    "entry-encyclopedia entry-dictionary speech interview".split()
)


def _of_title_kind(works: list[Work], kind: str) -> Work:
    """Of the works a short form matches (latest first), the first whose title is set the way the short
    form sets it: 'Nye, *Soft Power* 94' is the book, not the article "Soft Power" by the same author."""
    if kind in ("italic", "quoted"):
        for work in works:
            if (work.reference.type in _QUOTED_TITLE_TYPES) == (kind == "quoted"):
                return work
    return works[0]


_SHORT_NOTE = 140  # characters; the longest a bare short form or a number with a pinpoint runs to


# "Halliday, Great Stink of London.": a surname and a plain title, no page. Read alone it may be a whole
# citation; after the full citation of a matching work it is that work's short form.
_BARE_SHORT = re.compile(
    r"^(?P<author>[A-Z][\w’'-]+(?:(?:,\s+|,?\s+(?:and|&)\s+|/)[A-Z][\w’'-]+){0,4}),\s+(?P<title>[A-Z][^,()\d]{2,90}?)\.?$"
)


def _citation(note: Note, locator: str) -> Citation:
    return Citation(note.document, note.label, note.context, locator, note.line)


# ---------------------------------------------------------------- merging repeats within a run


def identity(ref: Reference) -> tuple:
    """What makes two parses the same work within one run (dedupe goes further)."""
    return (
        ref.type,
        fold(ref.title),
        fold(ref.container),
        tuple(fold(a.family or a.literal) for a in ref.authors),
        ref.date.iso() if ref.date else "",
        ref.url.rstrip("/"),
        ref.volume,
        ref.edition,
    )


def merge_identical(refs: Iterable[Reference]) -> list[Reference]:
    """Works parsed identically (a full citation repeated later) become one, keeping every citation."""
    first: dict[tuple, Reference] = {}
    citations: dict[tuple, list[Citation]] = {}
    for ref in refs:
        key = identity(ref)
        if key in first:  # gathered in a list: one work cited thousands of times must not copy a tuple each time
            citations[key] += ref.citations
        else:
            first[key] = ref
            citations[key] = list(ref.citations)
    return [
        ref if len(citations[key]) == len(ref.citations) else evolve(ref, citations=tuple(citations[key]))
        for key, ref in first.items()
    ]
