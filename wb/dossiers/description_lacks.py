"""A capability a person is said to lack, as a judgement of that person: "Moeder heeft
onvoldoende pedagogische vaardigheden".

A word of lack (``description_lack_words.txt``: onvoldoende, weinig, geen, beperkt(e),
gebrekkig(e)), at most two adjectives, then a capability noun
(``description_capability_nouns.txt``: vaardigheden, capaciteiten, probleembesef, or a compound
ending in -vaardigheden, -vermogen, -inzicht, -besef, ...), where a person has it: the lack word
follows "hebben" or "beschikken over" with a person noun or subject pronoun next to that verb
("Moeder heeft ...", "heeft vader ..."), or a person noun with "met" ("ouders met weinig
probleembesef"). The span runs from the lack word to the noun. "Het huis heeft onvoldoende
ruimte", "heeft geen vermogen" (wealth) and "onvoldoende draagkracht" (ability to pay) are no
description.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

_LACKS = word_set("description_lack_words.txt")
_NOUNS = word_set("description_capability_nouns.txt")
_WHOLE = frozenset(w for w in _NOUNS if not w.startswith("-"))
_HEADS = tuple(w[1:] for w in _NOUNS if w.startswith("-"))
_HAVE = frozenset({"hebben", "beschikken"})
_PRONOUNS = word_set("description_subject_pronouns.txt")


def _capability_noun(token: Any) -> bool:
    word = fold(token.text)
    if token.pos_ != "NOUN":
        return False
    return word in _WHOLE or any(word.endswith(h) and len(word) > len(h) + 2 for h in _HEADS)


def _person(token: Any, persons: frozenset[str]) -> bool:
    return (token.pos_ == "PRON" and token.lower_ in _PRONOUNS) or (
        token.pos_ in {"NOUN", "PROPN"} and bool({fold(token.text), fold(token.lemma_)} & persons)
    )


def _held_by_person(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """Whether the lack word at i follows "hebben"/"beschikken (over)" next to a person, or a
    person noun with "met"."""
    floor = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for h in range(i - 1, max(floor, i - 5) - 1, -1):
        token = doc[h]
        if token.text in {",", ";", ":"}:
            return False
        if token.lower_ == "met" and h > floor and _person(doc[h - 1], persons):
            return True
        if fold(token.lemma_) in _HAVE:
            near = [doc[k] for k in (h - 1, h + 1) if floor <= k < len(doc) and k != i]
            return any(_person(t, persons) for t in near)
    return False


def find_lacks(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of "lack word (ADJ) (ADJ) capability noun" held by a person."""
    spans = []
    for i, token in enumerate(doc):
        if fold(token.text) not in _LACKS:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].pos_ == "ADJ":
            j += 1
        if j < len(doc) and _capability_noun(doc[j]) and _held_by_person(doc, i, persons):
            spans.append((token.idx, doc[j].idx + len(doc[j].text)))
    return spans


__all__ = ["find_lacks"]
