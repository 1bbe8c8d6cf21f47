"""Gold sentences of the codes sets that end in the opening quote of the next sentence.

Usage: python bench/codes_gold_quote_cuts.py [--fix]

wb's splitter gives an opening quotation mark before a sentence start to the sentence it opens
(``school. "Ik``: white space or the text start before the quote, a letter or digit right after
it; see wb/nlp/sentences.py). Gold cut by the old splitter ends in that quote, and the next gold
sentence starts right after it. Prints only counts and ids (set, document, row number); with
``--fix`` the quote moves to the next gold sentence in the set's gold.jsonl (the end of the
sentence before goes back over the quote and the white space before it; the codes stay).
Only the unsealed sets codes..codes12 are read; codes13 and codes14 are never opened. A document
of the set ``codes`` without its whole text is read where restore.py finds its gold sentences in
the stored page (bench/data/realtext_codes/pages/), at the gold offsets.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

sys.path.insert(0, str(Path(__file__).resolve().parent / "realtext" / "codes"))
import restore
from restore import fix, quote_cuts

#: The sets read: named here, so that a sealed set's files are never opened.
CHECKED = ["codes"] + [f"codes{n}" for n in range(2, 13)]


def page_texts(rows: list[dict]) -> dict[str, str]:
    """The set codes' documents without whole text, at the gold offsets where the page has them.

    Characters the page does not give are NUL (never white space, a quote or a letter).
    """
    by = restore.openings()
    out = {}
    for path in sorted(restore.PAGES.glob("d*.txt")):
        doc = path.stem
        if (restore.FULL / path.name).exists():
            continue
        chars = ["\0"] * max(r["end"] for r in rows if r["doc"] == doc)
        for i, _, sentence in restore.found(by[doc], path.read_text(encoding="utf-8")):
            start = by[doc][i]["start"]
            chars[start : start + len(sentence)] = sentence
        out[doc] = "".join(chars)
    return out


def main() -> None:
    """Print the cuts per set (counts and ids only); rewrite the gold with --fix."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--fix", action="store_true")
    args = parser.parse_args()
    total = 0
    for name in CHECKED:
        texts, _ = B.load_data(name=name)
        path = B.SETS[name][0] / "gold.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if name == "codes":
            texts = {**page_texts(rows), **texts}
        by: dict[str, list[dict]] = {}
        for row in rows:
            by.setdefault(row["doc"], []).append(row)
        ids = []
        for doc, doc_rows in by.items():
            if doc not in texts:
                continue
            cuts = quote_cuts(doc_rows, texts[doc])
            ids += [f"{doc}#{rows.index(doc_rows[i])}" for i in cuts]
            if args.fix:
                fix(doc_rows, texts[doc], cuts)
        missing = len(by) - len([d for d in by if d in texts])
        n = len(ids)
        print(f"{name}: {n} gold sentences end in an opening quote ({missing} texts missing)")
        if ids:
            print("  " + " ".join(ids))
        total += len(ids)
        if args.fix and ids:
            lines = [json.dumps(row, ensure_ascii=False) for row in rows]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"all: {total}" + (" (fixed)" if args.fix else ""))


if __name__ == "__main__":
    main()
