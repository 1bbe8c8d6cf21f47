"""Guidance withheld from a child, as a judgement of the parent: "Ouders die hun kinderen geen
grenzen stellen", "(ze) stellen geen grenzen", "scheppen daarmee onvoldoende duidelijkheid voor
hun kind" (labels37).

A noun of guidance (``wb/lang/nl/description_guidance_words.txt``, kind ``naam``: grenzen,
regels, duidelijkheid, structuur, ...) with a word of lack right before it (kind ``tekort``:
geen, onvoldoende, (te) weinig, ...; one adjective may stand between: "geen duidelijke
grenzen"; "te weinig" opens the span, "niet weinig" is no lack, labels58) and a verb
of giving in the same clause (kind ``werkwoord``: stellen, geven, bieden, scheppen, ...; at most
four words before the word of lack or after the noun), in a sentence with a person (a person
noun or a personal pronoun). Not a verb of receiving or having ("te weinig structuur krijgt",
"geen structuur had": said of the child), and not when the nearest subject noun before it is a
professional or an institution and no family person ("de school biedt geen structuur": a
judgement of a professional is out of scope, annotation policy 5). The span runs from the first
to the last of verb, word of lack and noun. Tagger word classes only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_capability_unable import professional_subject
from wb.dossiers.description_care import clause, is_person
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_REACH = 4


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_guidance_words.txt (naam, tekort, werkwoord)."""
    return by_kind("description_guidance_words.txt", fold)[kind]


def _keys(token: Any) -> set[str]:
    return {fold(token.text), fold(token.lemma_ or token.text)}


def _giving_verb(doc: Doc, a: int, b: int, first: int, last: int) -> int | None:
    """The verb of giving nearest to the phrase first..last within its clause a..b."""
    near = [*range(first - 1, max(a, first - _REACH - 1) - 1, -1)]
    near += [*range(last + 1, min(b, last + _REACH + 1))]
    for j in sorted(near, key=lambda j: abs(j - first) if j < first else j - last):
        if _giving(doc, j):
            return j
    return None


def _giving(doc: Doc, j: int) -> bool:
    """A verb of giving; its infinitive or plural also when the tagger reads it as a noun
    ("(en) scheppen daarmee ..."), not after a determiner ("de stellen")."""
    token = doc[j]
    if token.pos_ in {"VERB", "AUX"}:
        return bool(_keys(token) & _words("werkwoord"))
    before = doc[j - 1].pos_ if j else ""
    return fold(token.text) in _words("werkwoord") and before != "DET"


def find_guidance_withheld(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of guidance a person withholds from a child (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for k, token in enumerate(doc):
        if token.pos_ != "NOUN" or not _keys(token) & _words("naam"):
            continue
        h = k - 1
        if h >= 0 and doc[h].pos_ == "ADJ" and fold(doc[h].text) not in _words("tekort"):
            h -= 1  # "geen duidelijke grenzen"
        if h < 0 or fold(doc[h].text) not in _words("tekort"):
            continue
        a, b = clause(doc, k)
        j = _giving_verb(doc, a, b, h, k)
        if j is None:
            continue
        sent = doc[k].sent
        if not any(is_person(t) for t in sent):
            continue
        if professional_subject(doc, min(h, j), persons):
            continue
        if h and fold(doc[h].text) == "weinig" and doc[h - 1].lower_ == "niet":
            continue  # "niet weinig grenzen": litotes, not a lack
        if h and fold(doc[h].text) == "weinig" and doc[h - 1].lower_ == "te":
            h -= 1  # "te weinig grenzen gesteld" (labels58)
        first, last = min(h, j), max(k, j)
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_guidance_withheld"]
