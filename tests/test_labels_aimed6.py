"""labels-aimed6: "hoe" + evaluative adjective + person subject + copula, coordinated
evaluative predicates before a clause-final copula, degree words before the predicate of a
relative clause on a person, and general trait adjectives.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_predicate_reach import (
    find_coordinated_predicates,
    find_how_predicates,
)
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


FOUND = [
    # "hoe" + evaluative adjective + person subject (+ adverb or modal) + copula
    ("Achteraf zie ik hoe egoïstisch ik toen was.", ["egoïstisch"]),
    ("De juf vertelde hoe brutaal die jongens soms konden zijn.", ["brutaal"]),
    ("Ik weet nog hoe onbeleefd mijn zoon soms kon zijn.", ["onbeleefd"]),
    # coordinated predicates before a clause-final copula
    ("De buurvrouw roept dat ze lui en brutaal zijn.", ["lui", "brutaal"]),
    ("Hij schreef dat ik egoïstisch en een slechte vader ben.", ["egoïstisch", "slechte vader"]),
    # degree words before the predicate of a relative clause, also at a sentence's start
    ("Er zijn ouders die te egoïstisch zijn.", ["egoïstisch"]),
    ("Ik ken vaders die erg onbeleefd zijn.", ["onbeleefd"]),
    ("Kinderen die heel brutaal zijn, krijgen strafwerk.", ["brutaal"]),
    # trait adjectives of the general list (labels-aimed6)
    ("Die bezitterige ouders merken het niet.", ["bezitterige ouders"]),
    ("De buren spraken over de onverzorgde kinderen.", ["onverzorgde kinderen"]),
    ("Ik vind dat de ouders doortrapt zijn.", ["doortrapt"]),
]

NOT_FOUND = [
    # a feeling, a thing as subject, denied, no copula at the end
    "Ik zag hoe boos ik was.",
    "Ze zag hoe vies het huis was.",
    "Hij vroeg hoe duur het was.",
    "Ik weet niet hoe laat het is.",
    "Ze zegt dat ze moe en verdrietig zijn.",
    "Ze zegt dat het vies en koud is.",
    "Er zijn ouders die niet erg streng zijn.",
    "Hij zei dat ze lui en brutaal deden tegen de juf.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def _persons(d, i: int) -> bool:
    return 0 <= i < len(d) and d[i].lower_ in {"ik", "ze", "hij", "kinderen"}


def _judges(d, k: int) -> bool:
    return d[k].lower_ in {"naïef", "lui", "brutaal", "stout"}


def test_how_predicates_need_a_person_and_a_copula(nlp) -> None:
    doc = nlp("Ik zie hoe naïef ik was, en hoe lui het plan was, en hoe stout ze lachten.")
    spans = find_how_predicates(doc, _judges, _persons)
    assert [doc.text[a:b] for a, b in spans] == ["naïef"]
    assert spans[0][0] == doc.text.index("naïef")


def test_coordinated_predicates_stop_at_another_verb(nlp) -> None:
    doc = nlp("Hij zegt dat ze lui en brutaal zijn. Hij zegt dat ze lui en stout keken.")
    spans = find_coordinated_predicates(doc, _judges, _persons)
    assert [doc.text[a:b] for a, b in spans] == ["lui", "brutaal"]
    assert spans[0][0] == doc.text.index("lui")
