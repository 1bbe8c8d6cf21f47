"""A publisher's placeholders: the stand-ins a source put where it removed a name (themes18).

Published Dutch texts, court rulings above all, replace names, addresses and dates by a word in
square brackets: "[minderjarige 1]", "[naam]", "[eiser]", "[verweerster]", "[adres]",
"[geboortedatum]", "[woonplaats a]", "[de GI]", "[X]", "[A.]", "[medewerker RvdK]". The shape:
square brackets around one to four words, each a lowercase word, a number or a capital letter
code (one to four capitals with an optional full stop, or an acronym with two capitals or more,
"RvdK"); where a sentence or line starts, the first word may be capitalised when more words
follow ("[Minderjarige 1] woont"). A capitalised word alone ("[Jan]") or mid-sentence is no
placeholder: it may be a name an editor inserted. Such a placeholder is already pseudonymous: the
pseudonymiser leaves it as it stands, and its words are no theme keywords and no part of a theme
name (they stand for a person, a place or a date).
"""

from __future__ import annotations

import re

_LOWER = r"[a-zà-ÿ](?:[a-zà-ÿ'’-]*[a-zà-ÿ])?"
_CODE = r"(?:[A-Z]{1,4}\.?|[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3})"
_PART = rf"(?:{_LOWER}|\d{{1,3}}|{_CODE})"
_CAPITAL = r"(?P<capital>[A-Z][a-zà-ÿ]+)(?= )"
PUBLISHER_PLACEHOLDER = re.compile(rf"\[(?:{_PART}|{_CAPITAL})(?: {_PART}){{0,3}}\]")
# what stands before a sentence's first word on its line: nothing, a bullet or number, or the
# end of the sentence before
_SENTENCE_BEFORE = re.compile(r"(?:^[\s\-•*\d.)]*|[.!?:;]\s+)$")


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every publisher's placeholder in a text, brackets included."""
    out = []
    for m in PUBLISHER_PLACEHOLDER.finditer(text):
        if m.group("capital") is not None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _SENTENCE_BEFORE.search(text[line_start : m.start()]):
                continue
        out.append((m.start(), m.end()))
    return out


def in_placeholder(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when offset lies inside one of the spans (from :func:`placeholder_spans`)."""
    return any(a <= offset < b for a, b in spans)
