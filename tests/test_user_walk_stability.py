"""A theme's stability sentence never says 'meestal terug' next to 'instabiel' (user-walk)."""

from __future__ import annotations

import pytest

from wb.exports.theme_summary import theme_stability_sentence


@pytest.mark.parametrize(
    ("stability", "word", "expected"),
    [
        (0.56, "instabiel", "Bij drie herhaalde runs kwam dit thema maar deels terug (instabiel)."),
        (0.63, "stabiel", "Bij drie herhaalde runs kwam dit thema meestal terug (stabiel)."),
        (0.4, "instabiel", "Bij drie herhaalde runs kwam dit thema maar soms terug (instabiel)."),
        (0.85, "stabiel", "Bij drie herhaalde runs kwam dit thema steeds terug (stabiel)."),
    ],
)
def test_stability_sentence_agrees_with_its_word(stability, word, expected) -> None:
    assert theme_stability_sentence(stability, word, 3) == expected
