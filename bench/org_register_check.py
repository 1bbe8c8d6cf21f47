"""What a list of organisation names from a public register would find on the names check.

For a register file (one name per line, UTF-8; kept out of git under bench/data/registers/,
see bench/README.md, section orgs2), over the tune rounds of bench/realtext/names (sealed
rounds left out):

* coverage: the annotated organisations and schools (entities per text) that have a mention
  equal to a register name (case-insensitive);
* a dry run of the list alone: every whole-word, case-sensitive occurrence of a register name
  in a text (the longest first; names that are national, kept terms, places, or one ordinary
  word are skipped, as wb would skip them) counts as right when it overlaps an annotated
  organisation or school, as an ordinary word replaced when it overlaps a word to keep, and
  as other otherwise; per round for rounds given with --rounds.

Usage: python bench/org_register_check.py FILE [--rounds 26,27,28]
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_names import load, selected  # noqa: E402

ORG_TYPES = ("ORGANISATIE", "SCHOOL")


def usable(name: str) -> bool:
    """A register name wb could look for: no kept term, national name, place or single
    ordinary word."""
    from wb.dossiers.entity_data import is_dutch_word, places
    from wb.dossiers.org_words import kept_terms, national_name

    if len(name) < 3 or name in kept_terms() or national_name(name) or name in places():
        return False
    return " " in name or not is_dutch_word(name.lower())


def main() -> None:
    """Print coverage and the dry run of one register file."""
    names = [n.strip() for n in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
    names = sorted({n for n in names if n}, key=len, reverse=True)
    lower = {n.lower() for n in names}
    shown = []
    if "--rounds" in sys.argv:
        shown = [int(r) for r in sys.argv[sys.argv.index("--rounds") + 1].split(",")]
    listed = [n for n in names if usable(n)]
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, listed)) + r")(?![\w-])")
    coverage: dict[int, Counter] = defaultdict(Counter)
    run: dict[int, Counter] = defaultdict(Counter)
    for item in selected(load(), []):
        entities: dict[str, set[str]] = defaultdict(set)
        for s in item["identifiers"]:
            if s["type"] in ORG_TYPES:
                entities[s["entity"]].add(s["text"].lower())
        for mentions in entities.values():
            coverage[item["round"]]["entities"] += 1
            coverage[item["round"]]["covered"] += bool(mentions & lower)
        for m in rx.finditer(item["text"]):
            hit = [s for s in item["identifiers"] if s["start"] < m.end() and m.start() < s["end"]]
            kept = [k for k in item["keep"] if k["start"] < m.end() and m.start() < k["end"]]
            kind = "right" if hit and all(s["type"] in ORG_TYPES for s in hit) else "other"
            kind = "ordinary" if kept and not hit else kind
            run[item["round"]][kind] += 1
            if kind != "right":
                print(f"  {kind}: {item['id']} {m[0]!r}")
    total_cov, total_run = sum(coverage.values(), Counter()), sum(run.values(), Counter())
    print(f"{len(names)} names, {len(listed)} usable")
    for r in shown:
        cov = coverage[r]
        print(f"round {r}: coverage {cov['covered']}/{cov['entities']}, {dict(run[r])}")
    print(f"tune: coverage {total_cov['covered']}/{total_cov['entities']}, {dict(total_run)}")


if __name__ == "__main__":
    main()
