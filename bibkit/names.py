"""Telling people from organisations, and splitting author lists into names.

Notes write names as "Taisuke Abiru" (Chicago notes), bibliographies as "Abiru, Taisuke"
or "Abiru, T." (APA), and East Asian names may come family-first ("Lyu Yaodong").
An organisation ("Ministry of Foreign Affairs of Japan") is one corporate author and is
never split into people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import places
from .model import NAME_SUFFIXES, Name
from .normalize import fold, mentions

# Words that make a name an organisation rather than a person.
ORGANISATION_WORDS = frozenset(
    """
    ministry treasury agency office department council institute institution center centre university college
    government commission foundation bank association committee cabinet organization organisation union
    nations service services news times press group corporation corp inc ltd llc company co forum program
    programme bureau board embassy parliament assembly court secretariat network society fund authority
    administration federation republic kingdom state states house senate congress party club academy
    school library museum observatory initiative project trust alliance coalition partnership council
    agency consulate delegation mission directorate division unit laboratory lab labs research studies
    world international national federal european american asian japanese russian chinese global
    shimbun tsushin daily weekly journal review magazine gazette herald tribune post telegraph broadcasting
    radio television tv channel media newswire wire reuters bloomberg xinhua tass interfax
    collaborators collaboration consortium investigators team task force
    ministero ministerio ministère ministerium ministerstwo ministério ministerie bundesministerium
    agenzia agencia agence agentur agencja agência istituto instituto institut instytut
    consiglio consejo conseil commissione comisión comissão kommission komisja ufficio oficina
    dipartimento departamento département servizio servicio banca banco banque bundesbank
    università universidad université universität uniwersytet universidade universiteit
    fondazione fundación fondation stiftung fundacja fundação associazione asociación verband verein
    governo gobierno gouvernement regierung bundesregierung rząd parlamento parlement bundestag bundesrat
    sejm senato senado sénat camera cámara chambre kammer segreteria secretaría secrétariat sekretariat
    tribunale tribunal corte cour gericht gerichtshof amt bundesamt bundesanstalt ośrodek osservatorio
    observatorio observatoire centro zentrum centrum accademia academia akademie gazzetta boletín
    commissie raad kamer rekenkamer planbureau overheid rijksoverheid gemeente provincie inspectie autoriteit
    stichting vereniging instituut naciones nações nazioni
    kementerian badan lembaga mahkamah dewan pemerintah komisi
    cục bộ viện quốc sabha
    comisia ministerul guvernul curtea consiliul parlamentul senatul institutul agenția autoritatea uniunea
    kormány minisztérium hivatal intézet bizottság bíróság tanács országgyűlés alkotmánybíróság
    """.split()
)
# Endings of the compound words Dutch and German name bodies with: "Onderzoeksraad", "enquêtecommissie",
# "Monopolkommission", "Umweltbundesamt"
ORGANISATION_WORD_ENDINGS = (
    "commissie", "raad", "kommission", "ministerium", "bundesamt", "planbureau", "gericht", "gerichtshof", "behörde",
    # Finnish ('Valtioneuvosto', 'ulkoministeriö', 'Tilastokeskus'), Scandinavian ('Utrikesdepartementet',
    # 'Naturvårdsverket', 'Forsvarsministeriet', 'Finanstilsynet')
    "neuvosto", "ministeriö", "virasto", "laitos", "tilastokeskus", "yliopisto", "instituutti",
    "departementet", "myndigheten", "verket", "rådet", "institutet", "direktoratet", "styrelsen", "ministeriet",
    "tilsynet", "kommisjonen", "kommissionen", "departement",
)
PARTICLES = frozenset("van von der den de del della di da du le la ter ten bin binti al el dos das".split())
ABBREVIATED_SUFFIXES = ("jr.", "sr.")  # their full stop belongs to the name, not to the sentence
SUFFIXES = NAME_SUFFIXES | frozenset(ABBREVIATED_SUFFIXES)
# Common Chinese surnames in pinyin: with a pinyin given name they mark family-first order.
CHINESE_SURNAMES = frozenset(
    """
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu lyu
    lü ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin
    xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong xiang chang kang
    """.split()
)
# Common Japanese surnames (Hepburn, long vowels unmarked): with a Japanese given name after them they mark
# family-first order, as Chicago (8.15) and area studies write them: "Wada Haruki", "Tōgō Kazuhiko".
# Korean family names as romanised (Revised Romanization and the older spellings people keep): in 'Chang Kyung-Sup'
# or 'Moon Jae-in' the family name comes first and the given name is two syllables joined by a hyphen
KOREAN_SURNAMES = frozenset(
    """
    kim gim lee yi rhee park pak bak choi choe jung jeong chung kang gang cho jo yoon yun chang jang lim im han oh
    seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu hong ko go moon mun yang son bae pae baek paik heo hur
    nam shim sim noh roh ha kwak gwak sung seong cha joo ju woo wu min jin na ji um eom chae won cheon chun bang
    gong kong hyun hyeon ham byun byeon yeom yeo choo chu do so seok suk sun seol ma gil yeon wi pyo myung ki ban
    wang geum ok yook yuk maeng je mo tak kook guk eo eun pyeon yong ye kyung bong sa bu
    """.split()
)
# The syllables Korean given names are most often made of, romanised (given names written apart: "Lee Chung Min")
_KOREAN_GIVEN_SYLLABLES = frozenset(
    """
    min jun jin hyun hyeon soo su young yeong ho sung seong woo jae in chul cheol hee hui kyung gyeong ji won hwan
    hoon hun seok suk jong jung il yong dong sang tae hae eun yeon yun chang chan gyu kyu wook uk bin sik chung hyo
    mi na ra ha yeong joon ki gi un
    """.split()
)
# The commonest Vietnamese family names, with their diacritics (the plain-letter forms 'Le', 'Mai' are also other
# peoples' names)
_VIETNAMESE_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trương Lâm Trịnh Lưu Tạ Đoàn"
    " Vương Hà Cao Quách Thái Tôn Chu Lương".split()
)
_ROMANISED_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")  # "Kyung-Sup", "Jae-in", "Yat-sen"
JAPANESE_SURNAMES = frozenset(
    """
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
    matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
    fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota
    miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
    morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai
    takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano kojima otsuka chiba kubo matsui iwasaki
    sakurai kinoshita noguchi matsuo kikuchi nomura arai sano onishi sugimoto iwata hamada togo iwashita
    kitaoka hakamada hosoya iokibe nakasone koizumi kishida suga noda hatoyama aso obuchi miyazawa kaifu
    takeshita ohira miki kishi shigemitsu matsuoka konoe tojo kono okazaki funabashi shiraishi soeya kotani
    hosokawa yachi kanehara akiyama nishihara inoguchi kokubun ozawa kamiya michishita jimbo tsuruoka kawashima
    tokuchi oba iwama yamauchi shimotomai hyodo hirose komatsu kumagai kusano oshima oka nagai yano
    """.split()
)
# One word of Japanese in Hepburn romanisation: syllables of a consonant (or none) and vowels, "n", and the
# first letter of a doubled consonant ("Hokkaido"); macrons are folded away before the test
_HEPBURN_WORD = re.compile(
    r"(?:(?:[kgszdnhbpmr]y?|sh|ch|ts|j|f|w|y|t)?[aeiou]+|n(?![aeiouy])|n['’]|([kstpgcdb])(?=\1))+"
)
_PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er"
    r"|a|o|e|i|u|v|ü)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)
# Capital letters of the Latin alphabets (Ł, Ś, Č, Ø ...), for initials such as "Kaiser, Ł."
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_INITIALS = re.compile(r"^(?:[" + UPPER + r"][a-z]?\.?[\s-]?){1,4}$")
_NAME_TOKEN = re.compile(
    r"^(?:(?:[dlDL]|[Dd]ell|O)['’])?(?:[" + UPPER + r"][\w'’.-]*|(?:" + "|".join(PARTICLES) + r"))$", re.UNICODE
)
# "D. Melossi", "G. de Blasio": initials, then a family name (with its particles)
_INITIALS_THEN_FAMILY = re.compile(
    r"^(?:[" + UPPER + r"]\.\s*(?:-\s*)?){1,3}\s*(?:(?:" + "|".join(sorted(PARTICLES)) + r")\s+)*"
    r"[" + UPPER + r"][\w'’-]+$"
)
# "Stuart V. Craig": a given name, initials, a family name: a whole name in display order
_GIVEN_INITIALS_FAMILY = re.compile(
    r"^[" + UPPER + r"][\w'’-]+\s+(?:[" + UPPER + r"]\.\s*){1,2}[" + UPPER + r"][\w'’-]+$"
)
_PSEUDONYM = re.compile(r"^[^\[\]]*\[(?P<real>[^\]]+)\]\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&-]{1,9}$")
VANCOUVER_NAME = re.compile(  # "Klein EY", "Årdal C", "Pope CA 3rd"
    r"([" + UPPER + r"][\w'’-]+(?: [" + UPPER + r"][\w'’-]+)?) ([" + UPPER + r"]{1,3})"
    r"(?: (Jr|Sr|2nd|3rd|4th|II|III|IV))?"
)


# A family name in capitals before the given names, as ABNT, ISO 690 and French notes print it: "AMORIM, Celso",
# "SILVA JÚNIOR, José da" (the pieces are also read by the ABNT reader in reference.py)
# Latin-1's capitals and Latin Extended-A ("Ř", "Š", "Ł", "Ő"), and the lower-case letters beside them. Extended-A
# pairs each capital with its small letter, so both classes take the whole block: a range compiles fast, and a
# name is not told by the case of its "ř"
CAPITAL_LETTERS = "A-ZÀ-ÖØ-ÞĀ-ſ"
_SMALL_LETTERS = "a-zß-öø-ÿĀ-ſ"
CAPITALS_WORD = rf"[{CAPITAL_LETTERS}][{CAPITAL_LETTERS}'’-]+"
CAPITALS_FAMILY = rf"{CAPITALS_WORD}(?:\s+{CAPITALS_WORD}){{0,3}}"
_GIVEN_WORD = (  # "Celso", "Marie-Odile", "Jean-L.", and the particles "da", "de", "dos" ...
    rf"(?:[{CAPITAL_LETTERS}][{_SMALL_LETTERS}'’]+(?:-(?:[{CAPITAL_LETTERS}]?[{_SMALL_LETTERS}'’]+|[{CAPITAL_LETTERS}]\.))*-?"
    rf"|d[aeo]s?|de|e|van|von)"
)
_GIVEN_INITIALS = rf"[{CAPITAL_LETTERS}]\.(?:\s?[{CAPITAL_LETTERS}]\.)*"  # "J. A."
# Initials end the given names: in "FEARON, James D. Rationalist Explanations for War" the title starts after "D."
GIVEN_NAMES = rf"(?:{_GIVEN_WORD}(?:\s+{_GIVEN_WORD}){{0,5}}(?:\s+{_GIVEN_INITIALS})?|{_GIVEN_INITIALS})"
_CAPITALS_FAMILY_FIRST = re.compile(rf"{CAPITALS_FAMILY},\s+(?P<given>{GIVEN_NAMES})")


def is_organisation_word(word: str) -> bool:
    """'Ministry', 'Bundesbank', and the Dutch and German compounds ending in a body's word ('Onderzoeksraad')."""
    word = word.lower()
    return word in ORGANISATION_WORDS or word.endswith(ORGANISATION_WORD_ENDINGS)


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _is_place(text: str) -> bool:
    return places.is_city(text) or places.is_country(text)


