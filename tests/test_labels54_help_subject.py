"""labels54: a lexicon form of refusing help whose help noun is itself the subject of its clause
("De hulpverlening weigerde de aanvraag") is no label (wb.dossiers.label_help_subject); the same
words with a parent as subject, in a relative clause or in a passive stay. Written sentences,
exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.label_help_subject import HELP_NOUNS
from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    "text",
    [
        "De hulpverlening weigerde de aanvraag van moeder.",
        "Omdat de hulpverlening weigerde een gezinshuis te zoeken, bleef het kind thuis.",
    ],
)
def test_help_as_subject_is_no_label(finder: LabelFinder, text: str) -> None:
    assert found_labels(finder, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het gaat om ouders die hulpverlening blijven weigeren.",
            [("hulpverlening blijven weigeren", "zorgmijdend")],
        ),
        ("Moeder, die alle hulp weigert, zegt niets.", [("hulp weigert", "zorgmijdend")]),
        (
            "Bij aanvang werd de noodzakelijke zorg door de ouders onvoldoende geaccepteerd.",
            [("zorg door de ouders onvoldoende geaccepteerd", "zorgmijdend")],
        ),
        (
            "De raad zegt dat vader de zorg niet accepteert.",
            [("zorg niet accepteert", "zorgmijdend")],
        ),
    ],
)
def test_parent_refusing_help_stays(finder: LabelFinder, text: str, expected: list) -> None:
    assert found_labels(finder, text) == expected


def test_help_nouns_are_singular_words_as_written() -> None:
    assert HELP_NOUNS == {"hulp", "hulpverlening", "jeugdhulp", "zorg"}
