"""General name rules written after reading real-text round 16 (names20): member lists of a
committee (particles before a surname, a vacant seat, "Plv.", a short party name), a portfolio
after "wethouder", a surname after "gedeputeerde", a sentence that starts with "Van" and a
surname, an author line without punctuation, "Het Bureau" after a lost full stop, a national
party of several words, a local party in a vote's list, a nominalised plural at a sentence
start, "onderdeel van de X" and a compound ending in "poli". Exact spans on sentences written
for these tests; no name of the real-text check (bench/realtext/names) is used. The first case
of each rule fails on the code before it; the others are guards."""

from __future__ import annotations

from name_spans import spans


def test_a_committee_member_list_keeps_vacancies_plv_and_party_short_forms() -> None:
    text = (
        "Samenstelling: Leden: Van der Molen (SGP), Kaptein (PvdA), Hoekzema (SP). "
        "Plv. leden: Vacature (CDA), Stoel (PvdA), Brandt (GL)."
    )
    assert spans(text) == [
        (22, 35, "Van der Molen", "[PERSOON-1]"),
        (43, 50, "Kaptein", "[PERSOON-2]"),
        (59, 67, "Hoekzema", "[PERSOON-3]"),
        (102, 107, "Stoel", "[PERSOON-4]"),
        (116, 122, "Brandt", "[PERSOON-5]"),
    ]


def test_a_plain_word_after_wethouder_before_a_lowercase_word_is_a_portfolio() -> None:
    text = (
        "Verzoekt de wethouder Jeugd om: een plan te maken. Ook wethouder Knecht van Arnhem was er."
    )
    assert spans(text) == [(65, 71, "Knecht", "[PERSOON-1]"), (76, 82, "Arnhem", "[PLAATS-1]")]


def test_a_surname_with_a_particle_after_gedeputeerde_is_a_person() -> None:
    text = (
        "Daarna heeft gedeputeerde van Wezeldijk - met Jeugd in zijn portefeuille - gebeld. "
        "Gedeputeerde Staten besluiten."
    )
    assert spans(text) == [(26, 39, "van Wezeldijk", "[PERSOON-1]")]


def test_a_sentence_that_starts_with_van_and_a_surname_names_a_person() -> None:
    text = "Van Harsveld deed dit namens de VNG. Van Utrecht tot Zwolle is het ver."
    assert spans(text) == [
        (0, 12, "Van Harsveld", "[PERSOON-1]"),
        (41, 48, "Utrecht", "[PLAATS-1]"),
        (53, 59, "Zwolle", "[PLAATS-2]"),
    ]


def test_an_author_line_without_punctuation_is_read_as_one_person_after_another() -> None:
    text = (
        "Verdeelmodel 2007 Peter Bakels Anna Wissink Marloes van Dijkhuizen Elke Tjoelker "
        "Sanne Holtrop Sociaal en Cultureel Planbureau Den Haag, mei 2009"
    )
    assert spans(text) == [
        (18, 30, "Peter Bakels", "[PERSOON-1]"),
        (31, 43, "Anna Wissink", "[PERSOON-2]"),
        (44, 66, "Marloes van Dijkhuizen", "[PERSOON-3]"),
        (67, 80, "Elke Tjoelker", "[PERSOON-4]"),
        (81, 94, "Sanne Holtrop", "[PERSOON-5]"),
        (127, 135, "Den Haag", "[PLAATS-1]"),
    ]


def test_het_bureau_after_a_lost_full_stop_is_no_person() -> None:
    text = (
        "Het Sociaal en Cultureel Planbureau is ingesteld bij besluit van 30 maart Het Bureau "
        "heeft tot taak: onderzoek. Het Bureau verricht zijn taak."
    )
    assert spans(text) == []


def test_a_national_party_and_a_local_party_in_a_vote_list() -> None:
    text = (
        "Jan Hoeksma diende namens de fracties van Trots, Samen Verder, CDA en Partij voor de "
        "Dieren een motie in. Karin Wolters (Trots) stemde voor."
    )
    assert spans(text) == [
        (0, 11, "Jan Hoeksma", "[PERSOON-1]"),
        (42, 47, "Trots", "[ORGANISATIE-1]"),
        (49, 61, "Samen Verder", "[ORGANISATIE-2]"),
        (106, 119, "Karin Wolters", "[PERSOON-2]"),
        (121, 126, "Trots", "[ORGANISATIE-1]"),
    ]


