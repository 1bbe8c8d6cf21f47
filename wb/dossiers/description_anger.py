"""Anger said of a third person: "Als ik zeg dat ze haar jas moet ophangen, wordt ze boos", "De
ouders van het vriendje waren kwaad", "is de moeder zo kwaad geworden dat ..." (labels-aimed4).

An adjective of ``wb/lang/nl/description_anger_words.txt`` in its predicative form (no
"-e": "boze blikken" is attributive) counts when a copula ("zijn", "worden", "blijven",
"lijken", "raken") stands in the same clause, up to eight words before it with no punctuation
between or right after it ("(als ze) kwaad werd", "boos was geworden"), and the nearest person
before it in the sentence is a third person: a person noun or "hij", "zij", "ze". A first or
second person nearer ("toen werd ik boos", "dat je boos bent") is a feeling told by the
speaker or put to the reader, and a denial between them ("die niet gauw boos werd") says the
anger is not there: no hit. Nor with a month or a year in the clause ("dat hij in oktober 2021
boos is geworden"): one dated incident as a report tells it (the bundled dossiers), nor
with "over" right after it ("kwaad over de uitspraak": a feeling about a matter, labels17).
labels-aimed5 (2026-12-07) brought the pattern back with three guards: not of a kind of
person (a plural person noun with no article, demonstrative or possessive: "Ouders die ...
zijn boos", "Veel vaders worden kwaad"), not in a clause opened by a conjunction of condition or
time ("Als de vader boos wordt, ..."), and not with "op"/"tegen" + a bare noun after it ("boos
op school": a place); "om" after it is a cause like "over".
The span is the adjective. :mod:`wb.dossiers.description_states`
reads such a predicate as a state for the other feelings; the tune annotations mark anger of a
parent or child as a description aimed at them (13 right and 2 wrong hits
on 660 tune texts). A "dat" clause right after the adjective gives the feeling's reason ("boos
dat de bus te laat kwam", test_voice_round10): no hit, unless a degree word stands before it
("zo kwaad dat ..."). Tagger word classes only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set

_WORDS = by_kind("description_anger_words.txt", fold)
_ANGER = _WORDS["boos"]
_COPULAS = _WORDS["koppel"]
_THIRD = _WORDS["derde"]
_OTHER_PERSONS = _WORDS["ander"]
_DENIALS = _WORDS["ontkenning"]
_MATTER = _WORDS["reden"]
_TARGETS = _WORDS["doel"]
_CONDITIONS = _WORDS["voorwaarde"]
_GENERIC = _WORDS["algemeen"]
_OWNERS = _WORDS["bezit"]
_DEGREE = _WORDS["graad"]
_BEFORE = 8
_MONTHS = frozenset(fold(w) for w in word_set("months.txt"))


def _copula(token: Any) -> bool:
    return token.pos_ in {"AUX", "VERB"} and token.lemma_.lower() in _COPULAS


def _predicated(doc: Doc, i: int) -> bool:
    """A copula within eight words before token i (no punctuation between) or right after it,
    also after "op" + a person ("boos op de jongen geworden") up to three words on."""
    j = i - 1
    while j >= max(doc[i].sent.start, i - _BEFORE) and doc[j].pos_ != "PUNCT":
        if _copula(doc[j]):
            return True
        j -= 1
    end = min(doc[i].sent.end, i + 5)
    for t in doc[i + 1 : end]:
        if t.pos_ == "PUNCT" or t.pos_ == "SCONJ":
            return False
        if _copula(t):
            return True
    return False


def _dated(doc: Doc, i: int) -> bool:
    """A month or a year in the clause of token i: one incident on a date, as a report tells it
    ("dat hij in oktober 2021 boos is geworden")."""
    a, b = clause(doc, i)
    return any(
        fold(t.text) in _MONTHS or (t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"})
        for t in doc[a:b]
    )


def _person_before(doc: Doc, i: int, is_person: Callable[[Any], bool]) -> int | None:
    """The nearest person before token i in its sentence when it is a third person and no
    denial stands between, else None."""
    for j in range(i - 1, doc[i].sent.start - 1, -1):
        t = doc[j]
        low = t.lower_
        if low in _DENIALS:
            return None
        if low in _OTHER_PERSONS and t.pos_ == "PRON":
            return None
        if (low in _THIRD and t.pos_ == "PRON") or is_person(t):
            return j
    return None


def angry_person(doc: Doc, i: int, is_person: Callable[[Any], bool]) -> bool:
    """True when the nearest person before token i in its sentence is a third person and no
    denial stands between."""
    return _person_before(doc, i, is_person) is not None


def generic_person(doc: Doc, j: int) -> bool:
    """True when the person at token j is a kind, not someone: a plural noun with no article,
    demonstrative or possessive before it ("Ouders die ... zijn boos", "veel vaders worden
    boos"); adjectives and numerals may stand between (labels-aimed5)."""
    t = doc[j]
    if t.pos_ != "NOUN" or "Plur" not in t.morph.get("Number"):
        return False
    k = j - 1
    while k >= t.sent.start and doc[k].pos_ in {"ADJ", "ADV", "NUM"}:
        if fold(doc[k].text) in _GENERIC:
            return True
        k -= 1
    if k < t.sent.start:
        return True
    low = fold(doc[k].text)
    if low in _GENERIC:
        return True
    return doc[k].pos_ not in {"DET", "PRON", "PROPN", "NOUN"} and low not in _OWNERS


def conditional(doc: Doc, i: int) -> bool:
    """True when token i stands in a clause opened by a conjunction of condition or time
    ("als", "wanneer", "indien", "zodra"): "Als de vader boos wordt, ..." (labels-aimed5)."""
    a, _ = clause(doc, i)
    if fold(doc[a].text) in _CONDITIONS:
        return True  # the tagger read the conjunction as an adverb
    return a > doc[i].sent.start and fold(doc[a - 1].text) in _CONDITIONS


def _with_reason(doc: Doc, i: int) -> bool:
    """True when a "dat" clause right after the adjective gives the feeling's reason ("boos dat
    de bus te laat kwam"); "zo boos dat ..." tells how angry, and counts."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "dat":
        return False
    return not (i > 0 and fold(doc[i - 1].text) in _DEGREE)


def find_anger(doc: Doc, is_person: Callable[[Any], bool]) -> list[tuple[int, int]]:
    """Character spans of anger adjectives predicated of a third person in doc."""
    if not doc.has_annotation("POS"):
        return []
    out = []
    for i, token in enumerate(doc):
        word = fold(token.text)
        if word not in _ANGER or token.pos_ not in {"ADJ", "VERB"}:
            continue
        if i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
            continue  # "kwaad bloed": attributive
        if i + 1 < len(doc) and doc[i + 1].lower_ in _MATTER:
            continue  # "kwaad over de uitspraak": a feeling about a matter
        if _with_reason(doc, i):
            continue  # "boos dat de bus te laat kwam": a feeling with its reason
        if i + 2 < len(doc) and doc[i + 1].lower_ in _TARGETS and doc[i + 2].pos_ == "NOUN":
            continue  # "boos op school": a place, not a person the anger is aimed at
        if not _predicated(doc, i) or _dated(doc, i) or conditional(doc, i):
            continue
        j = _person_before(doc, i, is_person)
        if j is not None and not generic_person(doc, j):
            out.append((token.idx, token.idx + len(token.text)))
    return out


__all__ = ["angry_person", "conditional", "find_anger", "generic_person"]
