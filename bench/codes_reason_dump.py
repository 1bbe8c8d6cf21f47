"""Every suggestion a bench_codes run makes, with its reason: a before/after check of reasons.

Usage: python bench/codes_reason_dump.py OUT.jsonl [bench_codes.py arguments]

Runs bench/bench_codes.py with the given arguments and writes each suggestion ``suggest_doc``
returned (document, span, code, score, rule, reason) to OUT.jsonl, one JSON object a line, in
the order they were made. Two dumps compared without their ``reason`` show that a change of
the reason text changed no suggestion or score; ``--shapes`` prints the distinct reason shapes
of a dump (words between « », after a colon and numbers left out).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump(out: Path, argv: list[str]) -> None:
    """Run bench_codes' main with `argv`, writing every suggestion to `out`."""
    import bench_codes

    from wb.coding.suggest import Suggester

    original = Suggester.suggest_doc
    with out.open("w", encoding="utf-8") as fh:

        def recording(self, name, doc, metadata=None):
            found = original(self, name, doc, metadata)
            for s in found:
                row = [
                    s.doc,
                    s.start,
                    s.end,
                    s.match_start,
                    s.match_end,
                    s.code,
                    s.rule,
                    round(s.score, 12),
                    s.why,
                ]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            return found

        Suggester.suggest_doc = recording
        sys.argv = ["bench_codes.py", *argv]
        bench_codes.main()


def shape(reason: str) -> str:
    """A reason with its evidence left out: quoted text, numbers, lists after a colon."""
    text = regex.sub(r"«[^»]*»", "«…»", reason)
    text = regex.sub(r"'[^']*'", "'…'", text)
    text = regex.sub(r"\d+", "N", text)
    return regex.sub(r": [^;:(«]+", ": …", text)


def shapes(path: Path) -> None:
    """Print the distinct reason shapes of a dump, most frequent first, with one example."""
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        why = json.loads(line)[-1]
        key = shape(why)
        counts[key] += 1
        example.setdefault(key, why)
    for key, n in counts.most_common():
        print(f"{n:6d}  {key}\n        {example[key]}")


if __name__ == "__main__":
    if sys.argv[1] == "--shapes":
        for name in sys.argv[2:]:
            shapes(Path(name))
    else:
        dump(Path(sys.argv[1]), sys.argv[2:])
