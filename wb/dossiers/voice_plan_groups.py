"""The group a plan or measure is for: "wil ouders van criminele jongeren bestraffen".

labels59 (bench/README.md, "labels59: the groups of plans"): the annotation guide's line 17
(`bench/realtext/labels/README.md`) reads a term in the phrase naming whom a plan, proposal,
power or measure would apply to as ``discussed``, in or outside a quote. The phrase is a bare
plural group (no determiner or possessive) with its adjectives, a "van" group after it ("ouders
van criminele, overlastgevende jongeren", "ouders van jeugdcriminelen") or a relative clause on
its head ("ouders die ... tekortschieten"); it opens the plan's object right after a verb of
wanting that opens a plan (:func:`wb.dossiers.voice_plans.plan_wish`), after "om" before a
"te" infinitive ("om ouders die ... aan te spreken"), or after a preposition that follows a
measure noun (``voice_plan_measure_nouns.txt``: "sancties voor ouders 'die ...'", "aanpak meer
van ouders die ..."). Not this: a group with a determiner or possessive ("de ouders van de
pestende kinderen"), a group after "dat" (what a group of the situation is or does, line 3).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_plans import plan_wish
from wb.lang import word_set

_MEASURES = word_set("voice_plan_measure_nouns.txt")
_WISH = word_set("voice_wish_verbs.txt")
_RELATIVE = word_set("voice_relative_pronouns.txt")
_GROUP_PREPOSITIONS = word_set("voice_plan_group_prepositions.txt") | {"van"}
_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")", ","})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "„"})
_RELATIVE_REACH = 14  # tokens from the relative pronoun to the term


def _plural_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")


def _group_start(tokens: list[Any], at: int) -> int | None:
    """The first token of the bare plural group whose phrase holds the term at `at`."""
    # the term in a relative clause on the group's head: "ouders ('): die ... X"
    for r in range(at - 1, max(-1, at - 1 - _RELATIVE_REACH), -1):
        if tokens[r].text in _ENDS:
            break
        if tokens[r].lower_ in _RELATIVE and tokens[r].pos_ in {"PRON", "DET"}:
            h = r - 1
            while h >= 0 and tokens[h].text in _QUOTES:
                h -= 1
            if h >= 0 and _plural_noun(tokens[h]):
                at = h  # the group phrase then ends on its head
                break
            return None
    # the term in the noun phrase: adjectives, commas, "en", "van" and bare plural nouns
    k = at
    while k - 1 >= 0:
        prev = tokens[k - 1]
        if prev.pos_ == "ADJ" or prev.text == "," or prev.lower_ in {"en", "of"}:
            k -= 1
        elif prev.lower_ == "van" and k - 2 >= 0 and _plural_noun(tokens[k - 2]):
            k -= 2
        else:
            break
    while k < at and tokens[k].text == ",":
        k += 1
    if not (_plural_noun(tokens[k]) or tokens[k].pos_ == "ADJ"):
        return None
    if tokens[k].pos_ == "ADJ" and not any(_plural_noun(t) for t in tokens[k : at + 1]):
        # "criminele" before its noun: the phrase goes on to a plural head
        nxt = next((t for t in tokens[at + 1 : at + 4] if t.pos_ == "NOUN"), None)
        if nxt is None or not _plural_noun(nxt):
            return None
    return k


def _opens_plan(tokens: list[Any], low: list[str], o: int) -> bool:
    """True when the token at o opens the group of a plan or measure."""
    if o < 0:
        return False
    if low[o] == "om" and tokens[o].pos_ in {"ADP", "SCONJ"}:
        end = next((j for j in range(o + 1, len(tokens)) if low[j] in _ENDS - {","}), len(tokens))
        return any(
            low[j] == "te" and j + 1 < end and tokens[j + 1].pos_ == "VERB"
            for j in range(o + 1, end)
        )
    if tokens[o].lemma_.lower() in _WISH or low[o] in _WISH:
        return plan_wish(tokens, low, o)
    if low[o] in _GROUP_PREPOSITIONS and tokens[o].pos_ == "ADP":
        m = o - 1
        while m >= 0 and tokens[m].pos_ == "ADV" and o - m <= 2:
            m -= 1  # "aanpak meer van"
        if m >= 0 and tokens[m].pos_ == "NOUN":
            word = tokens[m].lower_
            return any(word.endswith(n) for n in _MEASURES)
    return False


def plan_group_phrase(tokens: list[Any], at: int) -> bool:
    """True when the term at `at` stands in the bare plural group a plan or measure is for
    ("wil ouders van criminele jongeren bestraffen", "sancties voor ouders 'die weigeren
    ...'", "om ouders die tekortschieten aan te spreken"): discussed by guide line 17."""
    start = _group_start(tokens, at)
    if start is None:
        return False
    low = [t.lower_ for t in tokens]
    o = start - 1
    while o >= 0 and tokens[o].is_space:
        o -= 1
    return _opens_plan(tokens, low, o)


__all__ = ["plan_group_phrase"]
