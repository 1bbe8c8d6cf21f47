"""A judging adjective as the impression a person makes: "Vader komt dwingend over", "Volgens de
juf komt de vader erg dwingend over", "dat hij agressief overkomt" (labels-aimed5).

"overkomen" works as a copula: the adjective between a form of "komen" and its particle
"over" in the same clause (at most five words between: "komt de vader erg dwingend over"), or right
before a joined form ("overkomt", "overkwam", "overgekomen"), is said of the subject. It counts
when the adjective is evaluative (the caller's test, the lists of
:mod:`wb.dossiers.descriptions`) and the nearest person before it in its clause is a person
noun or a third-person pronoun, with no denial between. "over" as a preposition with a noun
after it ("kwam boos over de gang") is no particle: no hit. The span is the adjective.
Tagger word classes only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_WORDS = by_kind("description_impression_words.txt", fold)
_COME = _WORDS["komen"]
_JOINED = _WORDS["overkomen"]
_THIRD = _WORDS["derde"]
_DENIALS = _WORDS["ontkenning"]
_GAP = 5


def _particle(doc: Doc, k: int, end: int) -> bool:
    """Token k is "over" as a verb particle: no noun phrase after it in the clause."""
    if doc[k].lower_ != "over":
        return False
    nxt = doc[k + 1] if k + 1 < end else None
    return nxt is None or nxt.pos_ not in {"DET", "NOUN", "PROPN", "PRON", "NUM"}


def _impression_adjectives(doc: Doc, judging: Callable[[Any], bool]) -> list[int]:
    """Token indexes of judging adjectives said with "overkomen"."""
    out = []
    for i, token in enumerate(doc):
        word = fold(token.text)
        a, b = clause(doc, i)
        if word in _COME and token.pos_ in {"VERB", "AUX"}:
            for k in range(i + 1, min(b, i + _GAP + 2)):
                if _particle(doc, k, b):
                    out += [j for j in range(i + 1, k) if judging(doc[j])]
                    break
        elif word in _JOINED and i > a:
            out += [i - 1] if judging(doc[i - 1]) else []
    return out


def _person_subject(doc: Doc, i: int, is_person: Callable[[Any], bool]) -> bool:
    """The nearest person before token i in its clause ("kwam de moeder erg ... over") is a
    person noun or a third-person pronoun, with no denial between."""
    a, _ = clause(doc, i)
    for j in range(i - 1, a - 1, -1):
        t = doc[j]
        if t.lower_ in _DENIALS:
            return False
        if (t.lower_ in _THIRD and t.pos_ == "PRON") or is_person(t):
            return True
    return False


def find_impressions(
    doc: Doc, judging: Callable[[Any], bool], is_person: Callable[[Any], bool]
) -> list[tuple[int, int]]:
    """Character spans of judging adjectives a person is said to come across as."""
    if not doc.has_annotation("POS"):
        return []
    out = []
    for i in _impression_adjectives(doc, judging):
        if doc[i].pos_ in {"ADJ", "VERB", "ADV"} and _person_subject(doc, i, is_person):
            out.append((doc[i].idx, doc[i].idx + len(doc[i].text)))
    return out


__all__ = ["find_impressions"]
