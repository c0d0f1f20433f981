"""Benchmark for bibkit.dedupe: 100,000 generated references, with time, peak memory, precision, recall.

    .venv/bin/python benchmarks/dedupe_bench.py [--refs 100000] [--works 4000] [--seed 7] [--tracemalloc]

A few thousand base works (journal articles, news items, web commentaries, reports, books,
chapters, press conferences) are each cited many times, every citation "rendered" in one of
several citation styles as the parser would read it back (Chicago note, Chicago bibliography,
MLA, APA, Harvard, an HTML footnote with a tracked link, a plain-text footnote) and then dirtied
with the noise of the corpus: no-break spaces, quote-mark variants, words run together, dropped
diacritics, hyphenation variants, DOIs as URLs, URLs with ``utm_*``/``www.``/``http``, a dropped
subtitle, a missing author. Among the base works are hard non-duplicates: the same outlet on
different dates with no title (the Kyodo trap), recurring press conferences and reports with
the same title on different dates or years, editions of one book, chapters next to the books
they are in, the same author's other books, and "Editorial"/"Introduction" titles in different
issues and books.

References are built as ``model.Reference`` objects directly (parsing is measured elsewhere).
Precision and recall are pairwise: over all pairs of references, is a pair put in one entry
exactly when it is one work? Peak memory: ``ru_maxrss`` of the whole process (generator included),
or with ``--tracemalloc`` the traced peak of the dedupe call alone (slower; time not comparable).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anyascii import anyascii  # noqa: E402

from bibkit.dedupe import dedupe  # noqa: E402
from bibkit.model import Citation, Library, Name, PartialDate, Reference  # noqa: E402

WORDS = (
    "security dialogue energy sanctions territorial dispute alliance strategy maritime northern islands "
    "diplomacy cooperation pipeline summit treaty sovereignty defence economy trade investment gas oil "
    "nuclear arctic fisheries policy reform crisis invasion response outlook relations partnership "
    "rivalry balance power order region frontier border normalisation negotiation deterrence resilience "
    "supply chains market transition climate technology semiconductors shipping ports corridor "
    "infrastructure finance currency yen rouble tariffs exports imports migration identity memory "
    "history legacy leadership parliament elections coalition opinion media propaganda narrative "
    "intelligence cyber space missile submarine navy coast guard drills exercises"
).split()
PROPER = (
    "Japan Russia China Ukraine Korea Tokyo Moscow Beijing Kyiv Sakhalin Kuril Hokkaido Vladivostok Kishida "
    "Abe Suga Putin Lavrov Łódź Kraków Zürich Malachiński Wałęsa Shinzō São Paulo Gdańsk Poznań Tōhoku "
    "Kyūshū Ōsaka Chūō Pacific Asia Europe NATO ASEAN Quad G7 LNG"
).split()
HYPHENATED = ("Japan-Russia", "post-Abe", "peace-treaty", "Sino-Japanese", "long-term", "post-war",
              "Russo-Japanese", "co-operation", "non-proliferation", "Indo-Pacific", "re-engagement")
FAMILIES = ("Abiru Brown Johnston Horibuchi Singh Lyu Panov Miller Kuo Hornung Malachiński Wałęsa Nowak "
            "Kowalski Tanaka Suzuki Watanabe Itō Satō Yamamoto Ivanov Smirnov Kuznetsov Popov Müller Schäfer "
            "Dubois Lefèvre García Núñez Østergaard Söderberg Okonkwo Zhang Wang Li Chen Kim Park Nguyễn "
            "Hernández O'Neill Fitzgerald MacLeod").split()
GIVENS = ("Taisuke James Eric Junko Jyot Yaodong Alexander Berkshire Mercy Jeffrey Piotr Łukasz Anna "
          "Marta Hiroshi Yuki Kenji Ōta Sergei Olga Dmitri Hans Élodie José Søren Chidi Wei Min-jun "
          "Thi Siobhán").split()
OUTLETS = ("The Japan Times", "Kyodo News International", "Asahi Shimbun", "Mainichi Shimbun", "Nikkei Asia",
           "The Diplomat", "RBC Daily", "Kommersant", "Reuters", "The Guardian", "Le Monde", "Gazeta Wyborcza",
           "Inquirer.net", "TASS", "Yomiuri Shimbun")
JOURNALS = ("China International Studies", "Asian Survey", "International Affairs", "Survival",
            "Europe-Asia Studies", "Pacific Affairs", "The Pacific Review", "Problems of Post-Communism",
            "Journal of Strategic Studies", "Asia Policy", "Polish Political Science Review")
ORGS = ("International Energy Agency", "Ministry of Foreign Affairs of Japan",
        "Prime Minister of Japan and His Cabinet", "Carnegie Moscow Center", "Royal United Services Institute",
        "Centre for Security and Strategy Studies",
        "Polski Instytut Spraw Międzynarodowych", "Japan Institute of International Affairs",
        "Russian International Affairs Council", "Stockholm International Peace Research Institute")
PUBLISHERS = ("Routledge", "Oxford University Press", "Cambridge University Press", "Palgrave Macmillan",
              "Brill", "Springer", "Wydawnictwo Naukowe PWN", "Iwanami Shoten")
PLACES = ("London", "Oxford", "Cambridge", "Basingstoke", "Leiden", "Warszawa", "Tōkyō", "New York")
SITES = ("carnegie.ru", "rusi.org", "thediplomat.com", "japantimes.co.jp", "pism.pl", "jiia.or.jp", "csss.org",
         "russiancouncil.ru", "asia.nikkei.com", "mofa.go.jp")
STYLES = ("chicago-note", "chicago-bib", "mla", "apa", "harvard", "html", "plain")
EDITIONS = ("2", "3", "4")


@dataclass(frozen=True)
class Work:
    """A base work and its truth id; ``ref`` holds the complete, clean fields."""

    wid: int
    ref: Reference


# ---------------------------------------------------------------- base works


def _title(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.18:
            out.append(rng.choice(PROPER))
        elif roll < 0.26:
            out.append(rng.choice(HYPHENATED))
        else:
            out.append(rng.choice(WORDS))
    if rng.random() < 0.08:
        out.insert(rng.randrange(len(out)), "“" + rng.choice(WORDS) + "”")
    text = " ".join(w if w.isupper() or w[0].isupper() else w.capitalize() for w in out)
    if rng.random() < 0.35:
        sub = " ".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(2, 5)))
        text += ": " + sub
    return text


def _person(rng: random.Random) -> Name:
    return Name(family=rng.choice(FAMILIES), given=rng.choice(GIVENS))


def _date(rng: random.Random, precision: int = 3) -> PartialDate:
    year = rng.randint(1995, 2023)
    if precision == 1:
        return PartialDate(year)
    return PartialDate(year, rng.randint(1, 12), rng.randint(1, 28) if precision == 3 else None)


def _url(rng: random.Random, wid: int) -> str:
    return f"https://www.{rng.choice(SITES)}/{rng.choice(WORDS)}/{wid}-{rng.choice(WORDS)}.html"


def _plain_work(rng: random.Random, wid: int) -> Reference:
    """A work with a distinctive title, of a random type."""
    kind = rng.choices(("article-journal", "article-newspaper", "webpage", "report", "book", "chapter"),
                       (25, 20, 25, 10, 12, 8))[0]
    authors = tuple(_person(rng) for _ in range(rng.choice((1, 1, 1, 2, 3))))
    title = _title(rng, rng.randint(3, 9))
    if kind == "article-journal":
        first = rng.randint(1, 400)
        return Reference(type=kind, authors=authors, title=title, container=rng.choice(JOURNALS),
                         issued=_date(rng, 1), volume=str(rng.randint(1, 90)), issue=str(rng.randint(1, 6)),
                         pages=f"{first}–{first + rng.randint(5, 30)}",
                         doi=f"10.{rng.randint(1000, 9999)}/{rng.choice(WORDS)}.{wid}" if rng.random() < 0.6 else "")
    if kind == "article-newspaper":
        return Reference(type=kind, authors=authors[:1] if rng.random() < 0.7 else (), title=title,
                         container=rng.choice(OUTLETS), issued=_date(rng), url=_url(rng, wid))
    if kind == "webpage":
        return Reference(type=kind, authors=authors, title=title, container=rng.choice(ORGS),
                         issued=_date(rng), url=_url(rng, wid))
    if kind == "report":
        return Reference(type=kind, authors=(Name(literal=rng.choice(ORGS)),), title=title, issued=_date(rng, 1),
                         number=str(rng.randint(1, 99)) if rng.random() < 0.3 else "", url=_url(rng, wid))
    if kind == "book":
        return Reference(type=kind, authors=authors[:2], title=title, publisher=rng.choice(PUBLISHERS),
                         place=rng.choice(PLACES), issued=_date(rng, 1))
    first = rng.randint(1, 300)
    return Reference(type=kind, authors=authors[:1], editors=(_person(rng),), title=title,
                     container=_title(rng, rng.randint(3, 6)), publisher=rng.choice(PUBLISHERS),
                     issued=_date(rng, 1), pages=f"{first}–{first + rng.randint(10, 30)}")


def _hard_family(rng: random.Random, wid: int) -> list[Reference]:
    """A handful of works that look alike but are different (the traps)."""
    trap = rng.randrange(7)
    if trap == 0:  # same outlet, different dates, no title
        outlet, base = rng.choice(OUTLETS), _date(rng)
        days = rng.sample(range(1, 29), rng.randint(2, 5))
        return [Reference(type="article-newspaper", container=outlet, issued=replace(base, day=d)) for d in days]
    if trap == 1:  # recurring press conference, same title, different dates
        title = rng.choice(("Press Conference by Prime Minister ", "Press Conference by the Chief Cabinet Secretary ",
                            "Statement by the Minister for Foreign Affairs ")) + rng.choice(PROPER)
        base = _date(rng)
        return [Reference(type="speech", title=title, authors=(Name(literal=rng.choice(ORGS)),),
                          issued=replace(base, month=m, day=d), url=f"https://japan.kantei.go.jp/s/{wid}_{m}{d}.html")
                for m, d in {(rng.randint(1, 12), rng.randint(1, 28)) for _ in range(rng.randint(2, 5))}]
    if trap == 2:  # recurring report, same title, different years
        title, org = _title(rng, rng.randint(2, 4)), Name(literal=rng.choice(ORGS))
        years = rng.sample(range(2005, 2023), rng.randint(2, 4))
        return [Reference(type="report", title=title, authors=(org,), issued=PartialDate(y)) for y in years]
    if trap == 3:  # editions of one book
        book = _plain_work(rng, wid)
        book = replace(book, type="book", container="", pages="", volume="", issue="", doi="", url="")
        year = book.issued.year if book.issued else 2000
        eds = ["", *rng.sample(EDITIONS, rng.randint(1, 3))]
        return [replace(book, edition=e, issued=PartialDate(year + 4 * i if rng.random() < 0.8 else year))
                for i, e in enumerate(eds)]
    if trap == 4:  # a chapter and the book it is in
        book = replace(_plain_work(rng, wid), type="book", container="", pages="", doi="", url="", volume="",
                       issue="", editors=(_person(rng),), authors=())
        chapter = Reference(type="chapter", authors=(_person(rng),), editors=book.editors, title=_title(rng, 5),
                            container=book.title, publisher=book.publisher, issued=book.issued, pages="45–67")
        return [book, chapter]
    if trap == 5:  # the same author's different books
        author = _person(rng)
        return [replace(_plain_work(rng, wid), type="book", authors=(author,), container="", pages="",
                        doi="", url="", volume="", issue="") for _ in range(rng.randint(2, 4))]
    journal, year = rng.choice(JOURNALS), _date(rng, 1)  # generic title in different issues
    return [Reference(type="article-journal", title="Editorial", authors=(_person(rng),), container=journal,
                      issued=year, volume=str(wid), issue=str(i), pages=f"{i * 100 + 1}–{i * 100 + 3}")
            for i in range(1, rng.randint(3, 5))]


def base_works(rng: random.Random, n: int) -> list[Work]:
    works: list[Work] = []
    while len(works) < n:
        refs = _hard_family(rng, len(works)) if rng.random() < 0.2 else [_plain_work(rng, len(works))]
        works += [Work(len(works) + k, r) for k, r in enumerate(refs)]
    return works[:n]


# ---------------------------------------------------------------- styles and noise


def _initials(given: str) -> str:
    return " ".join(part[0] + "." for part in given.replace("-", " ").split())


def _sentence_case(title: str) -> str:
    words = title.split(" ")
    return " ".join([words[0], *(w if w in PROPER or w.isupper() or not w[:1].isalpha() else w.lower()
                                 for w in words[1:])])


def render(ref: Reference, style: str, rng: random.Random) -> Reference:
    """What a parser reads back from ``ref`` printed in ``style``."""
    out = ref
    if style in ("apa", "harvard"):
        out = replace(out, authors=tuple(replace(a, given=_initials(a.given)) if a.given else a
                                         for a in out.authors))
        if out.type == "article-journal" or style == "harvard":
            out = replace(out, issued=PartialDate(out.issued.year) if out.issued else None)
        if style == "apa" and out.type in ("article-journal", "book", "chapter", "report"):
            out = replace(out, title=_sentence_case(out.title))
    if style == "mla":
        out = replace(out, container=out.container.removeprefix("The "), accessed=PartialDate(2023, 5, 2))
    if style in ("plain", "mla", "apa") and out.url and rng.random() < 0.6:
        out = replace(out, url="")
    if style == "html" and out.url:
        out = replace(out, url=_dirty_url(out.url, rng))
    if out.doi:
        out = replace(out, doi=rng.choice((out.doi, out.doi.upper(), f"doi:{out.doi}", f"https://doi.org/{out.doi}",
                                           f"http://dx.doi.org/{out.doi}")))
        if style == "html" and rng.random() < 0.5:
            out = replace(out, url=f"https://doi.org/{out.doi.removeprefix('doi:').split('doi.org/')[-1]}", doi="")
    if out.pages and rng.random() < 0.3:
        out = replace(out, pages=out.pages.replace("–", "-"))
    return out


def _dirty_url(url: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        url = url.replace("https://", "http://")
    if rng.random() < 0.5:
        url = url.replace("://www.", "://")
    if rng.random() < 0.5:
        url += "?utm_source=twitter&utm_medium=social"
    elif rng.random() < 0.3:
        url += "/"
    return url


def noisy(text: str, rng: random.Random) -> str:
    """Corpus noise: no-break spaces, quote variants, run-together words, dropped accents, hyphens."""
    if not text:
        return text
    roll = rng.random()
    if roll < 0.15:
        text = text.replace(" ", "\u00a0", rng.randint(1, 3))
    elif roll < 0.3:
        text = text.replace("“", rng.choice(('"', "„", "«"))).replace("”", rng.choice(('"', "”", "»")))
        text = text.replace("’", "'")
    elif roll < 0.42 and " " in text:
        words = text.split(" ")
        k = rng.randrange(len(words) - 1)
        text = " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2 :]])
    elif roll < 0.55:
        text = anyascii(text) if rng.random() < 0.5 else text
    elif roll < 0.68 and "-" in text:
        text = text.replace("-", rng.choice((" ", "–", "\u2011", "")), 1)
    return text


def cite(work: Work, rng: random.Random, n: int) -> Reference:
    ref = render(work.ref, rng.choice(STYLES), rng)
    title = ref.title
    if ":" in title and rng.random() < 0.08:
        title = title.split(":")[0]  # the note dropped the subtitle
    if len(title) > 25 and rng.random() < 0.03:  # a typo: one letter lost
        k = rng.randrange(5, len(title) - 1)
        title = title[:k] + title[k + 1 :]
    fields = {"title": noisy(title, rng), "container": noisy(ref.container, rng)}
    if rng.random() < 0.03:
        fields["issued"] = None  # the note gave no date
    if ref.authors and rng.random() < 0.1:
        fields["authors"] = tuple(replace(a, family=anyascii(a.family), given=anyascii(a.given)) for a in ref.authors)
    if ref.authors and ref.type == "article-newspaper" and rng.random() < 0.05:
        fields["authors"] = ()  # the byline left out
    return replace(ref, **fields, key=f"r{n}",
                   citations=(Citation(document=f"doc{n % 997}.txt", note=str(n % 40 + 1), context=f"c{n}"),))


def generate(n_refs: int, n_works: int, seed: int) -> tuple[list[Reference], list[int]]:
    """The references and, for each, the id of the work it really is."""
    rng = random.Random(seed)
    works = base_works(rng, n_works)
    weights = [rng.paretovariate(1.3) for _ in works]
    chosen = list(range(len(works))) + rng.choices(range(len(works)), weights, k=n_refs - len(works))
    rng.shuffle(chosen)
    refs = [cite(works[w], rng, n) for n, w in enumerate(chosen)]
    return refs, [works[w].wid for w in chosen]


# ---------------------------------------------------------------- scoring


def pair_scores(clusters: list[list[int]], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of ``clusters`` (lists of reference indices) against ``truth``."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    predicted = sum(pairs(len(c)) for c in clusters)
    correct = sum(pairs(k) for c in clusters for k in Counter(truth[i] for i in c).values())
    actual = sum(pairs(k) for k in Counter(truth).values())
    return (correct / predicted if predicted else 1.0), (correct / actual if actual else 1.0)


def clusters_of(library: Library, report, index: dict[str, int]) -> list[list[int]]:
    """Reference indices per output entry, from the report's merged groups."""
    absorbed = {m.key: m.absorbed for m in report.merges}
    return [[index[k] for k in (ref.key, *absorbed.get(ref.key, ()))] for ref in library.references]


