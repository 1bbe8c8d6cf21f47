"""Names in capitals: known places ("MIDDEN-NEDERLAND"; one that is also a word, "BEST", only
after a place trigger, "GEMEENTE BEST") and unknown long words that are no dictionary word, a
first name or a surname ("HARMKE BERGENHENEGOUWEN", "LOTTE DEKEN"): persons. Acronyms, Roman
numerals, months after a day, a court's code before a case number ("ARN 24/1849") and mistyped
words stay. Split from :mod:`wb.dossiers.place_names`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    first_names,
    gazetteer,
    hunspell,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    norm_name,
    place_triggers,
    places,
    places_lower,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person
from wb.dossiers.place_names import all_places, place_is_word
from wb.lang import words

CAPS_WORD = r"(?:'[sS]-)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"


CAPS_RUN = re.compile(rf"(?<![\w'’-]){CAPS_WORD}(?:[ ]{CAPS_WORD})*(?![\w'’-])")


def _pronounceable(word: str) -> bool:
    """False for an acronym in capitals: a part without a vowel ("PDD-NOS", "KWTRP"); a name in
    capitals has vowels in every part ("BERGEN-HOUTMAN"); nor a code of short parts joined by
    a hyphen ("SAM-MO", "ABC-DE": no part longer than three letters)."""
    parts = word.split("-")
    if len(parts) > 1 and all(len(part) <= 3 for part in parts):
        return False
    return all(set(part.upper()) & set("AEIOUY") for part in parts)


ROMAN = r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


ROMAN_RANGE = re.compile(rf"(?=[IVXLCDM]){ROMAN}(?:[-–](?=[IVXLCDM]){ROMAN})+")


def roman_range(word: str) -> bool:
    """True for a range of Roman numerals ("II-VIII", "XIV-XVI"): numbers, no name in capitals."""
    return ROMAN_RANGE.fullmatch(word) is not None


DAY_BEFORE = re.compile(r"(?<![\d.,/-])(?:[1-9]|[12]\d|3[01])[ ]$")


def _month_after_day(text: str, start: int, word: str) -> bool:
    """True for a month's abbreviation in capitals right after a day's number ("21 JAN")."""
    low = re.sub(r"\W+$", "", word).lower()
    return low in _month_abbreviations() and DAY_BEFORE.search(text, max(0, start - 4), start)


CASE_NUMBER_AFTER = re.compile(r"[ ]\d{2}/\d{2,}(?![\w/])")


def _case_code(text: str, start: int, word: str) -> bool:
    """True for a code of two to four capitals right before a case number ("zaaknummer: ARN
    24/1849", "AWB 23/512"): how Dutch courts number a case (a location or procedure code, the
    year's two digits, a slash and a serial number), no name."""
    return 2 <= len(word) <= 4 and CASE_NUMBER_AFTER.match(text, start + len(word)) is not None


@cache
def _month_abbreviations() -> frozenset[str]:
    return frozenset(line.split(";")[0] for line in words("month_abbreviations.txt"))


def caps_mentions(text: str) -> list[Mention]:
    """Names in capitals: known places ("MIDDEN-NEDERLAND"; one that is also a word, "BEST",
    only after a place trigger, "GEMEENTE BEST") and unknown long words that are no dictionary
    word ("HARMKE BERGENHENEGOUWEN")."""
    found = []
    lower = _caps_places()
    for run in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run[0]))
        i = 0
        while i < len(words):
            trigger = _caps_trigger_before(text, run.start() + words[i].start())
            for j in range(min(len(words), i + 4), i, -1):
                phrase = run[0][words[i].start() : words[j - 1].end()]
                place = lower.get(phrase.lower())
                if place is None or (place_is_word(place) and not trigger):
                    continue
                if not trigger and _typo_in_words(words, i, j, place):
                    i = j  # "OF DRUNEN?": a mistyped word, neither place nor name
                    break
                s, e = run.start() + words[i].start(), run.start() + words[j - 1].end()
                found.append(Mention(s, e, "PLAATS", phrase, 4, "caps-place"))
                found[-1].key = norm_name(place)
                i = j
                break
            else:
                word = words[i][0]
                title = word[:1] + word[1:].lower()
                if _month_after_day(text, run.start() + words[i].start(), word):
                    i += 1  # "21 JAN 2014": a month in capitals after its day, no name
                    continue
                if _case_code(text, run.start() + words[i].start(), word):
                    i += 1  # "ARN 24/1849": a court's code before a case number, no name
                    continue
                if not is_stop_word(word) and (
                    (
                        len(word) >= 6
                        and not is_ordinary(word)
                        and _pronounceable(word)
                        and not roman_range(word)
                    )
                    or title in first_names()
                    or (title in surnames() and not is_ordinary(word))
                ):
                    s = run.start() + words[i].start()
                    mention = person(text, s, s + len(word), 5, "caps")
                    if mention:
                        mention.first = title if title in first_names() else ""
                        mention.surname = "" if mention.first else norm_name(word)
                        found.append(mention)
                    nxt = _caps_surname_after(words, i) if title in first_names() else ""
                    if nxt:  # "LOTTE DEKEN": joined to the first name by merge_adjacent_persons
                        s = run.start() + words[i + 1].start()
                        mention = person(text, s, s + len(nxt), 5, "caps")
                        if mention:
                            mention.first, mention.surname = "", norm_name(nxt)
                            found.append(mention)
                        i += 1
                i += 1
    return found


