"""Local organisations found by the structure of their name (wb/dossiers/org_structure.py):
local parties, hyphened and dotted coined names, "Stichting X in Y", regional broadcasters and
regional branches. Exact spans on sentences written for these tests; no name of the real-text
check (bench/realtext/names) is used. The first case of each rule fails on the code before it;
the others are guards."""

from __future__ import annotations

from name_spans import spans


def test_local_parties_by_the_shape_of_their_name() -> None:
    text = (
        "Lokaal Assen en Dorpsbelang Zuid stemden voor, net als Assens Belang en de Ouderenpartij."
    )
    assert spans(text) == [
        (0, 12, "Lokaal Assen", "[ORGANISATIE-1]"),
        (16, 32, "Dorpsbelang Zuid", "[ORGANISATIE-2]"),
        (55, 68, "Assens Belang", "[ORGANISATIE-3]"),
        (75, 88, "Ouderenpartij", "[ORGANISATIE-4]"),
    ]


def test_a_national_party_in_full_and_ordinary_words_stay() -> None:
    text = (
        "De Volkspartij voor Vrijheid en Democratie stemde tegen. Partijbelang gaat voor. "
        "Het Algemeen Belang telt, in het Algemeen Belang van kinderen."
    )
    assert spans(text) == []


def test_a_hyphened_coined_name_where_an_organisation_stands() -> None:
    text = (
        "De sprekers van Samen-met-elkaar worden welkom geheten. Samen-met-elkaar koppelt "
        "ouderen aan jongeren.\nMotie: Behoud Samen met Elkaar"
    )
    assert spans(text) == [
        (16, 32, "Samen-met-elkaar", "[ORGANISATIE-1]"),
        (56, 72, "Samen-met-elkaar", "[ORGANISATIE-1]"),
        (117, 133, "Samen met Elkaar", "[ORGANISATIE-1]"),
    ]


def test_a_hyphened_word_without_an_organisations_slot_stays() -> None:
    text = "Een Doe-het-zelf project. Doe-het-zelf is leuk, zegt de juf. Kruidje-roer-me-niet."
    assert spans(text) == []


def test_a_coined_name_with_a_full_stop_inside() -> None:
    text = "Organisaties zoals Zo.Kom, Jeugdzorg en de GGD doen mee. Zie ook Nu.nl en Dhr.Bosman."
    assert spans(text)[0] == (19, 25, "Zo.Kom", "[ORGANISATIE-1]")
    assert "[ORGANISATIE-2]" not in [s[3] for s in spans(text)]


def test_two_sentences_glued_by_a_full_stop_are_no_name() -> None:
    text = "Hij woont in Amsterdam.Daarna ging hij weg. Ik zag Jan.Hij lachte."
    assert spans(text) == [(13, 22, "Amsterdam", "[PLAATS-1]"), (51, 54, "Jan", "[PERSOON-1]")]


def test_in_between_capitalised_words_after_a_legal_form() -> None:
    text = "De dansers van Stichting Muziek in Huis komen. Ook Stichting Kompas in Zwolle doet mee."
    assert spans(text) == [
        (15, 39, "Stichting Muziek in Huis", "[ORGANISATIE-1]"),
        (51, 67, "Stichting Kompas", "[ORGANISATIE-2]"),
        (71, 77, "Zwolle", "[PLAATS-1]"),
    ]


def test_an_acronym_before_nieuws_is_a_regional_broadcaster() -> None:
    text = "Dit meldt DT Nieuws, niet RTL Nieuws."
    assert spans(text) == [(10, 19, "DT Nieuws", "[ORGANISATIE-1]")]


def test_a_short_unknown_word_before_nieuws_and_omrop_are_broadcasters() -> None:
    text = "Dat meldden Omrop Fryslân en Dtv Nieuws. Goed Nieuws: Het Nieuws van vandaag."
    assert spans(text) == [
        (12, 25, "Omrop Fryslân", "[ORGANISATIE-1]"),
        (29, 39, "Dtv Nieuws", "[ORGANISATIE-2]"),
    ]


