"""General name rules written after reading real-text rounds 13-14 (names17): a surname that
is a compound naming a person after a role word ("Wethouder Kuipman"), an abstract noun after a
capitalised role word in a Title Case heading, a municipality's short number (14 + area code)
and a label before a colon cut off a name. Exact spans on sentences written for these tests; no
name of the real-text check (bench/realtext/names) is used. The first case of each rule fails on
the code before it; the others are guards."""

from __future__ import annotations

from name_spans import spans


def test_a_surname_compound_of_a_person_word_after_a_role_is_a_name() -> None:
    text = "Het voorstel ging terug. Wethouder Kuipman mag volgende maand terugkomen."
    assert spans(text) == [(35, 42, "Kuipman", "[PERSOON-1]")]


def test_a_portfolio_after_a_role_stays() -> None:
    text = "Wethouder Armoedebeleid en wethouder Zorgbeleid waren er niet."
    assert spans(text) == []


def test_an_abstract_noun_after_a_capitalised_role_word_is_no_name() -> None:
    text = "Nota voor de raad\n\nHet Kind Centraal Samenvatting van de nota\n\nMoeder Brink belde."
    assert spans(text) == [(70, 75, "Brink", "[PERSOON-1]")]


def test_a_municipal_short_number_with_a_call_word_is_a_phone_number() -> None:
    text = "Neem contact op met de griffie via 140321 of bel 14 0591. Kosten: 14 050 euro."
    assert spans(text) == [
        (35, 41, "140321", "[TELEFOON-1]"),
        (49, 56, "14 0591", "[TELEFOON-2]"),
    ]


def test_fourteen_and_a_number_without_a_call_word_stays() -> None:
    assert spans("Er kwamen 14 0591 reacties binnen.") == []


def test_an_ordinary_word_before_a_colon_is_a_label_not_part_of_a_place() -> None:
    text = "Uitgeverij Pluim\nKerkstraat 4\n8601 AB Sneek Telefoon: 0515 - 12 34 56"
    assert spans(text) == [
        (17, 29, "Kerkstraat 4", "[ADRES-1]"),
        (30, 37, "8601 AB", "[POSTCODE-1]"),
        (38, 43, "Sneek", "[PLAATS-1]"),
        (54, 69, "0515 - 12 34 56", "[TELEFOON-1]"),
    ]


def test_a_place_of_two_words_before_a_colon_stays_whole() -> None:
    text = "Den Haag: de Kamer vergadert."
    assert spans(text) == [(0, 8, "Den Haag", "[PLAATS-1]")]


def test_a_streek_whose_first_part_is_no_word_is_a_region() -> None:
    text = "Zij wonen in de Giessenstreek en werken aan de kuststreek. De Kuststreek is mooi."
    assert spans(text) == [(16, 29, "Giessenstreek", "[PLAATS-1]")]


def test_a_word_and_en_before_a_known_region_is_one_name() -> None:
    text = "Het overleg van scholen in Molen- en Zaanstreek begint."
    assert spans(text) == [(27, 47, "Molen- en Zaanstreek", "[PLAATS-1]")]


def test_a_word_after_de_with_places_in_brackets_is_their_region() -> None:
    text = "In de Westkop (Harlingen, Meppel en Enkhuizen) is er een aanbieder."
    assert spans(text) == [
        (6, 13, "Westkop", "[PLAATS-1]"),
        (15, 24, "Harlingen", "[PLAATS-2]"),
        (26, 32, "Meppel", "[PLAATS-3]"),
        (36, 45, "Enkhuizen", "[PLAATS-4]"),
    ]


def test_an_ordinary_word_before_places_in_brackets_stays() -> None:
    text = "Zo werken de gemeenten (Harlingen en Meppel) samen."
    assert [s[2] for s in spans(text)] == ["Harlingen", "Meppel"]


def test_a_region_s_municipalities_as_one_compound_and_the_region_after_de() -> None:
    text = "De wethouders van de drie Lingegemeenten werken samen in het CJG de Linge."
    assert spans(text) == [
        (26, 40, "Lingegemeenten", "[PLAATS-1]"),
        (68, 73, "Linge", "[PLAATS-1]"),
    ]


def test_ordinary_compounds_with_gemeenten_stay() -> None:
    assert spans("Ook de Randgemeenten en de G4-gemeenten doen mee.") == []


def test_a_region_code_before_gemeenten_is_a_place_everywhere_in_the_text() -> None:
    text = "De K12-samenwerking liep stroef. De kosten in de K12-gemeenten stegen."
    assert spans(text) == [
        (3, 6, "K12", "[PLAATS-1]"),
        (49, 52, "K12", "[PLAATS-1]"),
    ]


def test_an_acronym_after_gemeenteraad_is_a_place_a_party_stays() -> None:
    text = "Binnen de gemeenteraad NWV is er steun, ook in de gemeenteraad CDA-fractie."
    assert spans(text) == [(23, 26, "NWV", "[PLAATS-1]")]


def test_an_adjective_of_a_place_goes_with_the_longer_name_in_the_text() -> None:
    text = "Klachten over Egmond aan Zee kwamen ook van Egmondse ouders."
    assert spans(text) == [
        (14, 28, "Egmond aan Zee", "[PLAATS-1]"),
        (44, 52, "Egmondse", "[PLAATS-1]"),
    ]


def test_a_word_in_capitals_after_a_first_name_in_capitals_is_the_surname() -> None:
    text = "NOTITIE DOOR ANOUK SNOEK EN LOTTE DEKEN, TEAM MEPPEL"
    assert spans(text) == [
        (13, 24, "ANOUK SNOEK", "[PERSOON-1]"),
        (28, 39, "LOTTE DEKEN", "[PERSOON-2]"),
        (46, 52, "MEPPEL", "[PLAATS-1]"),
    ]


