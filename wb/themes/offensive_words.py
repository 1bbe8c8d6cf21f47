"""Swear words, slurs and insults kept out of theme keywords and theme names (themes-words).

A keyword list shows the texts' own words, also a slur quoted from a threatening pamphlet
("kankerhoer"); a reader of a theme overview should not meet it as a theme word. The list
(``theme_offensive_words.txt``) holds general Dutch insults, curses that open a compound
("kut-") and diseases used as a curse ("kanker-?"), which make a compound offensive only with an
insult or a target word as its head ("kankerhoer", "kankerjood"; not "kankerpatiënt"). Quotes
are the texts' own words and keep them.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

from wb.errors import LanguageDataError
from wb.lang import read_lines, resource

LIST_NAME = "theme_offensive_words.txt"
_ENTRY = re.compile(r"^(?P<mark>[=~]?)(?P<word>[a-zà-ÿ]+)(?P<end>-\??)?$")
MIN_MODIFIER = 4  # letters before an insult that ends a compound ("straathoer"; not "verhoer")
MIN_REST = 3  # letters after a curse that opens a compound


class OffensiveWords(NamedTuple):
    """The parsed list: insults (also as compound head), whole words only, curses that open any
    compound, diseases used as a curse, and target words after such a curse."""

    insults: frozenset[str]
    whole: frozenset[str]
    curses: tuple[str, ...]
    diseases: tuple[str, ...]
    targets: frozenset[str]


@functools.cache
def offensive_words() -> OffensiveWords:
    """wb's list ``theme_offensive_words.txt``, read once."""
    return read_offensive_words(resource(LIST_NAME))


def read_offensive_words(path: Path) -> OffensiveWords:
    """A list in the format of ``theme_offensive_words.txt``; a malformed line is a
    LanguageDataError that names the file and the line."""
    insults, whole, targets = set(), set(), set()
    curses, diseases = [], []
    for number, line in read_lines(path):
        m = _ENTRY.match(line)
        if not m or (m["mark"] and m["end"]):
            raise LanguageDataError(
                f"regel {line!r} is geen woord in kleine letters, '=woord', '~woord', 'woord-' "
                "of 'woord-?'. Zie de uitleg bovenaan het bestand.",
                path=path,
                line=number,
            )
        word, mark, end = m["word"], m["mark"], m["end"]
        if end == "-":
            curses.append(word)
        elif end == "-?":
            diseases.append(word)
        elif mark == "=":
            whole.add(word)
        elif mark == "~":
            targets.add(word)
        else:
            insults.add(word)
    return OffensiveWords(
        frozenset(insults), frozenset(whole), tuple(curses), tuple(diseases), frozenset(targets)
    )


def _singulars(word: str) -> set[str]:
    """The word and what it is the regular plural of: "-s", "-en" with a doubled consonant
    ("trutten" -> "trut"), a voiced one ("wijven" -> "wijf") or a halved vowel ("mongolen" ->
    "mongool"; so "sleten" is no plural of "slet")."""
    out = {word}
    if word.endswith("s"):
        out.add(word[:-2] if word.endswith("'s") else word[:-1])
    if word.endswith("en") and len(word) >= 5:
        stem = word[:-2]
        voiced = {"z": stem[:-1] + "s", "v": stem[:-1] + "f"}.get(stem[-1], stem)
        if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            out.add(stem[:-1])
        elif re.search(r"(?:^|[^aeiou])[aeou][^aeiouy]$", stem):
            out.add(voiced[:-1] + voiced[-2:])
        else:
            out.add(voiced)
    return out


def _verb_only(word: str) -> bool:
    """True for a form the word list knows only as a verb ("negeren", "lullen")."""
    from wb.themes.words import dictionary, is_bare_verb

    return dictionary() is not None and word in dictionary() and is_bare_verb(word)


def _insult(word: str, heads: bool = True) -> bool:
    """True for an insult as a word or plural, or (``heads``) as the end of a compound."""
    lists = offensive_words()
    forms = _singulars(word)
    if forms & (lists.insults | lists.whole):
        return True
    return heads and any(
        f[i:] in lists.insults for f in forms for i in range(MIN_MODIFIER, len(f) - 2)
    )


def is_offensive(word: str) -> bool:
    """True for a swear word, slur or insult of ``theme_offensive_words.txt`` (lowercased)."""
    word = word.lower().strip(",.;:'\"")
    lists = offensive_words()
    if word in lists.insults or word in lists.whole:
        return True
    if len(word) < 3 or not word.isalpha() or _verb_only(word):
        return False
    if _insult(word):
        return True
    for curse in lists.curses:
        if word.startswith(curse) and len(word) - len(curse) >= MIN_REST:
            return True
    for disease in lists.diseases:
        rest = word[len(disease) :]
        if not word.startswith(disease) or len(rest) < MIN_REST:
            continue
        heads = _singulars(rest) | _singulars(rest[1:])  # a linking "e" or "s" ("klerewijf")
        if heads & lists.targets or any(_insult(h, heads=False) for h in heads):
            return True
    return False


def offensive_name(name: str) -> bool:
    """True when a theme name holds an offensive word."""
    return any(is_offensive(w) for w in name.split())


__all__ = [
    "OffensiveWords",
    "is_offensive",
    "offensive_name",
    "offensive_words",
    "read_offensive_words",
]
