"""A user's kept term inside a replaced name ("wijkteam Oosterveld" with "wijkteam" in --keep):
the kept word stays readable and only the rest of the name, the part that identifies, is
replaced ("wijkteam [PLAATS-1]")."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    gazetteer,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention

SPLIT_TYPES = ("ORGANISATIE", "SCHOOL", "PLAATS")  # a person's name stays whole
_EDGE = " \t\n,.;:()'\"’-&"


def split_kept(text: str, mentions: list[Mention], keep: frozenset[str]) -> list[Mention]:
    """`mentions` with every organisation, school or place that holds one of the user's `keep`
    terms (as a whole word, also with a capital first letter) cut into the parts around it.
    A part stays a mention only when it still identifies (:func:`_identifies`: a name, an
    unknown capitalised word or a digit; "Stichting" alone does not); it is a place when a
    place list knows it or another mention of the text names that place, else it keeps the
    name's type. The user's own "always replace" terms (tier 0) and persons are never cut."""
    if not keep:
        return mentions
    rx = _keep_rx(keep)
    same = {m.text: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type not in SPLIT_TYPES or m.tier == 0:
            out.append(m)
            continue
        kept = [
            (k.start(), k.end())
            for k in rx.finditer(text, m.start, m.end)
            if (k.start(), k.end()) != (m.start, m.end)
        ]
        if not kept:
            out.append(m)
            continue
        edges = [m.start, *[e for span in kept for e in span], m.end]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            part = _trimmed(text, a, b)
            if part is not None:
                out.append(_part(m, text, *part, same))
    return out


def _keep_rx(keep: frozenset[str]) -> re.Pattern[str]:
    forms = {t for term in keep for t in (term, term[:1].upper() + term[1:])}
    alternation = "|".join(re.escape(t) for t in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The part's span without edge punctuation and function words; None when nothing in it
    identifies (a lowercase word, an article)."""
    words = [w for w in re.finditer(r"\S+", text[a:b])]
    while words and (is_stop_word(words[0][0].strip(_EDGE)) or not words[0][0].strip(_EDGE)):
        words.pop(0)
    while words and (is_stop_word(words[-1][0].strip(_EDGE)) or not words[-1][0].strip(_EDGE)):
        words.pop()
    if not any(_identifies(w[0].strip(_EDGE)) for w in words):
        return None
    start, end = a + words[0].start(), a + words[-1].end()
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    while start < end and text[start] in _EDGE:
        start += 1
    return (start, end) if start < end else None


def _identifies(word: str) -> bool:
    """A digit, or a capitalised word that is a known name or no ordinary word ("Oosterveld";
    not "Stichting", "Wijkteam")."""
    if any(c.isdigit() for c in word):
        return True
    return word[:1].isupper() and (is_known_name(word) or not is_ordinary(word))


def _part(m: Mention, text: str, start: int, end: int, same: dict[str, Mention]) -> Mention:
    part = m.fresh_copy()
    part.start, part.end, part.text = start, end, text[start:end]
    part.source, part.key = "kept-inside", norm_name(part.text)
    other = same.get(part.text)
    if part.text in places() or part.text in gazetteer():
        part.type = "PLAATS"
    elif other is not None and other is not m:
        part.type, part.key = other.type, other.key or part.key
    return part
