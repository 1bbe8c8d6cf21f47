"""A term owned by one particular person or pointing back at a past act (labels26).

"Ik was haar gepest, haar labiliteit en haar gemanipuleer zat.", "Dat gemanipuleer gebeurde
ook met de jeugdprofessionals.": a noun term right after the possessive of one third person
("haar", "zijn"; ``voice_owner_possessives.txt``), adjectives allowed between, names a trait or
act of that person; a term after a pointing determiner ("dat", "die", "deze", "dit") in a
clause whose finite verbs are all past points back at an act that happened. Both put the term
on someone in the author's own voice: a cue (``owned``) of the assertion guard
(:mod:`wb.dossiers.voice_assertion`) that keeps the rules' ``asserted``. "zijn" as a verb
("zijn manipulatief") is no possessive; a term that is a person word ("haar verstotende
ouder") is left to the other cues.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_tense import only_past
from wb.lang import word_set

OWNERS = word_set("voice_owner_possessives.txt")
_POINTING = word_set("voice_owned_pointing.txt")
_EDGES = frozenset({",", ";", ":", ".", "?", "!", "–", "—"})


def owned(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a noun term after one person's possessive, or after a pointing determiner in
    a past clause (see the module docstring)."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or inside[-1].pos_ in {"ADJ", "VERB", "AUX"}:
        return False
    if {inside[-1].lower_, inside[-1].lemma_.lower()} & PERSON_WORDS:
        return False
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].pos_ == "ADJ"):
        k -= 1
    if k < 0 or tokens[k].pos_ in {"AUX", "VERB"}:
        return False
    word = tokens[k].lower_
    if word in OWNERS:
        return True
    return word in _POINTING and _past_clause(tokens, k, upto)


def _past_clause(tokens: list[Any], first: int, last: int) -> bool:
    """True when the finite verbs of the clause around tokens[first:last] are all past."""
    while first > 0 and tokens[first - 1].text not in _EDGES and "\n" not in tokens[first - 1].text:
        first -= 1
    while last < len(tokens) and tokens[last].text not in _EDGES and "\n" not in tokens[last].text:
        last += 1
    return only_past(tokens[first:last])


__all__ = ["OWNERS", "owned"]
