"""names53: shapes from the leaks of names round 38 (tune), on snippets written here."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_a_street_without_a_number_in_a_list_is_an_address() -> None:
    text = "Er komen lokalen bij, zoals Kwarviklaan (groep 3) en Poelmansweg (groep 5)."
    assert _found(text) == [("Kwarviklaan", "ADRES"), ("Poelmansweg", "ADRES")]


def test_a_title_or_initials_before_a_street_belong_to_its_name() -> None:
    text = "Het gebouw aan de dr. Kwarvikkade en het plein bij Architect Poelmanlaan gaan open."
    assert _found(text) == [("dr. Kwarvikkade", "ADRES"), ("Architect Poelmanlaan", "ADRES")]
    text = "De nieuwe school komt op J.P. Kwarvikstraat, vlak bij de sporthal."
    assert _found(text) == [("J.P. Kwarvikstraat", "ADRES")]


def test_dictionary_words_with_a_street_ending_stay() -> None:
    text = "Gaandeweg werd het rustiger. De Snelweg en de Omweg staan in de titel."
    assert _found(text) == []


def test_a_longer_name_around_a_bare_street_is_kept_whole() -> None:
    text = "De school ligt op de hoek van de Anna van Kwarvikstraat en de Dorpsstraat."
    assert _found(text) == [("Anna van Kwarvikstraat", "PERSOON")]


def test_a_school_named_after_a_titled_person_keeps_title_initials_and_particles() -> None:
    text = "De kinderen van de Dr. A.B. van der Kwarvikschool en de Ds. de Poelmanschool spelen."
    assert _found(text) == [
        ("Dr. A.B. van der Kwarvikschool", "SCHOOL"),
        ("Ds. de Poelmanschool", "SCHOOL"),
    ]


def test_a_school_compound_in_brackets_is_a_school() -> None:
    text = "Er komen lokalen bij de gebouwen aan de rand van het dorp (Kwarvikschool) en elders."
    assert _found(text) == [("Kwarvikschool", "SCHOOL")]


def test_a_title_without_a_compound_after_it_changes_nothing() -> None:
    text = "Volgens dr. A.B. van der Kwarvik is de school te klein."
    assert _found(text) == [("A.B. van der Kwarvik", "PERSOON")]


def test_a_square_compound_without_a_number_stays_a_word() -> None:
    text = "Op het Zorgplein en het Talentenplein staan nieuwe websites voor ouders."
    assert _found(text) == []
