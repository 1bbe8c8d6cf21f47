"""Names found by their context (wb/dossiers/name_context.py and the lists it extends): exact
spans on sentences written for these tests in the way news, stories and rulings name persons
and places. No name, place or organisation of the real-text check (bench/realtext/names) is
used here; every case was checked to fail before these rules."""

from __future__ import annotations

from name_spans import spans


def test_byline_with_an_ordinary_surname_is_one_person() -> None:
    text = "Door Jorinde Kwast\n\nHet gezin wacht al een jaar op hulp."
    assert spans(text) == [(5, 18, "Jorinde Kwast", "[PERSOON-1]")]


def test_author_line_with_particles_and_a_date() -> None:
    text = "Wendeline van der Stoep 12-03-23, 09:15\n\nDe rechter besliste anders."
    assert spans(text) == [(0, 23, "Wendeline van der Stoep", "[PERSOON-1]")]


def test_name_particles_surname_in_mid_sentence_is_a_person() -> None:
    text = "Het verslag van Gerlinde van der Stoep kwam te laat."
    assert spans(text) == [(16, 38, "Gerlinde van der Stoep", "[PERSOON-1]")]


def test_dictionary_word_after_a_role_word_is_a_person_in_the_whole_text() -> None:
    text = "Onze leerling Storm kwam te laat. Storm lachte erom. Ik lette op Storm."
    assert spans(text) == [
        (14, 19, "Storm", "[PERSOON-1]"),
        (34, 39, "Storm", "[PERSOON-1]"),
        (65, 70, "Storm", "[PERSOON-1]"),
    ]


def test_dictionary_word_after_a_verb_of_saying_is_a_person() -> None:
    text = "'Dat klopt niet', zegt Storm. Storm gaat naar huis."
    assert spans(text) == [(23, 28, "Storm", "[PERSOON-1]"), (30, 35, "Storm", "[PERSOON-1]")]


def test_place_after_born_at_even_when_the_dictionary_knows_it() -> None:
    text = "Het kind, geboren te Heikant op 3 mei 2012, woont bij moeder."
    assert spans(text) == [(21, 28, "Heikant", "[PLAATS-1]")]


def test_capitalised_dictionary_word_after_in_mid_sentence_is_a_place() -> None:
    text = "De zorgboerderij in Zandberg kreeg een waarschuwing."
    assert spans(text) == [(20, 28, "Zandberg", "[PLAATS-1]")]


def test_place_by_its_shape() -> None:
    text = "Het kind is geboren in 's-Heerenhoek en woont nu elders."
    assert spans(text) == [(23, 36, "'s-Heerenhoek", "[PLAATS-1]")]


def test_place_that_is_a_word_in_a_bracketed_list_of_places() -> None:
    text = "De gemeenten in de regio (Dieren, Zutphen en Brummen) werken samen."
    assert [s[2] for s in spans(text)] == ["Dieren", "Zutphen", "Brummen"]
    assert spans(text)[0] == (26, 32, "Dieren", "[PLAATS-1]")


def test_adjectives_of_a_place_are_that_place() -> None:
    text = "Een Tilburgse vader en een Groninger moeder gingen naar de rechter."
    assert spans(text) == [(4, 13, "Tilburgse", "[PLAATS-1]"), (27, 36, "Groninger", "[PLAATS-2]")]
    both = "Een Tilburgse vader woont in Tilburg."
    assert {s[3] for s in spans(both)} == {"[PLAATS-1]"}


def test_legal_form_name_compass_word_and_region_are_one_organisation() -> None:
    text = "Stichting Jeugdhulp noord Twente diende het verzoek in."
    assert spans(text) == [(0, 32, "Stichting Jeugdhulp noord Twente", "[ORGANISATIE-1]")]


def test_lowercase_heads_sbo_and_cooperatie() -> None:
    text = "Zij zat op de sbo Zonnebloem. De coöperatie Zorg- en Welzijnsteams nam het over."
    assert spans(text) == [
        (18, 28, "Zonnebloem", "[SCHOOL-1]"),
        (33, 66, "coöperatie Zorg- en Welzijnsteams", "[ORGANISATIE-1]"),
    ]


def test_english_title_ministry_news_agency_and_law_abbreviation_stay() -> None:
    assert spans("Uit onderzoek van Catch the Rainbow bleek dat meer kinderen wachten.") == []
    text = "Toen de minister van Justitie het hoorde, meldde het ANP dat art. 8:88 Awb gold."
    assert spans(text) == []


def test_name_before_a_long_lowercase_head_at_a_line_start() -> None:
    text = "Inspectierapport\n\nZon gastouderbureau (GOB) is bezocht."
    assert spans(text)[0][:3] == (18, 37, "Zon gastouderbureau")
    assert spans("Goede school gezocht in de buurt.") == []
    assert spans("Inspectierapport\n\nVeiligheid gastouderbureau.\n") == []


def test_initials_before_a_place_name_make_a_person() -> None:
    text = "advocaat: mr. K. Wassenaar, gevestigd te Breda."
    assert spans(text) == [(14, 26, "K. Wassenaar", "[PERSOON-1]"), (41, 46, "Breda", "[PLAATS-1]")]


def test_particle_after_a_full_name_is_no_part_of_it() -> None:
    text = "Volgens wethouder Lieke Bruinsma van Wonen duurt het te lang."
    assert spans(text) == [(18, 32, "Lieke Bruinsma", "[PERSOON-1]")]
