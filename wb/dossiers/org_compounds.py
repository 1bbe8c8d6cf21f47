"""Schools' and organisations' names of one compound word: a capitalised word in mid-sentence
that ends in a head word and is no dictionary word ("de Mariaschool", "het Vechtdalcollege"),
with a title before it ("Koningin Julianaschool") or ordinary words joined by "en" after it
("het Regiecentrum Bescherming en Veiligheid"). Split from :mod:`wb.dossiers.org_names`."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    ROLES,
    UP,
    first_names,
    hunspell,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.org_words import head_of, kept_terms, org_heads, title_case_line
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set

COMPOUND = re.compile(lead_first(rf"(?<![\w'’-])[{UP}][{LOW}]{{3,}}(?![\w'’-])"))


def compound_mentions(text: str) -> list[Mention]:
    """A capitalised word in mid-sentence that ends in a head word and is no dictionary word:
    the name of a school or organisation ("de Mariaschool", "het Vechtdalcollege")."""
    found = []
    ordinary = hunspell().ordinary
    for m in COMPOUND.finditer(text):
        word = m[0]
        entry = head_of(word)
        low = word.lower()
        if entry is None or low in org_heads() or low in ordinary or is_dutch_word(low):
            continue
        title = NAME_TITLE.search(text, max(0, m.start() - 12), m.start())
        title = title if title and _name_title(title[1]) else None
        title = title or _person_title(text, m.start())
        title = title or (_first_name(text, m.start()) if entry[0] == "SCHOOL" else None)
        title = title or (_surname_first(text, m.start()) if entry[0] == "SCHOOL" else None)
        title = title or (_first_name_de(text, m.start()) if entry[0] == "SCHOOL" else None)
        title = title or (_listed_first_de(text, m.start()) if entry[0] == "SCHOOL" else None)
        # "Kon. Julianaschool": the full stop of the title ends no sentence; "(Kwarvikschool)":
        # nor does a bracket
        opening = sentence_initial(text, m.start()) and text[m.start() - 1 : m.start()] != "("
        if (opening and not title) or title_case_line(text, m.start()):
            continue
        if word in kept_terms() or is_stop_word(word):
            continue
        if text[max(0, m.start() - 4) : m.start()].lower() == "een " and not title:
            continue  # "er is een Implementatiebureau opgericht": one of a kind, no name
        if not title and NAME_AFTER_KIND.match(text, m.end()):
            continue  # "Gastouderopvang De Kwakkertjes": the kind, its name follows
        end = m.end()
        tail = COMPOUND_TAIL.match(text, end)
        if tail and all(
            is_ordinary(w) and not is_stop_word(w) and w not in places()
            for w in re.findall(rf"[{UP}][{LOW}]+", tail[0])
        ):
            end = tail.end()  # "het Regiecentrum Bescherming en Veiligheid": its whole name
        provider = PROVIDER_AFTER.match(text, end)
        if not tail and provider and _provider_name(provider[1]):
            end = provider.end()  # "het Expertisecentrum Kwarvik": a unit with its provider
        start = title.start(1) if title else m.start()  # "Koningin Julianaschool": its title
        name = text[start:end]
        mention = Mention(start, end, entry[0], name, 1, "org-compound", key=norm_name(name))
        mention.extra["short"] = name
        found.append(mention)
    return found


# an article and a capitalised word right after a compound: the name it is the kind of
NAME_AFTER_KIND = re.compile(rf"[ ](?:De|Het|'t|’t)[ ][{UP}]")
NAME_TITLE = re.compile(lead_first(rf"(?<![\w'’.-])([{UP}]?[{LOW}]+)\.?[ ]$"))


def _name_title(word: str) -> bool:
    """A royal's or saint's title before a compound (``org_name_titles.txt``), as listed or in
    lowercase when written out ("de prinses Kwarviaschool"; an abbreviation only capitalised)."""
    titles = word_set("org_name_titles.txt")
    return word in titles or (word[0].islower() and len(word) >= 4 and word.capitalize() in titles)


# "Dr. A.B. van der Kwarvikschool", "Ds. de Kwarvikschool": a person's title, initials and
# particles before a compound named after that person
PERSON_TITLE = re.compile(
    lead_first(
        rf"(?<![\w'’.-])([{UP}][{LOW}]+)\.?[ ](?:(?:[{UP}]\.)+[ ]?)?"
        rf"(?:(?:van|de|den|der|ter|ten|'t)[ ])*$"
    )
)


def _person_title(text: str, start: int) -> re.Match[str] | None:
    """A person's title (``org_person_titles.txt``) with initials and particles right before a
    compound at ``start``: the school or centre is named after that person."""
    m = PERSON_TITLE.search(text, max(0, start - 40), start)
    return m if m and m[1] in word_set("org_person_titles.txt") else None


# "Anne Kwarvikschool", "Belle van Kwarvikschool": a first name and particles before a school
# compound named after that person; not "van de" or "de", which also read "of the" and "the"
# ("juf Anna van de Kwarvikschool", "belde Jan de Kwarvikschool")
FIRST_NAME = re.compile(
    lead_first(rf"(?<![\w'’.-])([{UP}][{LOW}]+)[ ](?:(?:van|van der|ter|ten)[ ])?$")
)


def _first_name(text: str, start: int) -> re.Match[str] | None:
    """A first name with particles right before a school's compound at ``start``: the school is
    named after that person ("Anne Frankschool")."""
    m = FIRST_NAME.search(text, max(0, start - 30), start)
    return m if m and m[1] in first_names() and m[1] not in places() else None


# "de Groen van Kwarvikschool": after a lowercase article, a capitalised word and "van" before
# a school's compound are the front of the person's name the school bears
SURNAME_FIRST = re.compile(
    lead_first(rf"(?<![\w'’-])(?:de|het)[ ]([{UP}][{LOW}]+)[ ](?:van|van der|van den|ter|ten)[ ]$")
)


def _surname_first(text: str, start: int) -> re.Match[str] | None:
    """The first words of a person's name before a school's compound at ``start``, after a
    lowercase article ("de Groen van Kwarvikschool", "de Belle van Kwarvikschool"); not a stop
    word, a role, a place or a head word ("de Directeur van Kwarvikschool")."""
    m = SURNAME_FIRST.search(text, max(0, start - 30), start)
    if not m:
        return None
    word = m[1]
    if is_stop_word(word) or word in places() or head_of(word) is not None:
        return None
    return None if word.lower() in ROLES else m


# "door de Willem de Kwarvikschool": after a lowercase article, a first name and "de", "den",
# "van de" or "van den" before a school's compound are the front of the person's name the school
# bears (without the article "Jan de Kwarvikschool" may read "Jan, the Kwarvik school")
FIRST_NAME_DE = re.compile(
    lead_first(rf"(?<![\w'’-])(?:de|het)[ ]([{UP}][{LOW}]+)[ ](?:van[ ])?(?:de|den)[ ]$")
)


def _first_name_de(text: str, start: int) -> re.Match[str] | None:
    """A first name and "de/den/van de/van den" after a lowercase article, right before a
    school's compound at ``start`` ("de Willem de Kwarvikschool"); not a place."""
    m = FIRST_NAME_DE.search(text, max(0, start - 30), start)
    return m if m and m[1] in first_names() and m[1] not in places() else None


