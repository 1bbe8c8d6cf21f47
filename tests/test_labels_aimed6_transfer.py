"""labels-aimed6 (2026-12-07, second helper of that name): the shapes the brief named for
aimed descriptions are found by the existing rules (a lexicon term or a description rule) on
written sentences, and the look-alikes of the probes that were rejected (bench/README.md,
"labels-aimed6: aimed and other judging that transfer") stay unfound. Written sentences only
(no phrase of a real text); exact spans, labels and voices."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

LABEL = "negatieve typering"

FOUND = [
    # judging verbs with a parent as subject
    ("De vader traineert de procedure.", "traineert de procedure", "traineert"),
    (
        "Moeder frustreert het contact tussen vader en de kinderen.",
        "frustreert het contact",
        "belemmert het contact",
    ),
    ("De vader saboteert de omgang.", "saboteert", "saboteert"),
    # predicative judgement with "overkomen" and a reflexive frame
    ("Vader komt erg star over.", "star", "rigide"),
    ("De moeder stelt zich rigide op.", "rigide", "rigide"),
    # deficit frames
    (
        "De vader heeft geen oog voor de behoeften van het kind.",
        "geen oog voor de behoeften",
        LABEL,
    ),
    (
        "De vader heeft weinig inzicht in zijn eigen aandeel.",
        "weinig inzicht in zijn eigen aandeel",
        "gebrek aan probleembesef",
    ),
    (
        "Moeder is niet in staat om de kinderen rust te bieden.",
        "niet in staat om de kinderen rust te bieden",
        LABEL,
    ),
    # evaluative adjective + person noun
    ("Hij is een egoïstische vader.", "egoïstische vader", LABEL),
]


@pytest.mark.parametrize(("text", "span", "label"), FOUND)
def test_named_shapes_found(text: str, span: str, label: str) -> None:
    start = text.index(span)
    assert hits(label_finder(), text) == [(start, start + len(span), span, label, "asserted")]


# Look-alikes of the rejected probes: a skill, a language, a school mark, a belief of the
# speaker's children, a feeling on a plane.
NOT_FOUND = [
    "Hij kan niet goed zijn emoties uiten.",
    "Zij zijn de Nederlandse taal onvoldoende machtig.",
    "Zijn zoon kreeg een onvoldoende voor wiskunde.",
    "Mijn kinderen zijn ook niet perfect.",
    "Zij was erg klein toen haar vader vertrok.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_rejected_look_alikes_not_found(text: str) -> None:
    assert hits(label_finder(), text) == []
