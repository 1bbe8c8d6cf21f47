"""General name rules written after reading `wb pseudonymise` on the project's seed files
(names12): a surname opened by an adjective ("Klein", "Groot") is one name with the first name
before it; "van" before a possessive name is the preposition; title words, a team named for its
domain, typed spellings and a region written with a hyphen. Exact spans on sentences written
for these tests; no name of the seed files or of the real-text check is used. The first cases
of each rule fail on the code before it; the others are the guards."""

from __future__ import annotations

from wb.dossiers.entity_data import is_ordinary
from wb.dossiers.pseudonymise import Pseudonymiser

PLAIN = Pseudonymiser()


def spans(*texts: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, placeholder) of every replacement in one dossier, in order."""
    found = []
    for text, pseudo in zip(texts, PLAIN.dossier(list(texts)), strict=True):
        found += [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in pseudo.replacements]
    return found


def test_an_unknown_first_name_and_a_surname_opened_by_an_adjective_are_one_name() -> None:
    text = "Tekst: Loreta Klein Haverkamp.\n\nLoreta Klein Haverkamp geeft de volgende tips."
    assert spans(text) == [
        (7, 29, "Loreta Klein Haverkamp", "[PERSOON-1]"),
        (32, 54, "Loreta Klein Haverkamp", "[PERSOON-1]"),
    ]


def test_the_double_surname_alone_is_the_same_person() -> None:
    text = "Wat vindt Loreta Klein Haverkamp?\n\nKlein Haverkamp: 'Dat het beter kan.'"
    assert spans(text) == [
        (10, 32, "Loreta Klein Haverkamp", "[PERSOON-1]"),
        (35, 50, "Klein Haverkamp", "[PERSOON-1]"),
    ]


def test_a_known_first_name_with_a_double_surname_and_the_surname_alone() -> None:
    text = "Jan Groot Wassink komt. Groot Wassink: 'Ja.' Later zei Groot Wassink nee."
    assert [s[2:] for s in spans(text)] == [
        ("Jan Groot Wassink", "[PERSOON-1]"),
        ("Groot Wassink", "[PERSOON-1]"),
        ("Groot Wassink", "[PERSOON-1]"),
    ]


def test_an_adjective_before_an_ordinary_word_stays() -> None:
    assert spans("Het kleine kind. Klein Nederland is mooi. De Oude Kerk staat er.") == []


def test_van_before_a_possessive_name_is_the_preposition() -> None:
    text = "De moeder van de kleine Deniz is boos. De advocaat van Deniz’s vader belt."
    assert spans(text) == [
        (24, 29, "Deniz", "[PERSOON-1]"),
        (55, 60, "Deniz", "[PERSOON-1]"),
    ]


def test_van_before_a_surname_after_a_role_stays_a_particle() -> None:
    text = "De advocaat van Bosman belt. Jan van Bosman zegt het."
    assert [s[2:] for s in spans(text)] == [
        ("van Bosman", "[PERSOON-1]"),
        ("Jan van Bosman", "[PERSOON-1]"),
    ]


def test_a_title_van_x_naar_y_is_no_surname() -> None:
    text = "Het rapport Samen Werken Van Afstand naar Nabijheid is klaar."
    assert spans(text) == []


def test_a_capitalised_van_before_a_name_stays_a_surname() -> None:
    assert spans("Toen sprak Van Vroonhoven de zaal toe.") == [
        (11, 25, "Van Vroonhoven", "[PERSOON-1]")
    ]


def test_a_team_named_for_its_domain_is_no_organisation() -> None:
    assert spans("Dat zei een consulent (team Zorg) gisteren.") == []


def test_a_team_with_a_name_after_its_domain_is_one() -> None:
    assert spans("Zij werkt bij team Jeugd Oost in Ede.") == [
        (14, 29, "team Jeugd Oost", "[ORGANISATIE-1]"),
        (33, 36, "Ede", "[PLAATS-1]"),
    ]


def test_a_region_written_with_a_hyphen_is_the_same_place() -> None:
    text = "Zij werkt in Holland Rijnland. Samen met Holland-Rijnland (o.a. Gouda) doen we dat."
    assert spans(text) == [
        (13, 29, "Holland Rijnland", "[PLAATS-1]"),
        (41, 57, "Holland-Rijnland", "[PLAATS-1]"),
        (64, 69, "Gouda", "[PLAATS-2]"),
    ]


def test_typed_spellings_of_dictionary_words_are_ordinary_words() -> None:
    assert is_ordinary("Casuistieklijn")  # casuïstiek without its diaeresis
    assert is_ordinary("BIJEEENKOMSTEN")  # a letter tripled
    assert is_ordinary("Anmelden")  # aanmelden with one vowel short
    assert not is_ordinary("Wolterink") and not is_ordinary("Kooistra")  # names stay names


def test_typed_spellings_stay_and_names_do_not() -> None:
    text = (
        "KOMENDE BIJEEENKOMSTEN:\n\n10 oktober.\n\nAnmelden voor deze groep kan hier. "
        "Marit Wolterink (Casuistieklijn Oost) schreef het."
    )
    assert [s[2:] for s in spans(text)] == [("Marit Wolterink", "[PERSOON-1]")]


def test_places_given_as_examples_after_a_region_are_places_also_when_words() -> None:
    text = "Wij werken in Midden-Holland (o.a. Leiden, Gouda). De Kring (o.a. Leiden) helpt."
    assert spans(text) == [
        (14, 28, "Midden-Holland", "[PLAATS-1]"),
        (35, 41, "Leiden", "[PLAATS-2]"),
        (43, 48, "Gouda", "[PLAATS-3]"),
    ]


def test_a_known_place_glued_to_a_word_is_that_place() -> None:
    text = "Zie de presentatie JeugdhulpTwente en de app WhatsApp van RegioLab."
    # the whole glued token is the mention (policy of 2026-12-05, names33; "Twente" before);
    # "van RegioLab": a camel-case word after "van" is an organisation (names-orgs4)
    assert spans(text) == [
        (19, 34, "JeugdhulpTwente", "[PLAATS-1]"),
        (58, 66, "RegioLab", "[ORGANISATIE-1]"),
    ]


def test_van_der_before_an_organisation_in_a_run_is_part_of_its_name() -> None:
    text = "Locatie: Van der Kooij Zalen Barneveld\n- Congres over scheiding"
    assert spans(text) == [(9, 38, "Van der Kooij Zalen Barneveld", "[ORGANISATIE-1]")]
