"""Word classes a codebook's description can name, and the sentences that fall in them.

A description that speaks of feelings ("zich niet gehoord voelen", "hoe het kind ... beleeft",
"angst") is about any word of that class, not only its own words: a sentence with "bang",
"verdriet" or "schamen" speaks of a feeling too. Each class is a data file of lemmas
(``wb/lang/nl/coding_*_words.txt``); a sentence or a codebook text with one of them gets the
class as an extra feature (``~gevoel``), which the ranking weighs like a lemma.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from wb.lang import word_set

#: Marks a class feature: no lemma starts with it.
MARK = "~"
#: Class name -> its word list.
FILES = {"gevoel": "coding_feeling_words.txt", "kind": "coding_child_words.txt"}
#: Classes that stand for a topic on their own; the others only qualify one ("kind": who feels).
TOPICS = ("gevoel",)


@cache
def members(name: str) -> frozenset[str]:
    """The lemmas of a word class."""
    return word_set(FILES[name])


def class_features(lemmas: Iterable[str]) -> frozenset[str]:
    """The class features of a set of lemmas: ``~gevoel`` when one of them is a feeling word,
    and ``~gevoel~kind`` when a child word stands beside it (the child is the one who feels)."""
    lemmas = set(lemmas)
    out = set()
    for name in TOPICS:
        if lemmas & members(name):
            out.add(MARK + name)
            if lemmas & members("kind"):
                out.add(MARK + name + MARK + "kind")
    return frozenset(out)


def is_class(feature: str) -> bool:
    """True for a class feature (not a lemma)."""
    return feature.startswith(MARK)


def describe(feature: str, feats: Iterable[str]) -> str:
    """A class feature in Dutch words, with the sentence's words of that class:
    "gevoelswoorden (bang, verdrietig)"."""
    name = feature[len(MARK) :].split(MARK)[0]
    words = sorted(set(feats) & members(name))
    label = {"gevoel": "gevoelswoorden"}.get(name, name)
    return f"{label} ({', '.join(words[:3])})" if words else label


__all__ = ["class_features", "describe", "is_class", "members"]
