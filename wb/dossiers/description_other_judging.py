"""Judging language not aimed at one person (labels-other2, issue 11 §1, "ander oordeel").

Four shapes over word classes and general Dutch lemma sets
(``wb/lang/nl/description_other_judging_words.txt``), each measured on all tune batches:

* a compound whose head names a group with scorn, whatever its first part ("schoolpleinmaffia",
  "borstvoedingsmaffia"; :mod:`wb.dossiers.description_nouns` asks for a person noun first),
  unless the first part names a real crime ("drugsmaffia");
* the present participle of a verb of judging others, used bare as an adverb or predicate, not
  before a noun ("anderen reageren veroordelend", "Sommigen kijken beschuldigend");
* "gebrek aan" + a virtue or human faculty, also in a compound ("een gebrek aan fatsoen",
  "gebrek aan inlevingsvermogen"), with adjectives and determiners between; not a lack of a
  thing or of contact ("gebrek aan contact", "gebrek aan sociale controle");
* an evaluative adjective before a noun of belief ("belachelijke opvattingen", "een gewelddadige
  ideologie"); not an adjective of concern ("zorgelijk").

The span is the compound, the participle, "gebrek aan" up to the noun, or the adjectives and the
noun.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_NAME = "description_other_judging_words.txt"
_BETWEEN = frozenset({"ADJ", "DET", "ADV"})


@cache
def other_words(kind: str) -> frozenset[str]:
    """The folded words of one kind of description_other_judging_words.txt."""
    return by_kind(_NAME, fold)[kind]


def _scorned_group(token: Any) -> bool:
    """A compound with a scorned group head and a first part of three letters or more that
    names no real crime ("drugsmaffia" is literal)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    word = fold(token.text).replace("-", "")
    word = word[:-1] if word.endswith("s") else word
    for head in other_words("groepskop"):
        first = word[: -len(head)]
        if word.endswith(head) and len(first) >= 3:
            return not first.startswith(tuple(other_words("misdaad")))
    return False


def _judging_participle(doc: Doc, i: int) -> bool:
    """ "reageren veroordelend": a present participle of a verb of judging others, not before
    a noun or an inflected word (then it is attributive: the noun rules decide)."""
    word = fold(doc[i].text)
    if not word.endswith("end") or doc[i].pos_ not in {"VERB", "ADJ", "ADV"}:
        return False
    if word[:-3] + "en" not in other_words("oordeelwerkwoord"):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN", "ADJ"})


def _virtue(token: Any) -> bool:
    """A virtue or faculty, also as the first part or the head of a compound whose first part
    has four letters or more ("inlevingsvermogen"; not "contact": tact)."""
    if token.pos_ != "NOUN":
        return False
    keys = {fold(token.lemma_), fold(token.text)}
    return any(
        k == v or k.startswith(v) or (k.endswith(v) and len(k) >= len(v) + 4)
        for k in keys
        for v in other_words("deugd")
    )


def _lacks(doc: Doc, k: int) -> tuple[int, int] | None:
    """ "gebrek aan (ADJ/DET) virtue" starting at token k."""
    if fold(doc[k].lemma_) != "gebrek" or k + 2 >= len(doc) or doc[k + 1].lower_ != "aan":
        return None
    j = k + 2
    while j < len(doc) and j - k <= 4 and doc[j].pos_ in _BETWEEN:
        j += 1
    if j < len(doc) and _virtue(doc[j]):
        return doc[k].idx, doc[j].idx + len(doc[j].text)
    return None


def _judged_belief(
    doc: Doc, k: int, judging: Callable[[Any], bool], first_of: Callable[[Doc, int], int]
) -> tuple[int, int] | None:
    """ "belachelijke opvattingen": an evaluative adjective in the run before a belief noun."""
    token = doc[k]
    if token.pos_ != "NOUN":
        return None
    lemma = fold(token.lemma_)
    if not any(lemma == n or lemma.endswith(n) for n in other_words("opvatting")):
        return None
    first = first_of(doc, k)
    if first < k and any(judging(t) for t in doc[first:k]):
        return doc[first].idx, token.idx + len(token.text)
    return None


def find_other_judging(
    doc: Doc, judging: Callable[[Any], bool], first_of: Callable[[Doc, int], int]
) -> list[tuple[int, int]]:
    """Character spans of the four shapes (module doc); judging(token) says whether a token is
    an evaluative adjective, first_of(doc, k) where the adjective run before noun k starts."""
    if not doc.has_annotation("POS"):
        return []
    spans = []
    for k, token in enumerate(doc):
        if _scorned_group(token) or _judging_participle(doc, k):
            spans.append((token.idx, token.idx + len(token.text)))
            continue
        found = _lacks(doc, k) or _judged_belief(doc, k, judging, first_of)
        if found:
            spans.append(found)
    return spans


__all__ = ["find_other_judging", "other_words"]
