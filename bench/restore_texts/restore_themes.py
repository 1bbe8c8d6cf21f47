"""Find a themes-round text inside a stored page excerpt by the manifest's SHA-256.

Usage: python bench/restore_texts/restore_themes.py ID [RAW_FILE]

RAW_FILE is a JSON string, the excerpt as the search tool's pages corpus returned it (default
bench/data/restore_raw/themes/ID.json). The stored texts are the excerpt from its start (a
leading " date YYYY-MM(-DD)" of the store dropped) or from a line near it, up to where the cut-off
last fragment begins. Every such substring of the excerpt, and of light whitespace variants of
it, is checked against the manifest's sha256; a match is written to
bench/data/realtext_themes/ID.txt.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
DATE = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s*")
START_LINES = 25


def variants(raw: str) -> list[tuple[str, str]]:
    """The excerpt and light variants of it (whitespace the original trimming may have changed)."""
    out = [("raw", raw)]
    nbsp = re.sub(r"\n[\u00a0 ]+(?=\n)", "\n", raw)
    out.append(("nbsp-lines", nbsp))
    out.append(("nbsp-lines-collapsed", re.sub(r"\n{3,}", "\n\n", nbsp)))
    out.append(("collapsed", re.sub(r"\n{3,}", "\n\n", raw)))
    out.append(("nbsp->space", raw.replace("\u00a0", " ")))
    out.append(("rstrip-lines", "\n".join(line.rstrip() for line in raw.split("\n"))))
    out.append(("strip-lines", "\n".join(line.strip() for line in raw.split("\n"))))
    return out


def starts(text: str) -> list[int]:
    """Where a text may begin: the excerpt's start, after the date marker, or a line start."""
    out = [0]
    m = DATE.match(text)
    if m:
        out.append(m.end())
    pos = [m.end() for m in re.finditer(r"\n+", text)][:START_LINES]
    return sorted(set(out + pos))


def find(raw: str, sha: str) -> tuple[str, str] | None:
    """(variant name, text) of the substring with the given sha256, if any."""
    for name, text in variants(raw):
        ends = [e for e in range(1, len(text) + 1) if e == len(text) or text[e].isspace()]
        for s in starts(text):
            for e in ends:
                if e <= s:
                    continue
                chunk = text[s:e]
                for cand in (chunk, chunk + "\n", chunk.strip(), chunk.strip() + "\n"):
                    if hashlib.sha256(cand.encode("utf-8")).hexdigest() == sha:
                        return f"{name} [{s}:{e}]", cand
    return None


def main() -> None:
    """Restore one themes text from its raw excerpt file."""
    tid = sys.argv[1]
    path = (
        Path(sys.argv[2])
        if len(sys.argv) > 2
        else REPO / "bench" / "data" / "restore_raw" / "themes" / f"{tid}.json"
    )
    raw = json.loads(path.read_text(encoding="utf-8"))
    manifest = yaml.safe_load(
        (REPO / "bench" / "realtext" / "themes" / "manifest.yaml").read_text(encoding="utf-8")
    )
    entry = next((t for t in manifest["texts"] if t["id"] == tid), None)
    if entry is None or "sha256" not in entry:
        why = "staat niet in" if entry is None else "heeft geen sha256 in"
        manifest_name = "bench/realtext/themes/manifest.yaml"
        print(f"{tid} {why} {manifest_name}: niets te controleren, niets geschreven")
        sys.exit(2)
    sha = entry["sha256"]
    hit = find(raw, sha)
    if hit is None:
        print(f"NO MATCH {tid}")
        sys.exit(1)
    how, text = hit
    out = REPO / "bench" / "data" / "realtext_themes" / f"{tid}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8", newline="\n")
    print(f"MATCH {tid}: {how}, {len(text)} chars -> {out}")


if __name__ == "__main__":
    main()
