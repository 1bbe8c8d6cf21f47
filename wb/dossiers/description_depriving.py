"""Taking from a person what they have or need: "Wil jij jouw zoon de zorg ontnemen die hij
nodig heeft?", "ontneem je hem de zorg", "dat ze hun kinderen de mogelijkheid ontnemen om ..."
(labels-aimed4).

A verb of ``wb/lang/nl/description_depriving_verbs.txt`` (by lemma, or a form that starts like
it: the tagger lemmatizes "ontneem" now and then as itself) counts when its clause holds a
person it is taken from, a person noun or an object pronoun ("hem", "hen", "jou"), and a noun
that is taken after it; not with a denial in the clause ("niet ontnemen"). The span runs from
the person's phrase to the verb (verb last) or from the verb to the noun taken (verb first).
Tagger word classes only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_WORDS = by_kind("description_depriving_verbs.txt", fold)
_VERBS = _WORDS["werkwoord"]
_STEMS = tuple(sorted(_WORDS["stam"]))
_OBJECTS = _WORDS["object"]
_DENIALS = _WORDS["ontkenning"]


def _depriving(token: Any) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return fold(token.lemma_) in _VERBS or fold(token.text).startswith(_STEMS)


def _person(doc: Doc, j: int, is_person: Callable[[Any], bool]) -> bool:
    """A person noun, or an object pronoun that is no possessive ("hun kinderen")."""
    token = doc[j]
    if is_person(token):
        return True
    if token.lower_ not in _OBJECTS or token.pos_ != "PRON":
        return False
    return not (j + 1 < len(doc) and doc[j + 1].pos_ in {"NOUN", "ADJ"})


def find_depriving(doc: Doc, is_person: Callable[[Any], bool]) -> list[tuple[int, int]]:
    """Character spans of a verb of depriving with a person deprived in its clause."""
    if not doc.has_annotation("POS"):
        return []
    out = []
    for i, token in enumerate(doc):
        if not _depriving(token):
            continue
        a, b = clause(doc, i)
        if any(t.lower_ in _DENIALS for t in doc[a:b]):
            continue
        persons = [j for j in range(a, b) if j != i and _person(doc, j, is_person)]
        taken = [j for j in range(a, b) if doc[j].pos_ == "NOUN" and j not in persons and j != i]
        before = [j for j in taken if persons and j > persons[0]]
        if not before:
            continue
        thing = before[0]
        p = max(j for j in persons if j < thing)
        if i > thing:  # verb last: "jouw zoon de zorg ontnemen"
            start = p
            while start > a and doc[start - 1].pos_ in {"DET", "PRON"}:
                start -= 1  # "jouw zoon", "hun kinderen"
            end = i
        else:  # verb first: "ontneem je hem de zorg"
            start, end = i, thing
        out.append((doc[start].idx, doc[end].idx + len(doc[end].text)))
    return out


__all__ = ["find_depriving"]
