"""A term defined as the object of a verb of defining (labels28).

"Gardner omschrijft X als volgt: ...", "De auteur definieert het X als een ...": the term right
after a verb of defining (``voice_definition_verbs.txt``, by lemma), at most an article
between, and right before "als", is the thing defined, not a judgement of anyone: voice
``discussed``, also when the definer is named (the attribution rules would read the verb as his
report). "Vader beschrijft moeder als X" has the term after "als", not before it, and stays with
the attribution rules.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

DEFINING_VERBS = word_set("voice_definition_verbs.txt")
_ARTICLES = frozenset({"de", "het", "een"})
_QUOTES = QUOTE_MARKS


def defined_object(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term between a verb of defining (and an article) and "als"."""
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text in _QUOTES):
        k -= 1
    if k >= 0 and tokens[k].lower_ in _ARTICLES:
        k -= 1
    if k < 0 or tokens[k].lemma_.lower() not in DEFINING_VERBS:
        return False
    j = upto
    while j < len(tokens) and (tokens[j].is_space or tokens[j].text in _QUOTES):
        j += 1
    return j < len(tokens) and tokens[j].lower_ == "als"


__all__ = ["DEFINING_VERBS", "defined_object"]
