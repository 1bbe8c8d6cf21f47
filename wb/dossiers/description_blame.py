"""Blame laid on a parent or child: "het is de schuld van mamma", "de kinderen krijgen de
schuld" (labels63; labels-policy3 line 15: blame a text lays on a parent or child is a
judgement).

With word classes: the singular noun "schuld" (``description_blame_words.txt``, kind
``schuld``) with "de" or a possessive before it, tied to a person by "van"/"bij" and at most one
determiner or possessive before a person noun, a personal pronoun or a name ("de schuld van de
ouders", "de schuld bij hem"); or with "de" before it, a verb of kind ``geven`` in its clause
("krijgen", "geven", "leggen", "schuiven") and a person in that clause ("Ze geven de moeder de
schuld"; with "bij" after it only a person noun: not "bij mij"); or with a possessive
before it after a form of "zijn" ("Het is haar schuld"). Not
when a money word of kind ``geld`` stands in the sentence ("de schuld van de moeder bij de
bank": a debt), not "schulden" (plural) and not "een schuld". The span runs from the
determiner or possessive to the person (with a tie), else it is "de/haar schuld".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, is_person, person_subject
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_POSSESSIVES_KIND = "bezit"


@cache
def _words(kind: str) -> frozenset[str]:
    return by_kind("description_blame_words.txt", fold).get(kind, frozenset())


def _possessive(token) -> bool:
    from wb.dossiers.description_problems import person_words

    return token.pos_ == "PRON" and token.lower_ in person_words()[_POSSESSIVES_KIND]


def _tied_person(doc: Doc, k: int) -> int | None:
    """The index of the person after "van"/"bij" right after the noun at k, else None."""
    if k + 2 >= len(doc) or fold(doc[k + 1].text) not in _words("band"):
        return None
    j = k + 2
    if doc[j].pos_ in {"DET", "PRON"} and not is_person(doc[j]) and j + 1 < len(doc):
        j += 1
    token = doc[j]
    if is_person(token) or (token.pos_ == "PROPN" and token.text[:1].isupper()):
        return j
    return None


def _laid_on_person(doc: Doc, k: int, b: int) -> bool:
    """Whom "bij" after the noun at k names, if it names anyone, is a person noun: "leggen de
    schuld bij de moeder"; not a pronoun ("leggen de schuld van dit alles bij mij": who is
    blamed is not said to be a parent or child)."""
    for j in range(k + 1, b):
        if fold(doc[j].text) != "bij":
            continue
        n = j + 1
        while n < b and doc[n].pos_ in {"DET", "PRON"} and not is_person(doc[n]):
            n += 1
        return n < b and doc[n].pos_ == "NOUN" and is_person(doc[n])
    return True


def find_blame(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of blame laid on a person (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for k, token in enumerate(doc):
        if token.pos_ != "NOUN" or fold(token.text) not in _words("schuld") or k == 0:
            continue
        sent = token.sent
        if any(fold(t.text) in _words("geld") or fold(t.lemma_) in _words("geld") for t in sent):
            continue
        before = doc[k - 1]
        if not (before.lower_ == "de" or _possessive(before)):
            continue
        person = _tied_person(doc, k)
        if person is not None:
            spans.append((before.idx, doc[person].idx + len(doc[person].text)))
            continue
        a, b = clause(doc, k)
        if before.lower_ != "de":
            if any(fold(doc[j].lemma_) == "zijn" and doc[j].pos_ == "AUX" for j in range(a, k)):
                spans.append((before.idx, token.idx + len(token.text)))  # "Het is haar schuld"
            continue
        giving = any(
            doc[j].pos_ in {"VERB", "AUX"} and fold(doc[j].lemma_) in _words("geven")
            for j in range(a, b)
        )
        if giving and person_subject(doc, a, b, {k - 1, k}) and _laid_on_person(doc, k, b):
            spans.append((before.idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_blame"]
