#!/usr/bin/env python3
"""Builds the CRF training set: AnyStyle core + good, minus every held-out item, plus synthetic notes.

usage: make_training.py OUT.jsonl [--synthetic N] [--seed S] [--sets core,good]

Held out (never written to OUT): anystyle_gold (all of it, so gold-minus-core and
gold_notes_style stay unseen) and the corpus gold notes. Synthetic records re-render the
structured fields of the training records as footnotes (Chicago notes, web pages,
newspaper-only notes, government documents, MLA), because footnotes are rare in the
labelled data. Then: ``python -m bibkit.crf train bibkit/data/refs.crfsuite OUT.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from parse_accuracy import REFSTRINGS, SHARED, raw_key, read_jsonl  # noqa: E402

from bibkit.crf import map_label  # noqa: E402

MONTHS = ("January February March April May June July August September October November December").split()
# Publishers of web pages and reports, invented for variety or real and well known; the names in
# the corpus gold notes are deliberately absent so that set stays a fair check.
SITES = (
    "Brookings Institution", "Council on Foreign Relations", "Chatham House", "RAND Corporation",
    "Center for Strategic and International Studies", "Lowy Institute", "East Asia Forum",
    "The Diplomat", "War on the Rocks", "Foreign Policy", "Foreign Affairs", "Nikkei Asia",
    "Ministry of Defense of Japan", "Ministry of Foreign Affairs of the People's Republic of China",
    "U.S. Department of State", "The White House", "European Commission", "NATO",
    "International Crisis Group", "Stockholm International Peace Research Institute",
    "Japan Institute of International Affairs", "Carnegie Endowment for International Peace",
    "German Marshall Fund", "Atlantic Council", "Sasakawa Peace Foundation", "Valdai Discussion Club",
    "Ministry of Economy, Trade and Industry", "Cabinet Office of Japan", "Kremlin", "TASS",
    "International Institute for Strategic Studies", "World Bank", "International Monetary Fund",
    "United Nations Security Council", "Congressional Research Service", "Heritage Foundation",
    "Belfer Center for Science and International Affairs", "Hudson Institute", "Wilson Center",
)  # fmt: skip
NEWSPAPERS = (
    "Yomiuri Shimbun", "Nikkei", "Sankei Shimbun", "Tokyo Shimbun", "Hokkaido Shimbun",
    "The New York Times", "The Washington Post", "Financial Times", "The Guardian", "Le Monde",
    "Reuters", "Associated Press", "Bloomberg", "Kommersant", "Izvestia", "Nezavisimaya Gazeta",
    "South China Morning Post", "The Korea Herald", "Jiji Press", "NHK World", "Xinhua",
    "Global Times", "BBC News", "The Economist", "Wall Street Journal", "Moscow Times", "Vedomosti",
    "Straits Times", "Sydney Morning Herald", "Interfax", "Yonhap News Agency", "Nippon.com",
)  # fmt: skip


def held_out_keys() -> set[str]:
    keys = {raw_key(r["raw"]) for r in read_jsonl(REFSTRINGS / "anystyle_gold.jsonl")}
    keys |= {raw_key(r["raw"]) for r in read_jsonl(REFSTRINGS / "anystyle_gold_notes_style.jsonl")}
    notes = json.loads((SHARED / "gold" / "footnotes.json").read_text(encoding="utf-8"))
    return keys | {raw_key(n["raw"]) for n in notes}


# --- structured fields from a labelled record ------------------------------------------------


def _clean(text: str) -> str:
    text = text.strip().strip("“”\"„«»‘’'").strip()
    text = re.sub(r"^(?:In|in):?\s+", "", text)
    return text.rstrip(" .,;:").strip('“”"„«»').strip()


def fields_of(record: dict) -> dict[str, str]:
    """First span of each (mapped) label, cleaned of the punctuation the source style added."""
    out: dict[str, str] = {}
    for label, text in record["segments"]:
        label = map_label(label)
        if label not in out and label != "other":
            out[label] = _clean(text)
    year = re.search(r"(1[5-9]\d\d|20\d\d)", out.get("date", ""))
    out["year"] = year.group(1) if year else ""
    volume = re.match(r"\D*(\d+)\s*(?:\((\d+)\)|,?\s*(?:no\.?|issue)\s*(\d+))?", out.get("volume", ""))
    out["vol"] = volume.group(1) if volume else ""
    out["iss"] = (volume.group(2) or volume.group(3) or "") if volume else ""
    out["page"] = re.sub(r"^(?:pp?\.|S\.)\s*", "", out.get("pages", ""))
    return out


def display_names(span: str) -> str:
    """'Smith, John, and Jane Doe' stays; 'Smith, John' becomes 'John Smith' (notes order)."""
    match = re.fullmatch(r"([^\W\d][\w'’\- ]*), ((?:[^\W\d][\w'’\-]*\.? ?){1,3})", span)
    return f"{match.group(2).strip()} {match.group(1)}" if match else span


# --- rendering ---------------------------------------------------------------------------------


def date_parts(rng: random.Random, year: str) -> list[tuple[str, str]]:
    year = year or str(rng.randint(1995, 2023))
    month, day = rng.choice(MONTHS), str(rng.randint(1, 28))
    style = rng.random()
    if style < 0.7:
        return [("date", f"{month} {day:0>2}, {year}" if rng.random() < 0.2 else f"{month} {day}, {year}")]
    if style < 0.85:
        return [("date", f"{day} {month} {year}")]
    return [("date", f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}")]


def fake_url(rng: random.Random, site: str, title: str) -> str:
    host = re.sub(r"[^a-z]", "", site.lower())[:14] or "example"
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:6]) or "page"
    tld = rng.choice(["org", "com", "go.jp", "gov", "int", "ru", "net"])
    return f"https://www.{host}.{tld}/{rng.choice(['en/', 'news/', 'publications/', ''])}{slug}"


def quoted(rng: random.Random, title: str, comma: str = ",") -> str:
    left, right = rng.choice([("“", "”")] * 6 + [('"', '"'), ("„", "”"), ("‘", "’")])
    return f"{left}{title}{comma}{right}"


def render(rng: random.Random, f: dict[str, str]) -> list[tuple[str, str]] | None:
    """One synthetic footnote as ordered (label, text) segments, or None when fields are missing."""
    title = f.get("title", "")
    if not title or len(title) < 6:
        return None
    author = display_names(f["author"]) if f.get("author") else ""
    kind = rng.random()
    segs: list[tuple[str, str]] = []
    if author and rng.random() < 0.75:
        segs.append(("author", author + ","))
    if kind < 0.3 and f.get("container") and f.get("year"):  # journal article, Chicago notes
        segs.append(("title", quoted(rng, title)))
        segs.append(("container", f["container"]))
        if f.get("vol"):
            segs.append(("volume", f["vol"] + ("," if f.get("iss") else "")))
        if f.get("iss"):
            segs.append(("issue", f"no. {f['iss']}"))
        segs.append(("date", f"({f['year']})" + (":" if f.get("page") else ".")))
        if f.get("page"):
            segs.append(("pages", f["page"] + "."))
        return segs
    if kind < 0.45 and f.get("publisher") and f.get("year"):  # book
        segs.append(("title", f"*{title}*" if rng.random() < 0.5 else title))
        place = f"({f['location']}:" if f.get("location") else "("
        if f.get("location"):
            segs.append(("location", place))
            segs.append(("publisher", f"{f['publisher']},"))
        else:
            segs.append(("publisher", f"({f['publisher']},"))
        segs.append(("date", f"{f['year']})" + ("," if rng.random() < 0.5 else ".")))
        if segs[-1][1].endswith(","):
            segs.append(("pages", f"{rng.randint(1, 350)}."))
        return segs
    if kind < 0.6:  # government document / report with the issuing body in brackets
        segs = [s for s in segs if s[0] != "author"] if rng.random() < 0.6 else segs
        org = rng.choice(SITES)
        segs.append(("title", title))
        segs.append(("publisher", f"({org},"))
        segs.append(("date", f"{f.get('year') or rng.randint(1995, 2023)})."))
        return segs
    # web page or news story: “Title,” Site, Month Day, Year, URL.
    site = rng.choice(NEWSPAPERS + SITES + ((f["container"],) if f.get("container") else ()))
    segs.append(("title", quoted(rng, title) if rng.random() < 0.9 else title + ","))
    date = date_parts(rng, f.get("year", ""))
    if rng.random() < 0.8:
        segs.append(("container", site + ","))
        if rng.random() < 0.15:
            date = [("date", "last modified " + date[0][1])]
        segs.append((date[0][0], date[0][1] + ("," if rng.random() < 0.5 else ".")))
    else:
        segs.append(("container", site))
        segs.append(("date", f"({date[0][1]}),"))
    if segs[-1][1].endswith(","):
        segs.append(("url", fake_url(rng, site, title)))
        if rng.random() < 0.2:
            segs[-1] = ("url", segs[-1][1] + ",")
            segs.append(("note", "accessed " + date_parts(rng, "")[0][1] + "."))
    return segs


def newspaper_only(rng: random.Random) -> list[tuple[str, str]]:
    """'Yomiuri Shimbun, May 26, 2014.' — a news item cited by paper and date only."""
    date = date_parts(rng, str(rng.randint(1995, 2023)))[0][1]
    return [("container", rng.choice(NEWSPAPERS) + ","), ("date", date + rng.choice([".", ".", ""]))]


def synthetic(records: list[dict], count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        if rng.random() < 0.08:
            segs = newspaper_only(rng)
        else:
            segs = render(rng, fields_of(rng.choice(records)))
        if segs:
            raw = " ".join(text for _label, text in segs)
            out.append({"id": f"synthetic:{len(out)}", "raw": raw, "segments": [list(s) for s in segs]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("out", type=Path)
    parser.add_argument("--synthetic", type=int, default=0, help="number of synthetic notes to add")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sets", default="core,good", help="anystyle sets to train on")
    args = parser.parse_args(argv)
    held_out = held_out_keys()
    records = []
    for name in args.sets.split(","):
        path = REFSTRINGS / f"anystyle_{name}.jsonl"
        records += [r for r in read_jsonl(path) if raw_key(r["raw"]) not in held_out]
    records += synthetic(records, args.synthetic, args.seed)
    with open(args.out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} records ({args.synthetic} synthetic) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
