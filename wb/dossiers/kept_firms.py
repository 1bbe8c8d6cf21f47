"""Firms, institutes and colophon words that stay, strongly enough to block a longer name around
them (tier 0: "KWARTEL de Pilot Wijkaanpak" is no organisation's name):

* national research bureaus, institutes, consultancies and publishers (``national_firms.txt``),
  not after a title or a first name ("mevrouw Berenschot" is a person);
* a name after a research bureau's cue ("onderzoeks- en adviesbureau X", ``firm_cues.txt``) or
  before an English firm's suffix ("X Consulting", "X Family Institute",
  ``firm_suffixes.txt``), and every other mention of that name in the text, with "St." or
  "Stichting" before it;
* the head of a university's name before or after its place ("Rijksuniversiteit Utrecht",
  "Universiteit van Amsterdam", "Zwolse Hogeschool", ``university_heads.txt``) and a national
  body's name, also before a place ("Centrum voor Jeugd en Gezin Assen",
  ``national_bodies.txt``): the name stays, the place is replaced as a place;
* a month before a year ("Maart 2015" after a place on a title page) and the letters of a
  post box's postcode whose digits were lost ("Postbus AB Assen").
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    MONTHS,
    TITLES,
    UP,
    first_names,
    gazetteer,
    is_ordinary,
    places,
    regions,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.word_index import longest_first, names_regex
from wb.lang import words


def kept_firms(text: str) -> list[Mention]:
    """Firms, institutes, university heads, national bodies before a place, months before a
    year and post box letters that stay (tier 0)."""
    found = _listed_firms(text) + _cued_firms(text) + _university_heads(text)
    found += _national_before_place(text) + _months_and_boxes(text)
    return found


def _keep(start: int, end: int, text: str, source: str) -> Mention:
    return Mention(start, end, "KEEP", text[start:end], 0, source)


@cache
def _firms() -> frozenset[str]:
    return frozenset(words("national_firms.txt"))


def _person_before(text: str, start: int) -> bool:
    """True after a title, a first name or initials ("mevrouw Berenschot", "Anna Boom")."""
    before = text[max(0, start - 30) : start]
    word = re.search(r"(\S+)[ ]$", before)
    if not word:
        return False
    w = word[1]
    return (
        w.lower() in TITLES
        or w.lower().rstrip(".") + "." in TITLES
        or w in first_names()
        or (re.fullmatch(rf"(?:[{UP}]\.)+", w) is not None)
    )


def _listed_firms(text: str) -> list[Mention]:
    """A national firm of the list, not where one word of it is a person's surname."""
    return [
        _keep(m.start(), m.end(), text, "national-firm")
        for m in names_regex(_firms()).finditer(text)
        if " " in m[0] or not _person_before(text, m.start())
    ]


@cache
def _cue_rx() -> re.Pattern:
    cues = longest_first(words("firm_cues.txt"), space="[ ]")
    suffixes = "|".join(re.escape(s) for s in sorted(words("firm_suffixes.txt")))
    name = rf"(?:[{UP}][\w&'’-]*)"
    return re.compile(
        rf"(?<![\w-])(?i:{cues})[ ]+(?P<a>{name}(?:[ ]{name}){{0,2}}?)(?=[ ]+[a-z]|[ ]*[,.;:)]|$)"
        rf"|(?<![\w'’-])(?P<b>{name}(?:[ ]{name}){{0,2}}[ ](?:{suffixes}))(?![\w-])",
        re.MULTILINE,
    )


def _cued_firms(text: str) -> list[Mention]:
    """A name after a research bureau's cue or before an English firm's suffix, and its other
    mentions (with "St." or "Stichting" before them) in the text."""
    names = set()
    found: list[Mention] = []
    if not any(stem in text for stem in _cue_stems()):
        return found
    for m in _cue_rx().finditer(text):
        group = "a" if m["a"] else "b"
        name = m[group]
        first = name.split()[0]
        if first in first_names() or first.lower() in TITLES or first in places():
            continue  # "adviesbureau Anna Smit": a person's own practice
        found.append(_keep(m.start(group), m.end(group), text, "cued-firm"))
        names.add(name)
    if not names:
        return found
    alternation = longest_first(names)
    rx = re.compile(rf"(?<![\w-])(?:(?:St\.|Stichting)[ ])?(?:{alternation})(?![\w-])")
    found += [
        _keep(m.start(), m.end(), text, "cued-firm")
        for m in rx.finditer(text)
        if not _person_before(text, m.start())  # "mevrouw Kwarvik" of "adviesbureau Kwarvik"
    ]
    return found


@cache
def _university_rx() -> re.Pattern:
    heads = longest_first(words("university_heads.txt"), space="[ ]")
    return re.compile(
        rf"(?<![\w-])(?P<adj>[{UP}]\w+e[ ])?(?P<head>{heads})"
        rf"(?P<after>[ ](?:van[ ])?(?:'s-)?{CAP}(?:[ ]{CAP})?)?(?![\w-])"
    )


def _is_place(name: str) -> bool:
    return name in places() or name in gazetteer() or name in regions()


def _university_heads(text: str) -> list[Mention]:
    """The head of a university's name named by its place, before or after the head."""
    found = []
    for m in _university_rx().finditer(text):
        after = (m["after"] or "").strip()
        after = after[4:] if after.startswith("van ") else after
        by_place = bool(after) and (
            _is_place(after) or _is_place(after.split()[0]) or "van" in (m["after"] or "")
        )
        by_adjective = bool(m["adj"]) and not is_ordinary(m["adj"].strip())
        if by_place or by_adjective:
            found.append(_keep(m.start("head"), m.end("head"), text, "university"))
    return found


@cache
def _own_bodies() -> frozenset[str]:
    return frozenset(words("national_bodies.txt"))


@cache
def _cue_stems() -> tuple[str, ...]:
    """The last letters of every cue and suffix: a text without any of them has no cued firm."""
    return tuple({w[-6:] for w in (*words("firm_cues.txt"), *words("firm_suffixes.txt"))})


def _national_before_place(text: str) -> list[Mention]:
    """A national body's name of ``national_bodies.txt``, also right before a place ("Centrum
    voor Jeugd en Gezin Assen"): the name stays, the place after it is replaced, unless an
    organisation found around it ends in that place (``org_national_branches``). (A regional
    organisation named by a national name and its region, "Veilig Thuis Drenthe",
    is one organisation: ``institutions.txt`` is not read here.)"""
    return [
        _keep(m.start(), m.end(), text, "national-body")
        for m in names_regex(_own_bodies()).finditer(text)
    ]


@cache
def _month_rx() -> re.Pattern:
    months = "|".join(m.capitalize() for m in MONTHS)
    return re.compile(rf"(?<![\w-])(?:{months})(?=[ ]+(?:19|20)\d\d(?!\d))")


def _months_and_boxes(text: str) -> list[Mention]:
    """ "Assen Maart 2015": a capitalised month before a year is a date's. (The letters of a post
    box's postcode whose digits were lost, "Postbus AB Assen", are a postcode since the lead's
    decision of 2026-12-05: :data:`wb.dossiers.identifiers.PO_BOX_LETTERS`.)"""
    return [_keep(m.start(), m.end(), text, "month") for m in _month_rx().finditer(text)]
