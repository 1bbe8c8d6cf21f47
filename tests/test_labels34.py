"""labels34 (issue 11 §1, after round 26): a term as a word to use ("te spreken van X"), an
indefinite term opening a condition, a bare plural group in a clause of possibility or
prevention, a counted group inside someone's quote, and two lexicon forms ("komt afspraken
slecht na", "onder invloed van de moeder"). Written sentences, not evaluation texts."""

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
        # the term as a word one may use, also under a cue: discussed
        (
            "Volgens de gezinsvoogd is het lastig om te spreken van ouderverstoting.",
            [(55, 70, "ouderverstoting", "discussed")],
        ),
        (
            "In zulke zaken spreken we van een vechtscheiding.",
            [(34, 48, "vechtscheiding", "discussed")],
        ),
        # applied under the same cue: still attributed
        (
            "Volgens de gezinsvoogd is er sprake van ouderverstoting.",
            [(40, 55, "ouderverstoting", "attributed")],
        ),
        # an indefinite term opening a condition inside a quote: discussed
        (
            "De wethouder zei: “Wanneer een vechtscheiding dreigt, moet er hulp komen.”",
            [(31, 45, "vechtscheiding", "discussed")],
        ),
        # "als een X" as a comparison is no condition
        (
            "De wethouder zei: “Zij gedraagt zich als een vechtscheiding.”",
            [(45, 59, "vechtscheiding", "attributed")],
        ),
        (
            "De moeder zegt dat de zoon zich gedraagt als een verwend nest.",
            [(49, 61, "verwend nest", "attributed")],
        ),
    ],
)
def test_word_and_condition(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert _found(text, voice_model) == expected


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural group after "dat"/"waardoor" with prevention or "kunnen": discussed
        (
            "Het Kamerlid benadrukte dat voorkomen moet worden dat kinderen ‘klem en verloren’ "
            "raken.",
            [(64, 80, "klem en verloren", "discussed")],
        ),
        (
            "Er is ruzie, waardoor kinderen in de knel kunnen komen.",
            [(31, 41, "in de knel", "discussed")],
        ),
        # her children, the children: particular ones, so the cue or the author decides
        (
            "De moeder zei dat haar kinderen ‘klem en verloren’ raakten.",
            [(33, 49, "klem en verloren", "attributed")],
        ),
        (
            "Er is ruzie, waardoor de kinderen in de knel kwamen.",
            [(34, 51, "in de knel kwamen", "asserted")],
        ),
        # a counted group inside a quote: the speaker named after it is not counted
        (
            "“Van de 30.000 kinderen zitten er 8000 in een vechtscheiding”, zei Kamerlid Jansen.",
            [(46, 60, "vechtscheiding", "discussed")],
        ),
    ],
)
def test_groups(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert _found(text, voice_model) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De vader komt afspraken slecht na.", [(9, 33, "komt afspraken slecht na", "asserted")]),
        (
            "Het kind wijst vader af onder invloed van de moeder.",
            [(24, 51, "onder invloed van de moeder", "asserted")],
        ),
        ("Het kind reed onder invloed van alcohol.", []),
    ],
)
def test_lexicon_forms(text: str, expected: list[tuple]) -> None:
    assert _found(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject is "de gevolgen", the persons end a prepositional phrase with a participle
        (
            "De gevolgen voor de verstoten ouders zijn verschrikkelijk.",
            [(20, 36, "verstoten ouders")],
        ),
        ("De moeder is verschrikkelijk.", [(13, 28, "verschrikkelijk")]),
    ],
)
def test_subject_after_a_participle(text: str, expected: list[tuple]) -> None:
    assert [(a, b, t) for a, b, t, _ in _found(text, None)] == expected


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted title after "over": capital first, no finite verb
        (
            "Een studiedag over ‘Zorgen om ouderverstoting – Het zicht van de jeugdrechter’ kon "
            "rekenen op veel belangstelling.",
            [(30, 45, "ouderverstoting", "discussed")],
        ),
        # no capital: someone's words about the family
        (
            "De moeder klaagde over ‘de ouderverstoting door vader’.",
            [(27, 42, "ouderverstoting", "attributed")],
        ),
    ],
)
def test_quoted_title(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert _found(text, voice_model) == expected
