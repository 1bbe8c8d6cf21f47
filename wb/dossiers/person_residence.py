"""A residence or location after "te"/"in" is no part of the name before it (names-tail).

Legal writing names a party with the place it lives in: "de heer G.M.J. Kwarters te Kwarveen",
"mevrouw A. Bos te Lochem". "te" is also a surname particle ("J. te Velde"), so the name rules
read "Kwarters te Kwarveen" as one surname, the place stayed inside the person's placeholder,
and the place's other mentions shared it (two entities, one placeholder). When a person's
mention ends in "<surname> te <place>", the capitalised word before "te" is no initial, and the
place is a known place or a place of the gazetteer, the person ends before "te" and the place
is a PLAATS of its own; "J. te Velde" (te right after the initials) and "Jan te Winkel" (no
surname before "te") stay whole. The same for an organisation or a place run that ends in
"in/te <place>" ("Kwarvik Zorg in Rotterdam", "Kwarveen in Drenthe"): the place is apart."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import gazetteer, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person

PLACE = r"(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)"
RESIDENCE = re.compile(r"(?P<name>.*\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)*) te " + PLACE + "$")
LOCATION = re.compile(r"(?P<name>.*[\w.)]) (?:in|te) " + PLACE + "$")


def known_place(word: str) -> bool:
    """A place of the hand lists or the gazetteer."""
    return word in places() or word in gazetteer()


def _place(text: str, start: int, end: int) -> Mention:
    place = Mention(start, end, "PLAATS", text[start:end], 4, "residence")
    place.key = norm_name(text[start:end])
    return place


def _cut(text: str, m: Mention) -> list[Mention] | None:
    """The mention and its place apart, or None when it holds no residence or location."""
    if m.type == "PERSOON":
        hit = RESIDENCE.match(text, m.start, m.end)
        if hit is None or not known_place(hit["place"]):
            return None
        shorter = person(text, m.start, hit.end("name"), m.tier, m.source)
        if shorter is None or not shorter.surname:  # "Jan te Winkel": te opens the surname
            return None
        return [shorter, _place(text, hit.start("place"), m.end)]
    if m.type not in ("ORGANISATIE", "PLAATS"):
        return None
    hit = LOCATION.match(text, m.start, m.end)
    if hit is None or not known_place(hit["place"]):
        return None
    if m.type == "PLAATS" and not known_place(hit["name"]):
        return None  # "Bergen op Zoom"-like names stay whole; only two places are split
    name = text[m.start : hit.end("name")]
    shorter = m.fresh_copy()
    shorter.end, shorter.text, shorter.key = hit.end("name"), name, norm_name(name)
    return [shorter, _place(text, hit.start("place"), m.end)]


def cut_residence(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions ending in "te/in <place>" cut before the preposition; the place is a PLAATS."""
    out: list[Mention] = []
    changed = False
    for m in mentions:
        parts = _cut(text, m)
        if parts is None:
            out.append(m)
        else:
            out += parts
            changed = True
    return out if changed else mentions
