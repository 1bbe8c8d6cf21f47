"""A negated finding far before the term still denies it (issue 11 §1, voice7): "geen enkele
aanwijzing gevonden voor ... X", "niet aannemelijk geworden dat ... X". Written sentences."""

from __future__ import annotations

import pytest
from label_finders import label_finder, voices


@pytest.mark.parametrize("voice_model", ["rules", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er is in het onderzoek van de Raad geen enkele aanwijzing gevonden voor het bestaan, "
            "in welke vorm of mate dan ook, van ouderverstoting bij de kinderen.",
            [("ouderverstoting", "negated")],
        ),
        (
            "In het licht daarvan acht het hof niet aannemelijk geworden dat de problemen tussen "
            "de ouders zodanig ernstig zijn dat er een risico is dat Sem klem of verloren zal "
            "raken.",
            [("klem of verloren", "negated")],
        ),
        (
            "Er is geen reden om aan te nemen dat de vader in het verleden, toen hij nog bij de "
            "kinderen woonde, manipulatief was.",
            [("manipulatief", "negated")],
        ),
        (  # coordinated complements stay denied
            "Er zijn geen aanwijzingen voor ouderverstoting en voor een loyaliteitsconflict bij "
            "de kinderen van de ouders in deze zaak.",
            [("ouderverstoting", "negated"), ("loyaliteitsconflict", "negated")],
        ),
        # a new clause after "en" or "maar" is not denied
        (
            "Er is geen sprake van een scheiding, en moeder is manipulatief.",
            [("manipulatief", "asserted")],
        ),
        (
            "Er is geen sprake van een scheiding van tafel en bed en de vader is manipulatief.",
            [("manipulatief", "asserted")],
        ),
        (
            "Het is niet gebleken dat vader de afspraken nakomt, maar moeder is manipulatief.",
            [("manipulatief", "asserted")],
        ),
    ],
)
def test_negated_far(voice_model: str | None, text: str, expected: list) -> None:
    assert voices(label_finder(voice_model), text) == expected
