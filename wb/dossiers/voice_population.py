"""A term about a group or a possibility in general, whoever says it (labels34, round 26).

Three shapes make a term ``discussed`` before any attribution cue or quote is read, since
the speaker talks about the term or about a population, not about a family (policy 4 of the
annotation guide, bench/realtext/labels/README.md):

* :func:`spoken_of`: the term as a word one may or may not use: "(om) te spreken van X",
  "spreken we van X", "spreekt men van een X" (an infinitive with "te", or a generic subject:
  "we", "je", "men");
* :func:`indefinite_condition`: the term is the indefinite subject of a condition that opens
  the sentence or clause, its verb right after it ("Als een X dreigt, ...", "Wanneer een X
  ontstaat"): a situation in general; "gedroeg zich als een X" is a comparison;
* :func:`bare_group_clause`: after a subordinator (``voice_population_subordinators.txt``) a
  bare plural person noun opens the clause ("waardoor kinderen ...", "dat kinderen ..."), the
  term follows in that clause, and the clause holds "kunnen" or follows a verb of preventing
  (``voice_population_preventing.txt``): what can happen to children in general.

labels57 adds :func:`group_in_question`: "Het gaat (dan) om ouders die ...", "als het gaat om
jonge etters die ...": the sentence delimits a category of people a measure or statement is
about (a bare plural, adjectives only before it), the term its head or in its relative clause.
Inside a quote only as a condition ("als het gaat om ..."); a quoted "Het gaat om ouders die
..." is the speaker's account of people of the situation (attributed, batches 42 and 49).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_generic import CONDITION_OPENERS
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

_SUBORDINATORS = word_set("voice_population_subordinators.txt")
_PREVENTING = word_set("voice_population_preventing.txt")
_GENERIC = word_set("voice_generic_speakers.txt")
_QUOTES = QUOTE_MARKS
_STOPS = frozenset({",", ";", ":", ".", "?", "!", "–", "—"})


def _before(tokens: list[Any], at: int) -> int:
    """Index of the word before the term, over quote marks, "een" and adjectives."""
    k = at - 1
    while k >= 0 and (
        tokens[k].is_space
        or tokens[k].text in _QUOTES
        or tokens[k].lower_ == "een"
        or tokens[k].pos_ == "ADJ"
    ):
        k -= 1
    return k


def spoken_of(tokens: list[Any], at: int) -> bool:
    """True for "te spreken van X", "spreken we van X": the term as a word to use."""
    k = _before(tokens, at)
    if k < 1 or tokens[k].lower_ != "van":
        return False
    verb = k - 1
    if tokens[verb].lower_ in _GENERIC and verb >= 1:
        verb -= 1  # "spreken we van X"
        return tokens[verb].lemma_.lower() == "spreken"
    if tokens[verb].lemma_.lower() != "spreken":
        return False
    return verb >= 1 and (tokens[verb - 1].lower_ == "te" or tokens[verb + 1].lower_ in _GENERIC)


def indefinite_condition(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "Als een X dreigt": the term, indefinite, opens a condition."""
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text in _QUOTES or tokens[k].pos_ == "ADJ"):
        k -= 1
    if k < 1 or tokens[k].lower_ != "een" or tokens[k - 1].lower_ not in CONDITION_OPENERS:
        return False
    opener = k - 1
    while opener > 0 and (tokens[opener - 1].is_space or tokens[opener - 1].text in _QUOTES):
        opener -= 1
    if opener > 0 and tokens[opener - 1].text not in _STOPS:
        return False  # "gedroeg zich als een X": a comparison, not a condition
    verb = upto
    while verb < len(tokens) and tokens[verb].is_space:
        verb += 1
    return verb < len(tokens) and tokens[verb].pos_ in {"VERB", "AUX"}


def _bare_plural_person(token: Any) -> bool:
    if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number"):
        return False
    return token.lower_ in PERSON_WORDS or token.lemma_.lower() in PERSON_WORDS


def bare_group_clause(tokens: list[Any], at: int) -> bool:
    """True for "waardoor kinderen ... X kunnen komen", "voorkomen ... dat kinderen X raken"."""
    k = at - 1
    while k >= 0 and tokens[k].text not in _STOPS:
        if tokens[k].lower_ in _SUBORDINATORS:
            break
        k -= 1
    if k < 0 or tokens[k].lower_ not in _SUBORDINATORS:
        return False
    subject = k + 1
    if subject >= at or not _bare_plural_person(tokens[subject]):
        return False
    end = at
    while end < len(tokens) and tokens[end].text not in _STOPS:
        end += 1
    if any(t.lemma_.lower() == "kunnen" for t in tokens[subject:end]):
        return True
    return any(t.lemma_.lower() in _PREVENTING for t in tokens[:k])


_CLAUSE_ENDS = frozenset({";", ":", ".", "?", "!"})
_ABOUT_FILLERS = word_set("voice_about_fillers.txt")


def _about_frame(tokens: list[Any], m: int) -> int:
    """The index of the first word of "(het) gaat (het) (dan) om" ending in "om" at m, or -1."""
    k = m - 1
    seen_het = False
    while k >= 0 and m - k <= 4:
        low = tokens[k].lower_
        if low == "het":
            seen_het = True
        elif tokens[k].lemma_.lower() == "gaan" and tokens[k].pos_ in {"VERB", "AUX"}:
            if k and tokens[k - 1].lower_ == "het":
                return k - 1
            return k if seen_het else -1
        elif low not in _ABOUT_FILLERS and not tokens[k].is_space:
            return -1
        k -= 1
    return -1


def group_in_question(tokens: list[Any], at: int, quoted: bool) -> bool:
    """True for "Het gaat om ouders die X", "als het gaat om jonge X die ...": see module."""
    for m in range(at - 1, -1, -1):
        if tokens[m].text in _CLAUSE_ENDS:
            return False
        if tokens[m].lower_ != "om":
            continue
        first = _about_frame(tokens, m)
        if first < 0:
            continue
        if quoted and not (first and tokens[first - 1].lower_ in CONDITION_OPENERS):
            return False
        j = m + 1
        while j < len(tokens) and (tokens[j].pos_ in {"ADJ", "ADV"} or tokens[j].text == ","):
            j += 1
        if j >= len(tokens) or tokens[j].pos_ != "NOUN":
            return False
        if "Plur" not in tokens[j].morph.get("Number"):
            return False
        if at <= j:
            return True  # the term is the group itself ("om jonge etters")
        rel = tokens[j + 1] if j + 1 < len(tokens) else None
        # "die" as the pipeline reads it: PRON or, before a noun, DET ("ouders die hulp ...")
        return rel is not None and rel.lower_ in {"die", "wier"} and rel.pos_ in {"PRON", "DET"}
    return False


def population(tokens: list[Any], at: int, upto: int) -> bool:
    """True for any of the three shapes above."""
    return (
        spoken_of(tokens, at)
        or indefinite_condition(tokens, at, upto)
        or bare_group_clause(tokens, at)
    )


__all__ = [
    "bare_group_clause",
    "group_in_question",
    "indefinite_condition",
    "population",
    "spoken_of",
]
