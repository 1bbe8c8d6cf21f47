"""labels41 (issue 11 §1, the lead's decisions after labels39 and labels40): "zwart schaap" and
"emotionele verwaarlozing" are lexicon terms with a why and a neutral alternative, "tiger
mum(s)" is a form of hyperouder, and "slagen er niet in ... te" in main-clause order is a
judgement of capacity (policy line 6) again. Written sentences, not evaluation texts; every
expected hit is missing on main 3a3fae1."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


def test_new_terms_have_a_why_and_an_alternative() -> None:
    lexicon = load_lexicon(LEXICON)
    for label in ("zwart schaap", "emotionele verwaarlozing"):
        term = lexicon[label]
        assert len(term.why) > 60 and len(term.alternative) > 40, label
    assert {"tiger mum", "tiger mom"} <= set(lexicon["hyperouder"].variants)
    assert "tegen alle adviezen in" not in lexicon["niet-meewerkend"].variants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens zijn moeder is Tim altijd het zwarte schaap van de familie geweest.",
            [(38, 66, "zwarte schaap van de familie", "zwart schaap", "attributed")],
        ),
        (
            "Zwarte schapen worden in veel gezinnen de zondebok van de ruzies.",
            [(0, 14, "Zwarte schapen", "zwart schaap", "discussed")],
        ),
        (
            "Er is geen sprake van emotionele verwaarlozing door moeder.",
            [(22, 46, "emotionele verwaarlozing", "emotionele verwaarlozing", "negated")],
        ),
        (
            "Geweld en emotionele of lichamelijke verwaarlozing kunnen een kind schaden.",
            [
                (
                    10,
                    50,
                    "emotionele of lichamelijke verwaarlozing",
                    "emotionele verwaarlozing",
                    "discussed",
                )
            ],
        ),
        (
            "De buurvrouw noemt haar een echte tiger mom.",
            [(34, 43, "tiger mom", "hyperouder", "attributed")],
        ),
        (
            "Het boek over tiger mums werd een bestseller.",
            [(14, 24, "tiger mums", "hyperouder", "discussed")],
        ),
    ],
)
def test_new_lexicon_forms(text: str, expected: list[tuple]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ik was thuis altijd het zwarte schaap.", (24, 37, "zwarte schaap")),
        (
            "De rechtbank stelt vast dat de kinderen bij vader emotioneel verwaarloosd worden.",
            (50, 73, "emotioneel verwaarloosd"),
        ),
    ],
)
def test_new_lexicon_spans(text: str, span: tuple[int, int, str]) -> None:
    """Span and label only: the voices here (discussed, attributed) are the voice rules' and
    wrong by policy lines 1 and 6 (left for the voice work)."""
    assert [h[:3] for h in spans(text)] == [span]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De ouders slagen er niet in de kinderen buiten hun strijd te houden.",
            [
                (
                    20,
                    67,
                    "niet in de kinderen buiten hun strijd te houden",
                    "negatieve typering",
                    "asserted",
                )
            ],
        ),
        (
            "Moeder slaagt er niet in om het kind rust te bieden, schrijft de Raad.",
            [
                (
                    17,
                    51,
                    "niet in om het kind rust te bieden",
                    "negatieve typering",
                    "attributed",
                )
            ],
        ),
    ],
)
def test_main_clause_order_of_not_succeeding(text: str, expected: list[tuple]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vader slaagde er niet in om op tijd bij de zitting te komen.",
        "De ouders zijn er niet in geslaagd een nieuwe woning te vinden.",
        "Hij maakt een zwarte grap over schapen.",
        "Het huis was verwaarloosd en de tuin ook.",
        "Michelle gaat tegen alle adviezen in met de baby naar buiten.",
    ],
)
def test_no_hit(text: str) -> None:
    assert spans(text) == []
