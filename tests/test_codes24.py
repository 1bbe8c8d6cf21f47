"""codes24: after codes9 — a child's pattern that holds its parent's, a compound's head as the
text writes it, a word cut off before "en"/"of", and a noun of a code's own name.

A made-up codebook and made-up sentences, exact expectations (wb.coding.specific,
wb.coding.compounds, wb.coding.matching, wb.coding.rank; Suggester options ``child_own_words``
and ``name_words``).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import matching
from wb.coding.compounds import compound_ends, compound_head
from wb.coding.matching import _keys, elided
from wb.coding.specific import parent_plus
from wb.coding.suggest import Suggester
from wb.nlp import load

P, C = "Armoede", "Armoede/Kind en armoede"
G, OPV = "Geldzorgen en stress", "Opvang"
BOOK = parse_codebook(
    """
name: geld
codes:
  - name: Armoede
    description: Een gezin dat moet rondkomen van weinig inkomen.
    patterns: [armoede]
    codes:
      - name: Kind en armoede
        description: Wat weinig inkomen voor een kind betekent.
        patterns: [{all: [kind, armoede]}, {all: [meedoen, sport]}]
  - name: Geldzorgen en stress
    description: Ouders die piekeren over rekeningen.
    patterns: [{all: [stress, geld]}]
  - name: Opvang
    description: Gezinnen zonder woning.
    patterns: [{all: [maatschappelijk, opvang]}]
  - name: Schoolkeuze bij gescheiden ouders
    description: Ouders die het oneens zijn over de school.
    patterns: [schoolkeuze]
"""
)
POVERTY = (
    "Het gezin leeft al jaren in armoede. Veel kinderen groeien op in armoede. Moeder zoekt werk."
)
SPORT = "Het gezin leeft al jaren in armoede. Jan kan niet meedoen met sport. Moeder zoekt werk."


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggested(nlp, text: str, **options) -> list[tuple[str, str, str, str, float]]:
    options.setdefault("child_sentences", 1)  # a child named in one sentence (codes48)
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    return [
        (s.match_text, s.code, s.rule, s.reason, s.score)
        for s in suggester.suggest_doc("d", nlp(text))
    ]


def test_a_child_pattern_holding_its_parents_pattern_is_found() -> None:
    assert parent_plus(BOOK) == {C: frozenset({'{"all": ["kind", "armoede"]}'})}


def test_such_a_pattern_does_not_name_the_child_in_the_document(nlp) -> None:
    kids = ("kinderen groeien op in armoede", C, '{"all": ["kind", "armoede"]}', "", 1.0)
    assert _suggested(nlp, POVERTY) == [("armoede", P, "armoede", "", 1.0), kids]
    moved = (
        "subcode van Armoede, die dit document zelf noemt («kinderen groeien op in armoede»); "
        "lemma: armoede"
    )
    assert _suggested(nlp, POVERTY, child_own_words=False) == [
        ("armoede", C, "(subcode in dit document)", moved, 0.7),
        kids,
    ]


def test_a_child_pattern_of_its_own_words_still_names_the_child(nlp) -> None:
    moved = "subcode van Armoede, die dit document zelf noemt («meedoen met sport»); lemma: armoede"
    assert _suggested(nlp, SPORT) == [
        ("armoede", C, "(subcode in dit document)", moved, 0.7),
        ("meedoen met sport", C, '{"all": ["meedoen", "sport"]}', "", 1.0),
    ]


def test_a_compounds_head_as_the_text_writes_it() -> None:
    # out of context the lemma clips the -e: "kinderarmoed"; the text's head counts
    assert compound_ends("kinderarmoede") == frozenset({"armoede", "kinder"})
    assert compound_head("kinderarmoede") == "armoede"
    assert compound_head("echtscheiding") == "scheiding"
    assert compound_head("woningnood") == ""  # "nood": fewer than six letters
    assert compound_head("armoede") == ""


def test_a_pattern_word_inside_such_a_compound(nlp) -> None:
    assert _suggested(nlp, "Het gaat om kinderarmoede in de stad.") == [
        ("kinderarmoede", P, "armoede", "", 1.0)
    ]


def test_a_word_cut_off_before_en_stands_for_the_compound_after_it(nlp) -> None:
    doc = nlp("Ze woonden in de maatschappelijke- en vrouwenopvang.")
    tokens = [t for t in doc if not t.is_space]
    keys = [_keys(t) for t in tokens]
    assert [elided(tokens, keys, i) for i in range(len(tokens))] == [
        (),
        (),
        (),
        (),
        ("maatschappelijke", "maatschappelijk", "opvang"),
        (),
        (),
        (),
    ]
    doc = nlp("Het gaat om school- of sportspullen en zorg- en welzijn.")
    tokens = [t for t in doc if not t.is_space]
    keys = [_keys(t) for t in tokens]
    assert [x for i in range(len(tokens)) if (x := elided(tokens, keys, i))] == [
        ("school", "school", "spullen"),
        ("zorg", "zorg"),
    ]


def test_the_cut_off_word_completes_an_all_of_pattern(nlp, monkeypatch) -> None:
    text = "Ze woonden in de maatschappelijke- en vrouwenopvang."
    rule = '{"all": ["maatschappelijk", "opvang"]}'
    assert _suggested(nlp, text) == [("maatschappelijke-", OPV, rule, "", 1.0)]
    monkeypatch.setattr(matching, "ELLIPSIS", False)
    assert [s[1] for s in _suggested(nlp, text) if s[2] == rule] == []


def test_a_noun_of_the_codes_own_name(nlp) -> None:
    text = "Langdurige stress beïnvloedt de hersenen."
    why = "staat in de naam van de code: stress"
    assert _suggested(nlp, text) == [(text, G, "(beschrijving)", why, 0.5)]
    assert _suggested(nlp, text, name_words=False) == []
    # only as a whole word, not as a part of a compound
    assert _suggested(nlp, "Het stresshormoon stijgt.") == []


def test_no_adjective_or_participle_of_a_name(nlp) -> None:
    # "gescheiden" in "Schoolkeuze bij gescheiden ouders" is no noun: the description decides
    assert _suggested(nlp, "Hun moeder en vader zijn gescheiden.") == []


def test_a_name_noun_common_in_the_project_says_nothing(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    corpus = [nlp(f"Er was stress op dag {k}.") for k in range(3)]
    corpus.append(nlp(" ".join(f"Zin {k} gaat over het weer." for k in range(3))))
    suggester.fit_corpus(corpus)  # "stress" in 3 of 6 sentences: more than 1 in 20
    text = "Langdurige stress beïnvloedt de hersenen."
    assert [s.code for s in suggester.suggest_doc("d", nlp(text))] == []
