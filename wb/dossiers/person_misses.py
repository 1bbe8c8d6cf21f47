"""Parts of a person's name left readable next to a person a rule found (names-addr).

The person rules find most names in part; what an unseen text left readable beside them were
the small words and the first names the dictionaries take for words:

* the particles between two parts of one name ("Luuk van Kwarvik": "Luuk" and "Kwarvik" found,
  "van" left; not before a name that opens with an article: "Ellen van De Kwarhoeve") and a
  capitalised "Van", "Ter" or "Ten" right before a found surname ("zegt Van Kwarvik", "de heer
  Van de Kwarvik"; not "De": also an article before a name), also a lowercase particle after a
  title or role ("wethouder van Kwarvik");
* the surname after a found one-word first name and its lowercase particles ("Peter de Vrij in
  de raad": "Vrij" is also an adjective; "Frans van der Haar,"), when the capitalised word ends
  the name (a lowercase word, a comma, a colon, a bracket or the line's end after it);
* a listed first name that the dictionary also knows ("Toon", "Riet", "Leen") right before a
  found surname, at a line's or list item's start, where the neighbour rule of
  :mod:`wb.dossiers.person_neighbours` (after a lowercase word only) does not look;
* initials after a title before a found name ("mevrouw mr. I. Van Kwarvik");
* the full stop of an abbreviated first name between it and the surname ("Adr. Kwarvik"; no
  listed first name or dictionary word: "Loek. Jip" are two sentences).

Not a title, role, organisation word, place, kept term or stop word (as in
:mod:`wb.dossiers.person_neighbours`; after a particle a stop word is a surname: "de Vrij"),
and never a word another mention holds.
"""

from __future__ import annotations

import itertools
import re

from wb.dossiers.entity_data import (
    CAP,
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
    institutions,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.name_compounds import role_compound
from wb.dossiers.org_words import head_of
from wb.dossiers.person_neighbours import blocked_word, span_free

# lowercase particles between a first name and a surname, longest first
_LOW_PARTICLES = (
    r"(?:van[ ]der|van[ ]den|van[ ]de|van[ ]het|van[ ]'t|in[ ]'t|van|de|der|den|ter|ten|te)"
)
# capitalised: "Van" forms, "Ter", "Ten"; not "De" (also an article before a name: "De Kwarhoeve")
_CAP_PARTICLES = r"(?:Van[ ]der|Van[ ]den|Van[ ]de|Van[ ]het|Van[ ]'t|Van|Ter|Ten)"
# the gap between two parts of one name: particles, or an abbreviation's full stop
PARTICLE_GAP = re.compile(rf"[ ](?:{_LOW_PARTICLES}|{_CAP_PARTICLES})[ ]")
CAP_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<p>{_CAP_PARTICLES})[ ]$")
LOW_PARTICLE_BEFORE = re.compile(rf"(?P<t>[\w.]+)[ ](?P<p>{_LOW_PARTICLES})[ ]$")
SURNAME_AFTER = re.compile(
    rf"[ ](?P<p>{_LOW_PARTICLES})[ ](?P<w>{CAP})(?=[ ][{LOW}]|[,:;)]|[ ]?\(|[ ]*$|[ ]*\n)"
)
# a listed first name at a line's or a list item's start ("\n", ", ", "• ", "- ")
FIRST_BEFORE = re.compile(rf"(?:^|(?<=\n)|(?<=[,;•][ ])|(?<=[-–][ ]))[ \t]*(?P<w>{CAP})[ ]$")
INITIALS_AFTER_TITLE = re.compile(rf"(?P<t>[\w.]+)[ ](?P<i>(?:[{UP}]\.){{1,4}})[ ]$")
ABBREVIATED = re.compile(rf"[{UP}][{LOW}]{{1,3}}")


def _title_or_role(word: str) -> bool:
    """True for a title ("mr.", "heer", "mevrouw") or a role word ("wethouder")."""
    low = word.lower()
    return any(w in TITLES or w in ROLES for w in (low, low.rstrip("."), f"{low.rstrip('.')}."))


def _not_surname(word: str) -> bool:
    """True for a word that is no surname after a particle: a role, title, organisation word,
    place, region, kept term or institution (as ``blocked_word``); a stop word is a surname here
    ("de Vrij", "van der Haar": after a particle a capitalised stop word is a name)."""
    low = word.lower()
    return (
        low in ROLES
        or low in TITLES
        or bool(head_of(word))
        or role_compound(word)
        or word in places()
        or word in regions()
        or word in keep_terms()
        or word in institutions()
    )


def _persons(mentions: list[Mention]) -> list[Mention]:
    return sorted((m for m in mentions if m.type == "PERSOON"), key=lambda m: m.start)


def _set_text(text: str, m: Mention) -> None:
    m.text = text[m.start : m.end]


