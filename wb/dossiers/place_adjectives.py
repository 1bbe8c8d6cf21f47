"""Adjectives and short forms of places ("Zwolse", "Twents", "Zuid-Drentse", "R'dam"): the place
they name.

The adjective of a municipality, larger place or region is written with a capital and names
that place as much as the place's own name does ("de Zwolse wethouder", "16 Zuid-Drentse
gemeenten"), so it is replaced as that place, with the place's placeholder. The forms are
derived from the hand lists of places and regions (``places.txt``, ``regions.txt``), not from
the gazetteer's villages, whose names are often ordinary words:

* the name + "s"/"se" ("Lochem" -> "Lochems", "Lochemse");
* a name in "-en" without it ("Groningen" -> "Groningse"), a name in "-e" without it and
  without a doubled consonant ("Zwolle" -> "Zwolse");
* a name after "Den"/"De" by its last word ("Den Haag" -> "Haagse");
* a point of the compass with a hyphen before the adjective ("Zuid-Drentse");
* its inhabitants by the regular "-aar" of Dutch word formation, singular and plural: a name in
  "-en" + "aar"/"aren" ("Houten" -> "Houtenaar", "Houtenaren"), in "-e" + "naar"/"naren"
  ("Zwolle" -> "Zwollenaar"), else + "enaar"/"enaren" ("Zeist" -> "Zeistenaar"); not a
  dictionary word or a known surname.

Not a first name ("Lars") or the plural of a dictionary word ("Monsters"); at a sentence's
start only before a lowercase word.

Adjectives of countries and languages are not places (``keep.txt``: "Franse", "Spaans").

A place's short form with an apostrophe ("R'dam", "A'foort") is its first letter, an
apostrophe and its last three letters or more, when one place of the lists alone fits, or one
of several that the text names in full.

A place written with a space between its letters ("gemeente Z w o l l e", a letterhead's
spacing) is that place when the letters, joined, are a known place or a place of the gazetteer.

A known place written all in lowercase ("g e m e e n t e lingewaard", a logo's lettering) is
that place when the text also names it with its capital and the lowercase form is no ordinary
Dutch word ("best", "echt" stay words); not inside a web or mail address.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    first_names,
    gazetteer,
    hunspell,
    is_dutch_word,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first
from wb.lang import words

ADJECTIVE = re.compile(
    r"(?<![\w'’-])(?:(?P<c>[A-Z][a-z]+)-)?(?P<a>[A-Z][a-zà-ÿ]+(?:se?|aar|aren))(?![\w'’-])"
)


@cache
def _compass() -> frozenset[str]:
    return frozenset(w.capitalize() for w in words("name_compass.txt"))


@cache
def _adjectives() -> dict[str, str]:
    """Adjective -> the place or region it names."""
    forms: dict[str, str] = {}
    for place in sorted(places()):
        base = place.split(" ")[-1] if place.startswith(("Den ", "De ")) else place
        if not re.fullmatch(r"[A-Z][a-zà-ÿ]{3,}", base):
            continue
        stems = {base}
        if base.endswith("en"):
            stems.add(base[:-2])
        elif base.endswith("e"):
            stems.add(base[:-1])
        for stem in list(stems):
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                stems.add(stem[:-1])  # "Zwolle" -> "Zwolse"
        for stem in stems:
            if stem.endswith("s"):
                continue  # "Goes": its adjective is irregular ("Goese" is no "Goess")
            for form in (stem + "s", stem + "se"):
                forms.setdefault(form, place)
        for form in _inhabitants(base):
            forms.setdefault(form, place)
    kept = set(keep_terms()) | places() | set(first_names())
    return {form: place for form, place in forms.items() if form not in kept and not _plural(form)}


def _inhabitants(base: str) -> list[str]:
    """The regular names of a place's inhabitants ("Houten" -> "Houtenaar", "Houtenaren"):
    "-aar" after "-en", "-naar" after "-e", "-enaar" after another ending; none that is a
    dictionary word or a known surname."""
    if base.endswith("en"):
        stem = base
    elif base.endswith("e"):
        stem = base + "n"
    else:
        stem = base + "en"
    forms = [stem + "aar", stem + "aren"]
    return [f for f in forms if not is_dutch_word(f.lower()) and f not in surnames()]


def _plural(form: str) -> bool:
    """A plural or genitive of a dictionary word ("Monsters", "Tegels" from "Monster",
    "Tegelen"): an ordinary word, not the place's adjective."""
    low = form.lower()
    return low.endswith("s") and is_dutch_word(low) and is_dutch_word(low[:-1])


def place_of_adjective(word: str) -> str | None:
    """The place or region an adjective names ("Zwolse" -> "Zwolle"), or None."""
    return _adjectives().get(word)


def place_adjective_mentions(text: str) -> list[Mention]:
    """ "de Lochemse wethouder", "16 Zuid-Drentse gemeenten": the adjective of a known place or
    region is that place (PLAATS, keyed to the place so both get one placeholder)."""
    found = []
    for m in ADJECTIVE.finditer(text):
        place = place_of_adjective(m["a"])
        if place is None or (m["c"] and m["c"] not in _compass()):
            continue
        if sentence_initial(text, m.start()) and not re.match(r"[ ][a-zà-ÿ]", text[m.end() :]):
            continue  # a sentence's first word is an adjective only before a lowercase word
        start = m.start("c") if m["c"] else m.start("a")
        mention = Mention(start, m.end(), "PLAATS", m[0], 4, "place-adjective")
        mention.key = norm_name(place if not m["c"] else f"{m['c']}-{place}")
        found.append(mention)
    return found


