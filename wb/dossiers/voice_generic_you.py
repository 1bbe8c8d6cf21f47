"""A term said of a generic "je": the reader as anyone (guide line 18, labels-policy5).

The lead's decision after labels-voice5 (``bench/realtext/labels/README.md``, line 18): a "je"
that addresses no one in particular applies the term to no one in particular, so ``discussed``:
"Als je je kind verwaarloost, ...", "Je bent dan een slechte moeder", "Met het verwennen van je
kind bereik je ...". A "je/jij" that addresses a real, present person keeps its voice: a letter
("Lieve Sanne, jij bent ..."), a writer who speaks as "ik" to the one addressed ("Als ik je iets
vraag, weet jij het altijd beter"), a forum reply to "jullie". Quoted dialogue never reaches this
rule (the quote rules decide first).

:func:`generic_you` reads the term's clause (between , ; : and dashes; a clause without a finite
verb after a comma continues the list before it: "word je buitengesloten, gekleineerd en
gepest"): a second-person word (``voice_generic_you.txt``) with no subordinator or relative
word between it and the term ("Je ziet dat ouders te assertief zijn": the term goes on
"ouders"; "wangedrag dat je maar kunt verzinnen"), a verb that is not only in the past ("Toen
je klein was, werd je gepest" tells someone's past), and no addressee in the sentence
(``voice_addressee_words.txt``) or a vocative. :func:`addressed_text` finds a salutation line
(``voice_salutations.txt``) in the document.
"""

from __future__ import annotations

import re
from typing import Any

from wb.dossiers.voice_reportative import clause_of
from wb.dossiers.voice_tense import finite, only_past
from wb.lang import word_set

YOU = word_set("voice_generic_you.txt")
ADDRESSEE = word_set("voice_addressee_words.txt")
SALUTATIONS = word_set("voice_salutations.txt")
_BLOCKERS = word_set("tagger_subordinators.txt") | word_set("voice_relative_pronouns.txt")
_EDGES = frozenset({",", ";", ":", "–", "—", "(", ")"})
_HARD = frozenset({";", ":", "–", "—"})
_SALUTATION = re.compile(r"^[ \t]*(\w+)[ \t]+\w+[^\n,]{0,30},", re.MULTILINE)


def _clause(tokens: list[Any], at: int, upto: int) -> tuple[int, int]:
    """Token range [first, last) between the nearest edges around [at, upto)."""
    return clause_of(tokens, at, upto, _EDGES)


def _span(tokens: list[Any], at: int, upto: int) -> tuple[int, int]:
    """The term's clause; after a comma, a clause without a finite verb whose term has the
    word class of the word before the comma continues that clause ("buitengesloten,
    gekleineerd")."""
    first, last = _clause(tokens, at, upto)
    if any(finite(t) for t in tokens[first:last]) or first < 2 or tokens[first - 1].text != ",":
        return first, last
    before = tokens[first - 2]
    if before.pos_ != tokens[at].pos_:
        return first, last
    earlier, _ = _clause(tokens, first - 2, first - 1)
    return earlier, last


def _vocative(tokens: list[Any]) -> bool:
    """A name set off by a comma at the sentence's start or end ("Sanne, jij ...")."""
    words = [t for t in tokens if not t.is_space and not (t.is_punct and t.text not in {","})]
    if len(words) >= 2 and words[0].pos_ == "PROPN" and words[1].text == ",":
        return True
    if len(words) >= 3 and words[1].pos_ == "PROPN" and words[2].text == ",":
        return words[0].lower_ in SALUTATIONS
    return len(words) >= 2 and words[-1].pos_ == "PROPN" and words[-2].text == ","


def generic_you(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term at [at, upto) is said of a generic "je" in its clause (module)."""
    if any(t.lower_ in ADDRESSEE for t in tokens) or _vocative(tokens):
        return False
    first, last = _span(tokens, at, upto)
    span = tokens[first:last]
    if only_past(span):
        return False
    for k in range(first, last):
        if tokens[k].lower_ not in YOU or tokens[k].pos_ not in {"PRON", "DET"}:
            continue
        between = tokens[k + 1 : at] if k < at else tokens[upto:k]  # empty inside the term
        if not any(t.lower_ in _BLOCKERS or t.text in _HARD for t in between):
            return True
    return False


def addressed_text(text: str) -> bool:
    """True when a line of the text opens with a salutation ("Lieve Sanne,"): a letter."""
    return any(m.group(1).lower() in SALUTATIONS for m in _SALUTATION.finditer(text))


__all__ = ["addressed_text", "generic_you"]
