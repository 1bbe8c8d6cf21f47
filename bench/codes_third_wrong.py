"""The wrong suggestions after a third, by source and by code (codes45).

Usage: python bench/codes_third_wrong.py DUMP [--row main] [--top 30]

Reads the ``--dump`` of ``codes_third_gain.py`` (JSON lines, every suggestion of the rest per
set, split and row). A suggestion of the row after the third (``--row``, default "main") comes
from the codebook's own evidence when the codebook alone ("alone": learned nothing, same corpus)
suggests the same (document, sentence, code) on the rest; otherwise learning added it, and its
kind says which learner (reach, neighbour, nearest, child, passage, ...). Printed: right / wrong
per set and split by source, pooled; learning's additions by whether the codebook alone has
another code on the sentence and whether the researcher coded the sentence otherwise or not at
all; the codes with the most wrong suggestions, codebook and learned apart; and per learned
code of a split whose codebook evidence the coded third shows imprecise (the codebook alone's
suggestions of the code in the third right less than half the time), right / wrong.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: The source of a suggestion the codebook alone makes too.
CODEBOOK = "codebook"


def read_dump(path: Path) -> list[dict[str, Any]]:
    """The rows of a ``codes_third_gain.py --dump`` file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _sentence(r: dict[str, Any]) -> tuple[str, str, str, int]:
    return (r["set"], r["split"], r["doc"], r["sent"])


def _alone(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str, str, int], set[str]]:
    """Per sentence of a rest, the codes the codebook alone suggests there."""
    out: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)
    for r in rows:
        if r["row"] == "alone" and r["suggested"]:
            out[_sentence(r)].add(r["code"])
    return out


def source_of(r: dict[str, Any], alone: dict[tuple[str, str, str, int], set[str]]) -> str:
    """ "codebook" when the codebook alone suggests the same coding, else the learner's kind."""
    return CODEBOOK if r["code"] in alone.get(_sentence(r), set()) else r["kind"]


def by_source(rows: list[dict[str, Any]], row: str = "main") -> Counter[tuple[str, str, str, bool]]:
    """(set, split, source, right) counts of the suggestions of `row`."""
    alone = _alone(rows)
    return Counter(
        (r["set"], r["split"], source_of(r, alone), r["right"])
        for r in rows
        if r["row"] == row and r["suggested"]
    )


def added_status(rows: list[dict[str, Any]], row: str = "main") -> Counter[tuple[str, str, str]]:
    """(kind, codebook on the sentence, researcher on the sentence) of learning's additions:
    "other code" / "none" for the codebook alone, "right" / "other code" / "uncoded" for the
    researcher."""
    alone = _alone(rows)
    out: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        if r["row"] != row or not r["suggested"] or source_of(r, alone) == CODEBOOK:
            continue
        book = "other code" if alone.get(_sentence(r), set()) - {r["code"]} else "none"
        coder = "right" if r["right"] else ("other code" if r["gold"] else "uncoded")
        out[(r["kind"], book, coder)] += 1
    return out


def third_precision(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], tuple[int, int]]:
    """Per (set, split, code): right and all suggestions of the codebook alone in the coded
    third (the "alone, split" row on the third's documents)."""
    out: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["row"] == "alone, split" and r["third"] and r["suggested"]:
            c = out[(r["set"], r["split"], r["code"])]
            c[0] += r["right"]
            c[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def added_by_third(
    rows: list[dict[str, Any]], row: str = "main", share: float = 0.5
) -> Counter[tuple[str, str, bool]]:
    """(kind, how the coded third rates the code's codebook evidence, right) of learning's
    additions: "not in the third" (no suggestion of the code there), "imprecise" (right less
    than `share` of the time) or "precise"."""
    alone = _alone(rows)
    third = third_precision(rows)
    out: Counter[tuple[str, str, bool]] = Counter()
    for r in rows:
        if r["row"] != row or not r["suggested"] or source_of(r, alone) == CODEBOOK:
            continue
        right, n = third.get((r["set"], r["split"], r["code"]), (0, 0))
        rated = "not in the third" if not n else ("imprecise" if right / n < share else "precise")
        out[(r["kind"], rated, r["right"])] += 1
    return out


def _set_order(key: tuple[str, str]) -> tuple[int, str]:
    digits = key[0].removeprefix("codes")
    return (int(digits) if digits.isdigit() else 1, key[1])


def main() -> None:
    """Print the tables of a dump."""
    parser = argparse.ArgumentParser()
    parser.add_argument("dump", type=Path)
    parser.add_argument("--row", default="main")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    rows = read_dump(args.dump)
    counts = by_source(rows, args.row)
    sources = sorted({k[2] for k in counts}, key=lambda s: (s != CODEBOOK, s))
    print("set      split      " + " ".join(f"{s:>12}" for s in sources) + "  (right / wrong)")
    pooled: Counter[tuple[str, bool]] = Counter()
    for key in sorted({k[:2] for k in counts}, key=_set_order):
        cells = []
        for s in sources:
            right, wrong = counts[(*key, s, True)], counts[(*key, s, False)]
            pooled[(s, True)] += right
            pooled[(s, False)] += wrong
            cells.append(f"{right:>5} / {wrong:<4}")
        print(f"{key[0]:8} {key[1]:8}  " + " ".join(cells))
    print(
        "pooled             "
        + " ".join(f"{pooled[(s, True)]:>5} / {pooled[(s, False)]:<4}" for s in sources)
    )
    print("\nlearning's additions (kind, codebook alone on the sentence, researcher): count")
    for key, n in sorted(added_status(rows, args.row).items()):
        print(f"  {key}: {n}")
    print(
        "\nlearning's additions by the code's codebook evidence in the coded third (right / wrong)"
    )
    third = added_by_third(rows, args.row)
    for kind, rated in sorted({k[:2] for k in third}):
        print(
            f"  {kind:10} {rated:17} {third[(kind, rated, True)]:4} / {third[(kind, rated, False)]}"
        )
    print("\nmost wrong suggestions by code (source: codebook or learned)")
    alone = _alone(rows)
    wrong = Counter(
        (
            r["set"],
            r["split"],
            r["code"],
            "codebook" if source_of(r, alone) == CODEBOOK else "learned",
        )
        for r in rows
        if r["row"] == args.row and r["suggested"] and not r["right"]
    )
    for (set_name, split, code, src), n in wrong.most_common(args.top):
        print(f"  {n:3} {set_name:8} {split:8} {src:8} {code}")


if __name__ == "__main__":
    main()
