"""Heading words repeated down a table: "Rol en aanbod X Rol en aanbod Y ...". A capitalised
dictionary word that opens the same pair of words four times or more, never after an article,
is a table's label, no name, and no organisation's name runs on into it. A surname's capitalised
particles ("Van der Plas" repeated in a list of members) and a word the dictionary knows only as
a guessed compound ("Simons": "sim" + "ons") open no label."""

from __future__ import annotations

import re
from functools import lru_cache

from wb.dossiers.entity_data import LOW, UP, hunspell, is_dutch_word, is_known_name, is_ordinary
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import low_particles
from wb.dossiers.regex_lead import lead_first

LABEL_PAIR = re.compile(lead_first(rf"(?<![\w'’.-])(?P<w>[{UP}][{LOW}]+)[ ](?P<n>[{LOW}]+)(?=[ ])"))
ARTICLE_BEFORE = re.compile(r"(?i:\b(?:de|het|een))[ ]$")


@lru_cache(maxsize=8)
def repeated_labels(text: str) -> dict[str, tuple[int, ...]]:
    """The table labels of a text: word -> the starts of its label uses."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for m in LABEL_PAIR.finditer(text):
        pairs.setdefault((m["w"], m["n"]), []).append(m.start())
    labels: dict[str, tuple[int, ...]] = {}
    for (word, _), starts in pairs.items():
        if len(starts) < 4 or not is_ordinary(word) or is_known_name(word):
            continue
        low = word.lower()
        if low in low_particles() and f"{low} {_}" in low_particles():
            continue  # "Van der Plas", "De la Cruz": a surname's particles, no label
        if not (low in hunspell().ordinary or is_dutch_word(low)):
            continue  # "Simons en": a guessed compound ("sim" + "ons"), no heading word
        if any(ARTICLE_BEFORE.search(text, max(0, s - 5), s) for s in starts):
            continue  # "de Regenboog en ...": a name used with its article
        labels[word] = labels.get(word, ()) + tuple(starts)
    return labels


def label_mentions(text: str) -> list[Mention]:
    """The label uses of a text's repeated heading words, as mentions that stay."""
    return [
        Mention(s, s + len(word), "KEEP", word, 1, "repeated-label")
        for word, starts in repeated_labels(text).items()
        for s in starts
    ]


def label_cut(name: str, text: str) -> int | None:
    """Where a name runs on into a repeated table label ("GGD Rol"): the label's offset in
    the name (0: the name is the label), or None."""
    labels = repeated_labels(text)
    for w in re.finditer(r"\S+", name) if labels else ():
        if w[0] in labels:
            return w.start()
    return None
