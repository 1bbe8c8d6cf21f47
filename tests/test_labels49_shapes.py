"""labels49 (issue 10 §1 under issue 11 §1): a nominalised comparative as person noun. UD Dutch
tags "jongere" and "jongeren" ADJ (lemma "jong", Degree=Cmp); when the word heads its phrase it is
the person noun of person_nouns.txt ("lastige jongeren"), not when a noun follows ("een jongere
broer"). Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

TYPING = "negatieve typering"


@pytest.mark.parametrize(
    ("text", "word", "upos", "degree"),
    [
        ("Hij is een lastige jongere.", "jongere", "ADJ", "Cmp"),
        ("De lastige jongeren hingen rond.", "jongeren", "ADJ", "Cmp"),
    ],
)
def test_ud_tags_the_comparative_adj(text: str, word: str, upos: str, degree: str) -> None:
    doc = label_finder(None).nlp(text)
    assert [(t.text, t.pos_, "".join(t.morph.get("Degree"))) for t in doc if t.text == word] == [
        (word, upos, degree)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij is een lastige jongere.", [(11, 26, "lastige jongere", TYPING, "asserted")]),
        ("De lastige jongeren hingen rond.", [(3, 19, "lastige jongeren", TYPING, "discussed")]),
        (
            "Het zijn vervelende jongeren.",
            [(9, 28, "vervelende jongeren", TYPING, "discussed")],
        ),
        ("De jongeren zijn brutaal.", [(17, 24, "brutaal", TYPING, "discussed")]),
        # not: a comparative before its noun, a comparative that is no person noun
        # (labels-aimed: "broer" is a person noun now, so "lastig" is said of him)
        ("Zijn jongere broer is lastig.", [(22, 28, "lastig", TYPING, "asserted")]),
        ("De oudere vrouw is aardig.", []),
        # the adjective must still judge: "crimineel" is in labels-aimed's
        # person_judging_adjectives.txt (an offence adjective before a person noun)
        # labels-glossary: "criminele jongere" is a lexicon term since (a writing guide's label)
        (
            "Het zijn criminele jongeren.",
            [(9, 27, "criminele jongeren", "criminele jongere", "discussed")],
        ),
        ("Het zijn gewone jongeren.", []),
    ],
)
def test_hits(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected
