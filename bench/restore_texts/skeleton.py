"""Print the annotated words of a names-bench text in order (to build a search query)."""

import json
import sys
from pathlib import Path

items = {
    x["id"]: x
    for x in json.load(
        open(Path(__file__).resolve().parents[2] / "bench/realtext/names/annotations.json")
    )
}
for tid in sys.argv[1:]:
    x = items[tid]
    spans = sorted(x["identifiers"] + x["keep"], key=lambda s: s["start"])
    print(tid, " ".join(f"{s['start']}:{s['text']}" for s in spans[:40]))
