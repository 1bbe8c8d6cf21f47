"""Weak theme names, second pass (themes21, issue 11 §3).

A public body without a complement ("algemene commissie") names no topic, and two nouns joined
by "en" are two that one passage writes together. Made-up passages in the register of the field
(no words of an evaluation text).
"""

from __future__ import annotations

from wb.themes.lead_nouns import lead_noun_name
from wb.themes.phrase_names import _body_only, _together, theme_label

# Letters of a committee about foster care: the committee's title is in two passages.
COMMISSIE = [
    "De algemene commissie sprak over de wachttijden in de pleegzorg.",
    "Volgens de algemene commissie moet de pleegzorg beter worden betaald.",
    "Pleegouders krijgen een hogere vergoeding voor de pleegzorg.",
]
COMMISSIE_KW = ["commissie", "pleegzorg", "vergoeding", "pleegouders", "wachttijden"]

# Two scenes in one cluster: "verbetering" and "pleegouder" are never in one passage.
MIX = [
    "De verbetering van de zorg kost tijd.",
    "Een pleegouder vangt het kind tijdelijk op.",
    "De verbetering van het toezicht is nodig.",
    "Elke pleegouder krijgt begeleiding.",
]
MIX_KW = ["verbetering", "pleegouder", "toezicht", "begeleiding", "zorg"]


def test_a_name_headed_by_a_public_body_without_a_complement() -> None:
    assert _body_only("algemene commissie")
    assert _body_only("aangesloten gemeenten")
    # with a complement the phrase says what about; a compound is no body
    assert not _body_only("commissie voor jeugdzorg")
    assert not _body_only("rol van de gemeente")
    assert not _body_only("gesloten jeugdzorginstelling")


def test_a_committee_title_of_two_passages_does_not_name_the_theme() -> None:
    # before themes21: "algemene commissie" (two passages, best keyword "commissie")
    assert theme_label(COMMISSIE, COMMISSIE_KW, COMMISSIE_KW) == (
        "hogere vergoeding voor de pleegzorg"
    )
    # when every one of the five best keywords is a body, the body's phrase may name it
    assert theme_label(COMMISSIE, ["commissie", "gemeente"], []) == "algemene commissie"


def test_two_lead_nouns_no_passage_writes_together_are_not_joined() -> None:
    # before themes21: "verbetering en pleegouder"; now the later steps name the theme
    assert lead_noun_name(MIX, MIX_KW, MIX_KW) == ""
    assert theme_label(MIX, MIX_KW, MIX_KW) == "verbetering van de zorg"


def test_two_words_are_together_when_one_passage_writes_both() -> None:
    assert _together(MIX, "verbetering", "zorg")
    assert _together(MIX, "pleegouders", "begeleiding")  # a plural keyword by its stem
    assert not _together(MIX, "verbetering", "pleegouder")


# Three lead nouns of two passages each; only "wachtlijst" and "pleeggezin" share a passage.
DRIE = [
    "De wachtlijst voor een pleeggezin groeit.",
    "Op de wachtlijst staan veel jongeren.",
    "Na een uithuisplaatsing verhuist het kind.",
    "Een uithuisplaatsing raakt het hele gezin.",
    "Het pleeggezin biedt rust.",
]
DRIE_KW = ["wachtlijst", "uithuisplaatsing", "pleeggezin", "rust", "jongeren"]


def test_the_second_lead_noun_is_the_best_one_sharing_a_passage_with_the_first() -> None:
    # before themes21: "wachtlijst en uithuisplaatsing" (never in one passage)
    assert lead_noun_name(DRIE, DRIE_KW, DRIE_KW) == "wachtlijst en pleeggezin"
