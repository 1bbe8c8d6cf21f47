"""A judging noun tied to one person: "haar grillen", "de jaloezie van vader", "zijn waanbeelden".

Word classes and lemmas, not phrases. A NOUN counts when its lemma (or its text) is in
``wb/lang/nl/description_judging_nouns.txt`` (general Dutch words for a judged behaviour,
motive or delusion: gril, wrok, waanbeeld, gedragsprobleem, ...) or is an evaluative adjective
of :func:`wb.dossiers.descriptions.evaluative_words` + "-heid" ("jaloersheid",
"onbetrouwbaarheid"), and when it is tied to one person the way
:mod:`wb.dossiers.description_problems` ties a problem word: a possessive "haar", "zijn" or "hun"
right before it or before its adjectives ("zijn eeuwige grillen"), or "van"/"bij" and one person
right after it ("de jaloersheid van mijn vrouw"), or a person subject and a verb of having
right before it ("het kind heeft gedragsproblemen", "vader koestert wrok" is not: koesteren is
no verb of having). A bare noun ("wrok is een slechte raadgever"),
a noun of a thing or group ("de grillen van het weer", "de onwil van de instanties") and a
feeling or care need ("haar verdriet", "zijn zorgbehoefte") are no label. The span is the
adjectives and the noun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_problems import (
    adjectives_before,
    having_subject,
    person_words,
    tied_after,
)
from wb.dossiers.lexicon import fold
from wb.lang import words


@lru_cache(maxsize=1)
def judging_nouns() -> frozenset[str]:
    """The folded lemmas of description_judging_nouns.txt."""
    return frozenset(fold(w) for w in words("description_judging_nouns.txt"))


def _judging(token: Any, adjectives: frozenset[str]) -> bool:
    keys = {fold(token.lemma_), fold(token.text)}
    if keys & judging_nouns():
        return True
    return any(k.endswith("heid") and k[:-4] in adjectives for k in keys)


def find_judging_nouns(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of judging nouns tied to one person in doc (word classes needed)."""
    spans = []
    for k, token in enumerate(doc):
        if token.pos_ != "NOUN" or not _judging(token, adjectives):
            continue
        first = adjectives_before(doc, k)
        before = doc[first - 1] if first else None
        possessed = (
            before is not None
            and before.pos_ == "PRON"
            and before.lower_ in person_words()["bezit"]
        )
        if possessed or tied_after(doc, k, persons) or having_subject(doc, first, persons):
            spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_judging_nouns", "judging_nouns"]
