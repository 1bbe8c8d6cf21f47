"""Members of a parliament or council named in a heading or verbatim report in capitals.

"MOTIE VAN HET LID KWARTEL C.S.", "DE LEDEN PIETER VAN KWARTEL EN MOLENAAR", "DE HEER DE KWARTEL:":
the names after "HET LID" / "DE LEDEN" and after "DE HEER" / "MEVROUW" before a colon are persons
(moved out of :mod:`wb.dossiers.name_context`, which calls it for its party members).
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import ROLES, TITLES, UP, first_names, is_stop_word
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person

# capitals with diacritics too: "MOTIE VAN HET LID ÖZTÜRK"; a first name may open a member's
# name ("DE LEDEN PIETER VAN KWARTEL EN MOLENAAR"; a first word that is no first name is kept
# alone)
CAPS_PARTICLES = r"(?:(?:VAN|DE|DER|DEN|TER|TEN)[ ]+)"
CAPS_WORD = rf"[{UP}][{UP}'’-]+"
CAPS_FIRST = (
    rf"(?!{CAPS_PARTICLES}|EN[ ])(?P<f%s>{CAPS_WORD})[ ]+(?!EN(?![\w-]))(?={CAPS_PARTICLES}*[{UP}])"
)
CAPS_MEMBERS = re.compile(
    rf"(?<![\w-])(?:HET[ ]LID|DE[ ]LEDEN)[ ]+(?P<a>(?:{CAPS_FIRST % 'a'})?{CAPS_PARTICLES}*"
    rf"{CAPS_WORD})(?:[ ]+EN[ ]+(?P<b>(?:{CAPS_FIRST % 'b'})?{CAPS_PARTICLES}*{CAPS_WORD}))?"
    r"(?![\w-])"
)
# a speaker in a verbatim report in capitals: "DE HEER DE KWARTEL: Maar ...", "MEVROUW BOS: ..."
CAPS_SPEAKER = re.compile(
    rf"(?<![\w-])(?:DE[ ]HEER|MEVROUW)[ ]+(?P<a>{CAPS_PARTICLES}*{CAPS_WORD}"
    rf"(?:[ ]+{CAPS_PARTICLES}*{CAPS_WORD})?)[ ]*:"
)

# a surname in capitals after a title in ordinary case, as old typed minutes write it: "De heer
# DE KWARTEL is bevreesd", "mevrouw KWAK-BOS stelt voor" (no colon needed)
CAPS_AFTER_TITLE = re.compile(
    rf"(?<![\w-])(?:[Dd]e[ ]heer|[Mm]evrouw)[ ]+(?P<a>{CAPS_PARTICLES}*[{UP}][{UP}'’-]{{2,}})"
    r"(?![\w'’-])"
)


def caps_members(text: str) -> list[Mention]:
    """ "MOTIE VAN HET LID KWARTEL C.S.": in a heading in capitals, the names after "HET LID"
    or "DE LEDEN" are members, a place's name too ("WESTERVELD"), with a first name before them
    ("PIETER VAN KWARTEL"); "DE HEER DE KWARTEL:" in capitals opens a speaker's words; a name in
    capitals after a title in ordinary case is a person too ("De heer DE KWARTEL")."""
    found = []
    spans = []
    for m in CAPS_MEMBERS.finditer(text):
        for g in ("a", "b"):
            if not m[g]:
                continue
            first = m[f"f{g}"]
            if first and first.title() not in first_names():
                spans.append((m.start(g), m.start(g) + len(first)))  # the member's name alone
            else:
                spans.append((m.start(g), m.end(g)))
    for m in [*CAPS_SPEAKER.finditer(text), *CAPS_AFTER_TITLE.finditer(text)]:
        last = m["a"].split()[-1].lower()
        if last not in ROLES and last not in TITLES:  # "MEVROUW DE VOORZITTER:" is no name
            spans.append((m.start("a"), m.end("a")))
    for s, e in spans:
        last = text[s:e].split()[-1]
        if not is_stop_word(last) and last != "EN":
            mention = person(text, s, e, 3, "party")
            if mention:
                found.append(mention)
    return found
