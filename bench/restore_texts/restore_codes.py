"""Rebuild a text of a code-suggestion set (codes2 ... codesN) from a stored page excerpt.

Usage: python bench/restore_texts/restore_codes.py SET DOC [RAW_FILE] [--relaxed]

RAW_FILE is a JSON string, the excerpt as the search tool's pages corpus returned it (default
bench/data/restore_raw/SET/DOC.json). The stored texts are that excerpt with whole lines dropped
(navigation, captions, metadata), list markers, a leading " date YYYY-MM" and footnote markers
taken off a line, runs of spaces inside a line made one, and the cut-off end left out. The gold
of the set covers every sentence of the text (sentence spans, whitespace gaps between them), so
the kept lines are found by a search over the excerpt's lines that puts each kept line where its
sentence starts, ends and gaps fit the gold; every full candidate is checked against the
manifest's sha256 and written to bench/data/realtext_SET/DOC.txt only on a match. With
--relaxed a line may also end inside a sentence (lines of one sentence joined by a space or a
newline).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^\s*(?:[-–—•*·▪●◦►✓]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|\(\w{1,3}\))\s+")
DATE = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s*")
FOOTNOTE = re.compile(r"(?<=[^\s\d])\[?\d{1,3}\]?(?=[\s.,;:]|$)")
LIMIT = 20000
#: One-character slips a pasted excerpt may carry (accents, quote and dash forms, a no-break space).
CONFUSABLE = {
    "'": "’‘",
    "’": "'",
    "‘": "'",
    '"': "“”„",
    "“": '"',
    "”": '"',
    "-": "–—",
    "–": "-",
    " ": "\u00a0",
    "\u00a0": " ",
    "E": "É",
    "É": "E",
    "e": "éë",
    "é": "e",
    "ë": "e",
    "i": "ï",
    "ï": "i",
}


def line_variants(line: str) -> list[str]:
    """The line and the light changes the trimming made to lines."""
    out = []
    for base in (line, line.replace("\u00a0", " "), re.sub(" {2,}", " ", line)):
        for v in (
            base,
            base.strip(),
            base.rstrip(),
            MARKER.sub("", base).strip(),
            DATE.sub("", base).strip(),
            FOOTNOTE.sub("", base).strip(),
            FOOTNOTE.sub("", MARKER.sub("", base)).strip(),
        ):
            if v and v not in out:
                out.append(v)
    return out


class Layout:
    """Sentence starts, ends and gap positions of one document's gold."""

    def __init__(self, rows: list[dict]) -> None:
        rows = sorted(rows, key=lambda r: r["start"])
        self.starts = {r["start"] for r in rows}
        self.ends = {r["end"] for r in rows}
        self.total = rows[-1]["end"]
        self.kind = [""] * (self.total + 1)  # "s" sentence char, "g" gap char
        self.next_start = {}
        for a, b in zip(rows, [*rows[1:], None], strict=True):
            for p in range(a["start"], a["end"]):
                self.kind[p] = "s"
            if b is not None:
                for p in range(a["end"], b["start"]):
                    self.kind[p] = "g"
                    self.next_start[p] = b["start"]
                self.next_start[a["end"]] = b["start"]

    def fits(self, piece: str, o: int) -> bool:
        """Whether `piece` can stand at text offset `o` (whitespace exactly in the gaps)."""
        if o + len(piece) > self.total:
            return False
        for k, ch in enumerate(piece):
            p = o + k
            if self.kind[p] == "g":
                if not ch.isspace():
                    return False
            elif p in self.starts or p + 1 in self.ends:
                if ch.isspace():
                    return False
        return True


def candidates(lines: list[str], lay: Layout, relaxed: bool) -> list[str]:
    """Every text built from kept lines that fits the gold layout (up to LIMIT)."""
    variants = [line_variants(x) for x in lines]
    out: list[str] = []

    @cache
    def dead(i: int, o: int) -> bool:
        return not list(walk(i, o, probe=True))

    def walk(i: int, o: int, probe: bool = False):
        for j in range(i, len(lines)):
            for v in variants[j]:
                pieces = [v]
                if len(v) > lay.total - o:
                    pieces = [v[: lay.total - o]]
                for piece in pieces:
                    if not lay.fits(piece, o):
                        continue
                    e = o + len(piece)
                    if e == lay.total:
                        yield piece
                        if probe:
                            return
                        continue
                    if lay.kind[e] == "g" or e in lay.ends:
                        nxt = lay.next_start.get(e)
                        if nxt is None:
                            continue
                        seps = {"\n" * (nxt - e)}
                        if nxt - e >= 2:
                            seps.add(" " + "\n" * (nxt - e - 1))
                    elif relaxed and lay.kind[e] == "s" and e not in lay.starts:
                        nxt = e + 1
                        seps = {" ", "\n"}
                    else:
                        continue
                    if nxt > lay.total or dead(j + 1, nxt):
                        continue
                    if probe:
                        yield piece
                        return
                    for sep in sorted(seps):
                        for rest in walk(j + 1, nxt):
                            yield piece + sep + rest
                            if len(out) > LIMIT:
                                return

    for text in walk(0, 0):
        out.append(text)
        if len(out) > LIMIT:
            break
    return out


def one_slip(text: str) -> list[tuple[str, str]]:
    """The text with one confusable character swapped, with a note of the swap."""
    out = []
    for i, ch in enumerate(text):
        for alt in CONFUSABLE.get(ch, ""):
            out.append((f"{i}: {ch!r}->{alt!r}", text[:i] + alt + text[i + 1 :]))
    return out


def restore(name: str, doc: str, raw: str, relaxed: bool = False) -> str | None:
    """Write the document's text when a candidate has the manifest's sha256; say what happened."""
    folder = REPO / "bench" / "realtext" / name
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    sha = next(d["sha256"] for d in manifest["documents"] if d["id"] == doc)
    rows = [
        json.loads(x)
        for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(x)["doc"] == doc
    ]
    lay = Layout(rows)
    for text_raw in (raw, DATE.sub("", raw)):
        cands = candidates(text_raw.split("\n"), lay, relaxed)
        for text in cands:
            for cand in (text, text + "\n"):
                if hashlib.sha256(cand.encode("utf-8")).hexdigest() == sha:
                    out = REPO / "bench" / "data" / f"realtext_{name}" / f"{doc}.txt"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_text(cand, encoding="utf-8", newline="\n")
                    print(f"MATCH {name} {doc}: {len(cand)} chars -> {out}")
                    return cand
        print(f"{name} {doc}: {len(cands)} candidates fit the gold layout, none has the sha256")
        for text in cands[:50]:
            for note, slip in one_slip(text):
                for cand in (slip, slip + "\n"):
                    if hashlib.sha256(cand.encode("utf-8")).hexdigest() == sha:
                        print(f"{name} {doc}: matches with one character swapped ({note}); fix the")
                        print("  raw excerpt if it is a paste slip, else note it as a deviation")
                        return None
    return None


def main() -> None:
    """Restore one document from its raw excerpt file."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    name, doc = args[0], args[1]
    path = (
        Path(args[2])
        if len(args) > 2
        else REPO / "bench" / "data" / "restore_raw" / name / f"{doc}.json"
    )
    raw = json.loads(path.read_text(encoding="utf-8"))
    if restore(name, doc, raw, "--relaxed" in sys.argv) is None:
        print(f"NO MATCH {name} {doc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
