"""A description match that yields to the code its neighbours carry (issue 11 §2, codes24).

A sentence that takes code X from the sentence before or after it (``(naastliggende zin)``,
:mod:`wb.coding.neighbours`) sits in a stretch about X. When the same sentence also has an
unrelated code Y only by a few words of Y's description ("past bij de beschrijving: man,
vrouw"), those words are most often the field's common words, not Y's topic: over the develop
sets codes2-codes19 (codebook alone) such a description was right 5 times and wrong 23. Y then
yields. A code's own name word, a pattern hit, an example, a parent or child of X, and X itself
stay.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from wb.coding.suggestion import BEYOND_RULES, Suggestion

#: The start of the reason of a description match (not a name word: "staat in de naam ...").
DESCRIPTION_REASON = "past bij de beschrijving"


def related(a: str, b: str) -> bool:
    """True when one code is the other, or an ancestor or descendant of it."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def stray_descriptions(found: list[Suggestion], starts: list[int]) -> list[Suggestion]:
    """`found` without the description matches of a sentence that a neighbour gives an
    unrelated code (`starts`: the sentences' start offsets, in order)."""

    def sentence(s: Suggestion) -> int:
        return max(0, bisect_right(starts, s.match_start) - 1)

    carried: dict[int, set[str]] = defaultdict(set)
    for s in found:
        if s.rule == BEYOND_RULES["neighbour"]:
            carried[sentence(s)].add(s.code)
    if not carried:
        return found
    count = Counter((sentence(s), s.code) for s in found)

    def stray(s: Suggestion) -> bool:
        if s.rule != BEYOND_RULES["description"] or not s.reason.startswith(DESCRIPTION_REASON):
            return False
        i = sentence(s)
        others = carried.get(i, set())
        if any(related(s.code, c) for c in others):
            return False
        return bool(others) and count[i, s.code] == 1  # the code has nothing else there

    return [s for s in found if not stray(s)]
