"""An offence adjective with a behaviour noun judges only when tied to a person: "tieners
vertonen crimineel gedrag", "zijn criminele gedrag", "het criminele gedrag van de vader".

Annotation policy of 2026-12-06 (labels50, bench/realtext/labels/README.md): an adjective of an
offence (kind ``delict`` of ``wb/lang/nl/description_conduct_bare.txt``: crimineel, strafbaar,
delinquent, misdadig) with a noun of behaviour is a label when the text ties the behaviour to a
person or group as subject or owner, and no label when it names the category in the abstract
("aanpak van crimineel gedrag", "het voorkomen van strafbaar gedrag van kinderen", figures, a
law's wording). Tied (with word classes only):

* a possessive right before the phrase: "zijn criminele gedrag";
* "van", a determiner or possessive, adjectives and a person noun (either number) right after
  the noun: "het criminele gedrag van de vader", "van hun kinderen" (a bare plural, "van
  kinderen", names the category);
* a verb of having or showing (``description_problem_verbs.txt``: hebben, vertonen, ...) in the
  clause with a person as its subject: the first noun or pronoun of the clause before the phrase
  is a person noun, a noun for an offender ("criminelen": the adjective used as a noun) or a
  subject pronoun, or a relative "die" follows a person noun: "dat tieners ... crimineel gedrag
  vertonen", "kinderen die crimineel gedrag vertonen".

labels49 measured such a tie for every adjective that only the CLiPS lexicon holds and dropped
it; here it applies to the offence adjectives only, as the policy line says.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, is_person
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set, words

_SUBJECT_PRONOUNS = word_set("description_subject_pronouns.txt")
_OPENERS = word_set("label_clause_openers.txt")


@cache
def offence_adjectives() -> frozenset[str]:
    """The offence adjectives (kind ``delict`` of description_conduct_bare.txt)."""
    return by_kind("description_conduct_bare.txt", fold).get("delict", frozenset())


@cache
def _having() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_problem_verbs.txt"))


@cache
def _possessives() -> frozenset[str]:
    return by_kind("description_person_words.txt", fold)["bezit"]


def offence_keys(token: Any) -> set[str]:
    """The forms of token that are offence adjectives ("criminele": crimineel)."""
    text = fold(token.text)
    return {text, text.removesuffix("e"), fold(token.lemma_)} & offence_adjectives()


def _person(token: Any) -> bool:
    """A person noun or pronoun, or a noun for an offender ("criminelen", "delinquent")."""
    if is_person(token):
        return True
    if token.pos_ != "NOUN":
        return False
    text = fold(token.text)
    return bool({fold(token.lemma_), text.removesuffix("en"), text} & offence_adjectives())


def _owner_after(doc: Doc, k: int) -> bool:
    """ "van" + a determiner or possessive (+ adjectives) + a person noun right after k."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "van":
        return False
    j = k + 2
    if doc[j].pos_ not in {"DET", "PRON"} or doc[j].lower_ in _SUBJECT_PRONOUNS:
        return False
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    return j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN"} and _person(doc[j])


def _subject(doc: Doc, a: int, first: int) -> bool:
    """A person as subject of the clause a.. before the phrase at first (module doc)."""
    for j in range(first - 1, a - 1, -1):
        if doc[j].lower_ == "die" and doc[j].pos_ == "PRON" and j > 0 and _person(doc[j - 1]):
            return True  # "kinderen die crimineel gedrag vertonen"
    while a < first and doc[a].lower_ in _OPENERS:
        a += 1  # "dat" the tagger reads as a pronoun opens the clause: "..., dat tieners ..."
    for j in range(a, first):
        token = doc[j]
        if token.pos_ in {"NOUN", "PROPN"}:
            return _person(token)
        if token.pos_ == "PRON":
            return token.lower_ in _SUBJECT_PRONOUNS and token.lower_ != "die"
    return False


def offence_tied(doc: Doc, first: int, k: int) -> bool:
    """Whether the behaviour phrase doc[first:k+1] is tied to a person (module doc)."""
    before = doc[first - 1] if first else None
    if before is not None and before.pos_ == "PRON" and before.lower_ in _possessives():
        return True
    if _owner_after(doc, k):
        return True
    a, b = clause(doc, k)
    if not any(
        doc[j].pos_ in {"VERB", "AUX"} and fold(doc[j].lemma_) in _having()
        for j in [*range(a, first), *range(k + 1, b)]
    ):
        return False
    return _subject(doc, a, first)


__all__ = ["offence_adjectives", "offence_keys", "offence_tied"]
