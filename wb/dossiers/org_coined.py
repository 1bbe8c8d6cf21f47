"""Coined one-word names of local organisations: "bij de Kwarbank", "van het Kwarkwartier". A
capitalised compound mid-sentence right after an article or a preposition, that the dictionary
does not hold as a word but whose parts it knows, and whose head is a noun that local
organisations and venues are named with (``org_coined_heads.txt``: bank, fabriek, kwartier,
wijzer, zorg, ...) names one organisation. A dictionary word ("de Rechtbank", "het
Jongerenwerk"), a place, a known name, a kept term or an institution stays."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    keep_terms,
    norm_name,
    places_lower,
)
from wb.dossiers.mentions import Mention
from wb.lang import words


@cache
def _coined_rx() -> re.Pattern:
    heads = "|".join(sorted(words("org_coined_heads.txt"), key=len, reverse=True))
    cues = "|".join(sorted(words("org_coined_cues.txt"), key=len, reverse=True))
    return re.compile(
        rf"[ (](?:{cues})[ ](?P<name>[A-Z][a-zà-ÿ]{{2,}}(?:{heads}))(?![\w'’&-])(?![ ]+[A-Z])"
    )


def _coined(word: str) -> bool:
    """A compound of known parts that is no dictionary word, place, name or kept term."""
    low = word.lower()
    return (
        not is_dutch_word(low)
        and is_ordinary(word)
        and low not in places_lower()
        and not is_known_name(word)
        and word not in keep_terms()
        and word not in institutions()
    )


def coined_org_mentions(text: str) -> list[Mention]:
    """ "bij de Kwarbank": a coined compound on an organisation's head noun after an article or
    a preposition, mid-sentence, is one organisation (tier 4)."""
    found = []
    for m in _coined_rx().finditer(text):
        before = "(" if m[0][0] == "(" else text[m.start() - 1 : m.start()]
        if not before or not (before.islower() or before in ",("):
            continue  # a sentence start, a heading or a capitalised run before it
        name = m["name"]
        if not _coined(name):
            continue
        span = (m.start("name"), m.end("name"))
        mention = Mention(*span, "ORGANISATIE", name, 4, "coined-org", key=norm_name(name))
        mention.extra["short"] = name  # its other mentions, also at a sentence start
        found.append(mention)
    return found
