"""Tables from bench/names_firsts.py runs: false replacements by detector and by shape.

Usage: python bench/names_firsts_table.py DIR ROUND... [--prefix first_] [--list] [--guard]
(--guard: the mentions as the lowercase-evidence guard of wb.dossiers.name_case_evidence would
have left them)
DIR holds ``<prefix>r<N>.json`` files written by bench/names_firsts.py; the annotations and
texts are this worktree's (tune rounds only).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_firsts import tune_items

BULLET = re.compile(r"^\s*(?:[-•*·▪–]|\d{1,2}[.)]|[a-z]\))\s")


def shape(text: str, start: int, end: int, mention: tuple) -> str:
    """The shape of a replaced ordinary word in its text."""
    from wb.dossiers.entity_data import sentence_initial

    word = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    covered = text[mention[0] : mention[1]]
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "ALL CAPS"
    if BULLET.match(text[line_start:end]):
        return "list item"
    words = line.split()
    if len(words) <= 12 and not line.endswith((".", ";", ",", ":", "?", "!")):
        return "heading/title line"
    capitals = sum(w[:1].isupper() for w in covered.split())
    if capitals >= 2:
        return "title-case run in a sentence"
    if sentence_initial(text, start):
        return "sentence start"
    return "one capitalised word mid-sentence"


def load(folder: Path, prefix: str, number: int) -> tuple[list[dict], dict[str, list]]:
    """The round's items and its mentions per text id."""
    data = json.loads((folder / f"{prefix}r{number}.json").read_text(encoding="utf-8"))
    items = tune_items(number)
    found = {t["id"]: t["mentions"] for t in data["texts"]}
    if "--guard" in sys.argv:  # what the lowercase-evidence guard would have left of them
        from wb.dossiers.mentions import Mention
        from wb.dossiers.name_case_evidence import _guarded, _ordinary_run

        texts = {i["id"]: i["text"] for i in items}
        for key, ms in found.items():
            found[key] = [
                m
                for m in ms
                if not _guarded(mention := Mention(m[0], m[1], m[2], "", 0, m[4]))
                or not _ordinary_run(texts[key], mention)
            ]
    return items, found


def analyse(folder: Path, prefix: str, rounds: list[int]) -> dict:
    """False replacements (kept words covered), right replacements and misses per detector."""
    wrong, right, wrong_shapes, missed = Counter(), Counter(), Counter(), []
    by_detector_shape: dict[str, Counter] = defaultdict(Counter)
    false_list = []
    for number in rounds:
        items, mentions = load(folder, prefix, number)
        for item in items:
            text, found = item["text"], mentions[item["id"]]
            for ident in item["identifiers"]:
                s, e = ident["start"], ident["end"]
                hit = [m for m in found if m[0] < e and s < m[1]]
                for m in hit:
                    right[m[3]] += 1
                cover = bytearray(e - s)
                for m in hit:
                    a, b = max(m[0], s), min(m[1], e)
                    cover[a - s : b - s] = b"\x01" * (b - a)
                if not all(cover[k - s] or text[k].isspace() for k in range(s, e)):
                    missed.append((number, item["id"], ident["type"], ident["text"]))
            for word in item["keep"]:
                s, e = word["start"], word["end"]
                hit = [m for m in found if m[0] < e and s < m[1]]
                if not hit:
                    continue
                m = hit[0]
                sh = shape(text, s, e, m)
                wrong[m[3]] += 1
                wrong_shapes[sh] += 1
                by_detector_shape[m[3]][sh] += 1
                context = " ".join(text[max(0, m[0] - 30) : m[1] + 30].split())
                false_list.append((number, item["id"], word["text"], m[3], m[4], m[2], sh, context))
    return {
        "wrong": wrong,
        "right": right,
        "shapes": wrong_shapes,
        "by": by_detector_shape,
        "missed": missed,
        "false": false_list,
    }


def main() -> None:
    """Print the tables."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    prefix = sys.argv[sys.argv.index("--prefix") + 1] if "--prefix" in sys.argv else "first_"
    args = [a for a in args if a != prefix]
    folder, rounds = Path(args[0]), [int(a) for a in args[1:]]
    r = analyse(folder, prefix, rounds)
    print(f"false replacements {sum(r['wrong'].values())}, missed identifiers {len(r['missed'])}")
    print("\n| detector | false | right | precision | shapes of the false ones |")
    print("|---|---|---|---|---|")
    for det, n in r["wrong"].most_common():
        ok = r["right"][det]
        shapes = ", ".join(f"{s} {c}" for s, c in r["by"][det].most_common())
        print(f"| {det} | {n} | {ok} | {ok / (ok + n):.2f} | {shapes} |")
    print("\n| shape | false |\n|---|---|")
    for sh, n in r["shapes"].most_common():
        print(f"| {sh} | {n} |")
    if "--list" in sys.argv:
        for row in r["false"]:
            print("FALSE", *row, sep="\t")
        for row in r["missed"]:
            print("MISSED", *row, sep="\t")


if __name__ == "__main__":
    main()