def test_a_broadcaster_in_a_photo_credit_stays() -> None:
    assert spans("Het dorp is klein. Foto: DT Nieuws") == []


def test_an_acronym_before_a_place_or_region_is_a_regional_branch() -> None:
    text = "Hij werkt bij KPG Aa en Hunze. De VVD Assen. Adres: Markt 1, 9401 LC Assen."
    assert spans(text) == [
        (14, 29, "KPG Aa en Hunze", "[ORGANISATIE-1]"),
        (38, 43, "Assen", "[PLAATS-1]"),
        (52, 59, "Markt 1", "[ADRES-1]"),
        (61, 68, "9401 LC", "[POSTCODE-1]"),
        (69, 74, "Assen", "[PLAATS-1]"),
    ]


def test_a_national_networks_acronym_before_a_region_of_two_words() -> None:
    text = "Ook belde GGD Linge en Merwe met de school."
    assert spans(text) == [(10, 28, "GGD Linge en Merwe", "[ORGANISATIE-1]")]


def test_regional_parties_with_seats_in_provincial_states_are_replaced() -> None:
    # policy decision of 2026-12-07: a regional party names a region and is no national party
    text = "Aanwezig: dhr. T. Zanen (PvhN) en mw. K. Bos (FNP)."
    assert spans(text) == [
        (15, 23, "T. Zanen", "[PERSOON-1]"),
        (25, 29, "PvhN", "[ORGANISATIE-1]"),
        (38, 44, "K. Bos", "[PERSOON-2]"),
        (46, 49, "FNP", "[ORGANISATIE-2]"),
    ]
    text = "Groninger Belang en de Partij voor het Noorden stemden tegen, de VVD voor."
    assert spans(text) == [
        (0, 16, "Groninger Belang", "[ORGANISATIE-1]"),
        (23, 46, "Partij voor het Noorden", "[ORGANISATIE-2]"),
    ]


def test_a_service_named_by_its_domains_is_a_municipal_organisation() -> None:
    text = (
        "Een opdrachtnemer van de Dienst Werk, Zorg en Inkomen klaagde. Ook de Dienst Sport & "
        "Jeugd. De Dienst Terugkeer en Vertrek en de Dienst Justis bleven buiten beeld."
    )
    assert spans(text) == [
        (25, 53, "Dienst Werk, Zorg en Inkomen", "[ORGANISATIE-1]"),
        (70, 90, "Dienst Sport & Jeugd", "[ORGANISATIE-2]"),
    ]


def test_a_branch_ends_where_its_region_ends() -> None:
    text = "Het bestuur van SKO Oss en Stichting Peelrand besloot."
    assert spans(text) == [
        (16, 23, "SKO Oss", "[ORGANISATIE-1]"),
        (27, 45, "Stichting Peelrand", "[ORGANISATIE-2]"),
    ]


def test_a_school_type_after_en_starts_a_second_school() -> None:
    text = "Op SBO De Brug en IKC Het Palet start de peuterspeelzaal."
    # the school type's abbreviation stays readable, like a head word (names21)
    assert spans(text) == [
        (7, 14, "De Brug", "[SCHOOL-1]"),
        (22, 31, "Het Palet", "[SCHOOL-2]"),
    ]


def test_longer_party_names_and_bodies_after_namens_de_stay() -> None:
    text = (
        "Hij was lid van de Christelijke Volkspartij en van de Ouderenpartij. Hij sprak namens "
        "de Duitstalige Gemeenschap."
    )
    assert spans(text) == [(54, 67, "Ouderenpartij", "[ORGANISATIE-1]")]


def test_a_compound_of_onderwijs_with_an_unknown_first_part_is_a_school_board() -> None:
    text = "De studiedag van Siriusonderwijs is op 3 maart; ook Zorgonderwijs en Thuisonderwijs."
    assert spans(text) == [(17, 32, "Siriusonderwijs", "[ORGANISATIE-1]")]
