"""Labels after round 14 (issue 11 §1, labels14): insecure attachment as a finding, coercive
control, "een zwart beeld schetsen" of a person, "mededeling" and "toegeven" as cues of someone
else's view, and "je"/"we" + "spreken van" naming a term. Written sentences, not evaluation
texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de orthopedagoog is het meisje onveilig gehecht aan haar moeder.",
            [(39, 55, "onveilig gehecht", "hechtingsproblematiek", "attributed")],
        ),
        (
            "Het rapport spreekt van een onveilige hechting bij de jongen.",
            [(28, 46, "onveilige hechting", "hechtingsproblematiek", "attributed")],
        ),
        (
            "Moeder stelt dat er sprake is van dwingende controle door vader.",
            [(34, 52, "dwingende controle", "intieme terreur", "attributed")],
        ),
        (
            "Bij intieme terreur oefent een partner dwang uit.",
            [(4, 19, "intieme terreur", "intieme terreur", "discussed")],
        ),
        (
            "De gezinsvoogd heeft een zwart beeld van de moeder geschetst.",
            [
                (
                    25,
                    60,
                    "zwart beeld van de moeder geschetst",
                    "zwart beeld schetsen",
                    "asserted",
                )
            ],
        ),
        # a dark picture of a thing is no label
        ("De econoom schetst een zwart beeld van de toekomst.", []),
        # a secure attachment is no finding against anyone
        ("Het kind is veilig gehecht.", []),
        # "kansloos": her chances, not a judgement of her (left out of the CLiPS list)
        ("Vanaf het begin was ze kansloos, vindt de moeder.", []),
    ],
)
def test_lexicon_additions(text: str, expected: list[tuple]) -> None:
    assert found(label_finder(), text) == expected


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter "met de mededeling dat ...": the sender's view (was asserted)
        (
            "Ik kreeg een brief van de Raad met de mededeling dat er sprake is van emotionele "
            "beïnvloeding door moeder.",
            [(81, 93, "beïnvloeding", "beïnvloed", "attributed")],
        ),
        # "toegeven dat", also separated: the admission of the subject (was asserted)
        (
            "De Raad gaf toe dat moeder het kind emotioneel beïnvloedde.",
            [(47, 58, "beïnvloedde", "beïnvloed", "attributed")],
        ),
        # "dan spreek je van X": the generic "je" names the term (was attributed)
        (
            "Als de zorg structureel is, dan spreek je van negatieve parentificatie.",
            [(56, 70, "parentificatie", "parentificatie", "discussed")],
        ),
        # "wat (een) X is": the term explained, also after a reporting verb (was attributed)
        (
            "Na een uitleg over wat een hechtingsstoornis is, beschrijft de auteur hoe dit "
            "getest kan worden.",
            [(27, 44, "hechtingsstoornis", "hechtingsproblematiek", "discussed")],
        ),
        # applied to someone in a reported clause: still attributed
        (
            "Vader zegt dat moeder een narcist is.",
            [(26, 33, "narcist", "narcistisch", "attributed")],
        ),
        # said to someone: "je noemt hem X" stays someone's naming
        (
            "Je noemt hem een narcist, maar dat helpt niet.",
            [(17, 24, "narcist", "narcistisch", "attributed")],
        ),
    ],
)
def test_voice_cues(voice_model: str | None, text: str, expected: list[tuple]) -> None:
    assert found(label_finder(voice_model), text) == expected
