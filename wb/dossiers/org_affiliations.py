"""A person's organisation named as a noun and a place: "Anna Kwarvik van Pleegzorg Kwarland",
"Tom Bos van de Speelotheek Zeist". After a person's full name and "van" (a "de" or "het" may
follow), a capitalised noun and a known place that end the name are the local branch or service
the person works for ("national network + region"), replaced whole; the place alone would leave
the noun, which with the person's name still points at one organisation. Not a trigger of a
place ("van de Gemeente Zeist", "van de Rechtbank Utrecht"), a compass word, an adjective, a
national name or a whole country ("Pleegzorg Vlaanderen", ``org_national_regions.txt``)."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    ROLES,
    UP,
    first_names,
    inflected_adjective,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import DOMAINS, REGION_WORDS, national_name, not_in_names
from wb.dossiers.person_parts import low_particles
from wb.lang import word_set

NATIONAL_REGIONS = word_set("org_national_regions.txt")

AFFILIATION = re.compile(
    rf"[ ]van[ ](?:de[ ]|het[ ])?(?P<noun>[{UP}][a-zà-ÿ]{{3,}})[ ]"
    rf"(?P<place>[{UP}][\w'’-]+)(?![\w'’&-])(?![ ]+[{UP}])"
)


def affiliation_orgs(text: str) -> list[Mention]:
    """ "Anna Kwarvik van Pleegzorg Kwarland": a person's full name, "van", a capitalised noun
    and a known place are the organisation the person works for (tier 4)."""
    if " van " not in text:
        return []
    found = []
    for m in AFFILIATION.finditer(text):
        noun, place = m["noun"], m["place"]
        if place not in places() or not _noun_of_service(noun):
            continue
        if place in NATIONAL_REGIONS or national_name(f"{noun} {place}"):
            continue
        if not _person_before(text, m.start()) and not _role_before(text, m.start()):
            continue
        s, e = m.start("noun"), m.end("place")
        mention = Mention(s, e, "ORGANISATIE", text[s:e], 4, "affiliation")
        mention.key = norm_name(mention.text)
        found.append(mention)
    return found


def _noun_of_service(noun: str) -> bool:
    """A capitalised noun that may name a service: an ordinary word or one no list of names
    knows ("Speelotheek"), no trigger of a place
    ("Gemeente", "Rechtbank"), title or role (a care domain may be one: "Pleegzorg"), no stop
    word, adjective, compass word or first name."""
    low = noun.lower()
    if noun in not_in_names() and low not in DOMAINS:
        return False
    return (
        (is_ordinary(noun) or not is_known_name(noun))
        and not is_stop_word(noun)
        and not inflected_adjective(low)
        and not low.startswith(tuple(REGION_WORDS))
        and noun not in first_names()
    )


def _person_before(text: str, start: int) -> bool:
    """True when a person's full name ends right before `start`: a first name (a known one or
    a word no dictionary knows), then capitalised words or particles ("Anna Kwarvik", "Ria van
    Wolk")."""
    tokens = text[max(0, start - 60) : start].split()
    k = len(tokens)
    while k > 0 and (tokens[k - 1] in low_particles() or _name_word(tokens[k - 1])):
        k -= 1
    person = tokens[k:]
    if len(person) < 2 or not person[-1][:1].isupper():
        return False
    return any(_first_name(w) for w in person[:-1])


def _role_before(text: str, start: int) -> bool:
    """True when a role word in lowercase stands right before `start` ("voorzitter van",
    "medewerker van"): the organisation the role is held in follows."""
    before = re.search(r"([a-zà-ÿ]+)$", text[max(0, start - 30) : start])
    return bool(before) and before[1] in ROLES


def _first_name(word: str) -> bool:
    """A known first name, or a capitalised word no dictionary or list of places knows."""
    if word in first_names():
        return True
    return word[:1].isupper() and not is_ordinary(word) and word not in places()


def _name_word(token: str) -> bool:
    """A capitalised word of a person's name: no stop word, no punctuation after it."""
    return token[:1].isupper() and token[-1:].isalpha() and not is_stop_word(token)
