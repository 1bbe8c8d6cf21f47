"""A person's name that a rule caught only in part, widened over its capitalised neighbour.

Dutch writes ordinary words in lowercase inside a sentence, so a capitalised word right next
to a person's mention, inside a sentence, is part of that name even when the dictionary knows
it as an ordinary word:

* before a surname without a first name, after a lowercase word on the same line: the first
  name ("zwaait Joke Kwartelsma uit ...": "Joke" is also an English word the lexicon knows,
  "Kwartelsma" was learned as a surname);
* after a one-word mention inside a sentence, before a lowercase word or a comma: the surname
  ("Dico Baars van de partij": "Baars" is also a fish);
* at the start of a signature line, before a bare surname and a comma with a role word after
  it: the first name ("Don Kwartel, Kamerlid");
* at a sentence start, before a bare surname with an age in brackets after it: the first name
  ("... op school. Pasje Kwartel-Rijp (65) zat hier": the age says a person is named whole).

Not a title, role (also in the plural, "Kamerleden", and a compound on one: "Regiomoeder"),
organisation word, place, kept term (languages and nationalities: "Marianne Duits" may be a
language) or a stop word, not a word after a determiner ("van de Groep Kwartel": a noun,
``quote_name_determiners.txt``), and not a word another mention holds.

Initials right before a name a rule took without them join it ("H.L.G. Moïze de Kwartel (D66)":
two letters or more, or one after a comma, bracket or line start), and in a list, the last
capitalised word of a name after its initials joins it before the comma ("J. Kwartel Slot,").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from wb.dossiers.entity_data import (
    AGE_UNIT,
    CAP,
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
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
from wb.nlp.lexicon import get_lexicon

# "zwaait Joke ": a lowercase word, one space, the capitalised word, one space (before a mention)
WORD_BEFORE = re.compile(rf"(?<![\w'’-])(?P<low>[{LOW}]+)[ ](?P<w>{CAP})[ ]$")
# a signature line: "Lodo Kwartel, Kamerlid" (the role word after the comma)
LINE_OPENING = re.compile(rf"(?:^|(?<=\n))[ \t]*(?P<w>{CAP})[ ]$")
ROLE_AFTER = re.compile(rf",[ ]+(?:[{UP}][{LOW}]+[ ])?(?P<r>[{UP}{LOW}][{LOW}]+)")
# "Pasje " at a sentence or line start, before a mention (the first word of a sentence)
SENTENCE_OPENING = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?][ ]))[ \t]*(?P<w>{CAP})[ ]$")
# " (65)" / " (65 jaar)": an age in brackets right after a mention
AGE_AFTER = re.compile(rf"[ ]\([1-9]\d?{AGE_UNIT}\)")
DETERMINERS = word_set("quote_name_determiners.txt")
INITIALS_OPENING = re.compile(rf"(?:[{UP}]\.[ ]?)+")
# "H.L.G. " right before a mention, no letter or full stop glued before the initials
INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?P<i>(?:[{UP}]\.){{1,6}})[ ]$")
# " Slot," / " Slot (": a capitalised word that ends a listed item
LISTED_AFTER = re.compile(rf"[ ](?P<w>{CAP})(?=,|[ ]\()")
# " Baars van": one space, the capitalised word, then a lowercase word or a comma (after a mention)
WORD_AFTER = re.compile(rf"[ ](?P<w>{CAP})(?=[ ][{LOW}]|,)")


@cache
def blocked_word(word: str) -> bool:
    """True when a capitalised word cannot be part of a person's name (role, title, place, term)."""
    low = word.lower()
    lemma = get_lexicon().table_lemma(low) or low  # "Kamerleden" -> "kamerlid": a role
    return (
        is_stop_word(word)
        or low in ROLES
        or lemma in ROLES
        or low in TITLES
        or bool(head_of(word))
        or role_compound(word)
        or word in places()
        or word in regions()
        or word in keep_terms()
        or word in institutions()
    )


def span_free(mentions: list[Mention], start: int, end: int) -> bool:
    """True when no mention overlaps the span start..end."""
    return not any(o.start < end and start < o.end for o in mentions)


def join_name_neighbours(text: str, mentions: list[Mention]) -> None:
    """Widen person spans (in place) over a capitalised neighbour inside a sentence: a first
    name before a bare surname, a surname after a one-word name; initials before a bare name
    and the last word of a listed name after its initials."""
    for m in list(mentions):
        if m.type != "PERSOON" or m not in mentions:
            continue
        span = text[m.start : m.end]
        if m.initials or INITIALS_OPENING.match(span):
            _listed_tail(text, m, mentions)
            continue
        if _initials_before(text, m, mentions):
            continue
        if not span[:1].isupper():
            continue
        if _aged_first(text, m, mentions):
            continue
        if not m.first:
            before = WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
            if (
                before
                and before["low"] not in DETERMINERS
                and not blocked_word(before["w"])
                and span_free(mentions, before.start("w"), m.start)
            ):
                m.first, m.start = before["w"], before.start("w")
                m.surname = m.surname or norm_name(span)
                m.text = text[m.start : m.end]
                continue
            if _signature_first(text, m, mentions):
                continue
        if " " in span or m.role:
            continue
        after = WORD_AFTER.match(text, m.end)
        if after and not blocked_word(after["w"]) and span_free(mentions, m.end, after.end("w")):
            m.first, m.end = m.first or span, after.end("w")
            m.surname = norm_name(after["w"])
            m.text = text[m.start : m.end]


