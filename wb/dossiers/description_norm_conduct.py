"""Behaviour judged as crossing a norm, without a tie to a person: "normoverschrijdend gedrag",
"problematisch gedrag", "Extreem gedrag minderjarige".

Other judging language (labels-judging, issue 11 §1): an adjective of
``wb/lang/nl/description_norm_conduct.txt`` (a norm crossed or a problem: normoverschrijdend,
problematisch, extreem, ...) right before a behaviour noun (the kind ``naam`` of
``description_conduct_bare.txt``: gedrag, gedraging; also as the head of a compound), at most one
more adjective between ("onaangepast sociaal gedrag"). Not when "van" + a professional or a body
follows (policy 5, :func:`wb.dossiers.description_vices.tied_to_role`). The span is the
adjectives and the noun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_vices import tied_to_role
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, words


@lru_cache(maxsize=1)
def _norms() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_norm_conduct.txt"))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return by_kind("description_conduct_bare.txt", fold).get("naam", frozenset())


def _behaviour(token: Any) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma = fold(token.lemma_)
    return any(lemma == n or (lemma.endswith(n) and len(lemma) > len(n) + 2) for n in _nouns())


def _norm(token: Any) -> bool:
    text = fold(token.text)
    keys = {fold(token.lemma_), text, text.removesuffix("e")}
    return token.pos_ in {"ADJ", "VERB"} and bool(keys & _norms())


def find_norm_conduct(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a norm adjective + a behaviour noun (module doc)."""
    spans = []
    for k, token in enumerate(doc):
        if not _behaviour(token) or tied_to_role(doc, k):
            continue
        for first in (k - 1, k - 2):
            if first < 0 or not all(doc[j].pos_ in {"ADJ", "VERB"} for j in range(first, k)):
                break
            if _norm(doc[first]):
                spans.append((doc[first].idx, token.idx + len(token.text)))
                break
    return spans


__all__ = ["find_norm_conduct"]
