"""Kinds of sentence the suggester treats apart: headings, lines of minutes, a narrator's
stretch; and the features (content lemmas and compound parts) kept per sentence."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from wb.coding.perspective import Scope
from wb.coding.rank import content_lemmas, features

#: A line ending in one of these is a sentence, not a heading.
HEADING_ENDS = frozenset(".?!:;,'\"”’)")
#: A numbered line opening: "2.", "2)", "2.1", "Doel 1:", "Agendapunt 3" (then its words).
_NUMBERED = re.compile(
    r"(?:[^\W\d]{2,20}\s+\d{1,2}[.):]|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2})\s+(?=\w)"
)
#: Longest agenda line or numbered heading, in words after its number (as a heading line of
#: :func:`wb.themes.segments.is_furniture`).
AGENDA_MAX_WORDS = 12
#: A numbered line ending in one of these is a list item that says something, not an agenda
#: line ("1. De ouders praten niet meer met elkaar.").
_STATEMENT_ENDS = frozenset(".!;,")


def is_heading(text: str) -> bool:
    """True for a heading: a Markdown title, or one short line without final punctuation."""
    line = text.strip()
    if line.startswith("#"):
        return True
    return "\n" not in line and line[-1:] not in HEADING_ENDS and len(line.split()) <= 10


def is_agenda_line(text: str) -> bool:
    """True for a numbered agenda item or heading on a line of its own ("2. Contactverlies: wat
    zien we aan de voorkant?", "Doel 1: Stand van zaken"): it names a topic, it does not treat
    it."""
    line = text.strip()
    number = _NUMBERED.match(line)
    if "\n" in line or not number:
        return False
    words = line[number.end() :].split()
    return len(words) <= AGENDA_MAX_WORDS and line[-1:] not in _STATEMENT_ENDS


def line_around(text: str, start: int, end: int) -> str:
    """The whole line(s) of `text` that hold the span start..end."""
    return text[
        text.rfind("\n", 0, start) + 1 : len(text) if (n := text.find("\n", end)) < 0 else n
    ]


def scope_of(narrators: list[Scope], position: int) -> Scope | None:
    """The narrator's stretch that holds a sentence starting at `position`, if any."""
    for scope in narrators:
        if scope.start <= position < scope.end:
            return scope
    return None


@functools.cache
def meeting_labels() -> frozenset[str]:
    """Labels that open a line of minutes listing people or practicalities ("Aanwezig")."""
    from wb.lang import words

    return frozenset(words("meeting_labels.txt"))


def is_meeting_list(text: str) -> bool:
    """True for a line of minutes listing people or practicalities ("Aanwezig: ...")."""
    head, colon, _ = text.lstrip("-•* \t").partition(":")
    return bool(colon) and " ".join(head.lower().split()) in meeting_labels()


_FEATURES_KEY = ("wb", "sentence_features")


def sentence_features(sent: Span) -> frozenset[str]:
    """Content lemmas of a sentence plus the parts of its compounds (kept with the document:
    the corpus count and the ranking read them both)."""
    cache = sent.doc.user_data.setdefault(_FEATURES_KEY, {})
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = features(content_lemmas(sent))
    return found
