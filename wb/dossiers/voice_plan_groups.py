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

labels-voice5 (the lead's clarification under line 17): a bare plural group that is the subject
of a measure or obligation, in the passive or with a modal ("Ouders van criminele jongeren moeten
verplicht worden een cursus te volgen", "Ouders die hun kinderen verwaarlozen, moeten worden
gestraft", "Ouders van spijbelaars moeten een boete krijgen"), is the group the measure applies
to: :func:`measure_subject`, also when the group opens a clause after "dat" or "hoe" (a measure
in a "dat"-clause is still the measure's group). A past tense ("werden gestraft": what happened
to people who exist), a copula ("worden onhandelbaar") or a passive without a modal ("worden ...
ingezet") is no measure.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_plans import plan_wish
from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

_MEASURES = word_set("voice_plan_measure_nouns.txt")
_WISH = word_set("voice_wish_verbs.txt")
_RELATIVE = word_set("voice_relative_pronouns.txt")
_GROUP_PREPOSITIONS = word_set("voice_plan_group_prepositions.txt") | {"van"}
_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")", ","})
_QUOTES = QUOTE_MARKS
_OPENING_MARKS = frozenset({"-", "–", "—", ":", ";"})  # a dateline's dash, a colon
_OBLIGATIONS = word_set("voice_measure_obligations.txt")
_MODALS = word_set("voice_measure_modals.txt")  # lemmas: "moeten", "mogen", "kunnen", "zullen"
_SUBORDINATORS = word_set("tagger_subordinators.txt")  # "dat", "hoe": a clause opens after them
_CLAUSE_RELATIVES = word_set("voice_clause_relatives.txt")  # "die", "waarin"
_RELATIVE_REACH = 14  # tokens from the relative pronoun to the term


def _plural_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")


def _attributive(tokens: list[Any], k: int) -> bool:
    """True for an adjective, or a participle right before a noun ("pestende kinderen")."""
    if tokens[k].pos_ == "ADJ":
        return True
    participle = tokens[k].pos_ == "VERB" and "Part" in tokens[k].morph.get("VerbForm")
    return participle and k + 1 < len(tokens) and tokens[k + 1].pos_ == "NOUN"


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
        if _attributive(tokens, k - 1) or prev.text == "," or prev.lower_ in {"en", "of"}:
            k -= 1
        elif prev.lower_ == "van" and k - 2 >= 0 and _plural_noun(tokens[k - 2]):
            k -= 2
        else:
            break
    while k < at and tokens[k].text == ",":
        k += 1
    if not (_plural_noun(tokens[k]) or _attributive(tokens, k)):
        return None
    if _attributive(tokens, k) and not any(_plural_noun(t) for t in tokens[k : at + 1]):
        # "criminele" before its noun: the phrase goes on to a plural head
        nxt = next((t for t in tokens[at + 1 : at + 4] if t.pos_ == "NOUN"), None)
        if nxt is None or not _plural_noun(nxt):
            return None
    return k


def _measure_noun(token: Any) -> bool:
    """True for a noun of a measure, also as the end of a compound ("dwangmaatregelen")."""
    return token.pos_ == "NOUN" and any(token.lower_.endswith(n) for n in _MEASURES)


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
        return m >= 0 and _measure_noun(tokens[m])
    return False


def _passive_measure(tokens: list[Any], m: int) -> bool:
    """True when the clause from the finite verb at `m` lays a measure or an obligation on its
    subject: a modal with a passive ("moeten worden gestraft", "moeten harder gestraft kunnen
    worden") or a measure noun ("moeten een boete krijgen"), or an obligation word with a
    modal or "worden" ("moeten verplicht worden ...", "worden verplicht ...")."""
    end = next((j for j in range(m + 1, len(tokens)) if tokens[j].text in _ENDS), len(tokens))
    clause = tokens[m + 1 : end]
    if any(t.lower_ in _OBLIGATIONS or t.lemma_.lower() in _OBLIGATIONS for t in clause):
        return True
    if tokens[m].lemma_.lower() not in _MODALS:
        return False  # "Kinderen worden ... ingezet": a passive without a modal is no measure
    if any(_measure_noun(t) for t in clause):
        return True
    passive = any(t.lemma_.lower() == "worden" and t.pos_ == "AUX" for t in clause)
    return passive and any(t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") for t in clause)


def _opens_clause(tokens: list[Any], k: int) -> bool:
    """True when the token at k opens the sentence or a clause: nothing but quote marks before
    it, a dash or colon after a dateline ("DEN HAAG (ANP) - Gezinnen ..."), or a subordinator
    right before ("dat", "hoe")."""
    j = k - 1
    while j >= 0 and (tokens[j].is_space or tokens[j].text in _QUOTES):
        j -= 1
    if j < 0 or tokens[j].lower_ in _SUBORDINATORS:
        return True
    return tokens[j].text in _OPENING_MARKS


def _relative_group(tokens: list[Any], at: int) -> int | None:
    """The first token of a bare plural group whose relative clause ("Gezinnen waarin ...,
    vanwege X, ...") holds the term at `at`, read back over commas to the relative word."""
    for r in range(at - 1, -1, -1):
        if tokens[r].text in _ENDS - {","}:
            return None
        if r < at - 1 and finite(tokens[r]) and _main(tokens[r]):
            return None  # the group's own clause has ended
        if tokens[r].lower_ in _CLAUSE_RELATIVES and r > 0 and _plural_noun(tokens[r - 1]):
            k = r - 1
            while k > 0 and tokens[k - 1].pos_ == "ADJ":
                k -= 1
            return k
    return None


def _main(token: Any) -> bool:
    """True for a finite modal or "worden": the verb a measure subject's clause turns on."""
    lemma = token.lemma_.lower()
    return lemma in _MODALS or lemma == "worden"


def measure_subject(tokens: list[Any], at: int, upto: int, start: int | None) -> bool:
    """True when the term at `at` stands in a bare plural group (from `start`, else a group
    whose relative clause holds it) that opens a clause as the subject of a measure or
    obligation ("Ouders van criminele jongeren moeten verplicht worden ...", "Ouders die hun
    kinderen verwaarlozen, moeten worden gestraft.", "hoe pestende kinderen zouden moeten
    worden aangepakt")."""
    if start is None or not _opens_clause(tokens, start):
        start = _relative_group(tokens, at)
        if start is None or not _opens_clause(tokens, start):
            return False
    # the clause's finite verb: the first finite modal or "worden" after the term (the
    # relative clause's own verb is mostly tagged as an infinitive: "die ... verwaarlozen"),
    # not in a clause of its own ("Ouders die boos zijn, onmachtig omdat pesten ... wordt")
    for m in range(max(at + 1, upto), len(tokens)):
        t = tokens[m]
        if t.text in _ENDS - {","}:
            return False
        if t.lower_ in _SUBORDINATORS - _CLAUSE_RELATIVES - _RELATIVE and t.pos_ != "CCONJ":
            return False
        if not finite(t) or not _main(t):
            continue
        # the present or "zou(den)"; a past tense tells what happened ("werden gestraft")
        tense = "Pres" in t.morph.get("Tense") or t.lemma_.lower() == "zullen"
        return tense and _passive_measure(tokens, m)
    return False


def plan_group_phrase(tokens: list[Any], at: int, upto: int | None = None) -> bool:
    """True when the term at `at` stands in the bare plural group a plan or measure is for
    ("wil ouders van criminele jongeren bestraffen", "sancties voor ouders 'die weigeren
    ...'", "om ouders die tekortschieten aan te spreken", "Ouders van criminele jongeren moeten
    verplicht worden ..."): discussed by guide line 17."""
    start = _group_start(tokens, at)
    if start is not None:
        low = [t.lower_ for t in tokens]
        o = start - 1
        while o >= 0 and tokens[o].is_space:
            o -= 1
        if _opens_plan(tokens, low, o):
            return True
    return measure_subject(tokens, at, at + 1 if upto is None else upto, start)


__all__ = ["measure_subject", "plan_group_phrase"]
