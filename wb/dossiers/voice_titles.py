"""A quoted title after "over" (labels34, round 26): "een middag over ‘De complexiteit van X –
Het perspectief van ...’", "een boek over 'Kinderen in de knel'". The quote opens with a
capital right after the preposition and holds no finite verb: the name of a talk, book or
event, so the term in it is ``discussed``, not someone's words.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

_QUOTES = QUOTE_MARKS
_TOPIC = word_set("voice_title_cues.txt")


def quoted_title(tokens: list[Any], at: int) -> bool:
    """True for a term inside a quote that follows "over"/"getiteld" and reads as a title."""
    opening = next((k for k in range(at - 1, -1, -1) if tokens[k].text in _QUOTES), None)
    if opening is None or opening < 1 or tokens[opening - 1].lower_ not in _TOPIC:
        return False
    closing = next((k for k in range(at, len(tokens)) if tokens[k].text in _QUOTES), None)
    if closing is None or opening + 1 >= closing:
        return False
    inside = [t for t in tokens[opening + 1 : closing] if not t.is_space]
    if not inside[0].text[:1].isupper():
        return False
    return not any("Fin" in t.morph.get("VerbForm") for t in inside)


__all__ = ["quoted_title"]