@lru_cache(maxsize=4096)  # the same authors and bodies recur across a library
def is_organisation(text: str) -> bool:
    """True when ``text`` names a body rather than a person.

    Signs: an organisation word (Ministry, Agency, News...), a lower-case joining word
    (of, for, and, the) between capitalised words, an acronym on its own, or more than
    five words.
    """
    words = text.replace(",", " ").split()
    if not words:
        return False
    if len(words) == 1:
        return bool(_ACRONYM.match(words[0].strip("()"))) or is_organisation_word(words[0].strip("."))
    caps = _CAPITALS_FAMILY_FIRST.fullmatch(text.strip(" ."))
    if caps and caps.group("given").lower() not in ORGANISATION_WORDS and not _is_place(caps.group("given")):
        return False  # ABNT, French: "AMORIM, Celso", "POULOT, Dominique" (the family name in capitals)
    lowered = [w.lower().strip(".,’'()") for w in words]
    # a body's word, but not after a middle initial, where it is a family name: "Daryl G. Press", "Emily J. Post"
    if any(is_organisation_word(w) and not (i and _MIDDLE_INITIAL.fullmatch(words[i - 1]))
           for i, w in enumerate(lowered)):
        return True
    if has_name_list_shape(text) or _is_vancouver_list(text):
        return False
    if "/" in text and all(looks_like_person(p) for p in text.split("/")):
        return False  # 'Albert, Mathias/Wehrmann, Dorothea' (German notes)
    if ";" in text and all(looks_like_person(p) for p in text.split(";") if p.strip()):
        return False  # 'Raible, Christoph C.; Brönnimann, Stefan; Auchmann, Renate' (Wikipedia's citations)
    chunks = [c.strip() for c in text.split(",") if c.strip()]
    if len(chunks) > 1 and all(_INITIALS_THEN_FAMILY.match(c) for c in chunks):
        return False  # 'M. Z. Jacobson, M. A. Delucchi, Z. A. F. Bauer' (IEEE)
    if _is_inverted_initials_list(text):
        return False
    if any(w in BODY_JOINERS for w in lowered[1:]):
        return True
    if words[0].lower() == "the" or words[0] in _COUNTRY_PREFIXES:
        return True  # "The pandas development team", "U.S. Geological Survey", "UK Research and Innovation"
    return len(words) > 5 or any(_ACRONYM.match(w) and len(w) > 2 and w.lower() not in SUFFIXES for w in words)


