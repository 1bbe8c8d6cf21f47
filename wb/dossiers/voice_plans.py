"""A plan as a reporting cue: "De Kamer wil ouders van criminele jongeren bestraffen".

A finite verb of wanting (``voice_wish_verbs.txt``: willen, wensen, eisen) with an object and
an infinitive after it in its clause states someone's plan; the words in that plan are the
planner's ("De VVD wil ouders ... straffen", "minister X wil ouders van jeugdcriminelen kunnen
beboeten", "Jongens ... wil ze weg kunnen houden bij ... criminele jongens"). It is a weak cue
(:mod:`wb.dossiers.voice_attribution` needs a subject for it), so "ik/wij wil(len) ..." stays
the author's own. Not a plan: the infinitive right after the verb ("wil zeggen", "die wil
scheiden van ..."), a conditional "zou/zouden ... willen", the noun ("tegen wil en dank"), or
no infinitive before the clause ends, no object between ("wilde niet meewerken"). The group the
plan is about (the object's head, a relative clause on it) is not the planner's word
(:func:`plan_target`): the cue does not reach it. "X wil dat ..." is the cue of voice17.

labels-voice3 (bench/README.md): the shape of 10 wrong voices in six tune batches (34-36,
39, 40, 44), attributed read as asserted or discussed.

labels57 (bench/README.md): the group a plan is about is ``discussed`` (a measure for a
category of people, the annotation guide's choice for batches 39, 41 and 49), not the author's:
:class:`wb.dossiers.voice.VoiceResolver` reads :func:`plan_target` so. The group may stand after
a preposition ("wil bij onwillige ouders ... inhouden"); a relative clause counts only on the
object's own head ("wil ouders die ... straffen"; not "wil geen aanpak meer van ouders die
...", where the plan is about the approach); and a condition on the plan with a pronoun subject
("wil ouders ... bestraffen als zij weigeren ...") says when the plan applies to the group.
"""

from __future__ import annotations

from typing import Any

from wb.lang import word_set

_CONDITIONAL = word_set("voice_reportative_modals.txt")  # zou, zouden
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")"})
_REACH = 15  # tokens from the verb to its infinitive
_OBJECT = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ"})
_MODIFIERS = frozenset({"DET", "ADJ", "ADV", "NUM", "PUNCT"})
_RELATIVE = word_set("voice_relative_pronouns.txt")
_CONDITIONS = word_set("voice_condition_openers.txt")
_GROUP_PREPOSITIONS = word_set("voice_plan_group_prepositions.txt")


def plan_wish(tokens: list[Any], low: list[str], k: int) -> bool:
    """True when the verb of wanting at k opens a plan: an object, then an infinitive."""
    tok = tokens[k]
    if tok.pos_ not in {"VERB", "AUX"} or "Fin" not in tok.morph.get("VerbForm"):
        return False
    if _CONDITIONAL & set(low[max(0, k - 3) : k]):
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + _REACH)):
        if low[j] in _CLAUSE_ENDS or low[j] == "dat" or tokens[j].is_space:
            return False
        if tokens[j].pos_ == "VERB" and "Inf" in tokens[j].morph.get("VerbForm"):
            # an object between ("wilde niet meewerken" is the subject's own unwillingness)
            return any(t.pos_ in _OBJECT for t in tokens[k + 1 : j])
    return False


def plan_target(tokens: list[Any], k: int, at: int) -> bool:
    """True when the term at `at` names the group the plan at k is about: the object's head
    right after the verb (or after one preposition: "wil bij onwillige ouders ... inhouden"),
    with only determiners, adjectives and adverbs between ("wil asogezinnen uit hun huis
    zetten"), a relative clause on that head ("wil ouders die ... tekortschieten beter
    helpen"), or a condition on the plan whose subject is a pronoun ("wil ouders ... bestraffen
    als zij weigeren ..."). The annotation policy reads such a group as discussed, not as the
    planner's word; a word further on in the plan ("wil ouders van criminele jongeren
    bestraffen") is the planner's (attributed)."""
    between = [t for t in tokens[k + 1 : at] if not t.is_space]
    if any(
        t.lower_ in _CONDITIONS and n + 1 < len(between) and between[n + 1].pos_ == "PRON"
        for n, t in enumerate(between)
    ):
        return True  # "... bestraffen als zij weigeren hulp te aanvaarden" (labels57)
    if between and between[0].lower_ in _GROUP_PREPOSITIONS and between[0].pos_ == "ADP":
        between = between[1:]  # "wil bij onwillige ouders ..." (labels57)
    n = 0
    while n < len(between) and between[n].pos_ in _MODIFIERS:
        n += 1
    if n == len(between):
        return True
    # "wil ouders die ...": the relative clause on the object's head itself (labels57)
    head = between[n]
    return (
        head.pos_ == "NOUN"
        and n + 1 < len(between)
        and between[n + 1].lower_ in _RELATIVE
        and between[n + 1].pos_ in {"PRON", "DET"}
    )


def plan_clause(tokens: list[Any], k: int, at: int) -> bool:
    """True when the term at `at` stands in a clause opened by a relative or "dat" after the
    plan's infinitive ("willen we voorkomen dat kinderen ... X"): what the plan is to bring
    about or prevent, which the plan's cue does not reach (labels-voice3's reading, kept by
    labels57 when :func:`plan_target` became stricter)."""
    for j in range(k + 1, at):
        if tokens[j].pos_ == "VERB" and "Inf" in tokens[j].morph.get("VerbForm"):
            return any(t.lower_ in _RELATIVE and t.pos_ == "PRON" for t in tokens[j + 1 : at])
    return False


__all__ = ["plan_clause", "plan_target", "plan_wish"]
