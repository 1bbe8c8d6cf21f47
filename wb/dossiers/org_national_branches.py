"""A national body's name with a place right after it is that place's own organisation: "Centrum
voor Jeugd en Gezin Kwarveen", "GGD Jeugdgezondheidszorg Kwarveen" (names-orgs6; the names
policy: a regional CJG or GGD is an organisation, "CJG" alone a word to keep).

``kept_firms`` keeps a name of ``national_bodies.txt`` at tier 0, so it used to win over the
organisation that ``organisations.txt`` finds around it ("Centrum voor Jeugd en Gezin {NAAM}"),
and only the place after it was replaced (or the fallback took "Gezin Kwarveen" for a family).
Here, before the choice between overlapping mentions, such a kept name gives way to the longest
organisation found around it that ends in a known place or region (only capitalised words before
the kept name: "GGD Jeugdgezondheidszorg Kwarveen"); that organisation takes the kept name's
tier, without a short form (the place alone stays a place). A national body alone, or before a
word that is no place, stays a word to keep.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import LOW, gazetteer, places, regions
from wb.dossiers.mentions import Mention

_LOWER_WORD = re.compile(rf"(?<![\w'’-])[{LOW}]")


def _known_place(name: str) -> bool:
    """A place of the hand lists, the gazetteer or the regions."""
    return name in places() or name in gazetteer() or name in regions()


def national_branches(text: str, candidates: list[Mention]) -> list[Mention]:
    """The candidates with each tier-0 national body ("national-body" keep) that an
    organisation around it extends by a known place replaced by that organisation."""
    kept = [m for m in candidates if m.type == "KEEP" and m.source == "national-body"]
    if not kept:
        return candidates
    orgs = [m for m in candidates if m.type == "ORGANISATIE"]
    drop: set[int] = set()
    added: list[Mention] = []
    for keep in kept:
        around = [
            m
            for m in orgs
            if m.start <= keep.start
            and m.end > keep.end
            and text[keep.end : keep.end + 1] == " "
            and _known_place(text[keep.end + 1 : m.end])
            and not _LOWER_WORD.search(text, m.start, keep.start)  # "Samen met GGD ...": no
        ]
        if not around:
            continue
        best = max(around, key=lambda m: (m.end - m.start, -m.tier))
        branch = best.fresh_copy()
        branch.tier, branch.source = keep.tier, "national-branch"
        branch.extra.pop("short", None)  # its short form is the place: "Kwarveen" stays a place
        branch.extra.pop("named_short", None)
        drop.add(id(keep))
        added.append(branch)
    if not added:
        return candidates
    return [m for m in candidates if id(m) not in drop] + added