_COUNTRY_PREFIXES = frozenset({"U.S.", "US", "U.K.", "UK", "EU", "UN", "U.N."})


def _is_vancouver_list(text: str) -> bool:
    """'Klein EY, Van Boeckel TP, Pant S': people as family name and initials, no 'and'."""
    chunks = [c.strip(" .") for c in text.split(",") if c.strip(" .") and c.strip().lower() not in SUFFIXES]
    return len(chunks) >= 2 and all(VANCOUVER_NAME.fullmatch(c) for c in chunks)


@lru_cache(maxsize=4096)  # the same authors and bodies recur across a library
def looks_like_person(text: str) -> bool:
    """True for 'Taisuke Abiru', 'James D.J. Brown', 'Abiru, Taisuke', 'Smith, J. A.'."""
    text = text.strip(" ,.;")
    if not text or is_organisation(text) or any(ch.isdigit() for ch in text):
        return False
    if "," in text:
        family, _, given = text.partition(",")
        return _is_name_tokens(family.split()) and (
            _is_name_tokens(given.split()) or bool(_INITIALS.match(given.strip()))
        )
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and _is_name_tokens(tokens)


def _is_name_tokens(tokens: list[str]) -> bool:
    if not tokens:
        return False
    real = [t for t in tokens if t.lower().strip(".") not in PARTICLES | SUFFIXES]
    return bool(real) and all(_NAME_TOKEN.match(t) for t in tokens)


