"""Schools named before the word "School" ("de Fritz Redl School", "bij High Down School").

A run of one to three capitalised words right before a capitalised "School" or a school kind's
compound (``school_kind_compounds.txt``: "de Kwarwijk Montessorischool") names one school
(replaced as SCHOOL, by the policy's named local schools), unless a word of it names a kind of
school (``school_kind_words.txt``: "Summer School", "Montessori School"), is an inflected Dutch
adjective ("Brede School", "Lagere School") or a stop word, or the name is one ordinary word,
or only dictionary words after an article or at a sentence's start ("het Nationaal Programma
School"). After "school", "scholen" or "schoolplein(en)" and "van de" a capitalised word that is no
ordinary word names a school, and so does a second one joined by "en" ("op de schoolpleinen van
de Kwarvikhekke en Runde").
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    CAP,
    LOW,
    hunspell,
    inflected_adjective,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.lang import word_set

NAMED_SCHOOL = re.compile(
    rf"(?<![\w'’-])(?:(?:De|de|Het|het)[ ])?(?P<name>{CAP}(?:[ ]{CAP}){{0,2}})[ ]"
    rf"(?P<kind>School|{'|'.join(sorted(word_set('school_kind_compounds.txt')))})(?![\w'’-])"
)


def _kind_word(word: str) -> bool:
    """True for a word that makes "X School" a kind of school rather than its name."""
    low = word.lower()
    adjective = low.endswith(("e", "ische")) and is_dutch_word(low) and not word.isupper()
    return word in word_set("school_kind_words.txt") or adjective or is_stop_word(word)


def named_schools(text: str) -> list[Mention]:
    """ "bij High Down School te Kwarlo": the capitalised words before "School" and the word
    itself are one school's name."""
    if "School" not in text and not any(k in text for k in word_set("school_kind_compounds.txt")):
        return []
    found = []
    for m in NAMED_SCHOOL.finditer(text):
        words = m["name"].split(" ")
        if any(_kind_word(w) for w in words):
            continue
        compound = m["kind"] != "School"  # "Kwarwijk Montessorischool"
        if compound and any(w.endswith(("se", "sche")) for w in words):
            continue  # "de Nederlandse Jenaplanschool": an adjective of a country or town
        if len(words) == 1 and is_ordinary(words[0]) and not compound:
            continue  # "Kunst School": an ordinary word before it
        article = m.start("name") > m.start()
        opening = not text[: m.start()].rstrip(" ") or text[: m.start()].rstrip(" ")[-1] in ".\n:"
        if (article or opening) and all(w.lower() in hunspell().ordinary for w in words):
            continue  # "het Nationaal Programma School": dictionary words after an article
        start = m.start("name")
        mention = Mention(start, m.end(), "SCHOOL", text[start : m.end()], 1, "named-school")
        mention.key = norm_name(mention.text)
        mention.extra["short"] = m["name"]
        found.append(mention)
    return found


SCHOOL_OF = re.compile(
    rf"(?<![\w-])(?:school(?:plein|gebouw)?(?:en)?|scholen)[ ]+van[ ]+(?:de|het)[ ]+"
    rf"(?P<a>{CAP})(?:[ ]+en[ ]+(?:(?:de|het)[ ]+)?(?P<b>{CAP}))?(?![\w'’-])"
)


def _school_name_word(word: str) -> bool:
    """True for a capitalised word that can be a school's name after "school van de"."""
    return (
        word.lower() not in hunspell().ordinary
        and word not in places()
        and not (is_stop_word(word))
    )


def schools_of(text: str) -> list[Mention]:
    """ "de schoolpleinen van de Kwarvikhekke en Runde": the names after a school noun."""
    if "chol" not in text and "chool" not in text:
        return []
    found = []
    for m in SCHOOL_OF.finditer(text):
        if not _school_name_word(m["a"]):
            continue
        for group in ("a", "b"):
            if m[group] and _school_name_word(m[group]):
                mention = Mention(m.start(group), m.end(group), "SCHOOL", m[group], 1, "school-of")
                mention.key = norm_name(m[group])
                mention.extra["short"] = m[group]
                found.append(mention)
    return found


# "de basisscholen de Kwarvik in Kwarlo en het Runde in Kwarbeek": a plural school noun, then up
# to two names, each after an article (the article and a place after "in" stay)
_ART = r"(?:de|het|De|Het)[ ]+"
_PLACE_AFTER = rf"(?:[ ]+in[ ]+{CAP}(?:[ ]{CAP})?)?"
SCHOOLS_NAMED = re.compile(
    rf"(?<![\w-])[{LOW}]*scholen[ ]+{_ART}(?P<a>{CAP}){_PLACE_AFTER}"
    rf"(?:[ ]+(?:\([^()\n]{{1,60}}\)[ ]+)?en[ ]+(?:{_ART})?(?P<b>{CAP}))?(?![\w'’-])"
)


def _listed_school_name(word: str) -> bool:
    """True for a capitalised word after a plural school noun and an article that can be a
    school's name: no stop word, place, inflected adjective ("de Engelse") or kind word."""
    return not (
        is_stop_word(word)
        or word in places()
        or inflected_adjective(word.lower())
        or (word.endswith("se") and word.lower() in hunspell().ordinary)  # "de Engelse"
        or word in word_set("school_kind_words.txt")
    )


def plural_school_names(text: str) -> list[Mention]:
    """ "voor de basisscholen de Kwarvik in Kwarlo en het Runde": the names after a plural
    school noun and an article (up to two, joined by "en"), each a school of its own."""
    if "scholen " not in text:
        return []
    found = []
    for m in SCHOOLS_NAMED.finditer(text):
        for group in ("a", "b"):
            if m[group] and _listed_school_name(m[group]):
                mention = Mention(
                    m.start(group), m.end(group), "SCHOOL", m[group], 1, "schools-named"
                )
                mention.key = norm_name(m[group])
                mention.extra["short"] = m[group]
                mention.extra["named_short"] = m[group]  # "de Kwarvik" later: the same school
                found.append(mention)
    return found