def repair_person_misses(text: str, mentions: list[Mention]) -> None:
    """Widen person spans (in place) over the particles, first names, initials and full stops
    of their name that the other rules left readable; two persons so joined become one."""
    _bridge_gaps(text, mentions)
    for m in _persons(mentions):
        if m not in mentions:
            continue
        _particle_before(text, m, mentions)
        _initials_after_title(text, m, mentions)
        _first_before(text, m, mentions)
        _surname_after(text, m, mentions)


def _bridge_gaps(text: str, mentions: list[Mention]) -> None:
    """ "Luuk van Kwarvik", "Adr. Kwarvik": two person mentions with only particles or an
    abbreviation's full stop between them are one name."""
    persons = _persons(mentions)
    for a, b in itertools.pairwise(persons):
        if a not in mentions or b not in mentions or "\n" in text[a.end : b.start]:
            continue
        gap, first = text[a.end : b.start], text[a.start : a.end]
        if re.match(r"(?:De|Het|'t)[ ]", text[b.start : b.end]):
            continue  # "Ellen van De Kwarhoeve": a name with an article is no surname
        joined = bool(PARTICLE_GAP.fullmatch(gap)) and " " not in first
        dot = gap == ". " and bool(ABBREVIATED.fullmatch(first)) and _abbreviation(first)
        if not (joined or dot) or not span_free(mentions, a.end, b.start):
            continue
        a.first = a.first or text[a.start : a.end].rstrip(".")
        a.end = b.end
        if joined:
            a.surname = norm_name(gap + text[b.start : b.end])
        else:
            a.surname = b.surname or norm_name(text[b.start : b.end])
        _set_text(text, a)
        mentions.remove(b)


def _abbreviation(word: str) -> bool:
    """True for an abbreviated first name ("Adr", "Chr"): no listed first name ("Loek. Jip": a
    sentence ends after it) and no dictionary word."""
    return word not in first_names() and not is_ordinary(word) and not is_stop_word(word)


def _particle_before(text: str, m: Mention, mentions: list[Mention]) -> None:
    """ "zegt Van Kwarvik": a capitalised particle right before a person that opens with a
    capitalised surname; "wethouder van Kwarvik": a lowercase one after a title or role."""
    if m.first or m.initials or not text[m.start : m.start + 1].isupper():
        return
    lead = CAP_PARTICLE_BEFORE.search(text, max(0, m.start - 12), m.start)
    if lead is None:
        low = LOW_PARTICLE_BEFORE.search(text, max(0, m.start - 40), m.start)
        if not low or not _title_or_role(low["t"]):
            return
        start = low.start("p")
    else:
        start = lead.start("p")
    if not span_free(mentions, start, m.start):
        return
    m.start = start
    m.surname = norm_name(text[m.start : m.end])
    _set_text(text, m)


def _initials_after_title(text: str, m: Mention, mentions: list[Mention]) -> None:
    """ "mevrouw mr. I. Van Kwarvik": initials between a title and a found name."""
    if m.initials or not text[m.start : m.start + 1].isupper():
        return
    lead = INITIALS_AFTER_TITLE.search(text, max(0, m.start - 40), m.start)
    if (
        not lead
        or not _title_or_role(lead["t"])
        or not span_free(mentions, lead.start("i"), m.start)
    ):
        return
    m.initials, m.start = lead["i"], lead.start("i")
    _set_text(text, m)


def _first_before(text: str, m: Mention, mentions: list[Mention]) -> None:
    """ "Jan Bos, Toon Kwarvik, Riet Kwarvik": a listed first name that is also a word, at a line's
    or list item's start right before a found surname, is the person's first name."""
    if m.first or m.initials:
        return
    lead = FIRST_BEFORE.search(text, max(0, m.start - 40), m.start)
    if not lead or lead["w"] not in first_names() or blocked_word(lead["w"]):
        return
    if not span_free(mentions, lead.start("w"), m.start):
        return
    m.first, m.start = lead["w"], lead.start("w")
    m.surname = m.surname or norm_name(text[m.start + len(lead["w"]) + 1 : m.end])
    _set_text(text, m)


def _surname_after(text: str, m: Mention, mentions: list[Mention]) -> None:
    """ "Peter de Vrij in de raad": after a found one-word first name, lowercase particles and a
    capitalised word that ends the name are its surname."""
    span = text[m.start : m.end]
    if " " in span or m.surname or span not in first_names():
        return
    after = SURNAME_AFTER.match(text, m.end)
    if not after or _not_surname(after["w"]) or not span_free(mentions, m.end, after.end("w")):
        return
    m.first, m.end = m.first or span, after.end("w")
    m.surname = norm_name(text[after.start("p") : m.end])
    _set_text(text, m)
