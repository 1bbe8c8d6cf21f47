"""Transport firms named by one capitalised word and their trade ("Kwarvik Personenvervoer",
"Wolkema Touringcars"; trades in ``org_trade_tails.txt``).

In mid-sentence a capitalised word right before such a trade is the firm's name, also when it
is a dictionary word ("bij Noot Taxivervoer": the capital marks a name); the word and the trade
are one organisation. Not a first name (a person's surname may be a trade-like word), a place,
a stop word, a kept term or institution, at a sentence's start only a word no dictionary knows,
and not on a line in Title Case (a heading).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    UP,
    first_names,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import title_case_line
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


@cache
def _trade_rx() -> re.Pattern[str]:
    trades = "|".join(sorted(word_set("org_trade_tails.txt"), key=len, reverse=True))
    return re.compile(
        lead_first(rf"(?<![\w'’&.-])(?P<name>[{UP}][a-zà-ÿ'’]{{2,}})[ ](?:{trades})(?![\w'’&-])")
    )


# "Foto: Anna Kwarvik - Kwarvik Fotografie": a photo credit's line (names70)
CREDIT = re.compile(r"(?im)^[ \t]*(?:foto|beeld|fotografie)[ ]?:")


def _credit_line(text: str, start: int) -> bool:
    """True when the line of ``start`` opens with a photo credit ("Foto:", "Beeld:")."""
    return CREDIT.match(text, text.rfind("\n", 0, start) + 1) is not None


def trade_firms(text: str) -> list[Mention]:
    """ "bij Kwarvik Personenvervoer": a capitalised word and a transport trade are one firm; so
    is a photographer's on a photo credit's line ("Kwarvik Fotografie"; names70)."""
    if not any(w in text for w in ("vervoer", "Taxi", "Touringcars", "Foto")):
        return []
    found = []
    for m in _trade_rx().finditer(text):
        name = m["name"]
        if name in first_names() or name in places() or is_stop_word(name):
            continue
        if name in keep_terms() or name in institutions():
            continue
        if title_case_line(text, m.start()) and not _credit_line(text, m.start()):
            continue
        if sentence_initial(text, m.start()) and (is_ordinary(name) or is_dutch_word(name.lower())):
            continue  # "Leerlingen Personenvervoer ...": a heading's or sentence's first word
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "trade-firm")
        mention.key, mention.extra["short"] = norm_name(m[0]), m[0]
        found.append(mention)
    return found
