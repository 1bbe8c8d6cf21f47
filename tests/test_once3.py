"""One helper for list entries as a longest-first regex alternation (once3)."""

from __future__ import annotations

import re

from wb.dossiers.word_index import longest_first


def test_longest_first_orders_escapes_and_keeps_ties_in_order() -> None:
    assert longest_first(["zorg", "St.", "jeugdzorg", "a+b"]) == r"jeugdzorg|zorg|St\.|a\+b"


def test_longest_first_writes_a_space_as_asked() -> None:
    entries = ["druk", "ontwerp en druk", "de heer"]
    assert longest_first(entries) == r"ontwerp\ en\ druk|de\ heer|druk"
    assert longest_first(entries, space="[ ]") == "ontwerp[ ]en[ ]druk|de[ ]heer|druk"
    assert longest_first(entries, space=r"\s+") == r"ontwerp\s+en\s+druk|de\s+heer|druk"


def test_longest_first_matches_the_longest_entry() -> None:
    rx = re.compile(rf"(?<![\w-])(?:{longest_first(['druk', 'drukwerk'], space='[ ]')})")
    assert [m.span() for m in rx.finditer("drukwerk: Kwarvik, druk")] == [(0, 8), (19, 23)]


def test_longest_first_of_nothing_is_empty() -> None:
    assert longest_first([]) == ""
    assert longest_first(iter(())) == ""
