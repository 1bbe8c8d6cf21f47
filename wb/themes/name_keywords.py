"""Theme keywords that are a person's name (issue 11 §3: no names in keywords).

The keyword lemmas leave out a capitalised word inside a sentence, but a surname that is also a
Dutch word ("Juffer", "Kok", "Visser") can open a sentence ("Juffer moedigt het voorstel aan")
and then reads as an ordinary noun. Here the shared pseudonymiser decides: a keyword that it
replaces as (part of) a person's name in a passage that writes the keyword capitalised is
dropped. Only the passages that hold such a capitalised keyword are pseudonymised, one dossier
per document, so the cost stays small.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wb.dossiers.pseudonymise import Pseudonymised

_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'-]*")


def person_keywords(themes: Sequence[dict[str, Any]], segments: Sequence[Any]) -> frozenset[str]:
    """Lowercased keywords of `themes` that the pseudonymiser replaces as a person's name in a
    passage (``.doc``, ``.text``) where they are written capitalised."""
    from wb.dossiers.pseudonymise import pseudonymise_dossier

    words = {w.lower() for t in themes for w in t["keywords"]}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for segment in segments:
        if any(m.group().lower() in words for m in _CAPITALISED.finditer(segment.text)):
            by_doc[segment.doc].append(segment.text)
    names: set[str] = set()
    for texts in by_doc.values():
        for p in pseudonymise_dossier(texts):
            names |= person_name_words(p)
    return frozenset(words & names)


def person_name_words(p: Pseudonymised) -> set[str]:
    """Lowercased words of the names the pseudonymiser replaced as persons in one text."""
    return {
        w.lower()
        for r in p.replacements
        if r[4] == "PERSOON"
        for w in re.findall(r"\w+", p.original[r[0] : r[1]])
    }


def keywords_without(theme: dict[str, Any], names: frozenset[str]) -> list[str]:
    """The theme's keywords without words that are (part of) a person's name."""
    return [w for w in theme["keywords"] if w.lower() not in names]


def without_person_keywords(
    themes: list[dict[str, Any]], segments: Sequence[Any]
) -> list[dict[str, Any]]:
    """The themes with the keywords :func:`person_keywords` finds left out."""
    hidden = person_keywords(themes, segments)
    if not hidden:
        return themes
    return [{**t, "keywords": keywords_without(t, hidden)} for t in themes]


__all__ = ["keywords_without", "person_keywords", "person_name_words", "without_person_keywords"]
