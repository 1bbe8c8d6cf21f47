"""A single capital letter naming a child before an age in brackets ("C (5 jaar) en L (1,5 jaar)").

Parents and reporters shorten a child's name to its initial and give the age after it; the age
rule of :mod:`wb.dossiers.person_names` ("Ben (13)") needs a word of two letters or more, so the
letter stayed readable (themes13 found it in whole documents and masked it only in theme
quotes). The word before the letter is a family noun of ``quote_initial_cues.txt`` ("kinderen
C (5)"), a function word ("en L (1,5 jaar)") or none (punctuation, line start): "artikel B (3)"
and "groep C (12)" number things. Only the letter in this shape is a person; it is not learned,
so the same letter elsewhere is left alone ("bijlage C", "het C.D.A.").

This is the one rule for the shape: theme quotes (:mod:`wb.themes.quote_names`) use
:func:`initial_age_spans` too, and :data:`LETTER` and :func:`initial_cues` for their
family-noun shape ("mijn zoon L.").
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import AGE_UNIT, is_stop_word
from wb.dossiers.word_index import text_matches
from wb.lang import word_set

#: A single capital letter, with or without its full stop, standing alone (not part of
#: "C.D.A.", "A&B" or "[X-1]"); group 1 is the letter.
LETTER = r"(?<![\w.\]\[&/-])([A-Z])\.?(?![\w.\]&/-])"
# an age in brackets right after it on the same line: "(5)", "(1,5 jaar)", "(7 maanden)"
_AGE = rf"[ ]\(\d{{1,2}}(?:[,.]\d)?{AGE_UNIT}\)"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ]+$")


@cache
def _rx() -> re.Pattern:
    return re.compile(rf"{LETTER}(?={_AGE})")


@cache
def initial_cues() -> frozenset[str]:
    """The family nouns a child's initial follows ("kinderen C (5)", "mijn zoon L.")."""
    return word_set("quote_initial_cues.txt")


def _cue_before(text: str, start: int) -> bool:
    """True when the word right before `start` is a family noun or a function word, or there
    is no word right before it."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return not m or m[1].lower() in initial_cues() or is_stop_word(m[1])


def initial_age_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each single capital letter right before an age in brackets."""
    return [m.span(1) for m in text_matches(_rx(), text) if _cue_before(text, m.start(1))]
