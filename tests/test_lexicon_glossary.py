"""labels-glossary: lexicon terms from Dutch writing guides and glossaries on labelling language
in youth care, youth justice and child protection. Written sentences with exact spans, labels
and, where the term itself is talked about, the voice `discussed`."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import found_labels

from wb.dossiers.labels import LabelFinder
from wb.dossiers.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
NEW_TERMS = (
    "probleemjongere",
    "criminele jongere",
    "asociaal gezin",
    "lastig kind",
    "kinderprostituee",
    "autist",
)


def test_new_terms_have_why_and_alternative() -> None:
    lexicon = load_lexicon(LEXICON)
    assert lexicon.labels[-len(NEW_TERMS) :] == list(NEW_TERMS)
    for label in NEW_TERMS:
        term = lexicon[label]
        assert len(term.why.split()) >= 15, label
        assert len(term.alternative.split()) >= 10, label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De wijkagent noemt hem een probleemjongere.", [("probleemjongere", "probleemjongere")]),
        (
            "De gemeente heeft een aanpak voor risicojongeren.",
            [("risicojongeren", "probleemjongere")],
        ),
        (
            "Volgens de buurman is de zoon een jeugdcrimineel.",
            [("jeugdcrimineel", "criminele jongere")],
        ),
        (
            "De rechter sprak over criminele jongeren in de wijk.",
            [("criminele jongeren", "criminele jongere")],
        ),
        (
            "De woningcorporatie noemt de familie een asociaal gezin.",
            [("asociaal gezin", "asociaal gezin")],
        ),
        ("De juf vindt Daan een lastig kind.", [("lastig kind", "lastig kind")]),
        (
            "Het meisje werd in het dossier een kinderprostituee genoemd.",
            [("kinderprostituee", "kinderprostituee")],
        ),
        ("Vader zegt dat zijn zoon een autist is.", [("autist", "autist")]),
        ("De jongen is een ADHD'er volgens zijn vader.", [("ADHD'er", "autist")]),
    ],
)
def test_new_term_found(finder: LabelFinder, text: str, expected: list) -> None:
    assert found_labels(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het kind heeft autisme, vastgesteld door de kinderpsychiater.",
        "Dit is lastig voor het kind.",
    ],
)
def test_no_form(finder: LabelFinder, text: str) -> None:
    assert found_labels(finder, text) == []


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        (
            "Het woord 'probleemjongere' is een etiket dat jongeren jaren meedragen.",
            "probleemjongere",
            "probleemjongere",
        ),
        ("De term 'autist' maakt van een diagnose een persoon.", "autist", "autist"),
        ("Vroeger sprak men van asociale gezinnen.", "asociale gezinnen", "asociaal gezin"),
    ],
)
def test_discussed_use(finder: LabelFinder, text: str, span: str, label: str) -> None:
    assert [(h.text, h.label, h.voice) for h in finder.find("t", text)] == [
        (span, label, "discussed")
    ]


def test_alternative_reaches_the_hit(finder: LabelFinder) -> None:
    (hit,) = finder.find("t", "De juf vindt Daan een lastig kind.")
    lexicon = load_lexicon(LEXICON)
    assert lexicon[hit.label].alternative.startswith("Beschrijf het gedrag in een situatie")
