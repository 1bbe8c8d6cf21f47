"""codes26: learning keeps what the codebook alone suggests, an exclude wins over carried codes,
a hyphenated negation ("niet-betaalde") gives its word's lemma.

Made-up codebooks and sentences, exact expectations (wb.coding.suggest, wb.coding.lemmas).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.lemmas import content_lemmas
from wb.coding.rank import short_parts
from wb.coding.suggest import Suggester
from wb.nlp import load

MONEY = parse_codebook(
    """
name: geld
codes:
  - name: Bijdrage
    description: Wat een ouder na de scheiding betaalt voor een kind.
    patterns: [alimentatie]
    exclude: Het innen van alimentatie die niet wordt betaald (zie Schulden).
  - name: Schulden
    description: Een gezin met schulden en de hulp daarbij.
    patterns: [schuld]
"""
)
MOVES = parse_codebook(
    """
name: t
codes:
  - name: Verhuizing
    description: Een kind dat na de scheiding verhuist naar een andere stad of school.
    patterns: [verhuizen]
  - name: Geld
    description: Geld en alimentatie.
    patterns: [alimentatie]
"""
)
DOC = (
    "Het kind moest verhuizen. Daarna kreeg ze een nieuwe school en nieuwe vriendinnen. "
    "Het kind moest weer verhuizen."
)
CODED = (
    "Het gezin moest verhuizen. Toen kreeg ze een nieuwe school en nieuwe vriendinnen. "
    "Het gezin moest weer verhuizen. De alimentatie kwam laat."
)
MIDDLE = "Daarna kreeg ze een nieuwe school en nieuwe vriendinnen."


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(suggester, doc) -> list[tuple[str, str, str]]:
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", doc)]


@pytest.mark.parametrize("keeps", [True, False])
def test_learning_keeps_the_codebooks_own_suggestions(nlp, keeps):
    doc, coded = nlp(DOC), nlp(CODED)
    suggester = Suggester(MOVES, nlp, expand=True, learning_keeps=keeps, reach=False).fit()
    suggester.fit_corpus([doc, coded])
    # the middle sentence is carried by its one word of the code since codes28 (before: passage)
    alone = [
        ("verhuizen", "Verhuizing", "verhuizen"),
        (MIDDLE, "Verhuizing", "(naastliggende zin)"),
        ("verhuizen", "Verhuizing", "verhuizen"),
    ]
    assert _found(suggester, doc) == alone
    # the coder left the like sentence of the coded document uncoded: the guard of the nearest
    # coded sentences would take the passage away; learning keeps it
    suggester.learn_document("c", coded, [{"Verhuizing"}, set(), {"Verhuizing"}, {"Geld"}])
    assert _found(suggester, doc) == (alone if keeps else [alone[0], alone[2]])


def test_an_exclude_wins_over_the_neighbour(nlp):
    text = (
        "De alimentatie komt te laat. De alimentatie wordt al maanden niet betaald. "
        "De alimentatie is een bedrag per maand."
    )
    doc = nlp(text)
    suggester = Suggester(MONEY, nlp, expand=True).fit()
    suggester.fit_corpus([doc])
    negated = "De alimentatie wordt al maanden niet betaald."
    assert _found(suggester, doc) == [
        ("alimentatie", "Bijdrage", "alimentatie"),
        (negated, "Schulden", "(uitsluiting)"),  # not also Bijdrage "(naastliggende zin)"
        ("alimentatie", "Bijdrage", "alimentatie"),
    ]


def test_hyphenated_negation_gives_the_lemma(nlp):
    assert content_lemmas(nlp("Om niet-betaalde kinderalimentatie alsnog te innen.")) == [
        "betalen",
        "kinderalimentatie",
        "innen",
    ]
    assert content_lemmas(nlp("Er zijn niet-nagekomen afspraken over de omgang.")) == [
        "nakomen",
        "afspraak",
        "omgang",
    ]


def test_hyphenated_negation_fits_the_exclude(nlp):
    text = "Om niet-betaalde alimentatie te innen is een bureau."
    doc = nlp(text)
    suggester = Suggester(MONEY, nlp, expand=True).fit()
    suggester.fit_corpus([doc])
    assert _found(suggester, doc) == [(text, "Schulden", "(uitsluiting)")]


def test_short_compound_parts():
    assert short_parts("huurhuis") == ("huur", "huis")
    assert short_parts("scheiding") == ()  # -ing is a suffix
    assert short_parts("pleeggezin") == ()  # 10+ letters: the compound parts of wb.coding.lemmas


@pytest.mark.parametrize(("weight", "seeds"), [(0.0, None), (0.5, 0.5)])
def test_example_words_are_off_by_default(nlp, weight, seeds):
    book = parse_codebook(
        """
name: t
codes:
  - name: Verhuizing
    description: Een kind dat verhuist.
    examples: ["Ze pakte haar dozen in."]
"""
    )
    model = Suggester(book, nlp, expand=True, example_words=weight).fit().model_
    assert model.codes_["Verhuizing"].seeds.get("doos") == seeds


@pytest.mark.parametrize(
    ("middle", "carried"),
    [("Vader heeft het niet betaald.", False), ("Vader heeft het bedrag weer betaald.", True)],
)
def test_a_negated_clause_keeps_a_carried_code_out(nlp, middle, carried):
    text = f"De alimentatie komt te laat. {middle} De alimentatie is een bedrag per maand."
    doc = nlp(text)
    suggester = Suggester(MONEY, nlp, expand=True).fit()
    suggester.fit_corpus([doc])
    hit = ("alimentatie", "Bijdrage", "alimentatie")
    # "bedrag" carries the document's run since codes28 (one word; before: passage)
    between = [(middle, "Bijdrage", "(naastliggende zin)")] if carried else []
    assert _found(suggester, doc) == [hit, *between, hit]
