"""Insight a person is said to lack into their own conduct or the child's needs: "dat zij
onvoldoende inzicht had in de impact van haar gedrag", "Moeder heeft geen inzicht in de behoeften
van de kinderen" (labels63).

Bare "inzicht" is no capability noun of :mod:`wb.dossiers.description_lacks` ("geen inzicht in
de cijfers" lacks information, no judgement). It is one when "in" or "op" follows (a form of
"hebben" may stand between: "inzicht had in") and, within eight words without punctuation, a
noun of ``description_insight_objects.txt`` closes the object: the person's own conduct or share
(a possessive or "eigen" in the object before it: "de impact van haar gedrag", "haar eigen
aandeel") or the child's needs ("de behoeften van de kinderen", "zijn belang"). The holder is
checked by description_lacks as for any capability noun.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind


@lru_cache(maxsize=1)
def _objects() -> dict[str, frozenset[str]]:
    return by_kind("description_insight_objects.txt", fold)


def insight_end(doc: Doc, j: int, persons: frozenset[str]) -> int | None:
    """The index of the object noun when token j is "inzicht" into own conduct or a child's
    needs, else None."""
    if fold(doc[j].text) not in _objects().get("hoofd", frozenset()) or doc[j].pos_ != "NOUN":
        return None
    p = j + 1
    if p < len(doc) and fold(doc[p].lemma_) == "hebben":
        p += 1
    if p >= len(doc) or fold(doc[p].text) not in {"in", "op"}:
        return None
    own, child = _objects().get("eigen", frozenset()), _objects().get("kind", frozenset())
    owners = _objects().get("bezit", frozenset())
    owner = False
    for n in range(p + 1, min(len(doc), p + 9)):
        token = doc[n]
        keys = {fold(token.text), fold(token.lemma_)}
        if token.pos_ in {"NOUN", "VERB"}:  # "haar handelen": a verb as noun
            if keys & own and owner:
                return n
            if keys & child and (owner or _of_person(doc, n, persons)):
                return n
        if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ"}:
            return None
        owner = owner or (token.pos_ in {"PRON", "ADJ", "DET"} and fold(token.text) in owners)
    return None


def _of_person(doc: Doc, n: int, persons: frozenset[str]) -> bool:
    """ "van de kinderen", "van haar zoon": "van", at most one determiner or possessive, a
    person noun."""
    if n + 2 >= len(doc) or doc[n + 1].lower_ != "van":
        return False
    k = n + 2
    if doc[k].pos_ in {"DET", "PRON"} and k + 1 < len(doc):
        k += 1
    return bool({fold(doc[k].text), fold(doc[k].lemma_)} & persons)


__all__ = ["insight_end"]
