"""A person's name that a rule caught only in part, widened over its capitalised neighbour.

Dutch writes ordinary words in lowercase inside a sentence, so a capitalised word right next
to a person's mention, inside a sentence, is part of that name even when the dictionary knows
it as an ordinary word:

* before a surname without a first name, after a lowercase word on the same line: the first
  name ("zwaait Joke Kwartelsma uit ...": "Joke" is also an English word the lexicon knows,
  "Kwartelsma" was learned as a surname);
* after a one-word mention inside a sentence, before a lowercase word or a comma: the surname
  ("Dico Baars van de partij": "Baars" is also a fish).

Not a title, role (also a compound on one: "Regiomoeder"), organisation word, place, kept term
(languages and nationalities: "Marianne Duits" may be a language) or a stop word, not a word
after a determiner ("van de Groep Kwartel": a noun, ``quote_name_determiners.txt``), and not a
word another mention holds.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    LOW,
    ROLES,
    TITLES,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.name_compounds import role_compound
from wb.dossiers.org_words import head_of
from wb.lang import word_set

# "zwaait Joke ": a lowercase word, one space, the capitalised word, one space (before a mention)
WORD_BEFORE = re.compile(rf"(?<![\w'’-])(?P<low>[{LOW}]+)[ ](?P<w>{CAP})[ ]$")
DETERMINERS = word_set("quote_name_determiners.txt")
# " Baars van": one space, the capitalised word, then a lowercase word or a comma (after a mention)
WORD_AFTER = re.compile(rf"[ ](?P<w>{CAP})(?=[ ][{LOW}]|,)")


@cache
def _blocked(word: str) -> bool:
    low = word.lower()
    return (
        is_stop_word(word)
        or low in ROLES
        or low in TITLES
        or bool(head_of(word))
        or role_compound(word)
        or word in places()
        or word in regions()
        or word in keep_terms()
        or word in institutions()
    )


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    return not any(o.start < end and start < o.end for o in mentions)


def join_name_neighbours(text: str, mentions: list[Mention]) -> None:
    """Widen person spans (in place) over a capitalised neighbour inside a sentence: a first
    name before a bare surname, a surname after a one-word name."""
    for m in mentions:
        if m.type != "PERSOON" or m.initials:
            continue
        span = text[m.start : m.end]
        if not span[:1].isupper():
            continue
        if not m.first:
            before = WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
            if (
                before
                and before["low"] not in DETERMINERS
                and not _blocked(before["w"])
                and _free(mentions, before.start("w"), m.start)
            ):
                m.first, m.start = before["w"], before.start("w")
                m.surname = m.surname or norm_name(span)
                m.text = text[m.start : m.end]
                continue
        if " " in span or m.role:
            continue
        after = WORD_AFTER.match(text, m.end)
        if after and not _blocked(after["w"]) and _free(mentions, m.end, after.end("w")):
            m.first, m.end = m.first or span, after.end("w")
            m.surname = norm_name(after["w"])
            m.text = text[m.start : m.end]
