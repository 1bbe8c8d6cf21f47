"""What a description match needs: distinctive sentence words, not a name, not a phrase's word.

Made-up sentences in the shape of the real texts of bench/realtext/codes2 (Kamervragen, a
parents' letter); each test fails with its rule off.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.distinctive import enough_words, is_compound, name_lemmas, word_groups
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Stem van het kind
    description: Of kinderen gehoord worden.
    patterns: [mening van het kind]
  - name: Veiligheid
    description: Geweld en bedreiging thuis.
  - name: Hulp
    description: De jeugdbescherming en haar gezinsvoogden.
  - name: Rechter
    description: Wat de rechtbank over het gezag beslist.
  - name: Wonen
    description: Waar het kind woont, bij de ouder.
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def _codes(nlp, text: str, **options) -> list[tuple[str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    found = suggester.suggest_doc("x.txt", nlp(text))
    return [(s.code, s.why) for s in found]


def test_word_groups_put_a_compounds_parts_with_it() -> None:
    feats = frozenset({"jeugdbescherming", "jeugd", "bescherming", "kind"})
    assert word_groups(["bescherming", "jeugd", "jeugdbescherming", "kind"], feats) == {
        "jeugdbescherming": ["bescherming", "jeugd", "jeugdbescherming"],
        "kind": ["kind"],
    }


def test_enough_words_needs_two_words_or_a_codebook_compound() -> None:
    yes = lambda x: True  # noqa: E731
    feats = frozenset({"jeugdbescherming", "jeugd", "bescherming", "geweld", "dreiging"})
    assert not enough_words(["geweld"], feats, set(), yes, 2)
    assert enough_words(["geweld", "dreiging"], feats, set(), yes, 2)
    parts = ["jeugd", "bescherming", "jeugdbescherming"]
    assert not enough_words(parts, feats, set(), yes, 2)  # one word, not written whole
    assert enough_words(parts, feats, {"jeugdbescherming"}, yes, 2)
    assert not enough_words(["geweld", "dreiging"], feats, set(), lambda x: x != "geweld", 2)
    assert is_compound("jeugdbescherming") and not is_compound("bedreiging")


def test_name_lemmas_are_the_capitalised_words_inside_a_sentence(nlp) -> None:
    doc = nlp("De vaste commissie voor Justitie en Veiligheid stelde vragen: Kent u de brief?")
    assert name_lemmas(next(doc.sents)) == frozenset({"justitie", "veiligheid"})


def test_a_name_in_the_sentence_is_no_description_match(nlp) -> None:
    text = "De minister van Justitie en Veiligheid schreef over geweld en bedreiging thuis."
    assert _codes(nlp, text.replace("Justitie en Veiligheid", "Financiën")) == [
        ("Veiligheid", "past bij de beschrijving: bedreiging, geweld, bedreigen")
    ]
    text = "De vaste commissie voor Justitie en Veiligheid stelde de minister vragen."
    assert _codes(nlp, text, skip_sentence_names=False, min_words=0) == [
        ("Veiligheid", "past bij de beschrijving: veiligheid")
    ]
    assert _codes(nlp, text, min_words=0) == []


def test_one_word_of_a_phrase_pattern_is_no_match(nlp) -> None:
    text = "Vader en moeder zijn van mening dat zij buiten beeld zijn gehouden."
    assert _codes(nlp, text, phrase_parts=False, min_words=0) == [
        ("Stem van het kind", "past bij de beschrijving: mening")
    ]
    assert _codes(nlp, text, min_words=0) == []


def test_one_distinctive_word_is_not_enough(nlp) -> None:
    text = "De rechter is voor veel ouders een onbekende."
    assert _codes(nlp, text, min_words=0) == [("Rechter", "past bij de beschrijving: rechter")]
    assert _codes(nlp, text, name_words=False) == []
    # codes24: a noun of the code's own name no other code writes is enough on its own
    assert _codes(nlp, text) == [("Rechter", "staat in de naam van de code: rechter")]
    text = "De rechtbank besliste over het gezag."
    assert _codes(nlp, text) == [
        ("Rechter", "past bij de beschrijving: beslissen, gezag, rechtbank")
    ]
