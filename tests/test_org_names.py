"""Named local organisations, schools, teams and practices (wb/dossiers/org_names.py): exact
spans on snippets from public rulings of the tune split (ECLI:NL:GHSHE:2020:1769,
ECLI:NL:RBMNE:2025:4482, ECLI:NL:GHAMS:2021:1516) and on sentences written for these tests in
the way reports and news name a school or a provider. Not one snippet from the held-out split.
"""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_words import head_of


def test_head_word_before_a_capitalised_name() -> None:
    text = "Het kind krijgt sinds maart hulp van jeugdzorgaanbieder Horizon in de wijk."
    assert spans(text) == [(56, 63, "Horizon", "[ORGANISATIE-1]")]


def test_head_word_before_a_name_with_an_article() -> None:
    text = "Zij woont sinds maart in gezinshuis Het Anker met drie andere kinderen."
    assert spans(text) == [(36, 45, "Het Anker", "[ORGANISATIE-1]")]


def test_quoted_name_after_a_head_word() -> None:
    text = "Hij werkt overdag op zorgboerderij 'De Hoeve' en slaapt bij zijn vader."
    assert spans(text) == [(36, 44, "De Hoeve", "[ORGANISATIE-1]")]


def test_name_before_a_lowercase_school_head() -> None:
    text = "Hij zat toen op het Orion college in de brugklas."
    assert spans(text) == [(20, 33, "Orion college", "[SCHOOL-1]")]


def test_a_name_learned_from_its_head_is_replaced_again_mid_sentence() -> None:
    text = "De moeder belde jeugdzorgaanbieder Horizon. Volgens Horizon gaat het beter."
    assert spans(text) == [
        (35, 42, "Horizon", "[ORGANISATIE-1]"),
        (52, 59, "Horizon", "[ORGANISATIE-1]"),
    ]


def test_an_ordinary_word_learned_as_a_team_name_stays_at_a_sentence_start() -> None:
    # (a team named only for its care domain, "team Zorg", is no name at all: names12)
    text = "Overleg met de consulent (team Koers).\nKoers houden is lastig."
    assert spans(text) == [(31, 36, "Koers", "[ORGANISATIE-1]")]


def test_acronym_in_brackets_is_the_same_organisation() -> None:
    text = "Stichting Samen Sterk (SSS) begeleidt het gezin. SSS heeft een plan gemaakt."
    assert spans(text) == [
        (0, 21, "Stichting Samen Sterk", "[ORGANISATIE-1]"),
        (23, 26, "SSS", "[ORGANISATIE-1]"),
        (49, 52, "SSS", "[ORGANISATIE-1]"),
    ]


def test_legal_form_in_front_of_a_known_organisation() -> None:
    # ECLI:NL:GHSHE:2020:1769
    text = "- Stichting Bureau Jeugdzorg Noord-Brabant,\n"
    assert spans(text) == [
        (2, 42, "Stichting Bureau Jeugdzorg Noord-Brabant", "[ORGANISATIE-1]"),
    ]


def test_organisation_in_capitals() -> None:
    # ECLI:NL:RBMNE:2025:4482
    text = "SAMEN VEILIG MIDDEN NEDERLAND, gevestigd te Utrecht,\nhierna te noemen de GI,"
    assert spans(text) == [
        (0, 29, "SAMEN VEILIG MIDDEN NEDERLAND", "[ORGANISATIE-1]"),
        (44, 51, "Utrecht", "[PLAATS-1]"),
    ]


def test_a_heading_in_capitals_is_no_school() -> None:
    assert spans("BASISSCHOOL EN JEUGDZORG\nDe moeder belde de school.") == []


def test_national_names_institutions_and_programmes_stay() -> None:
    text = (
        "Zij sprak met Jeugdbescherming Nederland en met de instelling Raad voor de "
        "Kinderbescherming; op school Engels en in de praktijk Nederlandse les."
    )
    assert spans(text) == []


def test_title_case_of_ordinary_words_after_a_capitalised_head_stays() -> None:
    text = "In overleg met Bureau Jeugdbescherming kon de omgang worden uitgebreid."
    assert spans(text) == []


def test_numbered_court_team_stays() -> None:
    # ECLI:NL:GHAMS:2021:1516
    assert spans("Team III (familie- en jeugdrecht)\n") == []


def test_second_organisation_after_and_is_its_own() -> None:
    text = "Ook gezinshuis Het Anker en Stichting Kompas waren betrokken."
    assert spans(text) == [
        (15, 24, "Het Anker", "[ORGANISATIE-1]"),
        (28, 44, "Stichting Kompas", "[ORGANISATIE-2]"),
    ]


