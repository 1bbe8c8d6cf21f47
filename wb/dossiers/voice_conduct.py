"""A description that names a conduct or its doers by a judging noun (voice-new-hits).

labels-judging added descriptions without a person noun: a vice or bad conduct by its noun
("dergelijk wangedrag", "uit pure afgunst": :mod:`wb.dossiers.description_vices`), a behaviour
noun after a norm adjective ("normoverschrijdend gedrag":
:mod:`wb.dossiers.description_norm_conduct`) and a noun that names people by their offence
("de relschoppers": :mod:`wb.dossiers.description_offenders`). The learned voice model, trained
before these hits existed, reads such a noun without a person in its sentence as a term talked
about (discussed); the author who writes "veroordeelden de relschoppers" applies it. The
assertion guard (:mod:`wb.dossiers.voice_assertion`, cue ``conduct_noun``) keeps the rules'
``asserted`` for them; the rules' own readings (a definition, a category, a quote, a negation)
are untouched, and so is the model's say over a bare noun that opens its sentence ("Jaloezie is
een normaal gevoel.", "Respectloos gedrag wordt niet getolereerd.": a statement about the conduct
itself or a norm, which the model reads as discussed), and over a sentence whose subject is a
group in general: a plural person noun as its first noun, with no definite determiner,
possessive or pronoun before it ("Steeds meer tieners vertonen crimineel gedrag.": a trend,
labels50's test).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.description_norm_conduct import _behaviour
from wb.dossiers.description_offenders import _offender
from wb.dossiers.description_vices import _is_vice
from wb.dossiers.descriptions import _is_person, load_words
from wb.lang import word_set

_POINTING = frozenset({"Dem", "Prs"})
_DEFINITE = word_set("voice_conduct_definite.txt")


def conduct_head(head: Any, doers: bool = True) -> bool:
    """Whether the head of a description names a conduct (a vice noun, a behaviour noun) or,
    with `doers`, people by their offence ("relschoppers")."""
    if head is None:
        return False
    return _is_vice(head) or _behaviour(head) or (doers and _offender(head))


def conduct_named(tokens: list[Any], at: int, upto: int) -> bool:
    """Whether the description tokens[at:upto] names a conduct or its doers, other than as the
    bare noun that opens its sentence ("Wangedrag is gedrag dat ...") or in a sentence about a
    group in general ("Steeds meer tieners vertonen ...")."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or not conduct_head(inside[-1]):
        return False
    before = [t for t in tokens[:at] if not t.is_space and not t.is_punct]
    if not before and inside[0].pos_ not in {"DET", "PRON"}:
        return False  # a bare noun opening the sentence: its subject, a general statement
    return not _group_opens(tokens, at)


def _group_opens(tokens: list[Any], at: int) -> bool:
    """Whether the first noun of the sentence, before the description, is a plural person noun
    without a definite or pointing determiner, a possessive or a pronoun before it."""
    for t in tokens[:at]:
        if t.pos_ == "PRON" or set(t.morph.get("PronType")) & _POINTING:
            return False
        if t.lower_ in _DEFINITE:
            return False
        if t.pos_ in {"NOUN", "PROPN"}:
            plural = t.morph.get("Number") == ["Plur"]
            return plural and _is_person(t, load_words("person_nouns.txt"))
    return False


__all__ = ["conduct_head", "conduct_named"]
