"""Meddling as a judgement of a person: "bemoeit ze zich overal mee", "ouders die zich overal
mee bemoeien", "zich te pas en te onpas bemoeien" (labels45).

A form of "zich bemoeien" (``wb/lang/nl/description_meddling_words.txt``, kind ``werkwoord``) with
its reflexive pronoun (kind ``wederkerend``) and a word that says the meddling goes too far (kind
``maat``: overal, altijd, steeds, teveel, "te pas en te onpas"; also "te veel") in the same
sentence, at most six words before the verb or three after it, no punctuation between. Not when a
negator stands there ("bemoeit zich nergens mee", "bemoeit zich niet overal mee"): meddling denied
is no judgement. "zich bemoeien met" alone is a plain report ("de rechter bemoeit zich met de
omgang") and stays out; "te veel" with the verb was already found by
:func:`wb.dossiers.description_care.find_excess`, the spans are merged. The span runs from the first
to the last of verb, pronoun and word of measure. Tagger word classes only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set

_REACH = 6
_AFTER = 3


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_meddling_words.txt (werkwoord, wederkerend, ...)."""
    return by_kind("description_meddling_words.txt", fold)[kind]


@cache
def _negators() -> frozenset[str]:
    return word_set("aimed_care_negators.txt") | _words("ontkenning")


def _measure(doc: Doc, j: int) -> bool:
    """A word of measure at j, or "te veel" starting at j."""
    word = fold(doc[j].text)
    if word in _words("maat"):
        return True
    return word == "te" and j + 1 < len(doc) and fold(doc[j + 1].text) == "veel"


def _window(doc: Doc, i: int) -> range:
    """Tokens at most _REACH from i in its sentence, not across punctuation (a clause's "en"
    may fall inside: "zich te pas en te onpas bemoeien")."""
    sent = doc[i].sent
    a = i
    while a > max(sent.start, i - _REACH) and not doc[a - 1].is_punct:
        a -= 1
    b = i + 1
    while b < min(sent.end, i + _REACH + 1) and not doc[b].is_punct:
        b += 1
    return range(a, b)


def find_meddling(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a person's meddling judged as too much (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if fold(token.text) not in _words("werkwoord"):
            continue
        near = _window(doc, i)
        near = [j for j in near if j <= i + _AFTER]  # "bemoeit ze zich overal (mee)"
        reflexive = [j for j in near if doc[j].lower_ in _words("wederkerend")]
        measures = [j for j in near if _measure(doc, j)]
        if not reflexive or not measures:
            continue
        if any(fold(doc[j].text) in _negators() for j in near):
            continue
        ends = [i, *reflexive, *measures]
        first, last = min(ends), max(ends)
        if doc[last].lower_ == "te":
            last += 1  # "te veel"
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_meddling"]
