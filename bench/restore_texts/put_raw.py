"""Store a pasted page excerpt (stdin) as the JSON string the restore scripts read.

Usage: python put_raw.py ID [labels|names|themes|codesN] [--json] < excerpt.txt
Writes bench/data/restore_raw/labels/ID.json (labels, default), bench/data/restore_raw/ID.json
(names), bench/data/restore_raw/themes/ID.json (themes) or bench/data/restore_raw/codesN/ID.json
(a code set; ID is the document, e.g. d07). The one trailing newline a here-document adds is
dropped. With --json, stdin is the excerpt as a JSON string literal (quotes and escapes as the
search tool printed it), which keeps every character exactly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[2] / "bench" / "data" / "restore_raw"


def target(tid: str, kind: str) -> Path:
    """The raw-excerpt file of a text of the given kind."""
    if kind == "labels":
        return RAW / "labels" / f"{tid}.json"
    if kind == "names":
        return RAW / f"{tid}.json"
    if kind == "themes" or kind.startswith("codes"):
        return RAW / kind / f"{tid}.json"
    raise SystemExit(f"onbekende soort: {kind} (labels, names, themes of codesN)")


def main() -> None:
    """Write stdin to the raw-excerpt file of the given text."""
    args = [a for a in sys.argv[1:] if a != "--json"]
    tid = args[0]
    kind = args[1] if len(args) > 1 else "labels"
    text = sys.stdin.read()
    if "--json" in sys.argv:
        text = json.loads(text.strip())
    elif text.endswith("\n"):
        text = text[:-1]
    path = target(tid, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(text, ensure_ascii=False), encoding="utf-8")
    print(path, len(text))


if __name__ == "__main__":
    main()
