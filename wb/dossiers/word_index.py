"""Whole-word occurrences of many phrases in a text, fast: the text's distinct words are
intersected with the phrases' first words, and only those are looked at."""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache, lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")


def longest_first(entries: Iterable[str], space: str | None = None) -> str:
    """List entries as one regex alternation, longest first (equal lengths in the given order),
    each escaped, a space written as `space` when given ("[ ]", r"\\s+"); the boundaries are
    the caller's."""
    escaped = (re.escape(e) for e in sorted(entries, key=len, reverse=True))
    if space is not None:
        escaped = (e.replace(r"\ ", space) for e in escaped)
    return "|".join(escaped)


def longest_first_by_letter(entries: Iterable[str], space: str | None = None) -> str:
    """:func:`longest_first` for a case-insensitive group ``(?i:...)``, its alternatives
    gathered behind their first letter in the order of their first one ("w(?:ijkagent|ethouder)
    |m(?:entor|r\\.)"): the same matches, since two letters never match one character
    case-insensitively and each letter keeps its alternatives' order; the regex engine then
    tries each letter at a position instead of each entry (Python's engine tries every
    alternative of a case-insensitive group). Entries that do not all open with an ASCII
    letter: the plain alternation."""
    escaped = [re.escape(e) for e in sorted(entries, key=len, reverse=True)]
    if space is not None:
        escaped = [e.replace(r"\ ", space) for e in escaped]
    if not all(e[:1].isascii() and e[:1].isalpha() for e in escaped):
        return "|".join(escaped)
    groups: dict[str, list[str]] = {}
    for e in escaped:
        groups.setdefault(e[0].lower(), []).append(e[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


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
            for start in word_starts(text, first):
                for name in self.index[first]:
                    m = _literal(name).match(text, start)
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
    memo = _SCOPE.get()
    if memo is not None:  # inside a dossier's detection: every text once
        key = (text_words, text)
        if key not in memo:
            memo[key] = frozenset(WORD_TOKEN.findall(text)) | frozenset(PLAIN_WORD.findall(text))
        return memo[key]
    last = _LAST_WORDS
    if last is not None and last[0] is text:
        return last[1]
    words = frozenset(WORD_TOKEN.findall(text)) | frozenset(PLAIN_WORD.findall(text))
    _LAST_WORDS = (text, words)
    return words


WORD_TOKEN = re.compile(r"['’]?\w[\w'’-]*\w|\w")
PLAIN_WORD = re.compile(r"\w+")
_LAST_WORDS: tuple[str, frozenset[str]] | None = None


def word_starts(text: str, word: str) -> list[int]:
    """Where `word` starts in `text` after no word character, apostrophe or hyphen, or after an
    apostrophe that opens a quote (no word character or hyphen before it: "'Jan'"): the
    starts of ``(?:(?<![\\w'’-])|(?<=(?<![\\w-])['’]))word`` matched left to right without
    overlap, found with
    ``str.find`` (a pattern that opens with a lookbehind makes the regex engine try every
    position; this is many times faster)."""
    if not word:
        return [w.start() for w in _word_rx(word).finditer(text)]
    starts = []
    pos = text.find(word)
    while pos >= 0:
        if pos == 0 or not _joins(text[pos - 1]) or opening_quote(text, pos - 1):
            starts.append(pos)
            pos = text.find(word, pos + len(word))
        else:
            pos = text.find(word, pos + 1)
    return starts


def literal_spans(
    text: str, word: str, hyphen_before: re.Pattern | None = None
) -> list[tuple[int, int]]:
    r"""The spans of `word` that ``(?<![\w-])WORD(?![\w-])`` finds in `text` (left to right,
    without overlap); with `hyphen_before` (X), ``(?<![\w-])WORD(?!\w|-(?!X))``: a hyphen may
    follow when X matches right after it. Found with ``str.find``, so a
    word learned in a dossier needs no pattern of its own (compiling one per learned word cost
    more than the search, and pushed wb's fixed patterns out of ``re``'s cache)."""
    if not word:  # (never asked: the pattern's own empty matches)
        after = r"\w|-(?!" + hyphen_before.pattern + ")" if hyphen_before else r"[\w-]"
        return [m.span() for m in re.finditer(rf"(?<![\w-])(?!{after})", text)]
    spans = []
    size = len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + size
        if (pos == 0 or not _glues(text[pos - 1])) and _free_end(text, end, hyphen_before):
            spans.append((pos, end))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return spans


def _glues(char: str) -> bool:
    r"""True for ``[\w-]``: a word character or a hyphen."""
    return char.isalnum() or char in "_-"


def _free_end(text: str, end: int, hyphen_before: re.Pattern | None) -> bool:
    """True when no word character follows at `end`, nor a hyphen (unless `hyphen_before`
    matches right after it)."""
    if end >= len(text):
        return True
    char = text[end]
    if char == "-":
        return hyphen_before is not None and hyphen_before.match(text, end + 1) is not None
    return not (char.isalnum() or char == "_")


def _joins(char: str) -> bool:
    """True for a character that glues a word to the one before it: ``[\\w'’-]``."""
    return char.isalnum() or char in "_'’-"


def opening_quote(text: str, i: int) -> bool:
    """True for an apostrophe at `i` that opens a quote ("'Kloosterboer'"): no word character
    before it, so it is not an elision ("d'Ancona", "O'Brien")."""
    return text[i] in "'’" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-"))


QUOTE_PAIRS = {"'": "'’", "’": "’", "‘": "’'", '"': '"', "“": '”"', "„": '”“"', "«": "»"}


def alone_in_quotes(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` stands alone between an opening and a closing quote
    ("‘Mariadonk’", '"Mariadonk"', "«Mariadonk»"): a word named in quotes, not the first word
    of a quoted sentence."""
    if start == 0 or end >= len(text):
        return False
    return text[end] in QUOTE_PAIRS.get(text[start - 1], "")


@lru_cache(maxsize=4096)
def _word_rx(word: str) -> re.Pattern:
    return re.compile(rf"(?:(?<![\w'’-])|(?<=(?<![\w-])['’])){re.escape(word)}")


@cache
def _literal(name: str) -> re.Pattern:
    return re.compile(rf"{re.escape(name)}(?![\w-])")


@cache
def names_regex(names: frozenset[str]) -> _Finditer:
    """A finder of whole-word occurrences of `names` (cached per set of names)."""
    return _Finditer(names)


_SCOPE: contextvars.ContextVar[dict | None] = contextvars.ContextVar("wb_text_memo", default=None)


@contextmanager
def text_memo() -> Iterator[None]:
    """Within this block, functions marked :func:`per_text` compute once per text: the passes
    of :func:`wb.dossiers.entities.detect_dossier` ask for the same text two or three times.
    The memo lives only as long as the block (one dossier), so nothing carries over from one
    call to the next; an inner block uses the outer one's memo."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def memo_scope() -> dict | None:
    """The memo of the enclosing :func:`text_memo` block, or None outside one (for a memo
    keyed by more than the text: key it by a tuple that opens with the memoised function)."""
    return _SCOPE.get()


def text_matches(rx: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """``rx.finditer(text)`` as a tuple, scanned once per text and pattern inside a
    :func:`text_memo` block (the passes of a dossier run the same patterns over the same
    text); outside one it just scans. Only for a pattern that does not depend on what was
    learned (a match object cannot be changed, so callers may share it)."""
    memo = _SCOPE.get()
    if memo is None:
        return tuple(rx.finditer(text))
    key = (text_matches, rx.pattern, rx.flags, text)  # (the string hashes once)
    if key not in memo:
        memo[key] = tuple(rx.finditer(text))
    return memo[key]


def per_text(func: Callable[[str], T]) -> Callable[[str], T]:
    """Memoise a pure function of one text (it reads only the text and wb's own word lists,
    never a user's keep/replace list) inside a :func:`text_memo` block; outside one it just
    runs. The result is shared between its callers, so it must not be changed: return a tuple
    (of fresh copies where the callers change what they get)."""

    @wraps(func)
    def memoised(text: str) -> T:
        memo = _SCOPE.get()
        if memo is None:
            return func(text)
        key = (memoised, text)
        if key not in memo:
            memo[key] = func(text)
        return memo[key]

    return memoised
