"""Names glued to other words in a file name ("verslagSanne", "SanneDeVries", "devries_2024"):
the whole-word pass of :func:`wb.dossiers.pseudonymise.pseudonymise_file_name` misses them, so
the copy's name would still show a name the text's pseudonymisation replaced."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\[[A-Z]+-\d+\]")
MIN_ANYWHERE = 4  # a person's name of 4+ letters is masked wherever it is; shorter ones at edges


def glued_names(stem: str, mapping: dict[str, str]) -> str:
    """`stem` with the dossier's mentions (original -> placeholder) masked where they are
    written without spaces or glued to another word, compared in lowercase over letters and
    digits only. A person's name of four or more letters is masked wherever it occurs (a false
    hit costs a readable word, a miss leaks a name); shorter names and other kinds (places,
    organisations) only where the match starts and ends at a word edge: a separator, a digit,
    a change to a capital ("verslagOosterveld"), or the name's ends."""
    keys = sorted(((_squash(k), p) for k, p in mapping.items()), key=lambda kp: -len(kp[0]))
    for key, placeholder in keys:
        anywhere = placeholder.startswith("[PERSOON-") and len(key) >= MIN_ANYWHERE
        while len(key) >= 3:
            span = _find(stem, key, anywhere)
            if span is None:
                break
            stem = stem[: span[0]] + placeholder + stem[span[1] :]
    return stem


def _squash(text: str) -> str:
    return "".join(c.lower()[:1] for c in text if c.isalnum())


def _find(stem: str, key: str, anywhere: bool) -> tuple[int, int] | None:
    """The first span of `stem` whose letters and digits are `key` (outside placeholders)."""
    inside = {i for m in PLACEHOLDER.finditer(stem) for i in range(m.start(), m.end())}
    where = [i for i, c in enumerate(stem) if c.isalnum() and i not in inside]
    letters = "".join(stem[i].lower()[:1] for i in where)
    at = letters.find(key)
    while at >= 0:
        start, end = where[at], where[at + len(key) - 1] + 1
        if anywhere or (_edge(stem, start) and _edge(stem, end)):
            return start, end
        at = letters.find(key, at + 1)
    return None


def _edge(stem: str, i: int) -> bool:
    """True where a word can start or end: the ends, a non-letter, letter/digit or lower/upper."""
    if i in (0, len(stem)):
        return True
    a, b = stem[i - 1], stem[i]
    if not (a.isalnum() and b.isalnum()) or a.isdigit() != b.isdigit():
        return True
    return a.islower() and b.isupper()