def test_word_classes_end_a_name_after_a_head() -> None:
    text = "In het gezinshuis Wonen vier kinderen."
    start = text.index("Wonen")
    assert [m.text for m in detect_dossier([text])[0]] == ["Wonen"]  # without word classes
    tagged = detect_dossier([text], tags=[{start: "VERB"}])[0]
    assert [m.text for m in tagged] == []


def test_head_words_and_compounds() -> None:
    assert head_of("jeugdzorgaanbieder") == ("ORGANISATIE", False)
    assert head_of("Basisschool") == ("SCHOOL", True)
    assert head_of("steam") is None  # too short to end in "team"
    assert head_of("moeder") is None


def test_region_after_an_organisation_that_names_itself_stays_in_its_name() -> None:
    # ECLI:NL:GHLEE:2012:BW0207
    text = "Stichting Bureau Jeugdzorg Drenthe,\ngevestigd te Assen,"
    assert spans(text) == [
        (0, 34, "Stichting Bureau Jeugdzorg Drenthe", "[ORGANISATIE-1]"),
        (49, 54, "Assen", "[PLAATS-1]"),
    ]


def test_a_capitalised_compound_ending_in_a_head_word_is_a_school() -> None:
    text = "Hij zat op de Mariaschool en daarna op het Vechtdalcollege; geen Basisschool."
    assert spans(text) == [
        (14, 25, "Mariaschool", "[SCHOOL-1]"),
        (43, 58, "Vechtdalcollege", "[SCHOOL-2]"),
    ]


def test_a_legal_form_before_a_national_institution_stays() -> None:
    text = "Stichting Jeugdzorg Nederland publiceerde een rapport over wachtlijsten."
    assert spans(text) == []


def test_a_short_form_defined_after_a_party_is_that_organisation() -> None:
    # "SJZ" does not fit the initials of all three words: the definition makes it the party
    text = (
        "tegen\n\nStichting Jeugdzorg Overijssel,\n\ngevestigd te Zwolle,\n\nverweerster,\n\n"
        "verder te noemen: SJZ of de stichting.\n\nSJZ heeft het verzoek afgewezen."
    )
    assert spans(text) == [
        (7, 37, "Stichting Jeugdzorg Overijssel", "[ORGANISATIE-1]"),
        (53, 59, "Zwolle", "[PLAATS-1]"),
        (94, 97, "SJZ", "[ORGANISATIE-1]"),
        (116, 119, "SJZ", "[ORGANISATIE-1]"),
    ]


def test_a_role_defined_after_a_party_is_no_short_form() -> None:
    text = "Stichting Jeugdhulp Kompas (hierna: de Stichting) stelt dat de Stichting niets wist."
    assert spans(text) == [(0, 26, "Stichting Jeugdhulp Kompas", "[ORGANISATIE-1]")]


def test_national_bodies_without_a_cue_stay() -> None:
    text = (
        "De Jeugdautoriteit volgt de gecertificeerde instelling Leger des Heils Jeugdbescherming "
        "& Reclassering. Stichting Het Vergeten Kind en Villa Pinedo reageren. Het Leger des "
        "Heils Jeugdzorg & Reclassering te Zwolle deed onderzoek."
    )
    assert spans(text) == [(206, 212, "Zwolle", "[PLAATS-1]")]


def test_a_stop_word_after_a_lowercase_trigger_is_no_name() -> None:
    text = "Het gaat mis in de jeugdzorg Er is geldgebrek en te veel controle."
    assert spans(text) == []


def test_run_before_a_place_with_a_defined_short_form_is_one_organisation() -> None:
    text = (
        "Zij klaagt over de Ambulante Gezinshulp & Opvoedsteun Lochem (verder AGL). "
        "Volgens haar heeft de AGL niets gedaan. Het Landelijk Bureau Inning "
        "Onderhoudsbijdrage (verder LBIO) ook niet."
    )
    assert spans(text) == [
        (19, 60, "Ambulante Gezinshulp & Opvoedsteun Lochem", "[ORGANISATIE-1]"),
        (69, 72, "AGL", "[ORGANISATIE-1]"),
        (97, 100, "AGL", "[ORGANISATIE-1]"),
    ]


def test_bare_acronym_where_an_organisation_stands_is_replaced() -> None:
    text = "Instantie: KGBW\nDe moeder is niet gehoord door KGBW. Ook de IGJ en het OTS-besluit."
    assert spans(text) == [
        (11, 15, "KGBW", "[ORGANISATIE-1]"),
        (47, 51, "KGBW", "[ORGANISATIE-1]"),
    ]


def test_a_year_after_a_kept_word_is_no_organisation() -> None:
    text = "Het Landelijk Beleidskader Jeugdzorg 2009–2012 is bijgesteld."
    assert spans(text) == []
