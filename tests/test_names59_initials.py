"""names59: a single capital letter naming a child before an age in brackets is a person in the
pseudonymiser itself (wb.dossiers.person_initials_age), not only in theme quotes. Made-up texts."""

from __future__ import annotations

from wb.dossiers.person_initials_age import initial_age_spans
from wb.dossiers.pseudonymise import pseudonymise_dossier


def test_letters_before_an_age_after_a_family_noun_or_function_word():
    text = "Mijn kinderen C (5 jaar) en L (1,5 jaar) wonen bij ons. Dochter T. (12) niet."
    assert [text[s:e] for s, e in initial_age_spans(text)] == ["C", "L", "T"]
    assert initial_age_spans(text) == [(14, 15), (28, 29), (64, 65)]


def test_letters_that_number_things_are_left_alone():
    text = "Zie artikel B (3) en groep C (12). Het C.D.A. (4) en bijlage A (2 pagina's)."
    assert initial_age_spans(text) == []


def test_the_dossier_masks_the_letter_and_learns_nothing_from_it():
    docs = pseudonymise_dossier(
        [
            "In 2019 zijn mijn kinderen C (5 jaar) en L (1,5 jaar) uit huis geplaatst. "
            "Het C.D.A. stemde tegen. Zie bijlage C.",
            "Mijn dochter L. (1,5) woont nu bij Anna de Wit.",
        ]
    )
    assert docs[0].text == (
        "In 2019 zijn mijn kinderen [PERSOON-1] (5 jaar) en [PERSOON-2] (1,5 jaar) uit huis "
        "geplaatst. Het C.D.A. stemde tegen. Zie bijlage C."
    )
    assert docs[1].text == "Mijn dochter [PERSOON-2]. (1,5) woont nu bij [PERSOON-3]."
