"""A group counted in numbers whose situation the term names (labels32, after round 25).

"Van de 40.000 kinderen zitten er 12.000 in een vechtscheiding.", "Jaarlijks belanden 12.000
kinderen in een vechtscheiding": a sentence that counts people with a large number (100 or more,
not a year) or a percentage (count words in ``voice_count_words.txt``), and a plural person
word, with the term after a preposition of situation (``voice_group_prepositions.txt``: in,
uit, na, met, bij; "een" or adjectives between). The term names the situation of a counted
group, a statistic of no one in particular (voice ``discussed``), as a bare plural group does
in :func:`wb.dossiers.voice_reader.group_situation`. Not when the sentence names someone in
particular (:func:`wb.dossiers.voice_existential.no_one_in_particular`). A judgement of a group
("12.000 ouders manipuleren hun kind") is no situation after a preposition and is left to the
other rules. Inside a quote only the quoted words count, and the rule comes before any
attribution cue or quote (labels34): a statistic is discussed whoever gives it.
"""

from __future__ import annotations

import re
from typing import Any

from wb.dossiers.voice_existential import no_one_in_particular
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set, words

_PREPOSITIONS = word_set("voice_group_prepositions.txt")
_LARGE, _SHARES = (frozenset(line.split()) for line in words("voice_count_words.txt"))
_NUMBER = re.compile(r"\d{1,3}(?:[.\s]\d{3})+|\d+")
_SMALLEST = 100
_COUNT_NOUNS = word_set("voice_count_nouns.txt")
_QUOTES = QUOTE_MARKS


def _large(token: Any) -> bool:
    """A count of 100 or more that is not a year ("12.000", "1200", "duizenden")."""
    low = token.lower_
    if low in _LARGE:
        return True
    if not _NUMBER.fullmatch(low):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", low):
        return False  # a year
    return int(re.sub(r"\D", "", low)) >= _SMALLEST


def _plural_person(token: Any) -> bool:
    """A plural person word ("kinderen", "ouders")."""
    lemma = token.lemma_.lower()
    if not {token.lower_, lemma} & PERSON_WORDS:
        return False
    return "Plur" in token.morph.get("Number") or (token.lower_ != lemma and lemma != "")


def counted(tokens: list[Any]) -> bool:
    """True when the sentence counts people: a large number or a share and a plural person word."""
    numbers = any(_large(t) or t.lower_ in _SHARES for t in tokens)
    return numbers and any(_plural_person(t) for t in tokens)


def counted_group(tokens: list[Any], at: int) -> bool:
    """True for the term after a preposition of situation in a sentence that counts people."""
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].lower_ == "een" or tokens[k].pos_ == "ADJ"):
        k -= 1
    if k < 0 or tokens[k].lower_ not in _PREPOSITIONS:
        return False
    said = _quoted_part(tokens, at)
    return counted(said) and no_one_in_particular(said)


def _quoted_part(tokens: list[Any], at: int) -> list[Any]:
    """The words between the quote marks around the term, or the whole sentence: the speaker
    named after a quote ("..., zei Kamerlid X.") is not someone the count is about (labels34)."""
    opening = [k for k in range(at) if tokens[k].text in _QUOTES]
    closing = [k for k in range(at, len(tokens)) if tokens[k].text in _QUOTES]
    if not opening or not closing:
        return tokens
    return tokens[opening[-1] + 1 : closing[0]]


def counted_category(tokens: list[Any], at: int) -> bool:
    """True when the term follows "het aantal/percentage/aandeel" (adjectives between): "het
    aantal vechtscheidingen" counts a category (policy line 8), no one is labelled (labels-voice).
    """
    k = at - 1
    while k >= 0 and at - k <= 3 and tokens[k].pos_ == "ADJ":
        k -= 1
    return k >= 1 and tokens[k].lower_ in _COUNT_NOUNS and tokens[k - 1].lower_ == "het"


__all__ = ["counted", "counted_category", "counted_group"]
