"""Write the label hits of this checkout's wb on some batches of the real texts, as JSON.

For the scope breakdown of a round's first measurement (labels25): run this file with the wb
of the commit that measured the round, then score the hits with today's annotations and scope
rule (``bench/bench_labels.py --hits FILE``). Only tune material: batches up to 23.

    git -C /work/main archive COMMIT wb codebooks | tar -x -C /tmp/wb-COMMIT
    PYTHONPATH=/tmp/wb-COMMIT python bench/dump_label_hits.py --batches 19 --commit COMMIT \\
        --out /tmp/hits-r16.json

It uses only the API every wb since round 6 has: ``LabelFinder(lexicon).fit().find(id, text,
self_terms=..., metadata=...)``, with the document's genre as metadata, as bench_labels does
(without metadata where that wb takes none).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LAST_TUNE_BATCH = 23  # batches 24 and 25 are being collected: never read here


def main() -> None:
    """Dump the hits of the LabelFinder on PYTHONPATH for the texts of some batches."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="+", required=True)
    parser.add_argument("--commit", default="?")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if max(args.batches) > LAST_TUNE_BATCH:
        raise SystemExit(f"alleen tune-materiaal: batch {LAST_TUNE_BATCH} of lager")
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms

    root = Path(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or HERE.parent)
    lexicon = root / "codebooks" / "labels.yaml"
    manifest = yaml.safe_load((HERE / "realtext/labels/manifest.yaml").read_text("utf-8"))
    finder = LabelFinder(lexicon).fit()
    out = {}
    for entry in manifest["texts"]:
        if entry.get("batch", 1) not in args.batches:
            continue
        folder = HERE / "realtext/labels/texts" if entry.get("committed") else HERE / "data/labels"
        path = folder / f"{entry['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        meta = {"genre": entry.get("genre", "")}
        try:
            hits = finder.find(entry["id"], text, self_terms=self_terms(None), metadata=meta)
        except TypeError:  # wb before genre metadata (rounds 4-9)
            hits = finder.find(entry["id"], text, self_terms=self_terms(None))
        out[entry["id"]] = [h.to_json() for h in hits]
    args.out.write_text(json.dumps({"commit": args.commit, "hits": out}, ensure_ascii=False))
    print(f"{len(out)} teksten, {sum(len(h) for h in out.values())} treffers -> {args.out}")


if __name__ == "__main__":
    main()
