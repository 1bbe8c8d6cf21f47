"""Missed persons and replaced kept words at each round's first measurement, by shape.

For the rounds given (tune only), the spans of each round's frozen code (``code_frozen`` in the
rounds table; a span file written by ``names_transfer.py spans --first``) are scored against
the annotations; every PERSON identifier missed and every ordinary word replaced is put in one
shape (a first name repeated alone, a signer line of a motion, names in capitals, initials with
a double surname, a name after a role word, an outline letter read as initials, ...), and per
shape the table says how many there were, in how many rounds, and how many of them are still
wrong in a second span file (the current code). Shapes are read from the form of the span and
its line, never from a string of the texts.

``--unknown-firsts`` prints instead the missed persons whose first word is a capitalised word
that no first-name list knows, with another capitalised word after it or the same word opening
another mention of the person (the shape that cuts across the others).

Usage:
  python bench/names_persons_shapes.py FIRST.json NOW.json [--rounds 30-40] [--examples]
  python bench/names_persons_shapes.py FIRST.json [MORE_FIRST.json ...] NOW.json --unknown-firsts
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt

ORG_SOURCES_RX = re.compile(
    r"org|party|branch|domain-run|legal-form|linked|regio|club|school|stichting"
)
INITIALS_RX = re.compile(r"(?:(?:[A-Z]|Th|Chr|Ph|IJ)\.\s*)+")
ROLE_BEFORE = re.compile(
    r"(?i:wethouder|burgemeester|rechter|advocaat|griffier|voorzitter|minister|staatssecretaris"
    r"|ombudsman|kinderombudsman|directeur|vrijwilliger|beheerder|de heer|mevrouw|mr\.|dr\."
    r"|drs\.|ir\.|prof\.|lid|leden)\s*$"
)


def person_shape(item: dict, ident: dict) -> str:
    """The shape of one missed person identifier."""
    text = item["text"]
    span = text[ident["start"] : ident["end"]]
    before, _, after = nt._line(text, ident["start"], ident["end"])
    words = span.split()
    whole_line = not before.strip(" \t-•*") and not after.strip()
    others = [
        text[i["start"] : i["end"]]
        for i in item["identifiers"]
        if i["type"] == "PERSOON" and i["entity"] == ident["entity"]
    ]
    if re.search(r"\d$", span):
        return "name glued to a footnote digit"
    if re.fullmatch(r"(?:[A-Z]\.)+", span) or re.fullmatch(r"[a-z]*[A-Z][a-z]*[A-Z]\w*", span):
        return "a person's initials or short form alone (vKA, M.L.L.E.)"
    if span.isupper() and len(span) > 3:
        return "name in capitals (motion heading, speaker)"
    if whole_line and "orde van de dag" in text[max(0, ident["start"] - 400) : ident["start"]]:
        return "signer line under a motion"
    if "," in span:
        return "surname first with a comma (citation, register)"
    if INITIALS_RX.match(span):
        if "-" in span or len([w for w in words if w[:1].isupper()]) > 2:
            return "initials + double or two-word surname"
        return "initials + surname (other)"
    if len(words) == 1 and any(len(o.split()) > 1 and o.split()[0] == span for o in others):
        return "first name alone, the full name elsewhere"
    if ROLE_BEFORE.search(before):
        return "after a role word or title"
    in_run = (
        re.search(r"\w\s*$", before) is not None
        and re.match(r"\s+\w", after) is not None
        and len(words) > 1
        and before.count(",") + before.count("(") > 1
    )
    if re.search(r"[,;]\s*$", before) or re.match(r"\s*[,;]", after) or in_run:
        return "in a list of names (attendance, participants)"
    if len(words) == 2 and nt._word_kind(words[-1]) == "dictionary":
        return "first name + a surname that is a dictionary word"
    if len(words) == 1:
        return "one word alone (other)"
    return "other"


def kept_shape(item: dict, word: dict, sources: set[str]) -> str:
    """The shape of one replaced ordinary word (by the rules that replaced it)."""
    text = item["text"]
    span = text[word["start"] : word["end"]]
    before = nt._line(text, word["start"], word["end"])[0]
    src = ",".join(sorted(sources))
    if sources and all(ORG_SOURCES_RX.search(s) for s in sources):
        return "organisation rules (names-orgs)"
    if sources & {"postcode", "address", "place", "place-context", "place-adjective", "trigger"}:
        return "address or place rules"
    prev = text[max(0, word["start"] - 8) : word["start"]]
    if "initials" in src and (
        re.search(r"(?:^|\n)[ \t]*[A-Za-z]\.[ \t]*$", prev)
        or re.search(r"(?i:c\.s\.)\s*$", prev)
        or re.search(r"(?:^|\n)\s*$", before + "\n")
    ):
        return "outline letter or 'c.s.' read as initials"
    if re.fullmatch(r"[ \t]*(?:\d+|[a-zA-Z])[.)][ \t]*", before):
        return "word after a numbered or lettered item, read as a name"
    if "title-role" in src or ("first-name" in src and ROLE_BEFORE.search(before)):
        return "word after a role or title read as a surname"
    if sources & {"first-name"}:
        return "word read as a first name"
    if re.search(r"\d", span) or "-" in span:
        return "word with a digit or hyphen (heading, method, code)"
    if nt._word_kind(span) == "unknown":
        return "unknown or foreign word read as a name"
    return "dictionary word read as a name (other)"


def unknown_first(item: dict, ident: dict) -> bool:
    """Whether a missed person opens with a capitalised word that no first-name list knows."""
    from wb.dossiers.entity_data import first_names, particles

    text = item["text"]
    words = text[ident["start"] : ident["end"]].split()
    head = words[0].strip(",.")
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Z][a-z]+)?", head) or "," in words[0]:
        return False
    if head in first_names() or head.lower() in particles():
        return False
    others = [
        text[i["start"] : i["end"]].split()
        for i in item["identifiers"]
        if i["entity"] == ident["entity"]
    ]
    return (
        (len(words) > 1 and words[1][:1].isupper())
        or len(words) > 2
        or any(len(o) > 1 and o[0] == head for o in others)
    )


def unknown_firsts(files: list[str]) -> None:
    """Missed persons at first measurement that open with an unknown first name."""
    first: dict[str, list] = {}
    for f in files[:-1]:
        first.update(json.loads(Path(f).read_text(encoding="utf-8")))
    now = json.loads(Path(files[-1]).read_text(encoding="utf-8"))
    items = [i for i in nt.tune_items(set(range(1, 100))) if i["id"] in first and i["id"] in now]
    total, rows = 0, []
    for item in items:
        still = {(i["start"], i["end"]) for i in nt.misses(item, now[item["id"]])[0]}
        for ident in nt.misses(item, first[item["id"]])[0]:
            if ident["type"] == "PERSOON":
                total += 1
                if unknown_first(item, ident):
                    key = (ident["start"], ident["end"])
                    rows.append((item["round"], item["text"][slice(*key)], key in still))
    print(f"{total} missed persons at first measurement in {len(items)} texts")
    print(
        f"{len(rows)} open with a first name no list knows, in {len({r[0] for r in rows})} "
        f"rounds; {sum(r[2] for r in rows)} still missed now"
    )
    if "--examples" in sys.argv:
        for rnd, span, st in rows:
            print(f"  r{rnd} {span!r} {'STILL' if st else ''}")


def main() -> None:
    """Print both tables."""
    if "--unknown-firsts" in sys.argv:
        unknown_firsts([a for a in sys.argv[1:] if a.endswith(".json")])
        return
    first = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    now = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    rounds = (
        nt.parse_rounds(sys.argv[sys.argv.index("--rounds") + 1])
        if "--rounds" in sys.argv
        else set(range(30, 41))
    )
    items = [i for i in nt.tune_items(rounds) if i["id"] in first and i["id"] in now]
    persons: dict[str, list] = defaultdict(list)
    kept: dict[str, list] = defaultdict(list)
    for item in items:
        text = item["text"]
        mf, rf = nt.misses(item, first[item["id"]])
        mn, rn = nt.misses(item, now[item["id"]])
        still_m = {(i["start"], i["end"]) for i in mn}
        still_r = {(w["start"], w["end"]) for w in rn}
        for ident in mf:
            if ident["type"] != "PERSOON":
                continue
            key = (ident["start"], ident["end"])
            row = (item["round"], item["id"], text[slice(*key)], key in still_m)
            persons[person_shape(item, ident)].append(row)
        for word in rf:
            key = (word["start"], word["end"])
            sources = {
                r[3] for r in first[item["id"]] if len(r) > 3 and r[0] < key[1] and key[0] < r[1]
            }
            row = (item["round"], item["id"], text[slice(*key)], key in still_r)
            kept[kept_shape(item, word, sources)].append(row)
    print(f"{len(items)} texts present, rounds {min(rounds)}-{max(rounds)}")
    for title, table in (("missed persons", persons), ("replaced kept words", kept)):
        total = sum(len(v) for v in table.values())
        still = sum(r[3] for v in table.values() for r in v)
        print(f"\n## {title}: {total} at first measurement, {still} still wrong now")
        print("| shape | first | rounds | still wrong now | rounds still |")
        print("|---|---|---|---|---|")
        for shape, rows in sorted(
            table.items(), key=lambda kv: (-len({r[0] for r in kv[1]}), -len(kv[1]))
        ):
            rs = sorted({r[0] for r in rows})
            st = sorted({r[0] for r in rows if r[3]})
            print(
                f"| {shape} | {len(rows)} | {len(rs)} ({','.join(map(str, rs))}) | "
                f"{sum(r[3] for r in rows)} | {','.join(map(str, st)) or '-'} |"
            )
            if "--examples" in sys.argv:
                for rnd, tid, span, st_ in rows:
                    print(f"|   r{rnd} {tid} {span!r} {'STILL' if st_ else ''} | | | | |")


if __name__ == "__main__":
    main()
