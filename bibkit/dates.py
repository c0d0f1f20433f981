"""Finding dates in reference text, as precise as the text gives them.

Notes write dates many ways ("March 3, 2021", "3 March 2021", "Mar. 2021", "(2020)",
"2022-02-27", "Spring 2019"). These regexes are fast enough to run on every note;
dateparser is kept for the rarer commentary header dates in other languages.
"May" is only a month when capitalised and next to a day or year, never the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import PartialDate

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # French, German, Spanish, Italian, Polish (nominative and genitive) for notes in those languages
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    # Portuguese
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
    "styczeń": 1,  # Polish, as a month stands alone ("marzec 2019"); the forms above follow a day
    "luty": 2,
    "marzec": 3,
    "kwiecień": 4,
    "maj": 5,
    "czerwiec": 6,
    "lipiec": 7,
    "sierpień": 8,
    "wrzesień": 9,
    "październik": 10,
    "listopad": 11,
    "grudzień": 12,
    # Dutch (the rest are spelled as in English or German)
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    # Portuguese abbreviations that are no English words (ABNT: "10 mar. 2023", "5 fev. 2022")
    "fev": 2,
    "abr": 4,
    "ago": 8,
    "dez": 12,
    # Czech and Slovak, after a day (genitive) and standing alone (the forms other languages share are above)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8,
    "říjen": 10, "prosinec": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8, "septembra": 9,
    "októbra": 10, "novembra": 11, "decembra": 12,
    "január": 1, "február": 2, "marec": 3, "apríl": 4, "máj": 5, "jún": 6, "júl": 7, "október": 10,
    "augusti": 8,  # Swedish
    "maret": 3, "agustus": 8, "desember": 12, "ogos": 8, "disember": 12,  # Indonesian and Malay (the rest as above)
    # Russian, after a day (genitive) and standing alone
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
    # Russian shortened ("12 сент. 2021 г.")
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
    # Ukrainian, after a day (genitive), and shortened ("1 квіт. 2014 р.")
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "серп": 8, "верес": 9, "жовт": 10,
    "листоп": 11, "груд": 12, "бер": 3, "лип": 7, "вер": 9, "лист": 11,
    # Turkish ("14 Ekim 2024")
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
    "ekim": 10, "kasım": 11, "aralık": 12,
    # French abbreviations ("19 nov. 2020" as above; "1er juill. 2021", "3 févr. 2021", "12 déc. 2019")
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "juill": 7, "déc": 12,
    # Greek, after a day (genitive) and standing alone ("7 Δεκεμβρίου 2023", "Μάιος 2021")
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
    "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6, "ιούλιος": 7,
    "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
    # Romanian ("16 noiembrie 2022"; "mai" and "august" as above)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Hungarian ("2023. március 15.", the year first; "január", "február", "október" as above)
    "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8, "szeptember": 9,
    # Finnish, standing alone and after a day ("14. maaliskuuta 2023")
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6, "heinäkuu": 7,
    "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
}
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = ("spring", "summer", "fall", "autumn", "winter")

_ENGLISH = set(
    "january february march april may june july august september october november december"
    " jan feb febr mar apr jun jul aug sep sept oct nov dec".split()
)
# An English month word must be capitalised ("may" the verb, "march" the noun are not dates);
# other languages write months in lower case ("7 kwietnia 2022", "3 mars 2021").
# English month names that are no other English word stand in lower case too: Dutch and the Scandinavian
# languages spell them so ("22 december 2019", "3 april 2015")
_LOWER_ENGLISH = {"april", "september", "october", "november", "december"}
_MONTH_WORDS = sorted(
    {m.capitalize() for m in MONTHS} | (set(MONTHS) - _ENGLISH) | _LOWER_ENGLISH, key=len, reverse=True
)


def _trie(words: list[str]) -> str:
    """The words as one pattern that shares their prefixes ('Ju(?:ly|ne)'): the regex engine tries a plain
    alternation word by word at each place, and with months in a dozen languages that was a fifth of the time
    spent finding dates. Longer words are still preferred, as in a longest-first alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else body + "?"

    return pattern(tree)


