"""Conduct judged by a reflexive verb: "kinderen die zich op straat misdragen" (labels-aimed4).

A verb of ``wb/lang/nl/description_reflexive_conduct_verbs.txt`` (misdragen, aanstellen,
uitsloven: with "zich" the verb itself judges a person's conduct) with "zich" before it in the
same clause (at most three words between, no punctuation or conjunction: "dat ze zich
misdragen", "het kind dat zich gaat misdragen") or right after its finite form ("Hij misdraagt
zich"). Without "zich" the verb is no judgement ("iemand aanstellen" is to appoint). The span
runs from the first to the last of the two words.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import words

_REACH = 3  # words between "zich" and the verb: "zich op straat misdragen"


@cache
def _verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_reflexive_conduct_verbs.txt"))


def _conduct_verb(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.pos_ in {"VERB", "AUX"} and fold(token.lemma_) in _verbs()


def find_reflexive_conduct(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of "zich" + a reflexive verb of misconduct (see the module doc)."""
    spans = []
    for z, token in enumerate(doc):
        if token.lower_ != "zich":
            continue
        if z and _conduct_verb(doc, z - 1):
            spans.append((doc[z - 1].idx, token.idx + len(token.text)))  # "misdraagt zich"
            continue
        for k in range(z + 1, min(len(doc), z + _REACH + 2)):
            if doc[k].is_punct or doc[k].pos_ in {"CCONJ", "SCONJ"}:
                break  # another clause: "zich ... en ...", "zich ..., omdat ..."
            if _conduct_verb(doc, k):
                spans.append((token.idx, doc[k].idx + len(doc[k].text)))
                break
    return spans


__all__ = ["find_reflexive_conduct"]
