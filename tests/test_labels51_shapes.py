"""labels51: a feeling adjective in a photo caption is a state; a person who does not take
responsibility. Written sentences, exact spans and voices."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.dossiers.labels import LabelFinder

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(LEXICON).fit()


def found(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.voice) for h in finder.find("t", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare singular person noun on a line of its own: a caption, a state
        ("Een artikel over opvoeden.\n\nBoos kind\n\nDe psycholoog schrijft erover.", []),
        ("Kwaad kind\n\nDe moeder vertelt over haar week.", []),
        # a plural heading can name a type; a sentence keeps the type reading
        ("Boze ouders\n\nDe psycholoog schrijft erover.", [("Boze ouders", "discussed")]),
        (
            "Het was een boos kind dat niet luisterde.",
            [("boos kind", "asserted"), ("niet luisterde", "asserted")],
        ),
    ],
)
def test_caption_state(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uit onderzoek blijkt dat ouders hun verantwoordelijkheid vaak niet nemen.",
            [("hun verantwoordelijkheid vaak niet nemen", "asserted")],
        ),
        (
            "De vaders nemen hun verantwoordelijkheden niet.",
            [("nemen hun verantwoordelijkheden niet", "asserted")],
        ),
        (
            "Er zijn moeders die weigeren enige verantwoordelijkheid te nemen.",
            [("weigeren enige verantwoordelijkheid te nemen", "asserted")],
        ),
        (
            "Wij vinden dat de ouders hun verantwoordelijkheden voor de opvoeding onvoldoende"
            " nemen.",
            [("hun verantwoordelijkheden voor de opvoeding onvoldoende nemen", "asserted")],
        ),
        (
            "Hij heeft de verantwoordelijkheid niet genomen, zegt de rechter.",
            [("de verantwoordelijkheid niet genomen", "attributed")],
        ),
        (
            "overwegende dat ouders/verzorgers hun verantwoordelijkheden niet nemen;",
            [("hun verantwoordelijkheden niet nemen", "discussed")],
        ),
        # a norm, a denial of something else, an institution: no label
        ("Ouders moeten hun verantwoordelijkheid nemen.", []),
        ("Zo leren kinderen niet zelf hun verantwoordelijkheid op te nemen.", []),
        ("De gemeente neemt haar verantwoordelijkheid niet.", []),
        ("overwegende dat gemeenten/provincies hun verantwoordelijkheden niet nemen;", []),
    ],
)
def test_responsibility_denied(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected
