"""labels48 (issue 10 §1 under issue 11 §1): the word classes the label patterns see, on written
sentences. UD Dutch tags a present participle VERB (VerbForm=Part) unless the word is a
lexicalised adjective, and an adverbially used adjective ("erg", "eigenlijk") ADJ; the tagger
follows that. The patterns accept an uninflected present participle where they ask for an
adjective (wb.dossiers.description_adjectival) and an uninflected adjective as a grading word
after "vinden" + a person. Not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

TYPING = "negatieve typering"


def tags(text: str) -> list[tuple[str, str, str]]:
    """(word, UPOS, VerbForm) of every token of text in the default finder's pipeline."""
    doc = label_finder(None).nlp(text)
    return [(t.text, t.pos_, "".join(t.morph.get("VerbForm"))) for t in doc]


@pytest.mark.parametrize(
    ("text", "word", "upos", "form"),
    [
        ("De vader is intimiderend.", "intimiderend", "VERB", "Part"),
        ("Het is een intimiderende vader.", "intimiderende", "VERB", "Part"),
        ("Maar hij kijkt me minachtend aan.", "minachtend", "VERB", "Part"),
        ("Maar hij kijkt me minachtend aan.", "Maar", "CCONJ", ""),
        ("Een moeder die ook maar wat doet.", "maar", "ADV", ""),
        ("Ik ben eigenlijk altijd jaloers.", "eigenlijk", "ADJ", ""),
        ("Hij is een erg vervelende vader.", "erg", "ADJ", ""),
    ],
)
def test_ud_word_classes(text: str, word: str, upos: str, form: str) -> None:
    assert [t for t in tags(text) if t[0] == word] == [(word, upos, form)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hij is een erg vervelende vader.",
            [(15, 31, "vervelende vader", TYPING, "asserted")],
        ),
        ("Vader is erg lastig.", [(13, 19, "lastig", TYPING, "asserted")]),
        # a present participle does the work of an adjective (VERB in UD Dutch)
        ("Ik vind haar vervelend.", [(13, 22, "vervelend", TYPING, "asserted")]),
        (
            "Maar nu ze ouder wordt vind ik haar vervelend worden.",
            [(36, 45, "vervelend", TYPING, "asserted")],
        ),
        # "erg", "ontzettend" grade the predicate after "vinden" + a person (ADJ in UD Dutch)
        ("Wij vonden haar erg irritant.", [(20, 28, "irritant", TYPING, "asserted")]),
        (
            "Zij vonden de moeder ontzettend vervelend.",
            [(32, 41, "vervelend", TYPING, "attributed")],
        ),
        ("Ik vind hem slecht bereikbaar.", [(12, 18, "slecht", TYPING, "asserted")]),
        # not: "het" is no person, a reason after the predicate, a participle that judges nothing
        ("Ik vind het vervelend.", []),
        ("Ik vond hem vervelend voor haar.", []),
        ("Ik vind hem zo uitdagend.", []),
        ("De vader is intimiderend.", []),
    ],
)
def test_hits(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected
