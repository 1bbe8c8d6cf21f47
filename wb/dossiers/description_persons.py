"""Person nouns for the description pattern beyond the list: compounds and diminutives.

``wb/lang/nl/person_nouns.txt`` lists the plain nouns ("dochter", "moeder", "jongen"). A
compound whose head is such a noun is a person too ("puberdochter", "pleegzoon",
"loedermoeder": at least three letters before the head), and so is a diminutive of one
("jongetje", "mannetje"). Heads that are no person by themselves in a compound ("type",
"figuur": "prototype") are left out (``description_person_heads_skip.txt``). labels49: UD Dutch
tags a nominalised comparative ADJ ("jongere", "jongeren": lemma "jong", Degree=Cmp); when its
text is a listed person noun (or one + "n") and no noun or adjective follows it, it is the noun
("lastige jongeren"; not "een jongere broer").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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


def nominal_comparative(token: Any, persons: frozenset[str]) -> bool:
    """Whether an ADJ comparative is a person noun used as such: "(lastige) jongeren" (module)."""
    if token.pos_ != "ADJ" or "Cmp" not in token.morph.get("Degree"):
        return False
    word = token.text.lower()
    if word not in persons and not (word.endswith("n") and word[:-1] in persons):
        return False
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}


__all__ = ["nominal_comparative", "person_key"]
