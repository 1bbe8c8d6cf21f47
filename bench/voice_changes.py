"""Voice changes of a code change, per round: which matched hits turn right or wrong.

Dump this checkout's voice of every matched pair on all unsealed texts, then compare two dumps
round by round (voice-firsts):

    PYTHONPATH=$PWD python bench/voice_changes.py --dump /tmp/before.json
    ... (change the code)
    PYTHONPATH=$PWD python bench/voice_changes.py --dump /tmp/after.json
    PYTHONPATH=$PWD python bench/voice_changes.py --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_labels import (  # noqa: E402
    SEALED_BATCHES,
    AnnotationMismatch,
    gold_spans,
    group_of,
    text_path,
)


def dump(out: Path) -> None:
    """Write {text id: [[gold index, gold voice, found voice, round], ...]} for matched pairs."""
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms

    manifest = yaml.safe_load((HERE / "realtext/labels/manifest.yaml").read_text("utf-8"))
    finder = LabelFinder(HERE.parent / "codebooks" / "labels.yaml").fit()
    res: dict[str, list] = {}
    for entry in manifest["texts"]:
        if entry.get("batch", 1) in SEALED_BATCHES:
            continue  # never read
        path = text_path(entry)
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        meta = {"genre": entry.get("genre", "")}
        hits = finder.find(
            entry["id"], finder.nlp(text), self_terms=self_terms(None), metadata=meta
        )
        used: set[int] = set()
        rows = []
        for g, (a, b, item) in enumerate(gold):
            m = next(
                (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end), None
            )
            if m is None:
                continue
            used.add(m)
            rows.append([g, item["voice"], hits[m].voice, group_of(entry)])
        res[entry["id"]] = rows
    out.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    print(f"{len(res)} teksten, {sum(len(r) for r in res.values())} paren -> {out}")


def compare(before: Path, after: Path) -> None:
    """Print per round: pairs, voice right before and after, turned right, turned wrong."""
    a = json.loads(before.read_text("utf-8"))
    b = json.loads(after.read_text("utf-8"))
    c: Counter = Counter()
    rounds = set()
    for tid, rows in a.items():
        now = {r[0]: r for r in b.get(tid, [])}
        for g, gold, voice, rnd in rows:
            if g not in now:
                continue
            rounds.add(rnd)
            new = now[g][2]
            c[(rnd, "n")] += 1
            c[(rnd, "before")] += voice == gold
            c[(rnd, "after")] += new == gold
            c[(rnd, "+")] += voice != gold and new == gold
            c[(rnd, "-")] += voice == gold and new != gold
    print("ronde          paren  voor    na   +   -")
    for rnd in sorted(rounds, key=lambda r: (len(r), r)):
        print(
            f"{rnd:14s} {c[(rnd, 'n')]:5d} {c[(rnd, 'before')]:5d} {c[(rnd, 'after')]:5d} "
            f"{c[(rnd, '+')]:3d} {c[(rnd, '-')]:3d}"
        )
    tot = {k: sum(c[(r, k)] for r in rounds) for k in ("n", "before", "after", "+", "-")}
    print(
        f"{'alle':14s} {tot['n']:5d} {tot['before']:5d} {tot['after']:5d} "
        f"{tot['+']:3d} {tot['-']:3d}"
    )


def main() -> None:
    """Dump or compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
    if args.compare:
        compare(*args.compare)


if __name__ == "__main__":
    main()
