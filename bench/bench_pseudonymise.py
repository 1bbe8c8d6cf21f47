"""Measure wb's pseudonymisation (and deduce, when installed) on the bundled dossier corpus.

Recall per type against ``corpora/dossiers/truth.yaml``: an identifier counts as caught when
all its name characters (without titles and role words like "dhr.", "oma", "Vader", which stay
readable on purpose) are covered by replaced spans, whatever type the span got. Precision:
replaced spans that overlap no identifier of the truth. Consistency: all spellings of one truth
entity get one placeholder within a dossier; merges: one placeholder for two truth entities.

Usage: python bench/bench_pseudonymise.py [--no-deduce] [--learned]  (--learned: with the learned
names model of names27, opt-in)
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from wb.dossiers.pseudonymise import Pseudonymiser, pseudonymise_corpus

REPO = Path(__file__).resolve().parent.parent
LEARNED = "--learned" in sys.argv
DOSSIERS = REPO / "corpora" / "dossiers"
TITLE_RE = re.compile(
    r"^(?:(?:dhr|mw|mevr)\.?\s+|(?:mevrouw|meneer|oma|opa|vader|moeder)\s+)", re.IGNORECASE
)


def truth() -> dict:
    """The ground truth of the dossier corpus."""
    return yaml.safe_load((DOSSIERS / "truth.yaml").read_text(encoding="utf-8"))


def locate(text: str, needle: str, occurrence: int) -> int:
    """Start of the occurrence-th (0-based) occurrence of needle, counted like truth.yaml."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
    return pos


def name_span(text: str, item: dict) -> tuple[int, int]:
    """The identifying characters of a truth item: its span without a leading title/role."""
    start = locate(text, item["text"], item.get("occurrence", 0))
    core = TITLE_RE.sub("", item["text"])
    return start + len(item["text"]) - len(core), start + len(item["text"])


def score(texts: dict[str, str], spans: dict[str, list[tuple[int, int]]]) -> dict:
    """Recall per type, leaks, false positives and kept not_identifiers for some spans."""
    t = truth()
    covered = {f: bytearray(len(text)) for f, text in texts.items()}
    for f, items in spans.items():
        for s, e in items:
            covered[f][s:e] = b"\x01" * (e - s)
    total, caught, leaks = Counter(), Counter(), []
    in_truth = {f: bytearray(len(text)) for f, text in texts.items()}
    for item in t["identifiers"]:
        f = item["file"]
        s, e = name_span(texts[f], item)
        whole = locate(texts[f], item["text"], item.get("occurrence", 0))
        in_truth[f][whole : whole + len(item["text"])] = b"\x01" * len(item["text"])
        ok = all(covered[f][k] or texts[f][k].isspace() for k in range(s, e))
        total[item["type"]] += 1
        caught[item["type"]] += ok
        if not ok:
            leaks.append((f, item["type"], item["text"]))
    false_pos = [
        (f, texts[f][s:e])
        for f, items in spans.items()
        for s, e in items
        if not any(in_truth[f][s:e])
    ]
    replaced_look_alikes = []
    for item in t["not_identifiers"]:
        f = item["file"]
        s = texts[f].find(item["text"])
        if any(covered[f][s : s + len(item["text"])]):
            replaced_look_alikes.append(item["text"])
    n_spans = sum(len(v) for v in spans.values())
    return {
        "total": total,
        "caught": caught,
        "leaks": leaks,
        "false_pos": false_pos,
        "n_spans": n_spans,
        "look_alikes": replaced_look_alikes,
    }


def consistency(docs: dict) -> tuple[list, list]:
    """(truth entities with more than one placeholder, placeholders covering two entities)."""
    by_entity, by_placeholder = defaultdict(set), defaultdict(set)
    for item in truth()["identifiers"]:
        f = item["file"]
        dossier = f[:2]
        s, e = name_span(docs[f].original, item)
        for r in docs[f].replacements:
            if r[0] < e and s < r[1]:
                by_entity[(dossier, item["entity"])].add(r[5])
                by_placeholder[(dossier, r[5])].add(item["entity"])
    split = [(k, sorted(v)) for k, v in by_entity.items() if len(v) > 1]
    merged = [(k, sorted(v)) for k, v in by_placeholder.items() if len(v) > 1]
    return split, merged


def report(name: str, result: dict, seconds: float, n_chars: int) -> None:
    """Print one system's figures."""
    print(f"\n## {name}")
    for typ in sorted(result["total"], key=lambda k: -result["total"][k]):
        c, n = result["caught"][typ], result["total"][typ]
        print(f"{typ:12} {c:4d}/{n:<4d} {100 * c / n:6.1f}%")
    c, n = sum(result["caught"].values()), sum(result["total"].values())
    print(f"{'all':12} {c:4d}/{n:<4d} {100 * c / n:6.1f}%")
    fp = len(result["false_pos"])
    print(
        f"spans {result['n_spans']}, not an identifier {fp} ({100 * fp / result['n_spans']:.1f}%)"
    )
    print(f"look-alikes replaced: {result['look_alikes'] or 'none'}")
    print(f"leaks ({len(result['leaks'])}):")
    for leak in result["leaks"]:
        print("   ", *leak)
    for f, text in result["false_pos"][:40]:
        print("    false positive:", f, repr(text))
    print(f"time {seconds:.2f} s for {n_chars:,} characters ({n_chars / seconds:,.0f} chars/s)")


def main() -> None:
    """Run wb (and deduce) on the dossier corpus and print the figures."""
    t0 = time.perf_counter()
    docs = pseudonymise_corpus(DOSSIERS, pseudonymiser=Pseudonymiser(learned=LEARNED))
    cold = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(5):
        docs = pseudonymise_corpus(DOSSIERS, pseudonymiser=Pseudonymiser(learned=LEARNED))
    warm = (time.perf_counter() - t0) / 5
    cpu = (time.process_time() - c0) / 5
    texts = {f: d.original for f, d in docs.items()}
    n_chars = sum(len(t) for t in texts.values())
    spans = {f: [(r[0], r[1]) for r in d.replacements] for f, d in docs.items()}
    report("wb", score(texts, spans), warm, n_chars)
    n_tokens = sum(len(t.split()) for t in texts.values())
    print(
        f"{n_tokens:,} tokens: {n_tokens / cpu:,.0f} tokens/s CPU time, {n_tokens / warm:,.0f} wall"
    )
    print(f"first run (loads word lists, lexicon and dictionary): {cold:.2f} s")
    split, merged = consistency(docs)
    print(f"entities with more than one placeholder: {split or 'none'}")
    print(f"placeholders shared by two entities: {merged or 'none'}")
    if "--no-deduce" in sys.argv:
        return
    try:
        from deduce import Deduce
    except ImportError:
        print("\n(deduce is not installed: pip install deduce to compare)")
        return
    t0 = time.perf_counter()
    deduce = Deduce()
    init = time.perf_counter() - t0
    t0 = time.perf_counter()
    annotated = {f: deduce.deidentify(text) for f, text in texts.items()}
    seconds = time.perf_counter() - t0
    d_spans = {
        f: [(a.start_char, a.end_char) for a in doc.annotations] for f, doc in annotated.items()
    }
    report("deduce", score(texts, d_spans), seconds, n_chars)
    print(f"deduce start-up (lookup structures): {init:.2f} s")


if __name__ == "__main__":
    main()
