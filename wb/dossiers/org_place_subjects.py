"""A local organisation named with its place, as the subject of a sentence: "Lokaal Kwarveen
vraagt ...", "Bewonersplatform Kwarveen-Noord stuurde ...", "Doe Mee! Kwarveen diende ..."
(names-orgs6). The place alone was found as a place; the capitalised word or two right before
it at the start of a sentence or line, with a lowercase word (the verb) right after the place,
make one organisation with it. The same name elsewhere in the text is that organisation too.

Not: a word of ``place_triggers.txt`` ("Gemeente", "Rechtbank", "Locatie": the place's own
trigger) or of ``org_place_subject_vetoes.txt`` (public bodies, parts of a town: "Provincie",
"Centrum") or a point of the compass, a place in capitals (initials: "NVO"), a stop word, a
title, role or first name, a care domain of ``org_domains.txt`` ("Welzijn Zwolle is een thema":
the domain in that place), a kept term or national institution, a word in capitals
("RECHTBANK"), a name that is a kept term as a whole, or a place followed by a word of
``org_place_subject_joins.txt`` ("Buurgemeenten Kwarlo en Kwarveen hebben": a list). Runs after
the choice between overlapping mentions: only a place that won its span is extended, only over
words that no other mention covers.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    place_triggers,
)
from wb.dossiers.mentions import Mention
from wb.lang import word_set

# one or two capitalised words (not in capitals) right before the place, at a sentence's or
# line's start: the line's start (after spaces) or a sentence end and a space before them
_RUN = re.compile(rf"(?:^[ \t]*|[.!?][\"”’']?[ ]+)(?P<run>(?:[{UP}][{LOW}][\w’'!-]*[ ]){{1,2}})$")
_VERB_AFTER = re.compile(rf"[ ](?P<word>[{LOW}]+)\b")


def _excluded(word: str) -> bool:
    """A word that is no part of a local organisation's name before a place."""
    bare = word.rstrip("!")
    triggers = place_triggers()
    return (
        is_stop_word(bare)
        or bare in triggers[0]
        or bare in triggers[1]
        or bare.lower() in triggers[0]
        or bare.lower() in TITLES
        or bare.lower() in ROLES
        or bare.lower() in first_names()
        or bare.lower() in word_set("org_place_subject_vetoes.txt")
        # a care domain before a place at a sentence start is the domain in that place
        # ("Welzijn Zwolle is een thema"); in mid-sentence org_kinds reads it as a provider
        or bare.lower() in word_set("org_domains.txt")
        or bare.lower() in word_set("name_compass.txt")
        or bare in keep_terms()
        or bare in institutions()
    )


def _subject_name(text: str, place: Mention) -> int | None:
    """Where the organisation's name starts when the place is the end of a sentence-initial
    subject ("Lokaal Kwarveen vraagt"), else None."""
    if place.text.isupper():
        return None  # "Portefeuillehouder Jeugd NVO is": a place's initials, no name's end
    verb = _VERB_AFTER.match(text, place.end)
    if not verb or verb["word"] in word_set("org_place_subject_joins.txt"):
        return None  # "Buurgemeenten Kwarlo en Kwarveen hebben": a list of places
    line_start = text.rfind("\n", 0, place.start) + 1
    hit = _RUN.search(text[line_start : place.start])
    if not hit:
        return None
    run = hit["run"]
    if any(_excluded(w) for w in run.split()):
        return None
    start = line_start + hit.start("run")
    name = text[start : place.end]
    if name in keep_terms() or name in institutions() or run.strip() in institutions():
        return None
    return start


def place_subjects(text: str, mentions: list[Mention]) -> list[Mention]:
    """The chosen mentions with each place that ends a sentence-initial organisation's name
    ("Lokaal Kwarveen vraagt") turned into that organisation, and the same name elsewhere in
    the text where only its place was found."""
    places = [m for m in mentions if m.type == "PLAATS"]
    if not places:
        return mentions
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    names: dict[str, Mention] = {}
    for m in places:
        start = _subject_name(text, m)
        if start is None or any(taken[start : m.start - 1]):
            continue
        names.setdefault(text[start : m.end], m)
    if not names:
        return mentions
    replaced: dict[int, Mention] = {}
    for name, first in names.items():
        key = norm_name(name)
        rx = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
        for hit in rx.finditer(text):
            s, e = hit.span()
            place = next((m for m in places if m.end == e and s < m.start), None)
            if place is None or id(place) in replaced or any(taken[s : place.start - 1]):
                continue
            org = Mention(s, e, "ORGANISATIE", name, first.tier, "place-subject", key=key)
            replaced[id(place)] = org
    if not replaced:
        return mentions
    return sorted((replaced.get(id(m), m) for m in mentions), key=lambda m: m.start)
