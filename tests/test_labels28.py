"""Shapes after round 22 (issue 11 §1, labels28): the linking "s" left out at an "-ings" seam,
the person noun and adjective of lexicon terms, "verstoorde hechting", and a term applied to a
person in a passive clause of calling or accusing. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text."""
    return found(label_finder(None), text)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "De jongen heeft een hechtingstoornis volgens de school.",
            (20, 36, "hechtingstoornis", "hechtingsproblematiek"),
        ),
        (
            "Over hechtingstoornissen is veel geschreven.",
            (5, 24, "hechtingstoornissen", "hechtingsproblematiek"),
        ),
        (
            "Het rapport gaat over verstoorde hechting bij jonge kinderen.",
            (22, 41, "verstoorde hechting", "hechtingsproblematiek"),
        ),
        (
            "De buurman zegt dat zij een borderliner is.",
            (28, 39, "borderliner", "borderline-trekken"),
        ),
        (
            "Het ouderverstotende gedrag van vader duurt voort.",
            (4, 20, "ouderverstotende", "ouderverstoting"),
        ),
    ],
)
def test_forms_of_lexicon_terms(text: str, hit: tuple[int, int, str, str]) -> None:
    assert [h[:4] for h in spans(text)] == [hit]


def test_linking_s_only_at_an_ings_seam() -> None:
    from wb.dossiers.lexicon import variant_regex, variant_units

    regex = variant_regex(variant_units("hechtingsstoornis"))
    assert regex.search("hechtingstoornis") and regex.search("hechtingsstoornis")
    assert not regex.search("hechtingtoornis")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Vaders wordt vaak narcisme verweten in zulke zaken.", "attributed"),
        ("Als moeder loopt u de kans een borderliner genoemd te worden.", "attributed"),
        ("Zij werd door de school als manipulatief weggezet.", "attributed"),
        ("Dit gedrag wordt ook wel ouderverstoting genoemd.", "discussed"),
    ],
)
def test_passive_calling_or_accusing(text: str, voice: str) -> None:
    assert [h[4] for h in spans(text)] == [voice]


def test_passive_naming_after_wat_is_a_phenomenon() -> None:
    text = "Het is wat bij moeders vaak oudervervreemding wordt genoemd."
    assert [h[4] for h in spans(text)] == ["discussed"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "De psychiater omschrijft het ouderverstotingssyndroom als volgt: een kind wijst af.",
            "discussed",
        ),
        ("Men definieert parentificatie als een omkering van rollen.", "discussed"),
        ("Vader beschrijft moeder als manipulatief.", "attributed"),
    ],
)
def test_term_defined_by_a_verb_of_defining(text: str, voice: str) -> None:
    assert [h[4] for h in spans(text)] == [voice]