def test_a_nominalised_plural_at_a_sentence_start_stays() -> None:
    text = "Er kwam niets. Gedupeerden, organisaties en experts luiden de noodklok."
    assert spans(text) == []


def test_the_organisation_a_home_is_part_of_is_replaced() -> None:
    text = "Gezinshuis Lindehof\nonderdeel van de Bloeiveld\n\nWij wonen er graag."
    assert spans(text) == [
        (11, 19, "Lindehof", "[ORGANISATIE-1]"),
        (37, 46, "Bloeiveld", "[ORGANISATIE-2]"),
    ]


def test_a_compound_ending_in_poli_is_an_organisation() -> None:
    text = "Ook in 2012 is de Gezinspoli sterk gegroeid. Ouders van de Gezinspoli waren tevreden."
    assert spans(text) == [
        (18, 28, "Gezinspoli", "[ORGANISATIE-1]"),
        (59, 69, "Gezinspoli", "[ORGANISATIE-1]"),
    ]


def test_a_region_code_glued_to_a_body_or_after_a_care_domain_is_one_place() -> None:
    text = (
        "De Rekenkamer heeft met de andere K12-rekenkamer(commissie)s onderzoek gedaan. Bij de "
        "Regionale Jeugdzorg K-12 en het Inkoopbureau K-12 is veel veranderd. Haal een B1-niveau."
    )
    assert spans(text) == [
        (34, 37, "K12", "[PLAATS-1]"),
        (106, 110, "K-12", "[PLAATS-1]"),
        (131, 135, "K-12", "[PLAATS-1]"),
    ]


def test_a_region_code_after_a_lowercase_care_domain_is_the_place_alone() -> None:
    text = "Besluit over jeugdhulp K12\n\nDe gemeenteraad wil meer grip."
    assert spans(text) == [(23, 26, "K12", "[PLAATS-1]")]


def test_known_places_in_a_bullet_list_of_places_are_places() -> None:
    text = (
        "Betreft:\n  • Wassenaar\n  • Voorschoten\n  • Oegstgeest\n\n"
        "Punten:\n- Wassenaar\n- Kosten\n- Planning"
    )
    assert spans(text) == [
        (13, 22, "Wassenaar", "[PLAATS-1]"),
        (27, 38, "Voorschoten", "[PLAATS-2]"),
        (43, 53, "Oegstgeest", "[PLAATS-3]"),
    ]


def test_a_region_glued_to_gemeenten_at_a_sentence_start_is_the_place() -> None:
    text = "Het is goed. De Haaglanden-gemeenten werken samen. De Groot-samenwerking niet."
    assert spans(text) == [(16, 26, "Haaglanden", "[PLAATS-1]")]


def test_an_acronym_with_an_ampersand_after_a_joint_regulation_is_an_organisation() -> None:
    text = "3. De GR DG&J te informeren over deze motie. De DG&J reageert. Het college van B&W."
    assert spans(text) == [
        (9, 13, "DG&J", "[ORGANISATIE-1]"),
        (48, 52, "DG&J", "[ORGANISATIE-1]"),
    ]


def test_a_local_party_after_tegen_stemden_is_replaced() -> None:
    text = (
        "Stemming: de motie is verworpen\n\nTegen stemden: Goudswaards Algemeen Belang, CDA, "
        "ChristenUnie en SGP\n\nVóór stemden: de oppositiefracties"
    )
    assert spans(text) == [(48, 75, "Goudswaards Algemeen Belang", "[ORGANISATIE-1]")]


def test_an_acronym_glued_to_lokaal_is_a_local_party() -> None:
    text = "De fractie van ABlokaal stelde vragen over de jeugdzorg."
    assert spans(text) == [(15, 23, "ABlokaal", "[ORGANISATIE-1]")]


