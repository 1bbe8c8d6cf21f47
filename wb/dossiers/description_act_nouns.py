"""An act or utterance of one person judged by an evaluative adjective: "een onaardige opmerking
maken", "de onredelijke emoties van de ouders", "hun kwalijke streken" (labels-aimed2).

Word classes and lemmas, not phrases: a NOUN whose lemma is in
``wb/lang/nl/description_act_nouns.txt`` (opmerking, uitlating, streek, gewoonte, ...) with an
evaluative adjective in the run of adjectives right before it (not an adjective of concern:
"zorgelijk", ``description_conduct_bare.txt``), tied to one person as
:mod:`wb.dossiers.description_nouns` ties a conduct noun (a possessive before the adjectives,
"van"/"bij" and a person after the noun, a person subject with a verb of having; here also
"van" and a person noun in the plural: "van de ouders"), or as the
object of "maken" with a person subject in its clause ("(zijn moeder) een onaardige opmerking
maakt"). The span is the adjectives and the noun. "haar opmerking" (no judgement) and "een nare
opmerking in de krant" (no person) are no label.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, person_subject
from wb.dossiers.description_persons import person_key
from wb.dossiers.description_problems import (
    adjectives_before,
    having_subject,
    possessed,
    tied_after,
)
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, words


@cache
def act_nouns() -> frozenset[str]:
    """The folded lemmas of the act nouns."""
    return frozenset(fold(w) for w in words("description_act_nouns.txt"))


def _concern() -> frozenset[str]:
    return by_kind("description_conduct_bare.txt", fold).get("zorg", frozenset())


def _of_persons(doc: Doc, k: int, persons: frozenset[str]) -> bool:
    """ "van de ouders", "van beide ouders": "van" and a determiner and a person noun (also in
    the plural, which :func:`wb.dossiers.description_problems.tied_after` leaves out) right
    after the noun at k."""
    j = k + 1
    if j >= len(doc) or doc[j].lower_ != "van":
        return False
    j += 1
    while j < len(doc) and doc[j].pos_ in {"DET", "PRON", "NUM"} and j - k <= 3:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN":
        return False
    return person_key({fold(doc[j].text), fold(doc[j].lemma_)}, persons)


def _made(doc: Doc, first: int, k: int) -> bool:
    """The phrase first..k is the object of "maken" (right after it, or before it with only a
    determiner between) and its clause has a person subject."""
    verbs = [v for v in (k + 1, first - 1, first - 2) if 0 <= v < len(doc)]
    for v in verbs:
        if doc[v].pos_ in {"VERB", "AUX"} and fold(doc[v].lemma_) == "maken":
            if v == first - 2 and doc[first - 1].pos_ != "DET":
                continue
            a, b = clause(doc, k)
            return person_subject(doc, a, b, set(range(first, k + 1)) | {v})
    return False


def find_act_nouns(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of judged acts of one person (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    judging = adjectives - _concern()
    spans = []
    for k, token in enumerate(doc):
        if token.pos_ != "NOUN" or fold(token.lemma_) not in act_nouns():
            continue
        first = adjectives_before(doc, k)
        if not any(
            {fold(t.lemma_), fold(t.text), fold(t.text).removesuffix("e")} & judging
            for t in doc[first:k]
        ):
            continue
        if (
            possessed(doc, first)
            or tied_after(doc, k, persons)
            or _of_persons(doc, k, persons)
            or having_subject(doc, first, persons, k)
            or _made(doc, first, k)
        ):
            spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


__all__ = ["act_nouns", "find_act_nouns"]
