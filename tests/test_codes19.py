"""codes19: a number written as a digit or a word, words run together, and the child code a
document names.

Made-up codebooks and sentences, exact expectations (wb.coding.spelled, wb.coding.specific).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.specific import document_children
from wb.coding.spelled import joined_parts, number_word, part_lemmas
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load

OTHERS = (
    "Het weer was mooi in mei.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De trein vertrekt om acht uur.",
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggest(nlp, book, text: str, **options) -> list[tuple[str, str, str]]:
    options.setdefault("child_sentences", 1)  # a child named in one sentence (codes48)
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    doc = nlp(text)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", doc)]


def test_a_digit_is_its_number_word() -> None:
    assert number_word("1") == "één"
    assert number_word("12") == "twaalf"
    assert number_word("2015") == ""
    assert number_word("één") == ""


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("1Gezin1Plan", ("één", "gezin", "één", "plan")),
        ("Samen1Plan.nl", ("samen", "één", "plan")),
        ("VeiligThuis", ("veilig", "thuis")),
        ("VeiligThuis-medewerker", ("veilig", "thuis", "medewerker")),
        ("Kinderen2Huizen", ("kinderen", "twee", "huizen")),
        # one word, a number, a code in capitals, a hyphenated compound, a web address
        ("Jeugdwet", ()),
        ("2015", ()),
        ("AVG", ()),
        ("1G1P", ()),
        ("10-jarige", ()),
        ("jeugd-ggz", ()),
        ("wijkteam.nl", ()),
        ("iPhone", ()),
    ],
)
def test_the_words_a_token_joins(token: str, parts: tuple[str, ...]) -> None:
    assert joined_parts(token) == parts


def test_the_parts_are_lemmatised_and_the_numbers_kept() -> None:
    assert part_lemmas("Kinderen2Huizen") == ("kind", "twee", "huis")
    assert part_lemmas("Jeugdwet") == ()


PLAN = parse_codebook(
    """
name: proef
codes:
  - name: Regie
    patterns:
      - {all: [één, plan]}
  - name: Veilig Thuis
    patterns:
      - veilig thuis
  - name: Leeftijd
    patterns:
      - {all: [twaalf, jaar]}
"""
)


def test_a_pattern_word_finds_digits_and_words_run_together(nlp) -> None:
    text = (
        "Zij werken met 1 gezin 1 plan. "
        "De coördinator van 1Gezin1Plan belde. "
        "Daarna belde de VeiligThuis-medewerker. "
        "Een kind van 12 jaar wordt gehoord."
    )
    assert _suggest(nlp, PLAN, text) == [
        ("1 gezin 1 plan", "Regie", '{"all": ["één", "plan"]}'),
        ("1Gezin1Plan", "Regie", '{"all": ["één", "plan"]}'),
        ("VeiligThuis-medewerker", "Veilig Thuis", "veilig thuis"),
        ("12 jaar", "Leeftijd", '{"all": ["twaalf", "jaar"]}'),
    ]


def test_a_plain_article_is_no_number(nlp) -> None:
    assert _suggest(nlp, PLAN, "Zij maken een plan voor een gezin.") == []


SHARE = parse_codebook(
    """
name: proef
codes:
  - name: Informatie delen
    patterns:
      - {all: [informatie, delen]}
    codes:
      - name: Privacy
        patterns: [privacy]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
SHARE_TEXT = (
    "Het wijkteam mag informatie delen met de school. "
    "De privacy van het gezin gaat voor. "
    "Moeder wil verhuizen naar Utrecht."
)


def test_a_parents_hit_becomes_the_child_the_document_names(nlp) -> None:
    assert _suggest(nlp, SHARE, SHARE_TEXT) == [
        ("informatie delen", "Informatie delen/Privacy", "(subcode in dit document)"),
        ("privacy", "Informatie delen/Privacy", "privacy"),
        ("verhuizen", "Verhuizing", "verhuizen"),
    ]
    # without it, or in a document that does not name the child, the parent stays
    assert _suggest(nlp, SHARE, SHARE_TEXT, document_children=False)[0] == (
        "informatie delen",
        "Informatie delen",
        '{"all": ["informatie", "delen"]}',
    )
    assert _suggest(nlp, SHARE, "Het wijkteam mag informatie delen met de school.") == [
        ("informatie delen", "Informatie delen", '{"all": ["informatie", "delen"]}')
    ]


def test_the_moved_suggestion_says_why(nlp) -> None:
    suggester = Suggester(SHARE, nlp, expand=True, child_sentences=1).fit()
    doc = nlp(SHARE_TEXT)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    first = suggester.suggest_doc("d", doc)[0]
    assert first.score == 0.7
    assert first.reason == (
        "subcode van Informatie delen, die dit document zelf noemt («privacy»); "
        "patroon: informatie + delen (in één zin)"
    )


def _s(start: int, code: str, rule: str) -> Suggestion:
    return Suggestion("d", start, start + 10, code, start, start + 5, "woord", rule)


ORDER = ["A", "A/B", "A/C", "T", "T/1", "T/2", "T/3"]


def test_the_child_with_most_hits_wins_and_a_typology_keeps_its_parent() -> None:
    found = [
        _s(0, "A", "a"),
        _s(20, "A/B", "b"),
        _s(40, "A/C", "c"),
        _s(60, "A/C", "c"),
        _s(60, "A", "a"),
        _s(80, "T", "t"),
        _s(100, "T/1", "een"),
    ]
    out = [(s.start, s.code, s.rule) for s in document_children(found, ORDER, min_sentences=1)]
    assert out == [
        (0, "A/C", "(subcode in dit document)"),
        (20, "A/B", "b"),
        (40, "A/C", "c"),
        (60, "A/C", "c"),  # the sentence had the child already: the parent goes
        (80, "T", "t"),  # T has three children: a typology keeps its own sentences
        (100, "T/1", "een"),
    ]
    assert [s.code for s in document_children(found, ORDER, max_children=3, min_sentences=1)][
        4
    ] == "T/1"


def test_a_child_found_only_beyond_its_patterns_moves_nothing() -> None:
    found = [_s(0, "A", "a"), _s(20, "A/B", "(beschrijving)")]
    assert document_children(found, ORDER) == found


SPORT = parse_codebook(
    """
name: proef
codes:
  - name: Sport
    patterns: [voetbal]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
CODED = "Zij zwemt elke zaterdag in het zwembad van de stad. Moeder wil verhuizen."
NEW = "Hij zwemt elke zondag in het zwembad van de stad."


def _after_coding(nlp, single: bool = False, **options) -> list[tuple[str, str]]:
    from wb.coding.suggest import sentence_features

    suggester = Suggester(SPORT, nlp, expand=True, **options).fit()
    coded, new = nlp(CODED), nlp(NEW)
    suggester.fit_corpus([coded, new, *(nlp(x) for x in OTHERS)])
    sents = list(coded.sents)
    if single:  # one coding accepted in a session
        first = sents[0]
        suggester.model_.learn(
            "Sport", sentence_features(first), accepted=True, text=first.text.strip()
        )
    else:  # the whole document coded
        suggester.learn_document("a", coded, [{"Sport"}, {"Verhuizing"}])
    return [(s.code, s.rule) for s in suggester.suggest_doc("b", new)]


def test_a_whole_coded_documents_passages_are_no_examples(nlp) -> None:
    assert _after_coding(nlp) == []
    assert _after_coding(nlp, document_examples=True) == [("Sport", "(voorbeeld)")]
    # a single accepted coding still is one
    assert _after_coding(nlp, single=True) == [("Sport", "(voorbeeld)")]
