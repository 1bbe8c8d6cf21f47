"""Organisations missed on the tune rounds by shape and context, before and after a change
(names-orgs3).

Reads two span files of ``names_transfer.py spans`` (BEFORE, AFTER) and puts every ORGANISATIE
identifier missed in BEFORE in one shape, read from its own words, the words right before it
and the word lists (never from a string of the texts): a capitalised club kind before the name
("Toneelgroep X", "Schutterij St. X"), a club compound before it ("IJsvereniging X",
"Xvereniging ‘Y’", "Xse Yclub"), a dotted club abbreviation ("v.v. X"), a lodging's or venue's
kind before it ("hotel de X"), a party's acronym before a member's role ("X-raadslid"), an
acronym alone, a name in capitals, a bare short form after an article, in quotes, one word or
several words without a kind noun. Per shape and per round group: missed before, still missed
after. Only texts in both files count (one list).

Usage:
  python bench/names_orgs3_table.py BEFORE.json AFTER.json [--rounds 52-53] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

CLUB_KIND = re.compile(
    r"(?:Fanfare|Harmonie|Schutterij|Gilde|Toneelgroep|Koor|Drumband|Muziekkorps)[ ]$"
)
CLUB_COMPOUND = re.compile(r"^(?:IJ|[A-Z])[a-zë]+(?:vereniging|club|bond)\b|^[A-Z][a-z]+se [A-Z]")
CLUB_KIND_IN = re.compile(r"(?:Fanfare|Harmonie|Schutterij|Gilde|Toneelgroep)\b")
ACRONYM = re.compile(r"[A-Za-z]{2,6}")
VENUE_KIND = re.compile(r"(?:pension|hotel|camping|park|huis|hal|zaal)[ ](?:de[ ]|het[ ])?$")


def org_shape(ident: str, before: str, after: str) -> str:
    """The shape of a missed organisation from its words and the words around it."""
    words = ident.split()
    if CLUB_KIND.search(before) or CLUB_KIND_IN.match(ident):
        return "a capitalised club kind before the name"
    if CLUB_COMPOUND.search(ident):
        return "a club compound (IJ-, quoted name, stop words, a place's adjective)"
    if re.search(r"(?:^|[ (])(?:[a-z]\.){2,4}[ ]$", before):
        return "a dotted club abbreviation before it (v.v.)"
    if VENUE_KIND.search(before):
        return "a lodging's or venue's kind before it (lowercase)"
    if re.fullmatch(r"[A-Z]{2,5}", ident) and after.startswith("-"):
        return "acronym before a member's role (X-raadslid)"
    if len(words) == 1 and ACRONYM.fullmatch(ident) and sum(c.isupper() for c in ident) >= 2:
        return "acronym alone"
    if ident.isupper():
        return "name in capitals"
    if re.search(r"[‘'\"“]$", before):
        return "in quotes"
    if re.search(r"(?:^|\s)(?:de|het)\s*$", before):
        return "after de/het, no kind noun"
    if len(words) == 1:
        return "one word, no kind noun"
    return "several words, no kind noun"


def table(before: dict, after: dict, rounds: set[int], examples: bool) -> dict[str, list]:
    """Shape -> [(round, missed after?)] for the organisations missed in BEFORE."""
    out: dict[str, list] = defaultdict(list)
    for item in nt.tune_items(rounds):
        if item["id"] not in before or item["id"] not in after:
            continue
        text = item["text"]
        still = {(i["start"], i["end"]) for i in nt.misses(item, after[item["id"]])[0]}
        for ident in nt.misses(item, before[item["id"]])[0]:
            if ident["type"] != "ORGANISATIE":
                continue
            s, e = ident["start"], ident["end"]
            shape = org_shape(ident["text"], text[max(0, s - 30) : s], text[e : e + 12])
            out[shape].append((item["round"], (s, e) in still))
            if examples:
                print(f"  {shape}: r{item['round']} {item['id']} {ident['text']!r}")
    return out


def main() -> None:
    """Print the table as Markdown."""
    before, after = (json.loads(Path(f).read_text(encoding="utf-8")) for f in sys.argv[1:3])
    arg = sys.argv[sys.argv.index("--rounds") + 1] if "--rounds" in sys.argv else "1-53"
    rows = table(before, after, nt.parse_rounds(arg), "--examples" in sys.argv)
    print("| shape | missed before | rounds | still missed after | rounds after |")
    print("|---|---|---|---|---|")
    for shape in sorted(rows, key=lambda k: -len(rows[k])):
        b = rows[shape]
        a = [r for r, left in b if left]
        rb = ", ".join(map(str, sorted({r for r, _ in b})))
        ra = ", ".join(map(str, sorted(set(a)))) or "-"
        print(f"| {shape} | {len(b)} | {rb} | {len(a)} | {ra} |")


if __name__ == "__main__":
    main()
