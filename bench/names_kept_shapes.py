"""Replaced words to keep, by general shape, across names rounds (names-kept2).

Reads span files written by ``names_transfer.py spans`` (one for the first measurements,
``--first``, one for the current code), scores them against the annotations of the tune
rounds and puts every replaced word to keep in one general shape read from the word, its line
and the rule that replaced it: beside or inside an identifier's span, an organisation-like
run with no identifier, a sentence or line start, after a colon, bullet or item number, a Title
Case line, ALL CAPS or an acronym, an unknown or foreign word mid-sentence, a dictionary word
mid-sentence (by rule). Per shape: words and rounds at first measurement and now.
Only tune rounds are loaded (``names_transfer.tune_items``); sealed rounds are never read.

Usage: python bench/names_kept_shapes.py FIRST.json NOW.json [--list SHAPE-PREFIX]
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

ORG_SOURCES = (
    "regio-body",
    "affiliation",
    "linked-plural",
    "linked-acronym",
    "local-party",
    "appositive",
    "adj-noun",
    "legal-form",
    "branch",
)
START = re.compile(r"(?:^|[.!?:;]\s*|[•·\-–*]\s*|^\s*\d+[.)]?\s*|^\s*[a-z][.)]\s*|[“\"‘(]\s*)$")
ITEM = re.compile(r"(?::\s*|[•·*–-]\s*|^\s*(?:\d+|[a-z])[.)]?\s*)$")
WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*")


def shape(item: dict, word: dict, found: list) -> str:
    """The general shape of one replaced word to keep."""
    from wb.dossiers.entity_data import is_dutch_word

    text, s, e = item["text"], word["start"], word["end"]
    hits = [r for r in found if r[0] < e and s < r[1]]
    rules = ",".join(sorted({r[3] for r in hits}))
    first, last = min(r[0] for r in hits), max(r[1] for r in hits)
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    before, line = text[a:s], text[a : len(text) if b < 0 else b]
    bare = text[s:e].strip(".,;:()’'")
    if any(i["start"] < last and first < i["end"] for i in item["identifiers"]):
        org = "org" in rules or rules in ORG_SOURCES
        return "beside/inside an identifier's span (" + ("org" if org else rules) + ")"
    if re.fullmatch(r"[A-Z][A-Z0-9’'-]+s?", bare) and len(bare) > 1:
        return "ALL CAPS / acronym"
    if START.search(before):
        if ITEM.search(before):
            return "after colon, bullet or item number"
        return "sentence or line start"
    words = [w for w in WORD.findall(line) if len(w) > 3]
    if len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) > 0.7:
        return "title-case line/heading"
    if "org" in rules or rules in ORG_SOURCES:
        return "in an organisation-like run (no identifier)"
    if not is_dutch_word(bare.lower()):
        return "unknown/foreign word mid-sentence"
    return "dictionary word mid-sentence (" + rules + ")"


def table(path: str) -> dict[str, list[tuple[int, str, str]]]:
    """Shape -> (round, text id, word) of every replaced word to keep in one span file."""
    spans = json.loads(Path(path).read_text(encoding="utf-8"))
    with contextlib.redirect_stdout(io.StringIO()):  # the "(skipped ...)" lines of absent texts
        items = [i for i in nt.tune_items(set(range(1, 100))) if i["id"] in spans]
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for item in items:
        _, replaced = nt.misses(item, spans[item["id"]])
        for w in replaced:
            where = shape(item, w, spans[item["id"]])
            out[where].append((item["round"], item["id"], item["text"][w["start"] : w["end"]]))
    return out


def main() -> None:
    """Print the table (markdown) and, with --list, the words of one shape now."""
    first, now = table(sys.argv[1]), table(sys.argv[2])
    keys = sorted(set(first) | set(now), key=lambda k: (-len(first.get(k, [])), k))
    print("| shape | first: words | first: rounds | now: words | now: rounds |")
    print("|---|---|---|---|---|")
    for k in keys:
        f, n = first.get(k, []), now.get(k, [])
        fr, nr = sorted({r for r, *_ in f}), sorted({r for r, *_ in n})
        print(f"| {k} | {len(f)} | {len(fr)} | {len(n)} | {len(nr)} ({','.join(map(str, nr))}) |")
    if "--list" in sys.argv:
        want = sys.argv[sys.argv.index("--list") + 1]
        for k in keys:
            if k.startswith(want):
                for rnd, tid, word in now.get(k, []):
                    print(f"  r{rnd} {tid} {word!r}")


if __name__ == "__main__":
    main()