def author_chunk(text: str) -> tuple[Name, ...]:
    """Names when ``text`` reads as an author field in front of an unquoted title, else ().

    People ('Fiona Hill and Clifford G. Gaddy') or an organisation with no sign of being a
    title instead (a colon, a question mark, digits, lower-case content words).
    """
    text = text.strip(" ,.;:")
    if not text or len(text) > 120:
        return ()
    text = _with_coauthor(text)
    if _PSEUDONYM.match(text) or looks_like_person(text) or has_name_list_shape(text):
        return parse_names(text)
    text = ACRONYM_AFTER.sub("", text)  # "... Humanitarian Affairs (OCHA)": the body's short name
    if re.search(r"[:?!\d]", text) or not is_organisation(text):
        return ()
    content = [
        w for w in text.split()[1:]
        if w[:1].islower() and w.lower() not in ORGANISATION_JOINERS and not is_organisation_word(w)
    ]  # "Parlementaire enquêtecommissie ...": Dutch writes the body's own word in lower case
    return () if content or len(text.split()) > 12 else (Name(literal=_clean_org(text)),)


ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&.-]{1,9}\)$")  # "... (OCHA)", "... (IPEA)": a body's short name


# Lower-case words inside bodies' names ("Ministry of Foreign Affairs of Japan", "Onderzoeksraad voor Veiligheid"),
# which prose uses too but a person's name does not
ORGANISATION_JOINERS = frozenset(
    "of for and the on in at de du des la le der die und y e et di del voor en van für pour para zur".split()
)
# words joining the words of a body's name, not a person's: "for" in English, Dutch, German, French, Spanish, Polish
BODY_JOINERS = frozenset(("of", "for", "and", "the", "on", "in", "&", "voor", "für", "pour", "para", "dla"))


def _with_coauthor(text: str) -> str:
    """Chicago's 'William Lanouette with Bela Silard' (a co-author credited after 'with') as 'A and B', when both
    sides read as people ('Interview with Vladimir Putin' stays as it is)."""
    first, found, second = text.partition(" with ")
    if found and looks_like_person(first) and looks_like_person(second):
        return f"{first} and {second}"
    return text


def person_from_display(text: str, *, western: bool = False) -> Name:
    """'Taisuke Abiru' -> Abiru, Taisuke; 'Lyu Yaodong' -> Lyu, Yaodong; 'Ludwig van Beethoven' -> van Beethoven.

    ``western``: the list puts every name given name first ('Kong, Qiuqiang, Yin Cao, and ...'), so 'Yin Cao'
    is Cao, Yin even though 'Yin' is a Chinese family name."""
    tokens = text.strip(" ,;").split()
    suffix = ""
    if len(tokens) > 2 and tokens[-1].lower() in SUFFIXES:
        suffix = tokens.pop()
    if len(tokens) == 1:
        return Name(family=tokens[0])
    if not western and _is_family_first(tokens):
        return Name(family=tokens[0], given=" ".join(tokens[1:]))
    split = len(tokens) - 1
    while split > 1 and tokens[split - 1].lower() in PARTICLES:
        split -= 1
    if split == len(tokens) - 1 and len(tokens) >= 3 and re.match(r"[dl][’']", tokens[-1]):
        split -= 1  # French compound surnames: Carrère d’Encausse, Giscard d’Estaing
    family = " ".join(tokens[split:])
    given = " ".join(tokens[:split])
    if suffix:
        given = f"{given}, {suffix}"
    return Name(family=family, given=given)


def _is_family_first(tokens: list[str]) -> bool:
    """Chinese names in pinyin keep family-first order: 'Lyu Yaodong', 'Wang Yi', 'Li Keqiang'; so do Japanese
    names written the Japanese way ('Wada Haruki'), not those written the Western way ('Kimie Hara'); Korean names
    of three syllables ('Lee Chung Min') and Vietnamese names in their own letters ('Nguyễn Văn Thành')."""
    if _is_vietnamese_name(tokens):
        return True
    if len(tokens) == 3 and tokens[0].lower() in KOREAN_SURNAMES:
        return all(t.lower() in _KOREAN_GIVEN_SYLLABLES for t in tokens[1:])  # not 'Lee Ann Smith'
    if len(tokens) != 2:
        return False
    family, given = tokens[0].lower(), tokens[1]
    if family in CHINESE_SURNAMES and _PINYIN_WORD.fullmatch(given.replace("-", "")):
        return True
    if (family in KOREAN_SURNAMES or family in CHINESE_SURNAMES) and _ROMANISED_SYLLABLES.fullmatch(given):
        return True  # Korean 'Chang Kyung-Sup', 'Moon Jae-in'; Wade-Giles 'Sun Yat-sen'
    if fold(family) not in JAPANESE_SURNAMES:
        return False
    given = fold(given)
    return given not in JAPANESE_SURNAMES and bool(_HEPBURN_WORD.fullmatch(given))


