"""labels-aimed5 (2026-12-07): aimed descriptions that transfer.

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* anger said of a concrete third person (``description_anger``, labels-aimed4's pattern back
  with guards): not of a kind of person ("Ouders die ... zijn boos", "Veel vaders worden
  kwaad"), not in a clause of condition or time ("Als de vader boos wordt, ..."), not at a
  place ("boos op school"); the speaker's or reader's anger, a denial, a dated incident and
  attributive uses stay out as before (labels-policy2 line 2: anger of a concrete parent or
  child said by someone else is in scope);
* "overkomen" + a judging adjective ("Vader komt dwingend over") was tried and left out (no
  occurrence in the tune texts); the sentence stays unfound.
"""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.description_anger import conditional, find_anger, generic_person

T = "negatieve typering"

FOUND = [
    (
        "Als ik vraag of hij zijn kamer opruimt, wordt mijn zoon boos.",
        [(56, 60, "boos", T, "asserted")],
    ),
    (
        "De buurman zegt dat de vader altijd heel kwaad wordt.",
        [(41, 46, "kwaad", T, "attributed")],
    ),
    ("Toen zijn moeder het hoorde, werd ze woedend.", [(37, 44, "woedend", T, "asserted")]),
    ("De ouders waren razend.", [(16, 22, "razend", T, "asserted")]),
    ("De moeder was boos op de jongen geworden.", [(14, 18, "boos", T, "asserted")]),
    # out of test_labels_aimed5's look-alikes: a concrete grandmother's anger (policy2 line 2)
    ("De oma is boos tegen de buurman.", [(10, 14, "boos", T, "asserted")]),
    # a degree word before it: the "dat" clause tells how angry (lead, after the clean-clone run)
    ("De vader werd zo kwaad dat hij de deur dichtsloeg.", [(17, 22, "kwaad", T, "asserted")]),
]

KEPT = [
    # the speaker's or the reader's anger, a denial, a dated incident, a matter, attributive
    "Toen werd ik boos en liep ik weg.",
    "Ik snap dat je boos bent.",
    "Hij was een rustige man die niet gauw boos werd.",
    "Hij erkent dat hij in oktober 2021 boos is geworden.",
    "Hij werd kwaad over de uitspraak.",
    "Er kwamen boze blikken van de andere ouders.",
    "Dat zet kwaad bloed bij de buren.",
    # a condition, a kind of person, a place
    "Als de vader boos wordt, belt de moeder de politie.",
    "Ouders die lang moeten wachten zijn boos.",
    "Veel vaders worden kwaad.",
    "Vader was boos op school.",
    # "overkomen" was left out (labels-aimed5: no occurrence in the tune texts)
    "Vader komt dwingend over.",
    # a feeling with its reason in a "dat" clause (test_voice_round10's pinned look-alike)
    "Moeder was boos dat de bus te laat kwam.",
    "De vader was kwaad dat de rechter hem niet had gehoord.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found_with_spans_and_voices(finder, text: str, expected: list) -> None:
    assert hits(finder, text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_not_found(finder, text: str) -> None:
    assert hits(finder, text) == []


def test_anger_guards(finder) -> None:
    def person(t) -> bool:
        return t.lower_ in {"vader", "vaders", "ouders", "zoon"}

    doc = finder.nlp("Als de vader boos wordt, belt de moeder.")
    assert conditional(doc, 3)
    assert find_anger(doc, person) == []
    doc = finder.nlp("Veel vaders worden kwaad, maar de vaders van Tim en Eva waren boos.")
    assert generic_person(doc, 1)
    assert not generic_person(doc, 7)
    assert find_anger(doc, person) == [(62, 66)]
