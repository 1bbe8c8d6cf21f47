"""codes23: what codes20 taught (domain-word hits, cut-off compounds).

* A pattern made of the codebook's domain words alone (every lemma written by 4+ codes' texts,
  ``wb.coding.domain_hits``) does not silence the other codes' descriptions in its sentence,
  and where an unrelated code has its own evidence there, the domain hit yields to it.
* A word cut off with a hyphen before "en"/"of" ("dak- en thuisloze") stands for the compound
  it makes with the next word's end ("dakloos"), for a pattern word.

A made-up codebook and made-up sentences, exact expectations.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import domain_hits, matching
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion, ranked
from wb.nlp import load

#: Four codes' texts write "gemeente": the policy code's pattern names the whole field.
TEXT = """
name: proef
codes:
  - name: Beleid
    description: Wat de gemeente en het Rijk afspreken over de aanpak.
    patterns: [gemeente]
  - name: Verlenging
    description: Jeugdhulp die na het achttiende jaar doorloopt,
      en het besluit van de gemeente daarover.
    patterns: [verlengde jeugdhulp]
  - name: Wonen
    description: Waar een jongere gaat wonen, een kamer van de gemeente,
      en jongeren die dakloos raken.
    patterns: [dakloos, {all: [pleegzorg, wonen]}]
  - name: Geld
    description: Het inkomen en de toeslagen van een jongere, de bijstand van de gemeente.
    patterns: [bijstand]