def _is_vietnamese_name(tokens: list[str]) -> bool:
    """A common Vietnamese family name first, written with its diacritics, before one to three given names."""
    return 2 <= len(tokens) <= 4 and tokens[0] in _VIETNAMESE_SURNAMES and all(t[:1].isupper() for t in tokens)


def person_from_inverted(text: str) -> Name:
    """'Abiru, Taisuke' or 'Smith, J. A.' -> Name."""
    family, _, given = text.partition(",")
    return Name(family=family.strip(), given=given.strip())


# "and", "&", "und", "et", "y", "i", Swedish "och", Norwegian and Danish "og" as words, not after a hyphen ('Jung-en
# Woo'); (?<![\w-]) before the words (\b there, and no hyphen) lets re skip positions faster than one \b each
# Dutch "en", Italian and Portuguese "e", Russian "и", Ukrainian "і"/"та", Turkish "ve", Finnish and Estonian "ja",
# Hungarian "és", Romanian "și", Indonesian and Malay "dan": lower case only, never an initial or a name
_AND = re.compile(
    r"\s*(?:,\s*)?(?:(?<![\w-])(?:and|und|et|y|i|och|og|(?-i:en|e|и|і|та|ve|ja|és|și|dan|và))\b|&)\s+", re.IGNORECASE
)
_SURNAME = re.compile(r"[" + UPPER + r"][^\W\d_A-Z][\w'’-]*")  # 'Swistek' in 'Paul/Swistek'
# A social-media account after the name: "Martin Griffiths (@UNReliefChief)", APA's "Obama, B. [@BarackObama]."
HANDLE = re.compile(r"\s*(?:\(@\w+\)|\[@[^\[\]\s]+\]\.?)")
_SEMICOLON = re.compile(r"\s*;\s*")
# "et al." and the same in German ("u. a."), Swedish ("m.fl."), Polish ("i in."), Russian ("и др.")
_ET_AL = re.compile(r",?\s*(?:et al\.?|and others|u\.\s?a\.?|m\.\s?fl\.?|i in\.?|и др\.?)\s*$", re.IGNORECASE)
_ET_AL_CUES = ("et al", "and others", "u. a", "u.a", "m.fl", "m. fl", " i in", "и др")
_ROLE = re.compile(
    r",?\s*\(?\b(?:eds?\.|editors?\b|edited by|ed\. by|hrsg\.|trans\.|translated by|comp\.)\)?\s*",  # not "Editorial"
    re.IGNORECASE,
)


# "Forsberg, Tuomas": one inverted person, as Finnish lists join them with dashes (not "Wil Chee – Planning, Inc.")
_INVERTED_PERSON = re.compile(r"[^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*)?,\s+[^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*)?")
# MLA 9's role after a name: "Dubner, Stephen J., host.", "Gerwig, Greta, director."
_MLA_ROLE_CUES = ("host", "narrator", "director", "performer", "creator", "producer", "interviewer")
_MLA_ROLE = re.compile(
    r",\s*(?:" + "|".join(_MLA_ROLE_CUES) + r")s?\b\.?(?=\s*(?:,|;|&|\band\b|$))", re.IGNORECASE
)
_ROLE_IN_BRACKETS = re.compile(r"\s*\((?:" + "|".join(_MLA_ROLE_CUES) + r")s?\)", re.IGNORECASE)
# An office or honorific before a person's name (not part of it)
_OFFICE = re.compile(
    r"(^|,\s|\sand\s)(?:(?:Vice\s+)?President|Prime\s+Minister|Secretary(?:\s+of\s+State|\s+General)?|Senator|Sen\."
    r"|Representative|Rep\.|Governor|Ambassador|Foreign\s+Minister|Minister|Chancellor|Dr\.|Prof\.|Professor)"
    r"\s+(?=[A-Z][\w.’'-]*\s+[A-Z])"
)


