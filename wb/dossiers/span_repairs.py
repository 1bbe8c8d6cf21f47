"""Repairs of chosen mentions whose span holds more than the name (after the overlaps are chosen).

* a care word in lowercase before a place ("jeugdzorg Zeeland", "wijkteam Hoogvliet") says what
  of the place it is: the place alone is the identifier, not an organisation's name;
* a legal form before a listed trigger without its name ("de Stichting Jeugdbescherming en
  ...", "de Stichting Bureau Jeugdzorg te X") is a generic noun, kept like the trigger alone
  (``organisations.txt``: a generic noun without a name is kept);
* a known place after a trigger that runs on into an ordinary capitalised word ("gemeente
  Utrecht Postbus ...", "gemeente Utrecht Juni 2010") ends where the known place ends;
* a point of the compass with its hyphen before a line break or space ("Zuid- Kennemerland")
  is the first part of the place after it.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import gazetteer, is_ordinary, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.place_names import all_places
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words

LOWER_HEAD = re.compile(r"(?P<head>[a-z][a-z-]+)[ ](?P<place>\S.*)")


def place_after_care_word(text: str, mentions: list[Mention], learned_places: set[str]) -> None:
    """ "jeugdzorg Zeeland": a listed trigger written in lowercase before a name that is a known
    place or region names no organisation; the mention becomes the place after it."""
    for m in mentions:
        if m.type != "ORGANISATIE" or m.source != "org":
            continue
        parts = LOWER_HEAD.fullmatch(text[m.start : m.end])
        if not parts:
            continue
        place = parts["place"]
        if place in all_places() or place in learned_places:
            m.start += parts.start("place")  # the match starts at the mention's start
            m.type, m.text, m.key, m.source = "PLAATS", place, norm_name(place), "place"
            m.extra.pop("short", None)


LEGAL_FORM = re.compile(r"(?:[Ss]tichting|[Vv]ereniging)[ ](?P<rest>.+)")


@cache
def bare_triggers() -> frozenset[str]:
    """The triggers of ``organisations.txt`` that need a name after them ("Bureau Jeugdzorg",
    "Jeugdbescherming"): alone they are generic nouns."""
    return frozenset(
        line[: -len(" {NAAM}")]
        for line in words("organisations.txt")
        if line.endswith(" {NAAM}") and "{" not in line[: -len(" {NAAM}")]
    )


def generic_legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a listed organisation that is a legal form and a bare trigger
    ("Stichting Bureau Jeugdzorg"): no name follows, so nothing identifies."""
    keep = []
    for m in mentions:
        if m.type == "ORGANISATIE" and m.source == "org":
            form = LEGAL_FORM.fullmatch(text[m.start : m.end])
            if form and form["rest"] in bare_triggers():
                continue
        keep.append(m)
    return keep


def place_before_ordinary_word(text: str, mentions: list[Mention]) -> None:
    """ "gemeente Utrecht Juni 2010": a place after a trigger whose words start with a known
    place and go on with an ordinary capitalised word (no point of the compass: "Amsterdam
    Zuidoost") is cut back to the longest known place; a run that is a known place as a whole
    stays."""
    known, listed = places(), gazetteer()
    for m in mentions:
        if m.type != "PLAATS" or m.source != "trigger":
            continue
        name = text[m.start : m.end]
        if name in known or name in listed:
            continue
        words_ = name.split(" ")
        for k in range(len(words_) - 1, 0, -1):
            prefix = " ".join(words_[:k])
            if prefix not in known and prefix not in listed:
                continue
            after = words_[k]
            if (
                after[:1].isupper()
                and is_ordinary(after)
                and after.lower() not in word_set("name_compass.txt")
            ):
                m.end = m.start + len(prefix)
                m.text, m.key = prefix, norm_name(prefix)
            break


COMPASS_BEFORE = re.compile(lead_first(r"(?<![\w-])(?P<word>[A-Z][a-z]+)-[ \t]*\n?[ \t]*$"))


def compass_before_place(text: str, mentions: list[Mention]) -> None:
    """ "Zuid- Kennemerland": a point of the compass, its hyphen and a space or line break
    right before a place (a compound whose line was broken) belongs to the place's name."""
    taken = {m.end for m in mentions}
    for m in mentions:
        if m.type != "PLAATS":
            continue
        before = COMPASS_BEFORE.search(text, max(0, m.start - 14), m.start)
        if not before or before["word"].lower() not in word_set("name_compass.txt"):
            continue
        if before.start() in taken or text[before.end() - 1 : before.end()] == "-":
            continue  # a mention ends there, or no space at all ("Zuid-Holland" is one word)
        m.start = before.start()
        m.text = text[m.start : m.end]
        m.key = norm_name(m.text)


def longer_written_form(text: str, mentions: list[Mention]) -> None:
    """ "stichting Kwarfonds ... Stichting Kwarfonds Kwarland": an organisation's mention that
    the words after it make into a longer mention of the same text (any case) is that longer
    name, when no other mention stands in the words it takes (names70)."""
    orgs = [m for m in mentions if m.type in ("ORGANISATIE", "SCHOOL")]
    if len(orgs) < 2:
        return
    starts = sorted(m.start for m in mentions)
    for m in orgs:
        low = text[m.start : m.end].lower()
        for n in orgs:
            name = text[n.start : n.end]
            if n.type != m.type or len(name) <= len(low) or not name.lower().startswith(low + " "):
                continue
            end = m.start + len(name)
            if text[m.start : end].lower() != name.lower() or text[end : end + 1].isalnum():
                continue
            if any(m.end < s < end for s in starts):
                continue
            m.end, m.key = end, n.key
            break
