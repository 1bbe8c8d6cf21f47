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