@lru_cache(maxsize=4096)  # the same authors and bodies recur across a library
def parse_names(text: str) -> tuple[Name, ...]:
    """Split an author field into names; an organisation stays whole.

    Handles 'A and B', 'A, B, and C', 'Family, Given, and Given Family',
    'Family, G., Family, G., & Family, G.' (APA) and 'Family G, Family G' (Vancouver).
    """
    if "(@" in text or "[@" in text:
        text = HANDLE.sub("", text)  # the account, not the name (and no pseudonym in brackets)
    pseudonym = _PSEUDONYM.match(text.strip(" ,;:"))
    if pseudonym and is_organisation(pseudonym.group("real")):  # 'Shigen Enerugī-chō [Agency for Natural ...]':
        return (Name(literal=_clean_org(text[: text.index("[")])),)  # a body's own name, then its translation
    elif pseudonym:  # 'X [George F. Kennan]': the real name stands in brackets
        text = pseudonym.group("real")
    if " with " in text:
        text = _with_coauthor(text)
    if _OFFICE.search(text) and not is_organisation(text):
        text = _OFFICE.sub(r"\1", text)  # "President Joe Biden", "Dr. Jane Smith": the office is no given name
    if mentions(text, ("ed", "hrsg", "trans", "comp")):
        text = _ROLE.sub(" ", text)
    if mentions(text, _MLA_ROLE_CUES):
        text = _MLA_ROLE.sub("", _ROLE_IN_BRACKETS.sub("", text)).replace("..", ".")  # MLA ', host.', APA '(Host)'

    text = text.strip(" ,;:")
    if mentions(text, _ET_AL_CUES):
        text = _ET_AL.sub("", text)
    last = text.split()[-1].lower() if text else ""
    if text.endswith(".") and len(last.rstrip(".")) > 1 and last not in ABBREVIATED_SUFFIXES:
        text = text[:-1]  # a sentence full stop, not the dot of an initial or of "Jr."
    if not text:
        return ()
    if " – " in text and all(_INVERTED_PERSON.fullmatch(p.strip()) for p in text.split(" – ")):
        text = text.replace(" – ", "; ")  # Finnish 'Forsberg, Tuomas – Vaahtoranta, Tapani'
    if is_organisation(text):
        return (Name(literal=_clean_org(text)),)
    if "/" in text and all(looks_like_person(p) or _SURNAME.fullmatch(p.strip()) for p in text.split("/")):
        text = text.replace("/", "; ")  # German 'Paul, Michael/Swistek, Göran', 'Paul/Swistek'
    parts = [p.strip(" ,;") for p in (_SEMICOLON.split(text) if ";" in text else [text]) if p.strip(" ,;")]
    names: list[Name] = []
    for part in parts:
        names.extend(_names_in_part(part))
    return tuple(names)


def _is_inverted_initials_list(text: str) -> bool:
    """'Hersbach, H., Bell, B., Berrisford, P.' (APA, 'et al.' already gone): family names, each
    followed by initials only, which no body's name looks like."""
    chunks = [c.strip() for c in _AND.sub(", ", text).split(",") if c.strip()]
    return (
        len(chunks) >= 4
        and len(chunks) % 2 == 0
        and all(_INITIALS.match(chunks[j]) for j in range(1, len(chunks), 2))
        and _alternates_family_given(chunks)
    )


