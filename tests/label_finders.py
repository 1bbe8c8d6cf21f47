"""The bundled label lexicon's finders for the voice tests, fitted once per test session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wb.dossiers.descriptions import find_descriptions
from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import self_terms

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


@cache
def label_finder(voice_model: str | None = None) -> LabelFinder:
    """The lexicon's finder with the default voices, or with `voice_model` ("rules")."""
    if voice_model is None:
        return LabelFinder(LEXICON).fit()
    return LabelFinder(LEXICON, voice_model=voice_model).fit()


def hits(
    finder: LabelFinder, text: str, meta: dict | None = None
) -> list[tuple[int, int, str, str, str]]:
    """Every hit in `text` (with document metadata `meta`) as (start, end, text, label, voice)."""
    doc = finder.nlp(text)
    found = finder.find("t.txt", doc, self_terms=self_terms(None), metadata=meta)
    return [(h.start, h.end, h.text, h.label, h.voice) for h in found]


def term_voices(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    """Every hit in `text` as (text, voice)."""
    return [(h[2], h[4]) for h in hits(finder, text)]


def term_tokens(finder: LabelFinder, text: str, term: str) -> tuple[list, int, int]:
    """The tokens of `text` and the token range of `term`'s first occurrence in them."""
    tokens = list(finder.nlp(text))
    words = term.split()
    at = next(k for k, t in enumerate(tokens) if t.text == words[0])
    return tokens, at, at + len(words)


def voiced_spans(text: str, voice_model: str | None = None) -> list[tuple[int, int, str, str]]:
    """Every hit in `text` as (start, end, text, voice), with the voice of `voice_model`."""
    return [(a, b, t, v) for a, b, t, _, v in hits(label_finder(voice_model), text)]


def described(text: str) -> list[str]:
    """The descriptions (word-class patterns) the default finder's pipeline finds in `text`."""
    doc = label_finder().nlp(text)
    return [text[a:b] for a, b in find_descriptions(doc)]


def voices(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    """Every hit in `text` as (text, voice)."""
    return [(h[2], h[4]) for h in hits(finder, text)]


def found_voices(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    """Every hit in `text`, found without self terms or metadata, as (text, voice)."""
    return [(h.text, h.voice) for h in finder.find("t", finder.nlp(text))]


def found_labels(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    """Every hit in `text`, found without self terms or metadata, as (text, label)."""
    return [(h.text, h.label) for h in finder.find("t", text)]
