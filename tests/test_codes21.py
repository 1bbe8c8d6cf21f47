"""codes21: a text's main topic bridges a stretch of any length, with a word of its own.

Made-up sentences and the two-code codebook of the coding tests, exact expectations
(wb.coding.passages ``MAIN_SHARE``, Suggester option ``passage_main_share``).
"""

from __future__ import annotations

import pytest
from proef_codebook import V, proef_book

from wb.coding.passages import MAIN_SHARE, own_words
from wb.coding.sentence_kinds import sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = proef_book()
GAP = [
    "Zij heeft daar een nieuwe baan.",
    "Het huis is al gekocht.",
    "De school is dichtbij.",
    "Er is een tuin.",
    "De nieuwe stad is groot.",
]
MAIN = " ".join(["Moeder wil verhuizen naar Groningen.", "De verhuizing is in mei.", *GAP])
MAIN += " Vader wil niet verhuizen."
HEADING = MAIN.replace("Er is een tuin.", "Er is een tuin.\n\nDe nieuwe stad\n\n")
QUOTED = MAIN.replace("De nieuwe stad is groot.", "“De nieuwe stad is groot.”")
FILLER = " ".join(
    [
        "Het weer was mooi in mei.",
        "De buurvrouw bakt een taart.",
        "Mijn oom leest de krant.",
        "Een vriendin verkoopt haar fiets.",
        "De bus was te laat.",
        "De kat slaapt op de bank.",
        "Het regent al de hele dag.",
    ]
)
REASON = "tussen zinnen over Verhuizing, het hoofdonderwerp van deze tekst («stad»)"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _bridged(nlp, text: str, **options) -> list[tuple[str, str, str, str, float]]:
    # "De nieuwe stad is groot." stands next to "Vader wil niet verhuizen.": since codes28 its one
    # word "stad" carries the document's run there first (test_codes28_one_word.py); two words,
    # as before, leave it to the main topic this file tests
    options.setdefault("doc_runs_words", 2)
    options.setdefault("passage_paragraph", 0)  # the rest of a paragraph: test_codes34_*.py
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    suggester.fit_corpus([nlp(t) for t in (MAIN, FILLER)])
    return [
        (s.match_text, s.code, s.rule, s.reason, s.score)
        for s in suggester.suggest_doc("d", nlp(text))
        if s.rule == "(passage)"
    ]


def test_the_main_topic_bridges_five_sentences_where_its_own_word_stands(nlp) -> None:
    assert MAIN_SHARE == 0.3  # 3 of the 8 sentences have Verhuizing on their own evidence
    assert _bridged(nlp, MAIN) == [("De nieuwe stad is groot.", V, "(passage)", REASON, 0.3)]


def test_switched_off_or_not_the_main_topic_nothing_is_bridged(nlp) -> None:
    assert _bridged(nlp, MAIN, passage_main_share=0) == []
    assert _bridged(nlp, MAIN, passage_main_share=0.4) == []
    # 3 of 15 sentences: a topic of the text (at least .1), not its main topic (.3)
    assert _bridged(nlp, f"{MAIN} {FILLER}") == []
    assert _bridged(nlp, f"{MAIN} {FILLER}", passage_main_share=0.2) == [
        ("De nieuwe stad is groot.", V, "(passage)", REASON, 0.3)
    ]


def test_a_heading_and_quoted_speech_still_stop_it(nlp) -> None:
    assert _bridged(nlp, HEADING) == []
    assert _bridged(nlp, QUOTED) == []


def test_own_words_are_the_codes_lemmas_in_the_sentence(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    model = suggester.model_
    sents = list(nlp(MAIN).sents)
    assert [own_words(model, V, sentence_features(s)) for s in sents[2:7]] == [
        [],
        [],
        [],
        [],
        ["stad"],
    ]
