"""An open question in the present (labels64): the author asks, and applies the term to no one.

"Is dat dan een X?", "Hoe krijg ik het X gedrag van mijn zoon onder controle?", "Wat doet u
tegen X?": a sentence that ends in "?" asks whether or how the term applies; the term is
``discussed``. Only where no cue or quote decided first (:class:`wb.dossiers.voice.
VoiceResolver`), and not when the question names someone in particular (a proper noun or a
court's placeholder "[naam]") or tells a past event ("Waarom was mijn ex zo X?"): those
report what happened to a particular person. A particular person in the term's clause before
it ("Is de moeder X?", "Is hij X?": a definite or possessive word with a person noun, or a
third-person pronoun) asks about that person and keeps the rules' voice. A statement before
"maar" is no part of the question ("Hij is X, maar is hij daarmee een Y?": X stays the
author's).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import by_kind

_CLAUSE_EDGES = frozenset({",", ";", ":", "maar"})
_DEFINITE = by_kind("voice_particular_words.txt")["bepaald"]
_THIRD = by_kind("voice_particular_words.txt")["derde"]


def _particular(tokens: list[Any], at: int) -> bool:
    """True when the term's clause names a particular person before it."""
    first = at
    while first > 0 and tokens[first - 1].lower_ not in _CLAUSE_EDGES:
        first -= 1
    clause = [t for t in tokens[first:at] if not t.is_space]
    for n, t in enumerate(clause):
        if t.lower_ in _THIRD:
            return True
        if t.lower_ in PERSON_WORDS and n and clause[n - 1].lower_ in _DEFINITE:
            return True
    return False


def open_question(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a sentence ending in "?" without a name, placeholder or past-tense verb, no
    particular person before the term [at, upto) in its clause and no "maar" after it."""
    if any(t.lower_ == "maar" for t in tokens[upto:]) or _particular(tokens, at):
        return False
    words = [t for t in tokens if not t.is_space]
    while words and words[-1].text in QUOTE_MARKS:
        words = words[:-1]
    if not words or words[-1].text != "?":
        return False
    if any(t.pos_ == "PROPN" or t.text == "[" for t in words):
        return False
    return not any("Past" in t.morph.get("Tense") for t in words)


__all__ = ["open_question"]
