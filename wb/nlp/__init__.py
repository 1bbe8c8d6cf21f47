"""Dutch language pipeline of wb (tokens, sentences, word classes, lemmas), offline by default.

spaCy is imported on first use of :func:`load` or the lemmatiser, so ``wb info`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wb.nlp.lemmatizer import DutchLemmatizer


def compound_parts(word: str) -> list[str]:
    """Known parts of a Dutch compound, e.g. loyaliteitsconflicten -> loyaliteit, conflict."""
    return _lemmatizer().compound_parts(word)


def is_known(word: str) -> bool:
    """True when wb's lexicon knows the lowercase word as a form or a lemma."""
    return _lemmatizer().is_known(word)


def lemmatize(word: str) -> str:
    """Lemma of one Dutch word with wb's offline lemmatiser (without a word class)."""
    return _lemmatizer().lemma(word)


_SHARED: list[DutchLemmatizer] = []


def _lemmatizer() -> DutchLemmatizer:
    if not _SHARED:
        from wb.nlp.lemmatizer import DutchLemmatizer

        _SHARED.append(DutchLemmatizer())
    return _SHARED[0]


def __getattr__(name: str) -> Any:
    """``load`` and ``pipeline_info`` come from wb.nlp.pipeline, imported on first use."""
    if name in ("load", "pipeline_info"):
        from wb.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = ["compound_parts", "is_known", "lemmatize", "load", "pipeline_info"]
