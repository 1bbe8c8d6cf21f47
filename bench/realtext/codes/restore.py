"""Restore the texts of the code-suggestion bench from pages found with the search tool.

Usage: python bench/realtext/codes/restore.py

Put each page's text (from its start, as the search tool's pages corpus returns it) in the
git-ignored bench/data/realtext_codes/pages/dNN.txt. The stored texts were lightly trimmed
(headings, names and a few sentences dropped), so a page is not the text itself: every gold
sentence is looked up in the page by its opening (the first 30 characters, kept in the gold of
commit OPENINGS) and must end where a sentence ends at the gold length.

* all sentences found: the text is rebuilt at the gold offsets and written to
  bench/data/realtext_codes/dNN.txt, checked against the sha256 in manifest.json when there;
* otherwise the found sentences alone go to bench/data/realtext_codes_sentences/ with their own
  gold (`bench_codes.py --verified-sentences` adds them), and the document is counted as skipped.
  That gold is cut the way gold.jsonl is since codes-gold-quotes: an opening quote before a
  sentence start belongs to the sentence it opens (the openings' commit still had the old cut).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from wb.nlp.sentences import OPENING_QUOTES

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "bench" / "realtext" / "codes"
PAGES = ROOT / "bench" / "data" / "realtext_codes" / "pages"
FULL = ROOT / "bench" / "data" / "realtext_codes"
SENTENCES = ROOT / "bench" / "data" / "realtext_codes_sentences"
#: The gold with sentence openings ("head"), before they were left out of gold.jsonl.
OPENINGS = "3b5ff2b"
SENTENCE_END = ".?!\"”’'):…"


def openings() -> dict[str, list[dict]]:
    """Gold sentences with their openings, by document."""
    out = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{OPENINGS}:bench/realtext/codes/gold.jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    by: dict[str, list[dict]] = {}
    for line in out.splitlines():
        row = json.loads(line)
        by.setdefault(row["doc"], []).append(row)
    return by


def found(rows: list[dict], page: str) -> list[tuple[int, int, str]]:
    """(gold index, page position, text) of each sentence found whole in the page."""
    positions: list[int | None] = []
    cursor = 0
    for row in rows:
        p = page.find(row["head"], cursor)
        positions.append(p if p >= 0 else None)
        if p >= 0:
            cursor = p + 1
    out = []
    for i, row in enumerate(rows):
        p = positions[i]
        if p is None:
            continue
        n = row["end"] - row["start"]
        text, after = page[p : p + n], page[p + n : p + n + 1]
        next_at = positions[i + 1] if i + 1 < len(rows) else None
        ends = text.rstrip()[-1:] in SENTENCE_END and (after == "" or after.isspace())
        if p + n == next_at or ends:
            out.append((i, p, text))
    return out


def quote_cuts(rows: list[dict], text: str) -> list[int]:
    """Rows (of one document, in order) whose sentence ends in the next one's opening quote."""
    found = []
    for i, row in enumerate(rows[:-1]):
        q = len(text[: row["end"]].rstrip()) - 1
        if q < row["start"] or text[q] not in OPENING_QUOTES:
            continue
        spaced = q == 0 or text[q - 1].isspace()
        if spaced and text[q + 1 : q + 2].isalnum() and rows[i + 1]["start"] == q + 1:
            found.append(i)
    return found


def fix(rows: list[dict], text: str, cuts: list[int]) -> None:
    """Move each cut's quote to the next row (in place)."""
    for i in cuts:
        q = len(text[: rows[i]["end"]].rstrip()) - 1
        rows[i]["end"] = len(text[:q].rstrip())
        rows[i + 1]["start"] = q


def rebuild(
    rows: list[dict], page: str, hits: list[tuple[int, int, str]]
) -> tuple[str, list[dict]]:
    """Text and gold from the found sentences: at the gold offsets when all were found."""
    text = ""
    previous: tuple[int, int, str] | None = None
    gold = []
    for i, p, sentence in hits:
        if previous is not None:
            j, q, before = previous
            between = page[q + len(before) : p]
            sep = "\n" if "\n" in between else " "
            text += sep * (rows[i]["start"] - rows[j]["end"]) if i == j + 1 else "\n"
        gold.append({"doc": rows[i]["doc"], "start": len(text), "end": len(text) + len(sentence)})
        gold[-1]["codes"] = rows[i]["codes"]
        text += sentence
        previous = (i, p, sentence)
    return text + "\n", gold


def main() -> None:
    """Restore what the pages allow and say per document what was done."""
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    sha = {d["id"]: d.get("sha256") for d in manifest["documents"]}
    by = openings()
    SENTENCES.mkdir(parents=True, exist_ok=True)
    partial = []
    for path in sorted(PAGES.glob("d*.txt")):
        doc = path.stem
        rows = by[doc]
        page = path.read_text(encoding="utf-8")
        hits = found(rows, page)
        text, gold = rebuild(rows, page, hits)
        codings = sum(len(rows[i]["codes"]) for i, _, _ in hits)
        total = sum(len(r["codes"]) for r in rows)
        if len(hits) == len(rows):
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if sha.get(doc) and sha[doc] != digest:
                print(f"{doc}: alle zinnen gevonden maar sha256 wijkt af; overgeslagen")
                continue
            (FULL / f"{doc}.txt").write_text(text, encoding="utf-8")
            print(f"{doc}: hersteld, {len(rows)} zinnen, {total} coderingen")
        else:
            (SENTENCES / f"{doc}.txt").write_text(text, encoding="utf-8")
            fix(gold, text, quote_cuts(gold, text))
            partial.extend(gold)
            print(
                f"{doc}: overgeslagen ({len(rows) - len(hits)} van {len(rows)} zinnen wijken af); "
                f"alleen de gevonden zinnen: {len(hits)} zinnen, {codings}/{total} coderingen"
            )
    lines = [json.dumps(row, ensure_ascii=False) for row in partial]
    (SENTENCES / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
