"""A child's voice (codes7): in a text told by a child or young person, sentences that say how it
is lived or what happens to the teller get the codebook's code about a child's experience.

The sentences are made up for these tests; each expectation fails with its rule off.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.rank import content_lemmas
from wb.coding.suggest import Suggester
from wb.coding.voice import (
    adult_speaks,
    child_sign,
    experience_code,
    first_person_singular,
    in_quotes,
    quoted_spans,
)
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Ervaring van het kind
    description: Hoe het kind de uithuisplaatsing zelf beleeft.
    patterns:
      - mening van het kind
  - name: Maatregel
    description: Een maatregel van de kinderrechter.
    patterns: [maatregel]
    codes:
      - name: Uithuisplaatsing
        description: Het kind woont niet thuis maar in een pleeggezin.
        patterns: [pleeggezin]
  - name: Klachten
    patterns: [klacht]
"""
)

STORY = (
    "Tom (15) woont sinds vorig jaar in een pleeggezin.\n"
    "Ik was bang toen ik daar aankwam.\n"
    "Ik kreeg een fiets voor mijn verjaardag.\n"
    "Ik werd op een ochtend van school gehaald.\n"
    "Mijn kinderen missen hun vader.\n"
    "De gemeente diende een klacht in.\n"
)


TOLD = "verteld door een kind («Tom (15)»)"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _codes(nlp, text: str, **options) -> list[tuple[int, str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    found = suggester.suggest_doc("d", nlp(text))
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    return sorted(
        (max(i for i, a in enumerate(starts) if a <= s.start), s.code, s.reason) for s in found
    )


def test_the_code_about_a_childs_experience_is_read_from_the_codebook(nlp) -> None:
    voice = experience_code(BOOK, lambda text: content_lemmas(nlp(text)))
    assert voice is not None
    assert voice.code == "Ervaring van het kind"
    # the description names the placement: that code (and its children) tell what happens
    assert voice.related == {"Maatregel/Uithuisplaatsing"}
    perspective = parse_codebook(
        """
name: proef
codes:
  - name: Perspectief
    codes:
      - name: Ervaring van het kind
        description: Hoe het kind het zelf beleeft.
"""
    )
    assert experience_code(perspective, lambda text: content_lemmas(nlp(text))) is None


def test_signs_of_a_young_teller_in_the_opening() -> None:
    sents = [(0, 20)]
    assert child_sign("Tom (15) woont hier.", sents) == "Tom (15)"
    assert child_sign("Tom (45) woont hier.", sents) is None
    assert child_sign("Toen ik twaalf was, ...", [(0, 23)]) == "Toen ik twaalf"
    assert child_sign("Lies was zes jaar toen het gebeurde.", [(0, 36)]) == "was zes jaar toen"
    assert child_sign("Een meisje vult aan: het was fijn.", [(0, 34)]) == "Een meisje vult"
    assert child_sign("De minister antwoordt de Kamer.", [(0, 31)]) is None


def test_an_adult_in_their_role_and_the_first_person() -> None:
    assert adult_speaks("Al mijn vier kinderen werden weggehaald.")
    assert adult_speaks("Als advocaat zag ik veel zaken.")
    assert not adult_speaks("Mijn ouders hadden veel ruzie.")
    assert first_person_singular("Daar zat ik dan.")
    assert first_person_singular("Je werd niet beschermd.")
    assert not first_person_singular("Zij woont in een pleeggezin.")
    text = "Ze zegt: “Daar was het eng. Ik wilde weg.” Daarna niets."
    spans = quoted_spans(text)
    assert spans == [(9, 42)]
    assert in_quotes(spans, 10, 27) and not in_quotes(spans, 43, 56)


def test_a_childs_voice_brings_the_experience_code(nlp) -> None:
    # two words for a document's run, as before codes28: with one (the default since), "kind" in
    # line 4 carries the code of line 3 there (test_codes28_one_word.py)
    assert _codes(nlp, STORY, doc_runs_words=2) == [
        (0, "Maatregel/Uithuisplaatsing", ""),
        (1, "Ervaring van het kind", "verteld door een kind («Tom (15)»): bang"),
        (3, "Ervaring van het kind", f"{TOLD}: er gebeurt iets met de verteller"),
        (5, "Klachten", ""),
    ]


def test_without_a_sign_of_a_young_teller_nothing_is_added(nlp) -> None:
    text = STORY.replace("Tom (15)", "Tom")
    assert [c for _, c, _ in _codes(nlp, text)] == ["Maatregel/Uithuisplaatsing", "Klachten"]


def test_the_rule_off(nlp) -> None:
    assert [c for _, c, _ in _codes(nlp, STORY, use_voice=False)] == [
        "Maatregel/Uithuisplaatsing",
        "Klachten",
    ]


def test_modes_quoted_speech_and_what_happens(nlp) -> None:
    text = (
        "Tom (15) vertelt over het pleeggezin.\n"
        "“Daar was het eng.”\n"
        "Hij kwam er in de winter aan.\n"
        "Ik kwam in het pleeggezin terecht.\n"
    )
    lived = [(i, c) for i, c, _ in _codes(nlp, text) if c == "Ervaring van het kind"]
    # "eng" says how it was lived; "terechtkomen" what happened to the teller
    assert lived == [(1, "Ervaring van het kind"), (3, "Ervaring van het kind")]
    strict = [(i, c) for i, c, _ in _codes(nlp, text, voice_mode="and")]
    # "and": quoted speech counts as told; "Hij kwam ..." is told of nobody's self
    assert (1, "Ervaring van het kind") in strict and (2, "Ervaring van het kind") not in strict
    # "or": any one of the three, so the line that names the placement too
    loose = [i for i, c, _ in _codes(nlp, text, voice_mode="or") if c.startswith("Erv")]
    assert loose == [0, 1, 3]
