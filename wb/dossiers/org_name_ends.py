"""Where an organisation's name ends though capitalised words run on: after a trigger, before a
letterhead word ("Veilig Thuis Postbus 123"), an abbreviation's first letter ("... T.a.v.") or a
numbered step at the end of a heading's line ("... Drenthe Stap 1"); after a head word, before a
street without a number ("jeugdaccommodatie Kwark Out aan de Kanaalweg"). And a sentence's first
word that names the organisation of a role after it ("Kompas bestuurder Anna Bos"); a known first
name and a capitalised word before a comma ("Stichting X Anna Verbeek, ...") are a person."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    ROLES,
    first_names,
    is_known_name,
    is_ordinary,
    is_stop_word,
    places,
)
from wb.dossiers.identifiers import NOT_STREETS, STRONG_STREET_SUFFIXES
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set

DATE_WORD = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})")
ROLE_IN_NAME = re.compile(r"[ ](?:aan|en|voor|op|in)[ ][A-Z]")
LOCATED = re.compile(r"[ ]te[ ][A-Z]")
DOT_LEADER = re.compile(r"[ ]*(?:\.[ ]?){4,}|[ ]*…")


def role_opens_name(text: str, end: int, word: str, first: bool) -> bool:
    """True for a capitalised role word that opens a name after a head word, a link word and a
    capital after it ("gastouderbureau Kind aan Huis", "praktijk Ouder en Kind"): a name's
    word, no person's role."""
    return first and word in ROLES_TITLED and ROLE_IN_NAME.match(text, end) is not None


ROLES_TITLED = frozenset(r.capitalize() for r in ROLES)


def located(text: str, name: str, end: int) -> bool:
    """True for a phrase of capitalised words and a lowercase link word, then "te" and a capital
    ("Gastouderbureau Kind aan Huis te Burgum"): an establishment located in a place is named,
    however ordinary its words (not one noun: "Bureau Vertrouwensartsen te Zwolle")."""
    linked = any(w[:1].islower() for w in name.split()[1:-1])
    return linked and LOCATED.match(text, end) is not None


def dot_leader(text: str, end: int) -> bool:
    """True when a dot leader follows (a table of contents' entry: "Kwaliteit gastouderbureau
    ....... 11"): a heading's words, no name."""
    return DOT_LEADER.match(text, end) is not None


PLACE_GLUED_WORD = re.compile(
    lead_first(r"(?<![\w'’-])(?P<p>[A-Z][a-zà-ÿ]{2,})(?P<w>[A-Z][a-zà-ÿ]{2,})(?![\w'’-])")
)


def place_glued_word(word: str) -> bool:
    """True for a known place that is no ordinary word glued to a capitalised dictionary word
    ("WoerdenStichting": a page's title run into its first line by scraping)."""
    m = PLACE_GLUED_WORD.fullmatch(word)
    return bool(
        m
        and m["p"] in places()
        and not is_ordinary(m["p"])
        and is_ordinary(m["w"])
        and not is_known_name(m["w"])
    )


COPULA_AFTER = re.compile(r"[ ]+(?:is|was|zijn|waren|wordt|werd|blijft|lijkt)\b")


def legal_name_opens(text: str, alias: str, end: int) -> bool:
    """True for one word the text also writes right after a legal form as the whole name
    ("Stichting Buurtwerk", not "Stichting Kompas Jeugdzorg") and never in lowercase, opening
    a sentence before a lowercase word ("Buurtwerk gaat jaarlijks ..."): the organisation's
    name, no ordinary word. Not before a copula ("Vuurtoren is ook een woord": a statement
    about the word or the thing)."""
    word = re.escape(alias)
    return (
        " " not in alias
        and re.match(r"[ ]+[a-zà-ÿ]", text[end : end + 3]) is not None
        and COPULA_AFTER.match(text, end) is None
        and re.search(lead_first(rf"(?<![\w-])[Ss]tichting[ ]{word}(?![\w-]|[ ][A-Z])"), text)
        is not None
        and re.search(lead_first(rf"(?<![\w-]){re.escape(alias.lower())}(?![\w-])"), text) is None
    )


def date_start(name: str) -> int | None:
    """Where a date written with hyphens, slashes or full stops starts in a name after its first
    word ("GGD Fryslân Tytsjerksteradiel 01-06-2016 Jaarlijks"): the name ends before it."""
    m = re.search(rf"[ ]({DATE_WORD.pattern})(?![\w-])", name)
    return m.start(1) if m else None


def name_end(name: str, text: str, end: int) -> int | None:
    """The offset in `name` (which ends at `end` in `text`) where the name stops, or None."""
    stops = word_set("org_name_stops.txt")
    if date_start(name):
        return date_start(name)  # "GGD Fryslân 01-06-2016 Jaarlijks onderzoek": a table's date
    words = list(re.finditer(r"\S+", name))
    for i, w in enumerate(words):
        if i and place_glued_word(w[0]):
            return w.start()  # "Stichting Buurtwerk WoerdenStichting ...": a glued place
        if w[0].lower() in stops:
            return w.start()  # "Veilig Thuis Postbus BC": a postbox, no part of the name
        if i and len(w[0]) == 1 and w[0].isupper() and _full_stop_after(text, end, name, w):
            return w.start()  # "Veilig Thuis Twente T.a.v. ...": an abbreviation's letter
    if len(words) > 2 and words[-1][0].isdigit() and _LINE_END.match(text, end):
        step = words[-2][0]
        if is_ordinary(step) and not is_known_name(step):
            return words[-2].start()  # "Veilig Thuis Drenthe Stap 1": a heading's step
    return None


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _full_stop_after(text: str, end: int, name: str, word: re.Match) -> bool:
    """True when a full stop follows `word` of `name` (which ends at `end` in `text`)."""
    at = end - len(name) + word.end()
    return text[at : at + 1] == "."


def street_end(name: str) -> int | None:
    """ "Kwark Out aan de Kanaalweg": where a name after a head word runs on into a street
    without a number after "aan de", "in de", "op de", the offset of the preposition; or None."""
    for m in _STREET_AFTER.finditer(name):
        word = m["w"]
        low = word.lower()
        if word in NOT_STREETS or low in STRONG_STREET_SUFFIXES:
            continue
        if low.endswith(STRONG_STREET_SUFFIXES):
            return m.start()
    return None


_STREET_AFTER = re.compile(r"[ ](?:aan|in|op|langs)[ ](?:de|het)[ ](?P<w>[A-Z][\w'’-]+)")


def role_after(text: str, end: int) -> bool:
    """True when a lowercase role word and a capitalised name follow `end` ("Kompas bestuurder
    Anna Bos"): the word before them names the role's organisation."""
    m = _ROLE_AFTER.match(text, end)
    return bool(m) and m["r"] in ROLES


_ROLE_AFTER = re.compile(r"[ ](?P<r>[a-z]+)[ ][A-Z]")


def person_after(name: str, text: str, end: int) -> int | None:
    """ "Stichting Zonnebloemhuis Anna Verbeek, Kim Bos": where a known first name and one more
    capitalised word end a name, right before a comma, a person starts (the name ends before
    her); None otherwise."""
    words = list(re.finditer(r"\S+", name))
    if len(words) < 2 or text[end : end + 1] != ",":
        return None
    first, last = words[-2][0], words[-1][0]
    if words[-2].start() == 0 and len(words) == 2:
        return None  # the name is a person's name as a whole: left to the other rules
    if first in first_names() and last[:1].isupper() and not is_stop_word(last):
        return words[-2].start()
    return None
