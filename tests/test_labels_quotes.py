"""labels-quotes: quotation marks in Dutch text (wb.dossiers.voice_text.quote_spans, the one
quote-span helper of the voice rules, and QUOTE_MARKS, the one set of quote-mark tokens).
Written sentences; exact spans and voices."""

from __future__ import annotations

import pytest

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice_text import QUOTE_MARKS, quote_spans

_INTRO = "Anna vertelt over haar scheiding. "
_SAID = "Het ging lang goed. Mijn ex is een narcist. Dat weet ik nu."
_MARKS = [("„", "”"), ("“", "”"), ("‘", "’"), ("'", "'"), ('"', '"'), (",,", "''"), ("«", "»")]


def _voices(finder: LabelFinder, text: str) -> list[tuple[str, str, str]]:
    """Every hit as (text, label, voice)."""
    return [(h.text, h.label, h.voice) for h in finder.find("t", text)]


@pytest.mark.parametrize(("opening", "closing"), [*_MARKS, ("‛", "’")])
def test_each_mark_quotes_several_sentences(
    finder: LabelFinder, opening: str, closing: str
) -> None:
    text = f"{_INTRO}{opening}{_SAID}{closing} Daarna zwijgt ze."
    start = len(_INTRO) + len(opening)
    assert quote_spans(text) == [(start, start + len(_SAID))]
    assert _voices(finder, text) == [("narcist", "narcistisch", "attributed")]


@pytest.mark.parametrize(
    "text",
    [
        "Het is zo'n kamer vol baby's. Mijn ex is een narcist.",
        "Het is 's avonds stil. Mijn ex is een narcist.",
    ],
)
def test_apostrophe_in_a_word_opens_no_quote(finder: LabelFinder, text: str) -> None:
    assert quote_spans(text) == []
    assert _voices(finder, text) == [("narcist", "narcistisch", "asserted")]


def test_inner_quote_with_the_same_mark_does_not_close_the_outer_one(finder: LabelFinder) -> None:
    text = (
        "Anna vertelt: 'Het ging lang goed. Ik typte: 'hoe herken je hem'. Mijn ex is een narcist.'"
    )
    outer = text.index("'") + 1
    assert quote_spans(text) == [(outer, len(text) - 1)]  # the inner quote is only counted
    assert _voices(finder, text) == [("narcist", "narcistisch", "attributed")]


def test_dash_lines_of_a_dialogue_are_quoted(finder: LabelFinder) -> None:
    text = (
        "Een gesprek met Anna.\n\n– Hoe ging het na de scheiding?\n"
        "– Het ging lang goed. Mijn ex is een narcist, dat weet ik nu."
    )
    question = text.index("Hoe")
    answer = text.index("Het ging")
    assert quote_spans(text) == [(question, text.index("?") + 1), (answer, len(text))]
    assert _voices(finder, text) == [("narcist", "narcistisch", "attributed")]


def test_a_list_with_dashes_is_no_dialogue(finder: LabelFinder) -> None:
    text = "Waar let u op:\n– Mijn ex is een narcist.\n– Hij liegt vaak."
    assert quote_spans(text) == []
    assert _voices(finder, text) == [("narcist", "narcistisch", "asserted")]


def test_speaker_label_and_colon_open_a_story_over_single_line_breaks(
    finder: LabelFinder,
) -> None:
    text = "Anna: “Het ging lang goed.\nMijn ex is een narcist.\nDat weet ik nu."
    assert quote_spans(text) == [(text.index("Het"), len(text))]
    assert _voices(finder, text) == [("narcist", "narcistisch", "attributed")]


def test_a_quoted_word_inside_a_story_does_not_end_the_story(finder: LabelFinder) -> None:
    text = (
        "‘Het ging lang goed met ons.\n\nToen kwam de scheiding. Er bestond geen ‘nee’ meer in"
        " zijn wereld.\n\nMijn ex is een narcist. Dat weet ik nu."
    )
    nee = text.index("nee")
    assert sorted(quote_spans(text)) == [(1, len(text)), (nee, nee + 3)]
    assert _voices(finder, text) == [("narcist", "narcistisch", "attributed")]


def test_quote_marks_are_one_set() -> None:
    assert QUOTE_MARKS == frozenset("'\"“”„«»‘’‛‚‹›")
