"""Persons missed at each round's first measurement, by a finer shape, and whether the current
code still misses them (tune rounds only).

Reads two span files of ``names_transfer.py spans`` (FIRST: ``--first``, each round's frozen
code; NOW: the current code) and puts every PERSON identifier missed in FIRST in one shape read
from the span, its line and the other mentions of its entity (never from a string of the
texts): glued forms, initials, capitals, a hyphenated double surname, a possessive, "surname,
first", a quote's attribution, a title, a role word of the lists or a role-like lowercase word
not in them, a signature or name line, a list/table/attendance line, a foreign particle, a
first name or surname alone after the full name, ... Per shape: misses at first measurement,
in how many rounds, and how many of those are still missed now.

Usage:
  python bench/names_persons3_table.py FIRST.json NOW.json [--rounds 4-46] [--examples]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_transfer as nt
from names_persons2_table import INITIALS_RX, ROLE_BEFORE, TITLE_BEFORE, _others, person_rows

FOREIGN_PARTICLES = {"al", "el", "bin", "ben", "ibn", "abu", "von", "di", "da", "dos", "das"}
FOREIGN_PARTICLES |= {"del", "della", "le", "la", "du", "des", "mac", "mc", "o", "y", "bint"}
ROLE_SUFFIX = re.compile(
    r"\b[a-zë]{3,}(?:er|ster|aar|eur|ist|ent|ant|lid|houder|man|vrouw|trice|ice|oog|ant|aris)"
    r"\s*$"
)
QUOTE_NEAR = re.compile(r"[\"“”„'‘’]\s*[,.]?\s*(?:\w+\s+){0,2}$")
SAY_BEFORE = re.compile(r"\b(?:zegt|zei|aldus|vertelt|vertelde|volgens|legt|licht)\s*$", re.I)
SAY_AFTER = re.compile(r"^\s*(?:zegt|zei|vertelt|vertelde|legt|licht|:)", re.I)


def shape(item: dict, ident: dict) -> str:
    """The shape of one missed person identifier."""
    from wb.dossiers.entity_data import first_names, is_dutch_word, particles

    text = item["text"]
    s, e = ident["start"], ident["end"]
    span = text[s:e]
    before, _, after = nt._line(text, s, e)
    words = span.split()
    bare = [w.strip(".,;:()'’") for w in words]
    others = _others(item, ident)
    longer = [o for o in others if len(o.split()) > len(words)]
    line_words = len((before + span + after).split())
    if re.search(r"\d$", span) or re.match(r"\d", span) or (s and text[s - 1].isdigit()):
        return "glued to a digit (footnote, timestamp)"
    if (s and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()):
        return "glued to a word (no space)"
    if re.fullmatch(r"[A-Z][a-zë]{2,}[A-Z][a-zë]{2,}", span) and not re.match(
        r"(?:Mc|Mac|De|Van|Di|Da|La|Le)[A-Z]", span
    ):
        return "glued first name + surname (camel case)"
    if re.fullmatch(r"(?:[A-Z]\.\s?)+", span) or re.fullmatch(r"[a-z]*[A-Z][a-z]*[A-Z]\w*", span):
        return "initials or short form alone"
    if sum(c.isupper() for c in span) > 3 and span.upper() == span:
        return "ALL CAPS"
    if re.search(r"\w-\s?[A-Z]", span) or re.search(r"\s[-–]\s", span):
        return "hyphenated double surname"
    if re.search(r"(?:'s|s'|’s)$", span) or re.match(r"(?:'s|’s|')(?!\w)", after):
        return "possessive"
    if "," in span:
        return "surname first with a comma"
    if QUOTE_NEAR.search(before) or SAY_BEFORE.search(before) or SAY_AFTER.match(after):
        return "a quote's attribution (zegt, aldus, after a quote)"
    if TITLE_BEFORE.search(before):
        return "after a title (de heer, mevrouw, mr.)"
    if ROLE_BEFORE.search(before):
        return "after a role word of the lists"
    if ROLE_SUFFIX.search(before):
        return "after a role-like lowercase word not in the lists"
    if not before.strip(" \t-•*·|>") and line_words <= 6:
        return "signature, heading or name line"
    if (
        re.search(r"[,;]\s*$", before)
        or re.match(r"\s*[,;]", after)
        or re.search(r"\ben\s*$", before)
        or "\t" in before + after
        or "|" in before + after
    ):
        return "in a list, table or attendance line"
    if any(w.lower() in FOREIGN_PARTICLES for w in bare[1:]):
        return "foreign name with a particle"
    if INITIALS_RX.match(span):
        return "initials + surname, no title"
    if len(words) == 1:
        if any(o.split()[-1].strip(".,") == bare[0] for o in longer):
            return "surname alone after the full name"
        if any(o.split()[0] == bare[0] for o in longer):
            return "first name alone, the full name elsewhere"
        if bare[0].lower() in first_names() or bare[0] in first_names():
            return "first name alone (a listed first name)"
        return "one word alone (no list knows it)"
    if bare[0] in first_names() and is_dutch_word(bare[0].lower()):
        return "first name that is also an ordinary word"
    if any(w.lower() in particles() for w in bare[1:]):
        return "Dutch name with a particle"
    if bare[0].lower() not in first_names():
        return "first name no list knows"
    return "other"


def main() -> None:
    """Print the table (and the examples with --examples)."""
    items, rounds, total, table = person_rows(
        sys.argv, set(range(4, 47)), shape, lambda first, now: first
    )
    print(
        f"{len(items)} texts present, rounds {min(rounds)}-{max(rounds)}; {total['persons']} "
        f"persons, {total['first']} missed at first measurement, {total['now']} of them now"
    )
    print("| shape | first: missed | rounds | now: still missed | rounds now |")
    print("|---|---|---|---|---|")
    for name, rows in sorted(table.items(), key=lambda kv: -len({r[0] for r in kv[1]})):
        rf = sorted({r[0] for r in rows})
        rn = sorted({r[0] for r in rows if r[4]})
        print(
            f"| {name} | {len(rows)} | {len(rf)} | {sum(r[4] for r in rows)} | "
            f"{len(rn)} ({','.join(map(str, rn)) or '-'}) |"
        )
        if "--examples" in sys.argv:
            for rnd, tid, span, _, n, ctx in rows:
                print(f"    {'N' if n else '-'} r{rnd} {tid} {span!r}  ‹{ctx}›")


if __name__ == "__main__":
    main()
