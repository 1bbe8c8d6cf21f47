"""General organisation rules written after reading real-text rounds 1-12 (names11): a
capitalised stop word after a lowercase abbreviation ("o.a. Rondom Ugchelen") or before an
organisation's head word ("Via Zorg") starts a local organisation's name. Exact spans on
sentences written for these tests; no name of the real-text check (bench/realtext/names) is
used. The first cases of each rule fail on the code before it; the others are the guards."""

from __future__ import annotations

from name_spans import spans


def test_a_capitalised_preposition_after_an_abbreviation_starts_an_organisation() -> None:
    text = "De gemeente, waar o.a. Rondom Ugchelen voor zorgt, betaalt."
    assert spans(text) == [(23, 38, "Rondom Ugchelen", "[ORGANISATIE-1]")]


def test_a_sentence_after_an_abbreviation_and_a_full_stop_is_no_organisation() -> None:
    text = "Het gaat om zorg, hulp enz. Rondom Ugchelen liggen veel bossen."
    assert [s[2] for s in spans(text)] == ["Ugchelen"]


def test_a_capitalised_preposition_before_a_care_domain_in_a_list_is_an_organisation() -> None:
    text = "De inspectie bezocht instellingen in Zwolle, Via Zorg in Ede en de wijkteams."
    assert [s[2:] for s in spans(text)] == [
        ("Zwolle", "[PLAATS-1]"),
        ("Via Zorg", "[ORGANISATIE-1]"),
        ("Ede", "[PLAATS-2]"),
    ]


def test_a_party_line_ending_in_a_comma_is_no_title_case_heading() -> None:
    text = "en\n\nZorgaanbieder Via Zorg,\n\nverder te noemen de zorgaanbieder,"
    assert spans(text) == [(18, 26, "Via Zorg", "[ORGANISATIE-1]")]


def test_a_capitalised_preposition_at_a_sentence_start_before_a_domain_stays() -> None:
    text = "Het was druk. Via Jeugd kwam zij bij ons terecht."
    assert spans(text) == []


def test_a_title_case_heading_with_a_preposition_and_a_domain_stays() -> None:
    text = "Hulp Via Jeugd En Zorg\n\nDe gemeente betaalt."
    assert spans(text) == []


def test_a_name_before_youth_work_in_lowercase_is_an_organisation() -> None:
    text = "Zij werkte samen met organisaties zoals Kompaan jongerenwerk en de school."
    assert spans(text) == [(40, 60, "Kompaan jongerenwerk", "[ORGANISATIE-1]")]


def test_an_ordinary_adjective_before_youth_work_stays() -> None:
    text = "Het gaat om het ambulante jongerenwerk in de wijk. Goed jongerenwerk helpt."
    assert spans(text) == []


def test_a_party_line_before_gevestigd_te_is_an_organisation() -> None:
    text = "verweerder:\n\nDe Zorg- en Gezinshelpers,\n\ngevestigd te Zwolle,\n\nverweerster."
    assert spans(text) == [
        (16, 38, "Zorg- en Gezinshelpers", "[ORGANISATIE-1]"),
        (54, 60, "Zwolle", "[PLAATS-1]"),
    ]


def test_a_national_institution_before_gevestigd_te_stays() -> None:
    text = "en\n\nde Raad voor de Kinderbescherming,\ngevestigd te Den Haag,\n\nverder de raad."
    assert [s[2] for s in spans(text)] == ["Den Haag"]


def test_a_person_before_wonende_te_is_no_organisation() -> None:
    text = "verzoeker:\n\nDe Tuinman Groep,\nwonende te Zwolle,\n\nverder de man."
    assert [s[2] for s in spans(text)] == ["Zwolle"]


def test_names_in_a_list_of_name_in_place_items_are_organisations() -> None:
    text = "De inspectie bezocht Zorgivo in Zwolle, Kwadrantis in Ede en Tuliva in Epe."
    assert [s[2:] for s in spans(text)] == [
        ("Zorgivo", "[ORGANISATIE-1]"),
        ("Zwolle", "[PLAATS-1]"),
        ("Kwadrantis", "[ORGANISATIE-2]"),
        ("Ede", "[PLAATS-2]"),
        ("Tuliva", "[ORGANISATIE-3]"),
        ("Epe", "[PLAATS-3]"),
    ]


def test_two_name_in_place_items_are_no_list() -> None:
    text = "De inspectie bezocht Zorgivo in Zwolle en Kwadrantis in Ede."
    # the unknown words go as names, but nothing makes them organisations
    assert not [s for s in spans(text) if s[3].startswith("[ORGANISATIE")]


def test_ordinary_words_in_a_list_of_places_stay() -> None:
    text = "Er zijn Scholen in Zwolle, Gezinnen in Ede en Ouders in Epe."
    assert [s[2] for s in spans(text)] == ["Zwolle", "Ede", "Epe"]


def test_tot_joins_the_words_of_a_name_after_a_head_word() -> None:
    text = "Zij woont bij de zorgboerderij Terug tot Rust in Ede."
    assert [s[2:] for s in spans(text)] == [
        ("Terug tot Rust", "[ORGANISATIE-1]"),
        ("Ede", "[PLAATS-1]"),
    ]


def test_tot_after_a_name_ends_it() -> None:
    text = "Zij woonde bij de zorgboerderij Kwadrantis tot de zomer."
    assert [s[2] for s in spans(text)] == ["Kwadrantis"]


def test_an_adjective_of_a_people_before_a_name_stays() -> None:
    text = "Later trouwde hij met de Duitse Wibke uit Kiel."
    assert [s[2] for s in spans(text)] == ["Wibke", "Kiel"]


def test_a_place_adjective_before_a_name_still_goes_as_the_place() -> None:
    text = "Later trouwde hij met de Utrechtse Wibke."
    assert [s[2:] for s in spans(text)] == [
        ("Utrechtse", "[PLAATS-1]"),
        ("Wibke", "[PERSOON-1]"),
    ]


def test_two_portfolios_after_a_state_secretary_are_no_name() -> None:
    text = "Welkom aan de staatssecretaris Belastingen en Douane en aan de minister."
    assert spans(text) == []


def test_a_surname_after_a_minister_before_en_stays_a_name() -> None:
    text = "Het debat met minister Bos en de Kamer duurde lang."
    assert [s[2] for s in spans(text)] == ["Bos"]


def test_a_language_adjective_after_een_stays() -> None:
    text = "Zoals een oud Afrikaans spreekwoord zegt, helpt het dorp."
    assert spans(text) == []


def test_a_first_name_after_het_still_goes() -> None:
    text = "Zij gaf het Wibke terug in de klas."
    assert [s[2] for s in spans(text)] == ["Wibke"]


def test_an_unknown_compound_in_a_comma_list_is_an_organisation() -> None:
    text = "Ouders kunnen terecht bij instanties, zoals de GGD, Opvoedhulphuis, coaches of ons."
    assert spans(text) == [(52, 66, "Opvoedhulphuis", "[ORGANISATIE-1]")]


def test_dictionary_words_in_a_comma_list_stay() -> None:
    text = "Er komen ouders, Leerkrachten, Kinderen en coaches naar de avond."
    assert spans(text) == []
