"""Denials the plain look-back misses: coordinated adjectives, "niet als" (labels-voice5).

"... en niet als een ongevaccineerd, levensgevaarlijk, besmettelijk kind": the term
"levensgevaarlijk, besmettelijk kind" starts after a comma, so the plain look-back of
:func:`wb.dossiers.voice_negation.negated` stops there; the adjectives before it, each
followed by a comma, belong to the same noun phrase and share its denial. "niet als (een) X"
denies that X describes someone ("kijken naar mijn kind en niet als een besmettelijk kind").
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_negation import negated, not_a

_MAX_ADJECTIVES = 4
_DETERMINERS = frozenset({"een", "de", "het"})


def _adjective(token: Any) -> bool:
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


def noun_phrase_start(tokens: list[Any], at: int) -> int:
    """The first of the "ADJ ," pairs right before token at (at itself when there is none)."""
    first = at
    pairs = 0
    while (
        pairs < _MAX_ADJECTIVES
        and first >= 2
        and tokens[first - 1].text == ","
        and _adjective(tokens[first - 2])
    ):
        first -= 2
        pairs += 1
    return first


def denied_as(tokens: list[Any], first: int) -> bool:
    """ "niet als", an optional article, then the noun phrase that starts at first."""
    j = first
    if j and tokens[j - 1].lower_ in _DETERMINERS:
        j -= 1
    return j >= 2 and tokens[j - 1].lower_ == "als" and tokens[j - 2].lower_ == "niet"


def denied_adjective_list(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term [at, upto) stands after "niet als (een)" with at most a few "ADJ ,"
    pairs between, or when it ends a noun phrase (its last word or the next one a noun) whose
    "ADJ ," pairs before it are denied by the plain rules ("geen lieve, verwende jongen")."""
    if upto <= at:
        return False
    first = noun_phrase_start(tokens, at)
    if denied_as(tokens, first):
        return True
    if first == at:
        return False
    nouns = {"NOUN", "PROPN"}
    if tokens[upto - 1].pos_ not in nouns and (
        upto >= len(tokens) or tokens[upto].pos_ not in nouns
    ):
        return False
    low = [t.lower_ for t in tokens]
    return negated(low, first, upto) or not_a(tokens, first)


__all__ = ["denied_adjective_list", "denied_as", "noun_phrase_start"]
