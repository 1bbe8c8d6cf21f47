"""A person judged with "vinden": "Ik vind hem brutaal", "(dat) ik haar onredelijk vond".

A form of "vinden" with a person as object pronoun (``description_opinion_objects.txt``: hem,
haar, hen; not "het": "ik vind het fijn dat ...") and an evaluative adjective as its predicate
(at most three adverbs or grading words between), in either order of a main or a verb-final
clause; the span is the adjective. Not when a noun, preposition or conjunction follows the
adjective ("vond hem vervelend voor haar", "vind hem lastig om ...": a reason or purpose), with
word classes only.

labels-aimed4 (tune batches 26, 37, 49): the object is also a first- or second-person pronoun
("Veel mensen vonden me onverantwoordelijk": a judgement applied to the speaker is a label too),
a person noun after adjectives ("vindt haar oudere zus irritant") or a conduct noun of
``description_conduct_nouns.txt`` ("vinden deze houding hinderlijk"); not a thing ("vindt ze
modern speelgoed schadelijk") and not "het"/"dat".
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_adjectival import grades_next, is_adjectival
from wb.dossiers.lexicon import fold
from wb.lang import word_set, words

_OBJECTS = word_set("description_opinion_objects.txt")
_STOPS = frozenset({"NOUN", "ADP", "SCONJ", "VERB"})


_GRADES = word_set("description_grading_words.txt")


def _grade(doc: Doc, k: int, adjectives: frozenset[str]) -> bool:
    """A grading word before the predicate: an adverb, a word of the grading list, or an
    uninflected adjective (or participle) that is no judgement itself before another one ("erg
    irritant", "ontzettend vervelend": UD tags both ADJ, labels48)."""
    token = doc[k]
    if token.pos_ == "ADV" or token.lower_ in _GRADES:
        return True
    return grades_next(doc, k, lambda d, i: bool({fold(d[i].text), fold(d[i].lemma_)} & adjectives))


_CONDUCT = frozenset(fold(w) for w in words("description_conduct_nouns.txt"))


def _conduct_noun(token: Any) -> bool:
    """A noun of conduct, also as a compound head ("deze houding", "zijn rijgedrag")."""
    lemma = fold(token.lemma_)
    return token.pos_ == "NOUN" and any(lemma.endswith(c) for c in _CONDUCT)


def _opinion_verb(token: Any) -> bool:
    return token.pos_ in {"VERB", "AUX"} and fold(token.lemma_) == "vinden"


def find_opinions(
    doc: Doc, adjectives: frozenset[str], persons: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Character spans of evaluative adjectives predicated of a person with "vinden"."""
    spans = []
    for i, token in enumerate(doc):
        person = token.pos_ == "NOUN" and fold(token.lemma_) in persons
        if (person or _conduct_noun(token)) and token.i > 0:
            spans += _noun_object(doc, i, adjectives)
            continue
        if token.pos_ != "PRON" or token.lower_ not in _OBJECTS:
            continue
        k = i + 1
        while k < len(doc) and k - i <= 3 and _grade(doc, k, adjectives):
            k += 1
        if k >= len(doc) or not is_adjectival(doc[k]):
            continue
        if not ({fold(doc[k].text), fold(doc[k].lemma_)} & adjectives):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        verb_final = after is not None and _opinion_verb(after)
        if after is not None and after.pos_ in _STOPS and not verb_final:
            continue
        before = doc[max(0, i - 3) : i]
        if verb_final or any(_opinion_verb(t) for t in before):
            spans.append((doc[k].idx, doc[k].idx + len(doc[k].text)))
    return spans


def _noun_object(doc: Doc, i: int, adjectives: frozenset[str]) -> list[tuple[int, int]]:
    """ "Zij vonden zoon vreemd en een beetje gek", "vond de moeder onredelijk": a person noun
    or a conduct noun (bare, or after one determiner or possessive, with at most two adjectives
    before the noun: "vindt haar oudere zus irritant") right after a form of "vinden", then a list
    of adjectives joined by "," or "en" with grading words between; the evaluative ones count.
    The list stops at any other word; a noun, preposition or conjunction after the last
    adjective drops it ("vond de moeder lastig voor het kind")."""
    h = i - 1
    while h > 0 and i - h <= 2 and doc[h].pos_ == "ADJ":
        h -= 1  # "haar oudere zus" (labels-aimed4)
    if doc[h].pos_ in {"DET", "PRON"} and h > 0:
        h -= 1
    if not _opinion_verb(doc[h]):
        return []
    out = []
    k = i + 1
    while k < len(doc):
        while k < len(doc) and _grade(doc, k, adjectives):
            k += 1
        if k >= len(doc) or not is_adjectival(doc[k]):
            break
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.pos_ in _STOPS | {"ADP", "SCONJ"} and after.lower_ != "en":
            break
        if {fold(doc[k].text), fold(doc[k].lemma_)} & adjectives:
            out.append((doc[k].idx, doc[k].idx + len(doc[k].text)))
        if after is None or after.lower_ not in {",", "en"}:
            break
        k += 2
    return out


__all__ = ["find_opinions"]
