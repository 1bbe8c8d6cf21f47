"""Find a names-bench text inside a stored page excerpt by its annotations and SHA-256.

Usage: python restore_align.py ID [RAW_FILE]   (RAW_FILE: a JSON string, the excerpt as the
search tool returned it; default bench/data/restore_raw/ID.json). Writes
bench/data/realtext_names/ID.txt when a substring (or a light variant) has the manifest's SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ANN = REPO / "bench" / "realtext" / "names" / "annotations.json"
RAW = REPO / "bench" / "data" / "restore_raw"
OUT = REPO / "bench" / "data" / "realtext_names"


def variants(raw: str) -> list[tuple[str, str]]:
    """The excerpt and light variants of it (whitespace the original trimming may have changed)."""
    out = [("raw", raw)]
    nbsp = re.sub(r"\n[\u00a0 ]+(?=\n)", "\n", raw)
    out.append(("nbsp-lines", nbsp))
    out.append(("nbsp-lines-collapsed", re.sub(r"\n{3,}", "\n\n", nbsp)))
    out.append(("collapsed", re.sub(r"\n{3,}", "\n\n", raw)))
    out.append(("nbsp->space", raw.replace("\u00a0", " ")))
    out.append(("rstrip-lines", "\n".join(line.rstrip() for line in raw.split("\n"))))
    out.append(("space-lines->nbsp", re.sub(r"(?<=\n) (?=\n)", "\u00a0", raw)))
    return out


def align(item: dict, raw: str) -> tuple[int, int] | None:
    spans = sorted(item["identifiers"] + item["keep"], key=lambda s: s["start"])
    first = spans[0]
    best = None
    for m in re.finditer(re.escape(first["text"]), raw):
        s = m.start() - first["start"]
        if s < 0:
            continue
        ok = sum(raw[s + sp["start"] : s + sp["end"]] == sp["text"] for sp in spans)
        if best is None or ok > best[1]:
            best = (s, ok)
    if best is None:
        return None
    return best[0], best[1], len(spans)


def main() -> None:
    tid = sys.argv[1]
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else RAW / f"{tid}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    item = next(x for x in json.loads(ANN.read_text(encoding="utf-8")) if x["id"] == tid)
    maxend = max(s["end"] for s in item["identifiers"] + item["keep"])
    for name, text in variants(raw):
        a = align(item, text)
        if a is None:
            print(f"{name}: first span not found")
            continue
        s, ok, n = a
        print(f"{name}: start {s}, spans aligned {ok}/{n}, maxend {maxend}, len {len(text) - s}")
        for e in range(s + maxend, len(text) + 1):
            for cand in (text[s:e], text[s:e] + "\n", text[s:e].rstrip(), text[s:e].strip()):
                if hashlib.sha256(cand.encode()).hexdigest() == item["sha256"]:
                    OUT.mkdir(parents=True, exist_ok=True)
                    (OUT / f"{tid}.txt").write_text(cand, encoding="utf-8", newline="\n")
                    print(f"MATCH {tid}: variant {name}, [{s}:{e}], {len(cand)} chars -> written")
                    return
        if ok < n:
            spans = sorted(item["identifiers"] + item["keep"], key=lambda x: x["start"])
            bad = [sp for sp in spans if text[s + sp["start"] : s + sp["end"]] != sp["text"]][:3]
            for sp in bad:
                print("   misaligned:", sp, repr(text[s + sp["start"] - 10 : s + sp["end"] + 10]))
    print(f"NO MATCH {tid}")


if __name__ == "__main__":
    main()
