"""Missed persons by shape, at each round's first measurement and on the current code (tune only).

Reads two span files of ``names_transfer.py spans`` (FIRST: ``--first``, each round's frozen
code; NOW: the current code), scores both against the annotations and puts every PERSON
identifier missed in FIRST or NOW in one shape read from the span, its line and the other
mentions of its entity (a surname alone after its first mention, a name in a list, a first
name that is also an ordinary word, initials without a title, a heading or signature line, a
particle, a possessive, a role word in lower case before it, capitals, ...); never from a
string of the texts. Per shape: misses at first measurement and now, and in which rounds.

Usage:
  python bench/names_persons2_table.py FIRST.json NOW.json [--rounds 3-44] [--examples]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

INITIALS_RX = re.compile(r"(?:(?:[A-Z]|Th|Chr|Ph|IJ|Tj)\.\s*-?)+")
TITLE_BEFORE = re.compile(
    r"(?i:(?:de\s+)?heer|mevrouw|mevr\.?|mw\.?|dhr\.?|mr\.?|dr\.?|drs\.?|ir\.?|ing\.?|prof\.?"
    r"|ds\.?|pastoor|dominee)\s*$"
)
ROLE_BEFORE = re.compile(
    r"\b(?:wethouder|burgemeester|rechter|kinderrechter|advocaat|advocate|griffier|voorzitter"
    r"|minister|staatssecretaris|ombudsman|directeur|directrice|juf|meester|moeder|vader|zoon"
    r"|dochter|broer|zus|oma|opa|tante|oom|leerling|docent|leraar|lerares|raadslid|lid|leden"
    r"|woordvoerder|wethouders|gedeputeerde|secretaris|penningmeester|bestuurder|coördinator"
    r"|mentor|begeleider|onderzoeker|journalist|schrijver|auteur|verslaggever|fotograaf"
    r"|eigenaar|chauffeur|ouder|vriend|vriendin|collega|buurman|buurvrouw|man|vrouw|kind)"
    r"(?:\s+\w+)?[\s,]*$"
)


def _others(item: dict, ident: dict) -> list[str]:
    text = item["text"]
    return [
        text[i["start"] : i["end"]]
        for i in item["identifiers"]
        if i["type"] == "PERSOON" and i["entity"] == ident["entity"] and i is not ident
    ]


def shape(item: dict, ident: dict) -> str:
    """The shape of one missed person identifier."""
    from wb.dossiers.entity_data import first_names, is_dutch_word, particles

    text = item["text"]
    span = text[ident["start"] : ident["end"]]
    before, _, after = nt._line(text, ident["start"], ident["end"])
    words = span.split()
    bare = [w.strip(".,;:()'’") for w in words]
    others = _others(item, ident)
    longer = [o for o in others if len(o.split()) > len(words)]
    line_words = len((before + span + after).split())
    if re.search(r"\d$", span):
        return "glued to a digit (footnote)"
    if re.fullmatch(r"(?:[A-Z]\.)+", span) or re.fullmatch(r"[a-z]*[A-Z][a-z]*[A-Z]\w*", span):
        return "initials or short form alone"
    if sum(c.isupper() for c in span) > 3 and span.upper() == span:
        return "ALL CAPS"
    if re.search(r"(?:'s|s'|’s)$", span) or re.match(r"(?:'s|’s|')(?!\w)", after):
        return "possessive"
    if "," in span:
        return "surname first with a comma"
    if TITLE_BEFORE.search(before):
        return "after a title (de heer, mevrouw, mr.)"
    if ROLE_BEFORE.search(before):
        return "after a role word in lower case"
    if not before.strip(" \t-•*·|") and line_words <= 6:
        return "heading, signature or name line"
    if (
        re.search(r"[,;]\s*$", before)
        or re.match(r"\s*[,;]", after)
        or re.search(r"\ben\s*$", before)
    ):
        return "in a list of names"
    if INITIALS_RX.match(span):
        return "initials + surname, no title"
    if len(words) == 1:
        if any(o.split()[-1].strip(".,") == bare[0] for o in longer):
            return "surname alone after the full name"
        if any(o.split()[0] == bare[0] for o in longer):
            return "first name alone after the full name"
        if bare[0].lower() in first_names() or bare[0] in first_names():
            return "one word alone, a known first name"
        return "one word alone (other)"
    if bare[0] in first_names() and is_dutch_word(bare[0].lower()):
        return "first name that is also an ordinary word"
    if any(w.lower() in particles() for w in bare[1:]):
        return "name with a particle"
    if bare[0] not in first_names():
        return "first name no list knows"
    return "other"


def person_rows(
    argv: list[str], default_rounds: set[int], shape_of, keep
) -> tuple[list[dict], set[int], dict[str, int], dict[str, list]]:
    """The persons of the tune texts present in both span files (FIRST NOW of argv), as rows
    (round, id, span, missed at first, missed now, context) by shape, for the rows `keep`
    (missed at first, missed now) accepts; with the items, rounds and the totals."""
    first = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    now = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    rounds = (
        nt.parse_rounds(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else default_rounds
    )
    items = [i for i in nt.tune_items(rounds) if i["id"] in first and i["id"] in now]
    table: dict[str, list] = defaultdict(list)
    total = {"first": 0, "now": 0, "persons": 0}
    for item in items:
        text = item["text"]
        mf = {(i["start"], i["end"]) for i in nt.misses(item, first[item["id"]])[0]}
        mn = {(i["start"], i["end"]) for i in nt.misses(item, now[item["id"]])[0]}
        for ident in item["identifiers"]:
            if ident["type"] != "PERSOON":
                continue
            total["persons"] += 1
            key = (ident["start"], ident["end"])
            if not keep(key in mf, key in mn):
                continue
            total["first"] += key in mf
            total["now"] += key in mn
            a = max(0, key[0] - 60)
            ctx = text[a : key[1] + 40].replace("\n", "⏎")
            row = (item["round"], item["id"], text[slice(*key)], key in mf, key in mn, ctx)
            table[shape_of(item, ident)].append(row)
    return items, rounds, total, table


def main() -> None:
    """Print the table (and the examples with --examples)."""
    items, rounds, total, table = person_rows(
        sys.argv, set(range(3, 45)), shape, lambda first, now: first or now
    )
    print(
        f"{len(items)} texts present, rounds {min(rounds)}-{max(rounds)}; {total['persons']} "
        f"persons, {total['first']} missed at first measurement, {total['now']} now"
    )
    print("| shape | first | rounds (first) | now | rounds (now) |")
    print("|---|---|---|---|---|")
    for name, rows in sorted(table.items(), key=lambda kv: -len({r[0] for r in kv[1] if r[3]})):
        rf = sorted({r[0] for r in rows if r[3]})
        rn = sorted({r[0] for r in rows if r[4]})
        print(
            f"| {name} | {sum(r[3] for r in rows)} | {len(rf)} | {sum(r[4] for r in rows)} | "
            f"{len(rn)} ({','.join(map(str, rn)) or '-'}) |"
        )
        if "--examples" in sys.argv:
            for rnd, tid, span, f, n, ctx in rows:
                tag = ("F" if f else "-") + ("N" if n else "-")
                print(f"    {tag} r{rnd} {tid} {span!r}  ‹{ctx}›")


if __name__ == "__main__":
    main()
