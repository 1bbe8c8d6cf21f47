"""labels45 (issue 11 §1, after round 34): meddling that goes too far ("bemoeit zich overal
mee", "zich te pas en te onpas bemoeien") and not listening ("luistert nergens naar", "luistert
voor geen meter") as descriptions aimed at a person; plain reports, denials, a named hearer and
a capability stay out. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

TYPING = "negatieve typering"


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the voice rules read the present "overal" as generic (discussed): not this branch's
            "Mijn schoonvader bemoeit zich overal mee.",
            [(17, 36, "bemoeit zich overal", TYPING, "discussed")],
        ),
        (
            "Ouders die zich te pas en te onpas bemoeien, helpen hun kind niet.",
            [(11, 43, "zich te pas en te onpas bemoeien", TYPING, "asserted")],
        ),
        (
            "Opa heeft zich altijd met de opvoeding bemoeid.",
            [(10, 46, "zich altijd met de opvoeding bemoeid", TYPING, "asserted")],
        ),
        (
            "Onze zoon luistert nergens naar.",
            [(10, 26, "luistert nergens", TYPING, "asserted")],
        ),
        (
            "Mijn dochter is brutaal, gooit met deuren en luistert nooit.",
            [
                (16, 23, "brutaal", TYPING, "asserted"),
                (45, 59, "luistert nooit", TYPING, "asserted"),
            ],
        ),
        (
            "De jongen luistert voor geen meter.",
            [(10, 28, "luistert voor geen", TYPING, "asserted")],
        ),
    ],
)
def test_found(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De rechter bemoeit zich met de omgangsregeling.",  # a plain report, no measure
        "Oma bemoeit zich nergens mee.",  # denied
        "Zijn zus bemoeit zich niet overal mee.",  # denied
        "Vader luisterde niet naar de radio.",  # a thing not heard
        "Ze luistert niet naar me en loopt weg.",  # a named hearer: one exchange
        "Luister niet naar hem.",  # an imperative, no subject
        "Wij kunnen niet luisteren, zeggen de kinderen.",  # a capability
        "Hij luistert niet alleen naar zijn moeder.",  # "niet alleen"
    ],
)
def test_not_found(text: str) -> None:
    assert spans(text) == []
