"""labels33 (issue 11 §1): voices of acts in a reported story, a story's title with a name, a
question about oneself, "volgens mij" before a self-judgement, and no hits for judgements of a
professional. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import voiced_spans

MODES = [None, "rules"]


def _found(text: str, voice_model: str | None = None) -> list[tuple]:
    return voiced_spans(text, voice_model)


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain of reported sentences: a cue, "zou", then a past account with "hij"
        (
            "Volgens de moeder weigeren de kinderen contact. Hij zou hen gedreigd hebben. "
            "Hij treiterde hen door voorbij haar huis te rijden.",
            [(81, 90, "treiterde", "attributed")],
        ),
        (
            "Volgens de moeder weigeren de kinderen contact. Hij zou hen gedreigd hebben. "
            "De kinderen waren bang dat hij hen niet terug zou brengen. Hij treiterde hen.",
            [(140, 149, "treiterde", "attributed")],
        ),
        # no "zou" right after the cue, a present account, or a new paragraph: the author's
        (
            "Volgens de moeder weigeren de kinderen contact. Het is een lastige zaak. "
            "Hij treiterde hen door voorbij haar huis te rijden.",
            [(77, 86, "treiterde", "asserted")],
        ),
        (
            "Volgens de moeder weigeren de kinderen contact. Hij zou hen gedreigd hebben. "
            "Hij treitert hen door voorbij haar huis te rijden.",
            [(81, 89, "treitert", "asserted")],
        ),
        (
            "Volgens de moeder weigeren de kinderen contact. Hij zou hen gedreigd hebben.\n\n"
            "Hij treiterde hen door voorbij haar huis te rijden.",
            [(82, 91, "treiterde", "asserted")],
        ),
    ],
)
def test_reported_chain(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert _found(text, voice_model) == expected


@pytest.mark.parametrize("voice_model", MODES)
def test_story_title_with_a_name_is_asserted(voice_model: str | None) -> None:
    text = "Liam werd dagelijks gekleineerd door de juf\n\nGepest door de juf? Het komt voor."
    assert _found(text, voice_model) == [
        (20, 31, "gekleineerd", "asserted"),
        (45, 51, "Gepest", "discussed"),
    ]


def test_headline_in_the_present_with_a_place_stays_discussed() -> None:
    text = "Stadskanaal wil betere begeleiding bij vechtscheidingen\n\nDe gemeente begint."
    assert _found(text, "rules") == [(39, 55, "vechtscheidingen", "discussed")]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ben ik dan een slechte vader?", [(15, 28, "slechte vader", "discussed")]),
        ("En ben ik een slechte moeder?", [(14, 28, "slechte moeder", "discussed")]),
        # inside a quote too: the question applies the judgement to no one
        (
            "Ze dacht: ‘Ben ik ook een slecht persoon?’",
            [(26, 40, "slecht persoon", "discussed")],
        ),
        # a statement about oneself, a question about someone else: as before
        ("Ik ben een slechte moeder.", [(11, 25, "slechte moeder", "asserted")]),
        ("Is hij een slechte vader?", [(11, 24, "slechte vader", "asserted")]),
    ],
)
def test_question_about_oneself(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert _found(text, voice_model) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik ben volgens mij erg egoïstisch.", [(23, 33, "egoïstisch", "asserted")]),
        ("Ik ben volgens mij lui.", [(19, 22, "lui", "asserted")]),
        ("Hij is volgens mij erg egoïstisch.", [(23, 33, "egoïstisch", "asserted")]),
        ("Ik ben volgens haar erg egoïstisch.", [(24, 34, "egoïstisch", "attributed")]),
        ("Het is volgens mij erg belangrijk.", []),
    ],
)
def test_volgens_mij_before_the_predicate(text: str, expected: list[tuple]) -> None:
    assert _found(text, "rules") == expected


@pytest.mark.parametrize(
    "text",
    [
        "De juf was treiterig tegen de klas.",
        "De leerkracht had een heel negatieve houding.",
        "De juf is volgens mij erg onredelijk.",
        "De gezinsvoogd is volgens mij erg arrogant.",
    ],
)
def test_no_hit_for_a_judgement_of_a_professional(text: str) -> None:
    assert _found(text, None) == []
    assert _found(text, "rules") == []


def test_act_of_a_professional_aimed_at_a_child_stays() -> None:
    assert _found("De juf kleineerde hem.", None) == [(7, 17, "kleineerde", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a population marked out by the term (the guide's line 4): discussed
        (
            "Veel kinderen die te maken hebben met een vechtscheiding kampen met problemen.",
            [(42, 56, "vechtscheiding", "discussed")],
        ),
        (
            "Ouders die te maken hebben gehad met ouderverstoting zijn boos.",
            [(37, 52, "ouderverstoting", "discussed")],
        ),
        # one person dealing with someone: as before
        (
            "Mijn zoon heeft te maken met een narcistische vader.",
            [(33, 45, "narcistische", "asserted")],
        ),
    ],
)
def test_population_term_is_discussed(text: str, expected: list[tuple]) -> None:
    assert _found(text, "rules") == expected