# "de Willem de Kwarvikschool", ", Willem de Kwarvikschool": a first name and "de" before a
# school's compound, after an article, a legal form or a list's comma (not after a verb:
# "belde Jan de Kwarvikschool", Jan called the school)
FIRST_DE = re.compile(
    lead_first(
        rf"(?:^|[,;:(]|(?<![\w'’-])(?:de|De|Vereniging|Stichting))[ ]+([{UP}][{LOW}]+)[ ]de[ ]$"
    ),
    re.MULTILINE,
)


def _listed_first_de(text: str, start: int) -> re.Match[str] | None:
    """A first name and "de" before a school's compound at ``start``, in a list or after an
    article or legal form: the school bears a person's name with an epithet ("Willem de
    Kwarvikschool", names69)."""
    m = FIRST_DE.search(text, max(0, start - 40), start)
    return m if m and m[1] in first_names() and m[1] not in places() else None


PROVIDER_AFTER = re.compile(rf"[ ]([{UP}][{LOW}]{{3,}})(?![\w'’-])")


def _provider_name(word: str) -> bool:
    """A capitalised word that is no dictionary word, stop word or place: a name."""
    return not (in_dictionary(word) or is_stop_word(word) or word in places())


# capitalised ordinary words joined by "en" after a compound's name, up to the last capital
COMPOUND_TAIL = re.compile(rf"[ ][{UP}][{LOW}]+(?:[ ](?:en|&)[ ][{UP}][{LOW}]+)+(?![\w'’-])")
