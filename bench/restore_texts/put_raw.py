"""Store a pasted page excerpt (stdin) as the JSON string the restore scripts read.

Usage: python put_raw.py ID [labels|names] < excerpt.txt
Writes bench/data/restore_raw/labels/ID.json (labels, default) or bench/data/restore_raw/ID.json
(names); the one trailing newline a here-document adds is dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[2] / "bench" / "data" / "restore_raw"


def main() -> None:
    """Write stdin to the raw-excerpt file of the given text."""
    tid = sys.argv[1]
    kind = sys.argv[2] if len(sys.argv) > 2 else "labels"
    text = sys.stdin.read()
    if text.endswith("\n"):
        text = text[:-1]
    path = RAW / "labels" / f"{tid}.json" if kind == "labels" else RAW / f"{tid}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(text, ensure_ascii=False), encoding="utf-8")
    print(path, len(text))


if __name__ == "__main__":
    main()
