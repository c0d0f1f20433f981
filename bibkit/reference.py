"""Parsing one free-text reference (one work) into a Reference.

Rules take what is unambiguous first: identifiers (URL, DOI, ISBN), "accessed" and
"last modified" dates, the quoted or italic title, "(Place: Publisher, Year)" and
"Journal 84, no. 2 (2020): 154-57" patterns. What is left around the title is read as
authors (before it) and container, publisher, date, volume, pages (after it).
References with no quoted or italic title are segmented by the rules when their shape
is plain (a newspaper and a date; "Title (Organisation, Year)"; APA "Author (Year).
Title.") and by the sequence tagger (bibkit.crf) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from . import dates, names, places
from .model import Name, PartialDate, Reference, build
from .normalize import fold, mentions

# ---------------------------------------------------------------- identifiers

# A link ends at a space, a quote or the full-width punctuation of Chinese and Japanese text ("…22019957，2023年")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”，。；、（）《》「」『』【】]+", re.IGNORECASE)
_DOI = re.compile(
    r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi:?\s*|\bDOI:?\s*)?\b(10\.\d{4,9}/[^\s\"<>“”]+(?:<[^\s<>]*>[^\s\"<>“”]*)*)",
    re.IGNORECASE,  # a SICI DOI holds angle brackets: "10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2"
)
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*([\d][\d\s-]{8,16}[\dXx])\b")
# "arXiv:2104.10350", "arXiv preprint arXiv:1910.09700v2", "arXiv:hep-th/9901001"
_ARXIV = re.compile(
    r"\b(?:arXiv\s+preprint\s+)?arXiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)
# "Rep. LBNL-2001637", "Tech. Rep.", "Technical Report TR-2009-01" (IEEE reports)
_REPORT_NUMBER = re.compile(
    r"^(?P<g>(?:tech(?:nical)?\.?\s*)?rep\.|tech(?:nical)?\.?\s+rep(?:ort)?\.?|arbeitspapier|diskussionspapier|publication)"
    r"\s*(?:no\.?\s*)?(?P<n>[A-Z0-9][\w./-]*\d[\w./-]*)?$",
    re.IGNORECASE,
)
_TRAILING = ".,;:)]}>”’\"'"


def clean_url(url: str) -> str:
    """A URL without the punctuation a sentence put after it (keeps a ')' it opened itself)."""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    if url.lower().startswith("www."):
        url = "http://" + url
    return url


def clean_doi(doi: str) -> str:
    return clean_url(doi).rstrip(".")


# ---------------------------------------------------------------- lead-ins, labels, access dates

_LEAD_IN = re.compile(
    r"^(?:(?:for|on)\s+(?:the\s+)?(?:background|more|details|further|a discussion|an overview|this|example)"
    r"[^,:]{0,60}[,:]?\s+)?"
    r"(?:see\s+also|see\s+generally|but\s+see|see,?\s+e\.?g\.?,?|see,?\s+for example,?|see|cf\.|(?-i:cf)(?=\s)"
    r"|compare|accord|e\.g\.,?"
    r"|also|as\s+(?:cited|quoted)\s+in"
    r"|vgl\.(?:\s+auch|\s+etwa|\s+z\.\s?B\.|\s+hierzu|\s+dazu)?|siehe(?:\s+auch)?|s\.\s+auch|zit(?:\.|iert)\s+nach"
    r"|grundlegend(?:\s+dazu)?|ausführlich(?:\s+dazu)?|näher(?:\s+dazu)?"  # German: "the basic work is ..."
    r"|voir(?:\s+aussi|\s+notamment)?|cité\s+(?:dans|par)|v[ée]a(?:se|nse)(?:\s+también)?(?:,?\s+por\s+ejemplo,?)?|cfr\."
    r"|si\s+vedano?|vedi|ver(?:\s+também)?"
    r"|zie(?:\s+ook|\s+bijv\.|\s+bijvoorbeeld|\s+onder\s+meer)?(?:\s+(?:bijv\.|bijvoorbeeld))?"  # Dutch
    r"|(?:подробнее\s+)?см\.(?:\s+также)?|ср\.|цит\.\s+по"  # Russian: "См.:", "Ср.", "Цит. по"
    r"|viz(?:\s+též|\s+také)?|srov\.|cit\.\s+podle|pozri(?:\s+aj)?|porov\.|citováno\s+z"  # Czech, Slovak
    r"|se(?:\s+även|\s+också|\s+også|\s+særlig|\s+især|\s+särskilt|\s+framför\s+allt|\s+fremfor\s+alt)?"
    r"(?:\s+(?:t\.\s?ex\.|f\.\s?eks\.|till\s+exempel|for\s+eksempel))?"
    r"|jfr\.?|jf\.|citerad\s+i|citeret\s+i|sitert\s+i"  # Scandinavian
    r"|ks\.|katso|vrt\.|bkz\.|bakınız|див\.(?:\s+також)?|дивіться"  # Finnish, Turkish, Ukrainian
    r"|lihat(?:\s+juga)?|(?:sebagaimana\s+)?dikutip\s+dalam"  # Indonesian and Malay
    r"|a\s+se\s+vedea(?:\s+și)?|citat\s+(?:în|de)|lásd(?:\s+még|\s+például)?|vö\.|idézi"  # Romanian, Hungarian
    r"|xem(?:\s+thêm)?|dẫn\s+theo"  # Vietnamese
    r"|βλ\.(?:\s+επίσης)?|πρβλ\."  # Greek
    r"|(?:zob|por)\.(?:\s+(?:też|także|np\.))?(?:\s+[a-ząćęłńóśźż][^,:;„”\"]{0,80}?\s+w:)?|so\s+(?:schon|auch)"
    r"|(?:cited|quoted|reprinted|reported|discussed|summarised|summarized)\s+in|according\s+to|in|from)[:,]?\s+",
    re.IGNORECASE,
)
# The letters a lead-in can open with, lower-cased (with what the case-blind pattern also takes for "s" and "i":
# "ſ", "ı"), and the words a lead clause must reach: the patterns run only on notes that could match them
_LEAD_IN_FIRST = frozenset("abcdefgijklnopqrsvxzпсцдſıβπ")
_LEAD_CLAUSE_CUES = ("see", "cf.", "compare", "ſee")
# "For a contrasting view, see ..." and "I doubt this reading. See ...": a clause or a sentence of
# the author's own before the pointer to a source (no quotes, italics or digits in it).
_LEAD_CLAUSE = re.compile(
    r"^(?:(?:for|on|regarding|about|concerning|as\s+for)\s+[^,:;“”\"«»*\d]{1,80}?,\s+"
    r"|(?P<sentence>[^“”\"«»*\d]{12,300}?[.!?])\s+)"
    r"(?P<verb>see(?:\s+also)?|cf\.|compare)[,:]?\s+",
    re.IGNORECASE,
)
# A note number before the text, but not the volume of a US code or reporter ("18 U.S.C. § 2703")
_NUMBER_LABEL = re.compile(  # not a year before a word in lower case: Hungarian "2010. évi XLV. törvény"
    r"^\s*(?!(?:1[5-9]|20)\d\d\.\s+[^\W\d_A-ZÀ-ÞŐŰ])(?:(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s+|\d{1,4}\s+"
    r"(?!(?:U\.\s?S\.|C\.\s?F\.\s?R\.|Stat\.|S\.\s?Ct\.|Fed\.\s?Reg\.|F\.\s?(?:\dd|Supp)|L\.\s?Ed\.)))(?=[\w“\"‘'„«*(])"
)
_ACCESSED = re.compile(
    r"[\[(]?\s*(?:last\s+|zuletzt\s+)?(?:accessed|retrieved|viewed|consulted|downloaded|zugegriffen|abgerufen|dostęp"
    r"|(?<=\[)cited|(?<=\[)cit\.|zugriff|hämtad|hentet|staženo"
    r"|consulté|consultado|consultato|accès|geraadpleegd|acesso\s+em|acessado\s+em|дата\s+обращения"
    r"|дата\s+звернення|erişim\s+tarihi|luettu|haettu|viitattu|hentet|besøgt"  # Ukrainian, Turkish, Finnish, Danish
    # Bluebook "(last visited Jan. 6, 2025)", Spanish APA, Indonesian, German "(Stand: 12.03.2024)"
    r"|(?<=last\s)visited|recuperado|diakses|(?<=\()stand"
    r"|accesat|let[öo]lt[ée]s\s+ideje|megtekint[ée]s\s+ideje)"  # Romanian, Hungarian
    r"(?:\s+(?:on|at|am|le|el|il|dnia|op|pada|tanggal|la|în))?\s*:?\s*",
    re.IGNORECASE,
)
_MODIFIED = re.compile(
    r"[\[(]?\s*(?:last\s+(?:modified|updated|revised|edited)|updated|modified|published\s+online|posted)"
    r"(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
# words without which _ACCESSED, _MODIFIED, _NOISE cannot match (see mentions)
_ACCESSED_CUES = (
    "accessed", "retrieved", "viewed", "consult", "downloaded", "zugegriffen", "abgerufen", "dostęp", "accès",
    "[cited", "[cit.", "zugriff", "hämtad", "hentet", "staženo", "geraadpleegd", "acesso", "acessado", "обращения",
    "звернення", "erişim", "luettu", "haettu", "viitattu", "besøgt", "last visited", "recuperado", "diakses", "(stand",
    "accesat", "letöltés", "letoltes", "megtekintés",
)  # fmt: skip
_MODIFIED_CUES = ("modified", "updated", "revised", "edited", "published", "posted")
_NOISE_CUES = ("available", "retrieved", "accessed", "online", "url", "[", "licen", "archived", "dispon", "dostupn",
               "dostępn", "tillgänglig")
_NOISE = re.compile(  # a licence notice (IEA, OECD: "Licence: CC BY 4.0"); Wikipedia's archive note
    r"\barchived\s+from\s+the\s+original(?:\s+on\s+[^.;()]{0,30}?\b(?:1[5-9]|20)\d\d)?\.?|"
    r"[,.]?\s*\blicen[cs]e\s*:\s*(?:CC[\s-]BY(?:[\s-](?:NC|SA|ND))*(?:\s*\d\.\d)?(?:\s+IGO)?|CC0(?:\s*\d\.\d)?)"
    r"|\b(?:available\s+(?:at|from|online)|retrieved\s+from|accessed\s+(?:at|via)|online\s+at|url)\s*:?\s*(?=$|[,.;])"
    r"|\[(?:online|electronic|internet)[^\]]*\](?:\.(?=\s*(?:available|retrieved|url)\b))?|\b(?:available\s+(?:at|from|online)|retrieved\s+from|url)\s*:?"
    r"|\bavailable\s*(?::|$)"
    r"|\b(?:disponível|disponivel|disponible)\s+(?:em|en|sur|à)\s*:?"  # ABNT, ISO 690 in French and Spanish
    r"|\bdostupné\s+(?:z|na|online)\s*:?|\bdostępn[ey]\s+(?:w|na)(?:\s+internecie)?\s*:?"  # Czech, Slovak, Polish
    r"|\btillgänglig(?:\s+på)?\s*:",  # Swedish
    re.IGNORECASE,
)


# ---------------------------------------------------------------- quoted titles

_OPENERS = {
    "“": "”",
    "„": "”“",
    "«": "»",
    "‹": "›",
    '"': '"',
    "‘": "’",
    "'": "'",
    "「": "」",
    "『": "』",
    "”": "”",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # past the closing mark
    text: str
    kind: str  # "quoted" or "italic"


_OPENER = re.compile("[" + re.escape("".join(_OPENERS)) + "]")
_QUOTE_MARKS = {opener: re.compile("[" + re.escape(opener + closers) + "]") for opener, closers in _OPENERS.items()}
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*]{2,}?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_]{2,}?)(?<!\s)_(?![\w_])")


@lru_cache(maxsize=1024)
def find_title_span(text: str) -> Span | None:
    """The first quoted (or, failing that, italic) span long enough to be a title.

    Cached: one note's text is asked about several times (discursive? short form? its title).
    """
    for opener in _OPENER.finditer(text):
        i, ch = opener.start(), opener.group()
        if ch in "'‘’”" and not _opens_single(text, i):
            continue
        if ch in '"”' and i > 0 and (text[i - 1].isalnum()):
            continue
        end = _closing(text, i)
        if end is None or not _title_boundaries(text, i, end):
            continue
        inner = text[i + 1 : end]
        if len(inner.strip(" ,.")) >= 3 and not inner.strip().startswith("http"):
            italic = _ITALIC.search(text, 0, i) if ch == "«" and text[:i].rstrip().endswith(" in") else None
            if italic:  # Italian: 'G. Tabellini, *Title*, in «Journal», 8 (2010)': the guillemets mark the journal
                return Span(italic.start(), italic.end(), _clean_title(italic.group(1) or italic.group(2)), "italic")
            around = _ITALIC.match(text, i - 1) if i and text[i - 1] in "*_" else None
            if around and around.end() > end + 2:  # '*“One Hell of a Gamble”: Khrushchev, ...*': a book's title
                return Span(around.start(), around.end(), _clean_title(around.group(1) or around.group(2)), "italic")
            return Span(i, end + 1, _clean_title(inner), "quoted")
    m = _ITALIC.search(text)
    if m:
        return Span(m.start(), m.end(), _clean_title(m.group(1) or m.group(2)), "italic")
    return None


_YEAR_IN_PARENS_AHEAD = re.compile(r"\([^()]{0,40}?\b(?:1[5-9]|20)\d\d\)")
_OUTLET_AND_DATE_AHEAD = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,5}\s+\([^()]{0,40}?\b(?:1[5-9]|20)\d\d\)")
_YEAR_IN_PARENS_BEFORE = re.compile(r"\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\)$")
_SITE_AHEAD = re.compile(r"\([^()]{2,60}\)\s*(?:$|[<,.;]|https?:)")
_GENRE_IN_PARENS_AHEAD = re.compile(
    r"\((?:speech|remarks|address|lecture|keynote|testimony|statement|paper\s+presented|presentation|ph\.?d\.?\s+diss"
    r"|dissertation|thesis)\b",
    re.IGNORECASE,
)
_TRANSLATION_AHEAD = re.compile(r"\[[^\[\]]{3,200}\]\s*[,.;:(]")  # a title's translation in brackets, then on
_MEDIUM_AFTER_TITLE = re.compile(r"\([a-z][\w -]{1,25}\)\s*[,.;:]")  # "(indicator)," "(video)." "(blog post),"


def _title_boundaries(text: str, start: int, end: int) -> bool:
    """A title stands between punctuation (or the ends of the note), not inside running words:
    'Keir Giles, Russia's 'New' Tools ...' quotes one word of an unquoted title."""
    before = text[:start].rstrip()
    after = text[end + 1 :].lstrip()
    opens = (
        not before
        or before[-1] in ",.;:([–—"
        or before.endswith((" in", " In"))
        or _YEAR_IN_PARENS_BEFORE.search(before) is not None  # Harvard: "Rosenow, J. (2022) 'Title', *Joule*"
    )
    closes = (
        not after
        or after[0] in ",.;:)]–—*_<"  # a comma after the quote, or an italic container next
        or _MEDIUM_AFTER_TITLE.match(after) is not None  # “GDP per hour worked” (indicator), OECD Data
        or _YEAR_IN_PARENS_AHEAD.match(after) is not None  # OSCOLA: 'Press Summary: ...' (24 January 2017)
        or _OUTLET_AND_DATE_AHEAD.match(after) is not None  # OSCOLA: 'Title' The Guardian (London, 22 July 2020)
        or _SITE_AHEAD.match(after) is not None  # OSCOLA: 'Title' (GOV.UK) <https://...>
        or _GENRE_IN_PARENS_AHEAD.match(after) is not None  # Chicago: "Title" (speech, symposium ..., 2018)
        or _TRANSLATION_AHEAD.match(after) is not None  # Chicago 14.88: “Eshi suru chihō toshi” [Regional cities ...],
        or text[end - 1] in ",.;:?!"  # American style: “Title,” Journal
        or start == 0
        or before[-1:] in ".:"
    )
    return opens and closes


def _opens_single(text: str, i: int) -> bool:
    """A single quote opens a title only at a word start and with a closing one after a word end."""
    return i == 0 or text[i - 1] in " ([–—:,"


def _closing(text: str, i: int) -> int | None:
    opener = text[i]
    closers = _OPENERS[opener]
    marks = _QUOTE_MARKS[opener]  # only these characters matter: jump from one to the next
    depth = 1
    found = marks.search(text, i + 1)
    while found:
        j = found.start()
        found = marks.search(text, j + 1)
        ch = text[j]
        if ch == opener and opener not in "\"'”" and (j + 1 < len(text) and not text[j + 1].isspace()):
            depth += 1
        elif ch in closers:
            if opener in "'‘’" or closers == "’":
                if j + 1 < len(text) and text[j + 1].isalpha():  # an apostrophe: Japan’s
                    continue
            if opener in '"”' and j + 1 < len(text) and text[j + 1].isalnum():
                continue
            depth -= 1
            if depth == 0:
                return j
    return None


_STOP_BEFORE_CLOSE = re.compile(r"[,;:.]\s*([’”\"'»])$")
_INITIALS_AT_END = re.compile(r"(?:\b\w\.)+$")


# A translation after a title or a journal's name in another language (Chicago 14.88): "[Energy white
# paper 2023]", not "[sic]"; the tagger may have cut the closing bracket off a container
_TRANSLATION = re.compile(r"(?<=[\w.’'”\"])\s+\[(?!sic\b|No\.?\s?\d+\])[^\[\]]*\s[^\[\]]*\]?$")


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if "*" in title:
        title = _ITALIC_MARK.sub("", title)  # '“... in *Nature* and *Science*”': emphasis inside a title
    if title[-1:] in "’”\"'»":
        title = _STOP_BEFORE_CLOSE.sub(r"\1", title)  # territory,’ -> territory’
    title = title.strip().rstrip(",;:").strip()
    if title.endswith(".") and not _INITIALS_AT_END.search(title):
        title = title[:-1]  # MLA puts the full stop inside the quotes
    return title


# ---------------------------------------------------------------- splitting

_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st no nos vol vols ed eds pp p jr sr inc co ltd corp dept gov univ rev trans comp"
    " repr ser n.d op cit ibid al e.g i.e etc vs jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def split_top_level(text: str, seps: str = ",") -> list[str]:
    """Split at separators outside brackets and dates ("March 3, 2021" stays whole)."""
    if not any(sep in text for sep in seps):
        return [text.strip()] if text.strip() else []
    parts: list[str] = []
    depth = 0
    start = 0
    protected = [(d.start, d.end) for d in dates.find_dates(text)]
    for m in _separators_and_brackets(seps).finditer(text):  # visit only the characters that matter
        i, ch = m.start(), m.group()
        if protected and any(a <= i < b for a, b in protected):
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


@cache
def _separators_and_brackets(seps: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(seps + "([{)]}") + "]")


_SENTENCE_BREAK = re.compile(r"\.\s+(?=[A-Z0-9“\"‘'„«(*])")
_INITIALISM = re.compile(r"(?:[a-z]\.)*[a-z]")


def split_sentences(text: str) -> list[str]:
    """Split at '. ' where the word before is not an abbreviation or an initial."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        before = text[start : m.start()].split()
        word = before[-1].lower().strip("(") if before else ""
        if word in _ABBREVIATIONS or _INITIALISM.fullmatch(word):
            continue
        if _bracket_depth(text[: m.start()]) > 0:
            continue
        out.append(text[start : m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _bracket_depth(text: str) -> int:
    return text.count("(") - text.count(")")


# ---------------------------------------------------------------- lexicons for the entry type

NEWSPAPER_WORDS = frozenset(
    """times post news shimbun herald tribune gazette daily telegraph guardian observer journal chronicle
    independent reuters bloomberg xinhua tass interfax ria afp associated press nikkei yomiuri
    sankei izvestia kommersant vedomosti pravda monde figaro zeitung spiegel país mundo
    corriere repubblica standard star sun mirror mail express globe dispatch courier bulletin wire newswire
    today cnn bbc nhk abc nbc cbs fox sputnik aljazeera jazeera""".split()
)
MAGAZINE_WORDS = frozenset("magazine economist newsweek time atlantic yorker weekly".split())
JOURNAL_WORDS = frozenset(
    "journal review quarterly studies annals bulletin proceedings transactions letters affairs survey"
    " international research science".split()
)
REPORT_WORDS = frozenset(
    """report strategy review paper brief white outlook analysis assessment plan guidelines survey
    yearbook factsheet fact sheet bluebook blue book white-paper program programme policy""".split()
)
SPEECH_WORDS = re.compile(
    r"\b(?:press\s+conference|press\s+briefing|briefing|remarks|address|statement|testimony|"
    # speech the event, not the subject: "Speech Recognition", "Hate Speech", "Freedom of Speech"
    r"(?<!free\s)(?<!hate\s)(?<!of\s)speech(?!\s+(?:recognition|synthesis|processing|enhancement|corpus|corpora|data"
    r"|acts?|emotion|signals?|models?|translation|technology|perception|production|therapy|pathology|language))|"
    r"interview|lecture|keynote|conference\s+call"
    # a press conference in other languages (Swedish, Norwegian, Danish, German, French, Spanish, Italian, Polish)
    r"|pressträff|presskonferens|pressekonferanse|pressekonference|pressemøde|pressekonferenz|conférence\s+de\s+presse"
    r"|conferencia\s+de\s+prensa|rueda\s+de\s+prensa|conferenza\s+stampa|konferencj[aię]\s+prasow[aąe]"
    r"|pidato|konferensi\s+pers"  # Indonesian: a speech, a press conference
    r"|discours|allocution|discurso|discorso|ansprache|regierungserklärung)\b",  # a speech in French, Spanish ...
    re.IGNORECASE,
)
_SPEECH_CUES = ("conference", "briefing", "remarks", "speech", "address", "statement", "testimony", "interview",
                "lecture", "keynote", "pressträff", "presskonf", "pressekonf", "pressemøde", "onférence", "prensa",
                "stampa", "konferencj", "pidato", "konferensi", "discours", "allocution", "discurso", "discorso",
                "ansprache", "regierungserklärung")


def _has_speech_word(text: str) -> bool:
    """'Press Conference by ...', 'Remarks at ...': the pattern runs only when one of its words occurs at all."""
    return mentions(text, _SPEECH_CUES) and SPEECH_WORDS.search(text) is not None


_LEGAL_WORD_LIST = ("treaty", "act", "law", "constitution", "convention", "agreement", "declaration", "protocol",
                    "resolution", "directive", "regulation", "code", "ordinance", "decree", "charter", "accord")
LEGAL_WORDS = re.compile(r"\b(?:" + "|".join(_LEGAL_WORD_LIST) + r")\b", re.IGNORECASE)
# "PhD diss.", "master's thesis" and the words other languages print: Finnish "väitöskirja", Dutch "proefschrift",
# Swedish "doktorsavhandling", Polish "rozprawa doktorska", Turkish "doktora tezi", Ukrainian "дисертація", ...
_THESIS_WORDS = (
    r"dissertation|väitöskirja|doktorarbeit|proefschrift|(?:doktors|licentiat)?avhandling|rozprawa\s+doktorska"
    r"|tese\s+de\s+doutorado|tesis\s+doctoral|thèse\s+de\s+doctorat|tesi\s+di\s+dottorato|(?:doktora|yüksek\s+lisans)\s+tezi"
    r"|дисертаці\w*|диссертаци\w*|pro\s+gradu(?:\s+-tutkielma)?"
)
GENRE_START = re.compile(
    r"^(?:press\s+(?:conference|release|briefing|statement)|policy\s+(?:brief|paper|memo)|working\s+paper|"
    r"discussion\s+paper|occasional\s+paper|issue\s+brief|research\s+paper|white\s+paper|fact\s*sheet|"
    r"commentary|op-ed|editorial(?!\s+(?-i:[A-Z]))|blog(?:\s+post)?|podcast|video|interview|speech|statement|remarks|"
    r"(?:(?:majority|minority|bipartisan)\s+)?staff\s+report|report|analysis|(?:ph\.?d\.?|doctoral|master'?s)\s+(?:diss\w*|thesis)|thesis|"
    + _THESIS_WORDS + "|"
    r"conference\s+paper|paper\s+presented|lecture|testimony|briefing|transcript|dataset|map"
    r"|comunicat(?:\s+de\s+pres[ăa])?|sajtóközlemény|közlemény)\b",  # Romanian and Hungarian press releases
    re.IGNORECASE,
)
VIDEO_HOSTS = re.compile(r"(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)", re.IGNORECASE)

# Vocabularies several readers share:
# the words that mark editors, in brackets or after a comma (matched case-blind): "(eds.)", "(Hrsg.)", "(red.)",
# "(dir.)", "(coord.)", "(org.)", "(toim.)", "(a cura di)"
_EDITOR_ROLE = r"(?:eds?|hrsg|hg|red|dirs?|coords?|comps?|orgs?|toim|a cura di)"
# "In" before a chapter's book in English, Spanish, Portuguese, French, Indonesian and Romanian
_IN_WORD_LIST = ("in", "en", "em", "dans", "dalam", "în")
_IN_WORDS = "(?:" + "|".join(w.capitalize() for w in _IN_WORD_LIST) + ")"
_IN_WORDS_ANY_CASE = "(?:IN|" + "|".join(f"{w}|{w.capitalize()}" for w in _IN_WORD_LIST) + ")"
# "n.d." (no date) where the year would stand, and its German, French, Spanish forms: "o. J.", "s.d.", "s.f."
_NO_DATE_WORDS = r"(?:n\.\s?d|s\.\s?[df]|o\.\s?J)"
# an online journal's article number in the pages' place: "eaat2340", "e20230045", "e0124074"
_ARTICLE_NUMBER_RE = r"e[a-z]{0,4}\d{3,}"

# "no.", "Nr.", "issue", "n°", Spanish and Portuguese "n.º", "nº", "núm.", "n.o"
_ISSUE_WORD = r"(?:(?:nos?|nr|iss(?:ue)?|number|n\.?\s?[º°o]|núm|num)(?![a-z]))"  # not "No" of "November"
_PLACE_PUBLISHER = re.compile(  # "İstanbul: Doğan Kitap", "Łódź: Wydawnictwo", "Київ: Грані-Т"
    r"^(?P<place>[" + names.UPPER + r"А-ЯІЇЄҐ][^:;()]{1,60}?)\s*:\s*(?P<publisher>[^:;()]{2,}?)$"
)
_PAGES = re.compile(
    r"^(?:pp?\.|pages?|s\.|S\.(?=\s*\d)|hlm\.|hal\.|at|§§?)\s*(?P<p>[\divxlcIVXLC]+[a-z]?(?:\s*[-–—]+\s*[\divxlc]+)?(?:\s*,\s*\d+(?:\s*[-–—]+\s*\d+)?)*)"
    r"(?:\s*n\.\s*\d+)?$"
)
_BARE_PAGES = re.compile(r"^(?P<p>\d+[a-z]?(?:\s*[-–—]+\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]+\s*\d+)?)*)(?:\s*n\.?\s*\d+)?$")
_VOLUME = re.compile(
    r"^(?:vol(?:ume)?\.?|bd\.|t\.|tome)\s*(?P<v>[\w.]+)(?:\s*[,.]?\s*" + _ISSUE_WORD + r"\.?\s*(?P<i>[\w/.-]+))?$",
    re.IGNORECASE,
)
_ISSUE = re.compile(r"^" + _ISSUE_WORD + r"(?:\.?\s+|\.|(?=\d))(?P<i>[\w/.-]+)$", re.IGNORECASE)  # not "NRC"
# A pinpoint inside the work a note cites: "bk. 1", "chap. 3", "pt. II", "sec. 4", "para. 12", "fol. 23r"
_PAGE_COUNT = re.compile(r"\d+\s*(?:p|pp|pages|S|s|str|с|стор)\.?")
_PINPOINT = re.compile(  # and a document in a published collection: "doc. 102" (FRUS)
    r"(?:bk|book|chap|ch|pt|part|sec|para|fol|fols|l|ll|line|lines|doc|docs)\.?\s+[\dIVXLCivxlc]+[a-z]?$"
)
_CITY_YEAR = re.compile(r"(?P<city>[^\W\d_][\w .’'-]*?)\s+(?P<y>(?:1[5-9]|20)\d\d)$")
_STANDARD_NUMBER = re.compile(
    r"(?:RFC|BCP|STD|FIPS(?:\s+PUB)?|ISO(?:/IEC)?|IEC|IEEE\s+Std|NIST\s+(?:SP|AI|IR|TN|Special\s+Publication)|SP|EN|DIN"
    r"|ANSI)\s+[\d.-]+[a-z]?"
    r"(?::\d{4})?$"
)
# "GAO-18-477", "GAO-25-107386"; an ISRN (ISO 10444) report code, "FOI-R--4651--SE": body, sequence, country
_AGENCY_REPORT_NUMBER = re.compile(
    r"[A-Z]{2,6}-\d{2,4}-\d{1,6}[A-Z]{0,2}|[A-Z]{2,6}(?:-[A-Z]{1,4})?--\d{2,6}--[A-Z]{2}"
)
# A document symbol with its year in brackets: the Venice Commission's "CDL-AD(2016)001", the Council of Europe's
# "CM(2021)12"
_PAREN_YEAR_DIGIT = re.compile(r"\((?:1[89]|20)\d\d\)\d")  # the cheap test first: it opens with a literal
_YEAR_BRACKETED_SYMBOL = re.compile(r"\b[A-Z]{2,6}(?:-[A-Z]{1,4})?\((?:1[89]|20)\d\d\)\d{1,4}\b")
# An official series' number before the title: Swedish "SOU 2016:57", "Ds 2022:7", "Prop. 2020/21:30",
# Norwegian "NOU 2023:14": the series, the year (or session) and the number, no author
_SERIES_YEAR_NUMBER = re.compile(
    r"[A-ZÅÄÖ][A-Za-zåäöø]{0,5}\.?\s+(?:1[89]|20)\d\d(?:/\d\d(?:\d\d)?)?:\s?\d{1,4}"  # "SOU 2016:57", "NOU 2015: 9"
    # a white paper or bill and its parliamentary session: "Meld. St. 14 (2020–2021)", "St.meld. nr. 29 (2000–2001)"
    r"|[A-ZÆØÅ][a-zæøå]{0,5}\.\s*(?:[A-Za-zæøå]{1,6}\.\s*)?(?:nr\.\s*)?\d{1,4}(?:\s+[A-Z])?\s+\((?:1[89]|20)\d\d[–-]\d{2,4}\)"
)
_LEADING_OFFICIAL_NUMBER = re.compile(r"(?P<n>" + _SERIES_YEAR_NUMBER.pattern + r")\s+(?=[A-ZÆØÅÄÖ])")
_LEGISLATIVE_SESSION = re.compile(
    r"\d+(?:st|nd|rd|th)\s+(?:Diet|Congress|Parliament|Legislature|Bundestag|Sejm|Knesset|Duma|Storting|Riksdag)"
)
_BOOK_VOLUME = re.compile(r"(?:vol(?:ume)?|bd|band|tome)\.?\s*(?P<v>\d+|[IVXLC]+)", re.IGNORECASE)
_PAPER_NUMBER = re.compile(r"(?!(?:Pt|Ch|No|Nr|Art|Sec|Para|Fig|Tab)\b)[A-Z][A-Za-z]{0,3}\s+\d+")
_VOLUME_COUNT = re.compile(r"\d+\s+vols?\.?$")
_VOLUME_ISSUE = re.compile(r"(?:vol\.\s*)?(?P<v>\d+[a-z]?)\s*\((?P<i>[\w/–-]+)\)")
_EDITION = re.compile(
    r"^(?P<e>\d+(?:st|nd|rd|th)|[a-z]+|rev(?:ised)?\.?|revised and expanded|second|third)\s+ed(?:ition|n)?\.?$"
    r"|^(?P<e2>\d+)(?:\.|e|er|re|ème)?\s*(?:aufl(?:age)?|éd(?:ition)?|ed)\.?$",  # "9. Aufl.", "2e éd."
    re.IGNORECASE,
)
# "ed. by", "edited by", Italian "a cura di", Spanish "ed. de"/"edición de", French "éd. par", German "hg. von"
_EDITORS = re.compile(
    r"^(?:ed(?:ited)?\.?\s*(?:by|de)?|eds\.|a\s+cura\s+di|edición\s+de|éd\.\s*par|h(?:rs)?g\.\s*von"
    r"|(?:pod\s+)?red\.|oprac\.)\s+(?P<n>.+)$",  # Polish "red.", "pod red.", "oprac."
    re.IGNORECASE,
)
# "trans. by", Spanish/Italian/French "trad. de", "trad. it. di", "traducción de", "traduit par", German "übers. von",
# Turkish "çev.", Finnish "suom.", Scandinavian "övers."/"overs.", Dutch "vert.", Czech "přel.", Ukrainian "пер."
_TRANSLATOR = re.compile(
    r"^(?:trans(?:lated)?\.?\s*(?:by)?|trad(?:\.|ucción|uzione|uit)?\s*(?:it\.\s*)?(?:de|di|par)?"
    r"|übers(?:\.|etzt)\s*(?:von)?|przeł\.|tłum\.|çev\.|çeviren|suom\.|suomentanut|ö?vers\.|vert\.|vertaald\s+door"
    r"|přel\.|пер\.|переклад)\s+(?P<n>.+)$",
    re.IGNORECASE,
)
_JOURNAL_ISSUE = re.compile(
    r"^(?P<container>[^()]*?[^\d\s,.()])\.?,?\s+(?:(?i:vol(?:ume)?|årg(?:ang)?)\.?\s*)?(?P<volume>\d+[a-z]?|[IVXLC]+)"
    r"(?:\s*[,.]?\s*(?i:" + _ISSUE_WORD + r")\.?\s*(?P<issue>[\w/-]+)"
    r"|\s*\((?!(?:1[5-9]|20)\d\d\))(?P<issue2>[\w/–-]+)\)(?=\s*[:,(]|\s*$))?"
    r"\s*(?:\((?P<date>[^()]*\d{4}[^()]*)\))?"
    r"\s*(?:(?::\s*(?:pp?\.\s*)?|,\s*(?:pp?|hlm)\.\s*|,\s*(?=" + _ARTICLE_NUMBER_RE + r"))"
    r"(?P<pages>[\divxlc]+(?:\s*[-–—]+\s*\d+)?|" + _ARTICLE_NUMBER_RE + r"))?(?=\s*(?:[,;.]|$))"
)
_APA_HEAD = re.compile(
    r"^(?P<authors>.+?)\s*\((?P<date>(?:1[5-9]|20)\d\d[a-z]?(?:,\s*[^)]*)?|" + _NO_DATE_WORDS + r"\.)\)"
    r"\.?\s+(?P<rest>.+)$"
)


# ---------------------------------------------------------------- the parse


@dataclass
class Draft:
    """Fields gathered while parsing one reference; frozen into a Reference at the end."""

    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    title: str = ""
    title_kind: str = ""  # "quoted", "italic", "plain"
    container: str = ""
    container_italic: bool = False
    collection: str = ""  # series: "(SWP-Studie 2021/S 19)"
    publisher: str = ""
    place: str = ""
    issued: PartialDate | None = None
    modified: PartialDate | None = None
    accessed: PartialDate | None = None
    volume: str = ""
    issue: str = ""
    pages: str = ""
    edition: str = ""
    number: str = ""
    genre: str = ""
    urls: list[str] = field(default_factory=list)
    doi: str = ""
    isbn: str = ""
    chapter: bool = False
    notes: list[str] = field(default_factory=list)
    translation: str = ""  # "[Secret record of ...]" after a title in another language (Chicago 14.88)
    confidence: float = 1.0
    texts: list[str] = field(default_factory=list)  # unassigned text chunks
    text: str = ""  # the reference without note label and lead-in, as the tagger reads it
    shape: str = ""  # a shape the rules own ("source-and-date", "plain-clear"), see rules_own
    type: str = ""  # set when the shape alone tells the type (a court decision, a statute)


def strip_label(text: str) -> str:
    """Drop a leading note number ('12. ', '[3] ') the line may still carry."""
    first = text.lstrip()[:1]
    if not (first.isdigit() or first == "[" or first == "("):
        return text  # every label opens with a digit or a bracket: most notes need no pattern
    return _NUMBER_LABEL.sub("", text, count=1)


# A signal set in italics (Bluebook): "*See* Smith v. Maryland", "*Id.* at 351", "_See also_ ..."
_SIGNALS = r"(?:see(?:\s+also|\s+generally)?|but\s+see|cf\.|compare|accord)"  # Bluebook's introductory signals
_ITALIC_SIGNAL = re.compile(
    rf"^([*_]{{1,2}})((?:{_SIGNALS}(?:,\s*e\.g\.)?|e\.g\.,?|id\.|ib[ií]d(?:em)?\.?|ivi|tamże\.?|ebd\.)[,:]?)\1(?=\s|,|\.|$)",
    re.IGNORECASE,
)
# The signal and the case name set in one run of italics (a Word reader joins italics across a plain space):
# "*See Massachusetts v. EPA*" -> "See *Massachusetts v. EPA*"
_SIGNAL_IN_CASE_ITALICS = re.compile(rf"^([*_]{{1,2}})({_SIGNALS},?)\s+(?=[^*_]+\sv\.\s[^*_]+\1)", re.IGNORECASE)


def unwrap_signal(text: str) -> str:
    """'*See* X' -> 'See X': the signal's emphasis is typography, not part of a title."""
    if text[:1] not in "*_":
        return text
    moved, found = _SIGNAL_IN_CASE_ITALICS.subn(r"\2 \1", text, count=1)
    return moved if found else _ITALIC_SIGNAL.sub(r"\2", text, count=1)


def strip_lead_in(text: str) -> str:
    """'See also ...', 'For the background, see ...', 'Cited in ...', '参见 ...' -> the reference itself."""
    text = unwrap_signal(text)
    if not text.isascii():
        text = _CJK_LEAD_IN.sub("", text, count=1)
        # a Hangul syllable first (names.HANGUL_SYLLABLES): "보다 자세한 논의는 Chang Kyung-Sup, ... 참조." (see)
        if "\uac00" <= text[:1] <= "\ud7af":
            text = _KOREAN_SEE_AFTER.sub("", _KOREAN_LEAD_IN.sub("", text, count=1))
    previous = None
    while previous != text:
        previous = text
        m = _LEAD_IN.match(text) if text[:1].lower()[:1] in _LEAD_IN_FIRST else None
        if m and _looks_like_reference_start(text[m.end() :]):
            text = text[m.end() :]
            continue
        m = _LEAD_CLAUSE.match(text) if mentions(text, _LEAD_CLAUSE_CUES) else None
        new_sentence = m and (not m.group("sentence") or m.group("verb")[0].isupper())
        if new_sentence and len(m.group(0).split()) <= 40 and _looks_like_reference_start(text[m.end() :]):
            text = text[m.end() :]
    return _strip_prose_before_see(text)


_KOREAN_LEAD_IN = re.compile(
    f"^[{names.HANGUL_SYLLABLES}][{names.HANGUL_SYLLABLES} ]{{0,40}}?" + r"(?:은|는|에서는|로는)\s+(?=[A-Z\"“‘'『「《])"
)
_KOREAN_SEE_AFTER = re.compile(r"\s*(?:을|를)?\s*(?:참조|참고)(?:하라|하시오)?\.?$")
_SEE_AFTER_PROSE = re.compile(r"(?<=[.,;:!?”\"’'])\s+(?:see(?:\s+also)?|cf\.)[,:]?\s+", re.IGNORECASE)
PROSE_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word of prose: letters first, no digits


def _strip_prose_before_see(text: str) -> str:
    """'The fraud case is another problem; I leave it aside. For a view of the “crisis,” see Pashler, ...':
    an aside in prose, then the work it points to. The aside may quote and run long, which the lead-in
    patterns refuse; here what stands before "see" must read as prose (mostly lower-case words)."""
    if len(text) < 60 or not ("see" in text or "See" in text or "cf." in text):
        return text
    for m in _SEE_AFTER_PROSE.finditer(text):
        words = PROSE_WORD.findall(text[: m.start()])
        rest = text[m.end() :]
        if len(words) >= 8 and sum(w[0].islower() for w in words) > len(words) / 2:
            if _looks_like_reference_start(rest):
                return rest
    return text


def _looks_like_reference_start(rest: str) -> bool:
    return bool(rest) and (
        rest[0].isupper() or rest[0] in "“\"‘'„«*_(" or rest.startswith("http")
        or rest[0].isdigit() and _CODE_CITE_START.match(rest) is not None  # "See 50 U.S.C. § 1801(e) (2018)"
    )


_CODE_CITE_START = re.compile(r"\d+\s+(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*\.?\s+(?:§|\d)")


def parse_reference(text: str, *, tagger=None) -> Reference:
    """Parse one reference.

    ``tagger`` (str -> [(label, span text)], e.g. ``bibkit.crf.segment``) segments the
    reference unless the rules own its shape; measured on AnyStyle's held-out gold set
    the tagger segments better than the rules everywhere except plain government and
    press-conference notes, news items without a title, and works with a quoted title
    inside a footnote-style tail (see ``rules_own``). Identifiers, "accessed" and
    "last modified" dates and the entry type always come from the rules.
    """
    raw = " ".join(text.split())
    draft = _rule_draft(raw)
    if tagger is None or rules_own(draft):
        return _finish(draft, raw)
    segments = tagger(_drop_noise(_ITALIC_MARK.sub("", _EU_DOCUMENT_NUMBER.sub(" ", draft.text))))
    if not segments:
        return _finish(draft, raw)
    return _finish(_tagged_draft(segments, draft), raw)


def _rule_draft(raw: str) -> Draft:
    work = strip_lead_in(strip_label(raw))
    if "al.*" in work or "al._" in work:
        work = _ITALIC_ET_AL.sub("et al.", work)  # IEEE in LaTeX: "G. Alagic \emph{et al.}"
    legal = _legal_draft_with_links(work)
    if legal is not None:
        return legal
    dated = _PAPER_OF_THE_DAY.match(work) if " vom " in work else None
    if dated and dates.is_only_date(dated.group("date")):  # "Handelsblatt vom 16.11.2023, S. 1": no title
        return Draft(text=work, container=dated.group("paper").strip(), issued=dates.parse_date(dated.group("date")),
                     pages=_dash(dated.group("pages") or ""), type="article-newspaper", shape="source-and-date")
    sent = _SENT_FROM_TO.match(work) if work[:1] in "MLTC" else None
    if sent and sent.group("rest")[:1] in "*_“\"‘" and names.looks_like_person(sent.group("sender")):
        return _sent_document(sent, work)
    interview = _INTERVIEW_BY.match(work) if "nterview" in work else None
    if interview and interview.group("rest")[:1] in "*_“\"‘" and names.looks_like_person(interview.group("who")):
        return _interview(interview, work)
    marked = _edited_book_title_marked(work) if "(" in work or mentions(work, (", ed", ",ed")) else None
    if marked:  # "Tamnes and Offerdal, eds., Title: Subtitle, London: Routledge, 2014": read as with italics
        draft = _rule_draft(marked)
        draft.text = work
        return draft
    draft = Draft(text=work)
    if ("„" in work or "in «" in work) and _parse_quoted_container(work, draft):
        return draft
    if "]" in work and mentions(work, ("retrieved from",)) and _parse_data_series(work, draft):
        return draft
    if not work.isascii() and ("『" in work or "「" in work) and _ORIGINAL_THEN_ROMANISED.search(work):
        work = _romanised_only(work)  # Chicago 14.88: the original script beside its romanisation, read once
        draft.text = work
    if not work.isascii() and HAN.search(work):
        cjk = Draft(text=work)
        if _parse_cjk(work, cjk):
            return cjk
    if _ABNT_HEAD.match(work) or "line]" in work and _ISO_ONLINE.search(work):
        abnt = Draft(text=work)
        if _parse_abnt(work, abnt):
            return abnt
    if ("* " in work or "Preprint at " in work) and _NATURE_SIGNATURE.search(work):
        nature = Draft(text=work)
        if _parse_nature(_take_special_dates(_take_identifiers(work, nature), nature), nature):
            return nature
    if _GOST_AUTHORS.match(work) or " // " in work:
        gost = Draft(text=work)  # filled apart: a note of another shape leaves the draft as it was
        if _parse_gost(_take_special_dates(_take_identifiers(work, gost), gost), gost):
            return gost
    span = find_title_span(work)
    if span is not None and span.kind == "italic" and _plain_apa_title_before(work[: span.start]):
        span = None  # "Rasp, S. (2020). Plain title. *Journal*, 12(11)": the italics mark the journal
    elif span is not None and span.kind == "italic" and _ACT_AS_HEAD.match(work):
        span = None  # "Regulation (EU) 2024/1689 of ... (2024). *Official Journal of the European Union*, ..."
    medium = span is None and "]" in work and _plain_title_before_medium(work)
    if medium:
        span = medium
    if span is not None:  # set the title aside so clean-up below never touches its text
        work = f"{work[: span.start]} {_TITLE_MARK} {work[span.end :]}"
    work = _take_identifiers(work, draft)
    work = _take_special_dates(work, draft)
    work = _drop_noise(work)
    work = " ".join(work.split()).strip(" ,;:.")
    if span is not None:
        at = work.index(_TITLE_MARK)
        _parse_around_title(work, Span(at, at + 1, span.text, span.kind), draft)
        if medium and draft.type:
            draft.shape = draft.shape or "described"  # the medium told the type: the rules read the rest
    else:
        _parse_plain(work, draft)
    if draft.title_kind == "italic" and not draft.shape and (draft.authors or draft.editors) and (
        _apa_publisher_alone(draft)  # also an edited book: "Izquierdo, A., ... (Eds.). (2018). *Title*. Publisher."
    ):
        draft.publisher, draft.shape = draft.texts.pop(), "apa-book"  # "Author (2013). *Title*. Publisher."
    elif len(draft.texts) == 1 and not (draft.shape or draft.publisher) and _initials_of_author(draft.texts[0], draft):
        draft.publisher, draft.shape = draft.texts.pop(), "apa-book"  # "International Energy Agency. *Title*. IEA"
    if "«" in draft.text and draft.container and draft.issued and not (draft.texts or draft.shape or draft.chapter):
        draft.shape = "quoted-container"  # Italian: "*Title*, in «Financial Times», 25 marzo 2020": read to the end
    if _outlet_of_a_dated_piece(draft):  # Bluebook: "Adam Liptak, *Title*, N.Y. Times (May 18, 2023), https://..."
        draft.container, draft.shape = draft.texts.pop(), "outlet-date"
    if not draft.type and draft.genre[:7].lower() == "podcast":
        draft.type = "broadcast"  # '"Title," Planet Money (NPR), podcast episode, hosted by ..., 2025'
    if draft.type in ("broadcast", "motion_picture"):
        _show_or_studio(draft)
    if draft.number and not (draft.container or draft.volume) and _STANDARD_NUMBER.match(draft.number):
        draft.type = draft.type or "report"  # a standard or an RFC: "*A File Format ...*, RFC 9116, April 2022"
        if len(draft.texts) == 1 and not draft.publisher:
            draft.publisher = draft.texts.pop()  # IEEE: "“Title,” IETF, RFC 8446, Aug. 2018": who issued it
    if draft.genre:
        _speech_and_its_event(draft)
    elif _titled_speech_then_place(draft):  # "Barack Obama, Address to the Nation on Syria, Washington, DC, date"
        draft.place, draft.texts, draft.shape = ", ".join(draft.texts), [], "speech-event"
    return draft


def _titled_speech_then_place(draft: Draft) -> bool:
    """A speech's title ('Address ...', 'Pidato ...'), then only the city it was given in and the day."""
    return (
        not draft.shape and bool(draft.title and draft.issued and draft.issued.day and draft.texts)
        and not (draft.container or draft.place or draft.publisher or draft.genre)
        and _is_place_run(draft.texts) and _has_speech_word(draft.title)
    )


# Chicago 14.218: "Mohammed bin Salman, interview by Bret Baier, *Special Report with Bret Baier*, Fox News,
# September 20, 2023": the person interviewed is the author, the programme or paper that carried it the container
_INTERVIEW_BY = re.compile(
    r"^(?P<who>[^,“”\"*()\d]{3,80}),\s+(?P<genre>(?:interview|interviewed)\s+by\s+[^,“”\"*()]{3,80}),\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# An archival document named by its kind, its writer and the one it was sent to (Chicago 14.230): "Memorandum,
# L. L. Lemnitzer to the Secretary of Defense, “Title,” 13 March 1962, JCS 1969/321, National Archives ..."
_SENT_FROM_TO = re.compile(
    r"^(?P<kind>Memorandum|Memo|Letter|Telegram|Cable|Minute|Note),\s+(?P<sender>[^,“”\"*()\d]{3,60}?)\s+to\s+"
    r"(?P<to>[^,“”\"*()\d]{3,80}),\s+(?P<rest>\S.*)$"
)


def _sent_document(m: re.Match, work: str) -> Draft:
    draft = _rule_draft(m.group("rest"))
    draft.authors, draft.genre = names.parse_names(m.group("sender")), f"{m.group('kind')} to {m.group('to').strip()}"
    draft.type = "document"  # biblatex @misc with its kind as the type ("Memorandum to the Secretary of Defense")
    if draft.title and draft.title_kind not in ("quoted", "italic"):
        draft.notes.append(draft.title)  # no title of its own: 'box 28' is where it is kept
        draft.title, draft.title_kind = "", ""
    draft.notes.extend(draft.texts)  # the file's number and box: 'JCS 1969/321'
    draft.texts, draft.text, draft.shape = [], work, "described"
    return draft


def _interview(m: re.Match, work: str) -> Draft:
    draft = _rule_draft(m.group("rest"))
    if draft.title_kind == "italic":  # the programme in italics, then the network or paper that carried it
        draft.publisher = draft.publisher or draft.container
        draft.container, draft.container_italic, draft.title, draft.title_kind = draft.title, True, "", ""
    if len(draft.texts) == 1 and not draft.publisher:
        draft.publisher = draft.texts.pop()  # the network or paper: "Fox News"
    draft.authors, draft.genre, draft.type = names.parse_names(m.group("who")), m.group("genre"), "interview"
    draft.text, draft.shape = work, "described"
    return draft


# A German paper's issue cited without its article's title: "Handelsblatt vom 16.11.2023, S. 1", "FAZ vom 3. März 2022"
_PAPER_OF_THE_DAY = re.compile(
    r"^(?P<paper>[A-ZÄÖÜ][\w.&' -]{0,60}?)\s+vom\s+(?P<date>[^,]{6,25}?)"
    r"(?:,\s*S\.\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?)(?:\s*f{1,2}\.?)?)?\.?$"
)


# Editors first, their role after them, then a book's title in roman and its imprint (Chicago without italics,
# Scandinavian and German "(red.)", "(Hrsg.)")
_EDITORS_THEN_ROMAN_TITLE = re.compile(
    r"^(?P<head>[^()“”\"*\d]{3,150}?(?:,\s*eds?\.?|\s*\(" + _EDITOR_ROLE + r"\.?\)),)\s+"
    r"(?P<title>[^*“”\"«»()]{3,250}?),\s+(?P<imprint>[A-Z][^,:()]{1,40}?(?::\s*|,\s+)[^,:()]{2,80},\s*(?:1[5-9]|20)\d\d)"
    r"(?P<after>(?:,\s*[\d–-]+)?\.?)$",
    re.IGNORECASE,
)


def _edited_book_title_marked(work: str) -> str | None:
    """The note with the title set in italics and the imprint in brackets, as Chicago prints an edited book."""
    m = _EDITORS_THEN_ROMAN_TITLE.match(work)
    place, colon, _ = m.group("imprint").partition(":") if m else ("", "", "")
    if m is None or not (colon or places.is_city(place.partition(",")[0])):
        return None  # 'Torino, Einaudi, 1990' (no colon) only with a known city: '..., Washington, D.C., Brookings'
    editors = _EDITOR_ROLE_AT_END.sub("", m.group("head").rstrip(",")).strip()
    people = names.parse_names(_OTHERS.sub("", editors))
    if not people or any(p.literal for p in people):
        return None
    return f"{editors}, eds., *{m.group('title')}* ({m.group('imprint')}){m.group('after')}"


_ITALIC_ET_AL = re.compile(r"[*_]et\s+al\.?[*_]")
# APA 7 sets the volume in italics with the journal: "*Nature Machine Intelligence, 1*(9), 389–399"
_VOLUME_IN_ITALICS = re.compile(r"^(?P<c>.+?),\s*(?P<v>\d{1,4}[A-Za-z]?)$")


def _outlet_of_a_dated_piece(draft: Draft) -> bool:
    """A marked title, one short name and the day it appeared, nothing else: the paper or site that printed it."""
    return (
        draft.title_kind in ("quoted", "italic") and not draft.shape and bool(draft.issued and draft.issued.day)
        and _one_name_left(draft) and not draft.place and len(draft.texts[0].split()) <= 5
    )


_SPEECH_AT = re.compile(r"(?:speech|remarks|address|lecture|keynote|testimony)\s+(?:at|to|before)\s", re.IGNORECASE)


def _is_place_run(chunks: list[str]) -> bool:
    """'Jackson Hole', 'Wyoming': a city (and its state or country), a few capitalised words each."""
    return 1 <= len(chunks) <= 3 and places.looks_like_city(chunks[0]) and all(
        len(c.split()) <= 3 and all(w[:1].isupper() for w in c.split()) for c in chunks
    )


# A Japanese or Chinese title in its own script, then its romanisation: "『人口と日本経済』 Jinkō to Nihon keizai",
# "「壊死する地方都市」 “Eshi suru chihō toshi”"; and an author's name in the script after its romanisation
_ORIGINAL_THEN_ROMANISED = re.compile(r"[『「][^』」]{1,80}[』」]\s*(?=[*_“\"A-Za-zĀ-ž])")
_NAME_IN_SCRIPT = re.compile(
    r"(?P<name>[A-Z][\w'’āīūēō-]*(?: [A-Z][\w'’āīūēō-]*)*) [\u3040-\u30ff\u4e00-\u9fff々]{2,10}(?=,)"
)


def _romanised_only(work: str) -> str:
    """'Yoshikawa Hiroshi 吉川洋, 『人口と日本経済』 *Jinkō to Nihon keizai* [Population ...] (Tokyo: ...)' -> the note
    as a romanised citation, the original-script name and titles left out (the translation in brackets stays). A
    person named with the script is named in its order, family name first: written 'Yoshikawa, Hiroshi'."""
    work = _ORIGINAL_THEN_ROMANISED.sub("", work)
    return _NAME_IN_SCRIPT.sub(lambda m: _family_first_inverted(m.group("name")), work)


def _family_first_inverted(name: str) -> str:
    family, _, given = name.partition(" ")
    return name if names.is_organisation(name) or not given or " " in given else f"{family}, {given}"


def _speech_and_its_event(draft: Draft) -> None:
    """Chicago: '"Title" (speech, symposium sponsored by the Federal Reserve Bank of Kansas City, Jackson Hole,
    Wyoming, August 24, 2018)': the kind, the event and its place, read apart."""
    kind, comma, rest = draft.genre.partition(", ")
    if draft.texts and not (draft.container or draft.place) and _SPEECH_AT.match(kind) and _is_place_run(draft.texts):
        draft.place, draft.texts = ", ".join(draft.texts), []  # "speech at the ... Symposium, Jackson Hole, Wyoming"
        return
    if draft.container or draft.texts or not SPEECH_WORDS.fullmatch(kind):
        return
    if not comma:
        if ", " not in draft.publisher:
            return
        rest, draft.publisher = draft.publisher, ""  # "(speech, Event, Richmond, VA, date)" read as a publisher
    chunks = split_top_level(rest, ",")
    run = places.place_run(chunks) or ((len(chunks) - 1, len(chunks)) if places.is_city(chunks[-1]) else None)
    if run and run[0] > 0 and run[1] == len(chunks) and not draft.place:
        draft.place, chunks = ", ".join(chunks[run[0] :]), chunks[: run[0]]
    draft.genre, draft.container, draft.type = kind, ", ".join(chunks), "speech"
    if draft.title and draft.issued:
        draft.shape = draft.shape or "described"


def _show_or_studio(draft: Draft) -> None:
    """The one name left over after an episode's title is its show ('"The Destroyer of Worlds," Dan Carlin's
    Hardcore History, episode 59, podcast audio, 2016'); after a film's director, its studio or distributor
    (MLA: 'The Day After Tomorrow. Directed by Roland Emmerich, Twentieth Century Fox, 2004')."""
    if draft.type not in ("broadcast", "motion_picture") or len(draft.texts) != 1 or not draft.issued:
        return
    if draft.type == "broadcast" and not draft.container:
        draft.container = draft.texts.pop()
    elif draft.type == "motion_picture" and not draft.publisher and draft.notes:
        draft.publisher = draft.texts.pop()
    draft.shape = draft.shape or "described"


# A data series as FRED and the databases built on it ask to be cited: "Board of Governors of the Federal
# Reserve System (US), Federal Funds Effective Rate [FEDFUNDS], retrieved from FRED, Federal Reserve Bank of
# St. Louis; https://fred.stlouisfed.org/series/FEDFUNDS, May 14, 2024." The date after the link is the day
# the data were retrieved.
_DATA_SERIES = re.compile(
    r"^(?P<source>[^\[\],]+?),\s+(?P<title>[^\[\]]+?)\s*\[(?P<series>[\w.-]+)\],?\s+retrieved\s+from\s+"
    r"(?P<database>[^,;]+)(?:,\s*(?P<publisher>[^;]+?))?\s*;\s*(?P<url>https?://\S+?),?\s+(?P<date>[^,;]+?,?\s*\d{4})\.?$",
    re.IGNORECASE,
)


# Nature's style: "Bauer, P., Thorpe, A. & Brunet, G. The quiet revolution of numerical weather prediction. Nature
# 525, 47–55 (2015)." Family names with initials, the title as a sentence, the journal, volume, pages and year.
_NATURE_SIGNATURE = re.compile(  # the italic journal's end, then volume, pages and year: "*Nature* 525, 47–55 (2015)"
    r"\*\s+\*{0,2}\d+\*{0,2},\s*[A-Za-z]?\d+[A-Za-z\d]*(?:[–-][A-Za-z]?\d+)?\s*\((?:1[5-9]|20)\d\d\)|Preprint at "
)
_NATURE_NAME = r"[^\W\d_][\w'’ -]*?,\s(?:[A-Z]\.(?:[\s-]?[A-Z]\.)*)"
_NATURE_ARTICLE = re.compile(
    rf"^(?P<authors>{_NATURE_NAME}(?:(?:,\s|\s&\s){_NATURE_NAME})*(?:\set\sal\.)?)\s+"
    r"(?P<title>(?![A-Z]\.)[^*“”\"‘’]+?[.?!])\s+"  # no quoted title: that is another style
    r"(?:\*(?P<journal>[A-Z][^*\d]*?)\*\s+\*{0,2}(?P<volume>\d+)\*{0,2},\s*"  # the journal in italics
    r"(?P<pages>[A-Za-z]?\d+[A-Za-z\d]*(?:[–-][A-Za-z]?\d+)?)"  # "47–55", an article number "e2023MS004019"
    r"|Preprint at (?P<repository>[^\s()]+))"  # "Preprint at bioRxiv https://doi.org/... (2022)"
    r"\s*\((?P<year>(?:1[5-9]|20)\d\d)\)\.?$"
)


def _parse_nature(work: str, draft: Draft) -> bool:
    m = _NATURE_ARTICLE.match(work.strip())
    if m is None:
        return False
    draft.authors = names.parse_names(m.group("authors").replace(" & ", ", "))
    draft.title, draft.title_kind = m.group("title").rstrip("."), "plain"
    draft.issued, draft.shape = PartialDate(int(m.group("year"))), "vancouver"
    if m.group("repository"):
        draft.container, draft.genre, draft.type = m.group("repository").strip("*_"), "Preprint", "document"
        return True
    draft.container, draft.volume, draft.pages = m.group("journal").strip(), m.group("volume"), _dash(m.group("pages"))
    draft.type = "article-journal"
    return True


def _parse_data_series(work: str, draft: Draft) -> bool:
    m = _DATA_SERIES.match(work.strip())
    if m is None:
        return False
    draft.authors = (Name(literal=m.group("source").strip()),)
    draft.title, draft.title_kind, draft.number = m.group("title").strip(), "plain", m.group("series")
    draft.container, draft.publisher = m.group("database").strip(), (m.group("publisher") or "").strip()
    draft.urls.append(clean_url(m.group("url")))
    draft.accessed, draft.type, draft.shape = dates.parse_date(m.group("date")), "dataset", "data-series"
    return True


# Polish notes quote the journal or paper, not the title: "J. Mieroszewski, Rosyjski „kompleks polski” i obszar
# ULB, „Kultura” 1974, nr 9", "Autor, Tytuł, „Rzeczpospolita”, 12.01.2017": after a comma, followed by a year,
# a comma, a bracket or nothing
_QUOTED_CONTAINER = re.compile(  # and the Italian "Autore, Titolo, in «Rivista», 293 (2005), 21, pp. 2609-2617"
    r",\s*(?:„(?P<c>[^„”“\"]{2,120})[”“\"]|in\s+«(?P<c2>[^«»]{2,120})»)(?=\s*(?:$|[,(]|(?:1[5-9]|20)\d\d\b))"
)


def _leading_people(head: str) -> list[str]:
    """The chunks at the head of a note that each name one person, when a title follows them."""
    chunks = head.split(", ")
    people = []
    for chunk in chunks[:-1]:
        if len(chunk.split()) > 4 or not names.looks_like_person(chunk):
            break
        people.append(chunk)
    return people


def _parse_quoted_container(work: str, draft: Draft) -> bool:
    """'Author, Title, „Journal” 1974, nr 9': the last such quoted name is the container; before it the author
    (when the first chunk names a person) and the title, after it the issue, date and pages."""
    trial = Draft(text=draft.text)  # filled apart, so a note of another shape leaves the draft as it was
    work = _take_facts(work, trial)
    found = list(_QUOTED_CONTAINER.finditer(work))
    if not found:
        return False
    m = found[-1]
    head, tail = work[: m.start()].strip(" ,"), work[m.end() :]
    one_chunk = ", " not in head
    people = _leading_people(head)
    if people:  # "M. Ruvolo, S. Ciardo, Title, in «Questione Giustizia»": every name before the title
        trial.authors, head = names.parse_names(", ".join(people)), head.split(", ", len(people))[-1]
    named = len(head.split()) <= 4 and (names.looks_like_person(head) or names.is_organisation(head))
    if not head or one_chunk and named:
        return False  # 'Comisia Europeană, „Title”, comunicat, ...' (Romanian): a name alone, then the quoted title
    trial.title, trial.title_kind, trial.shape = _clean_title(head), "plain", "quoted-container"
    if m.group("c2"):  # the Italian journal's facts: "in «JAMA», 293 (2005), 21, pp. 2609-2617"
        _parse_tail(f"in «{m.group('c2')}»{tail}", trial)
    else:
        trial.container = m.group("c").strip()
        _parse_tail(tail, trial)
    vars(draft).update(vars(trial))
    return True


# Russian GOST 7.0.5: "Лавров С.В. Историческая перспектива ... // Россия в глобальной политике. 2016. № 2. С. 8–18."
# and books "Примаков Е.М. Годы в большой политике. М.: Коллекция «Совершенно секретно», 1999." The family name
# then the initials; "//" before the container; the facts after it apart by full stops.
_GOST_ONE = r"[A-ZА-ЯЁ][\w’'-]+\s+[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?"
_GOST_AUTHORS = re.compile(
    rf"^(?P<names>{_GOST_ONE}(?:(?:,\s*|,?\s+(?:and|и|&)\s+){_GOST_ONE})*(?:,?\s+(?:и\s+др\.|et\s+al\.))?)"
    r"\s+(?=[\w«\"“])"
)
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_GOST_NAME = re.compile(r"(?P<family>[A-ZА-ЯЁ][\w’'-]+)\s+(?P<given>[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?)")
_GOST_BOOK_FACTS = re.compile(
    r"^(?P<place>[A-ZА-ЯЁ][\w.\s-]{0,25}?)\s*:\s*(?P<publisher>.+?),\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
)
_GOST_ISSUE = re.compile(r"^(?:№|No\.?|Nr\.?|Вып\.)\s*(?P<n>[\w/–-]+)$", re.IGNORECASE)
_GOST_VOLUME = re.compile(r"^(?:Т\.|Vol\.?)\s*(?P<n>\w+)(?:,\s*(?:№|No\.?)\s*(?P<i>[\w/–-]+))?$", re.IGNORECASE)
_GOST_ASIDE = re.compile(r"\s*\([^()]{8,200}\)\s*\.?$")
# A full stop between facts, not the one of an abbreviation: "Vol. 93, No. 5. P. 77–89"
_GOST_STOP = re.compile(r"(?<!\bVol)(?<!\bNo)(?<!\bNr)(?<!\bТ)(?<!\bС)(?<!\bP)(?<!\bpp)(?<!\bp)(?<!Вып)\.\s+")
_GOST_PAGES = re.compile(r"^(?:С\.|P\.|pp?\.)\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?)$")


def _parse_gost(work: str, draft: Draft) -> bool:
    """Read a GOST reference; False when the note is not one (no '//' and no place: publisher, year)."""
    work = " ".join(work.split()).strip(" .")
    head, slashes, tail = work.partition(" // ")
    authors = _GOST_AUTHORS.match(head)
    if authors:
        draft.authors = tuple(Name(family=m.group("family"), given=m.group("given").replace(" ", ""))
                              for m in _GOST_NAME.finditer(authors.group("names")))
        head = head[authors.end() :]
    if not (_CYRILLIC.search(head) or (authors and slashes)):
        return False  # "Russell A. Berman. Fiction Sets You Free ...": a given name and an initial, not GOST
    if not slashes:
        title, dot, facts = head.partition(". ")
        book = _GOST_BOOK_FACTS.match(facts) if dot and authors else None
        if book is None:
            return False
        draft.title, draft.place, draft.publisher = title.strip(), book.group("place").strip(), book.group("publisher")
        draft.issued, draft.type, draft.shape = PartialDate(int(book.group("year"))), "book", "gost"
        return True
    found = dates.find_dates(head)
    if found and found[-1].end >= len(head.rstrip(" .г")) - 1:  # "Заседание клуба «Валдай». 27 октября 2022 г."
        draft.issued, head = found[-1].date, head[: found[-1].start]
    aside = _GOST_ASIDE.search(head)
    if aside:  # "(утверждена Указом Президента ... от 31 марта 2023 г. № 229)": how it was adopted, and when
        found = dates.find_dates(aside.group(0))
        draft.issued = draft.issued or (found[0].date if found else None)
        head = head[: aside.start()]
    draft.title, draft.title_kind, draft.shape = head.strip(" ."), "plain", "gost"
    container, *facts = [part.strip(" .") for part in _GOST_STOP.split(_drop_noise(tail))]
    if "/" in container:
        return False  # "http : // reference.wolfram.com/...": a broken link, not a container
    draft.container = container
    for fact in facts:
        _read_gost_fact(fact, draft)
    return bool(draft.title and draft.container)


def _read_gost_fact(fact: str, draft: Draft) -> None:
    volume, issue, pages = _GOST_VOLUME.match(fact), _GOST_ISSUE.match(fact), _GOST_PAGES.match(fact)
    if volume:
        draft.volume, draft.issue = volume.group("n"), volume.group("i") or draft.issue
    elif issue:
        draft.issue = issue.group("n")
    elif pages:
        draft.pages = _dash(pages.group("p"))
    elif dates.find_dates(fact):
        draft.issued = draft.issued if draft.issued and draft.issued.day else dates.find_dates(fact)[0].date
    elif not draft.publisher:
        draft.publisher = fact


# ABNT NBR 6023 (Brazil), and ISO 690 as French and Spanish notes print it: the family name in capitals
# before the given names ("VIGEVANI, Tullo; CEPALUNI, Gabriel."), a body in capitals ("INSTITUTO DE PESQUISA
# ECONÔMICA APLICADA (IPEA)."), a jurisdiction before the office that wrote it ("BRASIL. Ministério das Relações
# Exteriores."), or no author and the title's first word in capitals; then the title, the container in italics,
# and the facts apart by commas: "Rio de Janeiro, v. 29, n. 2, p. 273-335, jul./dez. 2007", "São Paulo:
# Benvirá, 2015".
_ABNT_PERSON = rf"{names.CAPITALS_FAMILY},\s+{names.GIVEN_NAMES}"
_ABNT_PERSONS = re.compile(rf"^(?P<names>{_ABNT_PERSON}(?:\s*;\s*{_ABNT_PERSON})*(?:\s*;?\s*et\s+al\.?)?)\.?\s+(?=\S)")
_ABNT_BODY = rf"{names.CAPITALS_WORD}(?:[\s-]+{names.CAPITALS_WORD}){{0,12}}(?:\s+\([{names.CAPITAL_LETTERS}a-z]+\))?"
_ABNT_BODIES = re.compile(rf"^(?P<names>{_ABNT_BODY}(?:\s*;\s*{_ABNT_BODY})*)\.\s+(?=\S)")
_ABNT_CAPS_TITLE = re.compile(rf"^{names.CAPITALS_WORD}\s+[a-zß-öø-ÿ]")  # "LULA chega ao lado de Dilma ..."
_ARTICLE = r"(?:[AO]s?|El|La|Las|Los|Le|Les|Un|Une|Um|Uma)\s"  # "O BRICS não conseguiu ..."
_ARTICLE_FIRST = re.compile(rf"^{_ARTICLE}")
# a note worth trying as ABNT starts with a word in capitals or with an article ("O", "A", "La" ...)
_ABNT_HEAD = re.compile(rf"^(?:{names.CAPITALS_WORD}[\s,.;]|{_ARTICLE})")
_ABNT_WEB_WORDS = (
    r"disponível\s+em|acesso\s+em|disponible\s+(?:en|sur)|consulté\s+le|consultado\s+(?:el|en)"
    r"|dostupné\s+(?:z|na|online)|\[cit\.\s"  # ISO 690 in Czech and Slovak
)
_ABNT_WEB = re.compile(rf"\b(?:{_ABNT_WEB_WORDS})", re.IGNORECASE)
_ISO_ONLINE = re.compile(r"\[(?:online|on-line)\]", re.IGNORECASE)  # ISO 690's mark of an online source
_ABNT_MARKS = re.compile(
    rf"\b(?:[vn]\.\s*\d|p\.\s*\d|\d+\.\s*ed\.|roč\.\s*\d|č\.\s*\d|{_ABNT_WEB_WORDS})", re.IGNORECASE
)
# words that stay in lower case inside a name written in capitals: "DE", "DA", "VAN", "OF"
_LOWER_IN_NAMES = names.PARTICLES | names.ORGANISATION_JOINERS | {"do"}
_UNIFORM_TITLE = re.compile(r"^\[(?P<t>[^\]]+)\]\.\s+")  # "BRASIL. [Constituição (1988)]."
# The imprint: "São Paulo: Benvirá, 2015", "Brasília, DF: MRE, 10 jun. 2024", "Brasília: Ipea: ABC, 2010"
_ABNT_IMPRINT = re.compile(
    rf"(?:^|(?<=[.,]\s))(?P<place>[{names.CAPITAL_LETTERS}][^:;,.\d]*?(?:,\s*[A-Z]{{2}})?)\s*:\s*"
    r"(?P<publisher>[^,:]+?(?:\s*:\s*[^,:]+?)*),\s*(?P<date>[^,]*?\[?(?:1[5-9]|20)\d\d\]?)(?=\.|,|$)"
)
# volume, number, pages: "v. 29, n. 2, p. 273-335"; in Czech and Slovak "roč. 31, č. 7, s. 5-25"
_ABNT_FACT = re.compile(r"^(?:(?P<v>[vt]\.|roč\.)|(?P<n>n\.|nº|no\.|č\.)|(?P<p>p\.|s\.))\s*(?P<x>\S+)$")
_ARTICLE_NUMBER_CHUNK = re.compile(r"[Aa]rticle(?:\s+[Nn]o\.)?\s+(?P<n>e?[A-Za-z]{0,4}\d+)")
_ARTICLE_NUMBER = re.compile(_ARTICLE_NUMBER_RE)
_ABNT_EDITION = re.compile(r"^(?P<e>\d+)\s*\.?\s*ed\.?$")
# a full stop between facts, not the one of "v.", "n.", "p.", "ed." or a month ("jul./dez. 2007", "3 ago. 2023")
_MONTHS_OF_THREE = "|".join(m for m in dates.LOWER_MONTH_ABBREVIATIONS if len(m) == 3)  # one width, for lookbehind
_ABNT_STOP = re.compile(
    rf"(?<!\b[vnptsč])(?<!\bed)(?<!\bnº)(?<!\broč)(?<!\b(?:{_MONTHS_OF_THREE}))\.\s+(?=\S)(?!ed\.)"
)
# "v. 29, n. 2", "roč. 31, č. 7", or the year before the issue: "2016, č. 1"
_ISO_ISSUE = re.compile(r"\b(?:(?:v|roč)\.\s*\d+|(?:1[5-9]|20)\d\d),\s*(?:n|č)\.\s*\d")
# "17. 4. 2021" -> "17.4.2021" before the facts are split at full stops, so a date stays one fact
_SPACED_DATE = re.compile(r"\b([0-3]?\d)\. ([01]?\d)\. ((?:1[5-9]|20)\d\d)\b")


def _parse_abnt(work: str, draft: Draft) -> bool:
    """Read an ABNT / ISO 690 reference; False when the note is not one (no capitals heading, or no
    facts in that style after it)."""
    if not _ABNT_MARKS.search(work) and not (":" in work and _ABNT_IMPRINT.search(work)):
        return False  # an imprint needs its colon: most notes that open with capitals are let go here
    web, online = _ABNT_WEB.search(work), _ISO_ONLINE.search(work)
    work = _SPACED_DATE.sub(r"\1.\2.\3", " ".join(_take_facts(work, draft).split()).strip(" ."))
    persons, bodies = _ABNT_PERSONS.match(work), _ABNT_BODIES.match(work)
    if persons:
        draft.authors = _capitals_persons(persons.group("names"))
        rest = work[persons.end() :]
    elif bodies:
        rest = _read_abnt_bodies(bodies.group("names"), work[bodies.end() :], draft)
    elif _ABNT_CAPS_TITLE.match(work) or (web and (_ARTICLE_FIRST.match(work) or online)):
        rest = work  # no author: the title first
    else:
        return False
    # a roman title is read when a link, a journal's numbers or, after a person's name, a book's imprint follow it
    plain = web or _ISO_ISSUE.search(rest)
    book = not plain and persons and rest[:1].isalpha() and ":" in rest and _ABNT_IMPRINT.search(rest)
    if not (
        _read_abnt_title(rest, draft)
        or (plain or book) and _read_abnt_plain_title(rest, draft, online=bool(online), book=bool(book))
    ):
        return False
    draft.shape = "abnt"
    return True


def _capitals_persons(heading: str) -> tuple[Name, ...]:
    """'KUNDERA, Milan', 'VIGEVANI, Tullo; CEPALUNI, Gabriel; et al.': people by the shape that matched them, even
    when the given name is also a city's (names.is_organisation reads 'BODY, City' as a body and its seat)."""
    people = []
    for part in heading.split(";"):
        family, comma, given = part.strip().partition(",")
        given = _ET_AL_AFTER_GIVEN.sub("", given)  # "NEPSTAD, Daniel et al."
        if comma and family.strip():
            people.append(_capitals_family(Name(family=family.strip(), given=given.strip())))
    return tuple(people)  # "et al.", the one part without a comma, names nobody


_ET_AL_AFTER_GIVEN = re.compile(r"\s+et\s+al\.?\s*$")


def _capitals_family(name: Name) -> Name:
    """'CERVO, Amado Luiz' -> Cervo: the capitals mark the entry word, they are not the name's spelling."""
    if name.literal or not name.family.isupper() or name.given.isupper():
        return name
    return Name(family=_from_capitals(name.family, particle_first=True), given=name.given)


def _from_capitals(text: str, *, particle_first: bool) -> str:
    """'DA SILVA' -> da Silva (a family name may open with its particle), 'INSTITUTO DE PESQUISA' -> Instituto de
    Pesquisa: each word capitalised but the joining words."""
    words = re.split(r"(\s+|-)", text.lower())
    return "".join(
        w if w in _LOWER_IN_NAMES and (i or particle_first) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _read_abnt_bodies(heading: str, rest: str, draft: Draft) -> str:
    """'INSTITUTO ... (IPEA); AGÊNCIA ... (ABC).', 'BRICS.', 'BRASIL. Ministério das Relações Exteriores.'"""
    bodies = [names.ACRONYM_AFTER.sub("", b.strip()) for b in heading.split(";")]
    uniform = _UNIFORM_TITLE.match(rest)
    office, dot, after = rest.partition(". ")
    if uniform:  # a law: the jurisdiction enacted it, nobody wrote it
        draft.type, draft.notes = "legislation", [*draft.notes, heading]
        return rest[uniform.end() :]
    if len(bodies) == 1 and dot and after.startswith("*") and "*" not in office and names.is_organisation(office):
        draft.authors, draft.notes = (Name(literal=office.strip()),), [*draft.notes, heading]
        return after
    draft.authors = tuple(Name(literal=_body_case(b)) for b in bodies[:1])
    return rest


def _body_case(body: str) -> str:
    """'INSTITUTO DE PESQUISA ECONÔMICA APLICADA' -> Instituto de Pesquisa Econômica Aplicada; a single
    word ('BRICS', 'UNESCO') may be an acronym and stays as printed."""
    return _from_capitals(body, particle_first=False) if len(body.split()) > 1 else body


def _read_abnt_title(rest: str, draft: Draft) -> bool:
    """The title (italic for a book, plain before an italic container), then the facts."""
    if rest.startswith("*"):
        end = rest.find("*", 1)
        if end < 0:
            return False
        title, after = rest[1:end].strip(), rest[end + 1 :]
        if after.startswith(":"):  # "*Teerã, Ramalá e Doha*: memórias da política externa ativa e altiva."
            subtitle, _, after = after[1:].partition(". ")
            title = f"{title}: {subtitle.strip()}"
        draft.title, draft.title_kind = title, "italic"
        _read_abnt_facts(after, draft)
        draft.type = draft.type or ("report" if draft.authors and draft.authors[0].literal else "book")
        return True
    head, star, after = rest.partition(" *")
    end = after.find("*")
    if not star or end < 0:
        return False
    title = head.strip(" .")
    if title.endswith(" In:"):
        return False  # a chapter: left to the general rules
    draft.title, draft.title_kind, draft.container = title, "plain", after[:end].strip()
    draft.container_italic = True
    _read_abnt_facts(after[end + 1 :], draft)
    journal = draft.volume or draft.issue or draft.pages
    draft.type = draft.type or ("article-journal" if journal else "article-newspaper")
    return bool(title)


def _read_abnt_plain_title(rest: str, draft: Draft, *, online: bool = False, book: bool = False) -> bool:
    """A web page with its title in roman: 'INSTITUTO .... Formação de Preço. Disponível em: <...>.', read
    only when every fact after the title is understood. ISO 690 marks the site '[online]' and may name its
    publisher after it: 'Title. České noviny [online]. ČTK, 17. 4. 2021'."""
    title, *facts = _ABNT_STOP.split(rest, maxsplit=1)
    trial = Draft(text=draft.text)
    _read_abnt_facts(" ".join(facts), trial)
    container = trial.texts.pop(0) if trial.texts and " ".join(facts).startswith(trial.texts[0]) else ""
    if online and container and len(trial.texts) == 1 and not trial.publisher:
        trial.publisher = trial.texts.pop()
    journal_or_site = (trial.volume or trial.issue or online) and not trial.publisher  # "Paříž: IEA" is a place
    if not container and trial.place and journal_or_site and " ".join(facts).startswith(trial.place):
        container, trial.place = trial.place, ""  # "Title. Foreign Affairs. 2006, roč. 85": the journal, no city
    if trial.texts or not title.strip(" .") or book and (container or not trial.publisher):
        return False  # a book's title runs to its imprint: "Flaubert. Les secrets de ..." is one title
    for name in ("place", "publisher", "issued", "volume", "issue", "pages", "edition"):
        setattr(draft, name, getattr(trial, name) or getattr(draft, name))
    draft.title, draft.title_kind, draft.container = title.strip(" ."), "plain", container
    journal = container and (trial.volume or trial.issue)
    paper = container and not online
    book = trial.publisher and not container and not online
    draft.type = draft.type or (
        "article-journal" if journal else "article-newspaper" if paper else "book" if book else "webpage"
    )
    return True


def _read_abnt_facts(facts: str, draft: Draft) -> None:
    """'São Paulo: Benvirá, 2015', 'Rio de Janeiro, v. 29, n. 2, p. 273-335, jul./dez. 2007', '4. ed.'"""
    facts = facts.strip(" ,.")
    imprint = _ABNT_IMPRINT.search(facts)
    if imprint:
        draft.place = imprint.group("place").strip()
        draft.publisher = "; ".join(p.strip() for p in imprint.group("publisher").split(":"))
        found = dates.find_dates(imprint.group("date").replace("[", "").replace("]", ""))
        draft.issued = found[0].date if found else draft.issued
        facts = f"{facts[: imprint.start()]} {facts[imprint.end() :]}"
    chunks = [c.strip(" .") for piece in _ABNT_STOP.split(facts) for c in piece.split(",")]
    for chunk in (c for c in chunks if c):
        fact, edition = _ABNT_FACT.match(chunk), _ABNT_EDITION.match(chunk)
        found = dates.find_dates(chunk)
        if edition:
            draft.edition = edition.group("e")
        elif fact and fact.group("v"):
            draft.volume = fact.group("x")
        elif fact and fact.group("n"):
            draft.issue = fact.group("x")
        elif fact and fact.group("p"):
            draft.pages = _dash(fact.group("x"))
        elif (draft.volume or draft.issue) and not draft.pages and _ARTICLE_NUMBER.fullmatch(chunk):
            draft.pages = chunk  # "Science Advances, v. 4, n. 2, eaat2340, 2018": the article's number stands for pages
        elif found:
            draft.issued = draft.issued or found[-1].date
        elif not (draft.place or draft.issued) and places.looks_like_city(chunk):
            draft.place = chunk
        elif draft.place and chunk.isupper() and len(chunk) == 2:
            draft.place = f"{draft.place}, {chunk}"  # "Brasília, DF"
        else:
            draft.texts.append(chunk)


# ---------------------------------------------------------------- notes in Chinese and Japanese

# Chinese notes (the style of 《中国社会科学》, which most Chinese journals follow) and Japanese ones mark titles with
# brackets: 《book》 or 『book』 for a whole work and for the journal or paper a part appeared in; “article”,
# 〈article〉 or 「article」 for a part. The author stands before the title (with a full-width colon in Chinese),
# the facts follow it between full-width commas (Japanese: 、):
#   赵汀阳：《天下体系：世界制度哲学导论》，南京：江苏教育出版社，2005年，第45页。
#   阎学通：《道义现实主义的国际关系理论》，《国际问题研究》2014年第5期，第102-128页。
#   北岡伸一『日本政治史』有斐閣、2011年、45頁。
HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han characters, Hangul
_CJK_CLOSERS = {"《": "》", "『": "』", "〈": "〉", "「": "」", "“": "”"}
_CJK_OPENER = re.compile("[《『〈「“]")
_CJK_WHOLE = "《『"
_CJK_HEAD = re.compile(r"^(?P<names>[^《『〈「“”，,。；;()（）.]{0,40}?)\s*[：:，,]?\s*$")  # Korean: "장하준, 『...』"
_CJK_ROLE = re.compile(r"(?:等)?(?:主编|主編|编著|編著|编|編|著|撰|编译|編訳|訳|译|監修|等)$")
_CJK_EDITOR_ROLES = ("主编", "主編", "编", "編", "監修")
_CJK_LEAD_IN = re.compile(r"^(?:参见|參見|参看|參看|详见|詳見|另见|另見|又见|又見|转引自|轉引自|引自|参照|见)[：:]?\s*")
_CJK_ASIDE = re.compile(r"^\s*[（(](?P<aside>[^（）()]{1,30})[）)]")  # "《大国崛起》（十二集电视纪录片）"
_HANGUL_RUN = re.compile(f"[{names.HANGUL_SYLLABLES}][{names.HANGUL_SYLLABLES} ]*")
_YEAR_IN = re.compile(r"(?:1[5-9]|20)\d\d")
_CJK_SECOND_TITLE = re.compile(r"^\s*[，,、]?\s*(?=[《『])")
CJK_PAGE = re.compile(r"(?:第\s*)?(?P<loc>\d+(?:\s*[-–—~～]\s*\d+)?)\s*(?:页|頁|ページ|쪽|면)")  # "第45页", "1–48쪽"
_PP_PAGE = re.compile(r"pp?\.\s*(?P<loc>\d+(?:\s*[-–—]\s*\d+)?)")  # "p. 45" among characters
_CJK_ISSUE = re.compile(  # "第5期", "第5巻第2号", Korean "제53집 제1호", "제12권 제3호"
    r"^(?:[第제]\s*(?P<v>\d+)\s*[卷巻권집]\s*)?(?:[第제]\s*)?(?P<i>\d+)\s*[期号號호]$"
)
_CJK_ACCESSED = re.compile(r"访问|訪問|浏览|瀏覽|查阅|查閱|检索|檢索|閲覧|アクセス|上网时间|上網時間")
_CJK_WIRE = re.compile(r"^(?P<agency>\S{2,8}?社)(?P<place>\S{2,4}?)?\d{4}\s*年.*日\s*电$")  # "新华社北京…日电"
_CJK_PLACE_PUBLISHER = re.compile(r"^(?P<place>[^：:\d]{2,10})[：:]\s*(?P<publisher>[^：:]{2,40})$")
_CJK_PUBLISHER_ENDINGS = (
    "出版社", "出版公司", "出版集团", "出版集團", "书局", "書局", "书店", "書店", "出版会", "出版會", "出版部", "書房",
    "书社", "閣", "新社",
)
_CJK_EDITION = re.compile(r"^\s*(?:版|印)?\s*")  # "2019年版": the year of the edition
_CJK_TRANSLATOR = re.compile(r"(?:译|譯|訳|翻译|翻譯)$")
_CJK_FILM = re.compile(r"纪录片|紀錄片|电视|電視|电影|電影|影片|视频|視頻|動画|映画")
_CJK_SPEECH = re.compile(r"演讲|演講|讲话|講話|致辞|致辭|发言|發言|講演|演説|答记者问")


def _parse_cjk(work: str, draft: Draft) -> bool:
    """Read a note in the Chinese or Japanese manner; False when it has no bracketed title with nothing but the
    author before it, or no Chinese or Japanese in author and title."""
    opener = _CJK_OPENER.search(work)
    head = _CJK_HEAD.match(work[: opener.start()]) if opener else None
    close = _cjk_closing(work, opener.start()) if head else None
    if close is None or close == opener.start() + 1 or not HAN.search(work[: close]):
        return False
    if work[opener.start()] == "“" and len(HAN.findall(work, opener.start(), close)) * 2 < close - opener.start():
        return False  # “Den hōbō ki to sono sakusha 伝法宝記とその作者”: a romanised title, read the Western way
    if head.group("names"):
        _read_cjk_names(head.group("names"), draft)
    part = work[opener.start()] not in _CJK_WHOLE
    draft.title, draft.title_kind = work[opener.start() + 1 : close].strip(), "quoted" if part else "italic"
    rest = work[close + 1 :]
    aside = _CJK_ASIDE.match(rest)
    if aside and _YEAR_IN.search(aside.group("aside")):  # Korean "『사다리 걷어차기』 (부키, 2004)": the facts
        rest = f"{aside.group('aside')}, {rest[aside.end() :]}"
    elif aside:
        draft.genre, rest = aside.group("aside"), rest[aside.end() :]
    second = _CJK_SECOND_TITLE.match(rest)
    end = _cjk_closing(rest, second.end()) if second else None
    if end is not None:
        draft.container, draft.container_italic = rest[second.end() + 1 : end].strip(), True
        rest = rest[end + 1 :]
    rest = _take_special_dates(_take_identifiers(rest, draft), draft)
    for chunk in _cjk_chunks(rest):
        _read_cjk_chunk(chunk, draft, part=part)
    if _cjk_paper_and_day(draft, part):  # "《人民日报》，2024年2月28日", "『연합뉴스』, 2024년 2월 28일"
        draft.container, draft.container_italic, draft.title, draft.type = draft.title, True, "", "article-newspaper"
    draft.type, draft.shape = draft.type or _cjk_type(draft, part), "cjk"
    return True


def _cjk_paper_and_day(draft: Draft, part: bool) -> bool:
    """A whole work's name in brackets, no author, and a day's date only: a newspaper and its issue."""
    read = draft.publisher or draft.container or draft.pages or draft.volume or draft.issue or draft.texts
    return not (part or draft.authors or draft.editors or read) and bool(draft.issued and draft.issued.day)


def _cjk_closing(text: str, start: int) -> int | None:
    """Where the bracket opened at ``start`` closes, brackets of its kind nested inside counted."""
    opener, closer, depth = text[start], _CJK_CLOSERS[text[start]], 0
    for i in range(start, len(text)):
        if text[i] == opener and opener != closer:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i
    return None


def _read_cjk_names(text: str, draft: Draft) -> None:
    """'习近平', '王缉思主编', '中华人民共和国外交部', '北岡伸一・御厨貴編': people and bodies, authors or editors."""
    role = _CJK_ROLE.search(text)
    if role:
        text = text[: role.start()]
    people: list[Name] = []
    for piece in re.split(r"\s*[、，,]\s*", text.strip()):
        if piece:
            people.extend([names.han_name(piece)] if HAN.search(piece) else names.parse_names(piece))
    if role and role.group(0).lstrip("等") in _CJK_EDITOR_ROLES:
        draft.editors = tuple(people)
    else:
        draft.authors = tuple(people)


def _cjk_chunks(rest: str) -> list[str]:
    """The facts after the title, split at the full-width commas (Japanese: the enumeration comma)."""
    rest = rest.strip(" 。．.,，")
    seps = "，,；" if "，" in rest or "," in rest else "、"
    return [c.strip(" 。．.（）()") for c in split_top_level(rest, seps) if c.strip(" 。．.（）()")]


def _read_cjk_chunk(chunk: str, draft: Draft, *, part: bool) -> None:
    pages = CJK_PAGE.fullmatch(chunk) or _PP_PAGE.fullmatch(chunk)
    if pages:
        draft.pages = _dash(pages.group("loc"))
        return
    found = dates.find_dates(chunk)
    if found and _CJK_ACCESSED.search(chunk):
        draft.accessed = found[0].date
        return
    wire = _CJK_WIRE.match(chunk)
    if wire and found:  # a news agency's dispatch: "新华社北京2023年10月10日电"
        draft.container, draft.place, draft.issued = wire.group("agency"), wire.group("place") or "", found[0].date
        draft.type = "article-newspaper"
        return
    if found:
        before = chunk[: found[0].start].strip(" (（")  # "제53집 제1호 (2019)": the year in brackets after the issue
        after = _CJK_EDITION.sub("", chunk[found[0].end :])
        issue = _CJK_ISSUE.match(after) if after else None
        if not after or issue:
            draft.issued = draft.issued or found[0].date
            if issue:
                draft.volume, draft.issue = issue.group("v") or draft.volume, issue.group("i")
            if before:  # "上海人民出版社2019年版", "《国际问题研究》2014年第5期" read apart
                _read_cjk_chunk(before, draft, part=part)
            return
    issue = _CJK_ISSUE.match(chunk)
    if issue:
        draft.volume, draft.issue = issue.group("v") or draft.volume, issue.group("i")
        return
    imprint = _CJK_PLACE_PUBLISHER.match(chunk)
    if imprint and HAN.search(chunk):
        draft.place, draft.publisher = imprint.group("place").strip(), imprint.group("publisher").strip()
        return
    if _CJK_TRANSLATOR.search(chunk):
        draft.notes.append(chunk)  # "陈定定、傅强译": the translators
    elif chunk.endswith(_CJK_PUBLISHER_ENDINGS) and not draft.publisher:
        draft.publisher = chunk
    elif places.is_city(chunk) and not draft.place:
        draft.place = chunk
    elif not part and not draft.publisher and _HANGUL_RUN.fullmatch(chunk):
        draft.publisher = chunk  # a Korean book's publisher: '부키', '문학과지성사'
    elif not draft.container and not (draft.publisher and not part):
        draft.container = chunk  # the paper, site or outlet a part appeared in
    else:
        draft.texts.append(chunk)


def _cjk_type(draft: Draft, part: bool) -> str:
    if _CJK_FILM.search(draft.genre):
        return "motion_picture"
    if _CJK_SPEECH.search(draft.genre) or not part and _CJK_SPEECH.search(draft.title):
        return "speech"  # a speech's own title; a news item on one ("…首次公开在蓝厅发言") stays an article
    if draft.container_italic:  # a journal or a paper in 《》
        daily = draft.issued is not None and draft.issued.day and not (draft.issue or draft.volume)
        return "article-newspaper" if daily else "article-journal"
    if draft.publisher and not part:
        return "book"
    if draft.urls:
        return "webpage"
    if part:
        return "article-newspaper" if draft.container else "article"
    return "document"


_TITLE_MARK = "\x00"
_ITALIC_MARK = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")  # Markdown italics, unknown to the tagger


def rules_own(draft: Draft) -> bool:
    """Shapes the rules read better than the tagger (measured, see parse_reference)."""
    shapes = ("source-and-date", "plain-clear", "italic-periodical", "plain-facts", "legal", "law-review",
              "colon-author", "described", "vancouver", "quoted-container", "organisation-title-link", "gost", "abnt",
              "data-series", "cjk", "apa-no-author", "apa-book", "apa-outlet", "outlet-date", "report-number",
              "speech-event", "issuer-genre-date", "bluebook-book")
    return (
        draft.shape in shapes
        or _web_footnote(draft)
        or _report_footnote(draft)
        or _described_document(draft)
        or _corporate_report(draft)
        or _numbered_document(draft)
        or _official_series_document(draft)
        or _edited_chapter(draft)
        or _publisher_then_seat(draft)
        or _page_in_site(draft)
        or _city_publisher_tail(draft)
        or _fully_read(draft)
        or _outlet_place_date(draft)
        or _parliamentary_record(draft)
        or _standard_read_whole(draft)
    )


def _standard_read_whole(draft: Draft) -> bool:
    """A marked title, a standard's or RFC's number and its date, nothing left: 'E. Foudil and Y. Shafranovich,
    *A File Format ...*, RFC 9116, April 2022'."""
    return (
        draft.title_kind in ("quoted", "italic") and bool(draft.number and draft.issued)
        and _STANDARD_NUMBER.match(draft.number) is not None and not (draft.texts or draft.notes or draft.container)
    )


def _parliamentary_record(draft: Draft) -> bool:
    """'*Shūgiin honkaigi kaigiroku* [Minutes ...], 198th Diet, no. 1, January 28, 2019': a record of a
    parliament's sitting, its session and date read, nothing left over."""
    return draft.type == "legislation" and bool(draft.genre and draft.issued) and not (draft.texts or draft.notes)


def _outlet_place_date(draft: Draft) -> bool:
    """OSCOLA news: 'Title' The Guardian (London, 22 July 2020): a quoted title, one name after it, and the
    paper's place and full date in brackets."""
    return (
        draft.title_kind == "quoted"
        and len(draft.texts) == 1
        and bool(draft.place and draft.issued and draft.issued.day)
        and not (draft.container or draft.publisher or draft.volume or draft.pages or draft.notes)
    )


def _fully_read(draft: Draft) -> bool:
    """A marked title and a tail the rules read to the last word as publication facts: a journal
    with volume or pages, or a publisher, and a date (Chicago, MLA, APA articles and books)."""
    return (
        (draft.title_kind in ("quoted", "italic") or draft.shape == "apa-article")
        and not (draft.texts or draft.chapter)
        and all(_TRANSLATOR.match(note) or _PAGE_COUNT.fullmatch(note) or _VOLUME_COUNT.match(note)
                for note in draft.notes)  # "trans. X", "380 p.", "6 vols."
        and bool(draft.issued)
        and bool(draft.authors or draft.container or draft.publisher)
        and (bool(draft.container and (draft.volume or draft.pages)) or bool(draft.publisher and not draft.container)
             or bool(draft.title_kind == "italic" and draft.place and not draft.container))  # "*Title* (Riyadh, 2016)"
    )


def _city_publisher_tail(draft: Draft) -> bool:
    """'Italo Calvino, Lezioni americane, Milano, Garzanti, 1988' (Italian, Spanish; the title in italics or
    not): author, title, then a known city, a publisher and the year, all apart by commas; or no city and a
    publisher known by its kind ('Siglo XXI Editores', 'Edizioni di Comunità'). An editor ('a cura di') or
    a translator may stand between."""
    texts = draft.texts
    return (
        draft.title_kind in ("plain", "italic")
        and bool(draft.authors and draft.issued)
        and not any(re.search(r"[()]", a.display()) for a in draft.authors)  # "(dir.)" left in a name
        and not draft.container
        and all(_TRANSLATOR.match(note) for note in draft.notes)
        and (
            (len(texts) == 2 and places.is_city(texts[0]) and not places.is_city(texts[1]))
            or (len(texts) == 1 and _press_like(texts[0]) and not draft.publisher)
            or (len(texts) == 3 and draft.title_kind == "plain" and _subtitle_of(draft) and places.is_city(texts[1])
                and not places.is_city(texts[2]))
            or (len(texts) <= 1 and all(text == _subtitle_of(draft) for text in texts) and _publisher_city_year(draft))
            or (not texts and bool(draft.publisher and draft.place) and _known_imprint(draft))
            or (not texts and bool(draft.publisher and draft.place and draft.collection and draft.volume))  # "bd. 6 av"
        )
    )


def _known_imprint(draft: Draft) -> bool:
    """'Cambridge (MA): Harvard University Press': a place with its region code in brackets (Dutch notes)."""
    return _PLACE_WITH_REGION.fullmatch(draft.place) is not None


_PLACE_WITH_REGION = re.compile(r"[A-Z][\w .'’-]{1,40}?\s*\([A-Z]{2,4}\.?\)")  # "Cambridge (MA)", Dutch notes


def _publisher_city_year(draft: Draft) -> bool:
    """'R. Kuźniar, Polityka zagraniczna III Rzeczypospolitej, Scholar, Warszawa 2012' (Polish): the publisher,
    then a known city and the year with no comma between, closing the note."""
    return (
        bool(draft.publisher and draft.issued)
        and places.is_city(draft.place)
        and draft.text.rstrip(" .").endswith(f"{draft.place} {draft.issued.year}")
    )


def _subtitle_of(draft: Draft) -> str:
    """'Diritto e ragione. Teoria del garantismo penale': the first leftover chunk when the note writes it
    right after the title and a full stop (a subtitle the sentence split set apart)."""
    subtitle = draft.texts[0] if draft.texts else ""
    return subtitle if subtitle and f"{draft.title}. {subtitle}" in draft.text else ""


# ---- legal citations: court decisions, statutes, EU acts, law-review articles (OSCOLA, Bluebook)

_YEAR_RE = r"(?:1[5-9]|20)\d\d"
# "R (Finch) v Surrey County Council [2024] UKSC 20", "Smith v. Jones, 123 U.S. 456 (1990)",
# "Verein KlimaSeniorinnen Schweiz v Switzerland App no 53600/20 (ECtHR, 9 April 2024)"
_CASE = re.compile(
    r"^\*?(?P<title>[A-Z][^*\[\]]{0,200}?\s+(?:v\.?|c\.?(?=\s+[A-Z]))\s+(?:[^*\[\]]|\[No\.?\s?\d+\]){2,200}?)\*?,?\s*"
    r"(?P<cite>(?:\[" + _YEAR_RE + r"\]|\(" + _YEAR_RE + r"\))\s+\S.*|App(?:lication)?\.?\s+no\.?\s+.*"
    r"|\d+\s+[A-Z][\w.]*(?:\s+[\w.]+){0,3}(?:\s+\(\d+\s+[A-Z][\w.]*\))?\s+\d+.*"  # "5 U.S. (1 Cranch) 137"
    r"|Case\s+[A-Z]?-?\d+/\d+.*|(?:ECLI:)?EU:[CTF]:\d{4}:\d+.*)$"
)
# The Court of Justice's case number before the parties ("Case C-621/18 Wightman v ...") and the European Case
# Law Identifier after them ("EU:C:2018:999", "ECLI:EU:C:2018:999"), whose third part is the year
_EU_CASE_NUMBER = re.compile(r"^(?:Joined\s+)?Cases?\s+[CTF]-\d+/\d+(?:\s+(?:and|&)\s+[CTF]-\d+/\d+)*\s+")
_ECLI = re.compile(r"(?:ECLI:)?EU:[CTF]:(?P<year>\d{4}):\d+")
# What an international court's decision was, printed after the parties or the question: "(Judgment)",
# "(Advisory Opinion)"; with it a case needs no " v " ("Legality of the Threat or Use of Nuclear Weapons (Advisory
# Opinion) [1996] ICJ Rep 226")
_DECISION_KINDS = (
    r"(?:Judgment|Advisory\s+Opinion|Merits|Preliminary\s+Objections?|Provisional\s+Measures|Order|Jurisdiction"
    r"|Admissibility|Interim\s+Measures|Reparations?)\b[^()]*"
)
_DECISION_KIND = re.compile(r"\s*\((?P<kind>" + _DECISION_KINDS + r")\)$")
_DECIDED_CASE = re.compile(
    r"^(?P<title>[A-Z][^*\[\]]{1,200}?\(" + _DECISION_KINDS + r"\)),?\s*(?P<cite>\[" + _YEAR_RE + r"\]\s+\S.*)$"
)
_OPENING_QUOTE = re.compile(r"(?:^|[\s(])['‘“\"]\w")
# "Climate Change Act 2008, s 1(1)", "... Order 2019, SI 2019/1056", "Clean Air Act of 1963, 42 U.S.C. § 7401"
_STATUTE = re.compile(
    r"^\*?(?P<title>[A-Z][\w’'.()\- ]*?\b(?:Act|Order|Regulations?|Rules|Statute|Code)(?:\s+of)?\s+" + _YEAR_RE
    + r"(?:\s+\([^)]{2,80}\)\s+[\w ]*?" + _YEAR_RE + r")?)\*?"
    r"(?P<rest>(?:,\s*(?:(?:Division|Title|Subtitle|Part)\s+[\w-]+\s+of\s+)?"
    r"(?:ss?|sch|art|arts|reg|regs|para|paras|section|pts?|Part|§+|SI|c|ch|Pub\.?\s*L\.?|\d+\s+U\.?S\.?C)\b.*"
    r"|\s*\([A-Z][A-Za-z]{1,4}\)(?:\s+(?:ss?|pts?|sch|divs?|regs?|cls?)\s+\S.*)?"  # AGLC: "(Cth) ss 51(1), 53"
    r"|\s*\(c(?:h)?\.?\s*\d+\))?)\.?$"  # a UK act's chapter: "Offences Act 2024 (c. 14)"
)
# "Directive 2011/92/EU of the European Parliament ... of 13 December 2011 on ... [2012] OJ L26/1"
_EU_ACT_KIND = (  # and as Romanian and French name them: "Decizia (UE) 2023/1786 a Comisiei", "Règlement (UE) ..."
    r"(?:Council\s+|Commission\s+)?(?:Implementing\s+|Delegated\s+)?(?:Directive|Regulation|Decision"
    r"|Decizia|Regulamentul|Directiva|Décision|Règlement|(?:Durchführungs)?Verordnung|Richtlinie|Beschluss)"
)
_EU_ACT = re.compile(
    r"^(?P<title>" + _EU_ACT_KIND + r"\b.+?)"
    r"\s*\[" + _YEAR_RE + r"\]\s*OJ\s+\S+.*$"
)
# The Dutch parliament's papers and debates as its citation guide writes them: "Kamerstukken II 2019/20, 35373, nr. 1",
# "Handelingen II 2019/20, nr. 45, item 12", often after what the paper is ("Brief van de minister ... van 22 december
# 2019, Kamerstukken II ...") or with it in brackets after ("... nr. 143 (brief van de minister ... van 2 april 2015)")
_DUTCH_PARLIAMENT = re.compile(
    r"^(?:(?P<title>[^()]+?),\s+)?(?P<series>(?:Aanhangsel\s+)?Handelingen|Kamerstukken)\s+(?P<house>I{1,2})\s+"
    r"(?P<session>(?:19|20)\d\d[/-](?:\d\d|\d{4}))(?P<number>(?:,\s*[^,()]+)*?)\.?(?:\s*\((?P<aside>[^()]+)\))?$"
)
# The record of debates in Parliament (OSCOLA): "HC Deb 15 January 2019, vol 652, col 1125", "HL Deb 3 May 2021,
# vol 812, cols 4-6"
_HANSARD = re.compile(
    r"^(?P<house>H[CL]\s+Deb)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),\s*vol\s+(?P<volume>\d+)"
    r"(?:,\s*cols?\.?\s+(?P<col>\d+[A-Z]{0,3}(?:\s*[-–]\s*\d+[A-Z]{0,3})?))?"
)
# "Council Regulation (EU) 2022/1369 of 5 August 2022 on coordinated demand-reduction measures for gas, OJ L 206,
# 8.8.2022, p. 1" (the EU's own style): the title up to the Official Journal, its series and issue, the issue's
# date and the first page
_EU_ACT_OJ = re.compile(
    r"^(?P<title>" + _EU_ACT_KIND + r"\b.+?),?\s+[*_]?"
    r"(?P<journal>OJ|JO|ABl\.|Official\s+Journal\s+of\s+the\s+European\s+(?:Union|Communities))[*_]?\s+(?P<series>[LC])\s*(?P<issue>\d+(?:\s?[A-Z])?)(?:,\s*|\s+of\s+|\s+vom\s+)"
    # the issue's date as the EU prints it, or written out as Chicago does
    r"(?:\d{1,2}\.\d{1,2}\.\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"(?:,\s*(?:pp?\.\s*|S\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?))?\W*$"
)
# "Regulation (EU) 2024/1252 establishing a framework for ... (2024). Official Journal of the European Union":
# an EU act named by its number, dated and placed in the Journal after the title (APA)
_EU_ACT_NUMBERED = re.compile(
    r"^(?P<title>" + _EU_ACT_KIND
    + r"\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\.?\s+)?\d+/\d+(?:/(?:EU|EC|EEC))?\b[^()]*?)\.?"
    r"(?:\s*\((?P<year>" + _YEAR_RE + r")\)\.?\s*(?P<journal>Official\s+Journal[^,.]*)?.*)?$"
)
# "Convention Regarding the Regime of the Straits, signed at Montreux, 20 July 1936, 173 LNTS 213": a treaty
# with its place in a treaty series (volume, series, first page)
_TREATY_SERIES = re.compile(
    r",?\s*(?P<volume>\d+)\s+(?P<series>U\.?N\.?T\.?S|L\.?N\.?T\.?S|I\.?L\.?M|U\.?K\.?T\.?S|U\.?S\.?T|T\.?I\.?A\.?S"
    r"|C\.?T\.?S)\.?"
    r"\s+(?P<page>\d+|[IVXLC]+\b)"  # "1 UNTS XVI": the Charter's pages in the first volume are roman
)
_TREATY_TITLE = re.compile(
    r"^(?P<title>[^,(]*?\b(?:Convention|Treaty|Agreement|Protocol|Charter|Covenant|Accord|Pact)\b[^,(]*)"
)
# Czech and Slovak: "Zákon č. 65/2022 Sb., o ...", "Nařízení Rady (EU) 2022/328 ze dne 25. února 2022, kterým se
# mění ... Úř. věst. L 49, 25. 2. 2022, s. 1." (the Official Journal, as its Czech edition is cited)
# "Loi n° 2023-491 du 22 juin 2023 relative à ..., JO du 23 juin 2023", "Gebäudeenergiegesetz vom
# 8. August 2020 (BGBl. I S. 1728)": the title runs to the gazette; a German title stops before "vom"
_NATIONAL_LAW = re.compile(
    r"^(?P<title>(?:Loi|Décret|Ordonnance|Arrêté|Ley|Real\s+Decreto|Decreto|Legge|Ustawa|Rozporządzenie"
    r"|Zákon|Nařízení|Vyhláška|Nariadenie|Zakon)\b.+?\b" + _YEAR_RE + r"\b.*?)"
    r"(?:,\s*\*?(?:(?:JO|JORF|BOE|GU)\b|Dz\.\s*U\.).*|\.\s+(?:Úř\.\s*věst\.|Ú\.\s*v\.)\s.*)?$"
    r"|^(?P<title2>[A-ZÄÖÜ][\w-]*(?:gesetz|verordnung|Gesetz|Verordnung)\w*(?:\s+[\w-]+){0,8}?)"
    r"(?=\s+vom\s+\d)(?P<rest>.*)$"
)
# A Czech or Slovak law's number in the collection of laws, whose year is the law's: "č. 65/2022 Sb.",
# "č. 300/2005 Z. z."
_COLLECTION_NUMBER = re.compile(r"\b\d+/(?P<y>" + _YEAR_RE + r")\s*(?:Sb|Z\.\s?z)\.")
# The gazette a law was published in, as a chunk of its own: ", *Boletín Oficial*, 8 de julio de 2024"
_GAZETTE_CHUNK = re.compile(
    r",\s*\*?(?P<g>(?:Bolet[ií]n\s+Oficial|Journal\s+officiel|Gazzetta\s+Ufficiale|Diario\s+Oficial|Di[aá]rio\s+Oficial"
    r"|Dziennik\s+Ustaw|Monitorul\s+Oficial)[^,*]*)\*?(?=,|$)",
    re.IGNORECASE,
)


def _split_national_law_title(draft: Draft) -> None:
    """'Ley 27.742, “Ley de Bases y Puntos de Partida ...”, Boletín Oficial, 8 de julio de 2024': the gazette is
    where it was published, and a quoted name after the law's number is its title (the number kept as such)."""
    title = draft.title
    gazette = _GAZETTE_CHUNK.search(title)
    if gazette:
        draft.container, title = gazette.group("g").strip(), title[: gazette.start()]
    quoted = find_title_span(title)
    if quoted is not None and quoted.kind == "quoted" and title[: quoted.start].strip(" ,"):
        draft.number, title = title[: quoted.start].strip(" ,"), quoted.text
    draft.title = title.strip(" ,*")


# Each shape with a quick test for the words it needs before its pattern runs (None: it always runs)
# McGill: "Act respecting the laicity of the State, SQ 2019, c 12, ss 6, 34", "Criminal Code, RSC 1985, c C-46, s 2":
# the statute's title, then the statute book, its year and the chapter
_CANADIAN_STATUTE = re.compile(
    r"^(?P<title>[A-Z][^,]{3,200}?),\s+(?P<statute>R?S[A-Z]{0,3}\s+(?P<year>" + _YEAR_RE + r"),\s*c\s+[\w.-]+)"
    r"(?P<rest>.*)$"
)
_LEGAL_SHAPES = (
    (_EU_ACT, "legislation", None),
    (_NATIONAL_LAW, "legislation", None),
    (_STATUTE, "legislation", re.compile("Act|Order|Regulation|Rules|Statute|Code")),
    (_CASE, "legal_case", re.compile(" v[ .]| c\\.? [A-Z]")),  # Quebec's French: "Hak c Procureur général"
    (_CANADIAN_STATUTE, "legislation", re.compile(r", R?S[A-Z]{0,3} \d{4}, c ")),
    (_DECIDED_CASE, "legal_case", re.compile(r"\) ?\[")),
)
_TREATY_KINDS = "Convention|Treaty|Agreement|Protocol|Charter|Covenant|Accord|Pact"
_TREATY_WORD = re.compile(_TREATY_KINDS)
_ANY_QUOTE = re.compile("[‘'“\"]")
# "Fisher, Scotford and Barritt, 'The Legally Disruptive Nature of Climate Change' (2017) 80 MLR 173"
_LAW_REVIEW = re.compile(
    r"^(?P<authors>[^‘’'“”\"]+?),\s*[‘'“\"](?P<title>.+?)[’'”\"],?\s*"
    r"(?:\((?P<year>" + _YEAR_RE + r")\)\s*(?P<volume>\d+)|\[(?P<year2>" + _YEAR_RE + r")\]\s*(?P<volume2>\d+)?)"
    r"(?:\((?P<issue>[\w/–-]{1,9})\)|:(?P<issue2>\d{1,4}))?\s+"  # AGLC "(2021) 43(3)", McGill "(1997) 35:1"
    r"\*?(?P<journal>[A-Z][^\d,*]*?)\*?\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[-–]\d+)?))?\.?$"
)


# "277 U.S. 438, 478 (1928)", "573 U.S. 373 (2014)", "138 S. Ct. 2206, 2217 (2018)": volume, reporter,
# first page, pin page and (court and) year of a US reporter citation
_REPORTER = re.compile(
    r"^(?P<volume>\d+)\s+(?P<reporter>[A-Z][\w.']*(?:\s+[A-Z0-9][\w.']*){0,3})(?:\s+\(\d+\s+[A-Z][\w.]*\))?\s+(?P<page>\d+)"
    r"(?:,\s*\d+(?:[–-]\d+)?(?:\s*(?:&|and)\s*nn?\.\s*\d+)?)?\s*\((?:[^()]*\s)?(?P<year>" + _YEAR_RE + r")\)"
)
# An English or international law report after the year: "[1998] AC 539", "[1990] 2 WLR 1", "[2012] ICJ Rep 99",
# "(1987) 84 Cr App R 1". A neutral citation ("[2019] UKSC 41") gives the court and the case's number, not a page.
_LAW_REPORT = re.compile(
    r"^(?:\[(?P<year>" + _YEAR_RE + r")\]\s+(?:(?P<volume>\d+)\s+)?"
    r"(?P<reporter>[A-Z][\w.']*\s+Rep|AC|QB|KB|Ch|Fam|WLR|All\s+ER|ECR|CMLR|EHRR|ILR|BCLC|SCR|FC|Ex\s+CR)"  # SCR: CA
    r"|\((?P<year2>" + _YEAR_RE + r")\)\s+(?P<volume2>\d+)\s+(?P<reporter2>[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,3}))"
    r"\s+(?P<page>\d+)\b"
)
# A statute's place in the Statutes at Large: "Pub. L. No. 99-508, 100 Stat. 1848"
# "132 Stat. 1253 (2018)": the volume and page of the Statutes at Large, and the year the law was enacted, which
# Bluebook gives in brackets (the year in an act's name is only the year it was introduced)
_STATUTES_AT_LARGE = re.compile(
    r"\b(?P<volume>\d+)\s+Stat\.\s+(?P<page>\d+)(?:[,\s\d–-]*\((?P<year>" + _YEAR_RE + r")\))?"
)
# A rule, order or notice in the Federal Register: "Exec. Order No. 14017, “America's Supply Chains,” 86 Fed. Reg.
# 11849 (Mar. 1, 2021)", "Implementation of Export Controls, 87 Fed. Reg. 62186 (Oct. 13, 2022) (to be codified ...)"
_FEDERAL_REGISTER = re.compile(
    r"^(?P<head>.+?),?\s+(?P<volume>\d+)\s+(?P<register>Fed\.\s?Reg\.|Federal\s+Register)\s+(?P<page>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:,\s*\d+(?=\s*[(,]))?(?:\s*\((?P<date>[^()]*" + _YEAR_RE + r")\)|,\s*(?P<date2>[^()]{0,20}?" + _YEAR_RE + r"))"
    r"(?P<rest>.*)$"
)
# A US public law: "Energy Policy and Conservation Act, P.L. 94-163, 89 Stat. 871 (December 22, 1975)"
_PUBLIC_LAW = re.compile(
    r"^[*_]?(?P<title>[A-Z][^,*_]*\b(?:Act|Resolution)\b[^,*_]*)[*_]?,\s*"
    r"(?P<number>(?:P\.\s?L\.|Pub\.\s?L\.)\s*(?:No\.\s*)?\d+-\d+)(?P<rest>.*)$"
)
# "Exec. Order No. 14017", "Proclamation No. 10141", "Executive Order 14028 of May 12, 2021": the document's number
_PRESIDENTIAL_DOCUMENT = re.compile(
    r"^(?P<number>(?:Exec(?:\.|utive)\s+Order|Proclamation|Presidential\s+Memorandum)\s+(?:No\.\s*)?"
    r"(?:\d{1,3}(?:,\d{3})+|[\d-]+))"  # "Exec. Order No. 12,866": Bluebook groups thousands
    r"(?:\s+of\s+[^,]+)?,?\s*"
)
# A congressional hearing: "Title: Hearing before the Committee on ..., 117th Cong. 45 (2021), S. Hrg. 117-11"
_HEARING = re.compile(
    r"^(?P<title>.+?):\s+(?P<genre>(?:Joint\s+)?Hearings?\s+(?:before|on)\s+.+?),?\s+"
    r"(?P<congress>\d+(?:st|nd|rd|th)\s+Cong\.)(?:,?\s+\d+(?:st|nd|rd|th)\s+Sess\.)?(?:\s+\d+)?"
    r"\s*\((?P<year>" + _YEAR_RE + r")\)(?P<rest>.*)$"
)
# The numbered papers of the Norwegian and Swedish governments and parliaments: white papers "Meld. St. 36
# (2020–2021)", bills "Prop. 87 S (2023–2024)", "Prop. 2021/22:153", official reports "NOU 2023: 14", "SOU 2017:2"
_NORDIC_PAPER = re.compile(
    r"^(?P<number>(?:Meld\.\s*St\.|St\.\s*meld\.|Prop\.|Innst\.)\s*\d+(?:\s*[LS]{1,2})?\s*\((?:19|20)\d\d[–-](?:19|20)?\d\d\)"
    r"|(?:NOU|SOU|Ds)\s+(?:19|20)\d\d:\s*\d+|Prop\.\s+(?:19|20)\d\d/\d\d:\d+)[.,]?\s+(?P<rest>\S.*)$"
)
_NORDIC_FACT_BREAK = re.compile(r"(?<=[a-zæøåäö0-9)])\.\s+(?=[A-ZÆØÅÄÖ])|,\s+")
_MARKED_OR_BRACKETED = re.compile(r"[*_“”\"«»„(]")
_REPORT_BY = re.compile(r"^(?:Betänkande|Delbetänkande|Utredning|Innstilling)\s+(?:av|fra|från)\s+(?P<body>.+)$")


def _nordic_paper(m: re.Match, text: str) -> Draft:
    """The paper's number, its title, then the ministry or commission that wrote it, the place and the year."""
    number = " ".join(m.group("number").split())
    draft = Draft(text=text, title_kind="plain", shape="legal", type="report", number=number)
    parts = [p.strip() for p in _NORDIC_FACT_BREAK.split(m.group("rest")) if p.strip(" .")]
    while parts:
        last = parts[-1].strip(" .")
        by = _REPORT_BY.match(last)
        city_year = _CITY_YEAR.fullmatch(last)
        imprint = _PLACE_PUBLISHER.match(last) if ":" in last else None
        if dates.is_only_date(last):
            draft.issued = draft.issued or dates.parse_date(last)
        elif imprint and places.is_city(imprint.group("place").strip()) and not draft.publisher:
            draft.place, draft.publisher = imprint.group("place").strip(), imprint.group("publisher").strip()
        elif city_year and places.is_city(city_year.group("city")) and len(parts) > 1:  # "Stockholm 2017"
            draft.place, draft.issued = city_year.group("city"), draft.issued or PartialDate(int(city_year.group("y")))
        elif (by or (names.is_organisation(last) and len(parts) > 1)) and not draft.authors:
            draft.authors = (Name(literal=(by.group("body") if by else last).strip()),)
        else:
            break
        parts.pop()
    title = ". ".join(p.strip(" .") for p in parts)
    draft.title = title if title[:1].isupper() else draft.number  # "Prop. 1 S (2023–2024) for budsjettåret 2024"
    return draft


# A printed paper of the Bundestag or Bundesrat: "Gesetzentwurf der Bundesregierung: Entwurf eines Gesetzes ...,
# BT-Drs. 20/1410", "..., Bundestags-Drucksache 20/2091, 1. Juni 2022"
_BUNDESTAG_PAPER = re.compile(
    r"^(?P<head>.{5,400}?),\s*(?P<number>(?:BT|BR)-(?:Drs|Drucks)\.\s*\d+/\d+|(?:Bundestags-|Bundesrats-)?Drucksache"
    r"\s+\d+/\d+)(?P<rest>(?:,\s*[^,]{1,40})*)$"
)
# "Gesetzentwurf der Bundesregierung: Titel": what the paper is, who put it forward, its title
_KIND_OF_BODY = re.compile(r"^(?P<kind>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:der|des)\s+(?P<body>[^:]{3,80}):\s+(?P<title>\S.*)$")


def _bundestag_paper(m: re.Match, text: str) -> Draft:
    head = m.group("head").strip(" ,")
    draft = Draft(text=text, title=head, title_kind="plain", shape="legal", type="report", number=m.group("number"))
    kind = _KIND_OF_BODY.match(head)
    if kind:
        draft.title, draft.genre = kind.group("title"), kind.group("kind")
        draft.authors = (Name(literal=kind.group("body").strip()),)
    found = dates.find_dates(m.group("rest"))
    draft.issued = found[0].date if found else None
    return draft


# Bluebook's press release: the kind, the body that issued it, the title, the date
_BLUEBOOK_RELEASE = re.compile(
    r"^(?P<genre>(?:Press|News)\s+Release),\s+(?P<body>[^,]{3,80}),\s+(?P<title>.{10,400}?)\s*"
    r"\((?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+" + _YEAR_RE + r")\)(?=[.,]?\s*(?:https?://\S+)?[.,]?$)"
)
# A report, document or committee print of Congress (Bluebook): "S. Rep. No. 91-1196, at 16 (1970)", "H.R. Rep. No.
# 115-1015, pt. 1, at 4 (2018)", "H.R. Doc. No. 117-5 (2021)"
_CONGRESS_REPORT = re.compile(
    r"^(?P<title>(?:S\.|H\.\s?R\.)\s+(?:Rep|Doc|Comm\.\s+Prt|Prt)\.\s+No\.\s+(?P<number>\d+-\d+))(?:,\s*pt\.\s*\d+)?"
    r"(?:,\s*at\s+[\d–-]+)?\s*\((?:[^()]*\s)?(?P<year>" + _YEAR_RE + r")\)\W*$"
)
# Chicago: "U.S. Congress, Senate Committee on ..., Title, hearing, 116th Cong., 1st sess., October 17, 2019, ..."
_CHICAGO_HEARING = re.compile(
    r"^(?:U\.\s?S\.\s+)?Congress,\s+(?P<head>.+?),\s+(?P<genre>(?:joint\s+)?hearings?|committee\s+print)\s*,\s+"
    r"(?P<congress>\d+(?:st|nd|rd|th)\s+Cong\.)(?:,\s*\d+(?:st|nd|rd|th)\s+[Ss]ess\.)?(?P<rest>.*)$"
)
_CONGRESS_BODY = re.compile(r"\b(?:Committee|Subcommittee|Senate|House|Commission)\b")
_PUBLISHED_AT = re.compile(r"\((?P<place>[A-Z][^():]{1,40}):\s*(?P<publisher>[^(),]+),\s*" + _YEAR_RE + r"\)")
# A UK parliamentary or command paper (OSCOLA): "House of Commons Foreign Affairs Committee, Moscow's Gold: Russian
# Corruption in the UK (HC 2017–19, 932)", "Home Office, Title (White Paper, Cm 9999, 2020)", "Joint Committee on
# Human Rights, Title (2006–07, HL 81, HC 60)": the body, the title, then the paper's number (and year) in brackets
_SESSION = r"(?:1[89]|20)\d\d(?:[–-]\d{2,4})?"
_UK_PAPER_CUE = re.compile(r"[(,]\s?(?:H[CL]\s|Cmn?d?\s)")
_UK_PAPER = re.compile(
    r"^(?P<body>[A-Z][^,()]{2,120}),\s+(?P<title>[^()]{2,300}?)\s+\((?:(?P<genre>[A-Z][\w ]{2,30}),\s+)?"
    r"(?P<paper>(?:H[CL](?:\s+Paper)?\s+(?:" + _SESSION + r",\s+)?[\dIVX][\w-]*|Cm[nd]{0,2}\s+\d[\w-]*"
    r"|" + _SESSION + r",\s+H[CL]\s+[\dIVX][\w-]*(?:,\s+H[CL]\s+[\dIVX][\w-]*)?))"
    r"(?:,\s+(?P<year>" + _YEAR_RE + r"))?\)(?P<rest>[^()]*)$"
)
# "CRS Report RL33341, The Strategic Petroleum Reserve: ..., by Robert Bamberger, December 28, 2009": the report's
# series and number first, then its title, its authors after "by", and its date
_NUMBER_FIRST_REPORT = re.compile(
    r"^(?P<genre>(?:[A-Z]{2,5}\s+)?(?:Report|Working\s+Paper|In\s+Focus|Insight|Issue\s+Brief|Testimony))\s+"
    r"(?:No\.\s*)?(?P<number>[A-Z]{0,4}-?\d[\w.-]*),\s+(?P<rest>[A-Z“\"].+)$"
)
_HEARING_NUMBER = re.compile(r"\b(?:S\.\s?Hrg\.|Serial)\s+No\.?\s*[\d-]+|\bS\.\s?Hrg\.\s*[\d-]+")
# A section of a code: "18 U.S.C. § 2703(d) (2018)", "47 C.F.R. § 64.2010 (2020)"
_CODE_SECTION = re.compile(
    r"^(?P<title>(?P<volume>\d+)\s+(?P<code>U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.)\s*§+\s*[\w().–-]+?)"
    r"(?:\s*\((?:[^()]*\s)?(?P<year>" + _YEAR_RE + r")\))?$"
)
# Bluebook articles: "Orin S. Kerr, *The Case for the Third-Party Doctrine*, 107 Mich. L. Rev. 561, 563 (2009)"
_BLUEBOOK_ARTICLE = re.compile(
    r"^(?P<authors>[^*\d]{3,200}?),\s*[*_](?P<title>[^*_]+)[*_],\s*(?P<volume>\d+)\s+"
    r"(?P<journal>[A-Z][^\d,*]*?)\s+(?P<page>\d+)(?:,\s*\d+(?:[–-]\d+)?)?\s*"
    r"\((?:[^()]*\s)?(?P<year>" + _YEAR_RE + r")\)"
    # a review numbered by year, not volume: "1989 Duke L.J. 511, 517"
    r"|^(?P<authors2>[^*\d]{3,200}?),\s*[*_](?P<title2>[^*_]+)[*_],\s*(?P<year2>" + _YEAR_RE + r")\s+"
    r"(?P<journal2>[A-Z][^\d,*]*?)\s+(?P<page2>\d+)(?:,\s*\d+(?:[–-]\d+)?)?\.?$"
)

# The same with the title in roman, as plain text and scraped pages print it: "Lina M. Khan, Amazon's Antitrust
# Paradox, 126 Yale L.J. 710 (2017)", "... Section 230 Reform, 2020 U. Chi. Legal F. 45, 47": the journal is
# told by its abbreviations (no digit, "L.", "J.", "Rev.", "F.", "Q." or "Legal" among its words)
_BLUEBOOK_JOURNAL_WORD = r"(?:[A-Z][\w'’&.]*|&|on|of|for|in|and)"
_BLUEBOOK_PLAIN_ARTICLE = re.compile(
    r"^(?P<authors>[^,\d*_“”\"]{3,120}?),\s+(?P<title>[^*_“”\"]{3,300}?),\s+"
    r"(?P<volume>\d{1,4})\s+"
    rf"(?P<journal>{_BLUEBOOK_JOURNAL_WORD}(?:\s+{_BLUEBOOK_JOURNAL_WORD}){{0,8}})\s+(?P<page>\d+)"
    r"(?:,\s*\d+(?:[–-]\d+)?)?(?:\s*\((?:[^()]*\s)?(?P<year>" + _YEAR_RE + r")\))?[.,]?"
)
_BLUEBOOK_ABBREVIATION = re.compile(r"(?:^|\s)(?:[\w.]*L\.(?:J\.)?|J\.|Rev\.|F\.|Q\.|Legal)(?:\s|$)")


# "UN Security Council, Resolution 2231 (2015), S/RES/2231 (2015), 20 July 2015", "UN General Assembly,
# Resolution 46/182, “Strengthening of the coordination ...,” A/RES/46/182, 19 December 1991"
_UN_RESOLUTION = re.compile(
    r"^(?P<body>(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council|General Assembly|Human Rights Council"
    r"|Economic and Social Council)),?\s+(?P<resolution>Resolution\s+\d+(?:/\d+)?(?:\s*\(" + _YEAR_RE + r"\))?)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_UN_SYMBOL = re.compile(r"\b[ASE]/(?:RES|HRC/RES)/[\d/]+(?:\s*\(" + _YEAR_RE + r"\))?")


def _un_resolution(m: re.Match, text: str) -> Draft:
    """The body that adopted it as author; its own title when quoted, else 'Resolution 2231 (2015)';
    the document symbol as number; the date of adoption, else the year in the resolution's name."""
    rest = m.group("rest")
    quoted = find_title_span(rest)
    symbol = _UN_SYMBOL.search(rest)
    draft = Draft(text=text, title=quoted.text if quoted else m.group("resolution"), title_kind="plain",
                  shape="legal", type="legislation", authors=(Name(literal=m.group("body")),),
                  number=symbol.group(0) if symbol else m.group("resolution"))
    full = [d.date for d in dates.find_dates(rest) if d.date.day]
    year = re.search(_YEAR_RE, m.group("resolution"))
    draft.issued = full[-1] if full else PartialDate(int(year.group(0))) if year else None
    return draft


# Continental court decisions, named by court and kind of ruling rather than by parties:
# "Corte costituzionale, sentenza n. 313 del 1990", "Tribunal Constitucional, Sentencia 31/2010, de 28 de
# junio", "Corte europea dei diritti dell’uomo, sentenza 8 gennaio 2013, Torreggiani e altri c. Italia"
_COURT_WORDS = re.compile(
    r"\b(?:cort[ei]|tribunal[ei]?|cour|conseil|consiglio|cassazione|court|bverfg|bgh|bverwg|audiencia|tar"
    r"|trybunał|sąd|soud|domstol(?:en)?|hof|rechtbank)\b"
    r"|gericht(?:shof)?\b",  # also at the end of a compound: "Bundesverfassungsgericht"
    re.IGNORECASE,
)
# How the word for the ruling starts, right after the court's name and a comma
_RULING_STARTS = ("sent", "ordi", "ord.", "auto", "stc", "arrê", "déci", "deci", "urte", "besc", "judg", "ruli",
                  "wyro", "post", "nále", "rozs", "uitsp", "dom ")
_COURT_DECISION = re.compile(
    r"^(?P<court>[^\W\d_][^,;:“”\"]{2,90}?),\s*(?P<ruling>(?:sentenza|sent\.|ordinanza|ord\.|sentencia|auto"
    r"|STC|arrêt|décision|decisión|urteil|beschluss|judgment|judgement|decision|ruling|wyrok|postanowienie|nález"
    r"|rozsudek|uitspraak|dom)\b[^,]*(?:,\s*de\s+[^,]+)?)"
    r"(?:,\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_PARTIES = re.compile(r"^(?P<parties>[^,]+?\s(?:c\.|v\.?|vs\.?|contre|gegen|contro)\s[^,]+)")


def _court_decision(m: re.Match, text: str) -> Draft:
    """The court as the body that issued the ruling; the parties, when named, as its title, else the ruling."""
    rest = (m.group("rest") or "").strip()
    parties = _PARTIES.match(rest)
    ruling = m.group("ruling").strip()
    draft = Draft(text=text, title=parties.group("parties").strip() if parties else ruling, title_kind="plain",
                  shape="legal", type="legal_case", authors=(Name(literal=m.group("court").strip()),))
    draft.number = ruling if parties else rest  # "1 BvR 2656/18", "n° 424216"
    found = [d.date for d in dates.find_dates(ruling)]
    year = re.search(r"\d+/(" + _YEAR_RE + r")\b", ruling)  # "Sentencia 31/2010, de 28 de junio"
    draft.issued = _legal_date(found, "legal_case") if found else PartialDate(int(year.group(1))) if year else None
    return draft


def _read_reporter(cite: str, draft: Draft) -> None:
    """A US or English reporter citation's volume, reporter (the container) and first page."""
    m = _REPORTER.match(cite)
    if m:
        draft.volume, draft.container, draft.pages = m.group("volume"), m.group("reporter"), m.group("page")
        draft.issued = draft.issued or PartialDate(int(m.group("year")))
    m = _LAW_REPORT.match(cite) if m is None else None
    if m:
        draft.volume = m.group("volume") or m.group("volume2") or ""
        draft.container, draft.pages = " ".join((m.group("reporter") or m.group("reporter2")).split()), m.group("page")
        draft.issued = draft.issued or PartialDate(int(m.group("year") or m.group("year2")))
    neutral = (_CANADIAN_NEUTRAL.match(cite) or _UK_NEUTRAL.match(cite)) if m is None else None
    if neutral:  # "2021 SCC 34", "[2019] EWHC 3408 (QB)": the year, the court, the decision's number
        draft.container, draft.issued = neutral.group("court"), draft.issued or PartialDate(int(neutral.group("year")))


# A neutral citation of England and Wales, Scotland, Ireland, Australia, New Zealand: "[2019] EWHC 3408 (QB)",
# "[2020] UKSC 12", "[2001] EWCA Civ 1233", "[1992] HCA 23"
_UK_NEUTRAL = re.compile(
    r"^\[(?P<year>" + _YEAR_RE + r")\]\s+(?P<court>[A-Z][A-Za-z]{1,6}(?:\s+(?:Civ|Crim))?)\s+\d+\b"
)
# A Canadian neutral citation: year, court (SCC, FCA, ONCA, QCCS, BCSC ...), number
_CANADIAN_NEUTRAL = re.compile(
    r"^(?P<year>" + _YEAR_RE + r")\s+(?P<court>(?:SCC|FCA?|[A-Z]{2}(?:CA|SC|CS|CQ|QB|KB|CJ)))\s+\d+\b"
)


def _set_decision_kind_aside(draft: Draft) -> None:
    """'Jurisdictional Immunities of the State (...) (Judgment)': what the court decided goes to the genre."""
    kind = _DECISION_KIND.search(draft.title)
    if kind:
        draft.title, draft.genre = draft.title[: kind.start()], " ".join(kind.group("kind").split())


_EU_CASE_ANYWHERE = re.compile(r"\bCases?\s+[CTF]-\d+/\d+")
# The court named before the case ("Court of Justice of the European Union, Case C-311/18, ..."), the comma after
# the case number, and the judgment's date written out (", judgment of 16 July 2020"): set aside so the parties
# and the identifier read as in "Case C-311/18 Parties EU:C:2020:559"
_COURT_BEFORE_CASE = re.compile(r"^(?P<court>[^,]{3,90}),\s+(?=(?:Joined\s+)?Cases?\s+[CTF]-)")
_CASE_NUMBER_COMMA = re.compile(r"(\bCases?\s+[CTF]-\d+/\d+),\s+")
_JUDGMENT_OF = re.compile(
    r",?\s*\(?\b(?:judgment|order|opinion|ruling)\s+of\s+(?P<date>[^,()]{6,30}?\d{4})\)?(?=\s*[,.(]|\s+(?:ECLI|EU:)|$)",
    re.IGNORECASE,
)


def _plain_eu_case(plain: str) -> tuple[str, PartialDate | None]:
    """The citation as the EU case pattern reads it, and the judgment's date when the note writes it out."""
    plain = plain.replace("*", "")  # "Case C-64/16 *Associação ... v Tribunal de Contas* EU:C:2018:117"
    court = _COURT_BEFORE_CASE.match(plain)
    if court and _COURT_WORDS.search(court.group("court")):
        plain = plain[court.end() :]
    plain = _CASE_NUMBER_COMMA.sub(r"\1 ", plain, count=1)
    judged = _JUDGMENT_OF.search(plain)
    if judged is None:
        return plain, None
    date = dates.parse_date(judged.group("date"))
    return f"{plain[: judged.start()]}{plain[judged.end() :]}".strip(" ,"), date if date and date.day else None


def _read_eu_case(draft: Draft) -> None:
    """'Case C-621/18 Wightman v Secretary of State ... EU:C:2018:999': the case number goes with the identifier,
    the parties stay the title, and the identifier gives the year."""
    number = _EU_CASE_NUMBER.match(draft.title)
    if number:
        draft.title = draft.title[number.end() :]
        draft.number = f"{number.group(0).strip()} {draft.number}".strip()
    ecli = _ECLI.search(draft.number)
    if ecli and draft.issued is None:
        draft.issued = PartialDate(int(ecli.group("year")))


def _legal_date(found: list[PartialDate], kind: str) -> PartialDate | None:
    """A decision's or act's full date when it states one; else a statute's year (the last in its title)."""
    if not found:
        return None
    full = [d for d in found if d.day]
    if full:
        return full[0]
    return found[-1] if kind == "legislation" else found[0]


def _legal_draft_with_links(work: str) -> Draft | None:
    """A legal citation read with its link and access date set aside ('... L series. http://data.europa.eu/...')."""
    if not _has_link(work):
        return _legal_draft(work)
    if _legal_draft(work) is None and not (mentions(work, _LEGAL_WORD_LIST) and LEGAL_WORDS.search(work)):
        return None
    links = Draft(text=work)
    bare = _take_special_dates(_take_identifiers(work, links), links)
    legal = _legal_draft(bare)
    if legal is not None:
        legal.text = work
        legal.urls, legal.doi, legal.accessed, legal.modified = links.urls, links.doi, links.accessed, links.modified
    return legal


def _has_link(work: str) -> bool:
    """A URL, DOI or access date: a web address answers at once, the pattern runs only for the rest."""
    lower = work.lower()
    if "http://" in lower or "https://" in lower or "www." in lower:
        return True
    return mentions(work, ("10.", "accessed", "retrieved")) and bool(_LINK_HINT.search(work))


_LINK_HINT = re.compile(r"https?://|www\.|\b10\.\d{4,}/|\baccessed\b|\bretrieved\b", re.IGNORECASE)


def _dutch_parliamentary_paper(m: re.Match, text: str) -> Draft:
    """A paper or debate of the States General: the series and chamber as container, the session and numbers as
    its number; what the paper is (before it, or in brackets after) as title, with the date it gives."""
    title = (m.group("title") or m.group("aside") or "").strip(" ,")
    lead = _LEAD_IN.match(title)  # "Zie bijv. het verslag van ...": a lead-in before a description in lower case
    title = title[lead.end() :] if lead else title
    found = dates.find_dates(title)
    precise = [d.date for d in found if d.date.month]
    return Draft(
        text=text, title=title, title_kind="plain", shape="legal", type="legislation",
        container=f"{' '.join(m.group('series').split())} {m.group('house')}",
        number=f"{m.group('session')}{m.group('number')}".strip(" ,."), issued=precise[0] if precise else None,
    )


# An act as DSTU 8302 and GOST 7.1 cite it: the title, " : ", what the act is and who passed it, when, its number:
# "Про схвалення Концепції ... : розпорядження Кабінету Міністрів України від 1 квіт. 2014 р. № 333-р",
# "Конституція України : прийнята на п’ятій сесії Верховної Ради України 28 черв. 1996 р."
_GOST_ACT = re.compile(
    r"^(?P<title>[^:]{3,300}?)\s+:\s+(?P<act>(?:закон|указ|постанова|розпорядження|наказ|рішення|ухвала|кодекс"
    r"|прийнят[аоийі]|федеральный\s+закон|постановление|распоряжение|приказ|решение|принят[аоый]?)\b.*)$",
    re.IGNORECASE,
)
_GOST_ACT_NUMBER = re.compile(r"№\s*(?P<n>[\w/–-]+)")


def _gost_act(m: re.Match, text: str) -> Draft:
    act = m.group("act")
    found = [d.date for d in dates.find_dates(act)]
    number = _GOST_ACT_NUMBER.search(act)
    return Draft(text=text, title=m.group("title").strip(), title_kind="plain", shape="legal", type="legislation",
                 genre=act.split(" від ")[0].split(" от ")[0].strip(" ,.") if number else "",
                 number=number.group("n").rstrip(".") if number else "", issued=_legal_date(found, "legislation"))


# A German act, its date and where the Federal Law Gazette printed it: "Gesetz zur Änderung des Grundgesetzes
# (Artikel 91c, ...) vom 29. Juli 2009, BGBl. I S. 2248", "Zweites Nachtragshaushaltsgesetz 2021 vom 18. Februar 2022"
_GERMAN_ACT = re.compile(
    r"^(?P<title>(?:[A-ZÄÖÜ][^;]{0,250}?)?(?:[Gg]esetz|[Vv]erordnung)\w*\b[^;]{0,200}?)\s+vom\s+"
    r"(?P<date>\d{1,2}\.\s*(?:[A-Za-zäöüÄÖÜ]+|\d{1,2}\.)\s*\d{4})"
    r"(?:,?\s*\(?(?P<gazette>BGBl\.?\s*I{1,2})\s*(?:Nr\.\s*\d+\s*,?\s*)?(?:S\.\s*(?P<page>\d+))?\)?)?\s*$"
)
# A Brazilian, Portuguese or Spanish act as ABNT and Spanish style cite it, the jurisdiction first: "BRASIL. Lei nº
# 12.651, de 25 de maio de 2012. Dispõe sobre ...", "ESPAÑA. Ley 2/2011, de 4 de marzo, de Economía Sostenible"
_IBERIAN_ACT = re.compile(
    r"^(?:(?P<juris>[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .()-]{2,60})\.\s+)?"
    r"(?P<title>(?:Lei|Ley|Decreto(?:-Lei|-Ley| Legislativo)?|Real Decreto(?:-ley)?|Medida Provisória|Portaria"
    r"|Resolução|Resolución|Emenda Constitucional|Instrução Normativa|Ley Orgánica)(?:\s+Complementar)?"
    r"\s+(?:n[º°o.]\s*)?[\d.]+(?:/(?P<year>\d{4}))?,\s+de\s+(?P<date>\d{1,2}º?\s+de\s+[a-zç]+(?:\s+de\s+\d{4})?))"
    r"(?P<rest>[.,].*)?$"
)


# APA 7 as taught in Spanish and Portuguese for laws: "Ley 27.541 de 2019. Ley de Solidaridad Social .... 23 de
# diciembre de 2019. Boletín Oficial de la República Argentina.", "Decreto 70/2023 [Decreto de Necesidad y
# Urgencia]. Bases para .... 21 de diciembre de 2023. Boletín Oficial ...": the act, its name, the day, the gazette
_APA_ACT = re.compile(
    r"^(?P<act>(?:Ley|Lei|Decreto(?:-Ley|-Lei)?|Resolución|Resolução|Acuerdo)\s+(?:N[º°o.]\s*)?[\d./-]+"
    r"(?:\s+de\s+(?:1[89]|20)\d\d)?)(?:\s*\[(?P<kind>[^\[\]]{3,80})\])?\.\s+(?P<name>[^.]{5,300}?)\.\s+"
    r"(?P<date>\d{1,2}º?\s+de\s+[a-zç]+\s+de\s+(?:1[89]|20)\d\d)\.\s+(?P<gazette>.{3,120}?)\.?$"
)
# Indonesian acts and rulings as cited there: "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, Lembaran Negara
# Republik Indonesia Tahun 2020 Nomor 245", "Peraturan Pemerintah Nomor 96 Tahun 2021 tentang ...", "Putusan
# Mahkamah Konstitusi Nomor 91/PUU-XVIII/2020, diucapkan pada 25 November 2021"
_INDONESIAN_ACT = re.compile(
    r"^(?P<title>(?:Undang-Undang|Peraturan\s+(?:Pemerintah(?:\s+Pengganti\s+Undang-Undang)?|Presiden|Menteri\s[^,]{3,80}?)"
    r"|Keputusan\s+Presiden|Instruksi\s+Presiden)(?:\s+Republik\s+Indonesia)?\s+(?:Nomor|No\.)\s*[\w./-]+\s+Tahun\s+"
    r"(?P<year>(?:19|20)\d\d)(?:\s+tentang\s+[^,]+)?)(?:,\s*(?P<gazette>(?:Lembaran|Berita)\s+Negara(?:\s+Republik\s+"
    r"Indonesia)?))?(?P<rest>.*)$"
)
_INDONESIAN_RULING = re.compile(
    r"^(?P<title>Putusan\s+(?:Mahkamah\s+(?:Konstitusi|Agung)|Pengadilan\s[^,]{3,60}?)\s+(?:Nomor|No\.)\s*[\w./-]+)"
    r"(?P<rest>.*)$"
)


def _apa_act(m: re.Match, text: str) -> Draft:
    return Draft(text=text, title=f"{m.group('act')}. {m.group('name').strip()}", title_kind="plain", shape="legal",
                 type="legislation", genre=m.group("kind") or "", container=m.group("gazette").strip(),
                 issued=dates.parse_date(m.group("date")))


def _indonesian_act(m: re.Match, text: str) -> Draft:
    return Draft(text=text, title=" ".join(m.group("title").split()), title_kind="plain", shape="legal",
                 type="legislation", container=m.group("gazette") or "", issued=PartialDate(int(m.group("year"))))


def _indonesian_ruling(m: re.Match, text: str) -> Draft:
    """The court's decision, dated by the day it was read ('diucapkan pada ...') or the first date after it."""
    found = dates.find_dates(m.group("rest"))
    return Draft(text=text, title=m.group("title"), title_kind="plain", shape="legal", type="legal_case",
                 issued=found[0].date if found else None)


def _german_act(m: re.Match, text: str) -> Draft:
    return Draft(text=text, title=m.group("title").strip(" ,"), title_kind="plain", shape="legal", type="legislation",
                 container=" ".join((m.group("gazette") or "").split()), pages=m.group("page") or "",
                 issued=dates.parse_date(m.group("date")))


def _iberian_act(m: re.Match, text: str) -> Draft:
    gazette = _IBERIAN_GAZETTE.search(m.group("rest") or "") or _OFFICIAL_GAZETTE.search(m.group("rest") or "")
    date = m.group("date") if m.group("date")[-1].isdigit() else f"{m.group('date')} de {m.group('year') or ''}"
    issued = dates.parse_date(date) if date[-1].isdigit() else None  # "de 4 de marzo" with no year in the number
    return Draft(text=text, title=m.group("title").strip(" ,"), title_kind="plain", shape="legal", type="legislation",
                 container=gazette.group(0) if gazette else "", issued=issued)


# Romanian acts and rulings as cited with the Official Gazette that printed them: "Legea nr. 303/2022 privind ...,
# publicată în Monitorul Oficial nr. 1102 din 16 noiembrie 2022", "Curtea Constituțională, Decizia nr. 390 din 8
# iunie 2021, publicată în Monitorul Oficial nr. 612 din 22 iunie 2021"
_ROMANIAN_ACT = re.compile(
    r"^(?:(?P<body>[A-ZĂÂÎȘȚ][^,;]{2,60}),\s+)?"
    r"(?P<title>(?:Legea|Ordonanța(?:\s+de\s+urgență)?(?:\s+a\s+Guvernului)?|Hotărârea(?:\s+Guvernului)?|Decretul"
    r"|Decizia|Ordinul)\s+nr\.\s*\d+(?:/\d{4})?[^;]*?),\s*(?:publicat[ăa]?\s+în\s+)?"
    r"(?P<journal>Monitorul\s+Oficial(?:\s+al\s+României)?)(?:,?\s+Partea\s+I)?,?\s+nr\.\s*(?P<no>\d+)"
    r"(?:\s+din\s+(?P<date>[^,;]+?))?\.?$"
)


# Hungarian acts are named by their year and number: "2010. évi XLV. törvény ...", "1921. évi XXXIII. törvénycikk ..."
_HUNGARIAN_ACT = re.compile(
    r"^(?P<y>(?:1[5-9]|20)\d\d)\.\s+évi\s+(?P<n>[IVXLCDM]+)\.\s+(?:törvény(?:cikk)?|törvényerejű\s+rendelet"
    r"|rendelet|határozat)\b"
)


# Continental courts cited by their abbreviation, the day and the docket: French "CE, 19 nov. 2020, *Commune de
# Grande-Synthe*, n° 427301", "Cass. civ. 1re, 5 janv. 2022, n° 20-12.345", "Cons. const., déc. n° 2021-825 DC
# du 13 août 2021, *Title*"; Italian "Cass. civ., sez. III, 11 novembre 2019, n. 28992"; Austrian and German
# "VfGH 14.12.2022, G 123/2022", "OGH 23.6.2021, 6 Ob 56/21k", "EuGH 22.11.2022, verb. Rs. C-37/20"
_COURT_ABBREVIATION = (
    r"(?:CE|Cass\.\s*(?:civ|crim|com|soc|pen|ass\.\s*plén)\.?(?:\s*\d+(?:re|e|ère))?|Cons\.\s*const\.|Cons\.\s*Stato"
    r"|Corte\s+cost\.|T\.?A\.?R\.?\s+[A-Z][\w-]+|TA\s+[A-Z][\w-]+|CAA\s+[A-Z][\w-]+|CA\s+[A-Z][\w-]+|T\.\s*confl\."
    r"|VfGH|VwGH|OGH|EGMR|EuGH|EuG|BVerfG|BGH|BVerwG|BFH|BAG|BSG|OLG\s+[A-Z][\w-]+|LG\s+[A-Z][\w-]+|CJUE|CEDH)"
)
_CONTINENTAL_CASE = re.compile(
    r"^(?P<court>" + _COURT_ABBREVIATION + r")(?:,?\s+(?P<chamber>(?:[Ss]ez\.|[Ss]ect\.|ch\.)\s*[^,]{1,20}))?,?\s+"
    r"(?:(?:déc\.|décision|ord\.|Urteil|Beschluss|Erk\.)\s+(?:n[°o.]\s*[\w-]+(?:\s+(?:DC|QPC|L|LP|FNR))?\s+)?"
    r"(?:du|vom|del)\s+)?(?P<date>\d{1,2}(?:er|°)?\.?\s*(?:[^\W\d_]+\.?|\d{1,2}\.)\s*(?:1[5-9]|20)\d\d)"
    r"(?P<rest>(?:\s*\([^()]*\))?(?:[,;]\s*.*)?)$"
)
_PARTY_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
_DOCKET = re.compile(r"^(?:n[°o.]\s*|Nr\.\s*)?(?P<n>[A-Z]{0,3}\s?\d[\w./-]*(?:\s+Ob\s+[\w/.-]+)?)$")


def _continental_case(m: re.Match, text: str) -> Draft | None:
    """The court, the day it decided, the parties' name when the note gives it (in italics, or the chunk that is no
    number) and the docket number."""
    issued = dates.parse_date(m.group("date"))
    if issued is None or not issued.day:
        return None
    chunks = [c.strip(" .") for c in split_top_level(m.group("rest").strip(" ,;."), ",") if c.strip(" .")]
    italic = next((c for c in chunks if c.startswith(("*", "_"))), "")
    title = italic.strip("*_ ") if italic else ""
    if not title and len(chunks) > 1 and _PARTY_NAME.fullmatch(chunks[-1]):
        title = chunks[-1]  # Italian: "Cass. pen., Sez. Un., 21 dicembre 2017, n. 8770, Mariotti": the party last
    docket = next((d.group("n") for c in chunks if (d := _DOCKET.match(c)) and any(ch.isdigit() for ch in c)), "")
    court = " ".join(m.group("court").split())
    return Draft(text=text, title=title, title_kind="plain" if title else "", shape="legal", type="legal_case",
                 authors=(Name(literal=court),), number=docket, issued=issued)


# Italian acts by kind, day and number: "L. 8 marzo 2017, n. 24, Title, in G.U. n. 64 del 17 marzo 2017",
# "D.L. 13 settembre 2012, n. 158, conv. con modif. dalla L. ...", "D.lgs. 31 marzo 2023, n. 36"
_ITALIAN_ACT = re.compile(
    r"^(?P<head>(?P<kind>L\.|D\.\s?L\.|D\.\s?lgs\.|D\.\s?M\.|D\.\s?P\.\s?R\.|D\.\s?P\.\s?C\.\s?M\.|L\.\s?cost\.)\s+"
    r"(?P<date>\d{1,2}°?\s+[a-z]+\s+(?:1[5-9]|20)\d\d),\s+n\.\s*(?P<n>\d+))(?P<rest>.*)$"
)
_GAZZETTA = re.compile(r"\b(?:in\s+)?(?P<g>G\.\s?U\.|Gazzetta\s+Ufficiale)\s+n\.\s*(?P<n>\d+)")


def _italian_act(m: re.Match, text: str) -> Draft | None:
    issued = dates.parse_date(m.group("date"))
    if issued is None:
        return None
    rest = m.group("rest").strip(" ,.")
    gazette = _GAZZETTA.search(rest)
    named = rest[: gazette.start()].strip(" ,") if gazette else rest
    name = "" if re.match(r"(?:conv\.|art\.|come|modif)", named) else named
    title = f"{m.group('head')}, {name}" if name else m.group("head")
    return Draft(text=text, title=title, title_kind="plain", shape="legal", type="legislation", issued=issued,
                 container=gazette.group("g") if gazette else "", issue=gazette.group("n") if gazette else "")


# Austria's Federal Law Gazette: "BGBl. I Nr. 5/2024 (Title)", "Auskunftspflichtgesetz, BGBl. Nr. 287/1987"
_AUSTRIAN_GAZETTE = re.compile(
    r"^(?:(?P<title>[^,()]+?),?\s+(?:idF\s+)?)?(?P<g>BGBl\.(?:\s+I{1,3})?)\s+Nr\.\s*(?P<n>\d+)/(?P<y>(?:1[5-9]|20)\d\d)"
    r"(?:\s*\((?P<title2>[^()]+)\))?$"
)


def _austrian_act(m: re.Match, text: str) -> Draft:
    title = (m.group("title2") or "").strip() or ("" if "idF" in text else (m.group("title") or "").strip())
    return Draft(text=text, title=title, title_kind="plain" if title else "", shape="legal", type="legislation",
                 container=m.group("g"), issue=m.group("n"), issued=PartialDate(int(m.group("y"))))


# Vietnamese legal documents: "Nghị quyết số 43/2022/QH15 ngày 11 tháng 1 năm 2022 của Quốc hội về ...", "Nghị định
# số 65/2022/NĐ-CP ngày 16/9/2022 sửa đổi ...": the kind, the number, the day, the body that issued it ("của")
_VIETNAMESE_ACT = re.compile(
    r"^(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Luật|Thông\s+tư|Chỉ\s+thị|Pháp\s+lệnh)\s+(?:số\s+)?\d[\w/.-]*"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|/\d{1,2}/\d{4})))?"
    r"(?:\s+của\s+(?P<body>[^,;]+?)(?=\s+(?:về|quy\s+định|sửa\s+đổi|hướng\s+dẫn|ban\s+hành)\b|$))?"
)


def _vietnamese_act(m: re.Match, text: str) -> Draft:
    body = (m.group("body") or "").strip()
    return Draft(text=text, title=text.strip().rstrip("."), title_kind="plain", shape="legal", type="legislation",
                 authors=(Name(literal=body),) if body else (), issued=dates.parse_date(f"ngày {m.group('date')}")
                 if m.group("date") else None)


def _romanian_act(m: re.Match, text: str) -> Draft:
    """The act or ruling (dated by its own day when its title gives one, else by the gazette's), the gazette and
    the number of its issue; a court named before a ruling is its author."""
    title = m.group("title").strip()
    own = dates.find_dates(title)
    issued = own[0].date if own and own[0].date.day else dates.parse_date(m.group("date") or "")
    body = (m.group("body") or "").strip()
    court = bool(body) and names.is_organisation(body) and m.group("title").startswith("Decizia")
    return Draft(text=text, title=title, title_kind="plain", shape="legal",
                 type="legal_case" if court else "legislation", authors=(Name(literal=body),) if body else (),
                 container=" ".join(m.group("journal").split()), issue=m.group("no"), issued=issued)


_IBERIAN_GAZETTE = re.compile(r"Diário Oficial da União|Diário da República|Boletín Oficial del Estado|Diario Oficial")


def is_legal_citation(text: str) -> bool:
    """A court decision, statute, EU act or law-review article (whose prose-like titles look like asides)."""
    return _legal_draft(strip_lead_in(text)) is not None


def _legal_draft(text: str) -> Draft | None:
    """A court decision, statute, EU act or law-review article read whole, or None for other shapes.

    Legal citations follow their own conventions (OSCOLA, Bluebook) that neither the general
    rules nor a tagger trained on academic references know: "v" between parties, a neutral
    citation in square brackets, a section after a comma, an Official Journal reference.
    """
    plain = text.strip().rstrip(".")
    judged = None
    if "Case" in plain and _EU_CASE_ANYWHERE.search(plain):
        plain, judged = _plain_eu_case(plain)
    m = _APA_ACT.match(plain) if plain[:1] in "LDRA" and " de " in plain else None
    if m:  # before the national-law shape, which would read it all as one title
        return _apa_act(m, text)
    for pattern, kind, cues in _LEGAL_SHAPES:
        m = pattern.match(plain) if cues is None or cues.search(plain) else None
        if m is None or (kind == "legal_case" and _OPENING_QUOTE.search(m.group("title"))):
            continue  # a quoted title with " v " in it names a document about a case ('Press Summary: R v ...')
        german = m.groupdict().get("title2")
        title = (m.group("title") or german).strip(" ,*")
        draft = Draft(text=text, title=title, title_kind="plain", shape="legal", type=kind)
        found = dates.find_dates(plain if kind == "legal_case" or german else title)
        draft.issued = _legal_date([d.date for d in found], kind)
        if kind == "legal_case":
            draft.number = m.group("cite").strip(" ,")
            _read_reporter(draft.number, draft)
            _read_eu_case(draft)
            _set_decision_kind_aside(draft)
            draft.issued = judged or draft.issued
        if pattern is _NATIONAL_LAW and not german:
            _split_national_law_title(draft)
        if pattern is _CANADIAN_STATUTE:
            draft.number, draft.issued = m.group("statute"), PartialDate(int(m.group("year")))
        number = _COLLECTION_NUMBER.search(title) if pattern is _NATIONAL_LAW and draft.issued is None else None
        if number:
            draft.issued = PartialDate(int(number.group("y")))
        at_large = _STATUTES_AT_LARGE.search(m.groupdict().get("rest") or "") if kind == "legislation" else None
        if at_large:
            draft.container, draft.volume, draft.pages = "Stat.", at_large.group("volume"), at_large.group("page")
            draft.issued = PartialDate(int(at_large.group("year"))) if at_large.group("year") else draft.issued
        return draft
    m = _UN_RESOLUTION.match(plain) if "esolution" in plain else None
    if m:
        return _un_resolution(m, text)
    m = _GERMAN_ACT.match(plain) if " vom " in plain else None
    if m and dates.is_only_date(m.group("date")):
        return _german_act(m, text)
    m = _INDONESIAN_ACT.match(plain) if " Tahun " in plain else None
    if m:
        return _indonesian_act(m, text)
    m = _INDONESIAN_RULING.match(plain) if plain.startswith("Putusan ") else None
    if m:
        return _indonesian_ruling(m, text)
    international = _international_decision(plain, text)
    if international is not None:
        return international
    m = _CONTINENTAL_CASE.match(plain) if plain[:1] in "CTVOEBLS" else None
    case = _continental_case(m, text) if m else None
    if case is not None:
        return case
    m = _ITALIAN_ACT.match(plain) if plain[:1] in "LD" else None
    act = _italian_act(m, text) if m else None
    if act is not None:
        return act
    m = _AUSTRIAN_GAZETTE.match(plain) if "BGBl" in plain else None
    if m:
        return _austrian_act(m, text)
    m = _VIETNAMESE_ACT.match(plain) if plain[:1] in "NQLTCP" and not plain.isascii() else None
    if m:
        return _vietnamese_act(m, plain)
    m = _HUNGARIAN_ACT.match(plain) if " évi " in plain else None
    if m:  # "2010. évi XLV. törvény a Nemzeti Összetartozás melletti tanúságtételről": the year, the number, the kind
        return Draft(text=text, title=plain.strip(" ."), title_kind="plain", shape="legal", type="legislation",
                     number=m.group("n"), issued=PartialDate(int(m.group("y"))))
    m = _ROMANIAN_ACT.match(plain) if "Monitorul Oficial" in plain else None
    if m:
        return _romanian_act(m, text)
    m = _IBERIAN_ACT.match(plain) if ", de " in plain else None
    if m:
        return _iberian_act(m, text)
    m = _GOST_ACT.match(plain) if " : " in plain and not plain.isascii() else None
    if m:
        return _gost_act(m, text)
    after_court = plain.partition(", ")[2][:4].lower()
    ruling = after_court.startswith(_RULING_STARTS) and _COURT_WORDS.search(plain[:80])
    m = _COURT_DECISION.match(plain) if ruling else None
    if m and _COURT_WORDS.search(m.group("court")):
        return _court_decision(m, text)
    m = _FEDERAL_REGISTER.match(plain) if "Reg" in plain else None
    if m:
        return _federal_register(m, text)
    m = _PUBLIC_LAW.match(plain) if "L." in plain else None
    if m:
        return _public_law(m, text)
    m = _CHICAGO_HEARING.match(plain) if "Cong." in plain else None
    if m:
        return _chicago_hearing(m, text)
    m = _UK_PAPER.match(plain) if _may_be_uk_paper(plain) else None
    if m and names.is_organisation(m.group("body")):
        return _uk_paper(m, text)
    m = _NUMBER_FIRST_REPORT.match(plain) if plain[:1].isupper() else None
    if m:
        return _number_first_report(m, text)
    m = _NORDIC_PAPER.match(plain) if plain[:1] in "MPNSDI" else None
    if m and not _MARKED_OR_BRACKETED.search(m.group("rest")):
        # "Meld. St. 36 (2020–2021) Title, Olje- og energidepartementet, 2021", "SOU 2017:2. Title. ...": a title in
        # roman and its facts after commas (an italic title and an imprint in brackets are read as any book's)
        return _nordic_paper(m, text)
    m = _BUNDESTAG_PAPER.match(plain) if "-Dr" in plain or "Drucksache" in plain else None
    if m:  # "Beschlussempfehlung und Bericht des Haushaltsausschusses, BT-Drs. 20/2091"
        return _bundestag_paper(m, text)
    m = _BLUEBOOK_RELEASE.match(plain) if plain[:5] in ("Press", "News ") else None
    if m:  # "Press Release, U.S. Env't Prot. Agency, Title (Apr. 25, 2024)": the kind of text first, then its issuer
        return Draft(text=text, title=m.group("title").strip(" ,*"), title_kind="plain", shape="legal",
                     authors=(Name(literal=m.group("body").strip()),), genre=m.group("genre"),
                     issued=dates.parse_date(m.group("date")))
    m = _CONGRESS_REPORT.match(plain) if "Rep." in plain or "Doc." in plain or "Prt." in plain else None
    if m:  # "S. Rep. No. 91-1196, at 16 (1970)": the report's number is all the title Bluebook gives it
        return Draft(text=text, title=" ".join(m.group("title").split()), title_kind="plain", shape="legal",
                     type="report", number=m.group("number"), issued=PartialDate(int(m.group("year"))))
    m = _HEARING.match(plain) if "Hearing" in plain else None
    if m:
        number = _HEARING_NUMBER.search(m.group("rest"))
        return Draft(text=text, title=m.group("title").strip(" ,*"), title_kind="plain", shape="legal", type="report",
                     genre=f"{m.group('genre')}, {m.group('congress')}", number=number.group(0) if number else "",
                     issued=PartialDate(int(m.group("year"))))
    m = _CODE_SECTION.match(plain) if "§" in plain else None
    if m:
        issued = PartialDate(int(m.group("year"))) if m.group("year") else None
        return Draft(text=text, title=m.group("title"), title_kind="plain", shape="legal", type="legislation",
                     container=m.group("code"), volume=m.group("volume"), issued=issued)
    m = _DUTCH_PARLIAMENT.match(plain) if "Kamerstukken" in plain or "Handelingen" in plain else None
    if m:
        return _dutch_parliamentary_paper(m, text)
    m = _HANSARD.match(plain) if "Deb" in plain else None
    if m:
        house = " ".join(m.group("house").split())
        return Draft(text=text, title="", shape="legal", type="legislation", container=house, volume=m.group("volume"),
                     pages=_dash(m.group("col") or ""), issued=dates.parse_date(m.group("date")))
    eu_journal = "OJ " in plain or "JO " in plain or "ABl. " in plain or "Official Journal" in plain
    m = _EU_ACT_OJ.match(plain) if eu_journal else None
    if m:
        title = m.group("title").strip(" ,")
        series, issue = m.group("series", "issue")
        if m.group("journal") in ("OJ", "JO", "ABl."):  # "OJ L 206": the series goes with the short name
            container = f"{m.group('journal')} {series}"
        else:  # "*Official Journal of the European Union* L 229": with the issue, the name as printed
            container, issue = " ".join(m.group("journal").split()), f"{series} {issue}"
        return Draft(text=text, title=title, title_kind="plain", shape="legal", type="legislation",
                     container=container, issue=issue, pages=_dash(m.group("page") or ""),
                     issued=_legal_date([d.date for d in dates.find_dates(title)], "legislation"))
    m = _EU_ACT_NUMBERED.match(plain)
    if m:
        draft = Draft(text=text, title=m.group("title").strip(" ,"), title_kind="plain", shape="legal",
                      type="legislation", container=(m.group("journal") or "").strip())
        found = [d.date for d in dates.find_dates(m.group("title"))]
        draft.issued = PartialDate(int(m.group("year"))) if m.group("year") else _legal_date(found, "legislation")
        return draft
    title = _TREATY_TITLE.match(plain) if _TREATY_WORD.search(plain) else None
    series = _TREATY_SERIES.search(plain) if title or "UNTS" in plain or "U.N.T.S" in plain else None
    if series:  # a treaty by its series even when named in another language ('Σύμβαση ..., 1833 UNTS 3')
        name = title.group("title") if title else plain.partition(",")[0]
        return _treaty(plain[: series.start()], name.strip(), series, text)
    signed = "signed" in plain or "done at" in plain or "concluded" in plain or "opened for" in plain
    m = _SIGNED_TREATY.match(plain) if signed else None
    if m and dates.is_only_date(m.group("date")):  # no treaty series: the place and date of signature
        return Draft(text=text, title=m.group("title").strip(), title_kind="plain", shape="legal", type="treaty",
                     place=m.group("place").strip(), issued=dates.parse_date(m.group("date")))
    m = _BLUEBOOK_ARTICLE.match(plain) if "*" in plain or "_" in plain else None
    authors = (m.group("authors") or m.group("authors2")) if m else ""
    if m and names.parse_names(authors):
        g = {k: m.group(k) or m.group(k + "2") for k in ("title", "journal", "page", "year")}
        draft = Draft(text=text, title=g["title"].strip(), title_kind="italic", shape="law-review",
                      type="article-journal", container=g["journal"].strip(), pages=g["page"],
                      volume=m.group("volume") or "", issued=PartialDate(int(g["year"])))
        draft.authors = names.parse_names(authors)
        return draft
    if m is None and ("L." in plain or "J." in plain or "Rev." in plain or " F. " in plain or " Q. " in plain):
        article = _plain_law_review(plain, text)
        if article is not None:
            return article
    quoted = _ANY_QUOTE.search(plain) is not None
    m = _LAW_REVIEW.match(plain) if quoted and ("(" in plain or "[" in plain) else None  # a year in brackets
    if m and not dates.find_dates(m.group("journal")):
        draft = Draft(text=text, title=m.group("title").strip(" ,"), title_kind="quoted", shape="law-review",
                      type="article-journal", container=m.group("journal").strip(" ,"), pages=m.group("page"))
        draft.authors = names.parse_names(m.group("authors"))
        draft.volume = m.group("volume") or m.group("volume2") or ""
        draft.issue = m.group("issue") or m.group("issue2") or ""
        draft.issued = PartialDate(int(m.group("year") or m.group("year2")))
        return draft
    return None


def _plain_law_review(plain: str, text: str) -> Draft | None:
    """'Lina M. Khan, Amazon's Antitrust Paradox, 126 Yale L.J. 710 (2017)': a Bluebook article whose title lost
    its italics; None unless the journal reads as Bluebook abbreviations and the authors as people."""
    m = _BLUEBOOK_PLAIN_ARTICLE.match(plain)
    if m is None or not _BLUEBOOK_ABBREVIATION.search(m.group("journal")):
        return None
    volume, year = m.group("volume"), m.group("year")
    if not year and re.fullmatch(_YEAR_RE, volume):
        volume, year = "", volume  # a review numbered by its year: "2020 U. Chi. Legal F. 45"
    if not year:
        return None
    rest = plain[m.end() :].strip(" .,")
    authors = names.parse_names(m.group("authors"))
    if not authors or any(a.literal for a in authors) or rest and not rest.startswith(("http", "www.", "(")):
        return None
    draft = Draft(text=text, title=m.group("title").strip(), title_kind="plain", shape="law-review",
                  type="article-journal", container=m.group("journal").strip(), pages=m.group("page"),
                  volume=volume, issued=PartialDate(int(year)))
    draft.authors = authors
    return draft


# "..., opened for signature December 10, 1982", "..., signed at Montreux, 20 July 1936": how it was made, not its name
_TREATY_EVENT = re.compile(
    r"(?:,\s*(?:opened\s+for\s+signature|signed|done|adopted|concluded|entered\s+into\s+force)\b[^,]*)+$",
    re.IGNORECASE,
)


# "Joint Declaration by the Union of Soviet Socialist Republics and Japan, signed at Moscow, October 19, 1956,
# art. 9": an agreement between states with where and when it was signed, and perhaps the article cited
_SIGNED_TREATY = re.compile(
    r"^(?=[A-Z])(?P<title>[^,;“”\"]{0,250}?\b(?:" + _TREATY_KINDS + r"|Declaration|Communiqué|Memorandum)\b"
    r"[^,;“”\"]{0,200}?),\s*(?:signed|done|concluded|opened\s+for\s+signature)"
    r"\s+(?:at|in)\s+(?P<place>[A-Z][^,\d]{1,40}),\s*(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|[^,]*?\d{4})"
    r"(?:,\s*(?:arts?\.?|articles?|para(?:s|graphs?)?\.?|§)\s*[\d\w().–-]+)?\.?$"
)


def _treaty(head: str, title: str, series: re.Match, text: str) -> Draft:
    """A treaty in a treaty series. When a date stands right before the series ('..., 8 June 1977, 1125 UNTS
    609') it is the date of signature and the title is all before it, dates of earlier treaties and brackets
    included ('Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to ... (Protocol
    II)'); otherwise the title ends at the first comma and the date is the first full one."""
    found = dates.find_dates(head)
    signed = found[-1] if found and not head[found[-1].end :].strip(" ,.") else None
    place = ""
    if signed and head[: signed.start].strip(" ,"):
        title, issued = _TREATY_EVENT.sub("", head[: signed.start].strip(" ,")), signed.date
        before, comma, last = title.rpartition(", ")
        if comma and places.looks_like_city(last) and len(last.split()) <= 3 and not _TREATY_WORD.search(last):
            title, place = before, last  # "..., Montego Bay, 10 December 1982": where it was signed
    else:
        issued = _legal_date([d.date for d in found], "treaty")
    return Draft(text=text, title=title, title_kind="plain", shape="legal", type="treaty", issued=issued, place=place,
                 container=series.group("series").replace(".", "").replace(" ", ""),  # "UNTS", "ILM"
                 volume=series.group("volume"), pages=series.group("page"))


# International courts and bodies, as the ICJ, the ECtHR, the UN and the WTO have their decisions cited:
# "*Title*, Advisory Opinion, I.C.J. Reports 2004, p. 136, para. 111" (the ICJ's own form) and OSCOLA's
# "Title (Advisory Opinion) [2004] ICJ Rep 136"
_ICJ_REPORTS = re.compile(
    r"^(?P<title>.+?),?\s+(?:\(?(?:Advisory\s+Opinion|Judgment|Order|Preliminary\s+Objections|Merits)[^,()\[]*\)?,?\s+)?"
    r"(?:I\.C\.J\.\s+Reports\s+(?P<year>" + _YEAR_RE + r")(?:,\s+pp?\.\s*(?P<page>\d+))?"
    r"|\[(?P<year2>" + _YEAR_RE + r")\]\s+ICJ\s+Rep\s+(?P<page2>\d+))"
)
# "*United States v. Hasbajrami*, No. 11-CR-623 (LDH) (E.D.N.Y. Jan. 21, 2025)": a decision known by its docket
_DOCKET_CASE = re.compile(
    r"^(?P<title>[^,]+?\sv\.?\s[^,]+?),\s+No\.\s+(?P<no>[\w:.-]+(?:\s+\([A-Z]{2,5}\))?),?\s+"
    r"\((?P<court>[^()]*?)\s*(?P<date>[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s+\d{4})\)"
)
# "*Golder v. the United Kingdom*, no. 4451/70, 21 February 1975, Series A no. 18", "X v. Y [GC], no. 53600/20, 9
# April 2024": the ECtHR's judgments by their application number and day
_ECHR_CASE = re.compile(
    r"^(?P<title>[^,\[]+?\sv\.?\s[^,\[]+?)(?:\s*\[GC\])?,\s+(?:App(?:lication)?\s+)?nos?\.\s*"
    r"(?P<no>\d+/\d{2}(?:(?:,\s*|\s+and\s+)\d+/\d{2})*),\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)
# Bluebook's UN resolutions and decisions: "G.A. Res. 77/276, Title, U.N. Doc. A/RES/77/276 (Mar. 29, 2023)",
# "Human Rights Council Res. 48/13, Title, ...", "Decision 1/CP.21, Adoption of the Paris Agreement, UN Doc. ..."
_UN_DECISION = re.compile(
    r"^(?:(?P<body>G\.\s?A\.|S\.\s?C\.|[A-Z][\w’']+(?:\s+[A-Z][\w’']+){0,4})\s+)?(?P<kind>Res\.|Dec\.|Decision)\s+"
    r"(?P<no>\d+/[\w.]+),\s+(?P<title>[^,].+?),\s+U\.?\s?N\.?\s+Doc\.\s+(?P<symbol>\S+)\s+\((?P<date>[^()]+)\)"
)
# The WTO's reports by their document symbol: "Appellate Body Report, *Title*, WT/DS58/AB/R, adopted 6 November
# 1998", "World Trade Organization, Title, Report of the Panel, WT/DS592/R, 30 November 2022"
_WTO_SYMBOL = re.compile(r"\bWT/DS\d+/(?:AB/)?R(?:/[\w.]+)?")
_WTO_NAME = re.compile(r"World\s+Trade\s+Organi[sz]ation|WTO", re.I)
_WTO_REPORT_KIND = re.compile(
    r"^(?:(?:Appellate\s+Body|Panel)\s+Report|Report\s+of\s+the\s+(?:Panel|Appellate\s+Body))$", re.IGNORECASE
)


def _international_decision(plain: str, text: str) -> Draft | None:
    """A decision of the ICJ, the ECtHR, a UN body or the WTO, or None."""
    if "ICJ" in plain or "I.C.J." in plain:
        m = _ICJ_REPORTS.match(plain)
        if m:
            return Draft(text=text, title=m.group("title").strip(" ,*"), title_kind="plain", shape="legal",
                         type="legal_case", container="I.C.J. Reports", issued=PartialDate(int(m.group("year") or
                         m.group("year2"))), pages=m.group("page") or m.group("page2") or "")
    m = _DOCKET_CASE.match(plain) if "No." in plain and " v" in plain else None
    if m and dates.is_only_date(m.group("date")):  # Bluebook slip opinions: the docket, the court and the day
        return Draft(text=text, title=m.group("title").strip(" *"), title_kind="plain", shape="legal",
                     type="legal_case", number=m.group("no"), issued=dates.parse_date(m.group("date")))
    m = _ECHR_CASE.match(plain) if " v" in plain and "no." in plain else None
    if m and dates.is_only_date(m.group("date")):
        return Draft(text=text, title=m.group("title").strip(" *"), title_kind="plain", shape="legal",
                     type="legal_case", number=m.group("no"), issued=dates.parse_date(m.group("date")))
    m = _UN_DECISION.match(plain) if "Doc" in plain else None
    if m and dates.is_only_date(m.group("date")):
        body = (m.group("body") or "").strip()
        authors = (Name(literal=body),) if len(body) > 5 else ()  # 'Human Rights Council', not 'G.A.'
        symbol, genre = m.group("symbol").rstrip(".,"), f"{m.group('kind')} {m.group('no')}"
        return Draft(text=text, title=m.group("title").strip(" *"), title_kind="plain", shape="legal",
                     type="legislation", number=symbol, genre=genre, issued=dates.parse_date(m.group("date")),
                     authors=authors)
    symbol = _WTO_SYMBOL.search(plain) if "WT/DS" in plain else None
    if symbol:
        return _wto_report(plain, symbol, text)
    return None


def _wto_report(plain: str, symbol: re.Match, text: str) -> Draft | None:
    """The report's title is the chunk before its symbol that is neither the kind of report nor the WTO."""
    chunks = [c.strip(" *") for c in split_top_level(plain[: symbol.start()], ",") if c.strip(" *")]
    kinds = [c for c in chunks if _WTO_REPORT_KIND.match(c)]
    titles = [c for c in chunks if not _WTO_REPORT_KIND.match(c) and not _WTO_NAME.fullmatch(c)]
    if not titles:
        return None
    found = dates.find_dates(plain[symbol.end() :])
    body = [c for c in chunks if _WTO_NAME.fullmatch(c)]
    return Draft(text=text, title=titles[0], title_kind="plain", shape="legal", type="legal_case",
                 authors=(Name(literal=body[0]),) if body else (), genre=kinds[0] if kinds else "",
                 number=symbol.group(0), issued=found[0].date if found else None)


def _federal_register(m: re.Match, text: str) -> Draft:
    """A presidential document or a rule in the Federal Register: its own title when quoted (else the head of the
    note: "Exec. Order No. 14017"), the order's number, the register's volume and first page, the date printed."""
    head = m.group("head").strip(" ,")
    document = _PRESIDENTIAL_DOCUMENT.match(head)
    quoted = find_title_span(head)
    title = quoted.text if quoted else head[document.end() :].strip(" ,") if document else head
    found = [d.date for d in dates.find_dates(m.group("date") or m.group("date2"))]
    draft = Draft(text=text, title=title or head, title_kind="plain", shape="legal", type="legislation",
                  container=" ".join(m.group("register").split()), volume=m.group("volume"), pages=m.group("page"),
                  number=document.group("number") if document else "", issued=found[-1] if found else None)
    before = head[: quoted.start].strip(" ,") if quoted and not document else ""
    if before and names.is_organisation(before):  # 'Department of Energy, "Procedures ...," final rule, 87 ...'
        draft.authors = (Name(literal=before),)
    after = head[quoted.end :].strip(" ,") if quoted else ""
    if after and _MEDIUM.fullmatch(after):
        draft.genre = after  # "final rule", "notice", "proposed rule"
    return draft


def _chicago_hearing(m: re.Match, text: str) -> Draft:
    """The committee (and subcommittee) that held it as author, the title after them, the date it met, the
    hearing's number and where it was printed. A committee name may hold a list ('Subcommittee on Economic
    Growth, Energy Policy, and Regulatory Affairs'): the chunks up to one opening with 'and' belong to it."""
    chunks = [c.strip() for c in m.group("head").split(", ")]
    body = 0
    while body < len(chunks) and _CONGRESS_BODY.search(chunks[body]):
        body += 1
        joined = next((k for k in range(body, min(body + 4, len(chunks))) if chunks[k].startswith("and ")), None)
        if joined is not None:
            body = joined + 1
    if not body or body == len(chunks):
        return Draft(text=text, title=m.group("head"), title_kind="plain", shape="legal", type="report")
    rest = m.group("rest")
    found = [d.date for d in dates.find_dates(rest) if d.date.day]
    number = _HEARING_NUMBER.search(rest)
    printed = _PUBLISHED_AT.search(rest)
    return Draft(text=text, title=", ".join(chunks[body:]), title_kind="plain", shape="legal", type="report",
                 authors=(Name(literal=", ".join(chunks[:body])),), genre=f"{m.group('genre')}, {m.group('congress')}",
                 number=number.group(0) if number else "", issued=found[0] if found else None,
                 place=printed.group("place").strip() if printed else "",
                 publisher=printed.group("publisher").strip() if printed else "")


def _may_be_uk_paper(text: str) -> bool:
    """Substring tests first: the pattern's first character ('(' or ',') is in nearly every note."""
    return ("HC " in text or "HL " in text or "Cm" in text) and _UK_PAPER_CUE.search(text) is not None


def _uk_paper(m: re.Match, text: str) -> Draft:
    """A parliamentary or command paper: the body as author, the paper's number as printed ('HC 2017–19, 932')."""
    year = m.group("year")
    return Draft(text=text, title=_clean_title(m.group("title")), title_kind="plain", shape="legal", type="report",
                 authors=(Name(literal=m.group("body").strip()),), genre=m.group("genre") or "",
                 number=" ".join(m.group("paper").split()), issued=PartialDate(int(year)) if year else None)


def _number_first_report(m: re.Match, text: str) -> Draft:
    rest = m.group("rest")
    head, by, people = rest.partition(", by ")
    found = dates.find_dates(people if by else rest)
    date = found[-1] if found else None
    if not by:
        head = rest[: date.start].strip(" ,") if date else rest
    authors = names.parse_names(people[: date.start].strip(" ,") if date else people) if by else ()
    quoted = find_title_span(head)
    return Draft(text=text, title=quoted.text if quoted else _clean_title(head), title_kind="plain", shape="legal",
                 type="report", authors=authors, genre=" ".join(m.group("genre").split()), number=m.group("number"),
                 issued=date.date if date else None)


def _public_law(m: re.Match, text: str) -> Draft:
    """'Energy Policy and Conservation Act, P.L. 94-163, 89 Stat. 871 (December 22, 1975), codified at ...':
    the act, the law's number, its place in the Statutes at Large and the date it was enacted."""
    rest = m.group("rest")
    at_large = _STATUTES_AT_LARGE.search(rest)
    found = [d.date for d in dates.find_dates(rest[: at_large.end() + 40] if at_large else rest)]
    year = re.search(_YEAR_RE, m.group("title"))
    issued = found[0] if found else PartialDate(int(year.group(0))) if year else None
    if at_large and at_large.group("year") and not found:
        issued = PartialDate(int(at_large.group("year")))
    return Draft(text=text, title=m.group("title"), title_kind="plain", shape="legal", type="legislation",
                 number=" ".join(m.group("number").split()), issued=issued,
                 container="Stat." if at_large else "", volume=at_large.group("volume") if at_large else "",
                 pages=at_large.group("page") if at_large else "")


def _web_footnote(draft: Draft) -> bool:
    """'Author, “Title,” Site or Paper, March 3, 2021, URL.': a quoted title, one source, a full date or a link,
    nothing left over and no volume or pages: the web and news notes of commentaries."""
    return (
        draft.title_kind == "quoted"
        and len(draft.texts) + bool(draft.container) + bool(draft.publisher) == 1  # the site or paper, not yet
        and not draft.notes  # placed in container; or its publisher in brackets ('Title' (GOV.UK) <URL>)
        and not (draft.volume or draft.issue or draft.pages or draft.place or draft.chapter)
        and bool((draft.issued and draft.issued.month) or draft.urls or draft.modified or draft.accessed)
    )


def _report_footnote(draft: Draft) -> bool:
    """'A. Author, “Title,” Institution, City, Country, Rep. X, Dec. 2024.' or '“Title,” 2019, arXiv:1910.09700':
    a quoted title whose whole tail the rules read as publication facts, with a place or a number."""
    return (
        draft.title_kind == "quoted"
        and not (draft.texts or draft.notes or draft.container or draft.volume or draft.issue or draft.pages)
        and bool(draft.place or draft.number)
    )


def _described_document(draft: Draft) -> bool:
    """'Council of the EU, “Title,” press release, May 10, 2022': a marked title, what kind of document it is
    (a press release, a working paper, a podcast) and its date or link, nothing left over. The tagger reads the
    description as a periodical ("press" is a newspaper's word) and drops it."""
    return (
        draft.title_kind in ("quoted", "italic")
        and bool(draft.genre and (draft.issued or draft.urls))
        and GENRE_START.match(draft.genre) is not None
        and not _has_speech_word(draft.genre)  # a press conference, a speech: an event, left to the speech readers
        and not (draft.texts or draft.notes or draft.volume or draft.issue or draft.pages)
    )


def _page_in_site(draft: Draft) -> bool:
    """'Die Tragödie der Arktis, in: FAZ.NET, https://... (Zugriff am 14.10.2024)': a plain title, the site it
    is in, a link, nothing left over."""
    return (
        draft.title_kind == "plain"
        and bool(draft.title and draft.container and draft.urls)
        and f"in: {draft.container}".lower() in draft.text.lower().replace("w: ", "in: ")
        and not (draft.texts or draft.notes or draft.volume or draft.issue or draft.pages or draft.publisher)
    )


_SENTENCE_IN_NAME = re.compile(r"[a-z]{5,}\.\s")  # "... Unconscious. Princeton": a title ran in, not a body's name


_NAME_THEN_STOP = re.compile(r"[A-Z][a-z]*\.\s")  # "J. B. História", "Henri. Le regard"


def _corporate_report(draft: Draft) -> bool:
    """'United Nations Office for ... (OCHA), 2023 Humanitarian Needs Overview: Syria, December 2022': a body
    as author, then a plain title and a date with nothing left over but the body's seat (reports by governments
    and agencies; "Parlementaire enquêtecommissie ..., Groningers boven gas, Den Haag, 24 februari 2023")."""
    seat_only = len(draft.texts) == 1 and places.is_city(draft.texts[0])
    seat_and_name = bool(draft.publisher and places.is_city(draft.place))  # "Den Haag: OVV"
    return (
        draft.shape == "corporate-author"
        and bool(draft.issued and draft.title)
        and not draft.title.lower().startswith(("ed. ", "eds. ", "edited ", "trans. ", "hg. ", "hrsg. "))  # an editor
        and not _NAME_THEN_STOP.match(draft.title)  # "LODI, J. B. História ...": a person's name in capitals (ABNT)
        and all(a.literal[:1].isalpha() and not _SENTENCE_IN_NAME.search(a.literal) for a in draft.authors)
        and not (draft.texts and not seat_only)
        and not (draft.publisher and not seat_and_name)
        and not (draft.notes or draft.container or draft.volume or draft.pages)
        and len(PROSE_WORD.findall(draft.title)) >= 2  # not "Vienna" (a place) or "120, 5 September 2014"
    )


def _publisher_then_seat(draft: Draft) -> bool:
    """'IEA (2022), *A 10-Point Plan ...*, IEA, Paris, URL' (IEA, OECD, World Bank): a marked title, then the
    publisher and its seat, a known city, with a date and nothing else left over."""
    return (
        draft.title_kind in ("italic", "quoted")
        and bool(draft.issued)
        and len(draft.texts) == 2
        and places.is_city(draft.texts[1])
        and not places.is_city(draft.texts[0])
        and not (draft.container or draft.publisher or draft.place or draft.notes or draft.chapter)
    )


def _edited_chapter(draft: Draft) -> bool:
    """A chapter whose book, editors, publisher and date were all read, nothing left over."""
    return (
        draft.chapter
        and bool(draft.title and draft.container and draft.editors and draft.issued and draft.publisher)
        and not (draft.texts or draft.notes)
    )


def _official_series_document(draft: Draft) -> bool:
    """'NOU 2015: 9 Finanspolitikk i en oljeøkonomi. Oslo: Finansdepartementet, 2015': an official series'
    number, a title, and the facts after it read to the last word."""
    return (
        bool(draft.number and draft.title and draft.issued and _SERIES_YEAR_NUMBER.fullmatch(draft.number))
        and not (draft.texts or draft.notes or draft.container or draft.volume)
    )


def _numbered_document(draft: Draft) -> bool:
    """'European Commission, *REPowerEU Plan*, COM(2022) 230 final, Brussels, 18.5.2022': a body's document with
    its number, its place and its date, read to the last word."""
    return (
        bool(draft.title and draft.issued and draft.authors)
        and bool(_EU_DOCUMENT_NUMBER.fullmatch(draft.number) or _AGENCY_REPORT_NUMBER.fullmatch(draft.number))
        and all(a.literal and not any(c.isdigit() for c in a.literal) for a in draft.authors)
        and not (draft.texts or draft.notes or draft.container or draft.volume or draft.pages)
    )


def _tagged_draft(segments: list[tuple[str, str]], rules: Draft) -> Draft:
    """Fields from the tagger's spans, with what the rules know for certain laid over them."""
    draft = Draft(urls=rules.urls, doi=rules.doi, isbn=rules.isbn, accessed=rules.accessed, modified=rules.modified,
                  translation=rules.translation)
    _read_segments(segments, draft)
    if _EU_DOCUMENT_NUMBER.fullmatch(rules.number) or rules.number.startswith("arXiv:"):
        draft.number = rules.number  # set aside before tagging (an EU symbol), or certain (an arXiv identifier)
    if rules.title_kind in ("quoted", "italic"):  # marked titles are certain; the authors stand before them
        translated = _TRANSLATION.search(draft.title) if "[" in draft.title else None
        if translated and _same_text(rules.title, draft.title[: translated.start()]):
            draft.translation = draft.translation or translated.group(0).strip()  # "Hoppō ryōdo ... [Secret ...]"
        elif not _same_text(rules.title, draft.title) and draft.title:
            draft.notes.append(draft.title) if draft.container else setattr(draft, "container", draft.title)
        draft.title, draft.title_kind = rules.title, rules.title_kind
        draft.authors = rules.authors or draft.authors
        if rules.container_italic and not _same_text(rules.container, draft.container):
            draft.container = rules.container
    if draft.issued is None or (rules.issued and _refines(rules.issued, draft.issued)):
        draft.issued = rules.issued
    if draft.issued and draft.accessed == draft.issued and draft.issued != rules.issued:
        draft.issued = rules.issued
    draft.chapter = draft.chapter or rules.chapter
    book = rules.container or (rules.texts[0] if len(rules.texts) == 1 else "")  # the one name left is the book
    if rules.chapter and rules.editors and book and not (draft.container and draft.editors):
        draft.container, draft.editors = book, rules.editors  # "i T. B. Johansson m.fl. (red.), Book"
    _take_trailing_place(draft)
    if not draft.title and len(draft.authors) == 1 and LEGAL_WORDS.search(draft.authors[0].display()):
        draft.title, draft.authors = draft.authors[0].display(), ()  # "Energy Charter Treaty, December 17, 1994"
    if draft.issued and not draft.issued.month and rules.issued and rules.issued.year == draft.issued.year:
        draft.issued = rules.issued
    draft.confidence = 0.9
    return draft


def _take_trailing_place(draft: Draft) -> None:
    """'in Proc. 57th Annu. Meeting ..., Florence, Italy': the place left at the end of the container."""
    if draft.place or "," not in draft.container:
        return
    chunks = split_top_level(draft.container, ",")
    run = places.place_run(chunks)
    if run and run[0] > 0 and run[1] == len(chunks):
        draft.place = ", ".join(chunks[run[0] :])
        draft.container = ", ".join(chunks[: run[0]])


def _same_text(a: str, b: str) -> bool:
    fold = lambda t: re.sub(r"\W+", "", t).casefold()  # noqa: E731
    return bool(a) and fold(a) == fold(b)


def _refines(precise: PartialDate, rough: PartialDate) -> bool:
    """'March 3, 2021' read by the rules refines '2021' read by the tagger."""
    return precise.year == rough.year and (precise.month or 0) >= (rough.month or 0)


# MLA 7 prints the day the page was read just before the link in angle brackets: "2 Aug. 2001. 23 Jan. 2002
# <http://whyfiles.org/...>": the first date is the page's, the second the access
_LINK_IN_ANGLES = re.compile(r"\.?\s*<\s*(?=https?://|www\.)")


def _take_facts(text: str, draft: Draft) -> str:
    """Identifiers, access and update dates taken into the draft, and link noise dropped: what the readers of
    whole shapes (quoted containers, ABNT) work on."""
    return _drop_noise(_take_special_dates(_take_identifiers(text, draft), draft))


def _take_identifiers(text: str, draft: Draft) -> str:
    link = _LINK_IN_ANGLES.search(text) if "<" in text else None
    found = dates.find_dates(text[: link.start()]) if link else ()
    if found and found[-1].end == link.start() and found[-1].date.day and not draft.accessed:
        draft.accessed = found[-1].date  # a full date, not a year: the access (MLA 7), not the publication
        text = f"{text[: found[-1].start]} <{text[link.end() :]}"
    for m in list(_DOI.finditer(text)) if "10." in text else ():
        draft.doi = draft.doi or clean_doi(m.group(1))
        text = text.replace(m.group(0), " ", 1)
    for m in list(_URL.finditer(text)) if mentions(text, _URL_CUES) else ():
        url = clean_url(m.group(0))
        draft.urls.append(url)
        text = text.replace(url if url in text else m.group(0), " ", 1)
    for m in list(_BARE_DOMAIN_URL.finditer(text)) if "/" in text else ():
        url = clean_url(m.group(0))  # MLA 9 leaves out the scheme: "freakonomics.com/podcast/healthcare-costs/"
        draft.urls.append("http://" + url)
        text = text.replace(url, " ", 1)
    m = _ISBN.search(text) if "ISBN" in text else None
    if m:
        draft.isbn = re.sub(r"[\s]", "", m.group(1))
        text = text.replace(m.group(0), " ")
    m = _EU_DOCUMENT_NUMBER.search(text) if "(19" in text or "(20" in text else None
    if m:
        draft.number = draft.number or " ".join(m.group(0).split())
        text = text.replace(m.group(0), " ", 1)
    m = _ARXIV.search(text) if mentions(text, ("arxiv",)) else None
    if m:
        draft.number = draft.number or f"arXiv:{m.group(1)}"
        text = text.replace(m.group(0), " ")
        text, named = _ARXIV_NAME.subn(" ", text)  # APA: "(arXiv:2202.11214). arXiv." names the repository
        if named:
            draft.publisher = draft.publisher or "arXiv"
    return _tidy(text)


_URL_CUES = ("http", "www.")
# A web address without its scheme: a lower-case host name with a dot, then a path ("Kremlin.ru" alone is a name)
_BARE_DOMAIN_URL = re.compile(r"(?<![\w@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}/[^\s<>\"“”]*")
# A European Commission document's number: "COM(2022) 230 final", "SWD(2021) 140 final", "C(2023) 1234"; its
# year in brackets is no date of publication
_EU_DOCUMENT_NUMBER = re.compile(r"\b(?:COM|SWD|JOIN|SEC|C)\s?\((?:19|20)\d\d\)\s?\d{1,5}(?:\s+final)?(?:/\d+)?\b")
_ARXIV_NAME = re.compile(r"(?<![\w/.:-])arXiv\.?(?![\w:/.-])")


def _drop_noise(text: str) -> str:
    return _NOISE.sub(" ", text) if mentions(text, _NOISE_CUES) else text


def _take_special_dates(text: str, draft: Draft) -> str:
    """'accessed May 1, 2022' and 'last modified February 27, 2022' go to their own fields."""
    before = text
    for pattern, attr, cues in ((_ACCESSED, "accessed", _ACCESSED_CUES), (_MODIFIED, "modified", _MODIFIED_CUES)):
        if not mentions(text, cues):
            continue
        for m in pattern.finditer(text):
            found = dates.find_dates(text[m.end() : m.end() + 40])
            if found and found[0].start <= 1:
                setattr(draft, attr, found[0].date)
                end = m.end() + found[0].end
                end += len(text[end:]) - len(text[end:].lstrip(" ])"))
                text = text[: m.start()] + " " + text[end:]
                break
    return text if text == before else _tidy(text)


_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]|<\s*>")  # ABNT writes a link in angle brackets
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.])")
_REPEATED_STOPS = re.compile(r"([,;:])(?:\s+[,;:])+")


def _first_group(m: re.Match[str]) -> str:
    """Replacement by the first group; unlike the template r"\\1", costs nothing when there is no match."""
    return m.group(1)


def _tidy(text: str) -> str:
    """Empty brackets, spaces before a comma or full stop and runs of stops left by taking fields out.

    Spaces are squashed first so that cheap substring tests can skip the patterns with nothing to do.
    """
    text = " ".join(text.split())
    if "(" in text or "[" in text or "<" in text:
        text = _EMPTY_BRACKETS.sub(" ", text)
    if " ," in text or " ." in text:
        text = _SPACE_BEFORE_STOP.sub(_first_group, text)  # keep French spacing before ; and :
    if " ," in text or " ;" in text or " :" in text:  # squashed, so a run of stops has a space before the second
        text = _REPEATED_STOPS.sub(_first_group, text)
    return " ".join(text.split()).strip(" ,;:")


# ---- references with a quoted or italic title


# A title's translation right after it: capitalised words, not a note on access or medium ("[Accessed: ...]")
_TRANSLATION_FIRST = re.compile(
    r"\[(?!sic\b|accessed\b|cited\b|online\b|retrieved\b|viewed\b)(?=(?-i:[A-Z]))[^\[\]:]*\s[^\[\]]*\]", re.IGNORECASE
)


def _parse_around_title(text: str, span: Span, draft: Draft) -> None:
    before = text[: span.start].strip(" ,;:")
    after = text[span.end :].strip(" ,;:.")
    if span.kind == "italic" and not before and _only_date_and_pages(after):
        draft.container, draft.container_italic = span.text, True  # "*Yomiuri Shimbun*, March 22, 2022."
        draft.shape = "italic-periodical"
        _parse_tail(after, draft)
        return
    draft.title, draft.title_kind = span.text, span.kind
    translated = _TRANSLATION_FIRST.match(after) if after[:1] == "[" else None
    if translated and not any(kind.search(translated.group(0)) for _, kind in _DESCRIBED_TYPES):  # APA "[Data set]"
        draft.translation, after = translated.group(0), after[translated.end() :].strip(" ,;:.")
    if span.kind == "quoted":
        second = find_title_span(after)
        if second is not None and second.kind == "italic":
            draft.container, draft.container_italic = second.text, True
            head = after[: second.start]
            book = _IN_BEFORE_BOOK.search(head)
            if book:  # "“Message ...,” Moscow, October 28, 1962, in *Foreign Relations ...*, vol. 11": part of a book
                draft.chapter, head = True, head[: book.start()]
            _parse_tail(head, draft, head=True)
            after = after[second.end :]
    _parse_authors_part(before, draft)
    _parse_tail(_take_report_number(after, draft), draft)
    if span.kind == "quoted" and _outlet_as_author(draft):
        draft.container, draft.authors = draft.authors[0].literal, ()  # 'Reuters, “Gazprom halts ...”, 27 April 2022'


_IN_BEFORE_BOOK = re.compile(rf"(?:^|[\s,]){_IN_WORDS_ANY_CASE}:?\s*$")


def _outlet_as_author(draft: Draft) -> bool:
    """A news outlet named where the author stands, and no other source after the title: the outlet is
    where the piece ran, not a body that wrote it."""
    if len(draft.authors) != 1 or not draft.authors[0].literal or draft.container or draft.publisher:
        return False
    words = _words(draft.authors[0].literal)
    return bool(words & NEWSPAPER_WORDS) and not words & _ISSUER_WORDS


def _only_date_and_pages(text: str) -> bool:
    chunks = split_top_level(text, ",;")
    return any(dates.is_only_date(c) for c in chunks) and all(
        dates.is_only_date(c) or _PAGES.match(c) or _BARE_PAGES.match(c) for c in chunks
    )


_INITIAL_AT_END = re.compile(r"\b[A-Z]\.$")


# The day something was done to the work, which dates it: "answered on February 10, 2021", "adopted 6 November 1998"
_DATED_ACT = re.compile(
    r"(?:answered|delivered|issued|adopted|signed|released|decided)(?:\s+on)?\s+(?P<date>.+)$", re.IGNORECASE
)
# A parliamentary question by its kind and number: "Unstarred Question No. 1475", "Written Question 12345"
_NUMBERED_QUESTION = re.compile(
    r",\s*(?P<kind>(?:Unstarred|Starred|Written|Oral|Parliamentary)\s+Question)\s+(?:No\.?\s*)?(?P<n>[\w/-]*\d[\w/-]*)$"
)


def _parse_authors_part(before: str, draft: Draft) -> None:
    if not before:
        return
    if before[:1] in "*_" and before.rstrip(" ,.")[-1:] in "*_" and before.count(before[0]) == 2:
        draft.container, draft.container_italic = before.strip(" ,.*_"), True  # "*The Lawfare Podcast*, “Episode,”"
        return
    if _STANDARD_NUMBER.match(before) or _AGENCY_REPORT_NUMBER.fullmatch(before):
        draft.number = draft.number or before  # "ISO/IEC 18033-2:2006, *Information Technology ...*"
        return
    if _SERIES_YEAR_NUMBER.fullmatch(before):
        draft.number, draft.type = draft.number or before, draft.type or "report"
        return
    if before.endswith(".") and len(before.split()[-1].rstrip(".")) > 1:
        before = before[:-1]
    apa = _APA_DATE_AT_END.search(before) if ")" in before else None
    if apa:
        draft.issued = dates.parse_date(apa.group("d"))
        cut = before[: apa.start()].rstrip(" ,")
        before = cut if _INITIAL_AT_END.search(cut) else cut.strip(" ,.")  # keep an initial's stop: "Rosenow, J."
        if draft.title_kind == "italic" and not draft.container and _reads_as_title(before):
            # APA with no author: "Title of the article. (2018, July 5). *The New York Times*."
            draft.container, draft.container_italic = draft.title, True
            draft.title, draft.title_kind, draft.shape = before.strip(" ,"), "plain", "apa-no-author"
            return
    elif before.endswith(("d", "J", "f")) and (no_date := _NO_DATE_AT_END.search(before)):
        before = before[: no_date.start()]  # "Piczak, Karol J. n.d."
    else:
        trailing = _YEAR_AT_END.search(before)  # Harvard: "Bradsher, K. 2010"
        if trailing:
            draft.issued = PartialDate(int(trailing.group(1)))
            cut = before[: trailing.start()]
            if before[trailing.start()] == "." and re.search(r"\b[A-Z]$", cut):
                cut += "."  # the full stop was an initial's: "Bradsher, K. 2010"
            before = cut.strip(" ,")
    if before[:2] in ("in", "In") and before[2:3].isspace():  # "In ...": no author before the title
        return
    question = _NUMBERED_QUESTION.search(before) if "uestion" in before else None
    if question and question.start():  # "Lok Sabha, Unstarred Question No. 1475, “Title”": the house, then the question
        draft.genre, draft.number = question.group("kind"), question.group("n")
        before = before[: question.start()].strip(" ,")
    role = _EDITOR_ROLE_AT_END.search(before) if before.endswith((")", "ed", "eds", "ed.", "eds.")) else None
    if role and not draft.editors:  # "Stephen Mason and Daniel Seng (eds), *Title*": an edited book
        draft.editors = names.parse_names(before[: role.start()])
        return
    draft.authors = names.parse_names(_names_after_prose(before))


def _set_people(text: str, draft: Draft) -> bool:
    """The authors, or the editors when a role closes the names ('Mason and Seng (eds)'), if ``text`` names them."""
    role = _EDITOR_ROLE_AT_END.search(text.rstrip(" ,;:"))
    people = names.author_chunk(text[: role.start()] if role else text)
    if role:
        draft.editors = people
    else:
        draft.authors = people
    return bool(people)


# The people before a title are its editors: OSCOLA "(eds)", Chicago ", eds.", German "(Hrsg.)", French "(dir.)"
_EDITOR_ROLE_AT_END = re.compile(r"(?:\s*\(" + _EDITOR_ROLE + r"\.?\)|,\s*eds?\.?)$", re.IGNORECASE)


_NAME_JOINERS = frozenset("and & de van von der den del da di du la le y et en".split())  # "en": Dutch "and"


def _names_after_prose(before: str) -> str:
    """'The best-known statement is Stephanie Kelton' -> 'Stephanie Kelton': the note's own words, then the
    person who wrote the work. Prose has lower-case words other than those bodies' names are made with."""
    words = before.split()
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_JOINERS):
        start -= 1
    while start < len(words) and words[start] in _NAME_JOINERS:
        start += 1
    prose = [w for w in words[:start] if w[:1].islower() and w not in names.ORGANISATION_JOINERS]
    run = " ".join(words[start:])
    if len(prose) < 2 or not run or not names.looks_like_person(run):
        return before
    return run


_APA_DATE_AT_END = re.compile(  # also a full date as Wikipedia's citations print it: "(1 August 1975)"
    r"\((?P<d>(?:1[5-9]|20)\d\d[a-z]?[^)]*|" + _NO_DATE_WORDS + r"\.|\d{1,2}\s+[A-Z][a-z]+\s+(?:1[5-9]|20)\d\d"
    r"|[A-Z][a-z]+\s+\d{1,2},\s+(?:1[5-9]|20)\d\d)\)\s*\.?$"
)
_YEAR_AT_END = re.compile(r"(?:[,.]\s*|\s+)((?:1[5-9]|20)\d\d)[a-z]?$")
# "n.d." (no date) where the year would stand, and its German, French, Spanish forms: "o. J.", "s.d.", "s.f."
_NO_DATE_AT_END = re.compile(r"(?<=[.,\s])\s*" + _NO_DATE_WORDS + r"\.?$")


_CONTAINER_LEAD = re.compile(rf"^(?:{_IN_WORDS_ANY_CASE}|i(?=\s[A-Z]))(?:[:\s]\s*|$)")  # "In: Book"; Scandinavian "i"
# The book's editors before it, their role in brackets: "Thomas B. Johansson m.fl. (red.), Renewable Energy ...",
# "Edward Aspinall dan Marcus Mietzner (ed.), Problems of ..."
_EDITORS_IN_BRACKETS = re.compile(
    r"^(?P<n>[^,()\d“”\"*]{3,150}?)\s*\(" + _EDITOR_ROLE + r"\.?\),\s+(?=\S)",
    re.IGNORECASE,
)
_OTHERS = re.compile(r"\s*,?\s+(?:et\s+al\.?|m\.\s?fl\.?|dkk\.?|u\.\s?a\.?|i\s+in\.?)$")  # and others


# A chapter's book with its editors before a colon, German, Scandinavian or Polish style: "in: A. Editor (Hrsg.):
# Book", "i: M. Humphreys og J. E. Stiglitz (red.): Book", "w: J. Kowalski (red.): Book"
_IN_EDITED_BOOK = re.compile(  # Finnish: "Teoksessa Cottey, Andrew (toim.): Book"
    r"^(?:(?:in|i|w):|teoksessa)\s+(?P<editors>[^:()]{3,200}?)\s*\((?:eds?|hrsg|hg|red|toim|dir|coord)\.?\)\s*:\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# Where such a chapter's book begins inside what reads as the title: "Title. I: Editors (red.): Book"
_EDITED_BOOK_IN_TITLE = re.compile(r"[.,]\s+(?=(?:in|i|w):\s|teoksessa\s)", re.IGNORECASE)


# Turkish volume and issue, "C. 91, S. 5" (cilt, sayı): written the English way, as the pair they are ("S. 5"
# alone is a German page)
_TURKISH_VOLUME_ISSUE = re.compile(r"\b(?:C\.|Cilt)\s*(?P<v>\d{1,4}),\s*(?:S\.|Sayı)\s*(?P<i>\d{1,4})\b")


_PERIODICAL_IN_GUILLEMETS = re.compile(r"\s*«(?P<name>[^«»]{2,120})»,?\s*")
# The Italian journal's volume, (year) and issue: "8 (2010), 4", "92 (2013), n. 1"
_VOLUME_YEAR_ISSUE = re.compile(
    r"(?P<v>\d{1,4})\s*\((?P<y>(?:1[5-9]|20)\d\d)\)(?:,\s*(?:n\.\s*|fasc\.\s*)?(?P<i>\d{1,4}(?:[-/]\d{1,4})?)(?=\s*(?:,|$)))?"
)


def _parse_tail(tail: str, draft: Draft, head: bool = False) -> None:
    """Read what follows the title: container, publication facts, date, volume, pages."""
    tail = tail.strip(" ,.;:")
    symbol = _SYMBOL_FIRST.match(tail) if tail[:1] == "(" and not draft.number else None
    if symbol and _is_document_number(symbol.group("n")):
        draft.number, tail = symbol.group("n"), tail[symbol.end() :].strip(" ,.;:")  # "*Title* (LC/G.2432). CEPAL."
    edited = _IN_EDITED_BOOK.match(tail) if tail[:2].lower() in ("in", "i:", "w:", "te") and "(" in tail else None
    book = _title_then_imprint(edited.group("rest")) if edited else None
    if book:  # "i: M. Humphreys ... (red.): Escaping the Resource Curse. New York: Columbia University Press, 2007"
        draft.chapter, draft.editors = True, names.parse_names(edited.group("editors"))
        draft.container, tail = book[0].strip(" ."), book[1]
    m = _CONTAINER_LEAD.match(tail)
    periodical = _PERIODICAL_IN_GUILLEMETS.match(tail, m.end()) if m and "«" in tail else None
    if periodical:  # Italian: 'in «Papers in Regional Science», 92 (2013), 1, pp. 217-233': a journal, no book
        draft.container, tail = periodical.group("name").strip(), tail[periodical.end() :]
        volume = _VOLUME_YEAR_ISSUE.match(tail)
        if volume:
            draft.volume, draft.issue = volume.group("v"), volume.group("i") or ""
            draft.issued = draft.issued or PartialDate(int(volume.group("y")))
            tail = tail[volume.end() :]
    elif m:
        draft.chapter = True
        tail = tail[m.end() :]
        editors = _EDITORS_IN_BRACKETS.match(tail) if "(" in tail else None
        if editors and not draft.editors:
            draft.editors = names.parse_names(_OTHERS.sub("", editors.group("n")))
            tail = tail[editors.end() :]
    if not head:
        tail = _take_description(tail, draft)
    if ("C." in tail or "Cilt" in tail) and ("S." in tail or "Say" in tail):
        tail = _TURKISH_VOLUME_ISSUE.sub(r"vol. \g<v>, no. \g<i>", tail)
    symbol = _YEAR_BRACKETED_SYMBOL.search(tail) if ")" in tail and _PAREN_YEAR_DIGIT.search(tail) else None
    if symbol and not draft.number:
        draft.number, tail = symbol.group(), f"{tail[: symbol.start()]} {tail[symbol.end() :]}".strip(" ,.;")
    tail = _take_journal_issue(tail, draft)
    tail = _take_place_publisher(tail, draft)
    chunks = [c.strip(" .:") for c in split_top_level(tail, ",;")]
    for chunk in _take_city_before_date(_take_place_run(chunks, draft), draft):
        _read_chunk(chunk, draft)


def _take_city_before_date(chunks: list[str], draft: Draft) -> list[str]:
    """'..., COM(2022) 230 final, Brussels, 18.5.2022': a known city right before the date is where the
    work was issued (European reports and papers print it so), not a container. Only at the head of the
    tail: 'Halsted Press, New York, 1990' names its publisher first, read with the other chunks."""
    if not draft.place and len(chunks) >= 2 and places.is_city(chunks[0]) and dates.is_only_date(chunks[1]):
        draft.place = chunks[0]
        return chunks[1:]
    return chunks


# APA's description of the form after the title: "(Version 2.2) [Computer software]. Zenodo.",
# "[Data set]", "[Video]", "[Doctoral dissertation, University of Oslo]", "[Conference presentation]. Event, Place"
_DESCRIPTION = re.compile(
    r"^(?:\((?P<version>[^()]{1,40})\)\s*)?(?:\[(?P<first>[^\[\]]{2,60})\]\s*)?\[(?P<form>[^\[\]]{2,100})\]\s*[.,]?\s*"
)  # APA may give two: "*100 cats who changed civilization* [Image attached] [Status update]. Facebook."
_DESCRIBED_TYPES = (
    ("software", re.compile(r"\b(?:software|computer\s+program|source\s+code|mobile\s+app)", re.I)),
    ("dataset", re.compile(r"\bdata\s*(?:set|base)\b|\bdataset\b", re.I)),
    ("broadcast", re.compile(r"\b(?:p[oó]dcast|radio\s+(?:broadcast|programme|program)|episode)\b", re.I)),  # APA's
    ("motion_picture", re.compile(r"\b(?:v[ií]d[eé]o|film|webinar|tv|televi[sz]\w*)\b", re.I)),  # "televizní pořad"
    ("thesis", re.compile(r"\b(?:thesis|dissertation|diss\.|diplomarbeit|tesi|tesis|thèse)\b", re.I)),
    ("speech", re.compile(  # and in Spanish, Portuguese, French, German, Dutch
        r"\b(?:presentation|poster|keynote|lecture|address|talk|speech|discurso|conferencia|ponencia|palestra"
        r"|discours|conférence|rede|vortrag|toespraak)\b", re.I)),
    ("webpage", re.compile(r"\b(?:tweet|status\s+update|post|thread)\b", re.I)),  # APA's social-media posts
)


# ISO 690 and APA name the medium in brackets after a plain title: "Otázky Václava Moravce [televizní pořad].
# Praha: Česká televize, 18. 4. 2021", "Tom Scott, Why the Tube is hot [video]. YouTube, 3 March 2021"
_BEFORE_MEDIUM = re.compile(
    r"^(?P<head>(?:[^\[\]“”\"*().]|\.(?!\s)){3,200}?)\s*(?=\[(?P<form>[^\[\]]{2,40})\]\s*(?:[.,]|$))"
)  # no full stop in the head: "Guyet S. Aspects ... [Thèse]" is an author, then a title (Vancouver)


def _plain_title_before_medium(work: str) -> Span | None:
    """The plain title before a bracketed medium a described type knows, after the author's name if one comes
    first ('Tom Scott, ...')."""
    m = _BEFORE_MEDIUM.match(work)
    if m is None or not any(p.search(m.group("form")) for _, p in _DESCRIBED_TYPES):
        return None
    author, comma, _ = m.group("head").partition(", ")
    start = len(author) + 2 if comma and names.author_chunk(author) else 0
    return Span(start, m.end(), m.group("head")[start:].strip(), "italic")


def _take_description(tail: str, draft: Draft) -> str:
    """APA's bracketed description sets the type and genre; the name after it (or a thesis's school
    inside it) is the publisher, or for a talk the event and its place."""
    m = _DESCRIPTION.match(tail)
    kind = next((k for k, p in _DESCRIBED_TYPES if m and p.search(m.group("form"))), "")
    if not kind:
        return tail
    form, _, school = m.group("form").partition(", ")
    draft.genre, draft.type = form.strip(), kind
    if m.group("version"):
        draft.notes.append(m.group("version").strip())
    rest = tail[m.end() :].strip(" .")
    if school:
        draft.publisher = school.strip()
    elif rest and kind == "speech":  # "Event, City, Region, Country": the event and where it met
        draft.container = rest
        _take_trailing_place(draft)
        draft.container, rest = (draft.container, "") if draft.place else ("", rest)
    elif rest and "," not in rest and not re.search(r"\d", _PARENTHESES.sub("", rest)) and len(rest.split()) <= 12:
        if kind in ("motion_picture", "webpage", "broadcast"):
            draft.container = rest  # the platform: "YouTube", "Twitter"
        else:
            draft.publisher = rest  # "GitHub", "Zenodo", "Copernicus Climate Data Store (CDS)"
        rest = ""
    if not rest:
        draft.shape = draft.shape or "described"
    return rest


_PARENTHESES = re.compile(r"\([^()]*\)")
# A paper series and the paper's number: "IMF Working Paper WP/13/1", "NBER Working Paper No. 21476", "BIS Working
# Papers No 1234", "Staff Discussion Note SDN/16/03"
_SERIES_CUES = re.compile("aper|ote|rief|eries")
_SERIES_AND_NUMBER = re.compile(
    r"(?P<series>(?:[A-Z][\w&.-]*\s+){0,6}(?:Working|Discussion|Policy|Research|Staff|Occasional|Technical)\s+"
    r"(?:Papers?|Notes?|Briefs?|Series))\s+(?:No\.?\s*|Number\s+)?(?P<number>[A-Z]{0,4}[/-]?\d[\w/.-]*)"
)
_CREDIT = re.compile(r"(directed|dir\.|performed|narrated|hosted|presented)\s+by\s+[A-Z]", re.IGNORECASE)
# A podcast's or a programme's episode: "episode 456", "ep. 12", German "Folge 37", Dutch "aflevering 5"
_EPISODE = re.compile(r"(?:episode|ep\.|folge|aflevering)\s*(?P<n>\d+)", re.IGNORECASE)
_EPISODE_STARTS = ("ep", "fo", "af")  # the pattern's first letters: a cheap test before it


def _take_place_run(chunks: list[str], draft: Draft) -> list[str]:
    """'..., Lawrence Berkeley National Laboratory, Berkeley, CA, USA, ...' (IEEE, APA 6): the place,
    and the body named just before it as the publisher (not in a chapter, where it is the book)."""
    run = None if draft.place else places.place_run(chunks)
    if run is None:
        return chunks
    start, end = run
    draft.place = ", ".join(chunks[start:end])
    before = chunks[start - 1] if start else ""
    if before and not draft.chapter and not draft.publisher and _names_a_publisher(before):
        draft.publisher = before
        start -= 1
    return chunks[:start] + chunks[end:]


def _names_a_publisher(chunk: str) -> bool:
    return (
        not re.search(r"\d", chunk)
        and chunk[:1].isupper()
        and not _words(chunk) & (NEWSPAPER_WORDS | MAGAZINE_WORDS) - {"press"}  # "Analytics Press, Oakland"
        and not GENRE_START.match(chunk)
        and not re.match(r"(?:\w+\s+)?presented\b", chunk, re.IGNORECASE)  # an event, not a publisher
    )


_VOLUME_FIRST = re.compile(r"(?:vol\.?\s*)?\d")


def _take_journal_issue(tail: str, draft: Draft) -> str:
    """'World Politics 30, no. 2 (1978): 167–214' at the head of the tail (after an italic
    journal name, only '30, no. 2 (1978): ...' is left: the name is put back in front to match)."""
    if draft.volume or tail[:2].lower() in _EPISODE_STARTS and _EPISODE.match(tail):
        return tail  # "episode 456, 1 Apr. 2021": a show's episode, not a journal's volume
    probe = tail
    if draft.container_italic and _VOLUME_FIRST.match(tail):
        probe = f"{draft.container} {tail}"
    m = _JOURNAL_ISSUE.match(probe)
    if (
        not m
        or _volume_in_date(m)
        or not _journal_like(m.group("container"))
        or not (m.group("issue") or m.group("issue2") or m.group("date") or m.group("pages"))
    ):
        return tail
    if probe is not tail:
        draft.container = ""
    _read_journal(m, draft)
    return probe[m.end() :].strip(" ,.;")


_PLACE_PUBLISHER_IN_TAIL = re.compile(
    r"(?:^|(?<=[,.]\s))(?P<place>[A-Z][\w.' -]{1,40}?(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]+\.?))?)\s*:\s*"
    r"(?P<publisher>[A-Z][^,:;()]{1,80}?)(?=\s*(?:,|\.\s|\.?$))"
)


def _take_place_publisher(tail: str, draft: Draft) -> str:
    """'Santa Monica, CA: RAND Corporation, 2020' -> place and publisher, the rest returned."""
    if draft.publisher or draft.place:
        return tail
    m = _PLACE_PUBLISHER_IN_TAIL.search(tail)
    if not m or dates.find_dates(m.group("place")) or _bracket_depth(tail[: m.start()]) > 0:
        return tail
    head, _, place = m.group("place").rpartition(". ")  # "Vol. 2 of Obras completas. Barcelona: Emecé"
    if re.search(r"\d", place):
        return tail
    draft.place = place.strip()
    draft.publisher = m.group("publisher").strip()
    return (tail[: m.start()] + head + tail[m.end() :]).strip(" ,.")


_IN_CONTAINER = re.compile(r"(?:[Ii]n|[Ww]):\s+(?P<c>[^:]{2,80})$")
_PARENTHESISED = re.compile(r"\(([^()]*)\)")
_PARENTHESES_AROUND = re.compile(r"\s*\([^()]*\)\s*")


_PLACE_REGION_PUBLISHER = re.compile(rf"^(?P<place>{_PLACE_WITH_REGION.pattern})\s*:\s*(?P<publisher>[^:;()]{{2,}}?)$")
_PUBLISHER_YEAR = re.compile(r"^(?P<publisher>.+?),?\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?$")


def _read_publisher_and_year(text: str, draft: Draft) -> None:
    """'Harvard University Press 2020', 'IEA 2020' (Dutch and German notes put no comma before the year)."""
    m = _PUBLISHER_YEAR.match(text)
    if m and not dates.find_dates(m.group("publisher")):
        draft.publisher, draft.issued = m.group("publisher"), draft.issued or PartialDate(int(m.group("year")))
    else:
        draft.publisher = text


_PAGES_THEN_SENTENCE = re.compile(r"^(?P<pages>[Pp]p?\.\s*\d+(?:\s*[-–]\s*\d+)?)\.\s+(?P<rest>[A-Z].*)$")
_DATE_THEN_SENTENCE = re.compile(r"^(?P<date>[\d. ]{6,12}\d{4})\.\s+(?P<rest>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿ]+\s.{6,})$")
_DATED_EDITION = re.compile(r"^(?P<date>[A-Z][a-z]+\.?\s+(?:1[5-9]|20)\d\d)\s+[Ee]dition$")


def _read_chunk(chunk: str, draft: Draft) -> None:
    if not chunk:
        return
    pages_first = _PAGES_THEN_SENTENCE.match(chunk) if chunk[:1] in "pP" else None
    if pages_first:  # "pp. 3-36. Oxford University Press": the pages, then the next fact after a full stop
        _read_chunk(pages_first.group("pages"), draft)
        _read_chunk(pages_first.group("rest"), draft)
        return
    if dates.is_only_date(chunk):
        draft.issued = _finer_date(draft.issued, dates.parse_date(chunk))
        return
    act = _DATED_ACT.match(chunk) if chunk[:1] in "aAdDiIrRsS" else None
    if act and dates.is_only_date(act.group("date")):  # "answered on February 10, 2021", "adopted 6 November 1998"
        draft.issued = _finer_date(draft.issued, dates.parse_date(act.group("date")))
        return
    date_first = _DATE_THEN_SENTENCE.match(chunk) if chunk[:1].isdigit() else None
    if date_first and dates.is_only_date(date_first.group("date")):  # "18. 4. 2021. Hostem byl mj. ...": a remark
        draft.issued = draft.issued or dates.parse_date(date_first.group("date"))
        draft.notes.append(date_first.group("rest"))
        return
    if _PINPOINT.match(chunk):
        return  # "bk. 1", "chap. 3": where in the work this note points, not a fact of the work
    article = _ARTICLE_NUMBER_CHUNK.fullmatch(chunk) if chunk[:1] in "Aa" else None
    if article and (draft.volume or draft.issue) and not draft.pages:
        draft.pages = article.group("n")  # APA 7: "118(17), Article e2022376118": the article's number for pages
        return
    if chunk[:1].isdigit() and _PAGE_COUNT.fullmatch(chunk):
        draft.notes.append(chunk)  # "380 p.", "412 S.": how long the book is, no place or publisher
        return
    series = _SERIES_AND_NUMBER.fullmatch(chunk) if _SERIES_CUES.search(chunk) else None
    if series and not draft.number:  # "IMF Working Paper WP/13/1", "NBER Working Paper No. 21476"
        draft.collection, draft.number = series.group("series"), series.group("number")
        draft.type = draft.type or "report"
        return
    credit = _CREDIT.match(chunk) if "by " in chunk else None
    if credit:  # MLA: "Directed by Roland Emmerich": a film's credit, kept as a note
        draft.notes.append(chunk)
        if credit.group(1).lower() in ("directed", "dir."):
            draft.type = draft.type or "motion_picture"
        return
    episode = _EPISODE.fullmatch(chunk) if chunk[:2].lower() in _EPISODE_STARTS else None
    if episode and not draft.number:
        draft.number, draft.type = episode.group("n"), draft.type or "broadcast"  # a show's episode, no volume
        return
    dated = _DATED_EDITION.match(chunk) if chunk.endswith(("edition", "Edition")) else None
    if dated and dates.is_only_date(dated.group("date")):  # "April 2024 edition" (IMF, OECD databases)
        draft.edition, draft.issued = dated.group("date"), draft.issued or dates.parse_date(dated.group("date"))
        return
    part_of = _IN_CONTAINER.match(chunk)
    if part_of and not draft.container:
        draft.container = part_of.group("c").strip()  # "in: FAZ.NET", "w: Rzeczpospolita" (German, Polish)
        return
    city_year = _CITY_YEAR.match(chunk) if chunk[-1:].isdigit() else None
    if city_year and places.is_city(city_year.group("city")) and not draft.place:
        # "Czytelnik, Warszawa 1994", "Berlin: Suhrkamp 2018" (Polish, German): the place and the year with no
        # comma between; in the Polish order the publisher is the chunk just before
        draft.place, draft.issued = city_year.group("city"), draft.issued or PartialDate(int(city_year.group("y")))
        if draft.texts and not draft.publisher and not draft.container:
            draft.publisher = draft.texts.pop()
        return
    if _LEGISLATIVE_SESSION.fullmatch(chunk):  # "198th Diet": a parliament's record (as Hansard), no volume
        draft.genre, draft.type = draft.genre or chunk, draft.type or "legislation"
        return
    if _VOLUME_COUNT.match(chunk):
        draft.notes.append(chunk if chunk.endswith(".") else chunk + ".")  # "4 vols." (biblatex's volumes)
        return
    if _read_volume_of_series(chunk, draft):
        return
    if draft.title_kind == "italic" and _read_book_numbers(chunk, draft):
        return
    agency = _AGENCY_REPORT_NUMBER.fullmatch(chunk)
    if (agency or _STANDARD_NUMBER.match(chunk)) and not draft.number:
        draft.number = chunk  # "RFC 8446", "FIPS 203", "GAO-18-477": a standard's or report's number, no volume
        if agency:
            draft.type = draft.type or "report"  # a book has an ISBN, a report its body's code
        return
    pages = _PAGES.match(chunk)
    if pages and chunk[:2] in ("S.", "s."):  # "S. 112" (Seite), before it looks like a journal "S" volume 112
        draft.pages = draft.pages or _dash(pages.group("p"))
        return
    volume_issue = _VOLUME_ISSUE.fullmatch(chunk)
    if volume_issue and not draft.volume:
        draft.volume, draft.issue = volume_issue.group("v"), volume_issue.group("i")
        return
    series_volume = draft.collection and draft.volume and not (draft.publisher or draft.place)
    imprint = _PLACE_PUBLISHER.match(chunk) if ":" in chunk and series_volume else None
    if imprint and places.is_city(imprint.group("place")) and not any(c.isdigit() for c in imprint.group("publisher")):
        # "..., bd. 6 av Series, Oslo: Universitetsforlaget, 1997": the imprint of a volume in a series
        draft.place, draft.publisher = imprint.group("place").strip(), imprint.group("publisher").strip()
        return
    region = _PLACE_REGION_PUBLISHER.match(chunk) if "(" in chunk and ":" in chunk else None
    if region and not draft.publisher:  # "Cambridge (MA): Harvard University Press 2020"
        draft.place, publisher = region.group("place"), region.group("publisher")
        _read_publisher_and_year(publisher, draft)
        return
    # parenthesised publication facts inside the chunk: "(London: Routledge, 1998)"
    parens = _PARENTHESISED.findall(chunk) if "(" in chunk else []
    if parens and ("roc" in chunk or "onf" in chunk or "ymposium" in chunk or "orkshop" in chunk) \
            and _PROCEEDINGS.search(chunk) and not dates.find_dates(chunk):
        draft.texts.append(chunk)  # "Proc. IEEE Conf. ... (CVPR)": the acronym is part of the name
        return
    outside = (_PARENTHESES_AROUND.sub(" ", chunk) if parens else chunk).strip(" ,.:")
    journal = _JOURNAL_ISSUE.match(chunk)
    if journal and not draft.volume and not _volume_in_date(journal) and _journal_like(journal.group("container")):
        _read_journal(journal, draft)
        return
    for inner in parens:
        _read_parenthetical(inner, draft)
    if outside and outside != chunk:
        _read_chunk(outside, draft)
        return
    if not outside:
        return
    _read_plain_chunk(outside, draft)


# One volume of a work in several: "vol. 1 of *The Cambridge History of the Cold War*" (Chicago), "bd. 6 av Norsk
# utenrikspolitikks historie" (Norwegian), "Bd. 3 von ...", "t. 2 de ...", "del 4 i ..."
_VOLUME_OF_SERIES = re.compile(
    r"^(?:vol|bd|band|del|tome|t|tomo)\.?\s+(?P<v>\d+|[IVXLC]+)\s+(?:of|av|i|von|de|di|del)\s+(?P<series>[*_]?[A-ZÀ-Þ].+)$",
    re.IGNORECASE,
)


def _read_volume_of_series(chunk: str, draft: Draft) -> bool:
    m = _VOLUME_OF_SERIES.match(chunk) if not draft.volume else None
    if m is None:
        return False
    series = m.group("series")
    imprint = re.search(r"\s*\(([^()]*)\)$", series)
    if imprint:  # "vol. 1 of *Series* (Cambridge: Cambridge University Press, 2010)"
        series = series[: imprint.start()]
        _read_parenthetical(imprint.group(1), draft)
    draft.volume, draft.collection = m.group("v"), series.strip(" *_")
    draft.type = draft.type or "book"
    return True


def _read_book_numbers(chunk: str, draft: Draft) -> bool:
    """After a book's or report's italic title: 'Vol 3' is its volume, 'CP 388' or 'Cm 9999' a command paper's
    number (not journal 'CP', volume 388)."""
    volume = _BOOK_VOLUME.fullmatch(chunk)
    if volume and not draft.volume:
        draft.volume = volume.group("v")
        return True
    if not draft.number and _PAPER_NUMBER.fullmatch(chunk):
        draft.number = chunk
        return True
    return False


def _volume_in_date(m: re.Match) -> bool:
    """'March 1, 2022': the 1 is a day, not a volume."""
    start = m.start("volume")
    return any(d.start <= start < d.end for d in dates.find_dates(m.string))


def _journal_like(container: str) -> bool:
    words = container.split()
    return bool(words) and len(words) <= 12 and words[0][:1].isupper() and not dates.find_dates(container)


_ISSUE_WORD_AT_END = re.compile(r"^(?P<name>.*?),?\s*\b(?:no|nr|n°|nos|issue|iss|number)\.?$", re.IGNORECASE)


def _read_journal(m: re.Match, draft: Draft) -> None:
    container = m.group("container").strip(" ,.")
    volume, issue = m.group("volume") or "", m.group("issue") or m.group("issue2") or ""
    issue_only = _ISSUE_WORD_AT_END.match(container)
    if issue_only and not issue:  # "The National Interest, no 16": a number, no volume
        container, volume, issue = issue_only.group("name"), "", volume
    if draft.container:
        draft.notes.append(container)
    else:
        draft.container = container
    draft.volume, draft.issue = volume, issue
    if m.group("date"):
        _read_parenthetical(m.group("date"), draft)
    if m.group("pages"):
        draft.pages = _dash(m.group("pages"))


_PROSE_REMARK = re.compile(r"^[a-zà-ÿ]{4,}\s+[a-zà-ÿ]{2,}(?:\s+\S+){1,}$")


# "indicator", "video", "blog post": lower-case, no digits, not a role ("ed.", "eds.", "trans.", "coord.")
_MEDIUM = re.compile(
    r"(?!(?:eds?|editors?|trans|translators?|comp|coord|hrsg|hg|dir|red|oprac)\b)[a-z][a-z-]{3,}(?: [a-z-]+){0,2}"
)


_YEARS_SPANNED = re.compile(r"(?<=[,:]\s)(?P<y>(?:1[5-9]|20)\d\d)\s*[–-]\s*(?:(?:1[5-9]|20)\d\d|\d\d)$")


def _read_parenthetical(inner: str, draft: Draft) -> None:
    inner = inner.strip(" ,.;")
    if not inner:
        return
    if inner.endswith(":"):  # "(Internet Archive copy: URL)": the label of a link already taken
        draft.notes.append(inner.rstrip(" :"))
        return
    if _PROSE_REMARK.match(inner):  # "(first published in 1949)", "(publicado originalmente por la CEPAL en 1949)"
        draft.notes.append(inner)
        return
    if _MEDIUM.fullmatch(inner) and not draft.genre:  # “GDP per hour worked” (indicator): what kind of thing
        draft.genre = inner
        return
    if dates.is_only_date(inner):
        draft.issued = draft.issued or dates.parse_date(inner)
        return
    years = _YEARS_SPANNED.search(inner) if "–" in inner or "-" in inner else None
    # "(London: Griffin, 1861–62)": a work published over several years is dated by its first
    found = (dates.DateMatch(PartialDate(int(years.group("y"))), years.start(), years.end()),) if years \
        else dates.find_dates(inner)
    if found and found[-1].end >= len(inner.rstrip(" .")) - 1:
        draft.issued = draft.issued or found[-1].date
        inner = inner[: found[-1].start].strip(" ,;")
    if not inner:
        return
    head, comma, rest = inner.partition(", ")
    edition = _EDITION.match(head) if comma else None
    if edition:  # OSCOLA, Chicago: "(10th edn, Macmillan 1959)", "(2nd ed., London: Routledge, 2004)"
        draft.edition = draft.edition or _edition(edition.group("e") or edition.group("e2"))
        inner = rest
    before, comma, last = inner.rpartition(", ")
    edition = _EDITION.match(last) if comma else None
    if edition:  # AGLC: "(Aboriginal Studies Press, 2nd ed, 2009)": the edition after the publisher
        draft.edition = draft.edition or _edition(edition.group("e") or edition.group("e2"))
        inner = before
    m = _PLACE_PUBLISHER.match(inner)
    if m and not m.group("publisher")[:1].isdigit():
        draft.place = draft.place or m.group("place").strip()
        draft.publisher = draft.publisher or m.group("publisher").strip(" ,")
        return
    if found and not draft.place and places.is_city(inner):  # "(Riyadh, 2016)": the place alone, then the year
        draft.place = inner
        return
    _read_plain_chunk(inner, draft, in_parens=True)


def _body_seat(m: re.Match, draft: Draft) -> bool:
    """'Onderzoeksraad ..., Title, Den Haag: OVV, februari 2015': after a body's plain title, a known city and a name
    (not "Roma: 22-28", pages). A person's plain title is read better by the tagger, and its 'Reason: Wittgenstein'
    may be a subtitle."""
    return places.is_city(m.group("place")) and _all_orgs(draft.authors) and not m.group("publisher")[:1].isdigit()


_GENRE_THEN_PUBLISHER = re.compile(
    r"(?:Data\s?set|Database|Software|Computer software|Dataset and code)\.\s+[A-Z][^.,;:]{1,60}"
)
_PUBLISHED = re.compile(r"(?:first\s+)?(?:published|posted|released|issued|dated|uploaded)(?:\s+on)?", re.I)


def _finer_date(known: PartialDate | None, found: PartialDate | None) -> PartialDate | None:
    """The date a reference already has, unless a later one names the same year more precisely ('Summers, L. H.
    (2021), "...", Washington Post, 4 February 2021': the day of the article, not just its year)."""
    if known is None:
        return found
    if found and found.year == known.year and not known.month and found.month:
        return found
    return known


def _read_plain_chunk(chunk: str, draft: Draft, in_parens: bool = False) -> None:
    if dates.is_only_date(chunk):
        draft.issued = _finer_date(draft.issued, dates.parse_date(chunk))
        return
    day_month = dates.day_and_month(chunk)
    if day_month and draft.issued and not draft.issued.month:  # Harvard: "2010, ..., 22 September"
        draft.issued = PartialDate(draft.issued.year, *day_month)
        return
    for pattern, setter in (
        (_PAGES, lambda m: setattr(draft, "pages", draft.pages or _dash(m.group("p")))),
        (
            _VOLUME,
            lambda m: (
                setattr(draft, "volume", m.group("v").rstrip(".")),
                setattr(draft, "issue", draft.issue or (m.group("i") or "")),
            ),
        ),
        (
            _ISSUE,
            lambda m: setattr(draft, "issue" if draft.volume or draft.container else "number", m.group("i")),
        ),
        (_EDITION, lambda m: setattr(draft, "edition", _edition(m.group("e") or m.group("e2")))),
        (_EDITORS, lambda m: setattr(draft, "editors", names.parse_names(m.group("n")))),
        (_TRANSLATOR, lambda m: draft.notes.append(chunk)),
    ):
        m = pattern.match(chunk)
        if m:
            setter(m)
            return
    bare = _BARE_PAGES.match(chunk)
    if bare:
        single = bare.group("p").isdigit()
        if single and draft.container and not draft.volume and not draft.pages and draft.title_kind != "italic":
            draft.volume = bare.group("p")  # "Journal, 12, 45-67": the first bare number is the volume
        else:
            draft.pages = draft.pages or _dash(bare.group("p"))
        return
    m = _PLACE_PUBLISHER.match(chunk)
    official = draft.type == "report" and places.is_city(m.group("place")) if m else False  # "NOU 2015: 9 ..."
    seat = m and (draft.title_kind == "italic" or _body_seat(m, draft) or official)
    if seat and not in_parens and not draft.publisher:
        draft.place = m.group("place").strip()
        _read_publisher_and_year(m.group("publisher").strip(), draft)
        return
    found = dates.find_dates(chunk)
    if found and found[-1].end >= len(chunk) - 1 and found[-1].start > 0:
        draft.issued = draft.issued or found[-1].date
        chunk = chunk[: found[-1].start].strip(" ,.;:")
        if not chunk or _PUBLISHED.fullmatch(chunk):
            return  # "published 12 December 2023": the word only says what the date is
    report = _REPORT_NUMBER.match(chunk)
    if report and not draft.number:
        draft.genre = draft.genre or report.group("g")
        draft.number = report.group("n") or ""
        return
    if GENRE_START.match(chunk) and not draft.genre:
        kind, comma, issuer = chunk.partition(", ")
        if comma and in_parens and not draft.publisher and _names_a_publisher(issuer):
            draft.genre, draft.publisher = kind, issuer  # "(PhD diss., Harvard University, 1954)"
        elif _GENRE_THEN_PUBLISHER.fullmatch(chunk) and not draft.publisher:
            draft.genre, draft.publisher = chunk.split(". ", 1)  # Chicago author-date: "*Title*. Dataset. Zenodo."
        else:
            draft.genre = chunk
        return
    if in_parens and not draft.place and places.is_city(chunk):
        draft.place = chunk
        return
    if in_parens:
        if names.is_organisation(chunk) or not draft.publisher:
            draft.publisher = draft.publisher or chunk
        else:
            draft.notes.append(chunk)
        return
    draft.texts.append(chunk)


def _take_place_publisher_chunk(draft: Draft) -> None:
    """A leftover 'Princeton: Princeton University Press' (Chicago's imprint after a title in roman) is the
    place and the publisher, when the place is a known city and neither is read yet."""
    if draft.place or draft.publisher or not draft.texts or ":" not in draft.texts[-1]:
        return
    m = _PLACE_PUBLISHER.match(draft.texts[-1])
    if m and places.is_city(m.group("place").strip()) and not dates.find_dates(m.group("publisher")):
        draft.place, draft.publisher = m.group("place").strip(), m.group("publisher").strip()
        draft.texts.pop()


def _split_place_publisher(draft: Draft) -> None:
    """'Paris, Seuil' read as the place (French and German books write place, publisher, year)."""
    region = _REGION_THEN_PUBLISHER.match(draft.publisher) if draft.place and ":" in draft.publisher else None
    if region and places.is_region_code(region.group("region")) and places.looks_like_city(draft.place):
        # "Washington, DC: World Bank" cut at the comma: the state belongs to the city
        draft.place, draft.publisher = f"{draft.place}, {region.group('region')}", region.group("publisher")
        return
    chunks = split_top_level(draft.place, ",")
    if len(chunks) > 2 and not draft.publisher and places.is_city(chunks[0]) and not places.place_run(chunks):
        # "Torino, Einaudi, 1965, § XII" (Italian, Spanish): place, publisher, then the date and a locator
        draft.place, draft.publisher = chunks[0], chunks[1]
        for chunk in chunks[2:]:
            _read_plain_chunk(chunk, draft)
        return
    place, _, publisher = draft.place.partition(", ")
    if publisher and not draft.publisher and places.is_city(place) and not places.place_run(chunks) \
            and not places.is_city(publisher):
        draft.place, draft.publisher = place, publisher
    place, _, publisher = draft.publisher.partition(", ") if not draft.place else ("", "", "")
    if publisher and places.is_city(place) and not places.is_city(publisher) and not re.search(r"\d", publisher):
        draft.place, draft.publisher = place, publisher  # "Princeton, Princeton University Press" (French style)


_NO_NAME = re.compile(r"[\W_]*(?:arxiv\s+)?(?:e-?)?(?:preprint)?[\W_]*", re.IGNORECASE)  # "", "* preprint*"
_REGION_THEN_PUBLISHER = re.compile(r"(?P<region>[A-Z]{2,3})\s*:\s*(?P<publisher>\S.*)")
_DASHES = re.compile(r"\s*[-–—]+\s*")


def _dash(pages: str) -> str:
    return _DASHES.sub("–", pages.strip())


def _edition(text: str) -> str:
    m = re.match(r"(\d+)", text)
    if m:
        return m.group(1)
    ordinals = {"second": "2", "third": "3", "fourth": "4", "fifth": "5", "first": "1"}
    return ordinals.get(text.lower(), text)


# ---- references without a quoted or italic title


# A standard's number at the head of the note, where an author would stand: "ISO/IEC 18033-2:2006, Information ..."
_LEADING_STANDARD = re.compile(
    r"^(?P<n>(?:RFC|ISO(?:/IEC)?|IEC|IEEE\s+Std|NIST\s+SP|FIPS(?:\s+PUB)?|DIN|EN|ANSI|BS)\s+[\d.-]+[a-z]?(?::\d{4})?),\s+"
)


def _parse_plain(text: str, draft: Draft) -> None:
    lead = _LEADING_STANDARD.match(text) if text[:1] in "RIDNFEAB" else None
    if lead:
        draft.number = draft.number or lead.group("n")
        text = text[lead.end() :]
    official = _LEADING_OFFICIAL_NUMBER.match(text) if text[:1].isupper() and (":" in text or "(" in text) else None
    if official:  # "NOU 2015: 9 Finanspolitikk i en oljeøkonomi. Oslo: ...": the series' number, then the title
        draft.number, draft.type = draft.number or " ".join(official.group("n").split()), draft.type or "report"
        text = text[official.end() :]
    colon = _COLON_AUTHOR.match(text) if ": " in text else None  # "Authors: Title ...", read by two readers
    if _parse_din(colon, draft) or _parse_colon_author(colon, draft) or _parse_vancouver(text, draft):
        return
    apa = _APA_HEAD.match(text)
    if apa and (_plausible_authors(apa.group("authors")) or _ACT_AS_HEAD.match(apa.group("authors"))):
        _parse_apa(apa, draft)
        return
    book = _BLUEBOOK_BOOK_TAIL.search(text) if text.endswith(")") else None
    if book and _parse_bluebook_book(text[: book.start()], book, draft):
        return
    facts = _PUBLICATION_FACTS.search(text)
    if facts and facts.start() > 0:
        _parse_plain_with_facts(text, facts, draft)
        return
    sentences = split_sentences(text) or [""]
    year_after_names = re.match(r"^(?P<names>.+?)[.,]?\s+\(?(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)?$", sentences[0])
    if year_after_names and names.looks_like_person(year_after_names.group("names")):
        sentences = [year_after_names.group("names"), year_after_names.group("year"), *sentences[1:]]
    if len(sentences) >= 3 and names.author_chunk(sentences[0]):
        _parse_bibliography_style(sentences, draft)
        return
    _parse_plain_chunks(text, draft)


# Bluebook 15: a book's author, its title (small capitals, lost in plain text), the page cited and, in brackets,
# the edition and the year only: "Lawrence Lessig, Code and Other Laws of Cyberspace 6 (1999)", "Cass R.
# Sunstein, Republic.com 2.0, at 12 (2007)", "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014)"
_BLUEBOOK_BOOK_TAIL = re.compile(
    r"(?:,\s+at\s+(?P<at>\d+(?:[-–]\d+)?)|\s+(?P<pin>\d{1,4}(?:[-–]\d+)?))?"
    r"\s+\((?:(?P<ed>\d+)(?:st|nd|rd|th|d)\s+ed\.\s+)?(?P<year>" + _YEAR_RE + r")\)$"
)


_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]{0,9}\.")
# Bluebook's abbreviations (table T6) that end an institution's name: "Cong. Rsch. Serv.", "U.S. Dep't of Just."
_BLUEBOOK_INSTITUTION = re.compile(
    r"(?:^|\s)(?:Bd|Serv|Comm[’']n|Dep[’']t|Rsch|Off|Sec[’']y|Nat[’']l|Ass[’']n|Admin|Inst|Ctr|Cong|Gov[’']t|Int[’']l"
    r"|Just|Div|Found|Comm)\.?(?:\s|$)"
)
_REPORT_CODE_FIRST = re.compile(r"([A-Z]{1,5}[-\s]?\d{2,}[\w-]*),\s+")
_NUMBERS_OF_A_PERIODICAL = re.compile(r",\s*(?:\d|[Vv]ol\b|[Vv]ol\.|[Nn]o\.)|\bpp?\.\s*\d|\b[Vv]ol\.")


def _parse_bluebook_book(head: str, tail: re.Match, draft: Draft) -> bool:
    """The people before the first comma, the rest the title: read only when they are people and the rest is a
    title in plain words (a quoted or numbered work is another shape), and the page is no year."""
    people, title = _split_name_list(head.strip(" ,"))
    title, pin = title.strip(" ,"), tail.group("at") or tail.group("pin") or ""
    institution = _BLUEBOOK_INSTITUTION.search(people) is not None  # "Cong. Rsch. Serv.", "Privacy ... Oversight Bd."
    sentence_end = any(len(t) > 3 and t.endswith(".") and t.lower() not in names.SUFFIXES for t in people.split())
    listed = not sentence_end and (names.looks_like_person(people) or names.has_name_list_shape(people))
    authors = (Name(literal=people),) if institution else names.parse_names(people) if listed else ()
    if not institution and (not authors or not all(a.family and a.given for a in authors)) or not title[:1].isupper():
        return False  # people with their given names: 'Feferman, S., Title, J. Symbolic Logic' is another style
    code = _REPORT_CODE_FIRST.match(title) if institution else None
    if code:  # "Cong. Rsch. Serv., R48592, Title (2025)": the report's number before its title
        draft.number, title = code.group(1), title[code.end() :]
    last = title.rpartition(", ")[2]
    if ", " in title and (_book_publisher(last) or names.is_organisation(last) and not last[:1].islower()):
        return False  # 'Title, Cambridge University Press (2007)': a publisher, no Bluebook
    first, words = title.partition(",")[0], title.split()
    abbreviated = sum(1 for w in words if _ABBREVIATED_WORD.fullmatch(w))
    if len(words) < 2 or _ANY_QUOTE.search(title) or names.looks_like_person(first) or abbreviated >= 2 or (
        _NUMBERS_OF_A_PERIODICAL.search(title) or (tail.group("pin") and (", " in title or words[-1][-1].isdigit()))
    ):  # more authors, or a journal with its volume: 'Title, IEEE Trans. Microwave Theory 53, 2, pp. 762–769',
        return False  # 'P. W. Higgs, Phys. Rev. Lett. 13, 508 (1964)'
    if head.rstrip().endswith(","):
        return False
    if re.fullmatch(_YEAR_RE, pin.split("–")[0].split("-")[0]):
        return False
    draft.authors, draft.title, draft.title_kind = authors, title, "plain"
    draft.type, draft.shape, draft.pages = "report" if institution else "book", "bluebook-book", _dash(pin)
    draft.edition, draft.issued = tail.group("ed") or "", PartialDate(int(tail.group("year")))
    return True


# Vancouver (NLM, ICMJE): "Markandya A, Wilkinson P. Electricity generation and health. Lancet.
# 2007;370(9591):979-90." and "Rothman KJ. Epidemiology: an introduction. 2nd ed. New York: Oxford
# University Press; 2012." Full stops part the authors, title and journal; a semicolon the date from the
# volume, or the publisher from the date.
_NLM_DATE = r"(?P<date>(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?)"
_VANCOUVER_ARTICLE = re.compile(
    r"^(?P<authors>[^.]+?)\.\s+(?P<title>.+?[.?!])\s+(?P<journal>[A-Z][^.;:]*?)\.?\s+" + _NLM_DATE
    + r"\s*;\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^)]+)\))?\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)$"
)
_VANCOUVER_BOOK = re.compile(
    r"^(?P<authors>[^.]+?)\.\s+(?P<title>.+?)\.\s+(?:(?P<extra>[^.:;]+?)\.\s+)?"
    r"(?P<place>[A-Z][^.:;]*?):\s*(?P<publisher>[^;:]+?);\s*" + _NLM_DATE + r"$"
)


def _parse_vancouver(text: str, draft: Draft) -> bool:
    """A Vancouver article or book, read whole when its authors are a Vancouver list or a body."""
    text = text.strip(" .")
    web = _VANCOUVER_INTERNET.match(text) if "[Internet]" in draft.text else None  # the mark itself is gone
    if web and _vancouver_authors(web.group("authors")):  # a newspaper or site read online, NLM style
        draft.authors = names.parse_names(web.group("authors"))
        draft.title, draft.title_kind, draft.shape = _clean_title(web.group("title")), "plain", "vancouver"
        draft.container, draft.issued = web.group("container").strip(), dates.parse_date(web.group("date"))
        return True
    if ";" not in text:
        return False  # both shapes put a semicolon before the volume or the date
    m = _VANCOUVER_ARTICLE.match(text) or _VANCOUVER_BOOK.match(text)
    if m is None or not _vancouver_authors(m.group("authors")):
        return False
    draft.authors = names.parse_names(m.group("authors"))
    draft.title, draft.title_kind, draft.shape = _clean_title(m.group("title")), "plain", "vancouver"
    draft.issued = dates.parse_date(m.group("date"))
    if m.re is _VANCOUVER_ARTICLE:
        draft.container = m.group("journal").strip()
        draft.volume, draft.issue, draft.pages = m.group("volume"), m.group("issue") or "", _dash(m.group("pages"))
        return True
    draft.place, draft.publisher = m.group("place").strip(), m.group("publisher").strip()
    extra = (m.group("extra") or "").strip()
    edition = _EDITION.match(extra) if extra else None
    if edition:
        draft.edition = edition.group("e") or edition.group("e2")
    elif extra:
        draft.genre = extra  # "Special report"
    if draft.issued and draft.issued.day and draft.urls:
        draft.type = "webpage"  # "Geneva: WHO; 2022 Dec 19 [cited ...]. Available from: URL": a page, dated to the day
    return True


# NLM's newspaper or web page: "Mandavilli A. Title. New York Times [Internet]. 2021 Oct 6 [cited ...]. Available
# from: URL" (the mark '[Internet]', the access date and the link already set aside)
_VANCOUVER_INTERNET = re.compile(
    r"^(?P<authors>[^.]{2,200}?)\.\s+(?P<title>.+?)\.\s+(?P<container>[^.\[\]]{2,80}?)\s*\.\s*"
    r"(?P<date>(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?)\.?\s*$"  # not a journal's '1994;2(4)'
)


def _vancouver_authors(text: str) -> bool:
    """'Lelieveld J, Evans JS, Fnais M', 'Pope CA 3rd, et al', 'Rothman KJ', or a body ('World Health
    Organization'): family names with bare initials, never the spelled-out given names of other styles."""
    text = re.sub(r",?\s*\bet al$", "", text.strip())
    chunks = [c.strip() for c in text.split(",") if c.strip()]
    return bool(chunks) and (
        all(names.VANCOUVER_NAME.fullmatch(c) for c in chunks) or (len(chunks) == 1 and names.is_organisation(text))
    )


# German notes (DIN 1505 and its kin): "Volker Quaschning: Regenerative Energiesysteme, 9. Aufl., München:
# Hanser 2015, S. 112", "Agora Energiewende (Hrsg.): Wärmewende 2030, Berlin, Februar 2017"
_COLON_AUTHOR = re.compile(
    r"^(?P<authors>[^:\d“”„\"«»()]{3,200}?)\s*(?P<role>\((?:Hrsg|Hg|Eds?|éds?|dir)\.?\))?:\s+(?P<rest>\S.*)$"
)
# What marks the German form apart from an English "Title: Subtitle, New York: Wiley, 1962": a year after
# the publisher with no comma ("München: Hanser 2015"), "S. 112", "9. Aufl.", "Bd. 2", "vom 8. August"
_DIN_EVIDENCE = re.compile(r":\s*[^,:;]+?\s+(?:1[5-9]|20)\d\d\b|\bS\.\s*\d|\bAufl\.|\bBd\.|\bJg\.|\bvom\s+\d")


# The part after "in:" in a German note: "Osteuropa 70 (2020) 5, S. 61–79" (volume, year, issue),
# "Osteuropa, Jg. 70, H. 5 (2020), S. 39–59" (Jahrgang, Heft), or a paper: "Süddeutsche Zeitung (online)"
_DIN_JOURNAL = re.compile(
    r"^(?P<journal>[^\d,:]+?),?\s+(?:Jg\.\s*)?(?P<volume>\d+)(?:\s*\((?P<year>" + _YEAR_RE + r")(?:/\d{2,4})?\))?"
    r"(?:,?\s*(?:H\.|Heft|Nr\.)?\s*(?P<issue>\d+(?:\s*[-–/]\s*\d+)?))?(?:\s*\((?P<year2>" + _YEAR_RE + r")\))?"
    r"(?:,\s*S\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?:\s*ff?\.)?)?$"
)
_DIN_IN = re.compile(r",?\s+[Ii]n:\s+")
_DIN_SERIES = re.compile(r"\s*\((?P<series>[^()]{3,120})\)$")


def _parse_din(m: re.Match | None, draft: Draft) -> bool:
    """German notes (DIN 1505): 'Moe, Arild: Titel. Untertitel, in: Osteuropa 70 (2020) 5, S. 61–79',
    'Paul, Michael/Swistek, Göran: Titel, Berlin: SWP 2021 (SWP-Studie 2021/S 19)', 'Albert, Mathias:
    Titel, in: Herausgeber (Hrsg.): Buch, Euskirchen 2017': people before a colon, the title to 'in:' or
    to the place, then the journal and its numbers, the book it is part of, or place, publisher and year."""
    if not m or m.group("role") or not _din_people(m.group("authors").strip()):
        return False
    rest = m.group("rest")
    head, found, part_of = _split_at_in(rest)
    if not found and not _CITY_THEN_PUBLISHER.search(head):
        return False
    draft.authors = names.parse_names(m.group("authors").strip())
    draft.shape = "colon-author"
    if not found:
        return _din_book(head, draft)
    draft.title, draft.title_kind = _clean_title(head), "plain"
    part_of = _DIN_SERIES.sub("", part_of.strip(" ."))
    journal = _DIN_JOURNAL.match(part_of)
    editors = _COLON_AUTHOR.match(part_of)
    if journal:
        draft.container, draft.volume = journal.group("journal").strip(), journal.group("volume")
        draft.issue, draft.pages = journal.group("issue") or "", _dash(journal.group("pages") or "")
        year = journal.group("year") or journal.group("year2")
        draft.issued = draft.issued or (PartialDate(int(year)) if year else None)
    elif editors and editors.group("role"):
        draft.editors, draft.chapter = names.parse_names(editors.group("authors")), True
        book, tail = _title_then_imprint(editors.group("rest")) or editors.group("rest").partition(", ")[::2]
        draft.container = book.strip()  # "Buch. New York: Verlag, 2007" or "Buch, Euskirchen 2017"
        place_year = _CITY_YEAR.fullmatch(tail.strip(" ."))
        if place_year and places.looks_like_city(place_year.group("city")):  # "Euskirchen 2017"
            draft.place, draft.issued = place_year.group("city"), PartialDate(int(place_year.group("y")))
        else:
            _parse_tail(_comma_before_year(tail), draft)
    else:
        container, _, facts = part_of.partition(", ")
        if not (facts and _din_facts(facts)):
            container, facts = part_of, ""
        draft.container = re.sub(r"\s*\((?:online|print|Online)\)$", "", container).strip()
        if facts:  # "in: Deutschlandfunk, 15.11.2023": the paper or site, then the day it appeared
            _parse_tail(facts, draft)
    return True


def _din_facts(facts: str) -> bool:
    """Whether what follows a paper's name after 'in:' is its day, its place and year, or its pages ('15.11.2023',
    'Berlin 2022', 'S. 5'), not more of a name."""
    chunks = [c.strip(" .") for c in split_top_level(facts, ",")]
    dated = [c for c in chunks if dates.is_only_date(c) or _CITY_YEAR.fullmatch(c)]
    return bool(dated) and all(c in dated or _PAGES.match(c) or c[:1].isupper() for c in chunks)


def _comma_before_year(tail: str) -> str:
    """'Wiesbaden: VS Verlag 2007' (German: no comma between publisher and year) -> 'Wiesbaden: VS Verlag, 2007'."""
    return _YEAR_AFTER_PUBLISHER.sub(r"\g<p>, \g<y>", tail)


_YEAR_AFTER_PUBLISHER = re.compile(r"(?<=:\s)(?P<p>[^,:;]+?)\s+(?P<y>(?:1[5-9]|20)\d\d)\b")


def _split_at_in(rest: str) -> tuple[str, bool, str]:
    m = _DIN_IN.search(rest)
    return (rest[: m.start()], True, rest[m.end() :]) if m else (rest, False, "")


# "Berlin: Stiftung Wissenschaft und Politik 2021", "Cambridge: Polity Press 2016": a place, a colon, a publisher
_CITY_THEN_PUBLISHER = re.compile(
    r",\s*(?P<place>[^\W\d_][^,:;]{1,40}):\s*(?P<publisher>[^,:;()]+?)\s+(?P<y>" + _YEAR_RE + r")\b"
)
_DIN_PEOPLE = re.compile(
    r"[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*)*,\s*[^\W\d_][\w’'. -]*?"
    r"(?:\s*/\s*[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*)*,\s*[^\W\d_][\w’'. -]*?)*"
)  # "Paul, Michael/Swistek, Göran": family, given, and more joined by slashes


def _din_people(authors: str) -> bool:
    """'Moe, Arild', 'Paul, Michael/Swistek, Göran', or in the order the names are spoken: 'Olaf Scholz',
    'Hanns W. Maull' (many German notes write them so)."""
    if _DIN_PEOPLE.fullmatch(authors):
        return True
    return "," not in authors and all(
        len(p.split()) <= 4 and names.looks_like_person(p) and not names.is_organisation(p) for p in authors.split("/")
    )


def _din_book(head: str, draft: Draft) -> bool:
    """'Titel. Untertitel, Berlin: Verlag 2021 (Reihe)': the title to the place; the series in brackets."""
    facts = _CITY_THEN_PUBLISHER.search(head)
    if not places.looks_like_city(facts.group("place")):
        return False
    draft.title, draft.title_kind = _clean_title(head[: facts.start()]), "plain"
    draft.place, draft.publisher = facts.group("place").strip(), facts.group("publisher").strip()
    draft.issued = draft.issued or PartialDate(int(facts.group("y")))
    after = head[facts.end() :].strip(" ,.")
    series = _DIN_SERIES.search(after)
    if series:
        draft.collection, after = series.group("series"), after[: series.start()].strip(" ,.")
    pages = _PAGES.match(after) if after[:2] in ("S.", "s.", "p.", "pp") else None
    if pages:  # "..., Frankfurt am Main: Suhrkamp 1986, S. 25": the page this note points to
        draft.pages = _dash(pages.group("p"))
    return True


def _slashed_people(authors: str) -> bool:
    """'Lippert, Barbara/von Ondarza, Nicolai/Perthes, Volker': German lists join inverted names with slashes;
    Finnish ones with dashes ('Forsberg, Tuomas – Vaahtoranta, Tapani')."""
    if " – " in authors:
        authors = authors.replace(" – ", "/")
    return "/" in authors and _DIN_PEOPLE.fullmatch(authors) is not None


def _inverted_first_author(authors: str) -> bool:
    """'Lie, Einar' or 'Lie, Einar og Christian Venneslan' (the Scandinavian form before a colon), not a Chicago
    'Botkin, Daniel B. Discordant Harmonies' (an initial, then the title's words)."""
    family, comma, rest = authors.partition(",")
    given = _AND_WORD.split(rest.split(",")[0])[0] if comma else ""
    words = family.split()
    if len(words) > 1 and not any(w.lower() in names.PARTICLES for w in words[:-1]):
        return False  # "Olav Riste, Norway’s Foreign Relations: A History, Oslo: ...": a name, then a title
    return bool(given.strip()) and not _INITIAL.search(family) and _INITIAL_THEN_WORD.search(given) is None


_AND_WORD = re.compile(r"\s(?:and|og|och|und|&)\s")
_INITIAL_THEN_WORD = re.compile(r"\b[A-Z]\.(?:\s*[A-Z]\.)*\s+(?:[A-Z]\s+)?[A-Z][a-z]")  # 'B. Discordant', 'D.J. A Vain'


def _title_then_imprint(rest: str) -> tuple[str, str] | None:
    """'Norsk økonomisk politikk etter 1905. Oslo: Universitetsforlaget, 2012.' (the Scandinavian form after
    'Lie, Einar:'): the title, to the full stop before 'Place: Publisher', and that imprint."""
    for stop in _FULL_STOP_OR_COMMA.finditer(rest):
        place, colon, after = rest[stop.end() :].partition(": ")
        if not (colon and _ENDS_IN_YEAR.search(after)):
            continue
        if place.lower() in _BOOK_LEADS:
            continue  # "Title. In: Editors (Hrsg.): Book. Place: ...": the chapter's book, not an imprint
        if places.is_city(place) or stop.group().startswith(".") and places.looks_like_city(place):
            return rest[: stop.start()], f"{place}: {after}"  # German: 'Titel. Untertitel, Berlin: Verlag, 2019'
    return None


_FULL_STOP_OR_COMMA = re.compile(r"(?<=\w)\.\s+|,\s+")
_BOOK_LEADS = frozenset({"in", "i", "w", "en", "dans", "em"})
# A series and its number in brackets closing a note: "(SWP-Studie 2/2019)", "(Research Paper 12/2020)"
_NUMBERED_SERIES_AT_END = re.compile(r"\s*\((?P<series>[^()\d]{3,60}?)\s+(?P<number>\d+(?:/\d+)?)\)\s*\.?$")
_ENDS_IN_YEAR = re.compile(r"(?:1[5-9]|20)\d\d\.?$")


def _parse_colon_author(m: re.Match | None, draft: Draft) -> bool:
    """'Authors: Title, facts' read whole, when the part before the colon names people or a body
    marked as editor ('(Hrsg.)'), the title runs to the first comma and every fact after it is
    understood (a place, publisher, edition, date, pages); otherwise the other readers try."""
    if not m or re.search(r"[a-z]{2}\.\s", m.group("authors")):  # "Sambrook, Joe. Molecular Cloning: ..."
        return False
    authors = m.group("authors").strip()
    people = names.looks_like_person(authors) or names.has_name_list_shape(authors) or _slashed_people(authors)
    if not (m.group("role") or people) and "," not in authors and names.is_organisation(authors):
        return _organisation_colon_title(authors, m.group("rest"), draft)
    rest = m.group("rest")
    series = _NUMBERED_SERIES_AT_END.search(rest) if ")" in rest[-3:] else None  # "... (SWP-Studie 2/2019)"
    rest = rest[: series.start()] if series else rest
    inverted = (people or m.group("role")) and _inverted_first_author(authors)
    imprint = _title_then_imprint(rest) if inverted else None
    if not (m.group("role") or (people and (_DIN_EVIDENCE.search(rest) or imprint))):
        return False  # "Money Market Investments: The Risk and Return, New York: ..." is a title
    head, tail = imprint or rest.partition(", ")[::2]
    book = _edited_book_in_title(head) if imprint and "(" in head else None
    if book:  # "Title. I: M. Humphreys og J. E. Stiglitz (red.): Escaping the Resource Curse. New York: ..."
        head, editors, container = book
    if not head or (not imprint and dates.find_dates(head)) or "(" in (head + tail if book else rest):
        return False  # "(Princeton, NJ: ...)"
    trial = replace(draft, urls=list(draft.urls), notes=list(draft.notes), texts=[])
    if series:
        trial.collection, trial.number = series.group("series"), series.group("number")
    named = names.parse_names(authors)
    if m.group("role") and people and not names.is_organisation(authors):
        trial.editors = named
    else:
        trial.authors = named if people else (Name(literal=authors),)
    trial.title, trial.title_kind, trial.shape = _clean_title(head), "plain", "colon-author"
    tail = _comma_before_year(tail)  # "Hanser 2015"
    _parse_tail(tail, trial)
    lone = trial.texts[0] if len(trial.texts) == 1 else ""
    if lone and not trial.place and "." not in lone and places.looks_like_city(lone):
        trial.place = trial.texts.pop()  # "Berlin, Februar 2017", "Dessau-Roßlau, Mai 2023"
    if trial.texts or trial.container or trial.volume or trial.issue or not (trial.place or trial.publisher):
        return False
    if book:
        trial.chapter, trial.editors, trial.container = True, names.parse_names(editors), container.strip(" .")
    vars(draft).update(vars(trial))
    return True


def _edited_book_in_title(head: str) -> tuple[str, str, str] | None:
    """(title, editors, book) when a chapter's book and its editors stand after the title's full stop."""
    for m in _EDITED_BOOK_IN_TITLE.finditer(head):
        edited = _IN_EDITED_BOOK.match(head[m.end() :])
        if edited:
            return head[: m.start()], edited.group("editors"), edited.group("rest")
    return None


def _organisation_colon_title(body: str, rest: str, draft: Draft) -> bool:
    """'Die Bundesregierung: Leitlinien deutscher Arktispolitik. Verantwortung übernehmen, Vertrauen schaffen,
    Zukunft gestalten, Berlin 2019' (German): a body, a colon, the title (commas and all), a known city and the
    year closing the note; or, Scandinavian style, the title to the full stop before 'Place: Publisher, year'."""
    book = _title_then_imprint(rest) if ". " not in body and body[:1].isalpha() else None
    if book:  # (no sentence inside the body's name: "Lo B. Axis of Convenience" is a Vancouver author and title)
        return _organisation_title_imprint(body, *book, draft)
    release = _PRESS_RELEASE_AT_END.search(rest) if "," in rest else None
    title = rest[: release.start()] if release else rest
    if (draft.urls and draft.accessed or release) and _WEB_TITLE_ALONE.fullmatch(title.strip(" .,")):
        # "Bundesministerium der Finanzen: Die Schuldenbremse des Bundes, https://... (abgerufen am 18.01.2024)",
        # "Bundesverfassungsgericht: Title, Pressemitteilung Nr. 101/2023 vom 15. November 2023"
        draft.authors, draft.title, draft.title_kind = (Name(literal=body),), title.strip(" .,"), "plain"
        if release:
            draft.genre, draft.number = release.group("genre"), release.group("n") or ""
            draft.issued = draft.issued or dates.parse_date(release.group("date") or "")
        draft.shape = "colon-author"
        return True
    head, _, place_year = rest.strip(" .").rpartition(", ")
    m = _CITY_YEAR.fullmatch(place_year)
    if m and places.is_city(m.group("city")):
        place, issued = m.group("city"), PartialDate(int(m.group("y")))
    else:  # "..., Berlin, Juni 2023": the city and the date apart
        head, _, place = head.rpartition(", ")
        issued = dates.parse_date(place_year) if dates.is_only_date(place_year) else None
        if not (issued and places.is_city(place)):
            return False
    if not head:
        return False
    draft.authors, draft.title, draft.title_kind = (Name(literal=body),), _clean_title(head), "plain"
    draft.place, draft.issued, draft.shape = place, issued, "colon-author"
    return True


# A press release's kind, number and day closing the note: "..., Pressemitteilung Nr. 101/2023 vom 15. November 2023"
_PRESS_RELEASE_AT_END = re.compile(
    r",\s*(?P<genre>Pressemitteilung|Presseerklärung|Press release|Communiqué de presse|Nota de prensa|Persbericht)"
    r"(?:\s+(?:Nr\.|No\.|n[º°])\s*(?P<n>[\w/.-]+))?(?:\s+(?:vom|of|du|del?|van)\s+|,\s*)?(?P<date>[^,]{6,30})?\s*\.?$",
    re.IGNORECASE,
)
_WEB_TITLE_ALONE = re.compile(r"[^,;:()\[\]]{3,200}")  # one title, nothing after it but the link and access


def _organisation_title_imprint(body: str, head: str, imprint: str, draft: Draft) -> bool:
    """'Valtioneuvosto: Title. Valtioneuvoston julkaisuja 2022:18. Helsinki: Valtioneuvosto, 2022.': the body, the
    title (and the series' number that may close it), then place, publisher and year read to the end."""
    series = _SERIES_NUMBER_SENTENCE.search(head)
    trial = replace(draft, urls=list(draft.urls), notes=list(draft.notes), texts=[])
    if series:
        head = head[: series.start()]
        trial.collection, trial.number = series.group("series"), series.group("number")
    trial.authors, trial.title, trial.title_kind = (Name(literal=body),), _clean_title(head), "plain"
    trial.shape = "colon-author"
    _parse_tail(imprint, trial)
    if trial.texts or trial.container or not (trial.place and trial.issued):
        return False
    vars(draft).update(vars(trial))
    return True


# A series and its number as the title's last sentence: "Valtioneuvoston julkaisuja 2022:18", "SOU 2016:57"
_SERIES_NUMBER_SENTENCE = re.compile(
    r"\.\s+(?P<series>[" + names.UPPER + r"][^.:]{1,60}?)\s+"
    r"(?P<number>(?:1[89]|20)\d\d:\d{1,4}|\d{1,4}/(?:1[89]|20)\d\d)$"
)


def _parse_bibliography_style(sentences: list[str], draft: Draft) -> None:
    """'Yergin, Daniel. The Prize. New York: Simon & Schuster, 1991.' (MLA, Chicago bibliography)."""
    draft.authors = names.parse_names(sentences[0])
    rest = sentences[1:]
    if dates.is_only_date(rest[0]) and len(rest) > 1:  # Chicago author-date: "Author. 2020. Title."
        draft.issued = dates.parse_date(rest[0])
        rest = rest[1:]
    draft.title, draft.title_kind = rest[0].strip(" ,."), "plain"
    for sentence in rest[1:]:
        _parse_tail(sentence, draft)
    draft.confidence = min(draft.confidence, 0.8)
    if draft.authors and _apa_publisher_alone(draft) and _book_publisher(draft.texts[0]):
        draft.publisher, draft.shape = draft.texts.pop(), "apa-book"  # MLA 9: "Klein, Naomi. Title. Crown, 2014."


def _initials_of_author(name: str, draft: Draft) -> bool:
    """The body that wrote it publishes it under its initials: 'IEA' for the International Energy Agency."""
    body = draft.authors[0].literal if len(draft.authors) == 1 else ""
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return len(initials) >= 2 and name.replace(".", "").replace(" ", "") == initials


# GOST 7.1: a paper with no title of the piece, its year, then the day: "Ведомости. 2014. 22 мая"
_PAPER_YEAR_DAY = re.compile(
    r"(?P<paper>[^\W\d_][^.,;:]{1,60})\.\s+(?P<year>(?:1[5-9]|20)\d\d)\.\s+(?P<day>\d{1,2}\s+\w+\.?)"
)


def _parse_plain_chunks(text: str, draft: Draft) -> None:
    paper = _PAPER_YEAR_DAY.fullmatch(text) if text[-1:] != ")" else None
    day = f"{paper.group('day')} {paper.group('year')}" if paper else ""
    if paper and dates.is_only_date(day):
        draft.container, draft.issued, draft.shape = paper.group("paper"), dates.parse_date(day), "source-and-date"
        draft.type = "article-newspaper"  # a paper named with its day, as GOST writes a daily
        return
    chunks = split_top_level(text, ",;")
    if _issuer_genre_date(chunks, draft) or _letter(chunks, draft):
        return
    leading_authors = names.author_chunk(chunks[0]) if len(chunks) >= 3 else ()
    if _is_source_and_date(chunks):
        # "Mainichi Shimbun, May 26, 2014." -- a news source and a date, no title
        draft.shape = "source-and-date"
        for chunk in chunks:
            _read_chunk(chunk, draft)
        if draft.texts:
            draft.container = draft.texts.pop(0)
        return
    if len(chunks) == 2 and draft.urls and _organisation_then_title(chunks):
        # "UNHCR, Ukraine Refugee Situation, https://data.unhcr.org/..." : the body that publishes the page, its title
        draft.authors, draft.title, draft.title_kind = (Name(literal=chunks[0]),), chunks[1], "plain"
        draft.shape = "organisation-title-link"
        return
    data = _DATA_PRODUCT.fullmatch(chunks[1]) if len(chunks) == 2 and draft.urls else None
    if data and not names.has_name_list_shape(chunks[0]):
        # "Gas Infrastructure Europe, AGSI+ Aggregated Gas Storage Inventory (dataset), https://agsi.gie.eu/": the
        # body that keeps the data, whatever its name looks like, and the data's title
        draft.authors, draft.title, draft.title_kind = (Name(literal=chunks[0]),), data.group("title"), "plain"
        draft.genre, draft.type, draft.shape = data.group("kind"), "dataset", "organisation-title-link"
        return
    if _plain_shape_is_clear(chunks):
        draft.shape = "plain-clear"
    elif leading_authors:
        draft.authors = leading_authors
        draft.shape = "corporate-author" if _all_orgs(leading_authors) else ""
        chunks = chunks[1:]
    head = chunks[0] if chunks else ""
    sentences = split_sentences(head)
    if len(sentences) >= 2 and not draft.authors and (draft.urls or draft.accessed) \
            and _body_then_title(sentences[0], sentences[1]):
        # AMA, Vancouver on the web: "World Health Organization. WHO Coronavirus (COVID-19) Dashboard. Accessed ..."
        draft.authors, sentences = (Name(literal=sentences[0].strip(" .")),), sentences[1:]
    title_part = sentences[0] if sentences else head
    paren = re.search(r"\(([^()]*)\)\s*$", title_part)
    if paren and title_part[: paren.start()].strip():
        title_text = title_part[: paren.start()].strip(" ,.")
        _read_parenthetical(paren.group(1), draft)
    else:
        title_text = title_part.strip(" ,.")
    rest = sentences[1:] + chunks[1:]
    if len(sentences) == 1:
        title_text, rest = _serial_title(title_text, rest)
    draft.title, draft.title_kind = title_text, "plain"
    for chunk in rest:
        _read_chunk(chunk.strip(" .:"), draft)
    if draft.authors and not draft.genre and title_text[:1].islower() and _has_speech_word(title_text):
        _read_as_untitled_event(draft)
        return
    subtitle = sentences[1].strip(" .:") if len(sentences) == 2 else ""
    if (
        subtitle and draft.texts == [subtitle] and draft.place and draft.publisher
        and not _words(subtitle) & names.ORGANISATION_WORDS
    ):
        draft.title, draft.texts = f"{draft.title}. {subtitle}", []  # "The Bridge. Natural Gas in a Redivided Europe"
    draft.confidence = min(draft.confidence, 0.7)


def _body_then_title(first: str, second: str) -> bool:
    """A body's name as a sentence of its own, in proper words ('Centers for Disease Control and Prevention', not
    a title in sentence case), then a sentence of several words: its author and title."""
    first = first.strip(" .")
    proper = all(w[:1].isupper() or w in names.BODY_JOINERS for w in first.split())
    return proper and not any(c.isdigit() for c in first) and names.is_organisation(first) \
        and len(second.split()) >= 2 and second[:1].isupper() \
        and not dates.is_only_date(second)


def _read_as_untitled_event(draft: Draft) -> None:
    """'Magdalena Andersson, press conference with Ulf Kristersson, Stockholm, 16 May 2022': a speaker, then what
    the event was in lower case (a description, not a title), where and when."""
    draft.genre, draft.title, draft.title_kind, draft.type = draft.title, "", "", "speech"
    run = places.place_run(draft.texts) if not draft.place else None
    if run:  # "Washington, DC"
        draft.place = ", ".join(draft.texts[run[0] : run[1]])
        del draft.texts[run[0] : run[1]]
    elif draft.texts and not draft.place and places.is_city(draft.texts[0]):
        draft.place = draft.texts.pop(0)
    for chunk in list(draft.texts):
        recording = _RECORDING.fullmatch(chunk)
        if recording and not draft.container:  # "YouTube video": where the recording of the event is
            draft.container = recording.group("platform") or draft.container
            draft.notes.append(recording.group("medium"))
        elif chunk.lower().startswith("posted by ") and not draft.publisher:
            draft.publisher = chunk[len("posted by ") :]  # who posted the recording
        else:
            continue
        draft.texts.remove(chunk)
    if draft.issued and not draft.texts:
        draft.shape = "speech-event"  # read to the last word


# "YouTube video", "video", "C-SPAN video", "audio recording": the recording an event is cited from
_RECORDING = re.compile(
    r"(?:(?P<platform>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+)?(?P<medium>video|audio(?:\s+recording)?)"
)


# What a body or a person issues with no title of its own: "company announcement", "press release", "statement"
_INTERVIEW_WORDS = ("interview", "entretien", "entrevista", "intervista", "wywiad", "intervju", "haastattelu")
_ISSUED_KIND = (
    r"(?:company\s+|corporate\s+)?announcement|(?:press|news|media)\s+release|(?:press\s+)?statement|fact\s*sheet"
    r"|blog\s+post|(?:post|tweet|thread|status\s+update|video)\s+on\s+(?P<platform>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # Chicago: 'William Lanouette, interview by Cindy Kelly'; French 'entretien accordé à TF1', Spanish, Italian ...
    r"|(?:" + "|".join(_INTERVIEW_WORDS) + r")"
    r"(?:\s+(?:by|with|accordé\s+à|avec|con|a|mit|dla|med|för)\s+[A-Z][^,;]{1,60})?"
)
_ISSUED = re.compile(r"(?P<kind>" + _ISSUED_KIND + r")", re.IGNORECASE)
_ISSUED_BY = re.compile(  # "Statement by Governor Phil Murphy", "DESNZ press release"
    r"(?P<kind>" + _ISSUED_KIND + r")\s+(?:by|from)\s+(?P<who>.+)|(?P<who2>.+?)\s+(?P<kind2>" + _ISSUED_KIND.replace(
        "(?P<platform>", "(?P<platform2>") + r")",
    re.IGNORECASE,
)


def _issuer_genre_date(chunks: list[str], draft: Draft) -> bool:
    """Who issued it, what it is, when, and no title: 'Ørsted, company announcement, 31 October 2023', 'Protect Our
    Coast NJ (@njcoast_protect), post on X, August 31, 2024', 'DESNZ press release, 16 November 2023', 'Statement
    by Governor Phil Murphy, October 31, 2023'."""
    if len(chunks) < 2 or not _mentions_issued_kind(chunks[0], chunks[1]):
        return False
    issued = _ISSUED.fullmatch(chunks[1]) if len(chunks) >= 3 else None
    if issued:
        who, kind, platform, rest = chunks[0], chunks[1], issued.group("platform"), chunks[2:]
    else:
        by = _ISSUED_BY.fullmatch(chunks[0])
        if by is None:
            return False
        who, kind = by.group("who") or by.group("who2"), by.group("kind") or by.group("kind2")
        platform, rest = by.group("platform") or by.group("platform2"), chunks[1:]
    date, after = _leading_date(rest)
    authors = names.parse_names(who)
    if not (date and authors) or len(after) > 2 or len(who.split()) > 8 or (platform and after):
        return False  # the draft is left as it was for the other readers
    if len(authors) == 1 and not authors[0].literal and (not authors[0].given or len(who.split()) > 3):
        authors = (Name(literal=names.HANDLE.sub("", who).strip()),)  # 'Ørsted', 'Protect Our Coast NJ': a body
    draft.authors, draft.genre, draft.issued = authors, kind, date
    if platform:
        draft.container, draft.type = platform, "webpage"  # a post: the platform is the site
    elif kind.lower().startswith(_INTERVIEW_WORDS):
        draft.type = "interview"
    if after and not draft.container:  # 'Voices of the Manhattan Project, Atomic Heritage Foundation'
        draft.container = after[0]
        draft.publisher = after[1] if len(after) == 2 else ""
    draft.shape = "issuer-genre-date"
    return True


def _leading_date(chunks: list[str]) -> tuple[PartialDate | None, list[str]]:
    """The date the chunks open with ('April 11', '2014' split at the comma) and the chunks after it."""
    for n in (2, 1, 3):
        if len(chunks) >= n and dates.is_only_date(", ".join(chunks[:n])):
            return dates.parse_date(", ".join(chunks[:n])), chunks[n:]
    return None, chunks


def _letter(chunks: list[str], draft: Draft) -> bool:
    """Chicago's letter: 'Albert Einstein to Franklin D. Roosevelt, August 2, 1939, President's Secretary's File,
    ..., Franklin D. Roosevelt Presidential Library, Hyde Park, NY': writer, recipient, date, then where the
    letter is kept (left as a note: bibkit has no archive fields)."""
    writer, found, recipient = chunks[0].partition(" to ") if chunks else ("", "", "")
    if not found or not (names.looks_like_person(writer) and names.looks_like_person(recipient)):
        return False
    date, after = _leading_date(chunks[1:])
    if date is None:
        return False
    draft.authors, draft.genre, draft.issued = names.parse_names(writer), f"letter to {recipient}", date
    draft.type = "document"
    if after:
        draft.notes.append(", ".join(after))
    draft.shape = "issuer-genre-date"
    return True


def _mentions_issued_kind(first: str, second: str) -> bool:
    return mentions(first + " " + second, _ISSUED_KIND_CUES)


_ISSUED_KIND_CUES = ("announcement", "release", "statement", "fact", "blog", " on ", *_INTERVIEW_WORDS)


_SERIAL_LAST = re.compile(r"(?:and|&)\s+[A-Z]")


def _serial_title(title: str, rest: list[str]) -> tuple[str, list[str]]:
    """'Building Resilient Supply Chains, Revitalizing American Manufacturing, and Fostering Broad-Based Growth':
    a plain title that lists things runs on over its commas up to the item opened by "and": no field of a
    reference starts with "and"."""
    if not any(chunk.startswith(("and ", "& ")) for chunk in rest[:3]):
        return title, rest  # most titles list nothing: no pattern to try
    for end, chunk in enumerate(rest[:3]):
        if _SERIAL_LAST.match(chunk):
            items = [title, *rest[:end], chunk.split(None, 1)[1] if " " in chunk else ""]
            if not all(_list_item(item) for item in items) or names.looks_like_person(items[-1].split(". ")[0]):
                return title, rest  # "Jia, R.-Q., and J. Lei", "Tom Brown, and Ann Lee. Title": people, not a title
            return ", ".join([title, *rest[: end + 1]]), rest[end + 1 :]
        if not chunk[:1].isupper() or any(c.isdigit() for c in chunk):  # a date, a number: the title has ended
            return title, rest
    return title, rest


def _list_item(text: str) -> bool:
    """An item of a title's list: words, not a name's fragment ('Jia', 'R.-Q.', 'Ralph S.')."""
    words = text.split()
    return len(words) >= 2 and not any(_INITIAL_TOKEN.fullmatch(word) for word in words)


_INITIAL_TOKEN = re.compile(r"[A-Z]\.?(?:-?[A-Z]\.?)*")
_DATA_PRODUCT = re.compile(r"(?P<title>[A-Z0-9].{3,}?)\s*\((?P<kind>data\s*set|database|data|time\s+series)\)", re.I)


def _organisation_then_title(chunks: list[str]) -> bool:
    """A body ('UNHCR', 'World Bank') or a one-word name ('Eurostat': a full citation names a person with a
    given name too) before a title of several words."""
    org, title = chunks
    return (
        (names.is_organisation(org) or (" " not in org and org[:1].isupper() and not org.isdigit()))
        and not names.is_organisation(title)
        and len(title.split()) >= 2
        and title[:1].isupper()
        and not dates.is_only_date(title)
    )


_PUBLICATION_FACTS = re.compile(
    r"\((?P<facts>(?:\d{1,2}(?:st|nd|rd|th)\s+(?:edn|ed)\.?,\s*)?(?:[A-Z][^():]{1,60}:\s*)?[A-Z][^()]*?,?\s*"
    r"(?:1[5-9]|20)\d\d[a-z]?(?:[–-]\d{2,4})?)\)(?=[\s,.;:]|$)"  # "1861–62": a work in several volumes
)


def _parse_plain_with_facts(text: str, facts: re.Match, draft: Draft) -> None:
    """'Daniel Yergin, The Prize: ... Power (New York: Simon & Schuster, 1991), 212' with italics lost.

    Only publication facts (a publisher or place and a year) qualify; a bare date in
    parentheses ("(March 1, 2022)") does not, since it often follows the site name.
    """
    inner = facts.group("facts")
    if dates.is_only_date(inner):
        _parse_plain_chunks(text, draft)
        return
    draft.shape = "plain-facts"
    head = text[: facts.start()].strip(" ,.")
    sentences = split_sentences(head)
    if len(sentences) > 1 and _set_people(sentences[0], draft):
        head = " ".join(sentences[1:])
    else:
        first, rest = _split_name_list(head)
        if rest.strip() and _set_people(first, draft):
            head = rest.strip()
    head = _take_trailing_details(head, draft)
    sentences = split_sentences(head)
    draft.title, draft.title_kind = (sentences[0].strip(" ,.") if sentences else head), "plain"
    for chunk in sentences[1:]:
        for part in split_top_level(chunk, ",;"):
            _read_chunk(part.strip(" .:"), draft)
    _read_parenthetical(inner, draft)
    _parse_tail(text[facts.end() :], draft)
    draft.confidence = min(draft.confidence, 0.8)


def _split_name_list(head: str) -> tuple[str, str]:
    """'Gary Clyde Hufbauer, Jeffrey J. Schott, and Barbara Oegg, Economic Sanctions ...': the people up
    to the one after 'and', when each of them looks like a person; else the first chunk."""
    chunks = split_top_level(head, ",")
    for end, chunk in enumerate(chunks[1:-1], 2):
        if re.match(r"(?:and|&)\s", chunk.strip()):
            people = [re.sub(r"^(?:and|&)\s+", "", c.strip()) for c in chunks[:end]]
            if all(names.looks_like_person(p) for p in people):
                return ", ".join(chunks[:end]), ", ".join(chunks[end:])
            break
    first, _, rest = head.partition(",")
    return first, rest


# A paper's number in its issuer's series, after the title: "Law Com No 245", "Cm 9161", "HC 1016", "Cd. 8747"
_NUMBERED_IN_SERIES = re.compile(r"(?:[A-Z][a-z]{0,5}\.?\s+){1,2}No\.?\s*\d{1,5}|(?:Cm|Cmnd|Cmd|Cd|HC|HL)\.?\s+\d{1,5}")
# "GAO-20-145", "CRS Report RS20871": a report's number after its title
_REPORT_CODE = re.compile(r"^(?:(?P<g>(?:[A-Z]{2,6}\s+)?(?:Report|Paper|Brief))\s+)?(?P<n>[A-Z]{1,6}-?\d[\w-]*)$")


def _take_trailing_details(head: str, draft: Draft) -> str:
    """'The Strategy of Conflict, 2nd ed.' -> the title, with the edition read into its field."""
    chunks = split_top_level(head, ",")
    details = (_EDITION, _VOLUME, _EDITORS, _TRANSLATOR, _ISSUE)
    while len(chunks) > 1:
        last = chunks[-1].strip(" .")
        code = _REPORT_CODE.match(last)
        if code and not draft.number:
            draft.number, draft.genre = code.group("n"), draft.genre or (code.group("g") or "")
        elif _STANDARD_NUMBER.match(last) and not draft.number:
            draft.number = last  # "..., FIPS 203 (Gaithersburg, MD: NIST, 2024)"
        elif _NUMBERED_IN_SERIES.fullmatch(last) and not draft.number:
            draft.number = last  # "..., Law Com No 245 (London: HMSO, 1997)", "..., Cm 9161"
        elif any(p.match(last) for p in details):
            _read_plain_chunk(last, draft)
        elif _VOLUME_COUNT.match(last):
            draft.notes.append(f"{last}.")  # "..., 4 vols. (London: Griffin, 1861–62)": how many volumes there are
        elif _read_volume_of_series(last, draft):
            pass
        else:
            break
        chunks.pop()
    return ", ".join(chunks)


def _plain_apa_title_before(head: str) -> bool:
    """'Authors (2020). A title in plain type. ' or '... . In ': an APA head and a whole sentence after it."""
    apa = _APA_HEAD.match(head.rstrip())
    rest = apa.group("rest").strip() if apa else ""
    if not rest or not _plausible_authors(apa.group("authors")):
        return False
    return rest[-1] in ".?!" or rest.endswith((". In", "? In", "! In")) or _IN_EDITORS_AT_END.search(rest) is not None


# "... populism. In R. Dornbusch & S. Edwards (Eds.), *Book*": the chapter's book, after its editors (APA in English,
# Spanish, Portuguese, French, Indonesian)
_IN_EDITORS_AT_END = re.compile(_IN_WORDS + r"\s+[^()]{2,200}?\(" + _EDITOR_ROLE + r"\.?\),?$", re.IGNORECASE)


def _plausible_authors(text: str) -> bool:
    return len(text) < 200 and not dates.find_dates(text) and (text[:1].isupper() or text[:1] in "*_")


# An EU act in the author's place of an APA reference: "Regulation (EU) 2024/1689 of ... (Artificial Intelligence
# Act). (2024). Official Journal of the European Union, ..."
_ACT_AS_HEAD = re.compile(_EU_ACT_KIND + r"\s+\((?:EU|EC|EEC|EU,\s*Euratom)\)\s+(?:No\s+)?\d+/\d+")


_QUESTION_THEN_IN = re.compile(r"\?\s+(?=In\s)")
_CHAPTER_IN = re.compile(_IN_WORDS + r"\s+")


def _parse_apa(m: re.Match, draft: Draft) -> None:
    head = m.group("authors")
    draft.issued = dates.parse_date(m.group("date"))
    rest = m.group("rest").strip()
    span = find_title_span(rest)
    act = _ACT_AS_HEAD.match(head)
    if act or _reads_as_title(head):  # no author: APA moves the title to the author's place
        draft.title, draft.title_kind = head.strip(" .,"), "plain"
        draft.type = draft.type or ("legislation" if act else "")
        tail = rest
    elif span is not None and span.start == 0:
        draft.authors = names.parse_names(head)
        draft.title, draft.title_kind = span.text, span.kind
        tail = rest[span.end :]
    else:
        draft.authors = names.parse_names(head)
        sentences = split_sentences(rest)
        asked = _QUESTION_THEN_IN.search(sentences[0]) if sentences and "? In " in sentences[0] else None
        if asked:  # "... Can language models be too big? In *Proceedings ...*": the title ends at its question mark
            sentences[:1] = [sentences[0][: asked.start() + 1], sentences[0][asked.end() :]]
        draft.title, draft.title_kind = (sentences[0].strip(" .") if sentences else rest), "plain"
        tail = rest[rest.find(sentences[1], len(sentences[0])) :] if len(sentences) > 1 else ""
        chapter = _CHAPTER_IN.match(tail)
        if chapter:
            draft.chapter = True
            tail = tail[chapter.end() :]
    symbol = _SYMBOL_AFTER_TITLE.search(draft.title) if draft.title.endswith(")") else None
    if symbol and not draft.number and _is_document_number(symbol.group("n")):
        draft.title, draft.number = draft.title[: symbol.start()], symbol.group("n")  # "... (LC/PUB.2022/9-P). CEPAL."
    described = _DESCRIPTION_AFTER_TITLE.search(draft.title) if draft.title.endswith("]") else None
    if described and any(p.search(described.group("d")) for _, p in _DESCRIBED_TYPES):
        draft.title, tail = draft.title[: described.start()], f"{described.group('d')}. {tail}"  # read with the tail
    numbered = _SERIES_NUMBER_AFTER_TITLE.search(draft.title) if draft.title.endswith(")") else None
    if numbered and not draft.number:  # "... school years (EdWorkingPaper No. 22-521). Annenberg Institute ..."
        draft.title, draft.collection, draft.number = draft.title[: numbered.start()], *numbered.group("series", "n")
    tail = _take_report_number(tail, draft)
    italic = find_title_span(tail)
    if italic is not None and italic.kind == "italic":
        draft.container, draft.container_italic = italic.text, True
        editors = tail[: italic.start].strip(" ,") if draft.chapter else ""
        if editors and _EDITOR_ROLE_AT_END.search(editors):  # "In R. Dornbusch & S. Edwards (Eds.), *Book*"
            draft.editors = draft.editors or names.parse_names(_EDITOR_ROLE_AT_END.sub("", editors))
        tail = tail[italic.end :]
        volume = _VOLUME_IN_ITALICS.match(draft.container) if tail[:1] in "(," else None
        if volume and not draft.chapter:  # "*Nature Machine Intelligence, 1*(9), 389–399": read as "1(9), 389–399"
            draft.container, tail = volume.group("c"), volume.group("v") + tail
    tail = tail.strip(" ,.")
    journal = _JOURNAL_ISSUE.match(tail)
    # "Nat. Genet. 41, 1032–1036": a journal abbreviated word by word is one sentence
    whole = journal and not draft.container and len(split_sentences(tail[journal.end() :])) <= 1
    sentences = [tail] if whole else split_sentences(tail)
    for sentence in sentences:
        _parse_tail(sentence, draft)
    if draft.type == "legislation" and act:  # the act, then where the journal printed it
        if draft.texts and not draft.container:
            draft.container = draft.texts.pop(0)  # "Official Journal of the European Union, L series, 12 July 2024"
        draft.notes.extend(draft.texts)
        draft.texts, draft.shape = [], "legal"
        adopted = _legal_date([d.date for d in dates.find_dates(draft.title)], "legislation")
        draft.issued = adopted if adopted and adopted.day else draft.issued  # "... of 13 June 2024 laying down ..."
    elif len(sentences) == 1 and draft.container and draft.volume and draft.pages:
        draft.shape = "apa-article"  # "Title. Journal, 49(3), 379–414.": see _fully_read
    elif draft.container_italic and not tail and draft.title and draft.issued and draft.issued.month:
        draft.shape = "apa-outlet"  # "Machine bias. *ProPublica*. https://...": a dated item in its outlet
    elif _apa_publisher_alone(draft):  # APA 7 books and reports: "Title. Publisher." (no place)
        draft.publisher, draft.shape = draft.texts.pop(), "apa-book"
    elif _apa_outlet_alone(draft):  # "Title. (2015, April 10). The Guardian. https://...": the outlet
        draft.container, draft.shape = draft.texts.pop(), "apa-outlet"


# A document symbol in brackets closing an APA title: the UN's and ECLAC's "(LC/PUB.2022/9-P)", "(A/HRC/52/3)"
def _is_document_number(text: str) -> bool:
    """A UN symbol ('LC/G.2432'), a standard ('NIST AI 100-1') or an agency's year-numbered report ('NCES 2023-144')."""
    return "/" in text or bool(_STANDARD_NUMBER.match(text) or _YEAR_NUMBERED_REPORT.fullmatch(text))


_YEAR_NUMBERED_REPORT = re.compile(r"[A-Z]{2,6}\s(?:19|20)\d\d-\d{1,4}")
_SYMBOL = r"[A-Z][A-Z0-9.]*(?:/[A-Z0-9.-]+)+(?:\([A-Z0-9./-]+\))?|[A-Z]{2,5}(?: [A-Z]{2,4})? [\d.-]+"
_SYMBOL_AFTER_TITLE = re.compile(rf"\s*\((?P<n>{_SYMBOL})\)$")  # "(LC/PUB.2022/9-P)", "(LC/G.2432(SES.33/3))"
_SYMBOL_FIRST = re.compile(rf"^\s*\((?P<n>{_SYMBOL})\)\.?")  # the same after an italic title


# A series and the work's number in it, in brackets closing an APA title: "(EdWorkingPaper No. 22-521)"
_SERIES_NUMBER_AFTER_TITLE = re.compile(
    r"\s*\((?P<series>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+No\.\s*(?P<n>[\w./-]+)\)$"
)
# APA's description closing a plain title: "Sold a story: ... [Audio podcast]"
_DESCRIPTION_AFTER_TITLE = re.compile(r"\s*(?P<d>\[[^\[\]]{2,60}\])$")


def _apa_publisher_alone(draft: Draft) -> bool:
    """One name after a title (plain, or in italics as APA sets a book's) and a year, nothing else: no journal
    (no volume, pages), no web page (no link, no day): the publisher."""
    return (
        draft.title_kind in ("plain", "italic") and bool(draft.issued) and not draft.issued.month
        and _one_name_left(draft)
        and not (draft.urls and not draft.number)  # "Title. Site. URL" is a page; "Title (NCES 2023-144). Body. URL"
        and not (draft.doi and not draft.number)  # a journal's article has a DOI too; a numbered report is no article
        and not (draft.title.endswith(")") and not draft.number)  # "(2nd ed.)", "(Unpublished doctoral diss.)"
        and not _SERIAL_OR_EVENT.search(draft.texts[0])
        and not _UNPUBLISHED.match(draft.texts[0])
        and not places.is_city(draft.texts[0])  # "Orchids of Minnesota. Minneapolis.": the place alone
    )


def _apa_outlet_alone(draft: Draft) -> bool:
    """One name after a plain title dated to the month or day, maybe a link, nothing else: the paper, magazine
    or site that printed it."""
    return (
        draft.title_kind == "plain" and bool(draft.issued and draft.issued.month)
        and _one_name_left(draft) and not (draft.doi or draft.title.endswith(")"))
    )


def _one_name_left(draft: Draft) -> bool:
    """A single name is all the rules could not place, and nothing but a title, people and dates was read: no
    container, publisher, volume, issue, pages, note, genre or book. What that name is depends on the shape."""
    return (
        len(draft.texts) == 1 and _PUBLISHER_NAME.fullmatch(draft.texts[0]) is not None
        and not (draft.container or draft.publisher or draft.volume or draft.issue or draft.pages or draft.notes
                 or draft.genre or draft.chapter)
    )


_PUBLISHER_NAME = re.compile(r"[" + names.UPPER + r"][^\d:;()\[\]]{1,80}")
# What a work is when no one published it: "Manuscript", "Preprint, arXiv:...", "Unpublished lecture notes"
_UNPUBLISHED = re.compile(r"(?:manuscript|preprint|unpublished|mimeo|draft|lecture notes|working paper)\b", re.I)
# A journal without its volume, a meeting, or a paper's fate: no publisher ("Journal of aging research")
_SERIAL_OR_EVENT = re.compile(
    r"\b(?:journal|bulletin|review|revue|revista|zeitschrift|quarterly|annals|letters|magazine|proceedings|conference"
    r"|meeting|workshop|symposium|congress|presented|to appear|forthcoming|submitted)\b",
    re.IGNORECASE,
)


def _reads_as_title(head: str) -> bool:
    """'Trump's trade war against China is officially underway': words in lower case that no name or body's
    name holds (a name has initials, a body only 'of', 'the', 'for' ... and a body's word: 'The pandas
    development team', 'Ministère des ressources naturelles'), and one sentence: a title in the author's place."""
    words = head.split()
    lower = [w for w in words if w[:1].islower() and w.lower() not in _LOWER_IN_NAMES]
    return (
        (len(words) >= 4 and len(lower) >= 2 or len(words) == 3 and any(len(w) > 3 for w in lower))  # "Cambio de rumbo"
        and _INITIAL.search(head) is None and ". " not in head.strip(" .")
        and not (":" in head and names.looks_like_person(head.partition(":")[0]))  # "Georg Stenger: Wie ..."
        and not any(names.is_organisation_word(w.strip(".,()")) for w in words)
    )


_INITIAL = re.compile(r"\b[A-Z]\.")
# APA's report number in brackets right after the title: "(Report No. NASA/CR-2018-220043)", "(NIH Publication
# No. 18-2059)", "(Finance and Economics Discussion Series 2019-086)"
_REPORT_NUMBER_AFTER_TITLE = re.compile(
    r"^\s*\((?P<series>(?:[A-Z][^()\d:;,]*?\b)?(?:Series|Papers?|Reports?|Publication|Briefs?|Notes?|Studies)\b[^()\d:;,]*?)"
    r"\s*(?:No\.\s*)?(?!(?:1[5-9]|20)\d\d\))(?P<number>(?:[A-Z]{0,8}[/-]?\d|[A-Z][\w/-]*\d)[\w./-]*(?:,\s*(?:Issue|No\.|Number)\s*\d+)?)\)\s*\.?"
)
_GENERIC_SERIES = frozenset({"report", "publication", "paper", "brief", "note", "research report", "technical report"})


def _take_report_number(tail: str, draft: Draft) -> str:
    """A report's series and number after its title; the one name that follows is its publisher."""
    m = _REPORT_NUMBER_AFTER_TITLE.match(tail) if tail.lstrip()[:1] == "(" else None
    if m is None:
        return tail
    series = m.group("series").strip()
    if series.lower() in _GENERIC_SERIES:
        draft.genre = draft.genre or series
    else:
        draft.collection = draft.collection or series
    draft.number, draft.type = m.group("number").strip(), draft.type or "report"
    rest = tail[m.end() :].strip(" .")
    if rest and not any(c.isdigit() for c in rest) and len(split_sentences(rest)) == 1:
        draft.publisher, rest = rest, ""
    if not rest:
        draft.shape = draft.shape or "report-number"  # read to the end
    return rest


def _is_source_and_date(chunks: list[str]) -> bool:
    """One short name and a date (and maybe pages): a newspaper or agency item without a title."""
    if not 2 <= len(chunks) <= 4:
        return False
    date_chunks = [c for c in chunks if dates.is_only_date(c) or re.fullmatch(r"\d{1,2},?\s*\d{4}", c)]
    text_chunks = [c for c in chunks if c not in date_chunks and not _PAGES.match(c) and not _BARE_PAGES.match(c)]
    if not date_chunks or len(text_chunks) != 1:
        return False
    name = text_chunks[0]
    initials = re.search(r"\b[A-Z]\.", name)  # "J. Smith, May 2, 2020" is a person, "Nikkei Asia" a source
    capitalised = name[:1].isupper() or _LOWER_CASE_ARTICLE.match(name)  # "de Volkskrant", "het Parool"
    return len(name.split()) <= 6 and not initials and bool(capitalised) and ":" not in name


_LOWER_CASE_ARTICLE = re.compile(r"(?:de|het|la|le|les|el|il|lo|die|der|das|o|a|os|as)\s+[A-Z]")


def _plain_shape_is_clear(chunks: list[str]) -> bool:
    """Shapes the rules read better than the tagger: 'Title (Org, Year)', 'Title, Org, Date'."""
    if not chunks:
        return True
    if len(chunks) == 1:
        return True
    first = chunks[0]
    if re.search(r"\([^()]*(?:1[5-9]|20)\d\d[^()]*\)\s*$", first):
        return True
    if names.looks_like_person(first):
        return False
    if re.match(r"^[^,:]{1,40}:", first):  # "Beautrais AL: National strategies ..." names an author first
        return False
    documentish = _has_speech_word(first) or (
        _words(first) & REPORT_WORDS and len(chunks) > 2 and names.is_organisation(chunks[1])
    )
    return bool(documentish) and any(dates.find_dates(c) for c in chunks[1:])


_SEGMENT_FIELDS = {
    "title": "title",
    "container": "container",
    "publisher": "publisher",
    "location": "place",
    "volume": "volume",
    "issue": "issue",
    "pages": "pages",
    "edition": "edition",
    "genre": "genre",
    "collection": "note",
    "note": "note",
}


_VOLUME_LABEL = re.compile(r"^(?:vol(?:ume)?|v|t|tome|bd|band|jg|année|anno)\.?\s*", re.IGNORECASE)
_ISSUE_LABEL = re.compile(r"^(?:" + _ISSUE_WORD + r"|n º|heft|h|fasc)\.?\s*", re.IGNORECASE)


_DATE_BEFORE_VOLUME = re.compile(r"^(?P<date>(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?)\s*;\s*")


def _read_volume_span(value: str, draft: Draft) -> None:
    """'12(3)', 'vol. 12, no. 3', '10, 39', 'v. 24', 'n°59' -> volume and issue."""
    if _ISSUE_LABEL.match(value) and not _VOLUME_LABEL.match(value):
        draft.issue = draft.issue or _ISSUE_LABEL.sub("", value).strip()  # 'n°59': an issue alone
        return
    vancouver = _DATE_BEFORE_VOLUME.match(value)  # '2022;399' or '2016 May;12'
    if vancouver:
        draft.issued = draft.issued or dates.parse_date(vancouver.group("date"))
        value = value[vancouver.end() :]
    numbers = re.findall(r"[\w/–-]+", _VOLUME_LABEL.sub("", value))
    labels = ("no", "nr", "n", "º", "o")
    numbers = [n for n in numbers if not _ISSUE_LABEL.fullmatch(n + ".") and n.lower() not in labels]
    if numbers:
        draft.volume = numbers[0]
        if len(numbers) > 1:
            draft.issue = draft.issue or numbers[1]


# "In Wenger, Andreas; Mastny, Vojtech (eds.)." -> the names alone
_EDITOR_MARKS = re.compile(
    rf"^\s*{_IN_WORDS_ANY_CASE}(?::\s*|\s+)|\(\s*(?:eds?|Eds?|Hrsg|hg|dir|coord|red|org)\.?\s*\)\.?"
)


def _read_segments(segments: list[tuple[str, str]], draft: Draft) -> None:
    """Map the tagger's (label, text) spans to fields, cleaning each span's punctuation."""
    for label, span in segments:
        value = span.strip(" ,.;:()[]")
        if not value:
            continue
        if label == "author" and not draft.authors:
            draft.authors = names.parse_names(span)
        elif label == "editor" and not draft.editors:
            draft.editors = names.parse_names(_EDITOR_MARKS.sub(" ", span).strip())
        elif label == "date" and draft.issued is None:
            draft.issued = dates.parse_date(span)
        elif label == "container" and not draft.container and re.match(r"(?:in|In|IN)[:\s]", value):
            draft.chapter = True  # "In: The Handbook of ..." / "in *Book*, ed. ..."
            draft.container = re.sub(r"^(?:in|In|IN)[:\s]\s*", "", value).strip(" *")
        elif label == "title":
            if "[" in span and span.rstrip(" ,.;:").endswith("]"):
                value = span.strip(" ,.;:")  # keep a bracketed translation whole, set aside in _finish
            draft.title = draft.title or _clean_title(value.strip("“”\"‘’'„«»"))
            draft.title_kind = draft.title_kind or "plain"
        elif label == "volume" and not draft.volume:
            _read_volume_span(value, draft)
        elif label == "issue" and not draft.issue:
            draft.issue = _ISSUE_LABEL.sub("", value).strip()
        elif label == "pages" and not draft.pages:
            draft.pages = _dash(re.sub(r"^(?:pp?\.|pages?|S\.|[Aa]rticle(?:\s+[Nn]o\.)?)\s*", "", value))
        elif label == "edition":
            draft.edition = _edition(value.split()[0])
        elif label in ("url", "doi", "isbn", "citation-number"):
            continue
        elif label in _SEGMENT_FIELDS:
            attr = _SEGMENT_FIELDS[label]
            if attr == "note":
                draft.notes.append(value)
            elif not getattr(draft, attr):
                setattr(draft, attr, value)


# ---- finishing: leftovers, type, confidence


# A series of papers read as a journal: "NBER Working Paper 23134", "BIS Working Papers No. 458"
_PAPER_SERIES = re.compile(
    r".*\b(?:working|discussion|occasional|staff|research)\s+papers?(?:\s+series)?|.*\bpolicy\s+briefs?"
    # "Federal Information Processing Standards Publication (FIPS) 203", "Special Publication 800-207"
    r"|.*\b(?:standards|special)\s+publication(?:\s+\([A-Z]+\))?",
    re.IGNORECASE,
)


# The series and number of a report printed with its imprint: "Finance and Economics Discussion Series 2019-086
# (Washington: Board of Governors ..., 2019)", "..., Publication 5405 (Washington, DC: USITC, March 2023)"
_NUMBERED_SERIES = re.compile(
    r"(?P<series>(?:[A-Z][\w&.'’-]*\s+(?:(?:and|of|on|for|in)\s+)?){0,6}"
    r"(?:Series|Papers?|Reports?|Publication|Briefs?|Notes?|Studies))\s+(?:No\.?\s*)?(?P<number>[A-Z]{0,8}[/-]?\d[\w./-]*)"
)


def _paper_series_as_report(draft: Draft) -> None:
    """A working paper is a report in a series with its number, not an article in a journal's volume."""
    number = draft.issue or draft.volume
    if draft.container and number and not draft.pages and _PAPER_SERIES.fullmatch(draft.container):
        draft.collection, draft.number = draft.collection or draft.container, draft.number or number
        draft.container, draft.volume, draft.issue, draft.type = "", "", "", draft.type or "report"
    elif draft.collection and draft.number and len(draft.texts) == 1 and not (draft.container or draft.publisher):
        if names.is_organisation(draft.texts[0]):  # "BIS Working Papers No 395, Bank for International Settlements"
            draft.publisher = draft.texts.pop()


def _publisher_named_as_author(draft: Draft) -> None:
    """'Svenska kraftnät, Långsiktig marknadsanalys 2021 (Sundbyberg: Svenska kraftnät, 2021)': the body that
    published its own work named first, before a title in roman, is its author."""
    if draft.authors or not draft.publisher or draft.title_kind != "plain":
        return
    head, comma, rest = draft.title.partition(", ")
    if comma and rest and fold(head) == fold(draft.publisher):
        draft.authors, draft.title = (Name(literal=head),), rest
        draft.type = draft.type or "report"  # a body's own publication


_SENTENCE_END_INSIDE = re.compile(r"[a-z]{3}\.\s")  # "Oahu, Hawaii. Water-Resources Investigation Report 03-4156"


def _series_before_an_imprint(draft: Draft) -> None:
    """A journal prints no place and publisher: a series and its number where a journal would stand ("*Title*,
    Publication 5405 (Washington, DC: USITC)", read as container and volume) or at a plain title's end, before a
    place and a publisher, make a report in its series ("Publication" alone says what it is: a genre)."""
    if not (draft.publisher and draft.place) or draft.issue or draft.pages or draft.number:
        return
    if draft.type not in ("", "article-journal"):
        return
    series = _NUMBERED_SERIES.fullmatch(f"{draft.container} {draft.volume}".rstrip()) if draft.container else None
    if series:
        draft.container = draft.volume = ""
    elif draft.title_kind == "plain" and (draft.container or not draft.volume):
        head, comma, last = draft.title.rpartition(", ")
        if not comma or len(head.split()) <= 2 or _SENTENCE_END_INSIDE.search(last):
            return
        series = _NUMBERED_SERIES.fullmatch(last)
        if series:
            draft.title = head
    if series is None:
        return
    name = series.group("series")
    if name.lower() in _GENERIC_SERIES:
        draft.genre = draft.genre or name
    else:
        draft.collection = draft.collection or name
    draft.number, draft.type = series.group("number"), "report"


def _finish(draft: Draft, raw: str) -> Reference:
    _paper_series_as_report(draft)
    _set_translation_aside(draft)
    _take_place_publisher_chunk(draft)
    _place_leftover_texts(draft)
    _split_place_publisher(draft)
    _series_before_an_imprint(draft)
    _publisher_named_as_author(draft)
    if draft.number.startswith("arXiv:") and draft.publisher in ("", "arXiv") and _NO_NAME.fullmatch(draft.container):
        draft.container, draft.publisher = "", "arXiv"  # the repository, as Zotero records a preprint's
    url, doi = _choose_url(draft)
    ref_type = draft.type or infer_type(draft, url)
    if ref_type == "chapter" and not draft.container and draft.texts:
        draft.container = draft.texts.pop(0)
    issued = draft.issued
    confidence = draft.confidence
    if not draft.title and not draft.container and not (draft.authors and draft.genre):
        confidence = min(confidence, 0.4)  # an issuer and what it issued ('Ørsted, company announcement') need no title
    return build(
        Reference,
        type=ref_type,
        authors=draft.authors,
        editors=draft.editors,
        title=draft.title,
        container=draft.container,
        collection=draft.collection,
        publisher=draft.publisher,
        place=draft.place,
        issued=issued,
        modified=draft.modified,
        accessed=draft.accessed,
        volume=draft.volume,
        issue=draft.issue,
        pages=draft.pages,
        edition=draft.edition,
        number=draft.number,
        genre=draft.genre,
        url=url,
        doi=doi,
        isbn=draft.isbn,
        note="; ".join(([draft.translation] if draft.translation else []) + draft.notes + draft.texts),
        raw=raw,
        confidence=confidence,
    )


def _set_translation_aside(draft: Draft) -> None:
    """'Enerugī hakusho 2023 [Energy white paper 2023]': the title as published; its translation is a note."""
    m = _TRANSLATION.search(draft.title) if "[" in draft.title else None
    if m and m.start():
        draft.title = draft.title[: m.start()].strip()
        if draft.title[-1:] in "”\"’'" and draft.title[:1] not in "“\"‘'„«":
            draft.title = draft.title[:-1]  # the closing quote of '“Ob istoricheskom ...” [On the ...]'
        draft.notes.append(m.group(0).strip())
    m = _TRANSLATION.search(draft.container) if "[" in draft.container else None
    if m and m.start():  # "Uluslararası İlişkiler [International Relations]" (its "]" may be cut by the tagger)
        draft.container = draft.container[: m.start()].strip()


def _place_leftover_texts(draft: Draft) -> None:
    """Text chunks after the title: the first is the container, an organisation after it the publisher; a known
    city is the place, and the name written next to it (before or after) its publisher."""
    if _city_publisher_tail(draft) and not (draft.place or draft.publisher):
        if len(draft.texts) == 3:
            draft.title = f"{draft.title}. {draft.texts.pop(0)}"
        *place, draft.publisher = draft.texts
        draft.place, draft.texts = "".join(place), []
        return
    if draft.publisher and draft.place and draft.title_kind == "plain" and _subtitle_of(draft):
        draft.title = f"{draft.title}. {draft.texts.pop(0)}"  # a book's subtitle, after its title and a full stop
    texts = draft.texts
    draft.texts = []
    if len(texts) == 1 and _book_publisher_alone(draft, texts[0]):
        draft.publisher = texts[0]
        return
    after_city, previous = False, None
    for text in texts:
        # a body's report names its seat alone: "Commissie X, Title, Den Haag, 24 februari 2023"
        if not draft.place and places.is_city(text) and (draft.publisher or len(texts) > 1 or _all_orgs(draft.authors)):
            draft.place = text  # "IEA, Paris", "OECD Publishing, Paris": the publisher's seat, not a container
            after_city = True
            if draft.container == previous and not draft.publisher and not draft.chapter:
                draft.publisher, draft.container, after_city = previous, "", False  # "Van Nostrand, New York"
        elif after_city and not draft.publisher:
            draft.publisher, after_city = text, False  # "Berkeley, University of California Press"
        elif not draft.container and not (draft.title_kind == "italic" and names.is_organisation(text)):
            draft.container = text
        elif not draft.publisher and (names.is_organisation(text) or draft.title_kind == "italic"):
            draft.publisher = text
        else:
            draft.texts.append(text)
        previous = text


def _book_publisher_alone(draft: Draft, text: str) -> bool:
    """'Nye, Joseph S., Jr. *Soft Power*. PublicAffairs, 2004.' (MLA): after an italic title, one name and a year
    with no link, volume or pages is the book's publisher; a periodical's or a site's name would not stand so."""
    return (
        draft.title_kind == "italic"
        and bool(draft.issued)
        and not (draft.container or draft.publisher or draft.urls or draft.doi or draft.volume or draft.issue)
        and not (draft.pages or draft.chapter or draft.notes)
        and not _words(text) & (NEWSPAPER_WORDS | MAGAZINE_WORDS)
        and not any(c.isdigit() for c in text)
    )


_DOI_LINK = re.compile(r"(?:dx\.)?doi\.org/10\.", re.IGNORECASE)
_WORD = re.compile(r"[\w.’']+")


def _choose_url(draft: Draft) -> tuple[str, str]:
    urls = [u for u in draft.urls if not _DOI_LINK.search(u)]
    return (urls[0] if urls else ""), draft.doi


@lru_cache(maxsize=4096)  # containers and publishers recur
def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower().strip(".,’'") for w in _WORD.findall(text))


_REPORT_GENRE = (
    r"(?:policy|working|discussion|occasional|research|white|issue|tech|rep\b|arbeitspapier|diskussionspapier)"
)
_THESIS = re.compile(r"\b(?:ph\.?\s?d\.?|doctoral|master'?s)\b.*\b(?:diss|thesis)|\b(?:" + _THESIS_WORDS + r")\b", re.I)
# Proceedings of a numbered meeting, whatever volume a series gives them (not PNAS, not the Proceedings of the IEEE)
_MEETING_PROCEEDINGS = re.compile(r"\bProceedings\s+of\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s", re.IGNORECASE)
_PROCEEDINGS = re.compile(r"\b(?:proc\.|proceedings|conference|conf\.|symposium|workshop)(?!\w)", re.IGNORECASE)


# Where governments publish acts, rules and notices: "Federal Register 87, no. 197 (October 13, 2022): 62186"
_OFFICIAL_GAZETTE = re.compile(
    r"(?:Federal\s+Register|Fed\.\s?Reg\.|Official\s+Journal\s+of\s+the\s+European|Journal\s+officiel"
    r"|Bundesgesetzblatt|BGBl\.|Boletín\s+Oficial|Gazzetta\s+Ufficiale|Dziennik\s+Ustaw|Canada\s+Gazette"
    r"|H[CL]\s+Deb|Parl\.\s*Deb)\b",  # the record of parliament's debates (Hansard) with them
    re.IGNORECASE,
)


_DATASET_GENRE = re.compile(r"data\s?set|database|dataset and code", re.IGNORECASE)
_DATABASE_TITLE = re.compile(r"\b(?:Database|Dataset|Data\s+Set|Data\s+Portal)$")  # a name, not "... in databases"
_DATABASE_ENDINGS = ("Database", "Dataset", "Set", "Portal")  # titles hold no line breaks: "$" is the end


def infer_type(draft: Draft, url: str) -> str:
    """The CSL type from the shape of the reference and the words in it."""
    container_words = _words(draft.container)
    title = draft.title
    if url and VIDEO_HOSTS.search(url):
        return "motion_picture"
    if (draft.genre or draft.notes or draft.texts) and _THESIS.search(
        draft.genre + " " + " ".join(draft.notes + draft.texts)
    ):
        return "thesis"
    if draft.container and not (draft.volume or draft.issue) and _PROCEEDINGS.search(draft.container):
        return "paper-conference"
    if "roceedings" in draft.container and _MEETING_PROCEEDINGS.search(draft.container):
        return "paper-conference"  # "Proceedings of the 1st Conference on Fairness ..., PMLR 81": a series volume
    database = title.endswith(_DATABASE_ENDINGS) and _DATABASE_TITLE.search(title)
    if database and not draft.container and _all_orgs(draft.authors):
        return "dataset"  # "World Economic Outlook Database", "Global Terrorism Database"
    if draft.genre and _DATASET_GENRE.fullmatch(draft.genre):
        return "dataset"  # "*UrbanSound8K*. Dataset. Zenodo."
    if draft.chapter or (draft.editors and draft.container and draft.title_kind == "quoted"):
        return "chapter"
    if draft.container and _OFFICIAL_GAZETTE.match(draft.container):
        return "legislation"  # a rule or act in the Federal Register or an official journal, not an article
    book_volume = draft.publisher and not (draft.container or draft.issue)  # "vol. 2 (London: Griffin, 1861)"
    if (draft.volume or draft.issue or (draft.doi and draft.container)) and not book_volume:
        if container_words & NEWSPAPER_WORDS and not container_words & {"journal", "review", "studies"}:
            return "article-newspaper"
        return "article-journal"
    printed = draft.place and draft.publisher and draft.number  # "Autumn Statement 2015, Cm 9162 (London: HMSO)"
    if _has_speech_word(draft.genre) or (_has_speech_word(title) and not printed):
        return "speech"
    if draft.container and container_words & MAGAZINE_WORDS:
        return "article-magazine"
    if draft.container and container_words & NEWSPAPER_WORDS:
        return "article-newspaper"
    described = draft.genre and GENRE_START.match(draft.genre)  # "press release": a declaration's text, not the act
    if (
        title
        and LEGAL_WORDS.search(title)
        and not (draft.container or described)
        and (not draft.authors or _all_orgs(draft.authors))
        and not (draft.title_kind == "quoted" and url and draft.accessed)  # a page about a regulation, read online
    ):
        return "legislation" if not re.search(r"\btreaty\b", title, re.I) else "treaty"
    if _STANDARD_NUMBER.match(draft.number) and not draft.container:
        return "report"  # RFC, FIPS, ISO: CSL has no type of its own for a standard in every processor
    if draft.number.startswith("arXiv:") and not (draft.container or draft.volume):
        return "document"  # a preprint: biblatex @misc with eprint
    if draft.title_kind == "italic" and (draft.publisher or draft.place or draft.isbn or draft.edition):
        corporate = _all_orgs(draft.authors) and not _press_like(draft.publisher)
        issued_as_report = (_issuer_like(draft.publisher) or corporate) and not (draft.isbn or draft.edition)
        return "report" if issued_as_report else "book"  # "*Economic Sanctions Reconsidered*, 3rd ed. (Washington"
    if draft.place and draft.publisher and not draft.container:
        quoted = draft.title_kind == "quoted"  # a quoted title is a part or a paper, never a whole book
        issued_as_report = (_issuer_like(draft.publisher) and not draft.edition) or quoted or draft.number
        return "report" if issued_as_report else "book"  # a 5th edition is a book, whoever publishes it
    if draft.title_kind == "italic" and not draft.container and not url:
        return "book"
    if _book_by_people(draft, url):
        return "book"  # OSCOLA: "AV Dicey, Introduction to the Study of ... (10th edn, Macmillan 1959)"
    if (
        (draft.publisher or _all_orgs(draft.authors))
        and not draft.container
        and (_words(title) & REPORT_WORDS or draft.number or not url)
    ):
        return "report"
    if draft.genre and re.match(_REPORT_GENRE, draft.genre, re.I):
        return "report"
    if draft.shape == "quoted-container" and not url:
        return "article-magazine"  # „Kultura” 1974, nr 9: a periodical named in quotes, read in print
    if url or draft.container:
        return "webpage"
    return "document"


def _book_by_people(draft: Draft, url: str) -> bool:
    """People, a plain title and a publisher that issues no reports, with no container or link: a book, whether
    or not its place is printed."""
    return (
        bool(draft.publisher and draft.authors and draft.issued)
        and draft.title_kind == "plain"
        and not (draft.container or url or draft.number or draft.genre)
        and not any(a.literal for a in draft.authors)
        and not _issuer_like(draft.publisher)
        and not _words(draft.title) & REPORT_WORDS
    )


_ISSUER_WORDS = frozenset(
    """ministry agency institute institution corporation center centre council office department commission
    bank fund foundation organization organisation government secretariat parliament congress senate
    administration bureau directorate service laboratory laboratories university univ""".split()
)


def _press_like(publisher: str) -> bool:
    return bool(_words(publisher) & _PRESS_WORDS)


_PRESS_WORDS = frozenset(
    """press presses publishers publishing books verlag éditions editions editorial ediciones editores editora
    edizioni editore editori""".split()
)


def _book_publisher(name: str) -> bool:
    """A name that says it publishes books ('... Press', 'Basic Books', 'Verlag ...') or a house everyone knows:
    MLA names the publisher alone where a journal or a place could stand as well."""
    return _press_like(name) or fold(name).removesuffix(" publishers").removesuffix(" books") in _BOOK_HOUSES


_BOOK_HOUSES = frozenset(
    " ".join(name.split())
    for name in """routledge, springer, wiley, elsevier, macmillan, palgrave, palgrave macmillan, penguin, random house,
    knopf, alfred a knopf, norton, w w norton, crown, verso, polity, sage, brill, praeger, bloomsbury,
    harpercollins, harper, simon and schuster, houghton mifflin, houghton mifflin harcourt, little brown,
    viking, doubleday, allen lane, hachette, pearson, mcgraw hill, blackwell, wiley blackwell, edward elgar,
    taylor and francis, de gruyter, hurst, zed, anchor, vintage, scribner, picador, penguin press,
    publicaffairs, public affairs, basic, grove, grove press, farrar straus and giroux, metropolitan, henry
    holt, st martins, bantam, dutton, riverhead, oneworld, profile, faber and faber, jonathan cape, bodley
    head, granta""".split(",")
)


def _issuer_like(publisher: str) -> bool:
    """A body that issues reports (a ministry, an institute), not a book publisher ('... Press')."""
    return bool(_words(publisher) & _ISSUER_WORDS) and not _press_like(publisher)


def _all_orgs(authors: tuple[Name, ...]) -> bool:
    return bool(authors) and all(a.is_organisation for a in authors)

