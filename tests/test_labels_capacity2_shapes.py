"""labels-capacity2 (issue 11 §1, policy line 6 of 2026-12-05: a parent's capacity for
parenting, insight and putting the child first): losing or lacking sight of the child or a
person ("uit het oog verliezen", "geen oog voor") and "niet (goed) kunnen" + a verb of parenting
or attunement with a task word in the clause. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import voiced_spans

from wb.lang import word_set

MODES = [None, "rules"]

FOUND = [
    # losing sight: "uit het oog" + verliezen after it, and the verb first
    (
        "Hun ruzies maken dat de ouders de belangen van hun dochter uit het oog verliezen.",
        (59, 80, "uit het oog verliezen", "asserted"),
    ),
    (
        "Door de aanhoudende strijd dreigt het belang van de kinderen uit het oog te worden "
        "verloren.",
        (61, 91, "uit het oog te worden verloren", "asserted"),
    ),
    (
        "De vader verliest het belang van zijn zoon volledig uit het oog.",
        (9, 63, "verliest het belang van zijn zoon volledig uit het oog", "asserted"),
    ),
    # lacking sight: a word of lack, "oog" ("meer" after it), "voor" + a person or a task word
    (
        "Sinds de scheiding heeft hij geen oog meer voor haar.",
        (29, 52, "geen oog meer voor haar", "asserted"),
    ),
    (
        "De moeder heeft onvoldoende oog voor de behoeften van het kind.",
        (16, 49, "onvoldoende oog voor de behoeften", "asserted"),
    ),
    # "niet (goed) kunnen" + a verb of parenting or attunement, a task word in the clause; the
    # span runs from the word of lack to the verb
    (
        "Het jongetje heeft extra zorg nodig die de ouders niet kunnen bieden.",
        (50, 68, "niet kunnen bieden", "asserted"),
    ),
    (
        "Vader kan de signalen van zijn dochter niet oppikken.",
        (39, 52, "niet oppikken", "asserted"),
    ),
    (
        "De raad acht de moeder niet goed in staat en stelt dat zij onvoldoende kan afstemmen "
        "op de behoeften van haar zoon.",
        (59, 84, "onvoldoende kan afstemmen", "asserted"),
    ),
    # a separable verb split by "kunnen"; grandparents coordinated with the parents are no
    # professionals (grootouder is a voice role)
    (
        "Wij zien dat de ouders en grootouders onvoldoende aan kunnen sluiten bij wat het kind "
        "nodig heeft.",
        (38, 68, "onvoldoende aan kunnen sluiten", "asserted"),
    ),
]

NOT_FOUND = [
    "De gezinsvoogd verloor het belang van het kind uit het oog.",  # a professional
    "Ik ben mijn sleutels uit het oog verloren.",  # no task word
    "Uit het oog, uit het hart.",  # no verliezen
    "Ze kreeg er gaandeweg oog voor hoe haar zoon speelde.",  # no word of lack
    "Vannacht heb ik geen oog dichtgedaan.",  # no "voor"
    "De vader kan de kinderen niet meer zien sinds de verhuizing.",  # contact, not capacity
    "De gezinsvoogd kan de zorg niet bieden die het kind nodig heeft.",  # a professional
    "Ik kan de kinderen vandaag niet ophalen van school.",  # a practical task
    "Maar ik kan het niet loslaten.",  # no task word in the clause
]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_capacity_shapes_found(
    text: str, expected: tuple[int, int, str, str], voice_model: str | None
) -> None:
    assert voiced_spans(text, voice_model) == [expected]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize("text", NOT_FOUND)
def test_capacity_lookalikes_not_found(text: str, voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == []


def test_modal_verbs_leave_out_seeing() -> None:
    verbs = word_set("description_capability_modal_verbs.txt")
    assert "zien" not in verbs
    assert {"aansluiten", "afstemmen", "bieden", "oppikken"} <= verbs
