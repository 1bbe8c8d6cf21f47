"""labels-policy5 (2026-12-06): a generic "je" applies the term to no one in particular.

Guide line 18 (``bench/realtext/labels/README.md``): a "je/jij" that addresses no one in
particular (the reader as anyone) makes a term said of it, or of what is its own ("je kind"),
``discussed``; a "je/jij" that addresses a real, present person keeps its voice (a salutation, a
vocative, a writer speaking as "ik" to the one addressed, "jullie", a quoted speaker). Written
sentences, not taken from an evaluation text, with the exact voices of the default finder and
of the rules alone (:func:`wb.dossiers.voice_generic_you.generic_you`). Labels22's "En zo kom
jij in een X terecht" (asserted until now) follows the line: tests/test_labels22.py.
"""

from __future__ import annotations

import pytest
from label_finders import label_finder, voices

from wb.dossiers.voice_generic_you import addressed_text

# (text, voices of the default and of the rules alike); the comment gives main's voice
GENERIC = [
    # main: asserted
    ("Je bent dan een slechte moeder.", [("slechte moeder", "discussed")]),
    # main: asserted
    (
        "Met het verwennen van je kind bereik je het tegendeel.",
        [("verwennen", "discussed")],
    ),
    # main: asserted (a list after the comma continues the clause of "word je")
    (
        "Binnen het gezin word je buitengesloten, gekleineerd en gepest.",
        [("gekleineerd", "discussed"), ("gepest", "discussed")],
    ),
    # main: asserted (labels22's you_subject guard)
    (
        "Voor je het weet heb je een manipulatieve puber in huis.",
        [("manipulatieve", "discussed")],
    ),
    # main: asserted
    ("Je kind trekt zich nergens iets van aan.", [("trekt zich nergens", "discussed")]),
    # main: discussed (a condition)
    (
        "Als je je kind verwaarloost, ben je geen goede ouder.",
        [("verwaarloost", "discussed"), ("geen goede ouder", "discussed")],
    ),
]

ADDRESSED = [
    # the term goes on "ouders", not on the "je" of "zie je"
    ("Op het schoolplein zie je dat ouders te assertief zijn.", [("te assertief", "asserted")]),
    # a past: someone's own history
    ("Toen je klein was, werd je gepest.", [("gepest", "asserted")]),
    # a salutation opens the text: a letter
    ("Hoi Sanne,\n\nJij bent zo brutaal.", [("brutaal", "asserted")]),
    # a vocative, at the start and at the end
    ("Sanne, jij bent altijd zo manipulatief.", [("manipulatief", "asserted")]),
    ("Jij bent altijd zo manipulatief, Sanne.", [("manipulatief", "asserted")]),
    # the writer speaks as "ik" to the one addressed
    ("Ik zie dat jij je kind verwaarloost.", [("verwaarloost", "asserted")]),
    # a quoted speaker to the one spoken to
    ("‘Jij verwaarloost de kinderen,’ zei hij tegen haar.", [("verwaarloost", "attributed")]),
    # a denial stays negated
    ("Je bent als ouder nooit een narcist.", [("narcist", "negated")]),
]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(("text", "expected"), GENERIC + ADDRESSED)
def test_generic_you_voices(model: str | None, text: str, expected: list) -> None:
    assert voices(label_finder(model), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieve Sanne,\n\nIk schrijf je deze brief.", True),
        ("Geachte heer De Vries, hierbij mijn klacht.", True),
        ("Beste ouders,\nDe school is dicht.", True),
        ("Als je je kind verwaarloost, ben je geen goede ouder.", False),
        ("Lieve kinderen zijn er genoeg.", False),
    ],
)
def test_addressed_text(text: str, expected: bool) -> None:
    assert addressed_text(text) is expected