def test_an_initial_without_a_full_stop_in_an_attendance_list() -> None:
    text = "Aanwezig namens Naam\nGroenLinks I Kleinhout\nSP M.J. ten Berge\nVVD J Kam\n\nVerslag"
    assert spans(text) == [
        (32, 43, "I Kleinhout", "[PERSOON-1]"),
        (47, 61, "M.J. ten Berge", "[PERSOON-2]"),
        (66, 71, "J Kam", "[PERSOON-3]"),
    ]


def test_a_closing_signature_whose_first_name_is_a_dictionary_word() -> None:
    text = "De raad stemde in met een avond over dit thema.\n\nAalt Smeenk\n"
    assert spans(text) == [(49, 60, "Aalt Smeenk", "[PERSOON-1]")]


def test_a_closing_institution_or_heading_stays() -> None:
    assert spans("Lees meer over het project.\n\nVeilig Thuis\n") == []
    assert spans("Lees meer.\n\nHartelijke Groet\n") == []


def test_a_village_in_capitals_that_is_a_mistyped_word_in_a_heading_stays() -> None:
    assert spans("DOE MEE OF DRUNEN?\n\nDe avond begint om acht uur.") == []


def test_the_same_village_after_a_place_trigger_is_a_place() -> None:
    text = "NIEUWS UIT DRUNEN\n\nDe school in Drunen sluit."
    assert spans(text) == [
        (11, 17, "DRUNEN", "[PLAATS-1]"),
        (32, 38, "Drunen", "[PLAATS-1]"),
    ]


def test_a_participle_with_its_e_opening_a_numbered_heading_is_no_name() -> None:
    text = "2.2.3 Gedeelde visie en doelen ... 10\n2.2.4 Geerte Kuijpers ... 11"
    assert spans(text) == [(44, 59, "Geerte Kuijpers", "[PERSOON-1]")]


def test_a_name_in_the_dictionary_whose_stem_is_a_verb_is_a_name() -> None:
    text = "De pleegvader, Bauke Smeenk, vertelt over zijn werk."
    assert spans(text) == [(15, 27, "Bauke Smeenk", "[PERSOON-1]")]


def test_an_adjective_with_its_e_opening_a_sentence_stays() -> None:
    assert spans("Kleine kinderen en Korte lijnen. Grote zorgen.") == []


def test_an_unknown_compound_in_an_enumeration_of_surnames_is_a_person() -> None:
    text = "Afwezig zijn de leden: Mol, Hazelhoff, Rijpstra, Broekwier en Zwanenburg."
    assert [(s[2], s[3][:9]) for s in spans(text)] == [
        ("Mol", "[PERSOON-"),
        ("Hazelhoff", "[PERSOON-"),
        ("Rijpstra", "[PERSOON-"),
        ("Broekwier", "[PERSOON-"),
        ("Zwanenburg", "[PLAATS-1"),
    ]


def test_an_unknown_compound_in_a_list_of_services_stays_an_organisation() -> None:
    text = "Ook de GGD, Opvoedhuis, coaches en de school."
    assert spans(text) == [(12, 22, "Opvoedhuis", "[ORGANISATIE-1]")]


def test_a_po_box_is_no_street_address() -> None:
    text = "Stichting Zonnewijzer\nKerklaan 2, Emmen Postbus 1234, 7800 AB Emmen"
    assert spans(text) == [
        (0, 21, "Stichting Zonnewijzer", "[ORGANISATIE-1]"),
        (22, 32, "Kerklaan 2", "[ADRES-1]"),
        (34, 39, "Emmen", "[PLAATS-1]"),
        (54, 61, "7800 AB", "[POSTCODE-1]"),
        (62, 67, "Emmen", "[PLAATS-1]"),
    ]


def test_an_ordinary_word_after_particles_before_a_capital_is_no_surname() -> None:
    text = "De eerste spreker is de heer Brouwers van de Fractie Brouwers. Ook Mila van der Gaag."
    assert spans(text) == [
        (29, 37, "Brouwers", "[PERSOON-1]"),
        (53, 61, "Brouwers", "[PERSOON-1]"),
        (67, 84, "Mila van der Gaag", "[PERSOON-2]"),
    ]


def test_a_word_of_english_spelling_after_a_known_place_is_kept() -> None:
    from wb.dossiers.name_shapes import english_after_place

    text = "Deze scriptie schreef ik aan Deventer University en bij Anna Kingsley."
    assert [(m.start, m.end, m.text, m.type) for m in english_after_place(text)] == [
        (38, 48, "University", "KEEP")
    ]


def test_an_acronym_s_agent_noun_is_no_name() -> None:
    assert spans("Het team bespreekt het. Rt-er is coach van de leerkracht.") == []
    assert spans("Volgens de CDA'er en de Ggz-er gaat het goed.") == []


def test_a_diminutive_after_een_is_a_thing() -> None:
    from wb.dossiers.entities import _fallback_mentions

    text = "Ik stapte op een Knexblokje en Pieterje Zwart lachte."
    assert {(m.start, m.end, m.text) for m in _fallback_mentions(text)} == {
        (31, 45, "Pieterje Zwart"),
        (31, 39, "Pieterje"),
        (40, 45, "Zwart"),
    }
    assert spans(text) == [(31, 45, "Pieterje Zwart", "[PERSOON-1]")]


def test_a_pair_of_a_kept_word_and_a_province_stays_two() -> None:
    text = "Het Rijk en Friesland overleggen. Ook de Noordgemeenten doen mee."
    assert spans(text) == [(12, 21, "Friesland", "[PLAATS-1]")]
