"""A known place that is also a word, at a sentence start: the text's own use elsewhere decides.

"Assen scoort hoog": "assen" is a dictionary word, so a sentence start alone says nothing. When
the same text writes the word with its capital in mid-sentence, right after a lowercase word
and not before another capital ("we zijn met Assen in gesprek"), and never in lowercase, the
text uses it as the place, at its sentence starts too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wb.dossiers.entity_data import LOW, UP, sentence_initial

LOWER_BEFORE = re.compile(rf"(?<![\w-])[{LOW}]+[ ]$")
CAPITAL_AFTER = re.compile(rf"[ ]+[{UP}]")


def placed_mid_sentence(text: str, matches: Iterable[re.Match]) -> set[str]:
    """The place names among `matches` that the text writes capitalised in mid-sentence, after
    a lowercase word and before no capital, and never in lowercase."""
    placed = set()
    for m in matches:
        word = m[0]
        if word in placed or sentence_initial(text, m.start()):
            continue
        if not LOWER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if CAPITAL_AFTER.match(text, m.end()):
            continue  # "Best Practice": a title's word, no place
        if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            continue  # the text writes it as a word too
        placed.add(word)
    return placed