def _signature_first(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "Lodo Kwartel, Kamerlid": on a line that opens with a capitalised word and a bare surname,
    a role word after the comma makes the first word the person's first name."""
    lead = LINE_OPENING.search(text, max(0, m.start - 40), m.start)
    role = ROLE_AFTER.match(text, m.end)
    if (
        not lead
        or not role
        or blocked_word(lead["w"])
        or not span_free(mentions, lead.start("w"), m.start)
    ):
        return False
    if role["r"].lower() not in ROLES and not role_compound(role["r"]):
        return False
    m.first, m.start = lead["w"], lead.start("w")
    m.surname = m.surname or norm_name(text[m.start + len(lead["w"]) + 1 : m.end])
    m.text = text[m.start : m.end]
    return True


def _aged_first(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "Pasje Kwartel-Rijp (65) zat hier": at a sentence start, the capitalised word before a
    bare surname with an age in brackets after it is the person's first name, even when the
    dictionary knows it as an ordinary word."""
    span = text[m.start : m.end]
    if " " in span or m.surname or span in first_names() or not AGE_AFTER.match(text, m.end):
        return False  # "Broertje Jan (8)": a listed first name with its age stays alone
    lead = SENTENCE_OPENING.search(text, max(0, m.start - 40), m.start)
    if not lead or blocked_word(lead["w"]) or not span_free(mentions, lead.start("w"), m.start):
        return False
    m.first, m.start = lead["w"], lead.start("w")
    m.surname = norm_name(span)
    m.text = text[m.start : m.end]
    return True


def _initials_before(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "D.C. Kwartel (D66), H.L.G. Moïze de Kwartel (D66)": initials right before a name that
    a rule took without them (two letters or more, or one after a comma, bracket or line
    start) are part of it."""
    lead = INITIALS_BEFORE.search(text, max(0, m.start - 24), m.start)
    if not lead or not span_free(mentions, lead.start("i"), m.start):
        return False
    opener = text[: lead.start("i")].rstrip(" ")[-1:]
    if lead["i"].count(".") < 2 and opener not in ("", ",", ";", "(", "\n"):
        return False
    m.initials, m.start = lead["i"], lead.start("i")
    m.text = text[m.start : m.end]
    return True


def _listed_tail(text: str, m: Mention, mentions: list[Mention]) -> None:
    """ "S. Kwartel, J. Bruins Kwak, E. Molenaar": in a list, a capitalised word between a name
    after its initials and the comma or bracket that ends the item is the name's last part."""
    opener = text[: m.start].rstrip(" ")[-1:]
    after = LISTED_AFTER.match(text, m.end)
    if opener not in (",", "\n") or not after:
        return
    if blocked_word(after["w"]):
        return
    held = [o for o in mentions if o.start < after.end("w") and m.end < o.end]
    if any(o.type != "PERSOON" or (o.start, o.end) != after.span("w") for o in held):
        return
    for o in held:
        mentions.remove(o)  # "Kwak" learned as a surname on its own: a part of this name
    m.end = after.end("w")
    m.surname = norm_name(INITIALS_OPENING.sub("", text[m.start : m.end], count=1))
    m.text = text[m.start : m.end]


def join_fallback_tail(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "buurtsportcoach Bart Kwarts Kwarvis van de stichting": a one-word person the fallback
    found right after a person with a first name ("Bart Kwarts", "mevrouw Patty"), one space
    apart, is the last part of that person's name (a double surname written without a hyphen,
    a surname), not a second person; not a known first name ("Jan Kwarts Piet Kwarvis": a
    list of two)."""
    drop = set()
    for a, b in itertools.pairwise(mentions):
        if a.type != "PERSOON" or b.type != "PERSOON" or id(a) in drop:
            continue
        if a.source.startswith("fallback") or not b.source.startswith("fallback"):
            continue
        word = text[b.start : b.end]
        if text[a.end : b.start] != " " or " " in word:
            continue
        if not a.first or word in first_names() or not word[:1].isupper() or word.isupper():
            continue
        a.end = b.end
        a.text = text[a.start : a.end]
        a.extra["surname_words"] = a.text.split(" ", 1)[1] if " " in a.text else word
        a.surname = norm_name(a.extra["surname_words"])
        drop.add(id(b))
    return [m for m in mentions if id(m) not in drop] if drop else mentions
