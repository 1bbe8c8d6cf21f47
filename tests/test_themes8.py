"""Themes8: a first name that is also a function word ("Ben") in quotes, and theme names after
real round 5 (issue 11 §3). Snippets written for this test (not from any text of the checks)."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser


def _masked(*texts: str) -> list[str]:
    return [p.text for p in Pseudonymiser().dossier(list(texts))]


def test_first_name_that_is_a_verb_form_inside_a_sentence() -> None:
    assert _masked("De juf zag dat Ben op het plein huilde.") == [
        "De juf zag dat [PERSOON-1] op het plein huilde."
    ]


def test_first_name_that_is_a_verb_form_with_an_age() -> None:
    assert _masked("Ben (11) woont bij zijn oma.") == ["[PERSOON-1] (11) woont bij zijn oma."]
    assert _masked("Wil (8) logeert bij haar tante.") == ["[PERSOON-1] (8) logeert bij haar tante."]


def test_sentence_start_of_a_person_named_elsewhere_in_the_dossier() -> None:
    assert _masked("Later bleek dat Ben ziek was.", "Ben ging naar huis.") == [
        "Later bleek dat [PERSOON-1] ziek was.",
        "[PERSOON-1] ging naar huis.",
    ]


def test_verb_forms_stay_without_evidence_of_a_name() -> None:
    text = "Ben ik te streng? Ik ben moe en ik wil rust."
    assert _masked(text) == [text]


def test_first_name_and_particle_before_a_stop_word_does_not_crash() -> None:
    # "Ben" is a first name and a particle ("ben Ali"); "Ik" after it is no surname
    assert _masked("Het boek heet Wie Ben Ik en is voor kinderen.") == [
        "Het boek heet Wie [PERSOON-1] Ik en is voor kinderen."
    ]


# -- theme names (written for this test, not from any text of the theme checks) ---------------
def test_possessive_is_not_shown_in_a_phrase() -> None:
    from wb.themes.words import noun_phrases

    text = "De ombudsman oordeelt over de behandeling van hun klachten door de raad."
    assert noun_phrases(text) == ["ombudsman", "behandeling van klachten", "klachten", "raad"]


def test_phrases_with_and_without_a_possessive_count_as_one() -> None:
    from wb.themes.phrase_names import theme_label

    passages = [
        "Het contact met mijn vader stopte na de scheiding.",
        "Het contact met vader liep via de omgangsregeling.",
        "Ik miste het contact met mijn vader.",
    ]
    assert theme_label(passages, ["contact", "omgangsregeling"]) == "contact met vader"


def test_words_of_an_idiom_are_no_phrase() -> None:
    from wb.themes.words import noun_phrases

    text = "Ik val maar met de deur in huis: de wachtlijst voor jeugdhulp is te lang."
    assert noun_phrases(text) == ["wachtlijst voor jeugdhulp", "jeugdhulp"]
    text = "Wij werden van het kastje naar de muur gestuurd door de gemeente."
    assert noun_phrases(text) == ["gemeente"]


def test_adverbial_expression_joins_no_noun() -> None:
    from wb.themes.words import noun_phrases

    text = "Het uitgangspunt is dat jonge kinderen in beginsel naar hun ouders terugkeren."
    assert noun_phrases(text) == ["uitgangspunt", "jonge kinderen", "ouders"]


COUNCIL = [
    "Wat vindt het college van de lange wachttijd bij de jeugdhulp?",
    "Is het college bekend met de klachten over de wijkteams?",
    "Wat doet het college aan de wachttijd voor kinderen?",
    "Heeft het college een plan voor de wijkteams?",
]


def test_body_does_not_lead_a_name() -> None:
    from wb.themes.lead_nouns import lead_noun_name, lead_nouns

    keywords = ["wachttijd", "wijkteam", "klacht"]
    assert lead_nouns(COUNCIL, keywords) == [("wachttijd", 2), ("wijkteam", 2)]
    # no passage writes "wachttijd" and "wijkteam" together: no pair (themes21)
    assert lead_noun_name(COUNCIL, keywords) == ""


def test_noun_before_a_postposition_does_not_lead() -> None:
    from wb.themes.lead_nouns import lead_nouns

    passages = [
        "Moest mijn zoon het huis uit omdat het thuis niet meer ging?",
        "Mijn dochter moest het huis uit, zei de jeugdbeschermer.",
        "De pleegouders gaven haar een warm thuis.",
    ]
    assert lead_nouns(passages, ["huis", "pleegouder"]) == [("thuis", 2)]


def test_case_is_a_shell_noun() -> None:
    from wb.themes.words import keyword_ok

    assert not keyword_ok("casus", frozenset())
    assert keyword_ok("pleeggezin", frozenset())


def test_phrase_two_passages_share_before_a_keyword_phrase_seen_once() -> None:
    from wb.themes.phrase_names import theme_label

    passages = [
        "Het bericht ging over de hechting in het pleeggezin van jonge kinderen.",
        "Wanneer is er zo veel hechting in het pleeggezin dat een kind niet terug kan?",
        "De raad gaf een gedegen advies over de toekomst.",
        "Wie betaalt de reiskosten?",
        "Daarna volgde nog een brief.",
    ]
    assert theme_label(passages, ["advies", "bericht", "toekomst"]) == "hechting in het pleeggezin"


def test_list_files() -> None:
    from wb.lang import word_set, words
    from wb.themes.lead_nouns import BODY_NOUNS
    from wb.themes.words import DETERMINERS, IDIOMS, POSSESSIVES

    assert POSSESSIVES == word_set("theme_possessives.txt") >= {"hun", "mijn", "haar", "uw"}
    assert POSSESSIVES <= DETERMINERS and "de" in DETERMINERS
    assert ("met", "de", "deur", "in", "huis") in IDIOMS and ("in", "beginsel") in IDIOMS
    assert len(IDIOMS) == len(words("theme_idioms.txt"))
    assert {"college", "gemeente", "rechtbank"} <= BODY_NOUNS
    assert not {"wijkteam", "jeugdbescherming", "pleegzorg"} & BODY_NOUNS
