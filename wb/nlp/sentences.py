"""Sentence-splitting fix on top of spaCy's sentencizer for the offline pipeline."""

from __future__ import annotations

import re

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

# A single letter with a period is an initial ("J. de Vries"), never a sentence end.
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: Quotation marks that may open quoted speech: the typographic opening forms („ “ ‘ «) and the
#: straight ones; which of them opens is told by position (see :func:`_opening_quotes`). The
#: closing forms ” ’ » never open.
OPENING_QUOTES = frozenset("„“‘«\"'")


@Language.factory("wb_sentence_fix")
def make_sentence_fix(nlp: Language, name: str) -> SentenceFix:
    """spaCy factory of the sentence-splitting fix."""
    return SentenceFix(set(nlp.tokenizer.rules or {}))


class SentenceFix:
    """Fix sentence starts: line breaks, list numbers, and words glued to their period.

    * A blank line always starts a new sentence; so does a single line break, unless it is a
      soft wrap (the line ends in a lowercase word or a comma and the next begins in lowercase).
      Headings, list items and speaker turns in minutes are thus sentences of their own.
    * A list number at the start of a line ("1. Aanleiding") does not end a sentence.
    * A word glued to its final period ("BW. Dat ...") ends one, see below.
    * An opening quotation mark before a sentence start belongs to that sentence
      (``... op school. "Ik wil ...``): spaCy's sentencizer keeps every punctuation token after
      a sentence end with the sentence before.

    spaCy's Dutch tokenizer keeps abbreviations such as ``dhr.``, ``o.a.``, ``bijv.`` and
    ``m.b.t.`` as one token, so the sentencizer does not split after them; it also keeps
    unknown capitalised words with their period (``BW.``), which hides a sentence end. This
    component ends the sentence there when the next word starts with a capital and the token is
    neither a known abbreviation nor an initial.
    """

    def __init__(self, abbreviations: set[str]) -> None:
        self.abbreviations = {a.lower() for a in abbreviations}
        self._texts: dict[int, str] = {}  # orth id -> token text

    def __call__(self, doc: Doc) -> Doc:
        """Mark the extra sentence starts."""
        words, spaces = _words(doc, self._texts)
        marks = _line_breaks(words, spaces)
        abbreviations = self.abbreviations
        for i, text in enumerate(words[:-1]):
            if (
                len(text) > 1
                and text[-1] == "."
                and text.count(".") == 1
                and text.lower() not in abbreviations
                and not _INITIAL.match(text)
                and words[i + 1][:1].isupper()
            ):
                marks.append((i + 1, True))
        for i, value in marks:  # in order: a later mark of a token wins
            doc[i].is_sent_start = value
        for i in _opening_quotes(doc, words):
            doc[i].is_sent_start = True
            doc[i + 1].is_sent_start = False
        return doc


def _opening_quotes(doc: Doc, words: list[str]) -> list[int]:
    """Indices of opening quotation marks left at the end of the sentence before the one they open.

    A quote opens when whitespace or the start of the text stands before it and a letter or digit
    right after it (``school. "Ik``, ``niet.” „Dat``, an elided ``'90``); a quote glued to the
    word before closes (``niet.“ Dat``, German style).
    """
    text = doc.text
    found = []
    for i, word in enumerate(words[:-1]):
        if word not in OPENING_QUOTES or not doc[i + 1].is_sent_start or doc[i].is_sent_start:
            continue
        start = doc[i].idx
        if (start == 0 or text[start - 1].isspace()) and text[start + 1 : start + 2].isalnum():
            found.append(i)
    return found


def _words(doc: Doc, texts: dict[int, str]) -> tuple[list[str], list[bool]]:
    """Token texts and whitespace flags, read from arrays (no Token objects)."""
    if not len(doc):
        return [], []
    arr = doc.to_array([ORTH, IS_SPACE])
    strings = doc.vocab.strings
    words = []
    for orth in arr[:, 0].tolist():
        text = texts.get(orth)
        if text is None:
            text = texts[orth] = strings[orth]
        words.append(text)
    return words, (arr[:, 1] != 0).tolist()


_LIST_NUMBER = re.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]?$")


def _list_number_end(words: list[str], i: int) -> int | None:
    """Index of the last token of a list number ("1.", "1 .", "a)") starting at token i."""
    first = words[i]
    if not _LIST_NUMBER.match(first):
        return None
    if first[-1] in ".)":
        return i
    if i + 1 < len(words) and words[i + 1] in (".", ")"):
        return i + 1
    return None


def _line_breaks(words: list[str], spaces: list[bool]) -> list[tuple[int, bool]]:
    """Sentence starts after line breaks; none right after a line-initial list number.

    Returns (token index, is_sent_start) marks, to be set in order.
    """
    n = len(words)
    if n == 0:
        return []  # empty text: no sentences
    marks: list[tuple[int, bool]] = []
    starts = [0]
    for i, text in enumerate(words):
        if not spaces[i] or "\n" not in text or i + 1 >= n:
            continue
        nxt = words[i + 1]
        prev = words[i - 1] if i > 0 else None
        soft = (
            "\n\n" not in text
            and prev is not None
            and (prev == "," or prev[-1:].islower())
            and nxt[:1].islower()
        )
        if not soft:
            marks.append((i + 1, True))
            if i > 0:
                marks.append((i, False))  # the line break stays with the sentence before
            starts.append(i + 1)
    for i in starts:
        end = _list_number_end(words, i)
        if end is not None and end + 1 < n and not spaces[end + 1]:
            marks.append((end + 1, False))
    return marks
