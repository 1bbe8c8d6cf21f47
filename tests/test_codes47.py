"""codes47: two codes' hits on the same topic words in one sentence (wb.coding.competing).

The covered test reads a pattern's words as lemmas ("ouders" is the "ouder" another code's text
writes: ``competing.LEMMAS``, Suggester option ``competing_lemmas``), and a word of a code's own
name keeps its hits only when few codes' texts share it (``competing.NAMED_DISTINCT``, option
``competing_named_distinct``). A made-up codebook and made-up sentences, exact expectations.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import competing
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load

TEXT = """
name: proef
codes:
  - name: Toestemming van ouders
    description: Wie toestemming geeft voor een behandeling van het kind.
    patterns: [{all: [toestemming, ouders]}]
  - name: Kinderbescherming
    description: Ingrijpen als ouders zonder toestemming zorg weigeren, zoals een bloedtransfusie.
    patterns: [bloedtransfusie]
  - name: Leeftijd
    description: De eigen toestemming van het kind naast die van de ouders.
    patterns: [wilsbekwaam]
  - name: Spoed
    description: Zorg zonder toestemming van ouders als het niet kan wachten.
    patterns: [spoed]
"""
#: Four codes' texts write "toestemming" and "ouders": the name's words name the whole domain.
BOOK = parse_codebook(TEXT)
#: Only two codes' texts write "toestemming": the name's word is the code's own.
FEW = parse_codebook(
    TEXT.replace("De eigen toestemming van het kind", "De eigen stem van het kind").replace(
        "Zorg zonder toestemming van ouders", "Zorg voor een kind"
    )
)
REFUSED = "De ouders gaven geen toestemming voor een bloedtransfusie."
RULE = '{"all": ["toestemming", "ouders"]}'


@pytest.fixture(scope="module")
def nlp():
    return load()


def _codes(nlp, book, text: str, **options) -> list[tuple[str, str, str]]:
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", nlp(text))]


def _hit(code: str, rule: str) -> Suggestion:
    return Suggestion("d", 0, 10, code, 0, 5, "x", rule)


def test_the_defaults() -> None:
    assert (competing.LEMMAS, competing.NAMED_DISTINCT) == (True, True)


def test_pattern_lemmas_with_a_lemma_function() -> None:
    words = competing.pattern_words(BOOK)
    lemma = {"ouders": ["ouder"], "toestemming": ["toestemming"], "de": []}
    got = competing.pattern_lemmas(words, lambda w: lemma.get(w, [w]))
    assert got == {
        frozenset({"toestemming", "ouders"}): frozenset({"toestemming", "ouder"}),
        frozenset({"bloedtransfusie"}): frozenset({"bloedtransfusie"}),
        frozenset({"wilsbekwaam"}): frozenset({"wilsbekwaam"}),
        frozenset({"spoed"}): frozenset({"spoed"}),
    }
    # a word without a content lemma stays as written
    assert competing.pattern_lemmas({("A", "de"): frozenset({"de"})}, lambda w: []) == {
        frozenset({"de"}): frozenset({"de"})
    }


def test_outdone_reads_the_pattern_words_as_lemmas() -> None:
    words = competing.pattern_words(BOOK)
    own = {
        "Toestemming van ouders": {"toestemming", "ouder", "behandeling", "kind"},
        "Kinderbescherming": {"ouder", "toestemming", "zorg", "weigeren", "bloedtransfusie"},
    }
    lemmas = {frozenset({"toestemming", "ouders"}): frozenset({"toestemming", "ouder"})}
    hits = [_hit("Toestemming van ouders", RULE), _hit("Kinderbescherming", "bloedtransfusie")]
    assert competing.outdone(hits, words, own) == set()
    assert competing.outdone(hits, words, own, lemmas=lemmas) == {"Toestemming van ouders"}
    # a name word that is passed on still keeps the code
    named = {"Toestemming van ouders": {"toestemming"}}
    assert competing.outdone(hits, words, own, named=named, lemmas=lemmas) == set()


def test_name_words_many_codes_share_keep_nothing(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    model = suggester.model_
    assert (model.share_["toestemming"], model.share_["ouder"], model.share_max) == (4, 4, 3)
    assert model.codes_["Toestemming van ouders"].named == {"toestemming", "ouder"}
    assert suggester._named_words({"toestemming", "ouder", "bloedtransfusie"}) == {
        "bloedtransfusie"
    }
    few = Suggester(FEW, nlp, expand=True).fit()
    assert (few.model_.share_["toestemming"], few.model_.share_["ouder"]) == (2, 3)
    assert few._named_words({"toestemming", "ouder"}) == {"toestemming", "ouder"}
    plain = Suggester(BOOK, nlp, expand=True, competing_named_distinct=False).fit()
    assert plain._named_words({"toestemming", "ouder"}) == {"toestemming", "ouder"}


def test_the_domains_words_lose_to_a_topic_word_the_other_code_writes(nlp) -> None:
    both = [
        ("ouders gaven geen toestemming", "Toestemming van ouders", RULE),
        ("bloedtransfusie", "Kinderbescherming", "bloedtransfusie"),
    ]
    assert _codes(nlp, BOOK, REFUSED) == both[1:]
    # each of the two changes is needed (without codes23's domain-word hits, which yield too)
    assert _codes(nlp, BOOK, REFUSED, competing_named_distinct=False, domain_share=0) == both
    assert _codes(nlp, BOOK, REFUSED, competing_lemmas=False, domain_share=0) == both
    # a name word few codes write keeps its hit
    assert _codes(nlp, FEW, REFUSED) == both


def test_only_the_sentence_with_the_other_codes_hit_loses(nlp) -> None:
    text = REFUSED + " Zonder toestemming van de ouders kan de arts niets."
    assert _codes(nlp, BOOK, text) == [
        ("bloedtransfusie", "Kinderbescherming", "bloedtransfusie"),
        ("toestemming van de ouders", "Toestemming van ouders", RULE),
    ]
