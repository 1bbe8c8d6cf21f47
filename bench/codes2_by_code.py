"""codes2 tune documents by batch and by code: gold, right and suggested (wb codebook, no coded
third). Tune only by construction: it never reads a held-out document's suggestions.

Usage: python bench/codes2_by_code.py [OPTIONS_JSON]   (CodeModel options, as --options)
Batch 1 is the 7 tune documents of codes-r2 (d05-d19), batch 2 the 12 of codes7 (d21-d32).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings
from wb.coding.suggest import Suggester
from wb.nlp import load


def main() -> None:
    """Print recall/precision per batch and gold/right/suggested per code."""
    options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    book = load_codebook(B.SETS["codes2"][0] / "codebook.yaml")
    texts, gold = B.load_data(False, "codes2")
    nlp = load()
    docs = B.split(sorted(texts), "codes2")["tune"]
    pred = B.run(lambda: Suggester(book, nlp, expand=True, **options), texts, gold, docs)
    truth = gold_codings({d: gold[d] for d in docs})
    second = [d for d in docs if int(d[1:]) > 20]
    for part, ds in (("batch 1", [d for d in docs if d not in second]), ("batch 2", second)):
        t = {x for x in truth if x[0] in ds}
        p = {x for x in pred if x[0] in ds}
        right = t & p
        print(
            f"{part}: recall {len(right) / len(t):.3f} precision {len(right) / max(1, len(p)):.3f}"
            f" gold {len(t)} suggested {len(p)}"
        )
        g, r, s = (Counter(c for _, _, c in x) for x in (t, right, p))
        for code in sorted(g | s):
            print(f"  {code:50} gold {g[code]:3d} right {r[code]:3d} suggested {s[code]:3d}")


if __name__ == "__main__":
    main()
