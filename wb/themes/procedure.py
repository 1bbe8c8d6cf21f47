"""Procedure lists and party lines of a court ruling: furniture by their shape (themes16).

A Dutch ruling opens with the parties ("wonende te ...", "advocaat: mr. ... te ...", a short
line with a lawyer's title "mr." such as "bijgestaan door mr. ..." or a clerk's name, a child
"geboren op ... te ...") and a procedure section ("Het verloop van de procedure") that lists the
documents received and the steps of the case. These say who filed what when, not what the case
is about, so they are no passages for themes (issue 11 §3). Everything is decided by shape:
a heading of ``theme_procedure_headings.txt``, a dated step inside that section, a list item of a
document (``theme_procedure_documents.txt``) with its date, annexes or sender, an identification
line. Facts and considerations, even inside the procedure section, stay passages unless dated.
"""

from __future__ import annotations

import re
from functools import cache

from wb.lang import words

MAX_ITEM_WORDS = 25  # a list item or identification line is short
MAX_STEP_WORDS = 40  # a dated step of the procedure is one or two sentences
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:[-•*▪◦–]\s*)+")
_FILED = re.compile(
    r"\bmet\s+(?:als\s+)?bijlagen?\b|\bingekomen\b|\bingediend\b|\bontvangen\b|\bvan\s+de\s+zijde\s+van\b",
    re.I,
)
_BORN = re.compile(r"\bgeboren\s+op\s+[^,;.]{1,40}?\s+te\s+\S+(?:\s+\S+){0,3}?\s*[,;.]?\s*$", re.I)
_COUNSEL = re.compile(r"\bmr\.\s", re.I)  # a lawyer's title: counsel, clerk, author line
_DWELLING = re.compile(r"^\s*(?:thans\s+)?wonende\s+(?:te|in)\b", re.I)
_ARTICLE = re.compile(r"^(?:het|de|een)\s+(?:\w+\s+)?(\S+?)[,;.]?$", re.I)


@cache
def _date() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in words("months.txt"))
    return re.compile(
        rf"\b\d{{1,2}}\s+(?:{months})\s+\d{{4}}\b|\b\d{{1,2}}-\d{{1,2}}-\d{{4}}\b", re.I
    )


@cache
def _headings() -> frozenset[str]:
    return frozenset(words("theme_procedure_headings.txt"))


@cache
def _document_ends() -> tuple[str, ...]:
    return words("theme_procedure_documents.txt")


def _bare(text: str) -> str:
    """The text without list bullets and section numbers, lowercase, trimmed."""
    text = _NUMBER.sub("", _LEAD.sub("", text.strip()))
    return re.sub(r"\s+", " ", text).strip(" .:").lower()


def is_procedure_heading(text: str) -> bool:
    """True for the heading of a ruling's procedure section ("1 Het verloop van de procedure")."""
    return "\n" not in text.strip() and _bare(text) in _headings()


def is_document_item(text: str) -> bool:
    """True for a list item of a document received with its annexes, filing or sender.

    "- het verweerschrift met bijlagen, ingekomen op ...", "de brief van ... van de zijde van ...".
    """
    bare = _LEAD.sub("", text.strip())
    n = len(bare.split())
    if n > MAX_ITEM_WORDS or "\n" in bare or not _FILED.search(bare):
        return False
    head = re.split(
        r"[,;(]|\s(?:van|met|d\.d\.|ingekomen|ingediend|ontvangen)\s", bare, maxsplit=1
    )[0]
    m = _ARTICLE.match(head.strip())
    return bool(m) and m.group(1).lower().endswith(_document_ends())


def is_party_line(text: str) -> bool:
    """True for a party's or child's identification line ("advocaat: mr. ...", "geboren op")."""
    line = text.strip()
    if "\n" in line or len(line.split()) > MAX_ITEM_WORDS:
        return False
    return bool(_COUNSEL.search(line) or _DWELLING.match(line) or _BORN.search(line))


def is_dated_step(text: str) -> bool:
    """True for a short dated step of a procedure ("De man heeft op 3 januari 2014 ...")."""
    return len(text.split()) <= MAX_STEP_WORDS and bool(_date().search(text))
