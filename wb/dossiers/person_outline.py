"""Words that look like parts of a name but are none: "c.s." (cum suis) after a name and the
letter of an outline item ("A. Actiepunten") are no initials; a first name right after another
name and its particle is a surname ("Mirelle van Wiebe")."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    places,
)

# "MOTIE VAN HET LID X C.S.\nVoorgesteld": cum suis after a name, the next line is no surname
CUM_SUIS = re.compile(r"(?i:c\.[ ]?s\.)(?=[ \t]*\n)")
NAME_BEFORE = re.compile(rf"[{UP}][\w'’-]*[ ]+$")

# a single letter opening its line, then one capitalised word that ends the line or a colon
OUTLINE_ITEM = re.compile(rf"[{UP}]\.[ \t]+(?P<word>[{UP}][a-zà-ÿ]+)[ \t]*(?::|(?=\n|$))")


def cum_suis(text: str, start: int) -> bool:
    """Whether the letters at ``start`` are "c.s." after a name, with a line break after."""
    return bool(CUM_SUIS.match(text, start)) and bool(
        NAME_BEFORE.search(text, max(0, start - 60), start)
    )


def outline_item(text: str, start: int) -> bool:
    """Whether the letter at ``start`` numbers an outline item: it opens its line and one
    ordinary word follows that ends the line or stands before a colon ("A. Actiepunten"); a
    surname or first name on wb's lists stays a name ("A. Visser")."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    m = OUTLINE_ITEM.match(text, start)
    if not m:
        return False
    word = m["word"]
    return (is_ordinary(word) or is_dutch_word(word.lower())) and not is_known_name(word)


def not_initials(text: str, start: int) -> bool:
    """Whether letters at ``start`` that look like initials are c.s. or an outline letter."""
    return cum_suis(text, start) or outline_item(text, start)


# a capitalised word, then (a lowercase surname particle and) a space, right before a first name
NAME_BEFORE_FIRST = re.compile(
    rf"(?<![\w.-])(?P<name>[{UP}][{LOW}]+)[ ]"
    rf"(?P<particle>(?:van[ ](?:der|den|de)|van|de|der|den|ter|ten)[ ])?$"
)


CAP_WORD_BEFORE = re.compile(rf"[{UP}][\w'’-]*[ ]$")


def surname_after_particle(text: str, start: int) -> bool:
    """Whether the first name at ``start`` is the surname of the name before it: after a word
    that is no dictionary word and a lowercase particle ("Mirelle van Wiebe"), or right after an
    unknown word that is no first name or place and opens the name ("kwam Zarina Wiebe")."""
    m = NAME_BEFORE_FIRST.search(text, max(0, start - 40), start)
    if m is None or is_dutch_word(m["name"].lower()) or is_ordinary(m["name"]):
        return False
    low = m["name"].lower()
    if low in TITLES or f"{low}." in TITLES or low in ROLES:
        return False  # "Prof. Dr Kees Jan X", "Mw Anna X": a title without its full stop
    if m["particle"]:
        return True
    if CAP_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # "Bram Ter Hooge Henk van X": a list of names without commas
    return m["name"] not in first_names() and m["name"] not in places()
