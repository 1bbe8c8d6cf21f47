"""Inflected attributive adjectives in theme names (themes-adjform, issue 11 §3)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from wb.themes.adjective_forms import inflected_adjective, reader_form
from wb.themes.phrase_names import theme_label

# The phrase is written once uninflected ("concreet maatregelen": an adverb the tagger reads as
# an adjective) and once inflected: the tie went to "concreet maatregelen" before.
MAATREGELEN = [
    "Gaat u concreet maatregelen nemen voor moeders?",
    "De minister kondigt concrete maatregelen aan.",
    "Kinderen van moeders hebben recht op bezoek.",
]
MAATREGELEN_KW = ["maatregelen", "moeders", "gevangenis", "bezoek", "minister"]


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("concreet", "concrete"),
        ("groot", "grote"),
        ("wit", "witte"),
        ("snel", "snelle"),
        ("boos", "boze"),
        ("lief", "lieve"),
        ("wijs", "wijze"),
        ("moedig", "moedige"),
        ("lekker", "lekkere"),
        ("simpel", "simpele"),
        ("eerlijk", "eerlijke"),
        ("lang", "lange"),
        ("gesloten", "gesloten"),
        ("extra", "extra"),
    ],
)
def test_regular_inflection(lemma: str, form: str) -> None:
    assert inflected_adjective(lemma) == form


def test_the_name_takes_the_inflected_form_the_passages_write() -> None:
    assert theme_label(MAATREGELEN, MAATREGELEN_KW, MAATREGELEN_KW) == "concrete maatregelen"


def test_before_a_plural_the_regular_form_when_the_passages_have_none() -> None:
    passages = ["Wij willen concreet maatregelen nemen.", "Er zijn nu groot gezinnen."]
    assert reader_form("concreet maatregelen", passages) == "concrete maatregelen"


def test_a_singular_keeps_the_form_the_passages_write_most() -> None:
    # "goed onderwijs" (a het-word without article): no -e; the passages never write "goede"
    passages = ["Elk kind heeft recht op goed onderwijs.", "Goed onderwijs helpt kinderen."]
    assert reader_form("goed onderwijs", passages) == "goed onderwijs"


def test_inflected_names_and_other_words_stay() -> None:
    passages = ["De lange wachtlijsten in de jeugdzorg groeien.", "Moeders in detentie."]
    assert reader_form("lange wachtlijsten", passages) == "lange wachtlijsten"
    assert reader_form("moeders in detentie", passages) == "moeders in detentie"
    assert reader_form("wachtlijsten", passages) == "wachtlijsten"
    assert reader_form("concreet maatregelen", []) == "concreet maatregelen"


def test_the_check_flags_an_uninflected_adjective_before_a_plural() -> None:
    from check_theme_names import uninflected_pairs

    assert uninflected_pairs("concreet maatregelen") == [("concreet", "maatregelen")]
    assert uninflected_pairs("concrete maatregelen") == []
    assert uninflected_pairs("goed onderwijs") == []
    assert uninflected_pairs("vrouwen met een korte gevangenisstraf") == []
