"""names54: shapes from the misses of names round 39 (tune), on snippets written here."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_a_school_kind_with_a_lowercase_article_names_a_school() -> None:
    text = "De directeur van CBS de Zonnebloem zei dat het goed gaat."
    assert _found(text) == [("Zonnebloem", "SCHOOL")]
    text = "Anna Bakker (directeur PCBS de Zonnebloem): het gaat goed."
    assert _found(text) == [("Anna Bakker", "PERSOON"), ("Zonnebloem", "SCHOOL")]


def test_a_school_kind_alone_stays() -> None:
    assert _found("Op de KBS is het druk. De CBS en de OBS zijn dicht.") == []


def test_a_school_named_after_a_person_keeps_the_first_name_and_particles() -> None:
    text = "Zij zat op de Anne Kwarvikschool en daarna op de Jan van der Poelmanschool."
    assert _found(text) == [
        ("Anne Kwarvikschool", "SCHOOL"),
        ("Jan van der Poelmanschool", "SCHOOL"),
    ]


def test_a_person_of_the_school_stays_a_person() -> None:
    text = "Juf Anna van de Kwarvikschool belde. Daarna belde Jan de Poelmanschool."
    assert _found(text) == [
        ("Anna", "PERSOON"),
        ("Kwarvikschool", "SCHOOL"),
        ("Jan", "PERSOON"),
        ("Poelmanschool", "SCHOOL"),
    ]
