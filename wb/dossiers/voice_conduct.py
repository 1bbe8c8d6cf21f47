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
are untouched, and so is the model's say over a bare noun that opens its sentence before a form
of "zijn" ("Jaloezie is een normaal gevoel.": a statement about the conduct itself, which the
model reads as discussed).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.description_norm_conduct import _behaviour
from wb.dossiers.description_offenders import _offender
from wb.dossiers.description_vices import _is_vice


def conduct_head(head: Any, doers: bool = True) -> bool:
    """Whether the head of a description names a conduct (a vice noun, a behaviour noun) or,
    with `doers`, people by their offence ("relschoppers")."""
    if head is None:
        return False
    return _is_vice(head) or _behaviour(head) or (doers and _offender(head))


def conduct_named(tokens: list[Any], at: int, upto: int) -> bool:
    """Whether the description tokens[at:upto] names a conduct or its doers, other than as the
    bare subject that opens a statement about it ("Wangedrag is gedrag dat ...")."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or not conduct_head(inside[-1]):
        return False
    before = [t for t in tokens[:at] if not t.is_space and not t.is_punct]
    after = next((t for t in tokens[upto:] if not t.is_space), None)
    opens = not before and inside[0].pos_ not in {"DET", "PRON"}
    return not (opens and after is not None and after.lemma_.lower() == "zijn")


__all__ = ["conduct_head", "conduct_named"]
