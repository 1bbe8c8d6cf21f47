"""codes18: a child code's own words where a pattern found its parent.

Made-up codebook and sentences, exact expectations (Suggester options
``child_descriptions`` and ``child_share``, wb.coding.code_scores.below_hit).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from wb.codebook import parse_codebook
from wb.coding.code_scores import below_hit
from wb.coding.suggest import Suggester
from wb.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def test_below_hit_is_true_only_under_the_hit_code() -> None:
    hits = [SimpleNamespace(code="Informatie delen")]
    assert below_hit("Informatie delen/Privacy", hits)
    assert not below_hit("Informatie delen", hits)
    assert not below_hit("Informatie delen en meer/Privacy", hits)
    assert not below_hit("Privacy", [])


BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Informatie delen
    description: Instanties die elkaar informatie geven.
    patterns:
      - {all: [informatie, delen]}
    codes:
      - name: Privacy
        description: De regels over toestemming en het beroepsgeheim.
        include: Toestemming van ouders, het beroepsgeheim, de privacywet.
        patterns: [privacy]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
TEXT = (
    "Het team moet altijd toestemming van ouders vragen om informatie te delen. "
    "De school wil informatie delen met de buren. "
    "Moeder wil verhuizen naar Utrecht."
)
OTHERS = (
    "Het weer was mooi in mei.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De trein vertrekt om acht uur.",
)


def _suggest(nlp, **options):
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    doc = nlp(TEXT)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", doc)]


def test_the_childs_own_words_make_the_parents_hit_the_child(nlp) -> None:
    first = "Het team moet altijd toestemming van ouders vragen om informatie te delen."
    pattern = '{"all": ["informatie", "delen"]}'
    assert _suggest(nlp) == [
        (first, "Informatie delen/Privacy", "(beschrijving)"),
        ("informatie delen", "Informatie delen", pattern),
        ("verhuizen", "Verhuizing", "verhuizen"),
    ]
    # without it, the parent's pattern keeps the sentence and the child's words are not read
    assert _suggest(nlp, child_descriptions=False) == [
        ("informatie te delen", "Informatie delen", pattern),
        ("informatie delen", "Informatie delen", pattern),
        ("verhuizen", "Verhuizing", "verhuizen"),
    ]


def test_a_lower_child_share_needs_fewer_of_the_childs_words(nlp) -> None:
    text = "Het team moet toestemming vragen om informatie te delen."
    pattern = '{"all": ["informatie", "delen"]}'
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    doc = nlp(text)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    model = suggester.model_
    assert model is not None
    hits = [SimpleNamespace(code="Informatie delen")]
    feats = frozenset({"toestemming", "toestemmen", "team", "vragen"})
    found = model.children_below(hits, feats, 0.3)
    assert [(c, r) for c, _, r in found] == [
        ("Informatie delen/Privacy", "past bij de beschrijving: toestemming, toestemmen")
    ]
    assert model.children_below(hits, frozenset({"team", "vragen"}), 0.3) == []
    assert model.children_below([], feats, 0.3) == []
    assert [(s.code, s.rule) for s in suggester.suggest_doc("d", doc)] == [
        ("Informatie delen", pattern)
    ]
    low = Suggester(BOOK, nlp, expand=True, child_share=0.3).fit()
    low.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    assert [(s.code, s.rule) for s in low.suggest_doc("d", doc)] == [
        ("Informatie delen/Privacy", "(beschrijving)")
    ]
