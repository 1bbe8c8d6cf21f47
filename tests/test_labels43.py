"""labels43 (issue 11 §1, what transfers): "buitengesloten" of a child or other person as an act
(not of a parent, the lexicon term's case, nor a feeling: "zich buitengesloten voelen") and a
denial over a phrase of manner or degree ("niet op een schandelijke manier verwaarloosd").
Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het kind wordt niet op een schandelijke manier verwaarloosd door de moeder.",
            [(47, 59, "verwaarloosd", "verwaarlozing", "negated")],
        ),
        (
            "Vader heeft de kinderen niet op grove wijze verwaarloosd.",
            [(44, 56, "verwaarloosd", "verwaarlozing", "negated")],
        ),
        (
            "Moeder is op een schandelijke manier manipulatief.",
            [(37, 49, "manipulatief", "manipulatief", "asserted")],
        ),
        (
            "Daarom word je buitengesloten, gekleineerd of gepest.",
            [
                (15, 29, "buitengesloten", "negatieve typering", "asserted"),
                (31, 42, "gekleineerd", "negatieve typering", "asserted"),
                (46, 52, "gepest", "negatieve typering", "asserted"),
            ],
        ),
        (
            "Mijn zoon werd buitengesloten.",
            [(15, 29, "buitengesloten", "negatieve typering", "asserted")],
        ),
        (
            "Ik voelde me door haar gekleineerd.",
            [(23, 34, "gekleineerd", "negatieve typering", "asserted")],
        ),
    ],
)
def test_hits(text: str, expected: list[tuple]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrijf werd buitengesloten van de aanbesteding.",
        "Oma zegt dat ze zich buitengesloten voelt op verjaardagen.",
        "Daarna wordt de andere ouder buitengesloten, zegt de raad.",
        "Het huis dat verwaarloosd werd, stortte in.",
    ],
)
def test_no_hit(text: str) -> None:
    assert spans(text) == []
