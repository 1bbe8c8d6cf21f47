"""Person nouns for the description pattern beyond the list: compounds and diminutives.

``wb/lang/nl/person_nouns.txt`` lists the plain nouns ("dochter", "moeder", "jongen"). A
compound whose head is such a noun is a person too ("puberdochter", "pleegzoon",
"loedermoeder": at least three letters before the head), and so is a diminutive of one
("jongetje", "mannetje"). Heads that are no person by themselves in a compound ("type",
"figuur": "prototype") are left out (``description_person_heads_skip.txt``).
"""

from __future__ import annotations

from collections.abc import Iterable

from wb.lang import word_set

_SKIP_HEADS = word_set("description_person_heads_skip.txt")
_DIMINUTIVES = ("netje", "etje", "tje", "pje", "je")


def person_key(keys: Iterable[str], persons: frozenset[str]) -> bool:
    """Whether one of the folded forms of a noun is a person noun, a compound with a person
    noun as head, or a diminutive of a person noun."""
    for key in keys:
        word = key.replace("-", "")
        if key in persons or word in persons:
            return True
        if any(
            word.endswith(p) and len(word) - len(p) >= 3 and p not in _SKIP_HEADS
            for p in persons
            if len(p) >= 3
        ):
            return True
        for ending in _DIMINUTIVES:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= 3 and {base, base + "en"} & persons:
                return True
    return False


__all__ = ["person_key"]
