"""The main clause after a condition about anyone (labels26).

"Als je kinderen fysiek van je wordt vervreemd, wordt het structureel gemanipuleerd.": a
sentence that opens with a condition about people in general or the reader
(:func:`wb.dossiers.voice_generic.generic_condition`: "Als je ...", "Wanneer ouders ...", "Als
een kind ...") and goes on, after its comma, with the inverted main clause (a finite verb
first) says what follows in any such case, of no one in particular: a term in that main clause
is discussed, like one in the condition itself. Not when the main clause names a particular
person (a name, the first person, "haar/zijn" + a person word).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from wb.dossiers.voice_generic import CONDITION_OPENERS, generic_condition
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_tense import finite
from wb.lang import word_set

_FIRST_PERSON = word_set("voice_first_person.txt")
_OWNERS = word_set("voice_particular_possessives.txt")
_STOPS = frozenset({";", ":", "?", "!", "–", "—"})


def condition_consequence(tokens: list[Any], at: int) -> bool:
    """True for a term in the inverted main clause right after a sentence-opening condition
    about anyone (see the module docstring)."""
    words = [k for k, t in enumerate(tokens) if not t.is_space]
    if not words or tokens[words[0]].lower_ not in CONDITION_OPENERS:
        return False
    comma = next((k for k in range(words[0] + 1, at) if tokens[k].text == ","), None)
    if comma is None or not generic_condition(tokens, comma):
        return False
    first = next((k for k in range(comma + 1, len(tokens)) if not tokens[k].is_space), None)
    if first is None or first > at or not finite(tokens[first]):
        return False
    main = tokens[first:at]
    if any(t.text in _STOPS or "\n" in t.text for t in main):
        return False
    rest = [t for t in tokens[first:] if not t.is_space]
    if any(t.pos_ == "PROPN" or t.lower_ in _FIRST_PERSON for t in rest):
        return False
    return not any(a.lower_ in _OWNERS and b.lower_ in PERSON_WORDS for a, b in pairwise(rest))


__all__ = ["condition_consequence"]
