"""Dutch language pipeline of wb (tokens, sentences, lemmas), offline by default."""

from wb.nlp.lemmatizer import DutchLemmatizer
from wb.nlp.pipeline import load, pipeline_info


def compound_parts(word: str) -> list[str]:
    """Known parts of a Dutch compound, e.g. loyaliteitsconflicten -> loyaliteit, conflict."""
    return _lemmatizer().compound_parts(word)


def is_known(word: str) -> bool:
    """True when wb's lexicon knows the lowercase word as a form or a lemma."""
    return _lemmatizer().is_known(word)


def lemmatize(word: str) -> str:
    """Lemma of one Dutch word with wb's offline lemmatiser."""
    return _lemmatizer().lemma(word)


_SHARED: list[DutchLemmatizer] = []


def _lemmatizer() -> DutchLemmatizer:
    if not _SHARED:
        _SHARED.append(DutchLemmatizer())
    return _SHARED[0]


__all__ = ["compound_parts", "is_known", "lemmatize", "load", "pipeline_info"]
