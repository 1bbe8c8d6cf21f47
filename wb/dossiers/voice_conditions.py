"""A term in the predicate of a condition: "wanneer zij consequent de omgang frustreert".

labels-voice5 (bench/README.md, "labels-voice5: discussed read as asserted (tune)"): the
annotation guide's line 3 keeps a condition ``discussed`` ("als ouders ..."), and the tune
batches annotate it so whoever the condition's subject is: a type's "wanneer zij ...", a court's
"voor iedere keer dat zij weigert mee te werken" (a penalty per occasion), "als zijn moeder een
onaardige opmerking maakt", "daar waar ouders hun verantwoordelijkheden niet nemen", "in
hoeverre het kind betrokken is bij agressieve gedragingen". :func:`wb.dossiers.voice_generic.
generic_condition` reads only a generic subject; :func:`condition_predicate` reads the term in
the predicate of any condition clause: after a conditional opener (``voice_condition_openers.txt``,
tagged as a subordinator) or a frame of ``voice_condition_frames.txt``, after the clause's
subject (the subject itself is the author's word: "Als zulke criminelen ..."), in the same
clause (no other subordinator or relative word between: "wanneer wij zouden denken dat X" is
not read; nor is a sentence that is only the clause: "Als de man wiens ..."), with a verb that
is not only in the past ("wanneer hij boos werd": what happened). A one-word opener is followed
by a pronoun, a determiner or a plural noun: "als dienaar", "als kind" and "als Michelle ...
gaat" (a story's event) are not read; nor, as tests/test_voice_round10.py pins it, a definite
article and its person after it ("Wanneer de moeder niet meewerkt, stopt de hulp.": the rules
apply it to that person).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_tense import only_past
from wb.lang import word_set, words

_OPENERS = word_set("voice_condition_openers.txt")
_FRAMES = [tuple(p.split()) for p in words("voice_condition_frames.txt")]
_SUBORDINATORS = word_set("tagger_subordinators.txt")
_DEFINITE = word_set("voice_definite_determiners.txt")  # as a determiner: "de", "het"
_STOPS = frozenset({",", ";", ":", ".", "!", "?"})
_SUBJECTS = frozenset({"NOUN", "PRON", "PROPN"})


def _opener(tokens: list[Any], k: int) -> int:
    """The number of tokens of a condition opener that ends at k (0: none)."""
    if tokens[k].lower_ in _OPENERS and tokens[k].pos_ == "SCONJ":
        return 1
    for frame in _FRAMES:
        n = len(frame)
        if k - n + 1 >= 0 and tuple(t.lower_ for t in tokens[k - n + 1 : k + 1]) == frame:
            return n
    return 0


def _plural_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")


def condition_predicate(tokens: list[Any], at: int) -> bool:
    """True when the term at `at` stands in the predicate of a condition clause (module)."""
    for k in range(at - 1, -1, -1):
        if tokens[k].text in _STOPS or "\n" in tokens[k].text:
            return False
        n = _opener(tokens, k)
        if n:
            first = tokens[k + 1]
            if n == 1 and not (first.pos_ in {"PRON", "DET"} or _plural_noun(first)):
                return False  # "zich opstellen als dienaar", "als Michelle ... gaat": no condition
            if n == 1 and first.pos_ == "DET" and first.lower_ in _DEFINITE:
                return False  # "Wanneer de moeder niet meewerkt, ...": round 10's reading kept
            opens = all(t.is_space or t.is_punct for t in tokens[: k - n + 1])
            if opens and not any(t.text == "," for t in tokens[at:]):
                return False  # "Als de man wiens handen ...": a fragment with no main clause
            subject = [t for t in tokens[k + 1 : at] if t.pos_ in _SUBJECTS]
            if not subject:
                return False  # "Als zulke criminelen ...": the term is the clause's subject
            end = next((j for j in range(at, len(tokens)) if tokens[j].text in _STOPS), None)
            clause = tokens[k + 1 : len(tokens) if end is None else end]
            if not any(t.pos_ in {"VERB", "AUX"} for t in clause) or only_past(clause):
                return False
            return True
        if tokens[k].lower_ in _SUBORDINATORS and tokens[k].pos_ != "CCONJ":
            return False  # a clause of its own inside: "wanneer wij denken dat X", "die ..."
    return False


def role_as(tokens: list[Any], at: int) -> bool:
    """True when every condition opener before the term in its clause is "als" right after a
    pronoun or noun ("wat wij als ouders niet goed doen", "hij als vader"): a role, not a
    condition (labels-disc9)."""
    seen = False
    for k in range(at - 1, -1, -1):
        if tokens[k].text in _STOPS or "\n" in tokens[k].text:
            break
        if _opener(tokens, k):
            if tokens[k].lower_ == "als" and k and tokens[k - 1].pos_ in _SUBJECTS:
                seen = True
                continue
            return False
    return seen


__all__ = ["condition_predicate", "role_as"]
