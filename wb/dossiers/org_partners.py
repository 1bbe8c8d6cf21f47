"""Partnerships named by two names joined by "&" before a lowercase noun of their trade ("Van
Wolkema & Kwarten advocaten", ``firm_partner_nouns.txt``): the two names and the "&" are one
organisation, replaced whole; the noun stays. Without a trade noun (names-orgs5): a name and a
firm's tail after "&" ("Kwarten & Co", "Bakker & Zonen", ``firm_name_tails.txt``), or two
capitalised words that no dictionary or first-name list knows ("Kwarten & Wolkema")."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import UP, first_names, is_dutch_word, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import kept_terms
from wb.lang import word_set

_PART = rf"(?:(?:Van|De|Van[ ]de|Van[ ]der|Ten|Ter)[ ])?[{UP}][\w'’-]+"


@cache
def _partner_rx() -> re.Pattern:
    nouns = "|".join(sorted(word_set("firm_partner_nouns.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’&-])(?P<name>{_PART}(?:,[ ]{_PART})*[ ]&[ ]{_PART})[ ](?:{nouns})(?![\w-])"
    )


def partner_firms(text: str) -> list[Mention]:
    """Firms of two (or more) names joined by "&" before the noun of their trade."""
    found = []
    for m in _partner_rx().finditer(text):
        mention = Mention(m.start("name"), m.end("name"), "ORGANISATIE", m["name"], 2, "partners")
        mention.key = norm_name(m["name"])
        found.append(mention)
    return found + _tailed_firms(text, {m.start for m in found})


# "Kwarten & Co", "Kwarten & Wolkema": one or two capitalised words, "&", one capitalised word,
# then no capitalised word
_PAIR = re.compile(
    rf"(?<![\w'’&/-])(?P<a>{_PART}(?:[ ][{UP}][\w'’-]+)?)[ ]&[ ](?P<b>[{UP}][\w'’-]*\.?)"
    rf"(?![\w'’&-]|[ ][{UP}])"
)


_CITED_YEAR = re.compile(r",?[ ]?\(?(?:19|20)\d\d[a-z]?\b")


def _surname_like(word: str) -> bool:
    """A capitalised word no dictionary, first-name list, place list or kept list knows (a
    surname may be one: firms are named after their partners)."""
    return not (
        is_dutch_word(word.lower())
        or word in first_names()
        or word in places()
        or word in kept_terms()
    )


def _tailed_firms(text: str, taken: set[int]) -> list[Mention]:
    """ "Kwarten & Co", "Bakker & Zonen", "Kwarten & Wolkema": a firm named by "&" alone."""
    found: list[Mention] = []
    if " & " not in text:
        return found
    tails = word_set("firm_name_tails.txt")
    for m in _PAIR.finditer(text):
        if m.start() in taken:
            continue
        a, b = m["a"].split(), m["b"]
        if b not in tails and _CITED_YEAR.match(text, m.end()):
            continue  # "Kwarten & Wolkema (2018)": authors cited with their year, no firm
        if b not in tails and not (all(_surname_like(w) for w in a) and _surname_like(b)):
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "partners")
        mention.key = norm_name(m[0])
        found.append(mention)
    return found