_ANY_MONTH = r"(?:" + _trie(_MONTH_WORDS) + r")\.?"
_MONTH = r"(?P<{name}>" + _ANY_MONTH + ")"
LOWER_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "fev": 2, "mar": 3, "abr": 4, "apr": 4, "mai": 5, "may": 5, "jun": 6, "jul": 7,
    "ago": 8, "aug": 8, "set": 9, "sep": 9, "sept": 9, "out": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}  # fmt: skip
_OF = r"(?:de\s+|del\s+)?"  # Spanish and Portuguese: "3 de marzo de 2023", "febrero de 1962"
_YEAR = r"(?P<{name}>1[5-9]\d\d|20\d\d)(?![\d/])"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"  # "1st", French "1er", Spanish "1º"

PATTERNS = [
    re.compile(r"(?<![\d/])" + _YEAR.format(name="y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(
        r"\b"
        + _MONTH.format(name="mn")
        + r"\s+"
        + _DAY.format(name="d")
        + r"(?:\s*[-–]\s*\d{1,2})?,?\s+"
        + _YEAR.format(name="y")
    ),
    re.compile(
        r"(?<![\d.])" + _DAY.format(name="d") + r"\.?\s+" + _OF + _MONTH.format(name="mn") + r",?\s+" + _OF
        + _YEAR.format(name="y")
    ),
    # ABNT and ISO 690 write abbreviated months in lower case between a day and a year: "10 jul. 2024",
    # "3 set. 2023", "4 out. 2022"; only there, where "set" and "out" cannot be words
    re.compile(
        r"(?<![\d.])" + _DAY.format(name="d") + r"\s+(?P<mn>" + "|".join(LOWER_MONTH_ABBREVIATIONS) + r")\.?\s+"
        + _YEAR.format(name="y")
    ),
    # "17.4.2021", and as Czech, Slovak and German write it, "17. 4. 2021"
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\. ?(?P<m>[01]?\d)\. ?(?P<y>1[5-9]\d\d|20\d\d)(?!\d)"),
    # APA: "(2008, May 28)", "(2022, October)"; not "Outlook 2023, October 2023" (the month has its own year)
    re.compile(
        r"(?<![\w/-])" + _YEAR.format(name="y") + r",\s+" + _MONTH.format(name="mn")
        + r"(?:\s+" + _DAY.format(name="d") + r")?\b(?!,?\s+(?:1[5-9]|20)\d\d)"
    ),
    # APA with the day first, British and Spanish: "(2015, 10 April)", "(2015, 10 de abril)"
    re.compile(
        r"(?<![\w/-])" + _YEAR.format(name="y") + r",\s+" + _DAY.format(name="d") + r"\.?\s+" + _OF
        + _MONTH.format(name="mn") + r"\b(?!,?\s+(?:1[5-9]|20)\d\d)"
    ),
    # Vietnamese: "ngày 29 tháng 12 năm 2023" (day 29, month 12, year 2023), "ngày 16/9/2022" (the day first:
    # only after "ngày", where it cannot be an American month first), "tháng 3/2024"
    re.compile(r"(?:ngày\s+)?(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)\s+năm\s+" + _YEAR.format(name="y"), re.I),
    re.compile(r"ngày\s+(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/" + _YEAR.format(name="y"), re.IGNORECASE),
    re.compile(r"tháng\s+(?P<m>[01]?\d)(?:/|\s+năm\s+)" + _YEAR.format(name="y"), re.IGNORECASE),
    # Hungarian, the year first with a full stop: "2023. március 15.", "2001. július 27."
    re.compile(
        r"(?<![\d.])" + _YEAR.format(name="y") + r"\.\s+" + _MONTH.format(name="mn") + r"\s+(?P<d>[0-3]?\d)\.(?!\d)"
    ),
    # Vancouver/NLM: "2024 Jul 31", "2016 May"
    re.compile(
        r"(?<![\d/])" + _YEAR.format(name="y") + r"\s+" + _MONTH.format(name="mn")
        + r"(?:\s+(?P<d>[0-3]?\d)(?!\d))?(?![\w])"
    ),
    # "May 2014", "July-August, 1963" (a bimonthly issue: the date is its first month)
    re.compile(
        r"\b" + _MONTH.format(name="mn") + r"(?:\s*[-–/]\s*" + _ANY_MONTH + r")?,?\s+" + _OF + _YEAR.format(name="y")
    ),
    re.compile(r"\b(?P<season>Spring|Summer|Fall|Autumn|Winter),?\s+" + _YEAR.format(name="y")),
    re.compile(r"(?<![\w./:-])" + _YEAR.format(name="y") + r"[a-z]?(?![\w/-])"),
]
# Chinese, Japanese and Korean: "2023年10月18日", "2023年10月", "2005年", "2023년 10월 18일"
_CJK_DATE = re.compile(
    r"(?<!\d)(?P<y>1[5-9]\d\d|20\d\d)\s*[年년]\s*(?:(?P<m>[01]?\d)\s*[月월]\s*(?:(?P<d>[0-3]?\d)\s*[日일])?)?"
)
_CJK_YEAR_MARKS = ("年", "년")
_CAPS_MONTH = re.compile(r"\b(" + "|".join(m.upper() for m in MONTHS if len(m) > 3) + r")\b")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: the value and where it stood."""

    date: PartialDate
    start: int
    end: int


def _month_number(word: str) -> int | None:
    word = word.rstrip(".")
    return MONTHS.get(word.lower()) or LOWER_MONTH_ABBREVIATIONS.get(word)


def _build(m: re.Match) -> PartialDate | None:
    groups = m.groupdict()
    year = int(groups["y"])
    month = None
    if groups.get("mn"):
        month = _month_number(groups["mn"])
    elif groups.get("m"):
        month = int(groups["m"])
    day = int(groups["d"]) if groups.get("d") else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return PartialDate(year, month, day if month else None)


_HAS_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


@lru_cache(maxsize=8192)
def find_dates(text: str) -> tuple[DateMatch, ...]:
    """Every date in ``text``, most precise reading first at each place, left to right, no overlaps.

    Cached: parsing one reference looks at the same chunks several times.
    """
    if not _HAS_YEAR.search(text):
        return ()
    if _CAPS_MONTH.search(text):
        text = _CAPS_MONTH.sub(lambda m: m.group(1).capitalize(), text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    cjk = not text.isascii() and any(mark in text for mark in _CJK_YEAR_MARKS)
    for pattern in [_CJK_DATE, *PATTERNS] if cjk else PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            date = _build(m)
            if date is None:
                continue
            found.append(DateMatch(date, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


_DAY_MONTH = (
    re.compile(_DAY.format(name="d") + r"\.?\s+" + _MONTH.format(name="mn")),
    re.compile(_MONTH.format(name="mn") + r"\s+" + _DAY.format(name="d")),
)


def day_and_month(text: str) -> tuple[int, int] | None:
    """'22 September' or 'September 22' (a date whose year stands elsewhere, as in Harvard notes)."""
    text = text.strip(" .,;()")
    m = _DAY_MONTH[0].fullmatch(text) or _DAY_MONTH[1].fullmatch(text)
    if not m:
        return None
    month = _month_number(m.group("mn"))
    day = int(m.group("d"))
    return (month, day) if month and 1 <= day <= 31 else None


def format_date(date: PartialDate | None, order: str = "dmy") -> str:
    """'7 April 2022' (``dmy``) or 'April 7, 2022' (``mdy``, Chicago); 'April 2022' or '2022' when less is known."""
    if date is None:
        return ""
    if not date.month:
        return str(date.year)
    month = MONTH_NAMES[date.month - 1]
    if not date.day:
        return f"{month} {date.year}"
    return f"{month} {date.day}, {date.year}" if order == "mdy" else f"{date.day} {month} {date.year}"


def parse_date(text: str) -> PartialDate | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text)
    return dates[0].date if dates else None


_NOT_A_WORD = re.compile(r"[\s.,;:()\[\]–-]|\b(?:n\.d|on|dated)\b")


def is_only_date(text: str) -> bool:
    """True when ``text`` is a date and nothing else but punctuation or brackets."""
    text = text.strip(" .,;:()[]")
    if not text:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    rest = text[: dates[0].start] + text[dates[0].end :]
    if not rest.strip(" .,;:()[]–-"):
        return True  # nothing but punctuation left (the usual case): no need for the pattern
    return not _NOT_A_WORD.sub("", rest)
