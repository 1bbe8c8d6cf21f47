"""codes14: a sentence between two sentences of a document's topic takes the code (passages).

Made-up sentences and a two-code codebook, exact expectations (wb.coding.passages, Suggester
options ``passage_gap`` and ``passage_share``).
"""

from __future__ import annotations

import pytest
from proef_codebook import A, V, proef_book

from wb.coding.passages import document_topics, is_quoted, stretch_marks
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = proef_book()
BRIDGE = (
    "Moeder wil verhuizen naar Groningen. Zij heeft daar een nieuwe baan. "
    "Het huis is al gekocht. De verhuizing is in mei. Het weer was mooi."
)
GAP4 = (
    "Moeder wil verhuizen naar Groningen. Zij heeft daar een nieuwe baan. "
    "Het huis is al gekocht. De school is dichtbij. Er is een tuin. De verhuizing is in mei."
)
HEADING = (
    "Moeder wil verhuizen naar Groningen.\n\nEen nieuwe baan\n\n"
    "Zij heeft daar een nieuwe baan. De verhuizing is in mei."
)
TURNS = (
    "Moeder: Ik wil verhuizen naar Groningen.\nVader: Het huis is al gekocht.\n"
    "Moeder: De verhuizing is in mei."
)
NO_TURNS = "Ik wil verhuizen naar Groningen. Het huis is al gekocht. De verhuizing is in mei."
QUOTED = (
    'Moeder wil verhuizen naar Groningen. "Ik heb daar een nieuwe baan." De verhuizing is in mei.'
)
OWN = (
    "Moeder wil verhuizen naar Groningen. Vader betaalt geen alimentatie. De verhuizing is in mei."
)
FILLER = " ".join(
    [
        "Het weer was mooi in mei.",
        "De school begint om negen uur.",
        "De buurvrouw bakt een taart.",
        "Mijn oom leest de krant.",
        "Het team bespreekt het plan.",
        "Een vriendin verkoopt haar fiets.",
        "De bus was te laat.",
        "Er staat een boom in de tuin.",
        "De kat slaapt op de bank.",
        "Het regent al de hele dag.",
        "De winkel is op zondag dicht.",
    ]
)
REASON = "tussen zinnen over Verhuizing, in hetzelfde stuk tekst"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _bridged(nlp, text: str, **options) -> list[tuple[str, str, str, str, float]]:
    texts = (BRIDGE, GAP4, HEADING, TURNS, NO_TURNS, QUOTED, OWN, FILLER)
    options.setdefault("passage_paragraph", 0)  # the rest of a paragraph: test_codes34_*.py
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    suggester.fit_corpus([nlp(t) for t in texts])
    return [
        (s.match_text, s.code, s.rule, s.reason, s.score)
        for s in suggester.suggest_doc("d", nlp(text))
        if s.rule == "(passage)"
    ]


def test_sentences_between_two_of_a_topic_take_it(nlp) -> None:
    assert _bridged(nlp, BRIDGE) == [
        ("Zij heeft daar een nieuwe baan.", V, "(passage)", REASON, 0.3),
        ("Het huis is al gekocht.", V, "(passage)", REASON, 0.3),
    ]
    assert _bridged(nlp, BRIDGE, passage_gap=0) == []


def test_json_keeps_its_contract_with_a_reason(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    found = [s for s in suggester.suggest([("d", BRIDGE)]) if s.rule == "(passage)"]
    assert found[0].to_json() == {
        "doc": "d",
        "start": 37,
        "end": 68,
        "code": V,
        "match": {"start": 37, "end": 68, "text": "Zij heeft daar een nieuwe baan."},
        "rule": "(passage)",
        "score": 0.3,
        "reason": REASON,
    }


def test_at_most_three_sentences_between(nlp) -> None:
    assert _bridged(nlp, GAP4) == []
    assert [x[0] for x in _bridged(nlp, GAP4, passage_gap=4)] == [
        "Zij heeft daar een nieuwe baan.",
        "Het huis is al gekocht.",
        "De school is dichtbij.",
        "Er is een tuin.",
    ]


def test_a_heading_opens_another_stretch(nlp) -> None:
    assert _bridged(nlp, HEADING) == []
    sents = list(nlp(HEADING).sents)
    assert stretch_marks(sents) == (frozenset({1}), frozenset())


def test_a_speaker_turn_opens_another_stretch(nlp) -> None:
    assert _bridged(nlp, TURNS) == []
    assert [x[0] for x in _bridged(nlp, NO_TURNS)] == ["Het huis is al gekocht."]
    assert stretch_marks(list(nlp(TURNS).sents))[0] == frozenset({0, 1, 2})


def test_quoted_speech_and_a_sentence_with_its_own_code_take_none(nlp) -> None:
    assert _bridged(nlp, QUOTED) == []
    # only the quoted sentence is quoted speech: since quote-split the opening quote belongs to it,
    # not to the narrator's sentence before it (that one was marked too while it ended in the quote)
    assert stretch_marks(list(nlp(QUOTED).sents))[1] == frozenset({1})
    assert _bridged(nlp, OWN) == []


def test_only_a_topic_of_the_document_bridges(nlp) -> None:
    long = f"{BRIDGE} {FILLER} {FILLER}"  # 2 of 27 sentences have the code on their own evidence
    assert _bridged(nlp, long) == []
    assert [x[0] for x in _bridged(nlp, long, passage_share=0.05)] == [
        "Zij heeft daar een nieuwe baan.",
        "Het huis is al gekocht.",
    ]


def test_document_topics_and_quotes() -> None:
    feats = [frozenset({"a"})] * 10
    given = [{V}, {V}, set(), {A}, set(), set(), set(), set(), set(), set()]
    assert document_topics(feats, given) == frozenset({V, A})
    assert document_topics(feats, given, 0.15) == frozenset({V})
    assert is_quoted("“Ik wil hier weg.”")
    assert is_quoted("'Nee', zei ze")
    assert not is_quoted("Hij zei: nee.")


def test_minutes_take_no_passage_code(nlp) -> None:
    minutes = f"Aanwezig: moeder, vader en de jeugdarts.\n\n{BRIDGE}"
    assert _bridged(nlp, minutes) == []
    assert [x[0] for x in _bridged(nlp, minutes, passage_minutes=True)] == [
        "Zij heeft daar een nieuwe baan.",
        "Het huis is al gekocht.",
    ]
