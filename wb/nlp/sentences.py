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
    """Start a sentence after a word glued to its final period ("BW. Dat ...").

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
