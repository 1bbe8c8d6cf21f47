"""labels44 (issue 11 §1, precision that transfers): a formal diagnosis named as such
("gediagnosticeerd met ...") is out of the annotation scope (bench/realtext/labels/README.md,
from round 14 on); the same term said of a person stays a label. Written sentences, not
evaluation texts."""

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
        ("Vader is vorig jaar gediagnosticeerd met een narcistische persoonlijkheidsstoornis.", []),
        ("Zij werd als narcist gediagnosticeerd.", []),
        ("De zoon is gediagnosticeerd met ADHD en een hechtingsstoornis.", []),
        (
            "Het kind heeft een hechtingsstoornis.",
            [(19, 36, "hechtingsstoornis", "hechtingsproblematiek", "asserted")],
        ),
        ("Zij is een narcist.", [(11, 18, "narcist", "narcistisch", "asserted")]),
        (
            "Hij is gediagnosticeerd met ADHD, maar zijn moeder is een narcist.",
            [(58, 65, "narcist", "narcistisch", "asserted")],
        ),
    ],
)
def test_named_diagnosis(text: str, expected: list) -> None:
    assert spans(text) == expected