def _clean_org(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:")


def has_name_list_shape(text: str) -> bool:
    """'A and B', 'Smith, J., & Lee, C.': joined by 'and' yet every piece is a person."""
    pieces = [p.strip(" ,") for p in _AND.split(text) if p.strip(" ,")]
    if len(pieces) < 2:
        return False
    for piece in pieces:
        chunks = [c.strip() for c in piece.split(",") if c.strip()]
        if not (
            looks_like_person(piece)
            or _alternates_family_given(chunks)
            or all(VANCOUVER_NAME.fullmatch(c) for c in chunks)
            or (len(chunks) > 1 and all(looks_like_person(c) for c in chunks))  # "Nan Tian, Diego Lopes da Silva"
            or _first_inverted_then_display(chunks)  # "Hufbauer, Gary Clyde, Jeffrey J. Schott"
        ):
            return False
    return True


def _names_in_part(part: str) -> list[Name]:
    pieces = [p.strip(" ,") for p in _AND.split(part) if p.strip(" ,")]
    out: list[Name] = []
    for i, piece in enumerate(pieces):
        piece, suffixes = _without_suffix_chunks(piece)
        start = len(out)
        _read_piece(i, piece, pieces, out)
        _attach_suffixes(out, start, suffixes, piece)
    return out


def _without_suffix_chunks(piece: str) -> tuple[str, list[tuple[int, str]]]:
    """'Ferren, W. R., Jr.' -> ('Ferren, W. R.', [(2, 'Jr.')]): a suffix set off by commas is no name of its
    own; each is kept with the number of chunks before it."""
    if "," not in piece:
        return piece, []
    chunks = [c.strip() for c in piece.split(",") if c.strip()]
    kept: list[str] = []
    suffixes: list[tuple[int, str]] = []
    for chunk in chunks:
        if kept and chunk.lower() in SUFFIXES:
            suffixes.append((len(kept), chunk))
        else:
            kept.append(chunk)
    return (", ".join(kept), suffixes) if suffixes else (piece, [])


def _attach_suffixes(out: list[Name], start: int, suffixes: list[tuple[int, str]], piece: str) -> None:
    """Give each suffix to the name its place points at: one name per chunk, or per family-given pair."""
    made = len(out) - start
    if not made:
        return
    chunks = len([c for c in piece.split(",") if c.strip()])
    for before, suffix in suffixes:
        if made == chunks:
            at = start + before - 1
        elif made * 2 == chunks:
            at = start + (before - 1) // 2
        else:
            at = len(out) - 1
        name = out[at]
        if name.given and not name.literal:
            out[at] = Name(family=name.family, given=f"{name.given}, {suffix}")


def _read_piece(i: int, piece: str, pieces: list[str], out: list[Name]) -> None:
    """The names in one piece of an author list (between 'and's), added to ``out``."""
    if "," not in piece:
        out.append(_single(piece))
        return
    chunks = [c.strip() for c in piece.split(",") if c.strip()]
    if all(VANCOUVER_NAME.fullmatch(c.removesuffix(".")) for c in chunks):  # "Markandya A, Wilkinson P."
        out.extend(_single(c) for c in chunks)
    elif i == 0 and _first_inverted_then_display(chunks):
        # Chicago bibliography: "Hufbauer, Gary Clyde, Jeffrey J. Schott, and Barbara Oegg"
        out.append(Name(family=chunks[0], given=chunks[1]))
        out.extend(_single(c, western=True) for c in chunks[2:])
    elif _alternates_family_given(chunks):
        out.extend(Name(family=chunks[j], given=chunks[j + 1]) for j in range(0, len(chunks) - 1, 2))
        if len(chunks) % 2:
            out.append(_single(chunks[-1]))
    elif i == 0 and len(pieces) > 1 and all(len(c.split()) >= 2 and looks_like_person(c) for c in chunks):
        out.extend(_single(c) for c in chunks)  # "Elizabeth Fisher, Eloise Scotford and Emily Barritt"
    elif all(_INITIALS_THEN_FAMILY.match(c) for c in chunks):
        out.extend(_single(c) for c in chunks)  # "D. Melossi, M. Pavarini": initials first, so a list
    elif i == 0 and len(chunks) == 2 and looks_like_person(piece):
        out.append(person_from_inverted(piece))
    else:
        out.extend(_single(c) for c in chunks)


_FAMILY_THEN_INITIALS = re.compile(
    r"(?P<family>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?P<given>[А-ЯЁ]\.?(?:\s?[А-ЯЁ]\.?)?)"
)


def _single(text: str, *, western: bool = False) -> Name:
    last = text.split()[-1].lower() if text.split() else ""
    keep_dot = text.endswith(".") and (len(last) <= 2 or last in ABBREVIATED_SUFFIXES)  # an initial's or "Jr."'s dot
    text = text.strip(" ,;") if keep_dot else text.strip(" ,.;")
    if is_organisation(text):
        return Name(literal=_clean_org(text))
    initials_after = _FAMILY_THEN_INITIALS.fullmatch(text)
    if initials_after:  # Russian GOST: "Тренин Д.В.", "Иванов И. И."
        given = initials_after.group("given").strip()
        return Name(family=initials_after.group("family"), given=given if given.endswith(".") else given + ".")
    vancouver = VANCOUVER_NAME.fullmatch(text.removesuffix("."))  # "O'Neill J." as well as "Klein EY"
    if vancouver and not (vancouver.group(2) in ("II", "III") and " " in vancouver.group(1)):  # "Hal Daumé III"
        given = " ".join(c + "." for c in vancouver.group(2))
        suffix = vancouver.group(3)  # "Pope CA 3rd"
        return Name(family=vancouver.group(1), given=f"{given}, {suffix}" if suffix else given)
    return person_from_display(text, western=western)


def _first_inverted_then_display(chunks: list[str]) -> bool:
    if len(chunks) < 3 or len(chunks[0].split()) > 2:
        return False
    if _INITIALS.match(chunks[1]):  # economics: "Hazell, J., J. Herreño, E. Nakamura" -- initials, then initials first
        return _is_name_tokens(chunks[0].split()) and all(_INITIALS_THEN_FAMILY.match(c) for c in chunks[2:])
    if any(_INITIALS.match(token) for token in chunks[0].split()):
        return False  # "A. Lacoste, A. Luccioni, V. Schmidt" (IEEE): a family name carries no initial
    first = chunks[0].split()
    second = chunks[1].split()
    second_is_whole = len(second) == 2 or _GIVEN_INITIALS_FAMILY.match(chunks[1]) or (
        len(second) == 3 and second[1].lower() in PARTICLES and second[2][:1].isupper()  # "Julian di Giovanni"
    )
    if len(first) == 2 and first[0].lower() not in PARTICLES and second_is_whole:
        return False  # "Ottmar Edenhofer, Christian Flachsland, Matthias Kalkuhl", "Zack Cooper, Stuart V. Craig, ..."
    return (
        _is_name_tokens(chunks[0].split())
        and _is_name_tokens(chunks[1].split())
        and all(len(c.split()) >= 2 and looks_like_person(c) for c in chunks[2:])
    )


def _alternates_family_given(chunks: list[str]) -> bool:
    """['Smith', 'J. A.', 'Jones', 'B.'] or ['Abiru', 'Taisuke']: family names at even places."""
    if len(chunks) < 2:
        return False
    pairs = [(chunks[j], chunks[j + 1]) for j in range(0, len(chunks) - 1, 2)]
    for family, given in pairs:
        if _INITIALS_THEN_FAMILY.match(family):
            return False  # "A. Accetturo, G. de Blasio": a family name opens with no initial
        real = [t for t in family.split() if t.lower() not in PARTICLES]
        if len(real) > 2 or not _is_name_tokens(family.split()):
            return False
        if not (_INITIALS.match(given) or (len(given.split()) <= 3 and _is_name_tokens(given.split()))):
            return False
    # "Taisuke Abiru, James Brown" has two-word chunks on both sides: that is a list, not pairs.
    return not all(len(f.split()) >= 2 and len(g.split()) >= 2 for f, g in pairs)


# ---------------------------------------------------------------- names written in Chinese or Japanese characters

# The commonest Chinese family names (simplified and traditional forms) and the two-character ones: a name in
# characters is written family first with no space, so the family name is known only by being one of these
_HAN_FAMILIES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘"
    "袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任沈姚卢盧崔钟鍾谭譚陆陸范汪廖石金贾賈夏付傅方白邹鄒孟熊秦邱尹薛阎閻严嚴"
    "段雷侯龙龍陶黎郝顾顧毛龚龔邵万萬钱錢武戴孔向常康汤湯易乔喬贺賀赖賴文庞龐樊兰蘭殷施洪翟安颜顏倪牛温溫季"
    "俞章鲁魯葛伍韦韋申尤毕畢聂聶焦柴岳齐齊习習宁寧"
)
_HAN_DOUBLE_FAMILIES = frozenset(
    "欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 令狐 慕容 端木 夏侯 长孙 長孫 宇文 司徒 "
    "南宫 南宮".split()
)
# What a body's name ends with: 外交部 (ministry), 新华社 (agency), 中央电视台 (station), 国务院 (council) ...
_HAN_BODY_ENDINGS = (
    "部", "局", "院", "会", "會", "社", "台", "所", "署", "厅", "廳", "处", "處", "办公室", "辦公室", "中心",
    "网", "網", "报", "報", "馆", "館", "大学", "大學", "公司", "银行", "銀行", "集团", "集團", "政府", "省", "庁",
    "府", "委", "组织", "組織", "联盟", "聯盟", "研究所", "基金", "党", "黨",
)
_NATIONALITY = re.compile(r"^\s*[\[［〔（(][^\]］〕）)]{1,3}[\]］〕）)]\s*")  # "[美]", "（日）": the author's country
_HAN_DOT = re.compile(r"\s*[·・•]\s*")  # "格雷厄姆·艾利森": a foreign name written in characters


