"""Organisations introduced once by their kind, then named alone: a support table (names-orgs2).

A text often introduces a local organisation with its kind once ("speeltuin en buurthuis de
Xyz", "kringloopwinkel Het Xyz", "Xyz, de kinderopvang in het dorp,", "Xyz (een stichting
voor ...)") and later names it alone ("bij de Xyz", "Xyz organiseert ..."). For each cue this
script finds the introduced names in every present tune text and sorts every occurrence of
such a name in its text by the annotations and a span file (``names_transfer.py spans``):
an organisation or school missed or caught, another identifier, a word to keep kept or
REPLACED, not annotated. It prints the counts per cue and round: a cue becomes a rule only
with gains in 3 rounds or more and no kept word it would replace on balance. Only tune
rounds are loaded (``names_transfer.tune_items``).

Usage: python bench/org_introduced_shapes.py SPANS.json [--rounds 1-42] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from names_transfer import misses, parse_rounds, tune_items  # noqa: E402

from wb.dossiers.org_introduced import CUES  # noqa: E402


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Every occurrence of a name in the text, whole words, case as written."""
    return [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)]


def classify(item: dict, found: list, start: int, end: int) -> str:
    """What the annotations say of text[start:end] and whether the span file replaced it."""
    missed, replaced = misses(item, found)
    missed_at = {(i["start"], i["end"]) for i in missed}
    ids = [i for i in item["identifiers"] if i["start"] < end and start < i["end"]]
    if ids:
        kind = ids[0]["type"]
        kind = "org" if kind in ("ORGANISATIE", "SCHOOL") else "other id"
        return kind + (" missed" if (ids[0]["start"], ids[0]["end"]) in missed_at else " caught")
    keep = [w for w in item["keep"] if w["start"] < end and start < w["end"]]
    if keep:
        hit = any(w in replaced for w in keep)
        return "kept word " + ("REPLACED" if hit else "kept")
    return "not annotated"


def main() -> None:
    argv = sys.argv[1:]
    spans = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    rounds = parse_rounds(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else None
    show = "--examples" in argv
    table: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for item in tune_items(rounds or set(range(1, 100))):
        if item["id"] not in spans:
            continue
        text, found = item["text"], spans[item["id"]]
        for cue, finder in CUES.items():
            intro = finder(text)
            spots = {(m.start, m.end) for m in intro}
            for short in {m.extra.get("named_short") or m.extra["short"] for m in intro}:
                spots |= {
                    (s, e)
                    for s, e in occurrences(text, short)
                    if not any(m.start <= s < m.end for m in intro)
                }
            for s, e in sorted(spots):
                what = classify(item, found, s, e)
                table[cue][item["round"]][what] += 1
                if show:
                    line = text[max(0, s - 50) : e + 25].replace("\n", " / ")
                    print(f"  {cue} r{item['round']} {item['id']} {what}: {text[s:e]!r} :: {line}")
    for cue, per_round in table.items():
        total: Counter = Counter()
        print(f"== {cue}")
        for rnd in sorted(per_round):
            total.update(per_round[rnd])
            print(f"  round {rnd}: {dict(per_round[rnd])}")
        gain_rounds = sorted(r for r, c in per_round.items() if c["org missed"])
        print(f"  all: {dict(total)}; org missed in rounds {gain_rounds}")


if __name__ == "__main__":
    main()
