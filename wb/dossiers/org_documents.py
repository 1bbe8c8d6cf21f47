"""Plans' and documents' names ("het beleidsplan Jeugdhulp Kwarland", "Regiovisie",
"Inspectierapporten", heads in ``document_nouns.txt``): the capitalised words of a title, no
organisation's name. Split from :mod:`wb.dossiers.org_names`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    is_ordinary,
)
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


@cache
def _document_nouns() -> tuple[str, ...]:
    return tuple(sorted(word_set("document_nouns.txt")))


WORD_BEFORE = re.compile(lead_first(r"(?<![\w'’-])([a-zà-ÿ][\w-]*)[ ]$"))


def plan_before(text: str, start: int) -> bool:
    """True when a lowercase plan's or document's noun stands right before `start` ("het
    beleidsplan Jeugdhulp Kwarland", ``document_nouns.txt``): the words after it are its title."""
    m = WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m[1].endswith(_document_nouns())


def document_title(word: str) -> bool:
    """True for a capitalised ordinary word that is or ends in the head of a plan's or
    document's name ("Regiovisie", "Beleidsplan", ``document_nouns.txt``)."""
    low = word.lower()
    return word[:1].isupper() and is_ordinary(word) and low.endswith(_document_nouns())


def document_word(word: str) -> bool:
    """A document's noun or its plural as one capitalised word ("Inspectierapport",
    "Inspectierapporten", "Beleidsplannen")."""
    if document_title(word):
        return True
    for ending, back in (("en", ""), ("nen", "n"), ("s", "")):
        stem = word[: -len(ending)] + back if word.endswith(ending) else ""
        if len(stem) > 3 and stem.lower().endswith(_document_nouns()) and is_ordinary(stem):
            return True
    return False


TOKEN_BEFORE = re.compile(r"([^\s]+)[ ]?\Z")


def document_token_before(text: str, start: int) -> bool:
    """True when the token right before `start` (a quote or space between) ends in a plan's or
    document's noun, also glued to a field label ("naam regelingSubsidieregeling Jeugd Kwarland",
    "'Verordening Jeugd Kwarland 2012'"): the capitalised words after it are its title."""
    m = TOKEN_BEFORE.search(text, max(0, start - 60), start)
    if not m:
        return False
    token = m[1].strip("'\"‘’“”„(").lower()
    return len(token) > 3 and token.isalpha() and token.endswith(_document_nouns())


TITLED_BEFORE = re.compile(lead_first(r"(?<![\w'’-])([A-ZÀ-Ý][\w-]*)[ ]$"))


def title_noun_before(text: str, start: int) -> bool:
    """True when a capitalised plan's or document's noun stands right before `start` ("Onderwerp:
    Verordening Jeugdhulp Kwarland", where the run starts after it): the words are its title."""
    m = TITLED_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and document_title(m[1])