SHORT_FORM = re.compile(lead_first(r"(?<![\w'’-])(?P<a>[A-Z])['’](?P<z>[a-z]{3,})(?![\w'’-])"))


@cache
def _short_forms() -> dict[tuple[str, str], tuple[str, ...]]:
    """(first letter, ending) -> the places that fit ("A", "dam": Amsterdam, Appingedam, ...)."""
    forms: dict[tuple[str, str], set[str]] = {}
    for place in places():
        if not re.fullmatch(r"[A-Z][a-z]{5,}", place):
            continue
        for n in range(3, len(place) - 2):
            forms.setdefault((place[0], place[-n:]), set()).add(place)
    return {key: tuple(sorted(value)) for key, value in forms.items()}


def short_form_place(word: str, text: str = "") -> str | None:
    """The place a short form with an apostrophe names ("R'dam" -> "Rotterdam"): the one place
    that fits, or the one of several that `text` names in full; else None."""
    m = SHORT_FORM.fullmatch(word)
    fits = _short_forms().get((m["a"], m["z"]), ()) if m else ()
    if len(fits) > 1 and text:
        fits = tuple(p for p in fits if re.search(lead_first(rf"(?<![\w-]){p}(?![\w-])"), text))
    return fits[0] if len(fits) == 1 else None


def place_short_forms(text: str) -> list[Mention]:
    """ "in R'dam", "A'foort": a capital, an apostrophe and an ending that one known place alone
    starts and ends with (or one of several that the text names in full) is that place
    (PLAATS, keyed to it)."""
    found = []
    for m in SHORT_FORM.finditer(text):
        place = short_form_place(m[0], text)
        if place:
            # tier 3: before the trigger's reading of the same word ("in R'dam")
            mention = Mention(m.start(), m.end(), "PLAATS", m[0], 3, "place-short")
            mention.key = norm_name(place)
            found.append(mention)
    return found


SPACED = re.compile(
    lead_first(r"(?<![\w-])[A-Z](?:[ ][a-z]){3,}(?![\w-])|(?<![\w-])[A-Z](?:[ ][A-Z]){3,}(?![\w-])")
)


def spaced_places(text: str) -> list[Mention]:
    """ "gemeente Z w o l l e": a known place written with a space between its letters (PLAATS,
    keyed to the place)."""
    found = []
    for m in SPACED.finditer(text):
        joined = m[0].replace(" ", "")
        place = joined[0] + joined[1:].lower()
        if place in places() or place in gazetteer():
            mention = Mention(m.start(), m.end(), "PLAATS", m[0], 3, "place-spaced")
            mention.key = norm_name(place)
            found.append(mention)
    return found


LOWER_WORD = re.compile(r"(?<![\w@./'’-])[a-z]{4,}(?![\w@'’-]|\.[a-z])")


def _lower_place(low: str, text: str) -> bool:
    """True when `low` is a known place in lowercase, no ordinary word, and the text also
    writes it with its capital."""
    place = low.capitalize()
    return (
        (place in places() or place in gazetteer())
        and not is_dutch_word(low)
        and low not in hunspell().ordinary
        and not is_stop_word(low)
        and re.search(lead_first(rf"(?<![\w-]){place}(?![\w-])"), text) is not None
    )


def lowercase_places(text: str) -> list[Mention]:
    """ "gemeente lingewaard" beside "gemeente Lingewaard": a one-word known place in
    lowercase that the text also writes with its capital, and no ordinary word (PLAATS, keyed
    to the place)."""
    lows = {w for w in set(re.findall(r"\b[a-z]{4,}\b", text)) if _lower_place(w, text)}
    found = []
    for m in LOWER_WORD.finditer(text):
        if m[0] in lows:
            mention = Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place-lower")
            mention.key = norm_name(m[0].capitalize())
            found.append(mention)
    return found


SHORT_ARTICLE_PLACE = re.compile(
    r"(?<![\w'’])(?P<a>['’]?)s(?P<sep>[- ])(?P<name>[A-Za-z]\w{3,})(?![\w-])"
)


def article_less_places(text: str) -> list[Mention]:
    """ "s Hertogenbosch", "s-hertogenbosch", "'s-hertogenbosch": a known place that opens with
    "'s-" written without its apostrophe or in lowercase (a PDF's text layer) is that place
    (keyed to it, so it shares the place's placeholder). Lowercase only with the hyphen."""
    if "s-" not in text and "s " not in text:
        return []
    found = []
    for m in SHORT_ARTICLE_PLACE.finditer(text):
        name = m["name"]
        place = f"'s-{name[:1].upper()}{name[1:]}"
        if place not in places() or (m["a"] and m["sep"] == "-" and name[:1].isupper()):
            continue  # not a place, or written as it should be (found by the lists)
        if name[:1].islower() and m["sep"] != "-":
            continue  # "s hertogenbosch" in running lowercase text: too weak
        if name[1:] != place[4:]:
            continue  # "s-HERTOGENBOSCH" and other spellings: the capitals rules see those
        mention = Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place-article-less")
        mention.key = norm_name(place)
        found.append(mention)
    return found
