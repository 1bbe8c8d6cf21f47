"""labels42 (issue 11 §1, the lead's decision after labels41): the bare "verwaarlozing" is a
lexicon term when a person word is in the sentence (a concrete parent neglecting a concrete
child, or the phenomenon talked about), not a neglected house nor the legal ground named as
such; and a three-letter word takes the plural -s, so "Tiger Mums" in a capitalised English title
is a form of hyperouder. Written sentences, not evaluation texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.lexicon import load_lexicon, word_forms

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


def test_neglect_term_has_a_why_an_alternative_and_a_person_context() -> None:
    term = load_lexicon(LEXICON)["verwaarlozing"]
    assert len(term.why) > 60 and len(term.alternative) > 40
    assert {"verwaarlozing", "verwaarloosd", "verwaarloost"} <= set(term.variants)
    assert {"kind", "kinderen", "moeder", "vader", "ouders"} <= set(term.context)


def test_three_letter_words_take_only_the_plural_s() -> None:
    assert word_forms("mum") == {"mum", "mums"}
    assert word_forms("ex") == {"ex"}
    assert "moeders" in word_forms("moeder")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er is geen sprake van verwaarlozing door moeder.",
            [(22, 35, "verwaarlozing", "verwaarlozing", "negated")],
        ),
        (
            "Volgens moeder verwaarloost vader de kinderen.",
            [(15, 27, "verwaarloost", "verwaarlozing", "attributed")],
        ),
        (
            "Verwaarloosde kinderen hebben vaak een achterstand op school.",
            [(0, 22, "Verwaarloosde kinderen", "verwaarlozing", "discussed")],
        ),
        (
            "Er is geen sprake van emotionele verwaarlozing door moeder.",
            [(22, 46, "emotionele verwaarlozing", "emotionele verwaarlozing", "negated")],
        ),
        (
            "Ze schreef 'Battle Hymn of the Tiger Mums', een boek.",
            [(31, 41, "Tiger Mums", "hyperouder", "discussed")],
        ),
        (
            "Het boek Tiger Moms is uit.",
            [(9, 19, "Tiger Moms", "hyperouder", "discussed")],
        ),
    ],
)
def test_hits(text: str, expected: list[tuple]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het huis was verwaarloosd en de tuin ook.",
        "Bij verwaarlozing of mishandeling kan de raad een verzoek doen.",
        "De tuin verwaarloost als niemand hem bijhoudt.",
    ],
)
def test_no_hit(text: str) -> None:
    assert spans(text) == []