# Korean: a name in Hangul is the family name (one syllable, or one of these two) and then the given name, no
# space ('장하준', '이철승'); a longer run, or one ending in a body's word ('통계청', '기획재정부'), is a body
_HANGUL_DOUBLE_FAMILIES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방".split())
_HANGUL_BODY_ENDINGS = (
    "부", "청", "처", "회", "은행", "일보", "신문", "뉴스", "방송", "공사", "재단", "연구소", "연구원",
)
HANGUL_SYLLABLES = "\uac00-\ud7af"  # the Hangul syllables block, as a character-class range
_HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]+")


def _hangul_name(text: str) -> Name:
    if len(text) > 4 or text.endswith(_HANGUL_BODY_ENDINGS):
        return Name(literal=text)
    cut = 2 if text[:2] in _HANGUL_DOUBLE_FAMILIES and len(text) > 2 else 1
    return Name(family=text[:cut], given=text[cut:]) if len(text) > 1 else Name(family=text)


def han_name(text: str) -> Name:
    """A name written in Chinese or Japanese characters: '习近平' -> 习, 近平; '欧阳修' -> 欧阳, 修;
    '格雷厄姆·艾利森' (a foreign name, given names first) -> 艾利森, 格雷厄姆; a body ('中华人民共和国外交部',
    '新华社') -> one organisation. A longer run than a person's name, or a body's ending, is a body."""
    text = _NATIONALITY.sub("", text).strip()
    if _HANGUL.fullmatch(text):
        return _hangul_name(text)
    if _HAN_DOT.search(text):
        *given, family = _HAN_DOT.split(text)
        return Name(family=family, given="·".join(given))
    if " " in text and len(text.split()) == 2:  # Japanese often space the two: "北岡 伸一"
        family, given = text.split()
        return Name(family=family, given=given)
    double = text[:2] in _HAN_DOUBLE_FAMILIES
    if len(text) > 4 or (len(text) > 2 and not double and text.endswith(_HAN_BODY_ENDINGS)):
        return Name(literal=text)
    if len(text) == 1:
        return Name(family=text)
    cut = 2 if double or len(text) == 4 and text[:1] not in _HAN_FAMILIES else 1
    return Name(family=text[:cut], given=text[cut:])
