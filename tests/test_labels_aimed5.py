"""labels-aimed5: evaluative predicates after a modal verb or with a preposition, "een gevaar"
as predicate of a person, a family as the actor of an act verb, and compounds with a judging
person head ("straatterroristen").

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_judging_heads import find_judging_heads
from wb.dossiers.description_predicate_reach import find_noun_predicates
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


FOUND = [
    # a modal verb between the subject and the predicate, the copula as infinitive
    ("Tieners kunnen heel brutaal zijn, zegt de juf.", ["brutaal"]),
    ("Zijn zoontjes kunnen soms erg lastig worden.", ["lastig"]),
    # a preposition after the predicate or after its clause-final copula
    ("De dokter zegt dat de moeder egoïstisch is in haar keuzes.", ["egoïstisch"]),
    ("Ik zag dat het meisje onaardig was tegen haar broertje.", ["onaardig"]),
    # "een gevaar" as predicate of a person
    ("De leraren zeggen dat hij een gevaar is.", ["een gevaar"]),
    ("Vormen deze jongens een gevaar? Dat vraagt de krant.", ["een gevaar"]),
    ("Die kinderen zijn een groot gevaar voor de buurt.", ["een groot gevaar"]),
    # a family as the actor of an act verb
    ("Drie gezinnen terroriseren de wijk.", ["terroriseren"]),
    ("Het gaat om gezinnen die hun straat terroriseren.", ["terroriseren"]),
    # a compound with a judging person head
    ("De wijk heeft last van straatterroristen.", ["straatterroristen"]),
    ("Haar vader was een huistiran.", ["huistiran"]),
]

NOT_FOUND = [
    # denied, a feeling with its cause, a thing as subject
    "Peuters kunnen niet brutaal zijn.",
    "Hij is niet onaardig tegen haar.",
    "Vader was boos op school.",
    # "De oma is boos tegen de buurman." left this list in labels-aimed5 (2026-12-07): a
    # concrete grandmother's anger is in scope (labels-policy2 line 2); see
    # tests/test_labels_aimed5_transfer.py
    "Het huis is vies in de keuken.",
    # "een gevaar" of a thing
    "De reis is een gevaar voor kinderen.",
    "Het vuur vormt een gevaar.",
    # an act verb whose actor is no person or family
    "De storm terroriseert de kust.",
    # the head alone, a prefix, a head hidden in another word
    "De terroristen zijn opgepakt.",
    "Een antiterrorist gaf uitleg.",
    "Schrijf de namen met hoofdletters.",
    "De kinderen werden te pletter gereden.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_noun_predicate_needs_a_person_subject(nlp) -> None:
    doc = nlp("Zij vindt dat hij een gevaar is, maar het plan is een gevaar.")
    persons = {"hij", "zij"}
    spans = find_noun_predicates(doc, lambda d, i: 0 <= i < len(d) and d[i].lower_ in persons)
    assert [doc.text[a:b] for a, b in spans] == ["een gevaar"]
    assert spans[0][0] == doc.text.index("een gevaar")


def test_judging_heads_reads_plurals_and_hyphens(nlp) -> None:
    doc = nlp("Winkelterroristen, schoolpestkoppen en IS-terroristen, maar geen terroristen.")
    spans = find_judging_heads(doc)
    assert [doc.text[a:b] for a, b in spans] == [
        "Winkelterroristen",
        "schoolpestkoppen",
        "IS-terroristen",
    ]
