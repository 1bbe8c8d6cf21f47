"""Shapes after round 18 (issue 11 §1, labels20): the short form "PA" of parental alienation as
an exact (case-sensitive) variant, and acronyms in a run of capitals (a heading in capitals) that
are ordinary words. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def spans(text: str, voice_model: str | None = None) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default (or rules) finder in text."""
    return found(label_finder(voice_model), text)


def test_the_short_form_pa_is_an_exact_variant() -> None:
    text = "Hoofdstuk 4 gaat over onderzoek naar PA bij jonge kinderen."
    assert [h[:4] for h in spans(text)] == [(37, 39, "PA", "ouderverstoting")]


def test_pa_matches_only_in_capitals_as_a_whole_word() -> None:
    text = "Mijn pa kwam laat. Pa belde. Ze las PAS en PAP."
    assert [h[2] for h in spans(text)] == ["PAS"]


def test_acronyms_in_a_heading_in_capitals_are_words() -> None:
    assert spans("MIJN PA EN IK\n\nWe gingen naar zee.") == []
    assert spans("PAS OP VOOR DE HOND") == []
    text = "DE ZORG VOOR KINDEREN\n\nDe rechter noemde PAS in de zaak."
    assert [h[2] for h in spans(text)] == ["PAS"]


def voices(text: str, voice_model: str | None = None) -> list[tuple[str, str]]:
    """(span text, voice) of every hit."""
    return [(h[2], h[4]) for h in spans(text, voice_model)]


@pytest.mark.parametrize("model", [None, "rules"])
def test_term_in_a_present_relative_clause_of_an_indefinite_person(model: str | None) -> None:
    text = "Uit de cijfers blijkt dat een ouder die het contact frustreert, zelden straf krijgt."
    assert voices(text, model) == [("contact frustreert", "discussed")]


@pytest.mark.parametrize(
    "text",
    [
        "De moeder die het contact frustreert, krijgt geen straf.",
        "Moeder is een ouder die het contact frustreert.",
        "Ik ken een moeder die het contact frustreert.",
        "Een moeder die het contact frustreerde, kreeg geen straf.",
        "Vaders die het contact saboteren, krijgen geen straf.",
    ],
)
def test_relative_clause_of_a_particular_person_or_in_the_past_stays(text: str) -> None:
    assert [v for _, v in voices(text, "rules")] == ["asserted"]