def _typo_in_words(words: list[re.Match], i: int, j: int, place: str) -> bool:
    """ "DOE MEE OF DRUNEN?": a village only the gazetteer knows, one letter away from
    an ordinary word ("dronen"), after a conjunction in a heading of ordinary words, is that
    word mistyped."""
    if place in places() or j - i != 1 or i == 0 or not is_stop_word(words[i - 1][0]):
        return False
    others = [w[0] for k, w in enumerate(words) if k != i]
    if len(others) < 2 or not all(is_ordinary(w) or is_stop_word(w) for w in others):
        return False
    return one_edit_from_word(words[i][0].lower())


def one_edit_from_word(low: str) -> bool:
    """True when a word of five letters or more becomes an ordinary word by one vowel added,
    left out or changed ("drunen" -> "dronen")."""
    if len(low) < 5:
        return False
    variants = {low[:k] + low[k + 1 :] for k in range(len(low))}
    for k in range(len(low) + 1):
        for v in "aeiou":
            variants.add(low[:k] + v + low[k:])
            if k < len(low) and low[k] in "aeiou":
                variants.add(low[:k] + v + low[k + 1 :])
    variants.discard(low)
    ordinary = hunspell().ordinary
    return any(len(v) >= 4 and (v in ordinary or is_dutch_word(v)) for v in variants)


def _caps_surname_after(words: list[re.Match], i: int) -> str:
    """ "LOTTE DEKEN": the word in capitals right after a first name in capitals is her surname,
    also when it is an ordinary word, unless it is a function word, a particle, a first name or
    a place ("ANNA EN PIET", "JAN VAN DIJK", "TEAM UTRECHT")."""
    if i + 1 >= len(words):
        return ""
    word = words[i + 1][0]
    title = word[:1] + word[1:].lower()
    if is_stop_word(word) or title in first_names() or title.lower() in _particles_low():
        return ""
    if title in all_places() or word.lower() in _caps_places() or len(word) < 3:
        return ""
    return word


@cache
def _particles_low() -> frozenset[str]:
    from wb.dossiers.entity_data import particles

    return frozenset(p.lower() for p in particles())


def _caps_trigger_before(text: str, start: int) -> bool:
    """True when the word before `start` is a place trigger, in any case ("TE", "Gemeente")."""
    before = re.search(r"(\S+)[ ]+$", text[max(0, start - 30) : start])
    strong, weak = place_triggers()
    return bool(before and before[1].lower() in {t.lower() for t in strong | weak})


@cache
def _caps_places() -> dict[str, str]:
    """Places by lowercase form for text in capitals: the hand lists', and the gazetteer's that
    are no ordinary word ("ELLERTSHAAR", not "HEIDE")."""
    lower = dict(places_lower())
    for name in gazetteer():
        if not place_is_word(name):
            lower.setdefault(name.lower(), name)
    return lower
