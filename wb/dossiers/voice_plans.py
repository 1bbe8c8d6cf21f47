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
    right after the verb, with only determiners, adjectives and adverbs between ("wil
    asogezinnen uit hun huis zetten"), or a relative clause on it ("wil ouders die ...
    tekortschieten beter helpen"). The annotation policy reads such a group as discussed, not as
    the planner's word; a word further on in the plan ("wil ouders van criminele jongeren
    bestraffen") is the planner's (attributed)."""
    between = [t for t in tokens[k + 1 : at] if not t.is_space]
    if any(t.lower_ in _RELATIVE and t.pos_ == "PRON" for t in between):
        return True
    return all(t.pos_ in _MODIFIERS for t in between)


__all__ = ["plan_target", "plan_wish"]
