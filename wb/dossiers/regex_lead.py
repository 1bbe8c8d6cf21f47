"""Patterns that open with a lookbehind, rewritten so Python's regex engine can skip ahead.

A pattern that opens with a lookbehind (``(?<![\\w-])[A-Z]...``) is tried at every position of
the text; one that opens with a character class jumps to where such a character stands.
:func:`lead_first` moves the opening lookbehinds behind the first character they guard
(``[A-Z](?<!(?:[\\w-])[A-Z])...``): the lookbehind then also reads that character, which the
class has just matched, so it says what it said before, and the matches stay the same.
"""

from __future__ import annotations

from functools import lru_cache

_SPECIAL = set(".^$*+?{}[]()|\\")
_QUANTIFIERS = "*+?{"


def _class_end(pattern: str, i: int) -> int:
    """The index just after the character class that opens at `i` ("[...]")."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index just after the group that opens at `i`; -1 when it does not close."""
    depth, j = 0, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def _has_bar(pattern: str, start: int, end: int) -> bool:
    """True when `pattern[start:end]` has an alternation bar outside its inner groups."""
    j = start
    while j < end:
        c = pattern[j]
        if c == "\\":
            j += 2
        elif c == "[":
            j = _class_end(pattern, j)
        elif c == "(":
            j = _group_end(pattern, j)
        elif c == "|":
            return True
        else:
            j += 1
    return False


def _first_char(pattern: str, i: int) -> tuple[int, int] | None:
    """Where the one character every match starts with is matched (start, end of that class or
    literal), looking into plain groups that are neither alternatives nor quantified."""
    while pattern.startswith("(", i):
        if pattern.startswith("(?:", i):
            inner = i + 3
        elif pattern.startswith("(?P<", i):
            inner = pattern.index(">", i) + 1
        elif not pattern.startswith("(?", i):
            inner = i + 1
        else:
            return None
        end = _group_end(pattern, i)
        if (
            end < 0
            or pattern[end : end + 1] in tuple(_QUANTIFIERS)
            or _has_bar(pattern, inner, end)
        ):
            return None
        i = inner
    if i >= len(pattern):
        return None
    if pattern[i] == "[":
        end = _class_end(pattern, i)
    elif pattern[i] == "\\":
        nxt = pattern[i + 1 : i + 2]
        if not nxt or (nxt.isalnum() and nxt not in "wWdDsS"):
            return None
        end = i + 2
    elif pattern[i] in _SPECIAL or pattern[i].isspace() or pattern[i] == "#":
        return None
    else:
        end = i + 1
    if end > len(pattern) or pattern[end : end + 1] in tuple(_QUANTIFIERS):
        return None
    return i, end


@lru_cache(maxsize=4096)
def lead_first(pattern: str) -> str:
    """ "(?<![\\w-])[A-Z]x" as "[A-Z](?<!(?:[\\w-])[A-Z])x": the same matches, found faster (the
    opening lookbehinds go behind the first character; unchanged when that is not one class or
    character)."""
    i, behinds = 0, []
    while pattern.startswith(("(?<!", "(?<="), i):
        end = _group_end(pattern, i)
        inner = pattern[i + 4 : end - 1]
        if end < 0 or "(" in inner.replace("(?:", ""):
            return pattern  # a group inside the lookbehind: leave it alone
        behinds.append((pattern[i : i + 4], inner))
        i = end
    first = _first_char(pattern, i) if behinds else None
    if not first:
        return pattern
    start, end = first
    char = pattern[start:end]
    moved = "".join(f"{kind}(?:{inner}){char})" for kind, inner in behinds)
    return pattern[i:end] + moved + pattern[end:]
