#!/usr/bin/env python3
"""Field-level accuracy of ``bibkit parse`` (or of the CRF tagger alone) on labelled references.

usage: parse_accuracy.py [--set NAME ...] [--limit N] [--crf-only [--model FILE]] [--errors N]

Sets (default: gold-minus-core and anystyle_gold_notes_style):
  gold-minus-core   anystyle_gold without the items also in anystyle_core (1455 refs)
  corpus-gold       the citation notes of shared/gold/footnotes.json (measurement only, never training)
  NAME              any shared/benchmarks/refstrings/NAME.jsonl

The default mode runs ``bibkit parse -`` once per set (all raws on stdin, one CSL-JSON item
per output line). ``--crf-only`` tags with ``bibkit.crf.segment`` and maps labels to fields
here. Prints precision / recall / F1 per field, micro F1 over all fields, and refs/s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import refscore  # noqa: E402

SHARED = HERE.parents[1] / "shared"
REFSTRINGS = SHARED / "benchmarks" / "refstrings"
DEFAULT_SETS = ("gold-minus-core", "anystyle_gold_notes_style")
CORPUS_FIELDS = ("author", "title", "container", "date", "volume", "pages", "url")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def raw_key(raw: str) -> str:
    """Normalised raw string used to find the same reference in two sets."""
    return " ".join(refscore.words(raw))


def load_set(name: str) -> tuple[list[str], list[dict], tuple[str, ...]]:
    """Raw strings, normalised gold fields and the fields to score for a named set."""
    if name == "corpus-gold":
        notes = json.loads((SHARED / "gold" / "footnotes.json").read_text(encoding="utf-8"))
        notes = [n for n in notes if n.get("kind") == "citation"]
        return [n["raw"] for n in notes], [corpus_gold(n) for n in notes], CORPUS_FIELDS
    if name == "gold-minus-core":
        core = {raw_key(r["raw"]) for r in read_jsonl(REFSTRINGS / "anystyle_core.jsonl")}
        records = [r for r in read_jsonl(REFSTRINGS / "anystyle_gold.jsonl") if raw_key(r["raw"]) not in core]
    else:
        path = REFSTRINGS / f"{name}.jsonl"
        if not path.exists():
            raise SystemExit(f"Error: no such set: {path}")
        records = read_jsonl(path)
    return [r["raw"] for r in records], [refstrings_gold(r["fields"]) for r in records], refscore.FIELDS


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) and value else value


def refstrings_gold(fields: dict) -> dict:
    """Gold values of a refstrings record (volume and issue compared together)."""
    raw = {name: _first(fields.get(name)) for name in refscore.FIELDS}
    raw["author"] = fields.get("author")
    raw["volume"] = " ".join(str(_first(fields.get(k)) or "") for k in ("volume", "issue")).strip()
    return raw


def corpus_gold(note: dict) -> dict:
    """Gold values of a corpus note; an issuing organisation counts as the container."""
    raw = {
        "author": note.get("author"),
        "title": note.get("title"),
        "container": note.get("container") or note.get("organization"),
        "date": note.get("date"),
        "volume": note.get("volume"),
        "pages": note.get("pages"),
        "url": note.get("url"),
    }
    return raw


def csl_prediction(item: dict, corpus: bool) -> dict:
    """Fields of one CSL-JSON item printed by ``bibkit parse``."""
    issued = item.get("issued") or {}
    parts = (issued.get("date-parts") or [[]])[0]
    raw = {
        "author": item.get("author"),
        "title": item.get("title"),
        "container": item.get("container-title"),
        "date": str(parts[0]) if parts else issued.get("raw") or issued.get("literal"),
        "volume": " ".join(str(item.get(k) or "") for k in ("volume", "issue")).strip(),
        "pages": item.get("page"),
        "publisher": item.get("publisher"),
        "location": item.get("publisher-place"),
        "url": item.get("URL"),
        "doi": item.get("DOI"),
        "edition": item.get("edition"),
    }
    if corpus:
        raw["container"] = raw["container"] or raw["publisher"]
    return raw


def span_prediction(spans: list[tuple[str, str]], corpus: bool) -> dict:
    """Fields from tagger spans: first span per label; authors and volume+issue joined."""
    first: dict[str, str] = {}
    for label, text in spans:
        if label == "date" and not refscore.normalise_year(text):
            continue
        first.setdefault(label, text)
    raw = {name: first.get(name) for name in refscore.FIELDS}
    raw["author"] = " ".join(text for label, text in spans if label == "author")
    raw["volume"] = " ".join(text for label, text in spans if label in ("volume", "issue"))
    if corpus:
        raw["container"] = raw["container"] or raw["publisher"]
    return raw


def normalised(gold: dict, predicted: dict) -> tuple[dict, dict]:
    """Normalise both sides after reconciling where the locator numbers were split.

    AnyStyle often labels "175(7):4769–76" or "178, 76–81" all as volume. When gold and
    prediction hold the same numbers in volume+pages together, only split differently,
    the prediction's split is accepted as the gold one.
    """
    gold, predicted = dict(gold), dict(predicted)
    locator = [refscore.words(f"{s.get('volume') or ''} {s.get('pages') or ''}") for s in (gold, predicted)]
    if locator[0] and locator[0] == locator[1]:
        gold["volume"], gold["pages"] = predicted.get("volume"), predicted.get("pages")
    return (
        {name: refscore.normalise(name, value) for name, value in gold.items()},
        {name: refscore.normalise(name, value) for name, value in predicted.items()},
    )


def run_parse(raws: list[str]) -> list[dict]:
    """CSL-JSON items from one ``bibkit parse -`` run over all raws."""
    stdin = "".join(raw.replace("\n", " ") + "\n" for raw in raws)
    done = subprocess.run(
        [sys.executable, "-m", "bibkit.cli", "parse", "-"],
        input=stdin, capture_output=True, text=True, encoding="utf-8", cwd=HERE.parent,
    )  # fmt: skip
    if done.returncode not in (0, 1):
        raise SystemExit(f"Error: bibkit parse failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if len(lines) != len(raws):
        raise SystemExit(f"Error: bibkit parse printed {len(lines)} items for {len(raws)} references")
    return [json.loads(line) or {} for line in lines]


def evaluate(name: str, args: argparse.Namespace) -> refscore.Tally:
    raws, golds, fields = load_set(name)
    if args.limit:
        raws, golds = raws[: args.limit], golds[: args.limit]
    corpus = name == "corpus-gold"
    started = time.perf_counter()
    if args.crf_only:
        from bibkit import crf

        spans = crf.segment_many(raws, model_path=args.model)
        predictions = [span_prediction(s, corpus) for s in spans]
    else:
        spans = None
        predictions = [csl_prediction(item, corpus) for item in run_parse(raws)]
    elapsed = time.perf_counter() - started
    tally = refscore.Tally()
    shown = 0
    for index, (raw, gold_raw, predicted_raw) in enumerate(zip(raws, golds, predictions, strict=True)):
        gold, predicted = normalised(gold_raw, predicted_raw)
        wrong = tally.add(gold, predicted, fields)
        if wrong and shown < args.errors:
            shown += 1
            print(f"--- {raw}")
            for field_name in wrong:
                print(f"    {field_name}: gold={gold.get(field_name)!r} got={predicted.get(field_name)!r}")
            if spans is not None:
                print("    spans:", spans[index])
    report(name, tally, fields, len(raws), elapsed)
    return tally


def report(name: str, tally: refscore.Tally, fields: tuple[str, ...], count: int, elapsed: float) -> None:
    print(f"\n{name}: {count} refs, {count / elapsed:.0f} refs/s")
    print(f"  {'field':10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for field_name in fields:
        if tally.gold[field_name] or tally.predicted[field_name]:
            p, r, f = tally.prf(field_name)
            gold, pred = tally.gold[field_name], tally.predicted[field_name]
            print(f"  {field_name:10} {gold:5d} {pred:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    p, r, f = tally.prf()
    print(f"  {'micro':10} {'':5} {'':5} {p:6.3f} {r:6.3f} {f:6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--set", action="append", dest="sets", help="set name (repeatable)")
    parser.add_argument("--limit", type=int, default=0, help="first N references of each set")
    parser.add_argument("--crf-only", action="store_true", help="score bibkit.crf.segment alone")
    parser.add_argument("--model", help="CRF model file for --crf-only (default: the shipped one)")
    parser.add_argument("--errors", type=int, default=0, help="print the first N wrong references")
    args = parser.parse_args(argv)
    for name in args.sets or DEFAULT_SETS:
        evaluate(name, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
