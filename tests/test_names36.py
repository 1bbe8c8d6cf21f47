"""A regional Bureau Jeugdzorg is one organisation (policy of 2026-12-05, names36): the plural
trigger "Bureaus Jeugdzorg <place>" as well as the singular; bare "Bureau Jeugdzorg" is kept.
Sentences made up for these tests."""

from __future__ import annotations

from name_spans import spans


def test_plural_regional_bureau_before_a_place_is_one_organisation() -> None:
    # the shape of a tune text (round 10, t150): a list of regional bureaus after "onder meer om de"
    text = (
        "Het gaat, volgens de inspectie, onder meer om de Bureaus Jeugdzorg Zutphen, Tiel-Noord,"
        " Epe en Ede."
    )
    found = spans(text)
    assert found[0] == (49, 74, "Bureaus Jeugdzorg Zutphen", "[ORGANISATIE-1]")
    assert [s[2] for s in found[1:]] == ["Tiel-Noord", "Epe", "Ede"]


def test_singular_regional_bureau_is_one_organisation() -> None:
    text = "Zij liep stage bij Bureau Jeugdzorg Zutphen en schreef daarover."
    assert spans(text) == [(19, 43, "Bureau Jeugdzorg Zutphen", "[ORGANISATIE-1]")]


def test_bare_bureau_jeugdzorg_is_kept() -> None:
    text = "De moeder ging in 2004 naar het Bureau Jeugdzorg voor hulp."
    assert spans(text) == []
