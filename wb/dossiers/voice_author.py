"""The report's own author: the words by which a report names its writer (metadata, or a
letterhead first line), so that wb.dossiers.voice reads the author's own claims as asserted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wb.dossiers.voice_words import FIRST_PERSON, FUNCTION, SELF_NOUNS, SOURCE_GROUPS
from wb.lang import word_set

FAMILY_WORDS = word_set("voice_person_words.txt")


def _letterhead(text: str) -> str:
    """The first line of a text when it reads as a letterhead, else "".

    A letterhead is short, ends without sentence punctuation and names no family member:
    "Raad voor de Kinderbescherming, regio Noord-Holland" is one; "Volgens vader is moeder
    zorgmijdend." or a headline "Vader noemt moeder zorgmijdend" is not.
    """
    head = text.lstrip().split("\n", 1)[0].strip() if text else ""
    if not 0 < len(head) <= 80 or head[-1] in ".!?;:\"'”’":
        return ""
    words = {w.strip(",()").lower() for w in head.split()}
    return "" if words & FAMILY_WORDS else head


def self_terms(meta: Mapping[str, Any] | None, text: str = "") -> set[str]:
    """Words by which a report names its own author: metadata organisation and author_role.

    Without an organisation in the metadata, a first line that reads as a letterhead (e.g.
    "Raad voor de Kinderbescherming, regio Noord-Holland", see :func:`_letterhead`) stands in.
    """
    words = set(FIRST_PERSON) | SELF_NOUNS
    meta = dict(meta or {})
    head = _letterhead(text)
    if not (meta.get("organisation") or meta.get("organisatie")) and head:
        meta["organisation"] = head
    if not meta:
        return words
    keys = ("organisation", "organisatie", "author_role", "author", "auteur", "rol")
    raw = " ".join(str(meta.get(k) or "") for k in keys).lower()
    for word in raw.replace(",", " ").split():
        words.add(word)
        words.update(p for p in word.split("-") if p)
    for found, added in SOURCE_GROUPS:
        if words & found:
            words |= added
    return words - FUNCTION
