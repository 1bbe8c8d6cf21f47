"""Organisations written in capitals after their legal form, as in a court ruling's or report's
heading of the parties: "STICHTING KWARVIK JEUGDZORG WEST, gevestigd te ...", "STICHTING VOOR
KWARVIKSE SCHOLEN (SKS)".

"STICHTING" or "VERENIGING" in capitals and the words in capitals after it (joined by "EN",
"VOOR", "VAN" and the like) are one organisation's name, replaced whole (the legal form with it,
as the policy writes such a name); the run ends at the first word that is not in capitals
(a comma, a bracket, a lowercase word). A run of connectors alone is no name.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import norm_name
from wb.dossiers.mentions import Mention

_CONNECT = ("EN", "VOOR", "VAN", "DE", "HET", "DER", "DEN", "TOT", "IN", "OP", "&")
_WORD = r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*[A-ZÀ-Þ]|&)"
CAPS_LEGAL = re.compile(
    rf"(?<![\w-])(?:STICHTING|VERENIGING)(?P<rest>(?:[ ]{_WORD}){{1,9}})(?![\w'’-])"
)


def caps_legal_names(text: str) -> list[Mention]:
    """ "STICHTING KWARVIK JEUGDZORG WEST": a legal form and the words in capitals after it."""
    if "STICHTING" not in text and "VERENIGING" not in text:
        return []
    found = []
    for m in CAPS_LEGAL.finditer(text):
        words = m["rest"].split()
        while words and words[-1] in _CONNECT:
            words.pop()  # "STICHTING KWARVIK EN": a name ends on a word of its own
        if not words or all(w in _CONNECT for w in words):
            continue
        end = m.start("rest") + len(" " + " ".join(words))
        mention = Mention(m.start(), end, "ORGANISATIE", text[m.start() : end], 1, "caps-legal")
        mention.key = norm_name(mention.text)
        mention.extra["short"] = mention.text
        found.append(mention)
    return found
