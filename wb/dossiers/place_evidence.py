"""Places by the text's own evidence: its other uses of a word, and the list a word stands in.

A known place that is also a word, at a sentence start: the text's own use elsewhere decides.
"Assen scoort hoog": "assen" is a dictionary word, so a sentence start alone says nothing. When
the same text writes the word with its capital in mid-sentence, right after a lowercase word
and not before another capital ("we zijn met Assen in gesprek"), and never in lowercase, the
text uses it as the place, at its sentence starts too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wb.dossiers.entity_data import (
    LOW,
    UP,
    hunspell,
    is_dutch_word,
    is_known_name,
    is_stop_word,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first

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
        low = word.lower()  # (a word not in the text at all needs no pattern)
        if low in text and re.search(lead_first(rf"(?<![\w-]){re.escape(low)}(?![\w-])"), text):
            continue  # the text writes it as a word too
        placed.add(word)
    return placed


PLACE_LIST = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<a>[{UP}][\w'’-]+),[ ](?P<b>[{UP}][\w'’-]+)[ ](?:en|of)[ ]"
        rf"(?P<c>[{UP}][{LOW}]{{3,}})(?![\w'’-])"
    )
)


def place_list_tails(text: str) -> list[Mention]:
    """ "Kennemerland, Amstelland en Meerlanden": the last item of a list of three whose first
    two are known places is a place too when the dictionary does not know it as written (a
    guessed compound, "meer" + "landen"), no known name and no stop word."""
    found = []
    for m in PLACE_LIST.finditer(text):
        if m["a"] not in places() or m["b"] not in places():
            continue
        last = m["c"]
        low = last.lower()
        if last in places() or low in hunspell().ordinary or is_dutch_word(low):
            continue  # a known place is found anyway; a dictionary word stays
        if is_known_name(last) or is_stop_word(last):
            continue
        found.append(Mention(m.start("c"), m.end("c"), "PLAATS", last, 4, "place-list"))
        found[-1].key = norm_name(last)
    return found