"""
BOOK = parse_codebook(TEXT)
#: Only the policy code writes "gemeente": its pattern is its own word again.
OWN = parse_codebook(
    TEXT.replace("      en het besluit van de gemeente daarover.", "      en het besluit daarover.")
    .replace("een kamer van de gemeente,", "een kamer,")
    .replace(", de bijstand van de gemeente", "")
)
EXTENDED = "De gemeente laat de jeugdhulp na het achttiende jaar doorlopen."
DESCRIPTION = "past bij de beschrijving: achttien, doorlopen, gemeente, jeugdhulp"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _got(nlp, book, text: str, **options) -> list[tuple[str, str, str, float, str]]:
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    return [
        (s.match_text, s.code, s.rule, round(s.score or 0.0, 2), s.reason or "")
        for s in suggester.suggest_doc("d", nlp(text))
    ]


def test_the_defaults() -> None:
    got = (domain_hits.MIN_SHARE, domain_hits.YIELDS, domain_hits.TERMS)
    assert got == (4, True, True)
    assert matching.ELLIPSIS_COMPOUNDS


def test_min_share() -> None:
    # at least 4 codes, and at least a third of the codebook
    assert [domain_hits.min_share(n) for n in (4, 11, 12, 13, 56)] == [4, 4, 4, 5, 19]
    assert domain_hits.min_share(12, 0) == 0


def test_is_domain_hit() -> None:
    words = {
        ("Beleid", "gemeente"): frozenset({"gemeente"}),
        ("Geld", "bijstand"): frozenset({"bijstand"}),
    }
    share = {"gemeente": 4, "bijstand": 1}
    hit = Suggestion("d", 0, 10, "Beleid", 3, 11, "gemeente", "gemeente")
    assert domain_hits.is_domain_hit(hit, words, {}, share)
    assert not domain_hits.is_domain_hit(hit, words, {}, share, min_share=5)
    assert not domain_hits.is_domain_hit(hit, words, {}, share, min_share=0)
    own = Suggestion("d", 0, 10, "Geld", 3, 11, "bijstand", "bijstand")
    assert not domain_hits.is_domain_hit(own, words, {}, share)
    regex = Suggestion("d", 0, 10, "Beleid", 3, 11, "gemeente", "/gemeente/")
    assert not domain_hits.is_domain_hit(regex, words, {}, share)  # no words: never
    # an all-of pattern of domain words is a domain hit; a phrase of two words is a term
    words = {
        ("Beleid", '{"all": ["gemeente", "rijk"]}'): frozenset({"gemeente", "rijk"}),
        ("Beleid", "gemeente rijk"): frozenset({"gemeente", "rijk"}),
    }
    share = {"gemeente": 4, "rijk": 5}
    all_of = Suggestion("d", 0, 10, "Beleid", 0, 9, "x", '{"all": ["gemeente", "rijk"]}')
    phrase = Suggestion("d", 0, 10, "Beleid", 0, 9, "x", "gemeente rijk")
    assert domain_hits.is_domain_hit(all_of, words, {}, share)
    assert not domain_hits.is_domain_hit(phrase, words, {}, share)


def test_a_domain_hit_yields_to_a_description(nlp) -> None:
    assert _got(nlp, BOOK, EXTENDED) == [
        (EXTENDED, "Verlenging", "(beschrijving)", 0.74, DESCRIPTION)
    ]
    # without yielding both stand; the description first, then the pattern's hit
    assert _got(nlp, BOOK, EXTENDED, domain_yields=False) == [
        (EXTENDED, "Verlenging", "(beschrijving)", 0.74, DESCRIPTION),
        ("gemeente", "Beleid", "gemeente", 1.0, ""),
    ]
    # as before codes23: the pattern's hit silences every description in its sentence
    assert _got(nlp, BOOK, EXTENDED, domain_share=0) == [
        ("gemeente", "Beleid", "gemeente", 1.0, "")
    ]


def test_a_code_own_word_still_silences(nlp) -> None:
    assert _got(nlp, OWN, EXTENDED) == [("gemeente", "Beleid", "gemeente", 1.0, "")]


def test_a_domain_hit_alone_stays(nlp) -> None:
    text = "De gemeente maakt afspraken met het Rijk."
    assert _got(nlp, BOOK, text) == [("gemeente", "Beleid", "gemeente", 1.0, "")]


def test_elided_compounds(nlp) -> None:
    doc = nlp("Er zijn dak- en thuisloze jongeren.")
    tokens = [t for t in doc if not t.is_space]
    keys = [matching._keys(t) for t in tokens]
    got = matching.elided_compounds(tokens, keys, 2)
    assert "dakloos" in got and "dakloze" in got
    assert all(x.startswith("dak") for x in got)
    assert matching.elided_compounds(tokens, keys, 3) == ()  # "en" is no cut-off word


def test_a_cut_off_word_matches_its_compound(nlp) -> None:
    text = "In de stad wonen veel dak- en thuisloze jongeren."
    assert _got(nlp, BOOK, text) == [("dak- en thuisloze", "Wonen", "dakloos", 1.0, "")]
    text = "Zij kan na de pleeg- of jeugdzorg nergens wonen."
    assert [x[:3] for x in _got(nlp, BOOK, text)] == [
        ("pleeg- of jeugdzorg nergens wonen", "Wonen", '{"all": ["pleegzorg", "wonen"]}')
    ]


def test_cut_off_words_off(nlp, monkeypatch) -> None:
    monkeypatch.setattr(matching, "ELLIPSIS_COMPOUNDS", False)
    text = "In de stad wonen veel dak- en thuisloze jongeren."
    # the description still speaks (its words "wonen", "jong"), the pattern does not
    assert _got(nlp, BOOK, text) == [
        (text, "Wonen", "(beschrijving)", 0.63, "past bij de beschrijving: wonen, jong")
    ]
    assert _got(nlp, BOOK, "Er zijn veel dak- en thuisloze mensen.") == []


def test_scores_order_where_both_stand(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True, domain_yields=False).fit()
    got = ranked(suggester.suggest_doc("d", nlp(EXTENDED)))
    assert [(s.code, round(s.score, 2)) for s in got] == [("Beleid", 1.0), ("Verlenging", 0.74)]
    # two sentences: the cut-off pair's hit (a pattern) before the description's suggestion
    text = "Veel dak- en thuisloze jongeren. " + EXTENDED
    got = ranked(Suggester(BOOK, nlp, expand=True).fit().suggest_doc("d", nlp(text)))
    assert [(s.code, s.match_start, round(s.score, 2)) for s in got] == [
        ("Wonen", 5, 1.0),
        ("Verlenging", 33, 0.74),
    ]
