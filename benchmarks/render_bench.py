"""Render time for a generated library, per format (aim: HTML for 10,000 entries under 5 s).

    python benchmarks/render_bench.py [N]        # default N = 10000

Each work gets a type, one or two authors (some corporate), a date, a URL, two citations
with citing sentences and themes from a seven-theme map, so every template branch runs.
Prints seconds per format (best of 3) and the output size; the .tex time excludes pdflatex.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bibkit.model import Citation, Commentary, Library, Name, PartialDate, Reference  # noqa: E402
from bibkit.render import FORMATS, render  # noqa: E402
from bibkit.themes import assign_themes, load_theme_map  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("energy sanctions islands treaty security missile diplomacy summit Ukraine invasion China LNG oil "
         "pipeline defence talks ambassador Kuril frozen assets Crimea strategy").split()
TYPES = ("webpage", "article-newspaper", "report", "article-journal", "book", "speech")


def generated_library(n: int, seed: int = 5) -> Library:
    rng = random.Random(seed)
    docs = [Commentary(path=f"c{i}.txt", document=f"c{i}.txt", format="text", title=f"Commentary {i}",
                       authors=(Name(family="Malachiński", given="Piotr"),), date=PartialDate(2022, 4, 7))
            for i in range(20)]
    refs = []
    for i in range(n):
        words = rng.sample(WORDS, 6)
        authors = ((Name(literal="Ministry of Foreign Affairs of Japan"),) if i % 5 == 0
                   else (Name(family=f"Author{i}", given="Shinzō"), Name(family="Wałęsa", given="Łukasz"))[: 1 + i % 2])
        cites = tuple(Citation(f"c{rng.randrange(20)}.txt", str(rng.randrange(1, 40)),
                               " ".join(rng.sample(WORDS, 8)).capitalize() + " & more <here>.") for _ in range(2))
        refs.append(Reference(type=TYPES[i % len(TYPES)], key=f"k{i}", authors=authors,
                              title=" ".join(words).capitalize(), container="The Japan Times",
                              issued=PartialDate(2000 + i % 23, 1 + i % 12, 1 + i % 28),
                              url=f"https://example.org/{i}?a=1&b=2", citations=cites))
    return Library(references=tuple(refs), commentaries=tuple(docs))


def main(n: int) -> None:
    theme_map = load_theme_map(ROOT / "references" / "themes.toml")
    library = assign_themes(generated_library(n), theme_map)
    print(f"{n} entries")
    for fmt in FORMATS:
        best, size = float("inf"), 0
        for _ in range(3):
            start = time.perf_counter()
            text = render(library, fmt, theme_map=theme_map, link_results={"k1": "ok"}).text
            best, size = min(best, time.perf_counter() - start), len(text)
        print(f"  {fmt:5} {best:6.2f} s  {size / 1e6:6.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
