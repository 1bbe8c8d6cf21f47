"""A good quality denied to a person: "geen goede moeder", "nooit een goede ouder".

Word classes and a short list, not phrases: "geen" (or "niet"/"nooit" + "een") right before an
adjective of what a parent or person ought to be (``description_denied_qualities.txt``: goed,
echt, ...) and a person noun ("Je bent geen goede moeder", "nooit een goede moeder?", "geen echte
vrouw"). The span runs from the denial to the noun. Not "geen goede band" (no person), not "een
goede moeder" (nothing denied), not "geen goede ouders meer nodig" read otherwise: the noun must
follow the adjective right away.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_QUALITIES = word_set("description_denied_qualities.txt")
_ARTICLE_DENIALS = frozenset({"niet", "nooit"})


def _person(token: Any, persons: frozenset[str]) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return person_key({fold(token.text), fold(token.lemma_)}, persons)


def find_denied_qualities(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans "geen goede moeder" / "nooit een goede moeder" in doc."""
    spans = []
    for k in range(len(doc) - 2):
        word = doc[k].lower_
        if word == "geen":
            j = k + 1
        elif word in _ARTICLE_DENIALS and doc[k + 1].lower_ == "een":
            j = k + 2
        else:
            continue
        if j + 1 >= len(doc) or doc[j].pos_ != "ADJ":
            continue
        if (
            fold(doc[j].lemma_) not in _QUALITIES
            and fold(doc[j].text).rstrip("e") not in _QUALITIES
        ):
            continue
        if _person(doc[j + 1], persons):
            spans.append((doc[k].idx, doc[j + 1].idx + len(doc[j + 1].text)))
    return spans


__all__ = ["find_denied_qualities"]
