"""Shapes after round 19 (issue 11 §1, labels23): other forms of lexicon terms, a fighting idiom
about matters, a feeling adjective in a scene, questions and conditions to the reader, a group's
situation in a quote, and a story printed as a quote that the excerpt cuts off. Written
sentences, not evaluation texts."""

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


# -- other forms of lexicon terms -----------------------------------------------------------


def test_never_keeping_to_an_arrangement_named_before() -> None:
    text = "We kregen een bezoekregeling. Hij heeft zich er nooit aan gehouden."
    assert [h[:4] for h in spans(text)] == [
        (40, 66, "zich er nooit aan gehouden", "houdt zich niet aan afspraken")
    ]


def test_shutting_out_a_parent_with_the_sports_idiom() -> None:
    text = "Na de scheiding worden vaders vaak door hun ex tegen hun zin buitenspel gezet."
    assert [h[2:4] for h in spans(text)] == [("buitenspel gezet", "buitensluiten van een ouder")]
    assert spans("De spits werd door de grensrechter buitenspel gezet.") == []


def test_having_to_choose_between_the_parents() -> None:
    text = "Het kind heeft het gevoel te moeten kiezen tussen zijn ouders."
    assert [h[:4] for h in spans(text)] == [
        (36, 61, "kiezen tussen zijn ouders", "loyaliteitsconflict")
    ]


def test_other_names_of_the_hyperparent() -> None:
    text = "Een sneeuwploegouder ruimt alles op; de grasmaaierouders ook."
    assert [h[2:4] for h in spans(text)] == [
        ("sneeuwploegouder", "hyperouder"),
        ("grasmaaierouders", "hyperouder"),
    ]


# -- false hits -----------------------------------------------------------------------------


def test_a_fighting_idiom_about_matters_is_a_dispute() -> None:
    assert spans("Zij en haar ex vechten elkaar al jaren de tent uit over geld en het huis.") == []
    text = "Zij en haar ex vechten elkaar de tent uit."
    assert [h[2:4] for h in spans(text)] == [("vechten elkaar de tent uit", "vechtscheiding")]


@pytest.mark.parametrize(
    "text",
    [
        "Toen stond er een boze vader in de gang.",
        "Ik had alleen maar boze moeders aan mijn tafel.",
        "Er kwam een woedende vader met een vuist op tafel.",
    ],
)
def test_a_feeling_adjective_in_a_scene_tells_a_state(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Er tegenin gaan maakt je nog meer de boze moeder.", "boze moeder"),
        ("Alle mensen kennen wel een boze moeder.", "boze moeder"),
        ("Zo'n boze moeder aan de telefoon zegt van alles.", "boze moeder"),
        ("Toen kwam zo’n boze moeder aan de telefoon.", "boze moeder"),
        ("Moeder is boos.", "boos"),
        # labels-aimed5 (2026-12-07): anger predicated of a concrete parent by someone else is
        # in scope (labels-policy2 line 2), so "werd boos" no longer tells a state
        ("Vader werd boos.", "boos"),
        ("Ik zag dat moeder kwaad werd.", "kwaad"),
        ("Na het gesprek was de moeder boos.", "boos"),
    ],
)
def test_a_feeling_adjective_as_a_type_stays(text: str, span: str) -> None:
    assert [h[2] for h in spans(text)] == [span]


# -- voice ----------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_question_to_the_reader_with_the_term_as_predicate(model: str | None) -> None:
    text = "Lees dit eerst. Ben jij een curlingouder? Dan helpen we je."
    assert voices(text, model) == [("curlingouder", "discussed")]
    text = "Kijk naar jezelf: ben jij (een beetje) een curlingouder? Lees dan verder."
    assert voices(text, model) == [("curlingouder", "discussed")]


def test_a_statement_to_the_reader_is_no_question() -> None:
    text = "Lees dit eerst. Jij bent een curlingouder. Dan helpen we je."
    # guide line 18 (labels-policy5): the reader as anyone, a generic "je": discussed
    assert voices(text, "rules") == [("curlingouder", "discussed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_condition_about_the_readers_other_parent(model: str | None) -> None:
    text = "Als de andere ouder instabiel is, kom je met overleg niet verder."
    assert voices(text, model) == [("instabiel", "discussed")]
    assert voices("Het is erg als zo'n kind in de knel zit.", model) == [
        ("in de knel zit", "discussed")
    ]


def test_the_other_parent_without_a_condition_stays_asserted() -> None:
    assert voices("De andere ouder is instabiel.", "rules") == [("instabiel", "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_groups_situation_in_a_quote_is_discussed(model: str | None) -> None:
    text = "“Kinderen in een vechtscheiding hebben het zwaar”, zegt de psycholoog."
    assert voices(text, model) == [("vechtscheiding", "discussed")]
    text = "“Zij zitten met hun kinderen in een vechtscheiding”, zegt de psycholoog."
    assert voices(text, model) == [("vechtscheiding", "attributed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_story_printed_as_a_quote_cut_off_before_its_end(model: str | None) -> None:
    text = "‘Ik ben Anna, en mijn vader is alcoholist.\nHij dronk elke avond bier."
    assert voices(text, model) == [("alcoholist", "attributed")]
    text = 'Thuis\n\n"Mijn vader dronk. Hij werd een alcoholist.'
    assert voices(text, model) == [("alcoholist", "attributed")]
    assert voices("Ik ben Anna, en mijn vader is alcoholist.", model) == [
        ("alcoholist", "asserted")
    ]


def test_a_page_that_asks_the_reader_about_a_term_discusses_it() -> None:
    text = (
        "Ben jij een curlingouder? Lees dan verder.\n\n"
        "Curlingouders ruimen alles op voor hun kind. Mijn buurvrouw is een curlingouder."
    )
    assert voices(text, "rules") == [
        ("curlingouder", "discussed"),
        ("Curlingouders", "discussed"),
        ("curlingouder", "asserted"),
    ]


def test_without_the_question_the_type_stays_asserted() -> None:
    # policy line 9 (labels-policy9): the bare plural type as the subject of a generic
    # statement is discussed with or without the question (asserted before, by line 3); a
    # group the sentence counts stays asserted
    text = "Lees dan verder.\n\nCurlingouders ruimen alles op voor hun kind."
    assert voices(text, "rules") == [("Curlingouders", "discussed")]
    text = "Lees dan verder.\n\nVeel curlingouders ruimen alles op voor hun kind."
    assert voices(text, "rules") == [("curlingouders", "asserted")]


def test_a_page_that_asks_what_a_term_is_discusses_it() -> None:
    text = "Wat is een curlingouder? Dat leggen we uit. Curlingouders ruimen alles op."
    assert voices(text, "rules") == [
        ("curlingouder", "discussed"),
        ("Curlingouders", "discussed"),
    ]
    # policy line 9 (labels-policy9): discussed as the type's generic subject (asserted before)
    text = "Wat doe je als je met een curlingouder te maken krijgt? Curlingouders ruimen alles op."
    assert voices(text, "rules")[1] == ("Curlingouders", "discussed")
