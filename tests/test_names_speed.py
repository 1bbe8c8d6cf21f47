"""text_matches: a pattern's matches in a text, scanned once per text inside a text_memo block."""

import re

from wb.dossiers.word_index import text_matches, text_memo

AGE = re.compile(r"\b([A-Z][a-z]+) \((\d{1,2})\)")
TEXT = "Sanne (12) en Bram (9) wonen bij Oma (70)."


def test_same_matches_as_finditer() -> None:
    spans = [m.span() for m in text_matches(AGE, TEXT)]
    assert spans == [(0, 10), (14, 22), (33, 41)]
    assert [m[1] for m in text_matches(AGE, TEXT)] == ["Sanne", "Bram", "Oma"]


def test_scanned_once_inside_a_memo_block() -> None:
    with text_memo():
        first = text_matches(AGE, TEXT)
        assert text_matches(AGE, TEXT) is first
        assert text_matches(re.compile(r"\d+"), TEXT) is not first  # another pattern
        assert [m[0] for m in text_matches(re.compile(r"\d+"), TEXT)] == ["12", "9", "70"]
        assert text_matches(AGE, "Jet (4)")[0].span() == (0, 7)  # another text


def test_no_memo_outside_a_block() -> None:
    assert text_matches(AGE, TEXT) is not text_matches(AGE, TEXT)
    assert text_matches(AGE, "geen namen") == ()
