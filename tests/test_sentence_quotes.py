"""Tests of the sentence splitter: an opening quotation mark stays with the sentence it opens."""

from __future__ import annotations

import pytest

from wb.coding.passages import is_quoted
from wb.coding.sentence_kinds import is_heading
from wb.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def spans(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(s.start_char, s.end_char, s.text) for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hij zei: „Ik kom niet.” „Dat is jammer”, zei ze.",
            [(0, 23, "Hij zei: „Ik kom niet.”"), (24, 48, "„Dat is jammer”, zei ze.")],
        ),
        (
            "Ik zat op school. “Ik wil naar huis.” Daarna ging ik.",
            [
                (0, 17, "Ik zat op school."),
                (18, 37, "“Ik wil naar huis.”"),
                (38, 53, "Daarna ging ik."),
            ],
        ),
        (
            'Ik zat op school. "Ik wil naar huis," zei ik. Daarna ging ik.',
            [
                (0, 17, "Ik zat op school."),
                (18, 45, '"Ik wil naar huis," zei ik.'),
                (46, 61, "Daarna ging ik."),
            ],
        ),
        (
            "Ik ging weg. 'Nee,' zei ze. Klaar.",
            [(0, 12, "Ik ging weg."), (13, 27, "'Nee,' zei ze."), (28, 34, "Klaar.")],
        ),
        (
            "Hij was stil. «Kom maar», zei ze.",
            [(0, 13, "Hij was stil."), (14, 33, "«Kom maar», zei ze.")],
        ),
        (
            "Hij was stil. ‘Kom maar’, zei ze.",
            [(0, 13, "Hij was stil."), (14, 33, "‘Kom maar’, zei ze.")],
        ),
        # a quote at a line start opens the line's sentence
        (
            "Ik ging weg.\n„Nee”, zei ze.",
            [(0, 13, "Ik ging weg.\n"), (13, 27, "„Nee”, zei ze.")],
        ),
        (
            'Ik ging weg.\n"Nee", zei ze.',
            [(0, 13, "Ik ging weg.\n"), (13, 27, '"Nee", zei ze.')],
        ),
        # a closing quote glued to the sentence end stays there, a second one opens the next
        (
            'Ik zat op school." "Ik wil weg."',
            [(0, 18, 'Ik zat op school."'), (19, 32, '"Ik wil weg."')],
        ),
        # German style: “ closes when it is glued to the word before
        (
            "„Ja.“ Dan kwam hij.",
            [(0, 5, "„Ja.“"), (6, 19, "Dan kwam hij.")],
        ),
        # an elided year goes with its sentence too
        (
            "Dat was in 1990. '90 was een goed jaar.",
            [(0, 16, "Dat was in 1990."), (17, 39, "'90 was een goed jaar.")],
        ),
        # an apostrophe word is no quote
        (
            "Ik ging weg. 's Avonds kwam hij.",
            [(0, 12, "Ik ging weg."), (13, 32, "'s Avonds kwam hij.")],
        ),
    ],
)
def test_opening_quote_starts_the_next_sentence(nlp, text, expected) -> None:
    assert spans(nlp, text) == expected


def test_quote_not_before_a_sentence_start_is_left_alone(nlp) -> None:
    text = "Ze zei: 'kom maar.' Daarna ging ze."
    assert spans(nlp, text) == [(0, 19, "Ze zei: 'kom maar.'"), (20, 35, "Daarna ging ze.")]


def test_sentence_before_quoted_speech_is_no_heading(nlp) -> None:
    text = "Ik zat op school. “Ik wil naar huis,” zei ik.\nHij zei: „Ik kom.” „Nee.”"
    sents = [s.text for s in nlp(text).sents]
    assert sents == [
        "Ik zat op school.",
        "“Ik wil naar huis,” zei ik.\n",
        "Hij zei: „Ik kom.”",
        "„Nee.”",
    ]
    assert [is_heading(s) for s in sents] == [False, False, False, False]
    assert [is_quoted(s) for s in sents] == [False, True, True, True]
    # what the splitter left before: the heading check fired on a typographic opening quote
    assert is_heading("Ik zat op school. “")
    assert is_heading("Hij zei: „Ik kom.” „")
