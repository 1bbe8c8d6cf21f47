"""Sentence-splitting fix on top of spaCy's sentencizer for the offline pipeline."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# A single letter with a period is an initial ("J. de Vries"), never a sentence end.
_INITIAL = re.compile(r"^[^\W\d_]\.$")


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

    spaCy's Dutch tokenizer keeps abbreviations such as ``dhr.``, ``o.a.``, ``bijv.`` and
    ``m.b.t.`` as one token, so the sentencizer does not split after them; it also keeps
    unknown capitalised words with their period (``BW.``), which hides a sentence end. This
    component ends the sentence there when the next word starts with a capital and the token is
    neither a known abbreviation nor an initial.
    """

    def __init__(self, abbreviations: set[str]) -> None:
        self.abbreviations = {a.lower() for a in abbreviations}

    def __call__(self, doc: Doc) -> Doc:
        """Mark the extra sentence starts."""
        _line_breaks(doc)
        for token in doc[:-1]:
            text = token.text
            if (
                len(text) > 1
                and text.endswith(".")
                and text.count(".") == 1
                and text.lower() not in self.abbreviations
                and not _INITIAL.match(text)
                and doc[token.i + 1].text[:1].isupper()
            ):
                doc[token.i + 1].is_sent_start = True
        return doc


_LIST_NUMBER = re.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]?$")


def _list_number_end(doc: Doc, i: int) -> int | None:
    """Index of the last token of a list number ("1.", "1 .", "a)") starting at token i."""
    first = doc[i].text
    if not _LIST_NUMBER.match(first):
        return None
    if first[-1] in ".)":
        return i
    if i + 1 < len(doc) and doc[i + 1].text in (".", ")"):
        return i + 1
    return None


def _line_breaks(doc: Doc) -> None:
    """Sentence starts after line breaks; none right after a line-initial list number."""
    n = len(doc)
    if n == 0:
        return  # empty text: no sentences
    starts = [0]
    for i, token in enumerate(doc):
        if not token.is_space or "\n" not in token.text or i + 1 >= n:
            continue
        nxt = doc[i + 1]
        prev = doc[i - 1] if i > 0 else None
        soft = (
            "\n\n" not in token.text
            and prev is not None
            and (prev.text == "," or prev.text[-1:].islower())
            and nxt.text[:1].islower()
        )
        if not soft:
            nxt.is_sent_start = True
            if i > 0:
                token.is_sent_start = False  # the line break stays with the sentence before
            starts.append(i + 1)
    for i in starts:
        end = _list_number_end(doc, i)
        if end is not None and end + 1 < n and not doc[end + 1].is_space:
            doc[end + 1].is_sent_start = False
