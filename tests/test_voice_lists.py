"""Items of a list of signs are discussed (issue 11 §1, voice7): under "Signalen van X:" or a
heading "Kindsignalen" an item says what may be seen in any child. Written sentences."""

from __future__ import annotations

import pytest
from label_finders import label_finder, voices


@pytest.mark.parametrize("voice_model", ["rules", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mogelijke signalen:\n- het kind weigert contact met de vader;\n"
            "- het kind is agressief;\n- het kind wordt negatief beïnvloed door een ouder.",
            [("agressief", "discussed"), ("beïnvloed", "discussed")],
        ),
        (  # a heading ending in a signal noun; the paragraph after the list is no item
            "Kindsignalen\n\n • Het kind trekt zich terug.\n • Het kind is agressief en "
            "prikkelbaar.\n\nMoeder is agressief.",
            [("agressief", "discussed"), ("agressief", "asserted")],
        ),
        (  # a list of what was seen in this family applies the labels
            "Wat we zagen:\n- Moeder is agressief.\n- Vader is manipulatief.",
            [("agressief", "asserted"), ("manipulatief", "asserted")],
        ),
        (  # an item about a particular person
            "Signalen:\n- mijn zoon is agressief.",
            [("agressief", "asserted")],
        ),
    ],
)
def test_signal_items(voice_model: str | None, text: str, expected: list) -> None:
    assert voices(label_finder(voice_model), text) == expected


def test_signals_of_a_named_child_are_applied() -> None:
    for text in ("Signalen bij Sem:\n- Sem is agressief.", "Signalen:\n- Sem is agressief."):
        assert voices(label_finder("rules"), text) == [("agressief", "asserted")]


def test_signals_in_a_family_dossier_are_what_was_seen() -> None:
    """In a report of a dossier (metadata with a dossier) the list names this family's signs."""
    text = "Zorgsignalen:\n- het kind is agressief;\n- moeder is manipulatief."
    finder = label_finder()
    got = finder.find("r.txt", text, metadata={"dossier": "D1", "date": "2024-01-02"})
    assert [(h.text, h.voice) for h in got] == [
        ("agressief", "asserted"),
        ("manipulatief", "asserted"),
    ]
    assert voices(finder, text) == [("agressief", "discussed"), ("manipulatief", "discussed")]
