"""A predicate whose subject is left out in a list of clauses: "Ze zijn moeilijk te straffen,
aanvaarden geen grenzen en zijn heel koppig", "Hij is stout, luistert niet en kan heel brutaal
zijn" (labels35).

The copula (or a modal before a clause-final copula) opens a conjunct right after "en" or a
comma, and the sentence opens with its subject: a subject pronoun, or a person noun with at
most a determiner or possessive before it, followed by a finite verb. No subordinating
conjunction, no other subject pronoun and no "maar" stands between that verb and the conjunct,
so the subject of the first clause is the subject of this one. Word classes only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.lang import word_set

_JOINS = frozenset({"en", ","})
_SUBJECT_PRONOUNS = word_set("description_subject_pronouns.txt") | frozenset({"ik", "wij", "we"})
_QUOTES = frozenset("'\"“”„«»‘’")
_STOPS = frozenset({"SCONJ"})


def _opening_subject(doc: Doc, start: int, end: int, is_person: Callable[[Any], bool]) -> int:
    """The index of the finite verb after the subject that opens tokens start..end, or -1."""
    s = start
    while s < end and doc[s].text in _QUOTES:
        s += 1
    if s >= end:
        return -1
    if doc[s].pos_ == "PRON" and doc[s].lower_ in _SUBJECT_PRONOUNS:
        verb = s + 1
    else:
        n = s + 1 if doc[s].pos_ in {"DET", "PRON"} else s
        if n >= end or not is_person(doc[n]):
            return -1
        verb = n + 1
    if verb >= end or doc[verb].pos_ not in {"VERB", "AUX"}:
        return -1
    return verb


def elided_subject(doc: Doc, j: int, is_person: Callable[[Any], bool]) -> bool:
    """Whether the verb at j opens a conjunct ("..., en zijn heel koppig") whose left-out
    subject is the person that opens its sentence (module doc)."""
    if j == 0 or doc[j - 1].lower_ not in _JOINS:
        return False
    sent = doc[j].sent
    verb = _opening_subject(doc, sent.start, j, is_person)
    if verb < 0:
        return False
    for token in doc[verb + 1 : j - 1]:
        if token.pos_ in _STOPS or token.lower_ == "maar":
            return False
        if token.pos_ == "PRON" and token.lower_ in _SUBJECT_PRONOUNS:
            return False
    return True


__all__ = ["elided_subject"]
