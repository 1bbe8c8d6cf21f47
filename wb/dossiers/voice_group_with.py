"""A group of people named by what they have (labels64): "mensen met X", "ouders met een X".

"Vaders met bijvoorbeeld een X zoeken vaak geen hulp", "een boek over pleegkinderen met X",
"Veel moeders met X lijken heel lief": a bare plural noun
for people (``voice_group_heads.txt``, also a compound such as "pleegouders") with "met" and the
term names a kind of people, not someone the speaker judges: ``discussed``, whoever says it
(like a counted group, :mod:`wb.dossiers.voice_population`). Between "met" and the term only an
article "een", adjectives or adverbs ("bijvoorbeeld"); a definite or possessive word ("met hun
X", "met de X") ties it to particular people, and so does a determiner before the group ("de
ouders met ...", "deze kinderen met ..."); "veel", "alle", "sommige" and "meer" count a group.
"""

from __future__ import annotations

from typing import Any

from wb.lang import by_kind, word_set

_HEADS = word_set("voice_group_heads.txt")
_COMPOUND_HEADS = ("kinderen", "ouders", "jongeren", "moeders", "vaders")
_BETWEEN = frozenset({"DET", "ADJ", "ADV"})
_TYING = by_kind("voice_particular_words.txt")["binden"]
_COUNTING = by_kind("voice_particular_words.txt")["tellen"]
_QUOTES = frozenset("'\"‘“„«")


def _group(token: Any) -> bool:
    """A plural noun for people: a head of the list or a compound ending in one."""
    if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number"):
        return False
    low = token.lower_
    return low in _HEADS or low.endswith(_COMPOUND_HEADS)


def group_with(tokens: list[Any], at: int) -> bool:
    """True for a term after "met" (only "een", adjectives or adverbs between) after a bare
    plural noun for people, with no determiner before it other than a counting one."""
    k = at - 1
    while k >= 0 and (
        tokens[k].is_space or tokens[k].text in _QUOTES or tokens[k].pos_ in _BETWEEN
    ):
        if tokens[k].lower_ in _TYING:
            return False
        k -= 1
    if k < 1 or tokens[k].lower_ != "met" or not _group(tokens[k - 1]):
        return False
    j = k - 2
    while j >= 0 and tokens[j].pos_ in {"ADJ", "ADV"}:
        j -= 1
    return not (j >= 0 and tokens[j].pos_ in {"DET", "PRON"} and tokens[j].lower_ not in _COUNTING)


__all__ = ["group_with"]
