"""labels-aimed2: persons named by a verb of bad conduct, doing it wrong in main-clause order,
mistreatment in the active voice, judged acts of a person and conduct verbs with a person
subject.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest

from wb.dossiers.description_act_nouns import act_nouns, find_act_nouns
from wb.dossiers.description_bad_conduct import bad_conduct_verbs, find_bad_conduct
from wb.dossiers.description_conduct_doers import conduct_verbs, find_conduct_doers
from wb.dossiers.description_doing_order import find_wrong_doing_order
from wb.dossiers.description_mistreatment import find_mistreatment, mistreatment_verbs
from wb.dossiers.descriptions import evaluative_words, load_words
from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import self_terms
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def persons() -> frozenset[str]:
    return load_words("person_nouns.txt")


def _found(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.label) for h in finder.find("x", text, self_terms=self_terms(None))]


FOUND = [
    ("Die drammende vader belt de school elke dag.", ["drammende vader"]),
    ("De juf had last van een paar zeurmoeders in de klas.", ["zeurmoeders"]),
    ("Op het schoolplein liepen twee treiteraars rond.", ["treiteraars"]),
    ("Een schreeuwvader stond langs het veld.", ["schreeuwvader"]),
    ("Volgens de juf doen ze het niet goed.", ["doen ze het niet goed"]),
    ("Mijn zoon doet ook niets goed.", ["doet ook niets goed"]),
    ("Hij doet alles verkeerd.", ["doet alles verkeerd"]),
    ("Zijn we als ouders zo verkeerd bezig?", ["verkeerd bezig"]),
    ("Zij heeft haar dochter jaren achtergesteld.", ["achtergesteld"]),
    ("De oom bleef zijn neefje intimideren.", ["intimideren"]),
    ("De vader maakte een gemene opmerking over zijn zoon.", ["gemene opmerking"]),
    ("De onbeschofte uitlatingen van de moeder vielen slecht.", ["onbeschofte uitlatingen"]),
    ("Het zijn hun kwalijke streken.", ["kwalijke streken"]),
    ("Hij tiert de hele avond.", ["tiert"]),
    ("Ze overdrijft altijd.", ["overdrijft"]),
]

NOT_FOUND = [
    "De kinderen schreeuwen op het plein.",  # a scene, not a person named by conduct
    "Schreeuwende kinderen renden door de gang.",  # a participle of sound: a scene
    "Het kind doet het niet goed op school.",  # a result, not conduct
    "Het bedrijf doet het niet goed.",  # no person
    "Ik werd op het werk geïntimideerd door een collega.",  # passive, with an agent
    "Het kind werd door zijn vader afgesnauwd.",  # passive
    "Zijn harde stem intimideert de kinderen.",  # a thing as subject
    "Ik lach hem niet uit.",  # denied
    "Er stond een nare opmerking in de krant.",  # no person tied
    "Haar opmerking was kort.",  # no judgement
    "Ik overdrijf niet.",  # denied
    "De media overdrijven.",  # no person
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found(finder: LabelFinder, text: str, spans: list[str]) -> None:
    assert _found(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder: LabelFinder, text: str) -> None:
    assert _found(finder, text) == []


def test_conduct_doers_module(nlp, persons) -> None:
    doc = nlp("Hun afdwalende kinderen en een drammer: de drammoeder zeurt.")
    spans = [doc.text[a:b] for a, b in find_conduct_doers(doc, persons)]
    assert spans == ["afdwalende kinderen", "drammer", "drammoeder"]
    assert "schreeuwen" in conduct_verbs() and "schreeuwen" not in conduct_verbs(sound=False)


def test_doing_order_module(nlp) -> None:
    doc = nlp("De ouders doen het niet goed, zegt de juf.")
    assert [doc.text[a:b] for a, b in find_wrong_doing_order(doc)] == ["doen het niet goed"]


def test_mistreatment_module(nlp, persons) -> None:
    doc = nlp("Ze zegt dat hij haar zoontje afsnauwt.")
    assert [doc.text[a:b] for a, b in find_mistreatment(doc, persons)] == ["afsnauwt"]
    assert "intimideren" in mistreatment_verbs()


def test_act_nouns_module(nlp, persons) -> None:
    doc = nlp("Iedereen hoorde de onbeschofte opmerkingen van de ouders.")
    found = [doc.text[a:b] for a, b in find_act_nouns(doc, persons, evaluative_words())]
    assert found == ["onbeschofte opmerkingen"]  # "van de ouders": a plural person counts
    assert "opmerking" in act_nouns()


def test_bad_conduct_module(nlp) -> None:
    doc = nlp("Goed, de ouders drammen, maar het gesprek gaat door.")
    assert [doc.text[a:b] for a, b in find_bad_conduct(doc)] == ["drammen"]
    assert "klieren" in bad_conduct_verbs()


def test_lists_hold_no_feeling() -> None:
    # feelings and states are no conduct (labels policy): none in the new lists
    feelings = {"boos", "bang", "verdrietig", "huilen", "schrikken"}
    assert not feelings & (conduct_verbs() | mistreatment_verbs() | bad_conduct_verbs())
