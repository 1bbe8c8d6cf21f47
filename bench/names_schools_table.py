"""Schools missed at each round's first measurement, by shape, and whether the current code
still misses them (tune rounds only; names-schools1).

Reads two span files of ``names_transfer.py spans`` (FIRST: ``--first``, each round's frozen
code; NOW: the current code) and puts every SCHOOL identifier missed in FIRST in one shape read
from its words and its line (never from a string of the texts): a team in a tournament (a number
after the name, a ranking line), a kind word or acronym before the name ("basisschool",
"OBS/CBS/KBS/ODS/KC/IKC X"), SG/CSG/RSG/OSG, a name glued to "-school/-college" ("X Yschool"),
"X School/College/Lyceum" or "Lyceum/College X" apart, an acronym defined in brackets, a school
inside brackets or a list, after a person ("NAME van de X"), after "op/naar/van/bij de", after an
article elsewhere ("De X"), one word elsewhere, several words elsewhere. A second column says
whether a place follows ("in/uit/te" + a capitalised word). Per shape: misses at first
measurement, in how many rounds, how many of them are still missed now and in which rounds.

Usage:
  python bench/names_schools_table.py FIRST.json NOW.json [--rounds 4-50] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

SHAPES = (
    "team in a tournament (a number after the name, a ranking line)",
    "kind word or acronym + name (basisschool/OBS/CBS/KBS/ODS/KC/IKC X)",
    "SG/CSG/RSG/OSG + name",
    "name glued to a kind word (X Yschool, X-School, XCollege)",
    "X School/College/Lyceum/Gymnasium or Lyceum/College X (kind word apart)",
    "acronym defined in brackets",
    "inside brackets or in a list of schools",
    "after a person (NAME van de X)",
    "after op/naar/van/bij/met de|het (no kind word)",
    "after an article elsewhere (De X)",
    "one word elsewhere",
    "several words elsewhere",
)
ARTICLE = r"(?:[Dd]e|[Hh]et|'t|’t|[Dd]en)"
TEAM_AFTER = re.compile(r"[ ]?-?[ ]?\d{1,2}(?!\d)")
RANKING_BEFORE = re.compile(r"^\s*\d{1,2}\.?\s+(?:(?:t|'t|’t|De|Het)\s+)?$")
KIND_BEFORE = re.compile(
    rf"(?:\b(?:[a-z]*scho(?:ol|len)|[Kk]indcentrum|[A-Z]{{2,5}})\s+(?:{ARTICLE}\s+)?)$"
)
SG_BEFORE = re.compile(rf"\b[A-Z]?SG\s+(?:{ARTICLE}\s+)?$")
GLUED_KIND = re.compile(r"\w(?:-?[Ss]chool|-?[Cc]ollege|-?[Ll]yceum)$")
KIND_APART = re.compile(r"\b(?:School|College|Lyceum|Gymnasium)\b")
PERSON_VAN = re.compile(rf"\b[A-Z][a-zé]+\s+van\s+(?:{ARTICLE}\s+)?$")
PREP_ART = re.compile(rf"\b(?:op|naar|van|bij|met|voor|aan|in)\s+{ARTICLE}\s+$", re.I)
ART_BEFORE = re.compile(rf"(?:^|\W){ARTICLE}\s+$")


def shape(item: dict, ident: dict) -> str:
    """The shape of one missed school identifier."""
    text = item["text"]
    s, e = ident["start"], ident["end"]
    span = text[s:e]
    before, _, after = nt._line(text, s, e)
    words = span.split()
    if TEAM_AFTER.match(after) or re.search(r"\d$", span) or RANKING_BEFORE.search(before):
        return SHAPES[0]
    if SG_BEFORE.search(before) or re.match(r"[A-Z]?SG\b", span):
        return SHAPES[2]
    if KIND_BEFORE.search(before):
        return SHAPES[1]
    if GLUED_KIND.search(words[-1]):
        return SHAPES[3]
    if KIND_APART.search(span) or KIND_APART.match(after.lstrip()) or KIND_APART.search(before):
        return SHAPES[4]
    if span.isupper() and (after.lstrip().startswith(")") or before.rstrip().endswith("(")):
        return SHAPES[5]
    if re.search(rf"(?:[(,]|\ben)\s*(?:{ARTICLE}\s+)?$", before):
        return SHAPES[6]
    if PERSON_VAN.search(before):
        return SHAPES[7]
    if PREP_ART.search(before):
        return SHAPES[8]
    if ART_BEFORE.search(before):
        return SHAPES[9]
    return SHAPES[10] if len(words) == 1 else SHAPES[11]


def place_after(item: dict, ident: dict) -> bool:
    """True when "in", "uit" or "te" and a capitalised word follow the school."""
    _, _, after = nt._line(item["text"], ident["start"], ident["end"])
    return bool(re.match(r"\s+(?:in|uit|te)\s+[A-Z]", after))


def school_rows(argv: list[str]) -> tuple[list[dict], set[int], dict[str, int], dict[str, list]]:
    """The schools of the tune texts present in both span files, as rows (round, id, span,
    missed now, place after, context) by shape, for those missed at first measurement."""
    first = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    now = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    rounds = nt.parse_rounds(argv[argv.index("--rounds") + 1] if "--rounds" in argv else "4-50")
    items = [i for i in nt.tune_items(rounds) if i["id"] in first and i["id"] in now]
    table: dict[str, list] = defaultdict(list)
    total = {"schools": 0, "first": 0, "now": 0}
    for item in items:
        text = item["text"]
        mf = {(i["start"], i["end"]) for i in nt.misses(item, first[item["id"]])[0]}
        mn = {(i["start"], i["end"]) for i in nt.misses(item, now[item["id"]])[0]}
        for ident in item["identifiers"]:
            if ident["type"] != "SCHOOL":
                continue
            total["schools"] += 1
            key = (ident["start"], ident["end"])
            if key not in mf:
                continue
            total["first"] += 1
            total["now"] += key in mn
            ctx = text[max(0, key[0] - 60) : key[1] + 40].replace("\n", "⏎")
            row = (item["round"], item["id"], text[slice(*key)], key in mn)
            table[shape(item, ident)].append((*row, place_after(item, ident), ctx))
    return items, rounds, total, table


def main() -> None:
    """Print the table (and the examples with --examples)."""
    items, rounds, total, table = school_rows(sys.argv)
    print(
        f"{len(items)} texts present, rounds {min(rounds)}-{max(rounds)}; {total['schools']} "
        f"schools, {total['first']} missed at first measurement, {total['now']} of them still "
        "missed now"
    )
    print("| shape | first: missed | rounds | place after | now: still missed | rounds now |")
    print("|---|---|---|---|---|---|")
    for name in SHAPES:
        rows = table.get(name, [])
        rf = sorted({r[0] for r in rows})
        rn = sorted({r[0] for r in rows if r[3]})
        print(
            f"| {name} | {len(rows)} | {len(rf)} ({','.join(map(str, rf)) or '-'}) | "
            f"{sum(r[4] for r in rows)} | {sum(r[3] for r in rows)} | "
            f"{len(rn)} ({','.join(map(str, rn)) or '-'}) |"
        )
        if "--examples" in sys.argv:
            for rnd, tid, span, n, _, ctx in rows:
                print(f"    {'N' if n else '-'} r{rnd} {tid} {span!r}  ‹{ctx}›")


if __name__ == "__main__":
    main()
