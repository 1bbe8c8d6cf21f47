"""labels55: lexicon forms after round 42 (batch 46): "hier/daar" as the pronominal adverb of
"zich er niet aan houden" and the strong past of its main-clause order, "emotionele/psychische
mishandeling", the spelled-out "licht verstandelijke beperking" and worries about the emotional
availability. Made-up sentences, exact spans and labels (voices are labels-voice's)."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omdat de vader zich hier niet aan hield, is het bezoek gestopt.",
            [("zich hier niet aan hield", "houdt zich niet aan afspraken")],
        ),
        (
            "Er kwam een nieuwe regeling. De moeder hield zich daar niet aan.",
            [("hield zich daar niet aan", "houdt zich niet aan afspraken")],
        ),
        (
            "Er werd een belregeling gemaakt. De vader hield zich er niet aan.",
            [("hield zich er niet aan", "houdt zich niet aan afspraken")],
        ),
        (
            "De rechtbank noemt het gedrag van de vader emotionele mishandeling.",
            [("emotionele mishandeling", "geestelijke kindermishandeling")],
        ),
        (
            "Volgens de school is er sprake van psychische mishandeling door de stiefvader.",
            [("psychische mishandeling", "geestelijke kindermishandeling")],
        ),
        (
            "De vader heeft volgens het rapport een licht verstandelijke beperking.",
            [("licht verstandelijke beperking", "verstandelijk beperkt")],
        ),
        (
            "Er zijn zorgen over de emotionele beschikbaarheid van vader.",
            [("zorgen over de emotionele beschikbaarheid", "emotioneel onbeschikbaar")],
        ),
    ],
)
def test_new_forms(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_labels(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # bare "verstandelijke beperking" names a condition (the term's comment)
        "De moeder heeft een verstandelijke beperking en krijgt begeleiding thuis.",
        # the emotional availability named without a worry or a lack
        "De emotionele beschikbaarheid van de vader is goed.",
        # "hier" without "zich ... niet aan houden"
        "De vader houdt hier van wandelen en zwemmen.",
    ],
)
def test_not_forms(finder: LabelFinder, text: str) -> None:
    assert found_labels(finder, text) == []
