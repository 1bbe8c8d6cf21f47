"""Persons named by their place in a sentence, whose words the dictionary also knows.

* a name before a comma and a professional role word ("Ann Bos, minister voor ...", "...
  belangrijk. Kwartel Wiek, wethouder van ..."): two or three capitalised words right before
  ", <role>" name the person who holds the role, also when both are dictionary words; the role
  may follow an article or adjectives ("Ann Bos, bijzonder hoogleraar ...", "Ann Bos, de
  klinisch psycholoog"), be an academic position of ``name_bracket_roles.txt``, a compound on a
  professional role ("kinderpsycholoog"), or a family role before "van" ("Ann Bos, moeder van
  twee kinderen") (names72);
* at a sentence start, an unknown capitalised word before a common surname ("Wiekmaker Jansen
  vertelt"): the word is no dictionary word, so it is the first name, and the person is named
  whole.

Not a stop word, role, title, place, kept term or the head of an organisation's name.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    ROLES,
    TITLES,
    _lexicon,
    institutions,
    is_dutch_word,
    is_stop_word,
    keep_terms,
    places,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.name_compounds import role_compound
from wb.dossiers.org_words import head_of
from wb.dossiers.person_parts import particle_re, person
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


@cache
def _apposition_rx() -> re.Pattern[str]:
    part = particle_re()
    return re.compile(
        lead_first(
            rf"(?<![\w'’@.-])(?P<name>{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{1,2}}),[ ]+"
            r"(?P<tail>[a-z]+(?:[ ][a-z]+){0,3})(?![\w-])"
        )
    )


def _plain(word: str) -> bool:
    """True for a capitalised word that may be part of a person's name here."""
    low = word.lower()
    return not (
        is_stop_word(word)
        or low in ROLES
        or low in TITLES
        or low.rstrip(".") in TITLES
        or word in places()
        or word in keep_terms()
        or word in institutions()
        or head_of(word) is not None
        or role_compound(word)
    )


ARTICLES = frozenset({"de", "het", "een"})


def _modifier(word: str) -> bool:
    """True for an article or an adjective before a role ("de", "bijzonder", "klinisch")."""
    return word in ARTICLES or bool(_lexicon().pos_mask.get(word, 0) & 4)


def _professional(word: str) -> bool:
    """True for a professional role word, an academic position or a compound on a role."""
    role = ROLES.get(word)
    if role:
        return role[1] == "professional"
    if word in word_set("name_bracket_roles.txt"):
        return True
    from wb.nlp import compound_parts

    parts = compound_parts(word)
    head = ROLES.get(parts[-1]) if len(parts) > 1 else None
    return bool(head and head[1] == "professional")


def _apposition_role(tail: str) -> bool:
    """True when the words after the comma name a person's role: up to two articles or
    adjectives and a professional role word, or a family role before "van" (names68, names72)."""
    words = tail.split()
    for i, word in enumerate(words[:3]):
        if _professional(word):
            return True
        # "moeder van twee kinderen": a family role of someone, right after the comma
        if i == 0 and word in ROLES and words[1:2] == ["van"]:
            return True
        if not _modifier(word):
            return False
    return False


def apposition_persons(text: str) -> list[Mention]:
    """Two or three capitalised words before ", " and a professional role word: a person."""
    found = []
    for m in _apposition_rx().finditer(text):
        if not _apposition_role(m["tail"]):
            continue
        caps = [w for w in m["name"].split() if w[:1].isupper()]
        if not all(_plain(w) for w in caps):
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "apposition")
        if mention:
            found.append(mention)
    return found


AGENT_ENDS = ("er", "ster", "aar", "ist", "ier", "eur", "arts", "ent", "ant", "or")


def _person_head(word: str) -> bool:
    """True for a compound whose last part names a person ("Jeugdarts", "Teamleider")."""
    from wb.nlp import compound_parts

    parts = compound_parts(word.lower())
    if len(parts) < 2:
        return False
    head = parts[-1]
    return head in ROLES or head in word_set("person_nouns.txt") or head.endswith(AGENT_ENDS)


@cache
def _surname_rx() -> re.Pattern[str]:
    return re.compile(lead_first(rf"(?<![\w'’@.-])(?P<first>{CAP})[ ](?P<last>{CAP})(?![\w'’-])"))


def unknown_first_surnames(text: str) -> list[Mention]:
    """At a sentence start, a capitalised word that is no dictionary word before a common
    surname: the person's first name and surname."""
    found = []
    common = surnames()
    for m in _surname_rx().finditer(text):
        first, last = m["first"], m["last"]
        if last not in common or is_dutch_word(last.lower()):
            continue
        if not sentence_initial(text, m.start()) or "-" in first or is_dutch_word(first.lower()):
            continue
        if not _plain(first) or _person_head(first):
            continue  # "Jeugdarts Jansen": a compound on a word for a person, her role
        mention = person(text, m.start(), m.end(), 3, "unknown-first")
        if mention:
            found.append(mention)
    return found
