"""Where an organisation's name ends, when a guard of another rule cut or split it (names-orgs7).

A narrow repair of spans that rules already find, read from the organisation misses of
the develop rounds' first measurements (bench/README.md, section names-orgs7):

* a number or Roman numeral right after a name found by its head word is the name's last word
  ("jongerencentrum Kwarlo II", "medisch centrum KWA 11 aan de ..."): the head rule stops at a
  number so that "Team III" (a numbered chamber) is no name, but after a name word the number
  belongs to it; not a year, a time, a date, an amount or a number glued to more digits, and
  not when the name stands elsewhere in the text without it (a location's number, "Kwarlo 1"
  beside "Kwarlo", or another organisation, "Dorpshuis de Kwarlo" beside "Kwarlo II").
"""

from __future__ import annotations

import re

# " II", " 11" closing a name: not glued to more digits, a dash, a slash, a colon or a unit
NUMBER_END = re.compile(r"[ ](?:[IVX]{2,5}|[1-9]\d{0,2})(?![\w%'’/:-]|[.,]\d)")


def numbered_end(text: str, start: int, end: int) -> int:
    """The end of a name found at `start`-`end`, taken over a number or Roman numeral right after
    it ("Kwarlo II"); `end` itself when none follows, or when the name stands elsewhere in the
    text without that number ("Kwarlo 1" beside "Kwarlo": a location's number, the number stays
    readable and the two are one organisation)."""
    m = NUMBER_END.match(text, end)
    if not m:
        return end
    name = re.escape(text[start:end])
    alone = re.compile(rf"(?<![\w'’-]){name}(?![\w'’-])(?!{re.escape(m[0])}(?!\w))")
    return end if alone.search(text) else m.end()


__all__ = ["numbered_end"]
