"""labels53: a negator after a care verb with another verb between denies that verb ("Goed
opvoeden is niet voor alle ouders vanzelfsprekend": the care verb is the subject of "is").
Written sentences, not evaluation texts; exact spans, labels and voices through LabelFinder."""

from __future__ import annotations

import pytest

from wb.dossiers.description_care import find_care_denied
from wb.dossiers.labels import LabelFinder

TYPING = "negatieve typering"


def care(finder: LabelFinder, text: str) -> list[str]:
    """The spans of care or duty denied in `text`."""
    doc = finder.nlp(text)
    return [text[a:b] for a, b in find_care_denied(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goed opvoeden is niet voor alle ouders vanzelfsprekend.", []),
        ("Kinderen opvoeden is niet altijd makkelijk voor ouders.", []),
        ("De vader voedt de kinderen niet op.", ["voedt de kinderen niet op"]),
        ("Moeder zorgt niet goed voor de kinderen.", ["zorgt niet"]),
        ("Hij heeft zijn zoon nooit opgevoed.", ["nooit opgevoed"]),
    ],
)
def test_care_negator_after_another_verb(finder: LabelFinder, text: str, expected: list[str]):
    assert care(finder, text) == expected


def test_labels_of_care_sentences(finder: LabelFinder):
    hits = finder.find("t", "Goed opvoeden is niet voor alle ouders vanzelfsprekend.")
    assert [(h.text, h.label, h.voice) for h in hits] == []
    hits = finder.find("t", "De vader voedt de kinderen niet op.")
    assert [(h.text, h.label, h.voice) for h in hits] == [
        ("voedt de kinderen niet op", TYPING, "asserted")
    ]
