"""A denial inside a hit's own words: "sprak nooit slecht over hem" (labels30).

A lexicon variant with a gap (``spreken ... slecht over``) spans the words in that gap too. When
one of them is a word of denial ("niet", "nooit", "geen", "zelden", ...: ``voice_negators.txt``)
that is no word of the term itself, the term is applied and denied: ``negated``. Terms whose
own words deny ("houdt zich nooit aan afspraken", "werkt niet mee") keep their voice: the
denial is part of what they say about someone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wb.dossiers.lexicon import fold
from wb.dossiers.voice_words import NEGATORS

_DENIALS = NEGATORS | {"niet"}
_WORD = re.compile(r"[^\W\d_]+")


def denied_in_gap(text: str, span: tuple[int, int], term_words: set[str]) -> bool:
    """True when a word of denial that is no word of the term stands inside the span, between
    its first and last word."""
    words = _WORD.findall(fold(text[span[0] : span[1]]))
    return any(w in _DENIALS and w not in term_words for w in words[1:-1])


def gap_denials(
    text: str,
    hits: Sequence[tuple[int, int, int, int]],
    term_words: Sequence[set[str]],
    voices: list[str],
) -> list[str]:
    """The voices, with ``negated`` for a lexicon hit (term index below len(term_words)) that
    has a denial in its gap."""
    return [
        "negated" if t < len(term_words) and denied_in_gap(text, (a, b), term_words[t]) else v
        for (a, b, _, t), v in zip(hits, voices, strict=True)
    ]


__all__ = ["denied_in_gap", "gap_denials"]
