"""Shapes after round 17 (issue 11 §1, labels19): generic statements about an indefinite person
or case read as discussed, and judgement adjectives predicated of a person after an inverted
copula or in a list. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def spans(text: str, voice_model: str | None = None) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default (or rules) finder in text."""
    return found(label_finder(voice_model), text)


def voices(text: str, voice_model: str | None = None) -> list[tuple[str, str]]:
    """(span text, voice) of every hit."""
    return [(h[2], h[4]) for h in spans(text, voice_model)]


@pytest.mark.parametrize("model", [None, "rules"])
def test_coordinated_adjectives_before_an_indefinite_person_with_a_modal(model: str | None) -> None:
    text = "Terwijl een narcistische of agressieve vader de hulpverlening kan manipuleren."
    assert voices(text, model) == [
        ("narcistische", "discussed"),
        ("agressieve", "discussed"),
        ("manipuleren", "discussed"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_verb_term_after_a_modal_with_one_indefinite_person(model: str | None) -> None:
    text = "Zo kan elk gesprek door één ouder worden gesaboteerd."
    assert voices(text, model) == [("gesaboteerd", "discussed")]


def test_verb_term_after_a_modal_of_a_particular_person_stays_asserted() -> None:
    assert voices("De vader kan het gesprek saboteren.", "rules") == [("saboteren", "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_indefinite_term_with_an_adverb_of_habit_is_discussed(model: str | None) -> None:
    text = "Bij een vechtscheiding kijken scholen vaak weg van het kind."
    assert voices(text, model) == [("vechtscheiding", "discussed")]


def test_habit_with_a_particular_person_stays_asserted() -> None:
    assert voices("Vader is vaak een narcist.", "rules") == [("narcist", "asserted")]
    assert voices("Hij gedraagt zich vaak als een narcist.", "rules") == [("narcist", "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_term_as_what_someone_knows_about_is_discussed(model: str | None) -> None:
    text = "Hoe kan het dat buren meer weten over ouderverstoting dan de rechter?"
    assert voices(text, model) == [("ouderverstoting", "discussed")]
    text = "Er is veel onwetendheid over narcisme in het onderwijs."
    assert voices(text, model) == [("narcisme", "discussed")]


def test_predicate_after_an_inverted_copula_with_a_determiner() -> None:
    text = "Waarom zijn de ouders zo passief?"
    assert spans(text, "rules") == [(25, 32, "passief", "negatieve typering", "asserted")]


def test_grading_adjective_before_a_judgement_predicate() -> None:
    text = "Mijn zoon is bijzonder brutaal (en grof) tegen volwassenen."
    assert spans(text, "rules") == [(23, 30, "brutaal", "negatieve typering", "asserted")]


def test_list_of_predicates_goes_on_after_a_lexicon_term() -> None:
    text = "Ouders zijn te verslaafd, te gewelddadig of te verward om te zorgen."
    assert spans(text, "rules") == [
        (15, 24, "verslaafd", "verslaafd", "asserted"),
        (29, 40, "gewelddadig", "negatieve typering", "asserted"),
    ]


def test_predicates_of_a_thing_are_no_label() -> None:
    assert spans("Het huis is groot, te duur en lastig.", "rules") == []
    assert spans("Moeder is moe en verdrietig.", "rules") == []


def test_habit_said_of_them_stays_asserted() -> None:
    text = "Ook krijgen ze vaak een burn-out en raken ze in een vechtscheiding."
    assert voices(text, "rules") == [("vechtscheiding", "asserted")]


def test_modal_act_reads_its_own_clause() -> None:
    # a capitalised first word read as a name in the clause before ";" does not block it
    text = "Niks aan te doen; zo kan elk gesprek door één ouder worden gesaboteerd."
    assert voices(text, "rules") == [("gesaboteerd", "discussed")]
    text = "Niks aan te doen; zo kan elk gesprek door Jan worden gesaboteerd."
    assert voices(text, "rules") == [("gesaboteerd", "asserted")]


def test_a_person_noun_judged_with_vinden() -> None:
    text = "Zij vonden zoon vreemd en een beetje gek."
    assert spans(text, "rules") == [(37, 40, "gek", "negatieve typering", "attributed")]
    assert spans("Ik vond de moeder onredelijk.", "rules") == [
        (18, 28, "onredelijk", "negatieve typering", "asserted")
    ]
    assert spans("Ik vond de moeder lastig voor het kind.", "rules") == []


def test_lexicon_family_and_parent_types() -> None:
    text = "De buren noemen het een multiprobleemgezin."
    assert spans(text, "rules") == [(24, 42, "multiprobleemgezin", "probleemgezin", "attributed")]
    text = "Volgens deskundigen eisen ’hyperouders’ te veel van school."
    assert spans(text, "rules") == [(27, 38, "hyperouders", "hyperouder", "attributed")]


def test_too_judged_to_do_something() -> None:
    text = "Ouders zijn te dom om het te zien."
    assert spans(text, "rules") == [(15, 18, "dom", "negatieve typering", "asserted")]
    text = "Ze denken dat ouders te dom zijn om het te zien."
    assert spans(text, "rules") == [(24, 27, "dom", "negatieve typering", "attributed")]
    assert spans("De kinderen zijn te jong om het te begrijpen.", "rules") == []


def test_plain_judgements_of_a_child_or_parent() -> None:
    # policy line 9 (labels-policy9): a bare plural that names the type as the subject of a
    # generic statement is discussed (asserted before, by line 3)
    assert spans("Stoute kinderen krijgen straf.", "rules") == [
        (0, 15, "Stoute kinderen", "negatieve typering", "discussed")
    ]
    # said of a group of the situation it stays asserted
    assert spans("Onze stoute kinderen krijgen straf.", "rules") == [
        (5, 20, "stoute kinderen", "negatieve typering", "asserted")
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_condition_with_an_example_is_discussed(model: str | None) -> None:
    text = "Als bijv. de moeder alle hulp saboteert, gebeurt er niets."
    assert spans(text, model) == [(30, 39, "saboteert", "saboteert", "discussed")]


def test_condition_without_an_example_names_the_parent() -> None:
    text = "Als de moeder alle hulp saboteert, gebeurt er niets."
    assert voices(text, "rules") == [("saboteert", "asserted")]
