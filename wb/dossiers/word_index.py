"""Whole-word occurrences of many phrases in a text, fast: the text's distinct words are
intersected with the phrases' first words, and only those are looked at."""

from __future__ import annotations

import re
from functools import cache, lru_cache


@cache
def _phrase_index(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for name in names:
        first = name.split()[0] if name.split() else name
        index.setdefault(first.rstrip(",."), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


class _Finditer:
    """Whole-word occurrences of a set of phrases (a fast stand-in for a big alternation): the
    text's words are intersected with the phrases' first words, and only those are looked at."""

    def __init__(self, names: frozenset[str]) -> None:
        self.index = _phrase_index(names)
        self.firsts = frozenset(self.index)

    def finditer(self, text: str) -> list[re.Match]:
        hits: list[re.Match] = []
        for first in text_words(text) & self.firsts:
            for w in _word_rx(first).finditer(text):
                for name in self.index[first]:
                    m = _literal(name).match(text, w.start())
                    if m:
                        hits.append(m)
                        break
        hits.sort(key=lambda m: (m.start(), -m.end()))
        out, after = [], 0
        for m in hits:
            if m.start() >= after:
                out.append(m)
                after = m.end()
        return out


def text_words(text: str) -> frozenset[str]:
    """The distinct words of a text (a one-text memo: one detect call asks three times; the
    memo is one tuple, read and replaced whole, so threads never mix two texts)."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last is not None and last[0] is text:
        return last[1]
    words = frozenset(WORD_TOKEN.findall(text)) | frozenset(PLAIN_WORD.findall(text))
    _LAST_WORDS = (text, words)
    return words


WORD_TOKEN = re.compile(r"['’]?\w[\w'’-]*\w|\w")
PLAIN_WORD = re.compile(r"\w+")
_LAST_WORDS: tuple[str, frozenset[str]] | None = None


@lru_cache(maxsize=4096)
def _word_rx(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}")


@cache
def _literal(name: str) -> re.Pattern:
    return re.compile(rf"{re.escape(name)}(?![\w-])")


@cache
def names_regex(names: frozenset[str]) -> _Finditer:
    """A finder of whole-word occurrences of `names` (cached per set of names)."""
    return _Finditer(names)