def test_english_i_with_a_contracted_verb_stays() -> None:
    text = "Het boek heet: I’m not a number. Ook I'm here en I’ve been."
    assert spans(text) == []


def test_an_inflected_adjective_at_a_sentence_start_stays() -> None:
    text = "Het boek.\n\nVergaande samenwerking in de regio. Marloese komt ook."
    assert spans(text) == [(47, 55, "Marloese", "[PERSOON-1]")]


def test_a_firm_after_a_colophon_label_stays_a_person_does_not() -> None:
    text = (
        "Planbureau, Den Haag 2009 Zet- en binnenwerk: Letterix, Den Haag\nVormgeving: Anna Bakker"
    )
    assert spans(text) == [
        (12, 20, "Den Haag", "[PLAATS-1]"),
        (56, 64, "Den Haag", "[PLAATS-1]"),
        (77, 88, "Anna Bakker", "[PERSOON-1]"),
    ]


def test_the_words_of_a_plans_title_stay_its_place_goes() -> None:
    text = (
        "Hoewel het plan Regiovisie Jeugdhulp Haaglanden 2021-2026 positief is ontvangen, werd "
        "er iets gedaan. Bij Jeugdhulp Haaglanden werken veel mensen."
    )
    assert spans(text) == [
        (37, 47, "Haaglanden", "[PLAATS-1]"),
        (106, 126, "Jeugdhulp Haaglanden", "[ORGANISATIE-1]"),
    ]


def test_an_unknown_acronym_among_known_places_is_a_place() -> None:
    text = (
        "Door de Rekenkamers Den Haag, WBLV en Zoetermeer is onderzoek gedaan. "
        "In Delft, GGD en Leiden."
    )
    assert spans(text) == [
        (20, 28, "Den Haag", "[PLAATS-1]"),
        (30, 34, "WBLV", "[PLAATS-2]"),
        (38, 48, "Zoetermeer", "[PLAATS-3]"),
        (73, 78, "Delft", "[PLAATS-4]"),
        (87, 93, "Leiden", "[PLAATS-5]"),
    ]


def test_a_programs_name_on_a_download_line_stays() -> None:
    text = (
        "motie D66 inzake Jeugdzorg.pdf\nAdobe Acrobat document 613.4 KB\n\n"
        "Microsoft Word document 22 kB\nStemming in de Gemeenteraad"
    )
    assert spans(text) == []


def test_a_regional_paper_is_an_organisation_a_national_one_stays() -> None:
    text = (
        "Het Gelders Dagblad loopt mee met de jeugdbeschermers. Volgens het Algemeen Dagblad is "
        "het zo. De Leidsche Courant schreef het."
    )
    assert spans(text) == [
        (4, 19, "Gelders Dagblad", "[ORGANISATIE-1]"),
        (98, 114, "Leidsche Courant", "[ORGANISATIE-2]"),
    ]


def test_ordinary_words_joined_by_en_after_a_compound_name_are_part_of_it() -> None:
    text = (
        "Ze werken bij het Regiecentrum Bescherming en Veiligheid in Fryslân. "
        "Het Regiecentrum belt."
    )
    assert spans(text) == [
        (18, 56, "Regiecentrum Bescherming en Veiligheid", "[ORGANISATIE-1]"),
        (60, 67, "Fryslân", "[PLAATS-1]"),
        (73, 85, "Regiecentrum", "[ORGANISATIE-1]"),
    ]


def test_a_quoted_name_after_in_and_before_a_place_is_an_organisation() -> None:
    text = (
        "Ik weet nog dat ik in 'Het Bruggetje' in Veenhuizen at. Het boek 'De Reis' in Utrecht "
        "gelezen? Hij zat in ‘De Nieuwe Kans’ te Zwolle."
    )
    assert spans(text) == [
        (23, 36, "Het Bruggetje", "[ORGANISATIE-1]"),
        (41, 51, "Veenhuizen", "[PLAATS-1]"),
        (78, 85, "Utrecht", "[PLAATS-2]"),
        (107, 121, "De Nieuwe Kans", "[ORGANISATIE-2]"),
        (126, 132, "Zwolle", "[PLAATS-3]"),
    ]
