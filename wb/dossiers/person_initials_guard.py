"""Two persons with one surname and other initials are two persons (names-tail).

A council's attendance list or a family's file names relatives and namesakes by their initials
("de heer A.R. Kwarthoorn", "de heer P.L. Kwarthoorn"). Resolution matched a mention with
initials to any earlier person of that surname who had no first name, so both got one
placeholder (a merge of two entities). A person written with initials whose first letter
differs from the first letter of the initials of every earlier mention is someone else. (Other
particles before one surname are no such evidence: "Van de X" and "Van der X" are often one
person's typo, "van Ten X" the preposition "van" before "Ten X"; measured, names-tail.)"""

from __future__ import annotations

from collections.abc import Iterable

from wb.dossiers.mentions import Mention


def first_initial(initials: str) -> str:
    """The first letter of initials as written ("Th.H.M." -> "t", "A.R." -> "a"), or ""."""
    for ch in initials:
        if ch.isalpha():
            return ch.lower()
    return ""


def other_initials(m: Mention, earlier: Iterable[Mention]) -> bool:
    """True when ``m`` has initials and an earlier mention of the entity has initials that
    start with another letter ("P.L. Bos" after "A.R. Bos")."""
    mine = first_initial(m.initials)
    if not mine:
        return False
    theirs = {first_initial(x.initials) for x in earlier if x.initials}
    theirs.discard("")
    return bool(theirs) and mine not in theirs
