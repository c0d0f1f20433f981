"""Extraction + parsing throughput on a large generated corpus (notes per second, one core).

Generates N commentaries (default 10,000) in the three input formats (scraped text with
[n] markers, Markdown with Pandoc footnotes, HTML with linked footnotes), each with a
random number of notes drawn from a pool of real references in many styles, writes them
to a temporary folder, then times ``bibkit.api.extract_library`` over the folder:
reading, decoding, extracting, parsing, merging and keys, the whole of ``bibkit extract``.

    python benchmarks/extract_throughput.py [--commentaries 10000] [--no-tagger] [--jobs N] [--unique-authors]

The issue's figure is the one-core run (the default, --jobs 1). Times are also printed per
stage: extract + parse (the issue's "extraction+parse"), then keys and duplicate merging.
Authors and outlets recur, as they do across a real library, and the parser caches what it
reads of a name; --unique-authors gives every person cited a made-up name, the lower bound
for a library in which no author is cited twice.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bibkit.api import dedupe_library, extract_library  # noqa: E402

REFERENCES = [
    "Taisuke Abiru, “Japan-Russia Relations in the Post-Abe Era,” Carnegie Moscow Center, March 3, 2021.",
    "National Security Strategy (Ministry of Foreign Affairs of Japan, 2013).",
    "Kimie Hara, *Japanese-Soviet/Russian Relations since 1945: A Difficult Peace* (London: Routledge, 1998), 12.",
    "John J. Mearsheimer, “Why the Ukraine Crisis Is the West’s Fault,” *Foreign Affairs* 93, no. 5 (2014): 77–89.",
    "Mainichi Shimbun, May 26, 2014.",
    "Kyodo News International, July {day}, 2014.",
    "Robert Jervis, “Cooperation under the Security Dilemma,” World Politics 30, no. 2 (1978): 167–214,"
    " https://doi.org/10.2307/2009958.",
    "“Press Conference by Prime Minister Kishida,” Prime Minister of Japan and His Cabinet, last modified"
    " February {day}, 2022, https://japan.kantei.go.jp/101_kishida/statement/2022/02{day}.html.",
    "Huntington, Samuel P. “The Clash of Civilizations?” Foreign Affairs, vol. 72, no. 3, 1993, pp. 22–49.",
    "Fearon, J. D. (1995). Rationalist explanations for war. International Organization, 49(3), 379–414.",
    "Daniel Yergin, The Prize: The Epic Quest for Oil, Money, and Power (New York: Simon & Schuster, 1991), {day}.",
    "International Energy Agency, *World Energy Outlook 2022* (Paris: IEA, 2022), 112.",
    "Ibid., {day}.",
]
SENTENCES = [
    "Tokyo weighed its energy imports against the sanctions its partners expected",
    "The islands dispute has shaped every summit since the declaration of 1956",
    "Officials in both capitals described the talks as frank but unproductive",
    "Analysts disagreed about how long the new policy would last",
    "The ministry published its assessment a few weeks later",
]


WORDS = "energy islands sanctions summit treaty alliance pipeline security fisheries diplomacy strategy".split()


# The people in REFERENCES, as written there and as a pattern for a made-up person (--unique-authors)
PEOPLE = {
    "Taisuke Abiru": "{given} {family}",
    "Kimie Hara": "{given} {family}",
    "John J. Mearsheimer": "{given} J. {family}",
    "Robert Jervis": "{given} {family}",
    "Huntington, Samuel P.": "{family}, {given} P.",
    "Fearon, J. D.": "{family}, J. D.",
    "Daniel Yergin": "{given} {family}",
}
SYLLABLES = "ka ri to mo sa na be lu vi de han sen mor tal ber gin os wa el ric".split()


def made_up_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def note_texts(rng: random.Random, count: int, unique_authors: bool = False) -> list[str]:
    """Notes in many styles, each unique (a varied day and title word), so no whole-note cache can
    help. Authors and outlets recur, as in a real library, unless ``unique_authors`` gives every
    person a made-up name (then caches of names help little: the lower bound)."""
    out = []
    for _ in range(count):
        text = rng.choice(REFERENCES).format(day=rng.randint(1, 28))
        if unique_authors:
            for person, pattern in PEOPLE.items():
                if person in text:
                    name = pattern.format(given=made_up_name(rng), family=made_up_name(rng))
                    text = text.replace(person, name, 1)
        if "“" in text:
            text = text.replace("“", f"“{rng.choice(WORDS).capitalize()} {rng.randint(1, 999)}: ", 1)
        elif "*" in text:
            text = text.replace("*", f"*{rng.choice(WORDS).capitalize()} {rng.randint(1, 999)}: ", 1)
        out.append(text)
    return out


def body(rng: random.Random, count: int, marker) -> str:
    paragraphs = []
    for n in range(1, count + 1):
        sentence = rng.choice(SENTENCES)
        paragraphs.append(f"{rng.choice(SENTENCES)}. {sentence}.{marker(n)} {rng.choice(SENTENCES)}.")
    return "\n\n".join(paragraphs)


def as_text(rng: random.Random, notes: list[str]) -> str:
    text = body(rng, len(notes), lambda n: f"[{n}]")
    listing = "\n\n".join(f"[{n}] {note}" for n, note in enumerate(notes, 1))
    return f"A Generated Commentary\n\nAuthor: Jan Kowalski\n\n{text}\n\n{listing}\n"


def as_markdown(rng: random.Random, notes: list[str]) -> str:
    text = body(rng, len(notes), lambda n: f"[^{n}]")
    listing = "\n".join(f"[^{n}]: {note}" for n, note in enumerate(notes, 1))
    return f"---\ntitle: A Generated Commentary\nauthor: Jan Kowalski\ndate: 2022-04-07\n---\n\n{text}\n\n{listing}\n"


def as_html(rng: random.Random, notes: list[str]) -> str:
    text = body(rng, len(notes), lambda n: f'<sup><a href="#fn{n}" id="ref{n}">{n}</a></sup>')
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    items = "".join(f'<li id="fn{n}">{note} <a href="#ref{n}">↩</a></li>' for n, note in enumerate(notes, 1))
    return (
        "<!doctype html><html><head><title>A Generated Commentary</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>A Generated Commentary</h1>{paragraphs}"
        f"<ol class='footnotes'>{items}</ol></article><footer>© Example</footer></body></html>"
    )


def generate(folder: Path, count: int, seed: int = 7, unique_authors: bool = False) -> int:
    rng = random.Random(seed)
    total = 0
    writers = ((".txt", as_text), (".md", as_markdown), (".html", as_html))
    for i in range(count):
        notes = note_texts(rng, rng.randint(3, 25), unique_authors)
        suffix, write = writers[i % 3]
        (folder / f"c{i:05d}{suffix}").write_text(write(rng, notes), encoding="utf-8")
        total += len(notes)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commentaries", type=int, default=10_000)
    parser.add_argument("--no-tagger", action="store_true", help="rules only")
    parser.add_argument("--jobs", type=int, default=1, help="processes reading and parsing (bibkit extract -j)")
    parser.add_argument("--unique-authors", action="store_true",
                        help="a made-up name for every person cited (no author ever recurs)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notes = generate(folder, args.commentaries, unique_authors=args.unique_authors)
        start, cpu_start = time.perf_counter(), time.process_time()
        library = extract_library([folder], use_tagger=not args.no_tagger, merge_duplicates=False, jobs=args.jobs)
        parsed_at = time.perf_counter()
        merged = dedupe_library(library)[0]
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    parse_time, dedupe_time = parsed_at - start, elapsed - (parsed_at - start)
    found = sum(len(c.notes) for c in library.commentaries)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"commentaries            {len(library.commentaries)}")
    print(f"notes generated         {notes}")
    print(f"notes extracted         {found}")
    print(f"references              {len(library.references)} -> {len(merged.references)} after merging duplicates")
    print(f"processes               {args.jobs}")
    print(f"extract + parse + keys  {parse_time:.1f} s  {found / parse_time:,.0f} notes/s")
    print(f"merge duplicates        {dedupe_time:.1f} s")
    print(f"whole of bibkit extract {elapsed:.1f} s wall, {cpu:.1f} s CPU in this process")
    print(f"throughput (wall)       {found / elapsed:,.0f} notes/s")
    print(f"peak memory             {peak_mb:.0f} MB (this process)")


if __name__ == "__main__":
    main()
