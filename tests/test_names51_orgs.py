"""names51: a person's organisation named as a noun and a place ("van Pleegzorg Kwarland")."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_affiliations import affiliation_orgs


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_noun_and_place_after_a_person_and_van_is_one_organisation() -> None:
    text = "Dat zegt Anna Smit van Pleegzorg Friesland."
    assert [(m.start, m.end, m.source) for m in affiliation_orgs(text)] == [(23, 42, "affiliation")]
    assert _found(text) == [("Anna Smit", "PERSOON"), ("Pleegzorg Friesland", "ORGANISATIE")]


def test_article_and_unknown_noun_and_a_first_name_no_list_knows() -> None:
    text = "Ze sprak met Ria van Wolk van de Speelotheek Zeist over geld."
    assert [(m.start, m.end) for m in affiliation_orgs(text)] == [(33, 50)]
    assert text[33:50] == "Speelotheek Zeist"
    text = "Inspreker Xandrijn Bos van Jongerenwerk Zeist pleitte ervoor."
    assert [text[m.start : m.end] for m in affiliation_orgs(text)] == ["Jongerenwerk Zeist"]


def test_triggers_of_places_and_national_names_stay() -> None:
    for text in (
        "Zij sprak met Anna Smit van de Gemeente Zeist.",
        "Anna Smit van Rechtbank Utrecht kwam ook.",
        "Dat zegt Anna Smit van Pleegzorg Nederland.",
        "Dat zegt Anna Smit van Pleegzorg Vlaanderen.",
        "Dat zegt Anna Smit van Noord Friesland.",
    ):
        assert affiliation_orgs(text) == [], text


def test_no_person_before_van_no_organisation() -> None:
    assert affiliation_orgs("Het rapport van Pleegzorg Friesland kwam laat.") == []
    assert affiliation_orgs("De kinderen van Zeist en Utrecht spelen.") == []
    assert affiliation_orgs("Zonder het woord is er niets.") == []
