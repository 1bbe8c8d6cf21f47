"""Rebuild a labels-bench text from a stored page excerpt (the search tool's pages corpus).

Usage: python restore_labels.py ID [RAW_FILE] [--start TEXT] [--keep-date]
RAW_FILE is a JSON string (the excerpt as returned; default bench/data/restore_raw/labels/ID.json).
Rule (bench/realtext/labels/README.md, earlier re-fetches): the excerpt from its start (a leading
" date YYYY-MM(-DD) " marker dropped, or from --start), cut at the end of the paragraph with the
last annotated occurrence (the next blank line, else line end; a paragraph the excerpt
truncates: after its last whole sentence; after the sentence when the paragraph goes on with an
annotated string). Writes bench/data/labels/ID.txt when every annotation resolves, and reports
annotated strings that occur more often than annotated (the original may be trimmed differently).
When the manifest keeps a `sha256` (batches 31-) and the rule's text differs, the excerpt run with
that hash is written instead (sha_search.py); the script says which ("sha256 exact" or "differs").
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import yaml
from sha_search import find_text

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / "bench" / "realtext" / "labels" / "manifest.yaml"
RAW = REPO / "bench" / "data" / "restore_raw" / "labels"
OUT = REPO / "bench" / "data" / "labels"
SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')\]]*)(?=\s|$)|\n")


def spans(text: str, labels: list[dict]) -> list[tuple[int, int]] | None:
    out = []
    for item in labels:
        matches = list(re.finditer(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text))
        n = item.get("n", 0)
        if n >= len(matches):
            print(f"  does not resolve: {item['text']!r} n={n} ({len(matches)} in text)")
            return None
        out.append((matches[n].start(), matches[n].end()))
    return out


def main() -> None:
    argv = sys.argv[1:]
    start_at = None
    if "--start" in argv:
        i = argv.index("--start")
        start_at = argv[i + 1].replace("\\n", "\n")
        del argv[i : i + 2]
    args = [a for a in argv if not a.startswith("--")]
    tid = args[0]
    path = Path(args[1]) if len(args) > 1 else RAW / f"{tid}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    if "--keep-date" not in sys.argv:
        raw = re.sub(r"^\s*date \d{4}-\d{2}(?:-\d{2})? ", "", raw)
    if start_at:
        raw = raw[raw.index(start_at) :]
    raw = raw.lstrip()
    entry = next(
        t for t in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))["texts"] if t["id"] == tid
    )
    labels = entry.get("labels") or []
    found = spans(raw, labels)
    if found is None:
        print(f"NO {tid}")
        return
    last = max((e for _, e in found), default=0)
    para = raw.find("\n\n", last)
    if para < 0:
        para = raw.find("\n", last)
    cut = para if para >= 0 else len(raw)
    if not re.search(r"[.!?…:][\"”’')\]]*\s*$", raw[:cut]):
        ends = [m.end() for m in SENTENCE_END.finditer(raw, last, cut) if raw[m.start()] != "\n"]
        cut = ends[-1] if ends else cut
    tail = raw[last:cut]
    if (
        any(re.search(rf"(?<!\w){re.escape(x['text'])}(?!\w)", tail) for x in labels)
        or "--sentence" in sys.argv
    ):
        m = SENTENCE_END.search(raw, last)
        cut = m.end() if m else cut
        print("  cut after the sentence (the paragraph goes on with an annotated string)")
    text = raw[:cut].rstrip() + "\n"
    if spans(text, labels) is None:
        print(f"NO {tid} after cut")
        return
    for item in labels:
        k = len(re.findall(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text))
        annotated = 1 + max(x.get("n", 0) for x in labels if x["text"] == item["text"])
        if k > annotated:
            print(f"  note: {item['text']!r} occurs {k}x, annotated {annotated}x")
    want = entry.get("sha256")
    if want and hashlib.sha256(text.encode("utf-8")).hexdigest() != want:
        hit = find_text(json.loads(path.read_text(encoding="utf-8")), want)
        if hit is None and start_at:  # a run may start inside a line (e.g. after a caption)
            hit = find_text(raw, want)
        if hit and spans(hit[1], labels) is not None:
            print(f"  the rule's text differs; the excerpt run with the sha256 is used ({hit[0]})")
            text = hit[1]
    if want:
        same = hashlib.sha256(text.encode("utf-8")).hexdigest() == want
        print(f"  sha256 {'exact' if same else 'differs from the manifest'}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{tid}.txt").write_text(text, encoding="utf-8", newline="\n")
    print(f"OK {tid}: {len(text)} chars, {len(labels)} annotations resolve")


if __name__ == "__main__":
    main()
