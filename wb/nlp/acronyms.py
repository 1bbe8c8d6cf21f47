"""Acronyms in capitals after another tagger (factory ``wb_acronyms``, added after
nl_core_news_sm): "volgens het OM" gets PROPN and the lemma "OM", not the preposition "om".

wb's own tagger applies the same rule on its scores (``TaggerModel._acronyms``); this component
applies it to a finished document, for a pipeline whose tagger and lemmatiser are not wb's.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wb.nlp.tagger_rules import (
    ACRONYM_OPENERS,
    CAPS_WORD,
    KNOWN_ACRONYM,
    LOWER_WORD,
    acronym_code,
    case_code,
)

_KEEP = frozenset({"PROPN", "NOUN"})


@Language.factory("wb_acronyms")
def make_acronym_fix(nlp: Language, name: str) -> AcronymFix:
    """spaCy factory of the acronym fix."""
    return AcronymFix()


class AcronymFix:
    """spaCy component: acronyms in capitals keep their word class (PROPN) and form as lemma."""

    def __call__(self, doc: Doc) -> Doc:
        """Fix the acronyms of every sentence (the whole document without sentences)."""
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sents:
            fix_sentence(sent)
        return doc


def fix_sentence(sent: Span) -> list[int]:
    """Retag the acronyms of a sentence in mixed case; the indices of the tokens changed."""
    cases = [case_code(t.text) for t in sent]
    if cases.count(LOWER_WORD) <= cases.count(CAPS_WORD):
        return []  # a heading in capitals ("VOLGENS HET OM")
    changed = []
    for k, tok in enumerate(sent):
        code = acronym_code(tok.text)
        if not code or tok.pos_ in _KEEP:
            continue
        prev = sent[k - 1] if k else None
        if code != KNOWN_ACRONYM and (prev is None or prev.lower_ not in ACRONYM_OPENERS):
            continue
        tok.pos_ = "PROPN"
        tok.lemma_ = tok.text
        changed.append(tok.i)
        if prev is not None and prev.lower_ == "het" and prev.pos_ == "PRON":
            prev.pos_ = "DET"
            changed.append(prev.i)
    return changed
