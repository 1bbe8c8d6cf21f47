"""General name rules written after reading the leaks of real-text round 3 (names4): curly
apostrophes before 't, "!" inside an organisation's name, a surname after ages, countries and
national organisations that stay, a family name only on its own line. Exact spans on sentences
written for these tests; no name of the real-text check (bench/realtext/names) is used. Each
case fails on the code before these rules, except the guards ('t as a pronoun, a weekday after
an age, a region before "Nederland") that keep the new rules from reaching too far."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser

PLAIN = Pseudonymiser()


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, placeholder) of every replacement, in order."""
    pseudo = PLAIN.dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def test_curly_apostrophe_before_t_names_a_place_of_care_even_after_a_colon() -> None:
    text = "Het gezinshuis heet ‘t Kraaiennest. Daarna woonde Sem er ook: ‘t Kraaiennest was fijn."
    assert spans(text) == [
        (20, 34, "‘t Kraaiennest", "[ORGANISATIE-1]"),
        (50, 53, "Sem", "[PERSOON-1]"),
        (62, 76, "‘t Kraaiennest", "[ORGANISATIE-1]"),
    ]


def test_t_as_a_pronoun_before_a_verb_stays() -> None:
    assert spans("‘t Ging goed met haar. ’t Is al laat. 't Regent.") == []


def test_exclamation_mark_inside_an_organisation_name() -> None:
    text = "Ze werken met zorgaanbieder Durf! voor Kinderen. Bij Durf! voor Kinderen is plek."
    assert spans(text) == [
        (28, 47, "Durf! voor Kinderen", "[ORGANISATIE-1]"),
        (53, 72, "Durf! voor Kinderen", "[ORGANISATIE-1]"),
    ]


def test_surname_after_two_first_names_with_ages() -> None:
    text = "Op de foto staan Ruud (52) en Ilse (49) Dijkgraaf met hun pleegzoon. Dijkgraaf lacht."
    assert spans(text) == [
        (17, 21, "Ruud", "[PERSOON-1]"),
        (30, 34, "Ilse", "[PERSOON-2]"),
        (40, 49, "Dijkgraaf", "[PERSOON-3]"),
        (69, 78, "Dijkgraaf", "[PERSOON-3]"),
    ]


def test_a_weekday_after_an_age_is_no_surname() -> None:
    assert spans("Het ging om Wim (7) Maandag kwam hij terug.") == [(12, 15, "Wim", "[PERSOON-1]")]


def test_countries_and_god_stay() -> None:
    text = "Het gezin vluchtte uit Syrië naar Nederland en woonde in Eritrea en Oekraïne. Gods wil."
    assert spans(text) == []


def test_family_word_at_a_line_end_takes_no_name_from_the_next_line() -> None:
    assert spans("Sector Familie\n\nBeslissingen van de rechter volgen.") == []


def test_national_organisations_stay_and_a_local_one_is_replaced() -> None:
    text = (
        "Volgens de landelijke vereniging Pleeghuis Samen gaat het goed. Stichting Kinderstem "
        "Nederland is het eens met stichting Kinderstem Oost in Elst."
    )
    assert spans(text) == [
        (111, 136, "stichting Kinderstem Oost", "[ORGANISATIE-1]"),
        (140, 144, "Elst", "[PLAATS-1]"),
    ]


def test_midden_nederland_is_a_region_not_a_national_name() -> None:
    text = "Hij werkt bij Stichting Kinderstem Midden-Nederland."
    assert spans(text) == [(14, 51, "Stichting Kinderstem Midden-Nederland", "[ORGANISATIE-1]")]


def test_role_word_at_a_line_start_stays_outside_the_name() -> None:
    assert spans("Moeder Joyce Bakker (38) vertelt.") == [(7, 19, "Joyce Bakker", "[PERSOON-1]")]


def test_turkish_polish_and_czech_letters_are_name_letters() -> None:
    text = "Zeynep Yıldız en Łukasz Wójcik wonen hier. Yıldız lacht."
    assert spans(text) == [
        (0, 13, "Zeynep Yıldız", "[PERSOON-1]"),
        (17, 30, "Łukasz Wójcik", "[PERSOON-2]"),
        (43, 49, "Yıldız", "[PERSOON-1]"),
    ]


def test_double_surname_with_a_particle_is_one_name() -> None:
    text = "Marloes Kuiper-van Dijk sprak met ons. Kuiper-van Dijk vond het goed."
    assert spans(text) == [
        (0, 23, "Marloes Kuiper-van Dijk", "[PERSOON-1]"),
        (39, 54, "Kuiper-van Dijk", "[PERSOON-1]"),
    ]
