"""A lexicon form inside a capitalised name of several words is discussed (issue 11 §1, the
knel-policy of bench/README.md): a programme, organisation or title that carries the term is no
label on a family. Made-up names, and the one in the bundled dossiers."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import hits, label_finder

from wb.dossiers.voice_names import inside_name
from wb.nlp import load

DOSSIERS = Path(__file__).resolve().parent.parent / "corpora" / "dossiers"


@pytest.mark.parametrize("voice_model", ["rules", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a training named after the image
            "Vader volgt de training Ouders uit de Knel bij het wijkteam.",
            [(31, 42, "uit de Knel", "klem zitten", "discussed")],
        ),
        (  # a book title
            "Moeder las het boek Vaders in de Knel.",
            [(27, 37, "in de Knel", "klem zitten", "discussed")],
        ),
        (  # the name goes on after the term
            "De werkgroep Gezinnen in de Knel Noord komt maandelijks bijeen.",
            [(22, 32, "in de Knel", "klem zitten", "discussed")],
        ),
        (  # the image in plain words applies the term
            "De kinderen komen in de knel.",
            [(12, 28, "komen in de knel", "klem zitten", "asserted")],
        ),
        (  # a capitalised term on its own is no name: the cue decides
            "De rechtbank stelt vast dat er sprake is van Parental Alienation.",
            [(45, 64, "Parental Alienation", "ouderverstoting", "attributed")],
        ),
    ],
)
def test_a_term_inside_a_name_is_discussed(voice_model: str | None, text: str, expected) -> None:
    assert hits(label_finder(voice_model), text) == expected


def _inside(text: str, term: str) -> bool:
    doc = load()(text)
    start = text.index(term)
    tokens = list(doc)
    at = next(k for k, t in enumerate(tokens) if t.idx + len(t) > start)
    upto = next((k for k, t in enumerate(tokens) if t.idx >= start + len(term)), len(tokens))
    return inside_name(tokens, at, upto)


def test_inside_name_needs_a_capital_inside_the_sentence_and_beyond_the_term() -> None:
    assert _inside("Zij gaan naar het programma Kinderen uit de Knel.", "uit de Knel")
    assert _inside("Ouders uit de Knel is een training.", "uit de Knel")  # capital in the term
    assert not _inside("Het kind zit in de knel.", "in de knel")  # no capital
    assert not _inside("In de knel zitten kinderen vaak.", "In de knel")  # opens the sentence
    assert not _inside("Er is sprake van Parental Alienation.", "Parental Alienation")
    assert not _inside("Zij noemde het KINDEREN UIT DE KNEL.", "UIT DE KNEL")  # capitals only


def test_the_programme_name_in_the_bundled_dossiers_is_discussed() -> None:
    text = (DOSSIERS / "D2-04_plan-van-aanpak-GI.txt").read_text(encoding="utf-8")
    found = label_finder().find("D2-04_plan-van-aanpak-GI.txt", text)
    knel = [(h.text, h.label, h.voice) for h in found if "Knel" in h.text]
    assert knel == [("uit de Knel", "klem zitten", "discussed")]
