"""The words and patterns the organisation rules share: head words ("basisschool", "praktijk",
``org_heads.txt``), kept terms and national institutions that are never a local organisation's
name, national names ("Pleegzorg Nederland") and cues ("de landelijke vereniging X"), Title Case
headings, and the shape of a name's capitalised words. Split from :mod:`wb.dossiers.org_names`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    ROLES,
    TITLES,
    UP,
    institutions,
    keep_terms,
    place_triggers,
    places,
)
from wb.dossiers.regex_lead import lead_first
from wb.lang import table, word_set, words

# "Jeugd- en Gezinsteams"; "Go! voor Jeugd": a "!" inside a name (a lowercase word follows)
NAME = rf"[{UP}][\w'’]*(?:!(?=[ ][{LOW}]))?(?:-[\w'’]+)*(?:-(?=[ ]en[ ]))?"
CONNECT = r"(?:van|voor|de|der|den|het|'t|aan|op|ter|ten|tot|en|&)"
# a region's code as a name's first word ("H-10", "K12"): the region, no organisation
REGION_CODE_WORD = re.compile(r"[A-Z]{1,3}-?[0-9]{1,3}(?![\w'’]|-[A-Z0-9])")
ACRONYM_AFTER = re.compile(r"[ ]?\((?P<a>[A-Z]{2,8})\)")
ACRONYM_BEFORE = re.compile(lead_first(r"(?<![\w-])(?P<a>[A-Z][A-Za-z&]{1,7})[ ]?\($"))
MONTH_NAMES = frozenset((*words("months.txt"), *words("weekdays.txt")))
ARTICLES = ("De", "Het", "'t")


@cache
def org_heads() -> dict[str, tuple[str, bool]]:
    """Head words (lowercase) -> (type, may also follow the name)."""
    return {head: (typ, where == "voor+na") for head, typ, where in table("org_heads.txt", 3)}


@cache
def head_of(word: str) -> tuple[str, bool] | None:
    """The head entry a word is or ends in ("jeugdzorgaanbieder" -> "aanbieder"), or None."""
    low = word.lower()
    heads = org_heads()
    if low in heads:
        return heads[low]
    for head, entry in heads.items():
        if len(head) >= 4 and low.endswith(head) and len(low) > len(head) + 2:
            return entry
    return None


@cache
def kept_words() -> frozenset[str]:
    """Words that end an organisation's name: one-word kept terms and institutions, titles,
    role words, place triggers, months and days."""
    words = {term for term in (*keep_terms(), *institutions()) if " " not in term}
    strong, weak = place_triggers()
    words |= {w.capitalize() for w in strong | weak | set(TITLES) | set(ROLES) | MONTH_NAMES}
    return frozenset(words)


@cache
def kept_terms() -> frozenset[str]:
    """Terms and national institutions that stay readable: never an organisation's name."""
    return frozenset(keep_terms()) | frozenset(institutions())


def title_case_line(text: str, pos: int) -> bool:
    """True when the line around `pos` is a Title Case heading ("Hulp Van Het Team")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if line.rstrip().endswith(","):
        return False  # "Zorgaanbieder Via Zorg,": a party's line in a ruling, no heading
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 3 or len(words) > 12:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


NATIONAL_CUES = word_set("national_cues.txt")
REGION_WORDS = frozenset(words("name_compass.txt"))


def national_name(name: str) -> bool:
    """ "Pleegzorg Nederland", "Stichting Kompas Nederland": a name that ends in "Nederland"
    (not "Midden Nederland", a region) names a national organisation; so does a national or
    generic acronym ("team JGZ", ``national_acronyms.txt``)."""
    words = name.replace("-", " ").split()
    ends = len(words) > 1 and words[-1] == "Nederland" and words[-2].lower() not in REGION_WORDS
    return ends or name in word_set("national_acronyms.txt")


def national_before(text: str, start: int) -> bool:
    """True when "landelijke", "nationale" or "Nederlandse" stands right before an organisation
    (or its head word): "de landelijke vereniging X", "de Nederlandse Vereniging voor X"."""
    before = re.search(r"(\S+)[ ]+$", text[max(0, start - 30) : start])
    return bool(before) and before[1] in NATIONAL_CUES


def _kept_term_opens(core: str) -> bool:
    """True when a kept term and a space open `core` ("Veilig Thuis Kwarstad"): each part of
    `core` before a space looked up in :func:`kept_terms` (the same answer as trying every
    kept term as a prefix, without the scan over all of them)."""
    terms = kept_terms()
    i = core.find(" ")
    while i >= 0:
        if core[:i] in terms:
            return True
        i = core.find(" ", i + 1)
    return False


def acceptable_name(core: str) -> bool:
    """A name (without its article) that may be a local organisation's name."""
    words = core.split()
    if not words or national_name(core):
        return False
    if core in kept_terms() or _kept_term_opens(core):
        return False
    if all(w in kept_words() or w in keep_terms() for w in words):
        return False  # "Jeugdbescherming Nederland": national
    return core not in places()


@cache
def not_in_names() -> frozenset[str]:
    """Capitalised words that never belong to a local organisation's name: institutions, titles,
    role words and the words after which a place follows ("Rechtbank", "Gemeente")."""
    words = {w for term in institutions() for w in term.split()}
    strong, weak = place_triggers()
    words |= {w.capitalize() for w in strong | weak | set(TITLES) | set(ROLES)}
    return frozenset(words)


DOMAINS = word_set("org_domains.txt")
