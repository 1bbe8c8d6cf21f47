"""labels61: lexicon forms and voice cues after round 47 (batch 51, tune).

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* "niet openstaan voor hulp(verlening)/advies", also with the subject after the verb;
* the graded "moeite (om) afspraken na te komen / mee te werken";
* the verb forms of "geestelijke/emotionele mishandeling";
* a context word in the sentence before, when "de" points back to it ("de verwaarlozing");
* in someone else's summary of a ruling, the court's finding goes on in the next sentence;
* "klachten over X die ...": the complaints say it, not the author.
"""

from __future__ import annotations

import pytest
from label_finders import hits

SUMMARY = {"genre": "samenvatting uitspraak"}
NEWS = {"genre": "nieuws"}

FOUND = [
    (
        "De moeder staat niet open voor hulpverlening van het wijkteam.",
        None,
        [("staat niet open voor hulpverlening", "zorgmijdend", "asserted")],
    ),
    (
        "Volgens de school stond de vader niet open voor het advies van de mentor.",
        None,
        [("stond de vader niet open voor het advies", "niet-meewerkend", "attributed")],
    ),
    (
        "De vader heeft moeite om de afspraken na te komen.",
        None,
        [("moeite om de afspraken na te komen", "houdt zich niet aan afspraken", "asserted")],
    ),
    (
        "De moeder heeft moeite om mee te werken met de voogd.",
        None,
        [("moeite om mee te werken", "niet-meewerkend", "asserted")],
    ),
    (
        "Zij zegt dat haar ex haar emotioneel mishandelt.",
        None,
        [("emotioneel mishandelt", "geestelijke kindermishandeling", "attributed")],
    ),
    (
        "De buren zagen dat het kind vaak alleen thuis was. De politie onderzoekt de "
        "verwaarlozing.",
        None,
        [("verwaarlozing", "verwaarlozing", "discussed")],
    ),
    (
        "Het hof stelt vast dat de kinderen bij de grootouders wonen. De vader heeft "
        "onvoldoende probleeminzicht.",
        SUMMARY,
        [("onvoldoende probleeminzicht", "gebrek aan probleembesef", "attributed")],
    ),
    (
        "Er kwamen klachten over een vader die zijn kinderen verwaarloost.",
        NEWS,
        [("verwaarloost", "verwaarlozing", "attributed")],
    ),
]

# look-alikes that stay as they were
KEPT = [
    # no child, parent or family word in this sentence or the one "de" points back to
    ("Het oude huis staat al jaren leeg. De verwaarlozing is goed te zien.", None, []),
    # a blank line between: the sentence before is another paragraph
    ("Het kind was vaak alleen thuis.\n\nDe verwaarlozing van het pand is groot.", None, []),
    # the same two sentences in a news text: no summary of a ruling, the author's own words
    (
        "Het hof stelt vast dat de kinderen bij de grootouders wonen. De vader heeft "
        "onvoldoende probleeminzicht.",
        NEWS,
        [("onvoldoende probleeminzicht", "gebrek aan probleembesef", "asserted")],
    ),
    # no claim noun: a condition about any father
    (
        "Een vader die zijn kinderen verwaarloost, krijgt hulp.",
        NEWS,
        [("verwaarloost", "verwaarlozing", "discussed")],
    ),
]


@pytest.mark.parametrize(("text", "meta", "expected"), FOUND + KEPT)
def test_spans_labels_and_voices(finder, text: str, meta: dict | None, expected: list) -> None:
    assert [(t, label, voice) for _, _, t, label, voice in hits(finder, text, meta)] == expected


def test_summary_kind() -> None:
    from wb.dossiers.voice_document import document_kind

    assert document_kind(SUMMARY, "Het hof stelt vast dat ...").summary
    assert not document_kind({"genre": "uitspraak"}, "Het hof stelt vast dat ...").summary
    assert not document_kind(NEWS, "Het hof stelt vast dat ...").summary