def false_merges(clusters: list[list[int]], truth: list[int], refs: list[Reference], limit: int = 5) -> list[str]:
    out = []
    for c in clusters:
        by_work: dict[int, list[int]] = defaultdict(list)
        for i in c:
            by_work[truth[i]].append(i)
        if len(by_work) > 1:
            out.append(" | ".join(f"{refs[ids[0]].type} {refs[ids[0]].title!r} {refs[ids[0]].date}"
                                  for ids in by_work.values()))
        if len(out) >= limit:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--refs", type=int, default=100_000)
    parser.add_argument("--works", type=int, default=4_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tracemalloc", action="store_true", help="trace the peak memory of dedupe alone")
    args = parser.parse_args(argv)
    refs, truth = generate(args.refs, args.works, args.seed)
    library = Library(references=tuple(refs))
    if args.tracemalloc:
        tracemalloc.start()
    start, cpu_start = time.perf_counter(), time.process_time()
    result, report = dedupe(library)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
    clusters = clusters_of(result, report, {r.key: i for i, r in enumerate(refs)})
    precision, recall = pair_scores(clusters, truth)
    citations = sum(len(r.citations) for r in result.references)
    print(f"references: {len(refs)}  works: {len(set(truth))}  entries after dedupe: {len(result.references)}")
    print(f"time: {elapsed:.2f} s wall, {cpu:.2f} s CPU (one core; wall includes waiting on a busy machine)")
    print(f"peak memory (ru_maxrss, whole process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if args.tracemalloc:
        print(f"peak memory (tracemalloc, dedupe only): {traced / 2**20:.0f} MB")
    print(f"precision: {precision:.6f}  recall: {recall:.6f}")
    print(f"merged groups: {len(report.merges)}  near misses: {len(report.near_misses)}  "
          f"citations kept: {citations}/{len(refs)}")
    wrong = sum(len(c) * (len(c) - 1) // 2 - sum(k * (k - 1) // 2 for k in Counter(truth[i] for i in c).values())
                for c in clusters)
    print(f"false-merge pairs: {wrong}")
    for line in false_merges(clusters, truth, refs):
        print("false merge:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
