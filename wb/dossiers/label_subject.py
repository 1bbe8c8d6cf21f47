"""Whether a verb term has a phenomenon, not a person, as its subject: then it is no label.

"Moeder beïnvloedt het kind" labels a parent; "hoe dit kinderen beïnvloedt" and "de scheiding
beïnvloedt het kind" describe what a situation does. For the verbs of
``wb/lang/nl/label_person_subject_verbs.txt`` (with word classes only) the subject is the first
noun or pronoun of the clause before the verb (the clause starts after punctuation or a
clause opener), else the first one after it ("Daarom beïnvloedt de scheiding ..."). A relative
pronoun ("..., die het kind beïnvloedt") stands for the nearest noun before it. The subject is
a person when it is a personal pronoun, a person noun or role, or a name, and so is a noun
after a possessive ("uw gedrag": what a person does); a thing pronoun
("dit", "het") or another noun is a phenomenon.

labels62: a noun in a prepositional phrase before the verb is no subject ("Voor Tessa's moeder
overheerste machteloosheid": the subject is the noun after the verb); "overheersen" joined the
verbs.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

VERBS = word_set("label_person_subject_verbs.txt")
THING_PRONOUNS = word_set("label_thing_pronouns.txt")
_PERSONS = (
    word_set("person_nouns.txt")
    | word_set("voice_roles.txt")
    | word_set("voice_personal_pronouns.txt")
    | word_set("voice_pronouns.txt")
)
OPENERS = word_set("label_clause_openers.txt")
RELATIVE = word_set("label_relative_pronouns.txt")
_POSSESSIVES = word_set("voice_model_possessives.txt")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "-"})


def _nominal(token: Any, verb: Any) -> bool:
    if token.pos_ == "DET":
        return _pronoun_det(token, verb)
    return token.pos_ in _NOMINAL and token.lower_ not in OPENERS - RELATIVE


def _pronoun_det(token: Any, verb: Any) -> bool:
    """A demonstrative tagged DET that is the subject itself: in a verb-final clause another
    noun follows it before the verb ("hoe dit kinderen ... beïnvloedt", "maar die kinderen op
    verschillende manieren beïnvloeden")."""
    if token.lower_ not in RELATIVE or token.lower_ == "wat" or token.i >= verb.i:
        return False
    doc = verb.doc
    final = verb.i + 1 >= verb.sent.end or doc[verb.i + 1].text in _BREAKS
    later = [t for t in doc[token.i + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return final and bool(later)


def _is_person(token: Any) -> bool:
    word, lemma = fold(token.text), fold(token.lemma_)
    if word in THING_PRONOUNS:
        return False
    if word in _POSSESSIVES:
        return True  # "uw gedrag beïnvloedt het kind": a person's doing
    if word in _PERSONS or lemma in _PERSONS or token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.i > token.sent.start and token.text.isalpha()


def _antecedent(doc: Doc, k: int, floor: int) -> Any | None:
    """The nearest noun (or name) before the relative pronoun at k within the sentence."""
    for j in range(k - 1, floor - 1, -1):
        if doc[j].pos_ in {"NOUN", "PROPN"}:
            return doc[j]
    return None


def _pronoun_subject(doc: Doc, k: int, floor: int, verb: Any) -> bool:
    """A relative or demonstrative pronoun at k ("het gedrag, die ...", "maar die ..."), not the
    conjunction "dat" after a verb ("zegt dat ...")."""
    token = doc[k]
    if token.lower_ not in RELATIVE or token.pos_ == "SCONJ":
        return False  # "zegt in zijn vonnis dat de moeder ... beïnvloedt": a conjunction
    if token.pos_ != "PRON" and not _pronoun_det(token, verb):
        return False
    before = doc[k - 1] if k > floor else None
    return before is not None and (
        before.pos_ in {"NOUN", "PROPN", "CCONJ"} or before.text == "," or before.lower_ == "maar"
    )


def _in_phrase(doc: Doc, j: int, floor: int) -> bool:
    """A noun after a preposition, with at most three determiners, adjectives, possessives or a
    name's genitive between ("voor Tessa's moeder", "in de eerste plaats"): no subject."""
    h = j - 1
    while (
        h > floor
        and j - h <= 3
        and (
            doc[h].pos_ in {"DET", "ADJ", "NUM", "PROPN"}
            or doc[h].lower_ in _POSSESSIVES
            or doc[h].text in {"'s", "\u2019s"}
        )
    ):
        h -= 1
    return h > floor and doc[h].pos_ == "ADP"


def phenomenon_subject(doc: Doc, start: int, end: int) -> bool:
    """True when the hit [start, end) is a verb of VERBS whose subject is no person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = span[0] if span is not None and len(span) else None
    if verb is None or not verb.pos_ or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not doc.has_annotation("SENT_START"):
        return False
    if fold(verb.lemma_) not in VERBS and fold(verb.text) not in VERBS:
        return False
    floor = verb.sent.start
    k = verb.i - 1
    while k >= floor and doc[k].text not in _BREAKS and doc[k].lower_ not in OPENERS:
        k -= 1
    opener = doc[k] if k >= floor else None
    if opener is not None and _pronoun_subject(doc, k, floor, verb):
        found = _antecedent(doc, k, floor)
        return found is not None and not _is_person(found)
    first = next(
        (t for t in doc[k + 1 : verb.i] if _nominal(t, verb) and not _in_phrase(doc, t.i, k)),
        None,
    )
    if first is None:
        after = doc[verb.i + 1 : min(verb.sent.end, verb.i + 4)]
        first = next((t for t in after if _nominal(t, verb)), None)
    return first is not None and not _is_person(first)


__all__ = ["phenomenon_subject"]
