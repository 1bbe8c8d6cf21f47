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


#: A label line: at most two words and a number ("Vraag 1", "Bijlage 2:", "Stap 3a", "12.").
_LABEL_LINE = re.compile(r"(?:[^\W\d]+\s+){0,2}\d{1,3}[a-z]?[.:)]?")
#: A cross-reference to a numbered part ("Zie antwoord vraag 1.", "Zie ook bijlage 2").
_CROSS_REFERENCE = re.compile(r"zie\b[^.!?]{0,40}\s\d{1,3}[a-z]?[.)]?", re.IGNORECASE)


def is_label_line(text: str) -> bool:
    """True for a line that numbers or points to a part of the text ("Vraag 1", "Zie antwoord
    vraag 1."): structure of the page, not something said (codes32: researchers never coded one,
    the reach of their codings suggested them between coded answers)."""
    line = " ".join(text.split())
    return bool(_LABEL_LINE.fullmatch(line) or _CROSS_REFERENCE.fullmatch(line))


def is_heading(text: str) -> bool:
    """True for a heading: a Markdown title, or one short line without final punctuation."""
    line = text.strip()
    if line.startswith("#"):
        return True
    return "\n" not in line and line[-1:] not in HEADING_ENDS and len(line.split()) <= 10


def is_agenda_line(text: str, *, in_list: bool = False) -> bool:
    """True for a numbered agenda item or heading on a line of its own ("2. Contactverlies: wat
    zien we aan de voorkant?", "Doel 1: Stand van zaken"): it names a topic, it does not treat
    it. `in_list`: the line stands in a list of such lines, so any length will do."""
    line = text.strip()
    number = _NUMBERED.match(line)
    if "\n" in line or not number or line[-1:] in _STATEMENT_ENDS:
        return False
    return in_list or len(line[number.end() :].split()) <= AGENDA_MAX_WORDS


def agenda_line_at(text: str, start: int, end: int) -> bool:
    """True when the span start..end is an agenda line of `text`: short, or in a list of
    numbered lines (the line before or after, with no empty line between, is one too)."""
    begin = text.rfind("\n", 0, start) + 1
    stop = len(text) if (n := text.find("\n", end)) < 0 else n
    if not is_agenda_line(text[begin:stop], in_list=True):
        return False
    if is_agenda_line(text[begin:stop]):
        return True
    before = text[text.rfind("\n", 0, max(0, begin - 1)) + 1 : max(0, begin - 1)]
    after_end = text.find("\n", stop + 1)
    after = text[stop + 1 : len(text) if after_end < 0 else after_end]
    return any(is_agenda_line(x, in_list=True) for x in (before, after) if x.strip())


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


#: Words before a document's noun that make it this document ("in deze brief", "het volgende
#: hoofdstuk"), read at a sentence's opening (codes41).
_THIS_DOCUMENT = re.compile(
    r"(?:(?:in|met|na|op|uit|van|bij|voor)\s+)?(?:deze|dit|onderstaande|bovenstaande|"
    r"(?:de|het)\s+(?:volgende|vorige|onderstaande|bovenstaande))\s+(\w+)",
    re.IGNORECASE,
)
#: A document's part named by its number at a line's opening ("Paragraaf 3 beschrijft ...").
_NUMBERED_PART = re.compile(r"(\w+)\s+\d{1,2}(?:\.\d{1,2})*\s+\w", re.IGNORECASE)
#: A line of a table of contents: a run of dots or a tab before a page number.
_CONTENTS_LINE = re.compile(r".*\w.*(?:\.{4,}|…{2,}|\t)\s*\d{1,3}")
#: A label line, maybe numbered, maybe ending in a colon ("Antwoord 2:", "Vraag 3").
_META_LABEL = re.compile(r"([^\W\d]+(?:\s+[^\W\d]+){0,3})(?:\s+\d{1,3}[a-z]?)?\s*[.:]?")


@functools.cache
def _meta_words(name: str) -> frozenset[str]:
    """A lowercase word list of wb/lang/nl (the meta sentences' lists, codes41)."""
    from wb.lang import words

    return frozenset(words(name))


def meta_kind(text: str) -> str | None:
    """The kind of sentence about the document or meeting itself, or None (codes41):
    "label" ("Antwoord", "Vraag 2", "Rondvraag"), "contents" (a line of a table of contents),
    "document" ("In deze brief ...", "Paragraaf 3 beschrijft ...") or "opener" (a sentence opening
    of :file:`meta_openers.txt`: "Hieronder volgt ...", "De vergadering wordt geopend.", "Ik dank
    de minister ...", "Zie bijlage 2.")."""
    line = " ".join(text.split()).lstrip("-•*–·( ")
    low = line.lower()
    if not low:
        return None
    label = _META_LABEL.fullmatch(low)
    if label and label.group(1) in _meta_words("meta_line_labels.txt"):
        return "label"
    if _CONTENTS_LINE.fullmatch(text.strip()):
        return "contents"
    this = _THIS_DOCUMENT.match(low)
    nouns = _meta_words("meta_document_nouns.txt")
    if this and this.group(1) in nouns:
        return "document"
    part = _NUMBERED_PART.match(low)
    if part and part.group(1) in nouns:
        return "document"
    head = re.sub(r"[^\w\s]", " ", low).split()
    for n in range(2, 6):
        if " ".join(head[:n]) in _meta_words("meta_openers.txt"):
            return "opener"
    return None


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
