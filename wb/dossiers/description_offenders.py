"""Nouns that name a person or group by wrong conduct or an offence: "de relschoppers", "geharde
criminelen", "straattuig".

Other judging language (labels-judging, issue 11 §1): a noun of
``wb/lang/nl/description_offender_nouns.txt`` (relschopper, crimineel, boosdoener, ...), also as
the head of a compound of at least four more letters ("jeugdcriminelen"; not a short word such
as "tuig", which heads "voertuig"), counts wherever it stands, like the person judgements of
:mod:`wb.dossiers.description_nouns` ("lastpak"). An adjective ("crimineel") is no such noun:
labels50's offence adjectives need a tie. The span is the adjectives before the noun and the
noun ("nachtelijke relschoppers").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_problems import adjectives_before
from wb.dossiers.lexicon import fold
from wb.lang import words

_SHORT = 5  # a list word shorter than this counts only as a whole word ("tuig")


@lru_cache(maxsize=1)
def offender_nouns() -> frozenset[str]:
    """The folded lemmas of description_offender_nouns.txt."""
    return frozenset(fold(w) for w in words("description_offender_nouns.txt"))


def _keys(token: Any) -> set[str]:
    """Folded lemma and text, and the text without a plural ending ("Relschoppers", read as a
    name and so not lemmatised)."""
    text = fold(token.text)
    keys = {fold(token.lemma_), text}
    for ending in ("en", "s"):
        if text.endswith(ending) and len(text) > len(ending) + 3:
            stem = text[: -len(ending)]
            keys |= {stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    if text.endswith("elen"):
        keys.add(text[:-4] + "eel")  # "criminelen": crimineel
    return keys - {""}


def _offender(token: Any) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    nouns = offender_nouns()
    for key in _keys(token):
        if key in nouns:
            return True
        if any(key.endswith(n) and len(n) >= _SHORT and len(key) - len(n) >= 4 for n in nouns):
            return True
    return False


def find_offenders(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of nouns that name a person by wrong conduct (module doc)."""
    spans = []
    for k, token in enumerate(doc):
        if _offender(token):
            first = adjectives_before(doc, k)
            spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_offenders", "offender_nouns"]
