"""codes-abstract: the words that keep company with a code's anchors in the project's corpus.

A code's anchors are the words of its own text, written whole, that no other code writes
("detentie", "bezoek"). A lemma far likelier in the sentences that hold an anchor than in the
whole corpus ("gevangenis"), in the anchors' company of no other code, joins the code's company
at weight 0.5 and supports the code's own words (never alone), with a Dutch reason of its own:
"woorden die vaak samengaan met detentie: gevangenis".

Off by default: it raised recall and F1 of the codebook alone a little on the develop and the
check sets, but lowered precision and the figures after a third (bench/README.md,
"codes-abstract"); the tests turn it on. A made-up codebook and made-up documents, exact
expectations.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import company
from wb.coding.code_scores import CodeInfo, description_reason
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Ouder in detentie
    description: Een ouder in detentie en het bezoek van het kind.
    patterns: [penitentiaire inrichting]
  - name: School
    description: Hoe het kind het op school doet, de juffrouw en de lessen.
    patterns: [school]
"""
)
DETAINED = "Ouder in detentie"
FILLER = [
    "De juffrouw leest elke ochtend een verhaal voor.",
    "Op school leren de kinderen rekenen.",
    "Na de les spelen ze buiten op het plein.",
    "De klas gaat in juni op schoolreis.",
    "Elke vrijdag is er gym in de grote zaal.",
    "Het rapport komt twee keer per jaar.",
    "De leraar praat met de klas over het huiswerk.",
    "In groep acht maken de leerlingen een eindtoets.",
    "De bibliotheek van de school is nieuw.",
    "Tijdens de pauze eten ze een boterham.",
    "Het voetbalteam won de wedstrijd op zaterdag.",
    "De directeur schreef een brief over de vakantie.",
    "Het schoolplein kreeg nieuwe bankjes.",
    "De muziekles is op dinsdagmiddag.",
    "Er komt een nieuwe computer in elk lokaal.",
    "De kinderen tekenen een kaart van de buurt.",
    "In de winter schaatsen ze op de vijver.",
    "De fietsenstalling staat vol.",
    "Oma haalt de kinderen op woensdag op.",
    "De kerstmarkt was gezellig.",
]
FIRST = "Vader zit in detentie en de gevangenis is ver weg."
VISIT = "Het bezoek aan de gevangenis was zwaar."
DOCS = {
    "d1": FIRST + " " + " ".join(FILLER[:7]),
    "d2": "De detentie van moeder duurt nog een jaar. " + " ".join(FILLER[7:14]),
    "d3": VISIT + " " + " ".join(FILLER[14:]),
}


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture
def anchors_on(monkeypatch):
    """The rule is off by default (bench/README.md, codes-abstract): these tests turn it on."""
    monkeypatch.setattr(company, "ANCHORS", True)


def _fitted(nlp, texts: dict[str, str] = DOCS, **options) -> tuple[Suggester, dict]:
    docs = {name: nlp(text) for name, text in texts.items()}
    return Suggester(BOOK, nlp, expand=True, **options).fit().fit_corpus(docs.values()), docs


def _detained(nlp) -> list[tuple[str, str, str, float, str]]:
    suggester, docs = _fitted(nlp)
    return [
        (name, s.match_text, s.rule, round(s.score or 0.0, 2), s.reason or "")
        for name, doc in docs.items()
        for s in suggester.suggest_doc(name, doc)
        if s.code == DETAINED
    ]


def test_the_defaults() -> None:
    got = (
        company.ANCHORS,
        company.ANCHOR_IDF,
        company.ANCHOR_PMI,
        company.ANCHOR_COUNT,
        company.ANCHOR_DOCS,
        company.ANCHOR_WEIGHT,
        company.ANCHOR_UNIQUE,
        company.ANCHOR_NOUNS,
    )
    assert got == (False, 0.3, 3.0, 2, 2, 0.5, True, False)


def test_anchors_are_the_codes_own_whole_words(anchors_on, nlp) -> None:
    suggester, _ = _fitted(nlp)
    model = suggester.model_
    got = company.anchors(model, model.codes_[DETAINED])
    assert got == {"bezoek", "detentie", "inrichting", "ouder", "penitentiair"}
    # "kind" is written by both codes: no anchor of either
    assert "kind" not in company.anchors(model, model.codes_["School"])


def test_only_nouns_anchor_with_anchor_nouns(anchors_on, nlp, monkeypatch) -> None:
    monkeypatch.setattr(company, "ANCHOR_NOUNS", True)
    suggester, _ = _fitted(nlp)
    model = suggester.model_
    got = company.anchors(model, model.codes_[DETAINED])
    assert got == {"bezoek", "detentie", "ouder"}  # the pattern's words are no description


def test_the_company_of_the_anchors(anchors_on, nlp) -> None:
    suggester, _ = _fitted(nlp)
    info = suggester.model_.codes_[DETAINED]
    assert info.company == {"gevangenis": 0.5}
    assert info.together == {"gevangenis": "detentie"}


def test_suggestions_with_the_anchors_company(anchors_on, nlp) -> None:
    assert _detained(nlp) == [
        (
            "d1",
            FIRST,
            "(beschrijving)",
            0.55,
            "past bij de beschrijving: detentie; woorden die vaak samengaan met detentie: "
            "gevangenis",
        ),
        (
            "d3",
            VISIT,
            "(beschrijving)",
            0.52,
            "past bij de beschrijving: bezoek; woorden die vaak samengaan met detentie: gevangenis",
        ),
    ]


def test_without_anchors_nothing(nlp, monkeypatch) -> None:
    monkeypatch.setattr(company, "ANCHORS", False)
    suggester, _ = _fitted(nlp)
    info = suggester.model_.codes_[DETAINED]
    assert (info.company, info.together) == ({}, {})
    assert _detained(nlp) == []


def test_a_word_of_two_codes_anchors_joins_neither(anchors_on, nlp, monkeypatch) -> None:
    # the juffrouw visits the prison too: "gevangenis" keeps company with both codes' anchors
    # (lower bounds: the word is now in four sentences, School's anchors in seven)
    texts = dict(DOCS)
    texts["d4"] = "De juffrouw ging naar de gevangenis."
    texts["d5"] = "De juffrouw zag de gevangenis van binnen."
    monkeypatch.setattr(company, "ANCHOR_PMI", 1.2)
    suggester, _ = _fitted(nlp, texts, company_idf=0.4)
    codes = suggester.model_.codes_
    assert "gevangenis" not in codes[DETAINED].company
    assert "gevangenis" not in codes["School"].company
    monkeypatch.setattr(company, "ANCHOR_UNIQUE", False)
    suggester, _ = _fitted(nlp, texts, company_idf=0.4)
    codes = suggester.model_.codes_
    got = (codes[DETAINED].together["gevangenis"], codes["School"].together["gevangenis"])
    assert got == ("detentie", "juffrouw")


def test_the_company_never_suggests_alone(anchors_on, nlp) -> None:
    suggester, _ = _fitted(nlp)
    doc = nlp("De gevangenis is groot.")
    assert [s.code for s in suggester.suggest_doc("d9", doc)] == []


def test_the_reason_names_the_anchor() -> None:
    info = CodeInfo("X", "X", seeds={"bezoek": 0.7}, company={"gevangenis": 0.5, "cel": 0.8})
    info.together = {"gevangenis": "detentie"}
    got = description_reason(info, ["bezoek", "cel", "gevangenis"], frozenset())
    assert got == (
        "past bij de beschrijving: bezoek; staat in uw documenten vaak bij deze code: cel; "
        "woorden die vaak samengaan met detentie: gevangenis"
    )
