"""codes33: a parent's own word stays with the parent in a document that names its child.

Made-up codebooks and sentences, exact expectations (wb.coding.specific).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.specific import _related, document_children, parent_own
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load

OTHERS = (
    "Het weer was mooi in mei.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De trein vertrekt om acht uur.",
)

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Klachten van jongeren
    description: Somberheid en angst bij jongeren.
    patterns:
      - somberheid
      - {all: [jongere, klacht]}
    codes:
      - name: Zelfbeschadiging
        description: Jongeren die zichzelf pijn doen, en klachten die daarbij horen.
        patterns: [zelfbeschadiging]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
TEXT = (
    "Veel meisjes hebben last van somberheid. "
    "Zelfbeschadiging komt ook voor. "
    "Jongeren met klachten zoeken hulp."
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggest(nlp, text: str, **options) -> list[tuple[str, str, str]]:
    options.setdefault("child_sentences", 1)  # a child named in one sentence (codes48)
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    doc = nlp(text)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", doc)]


def test_the_words_a_child_shares() -> None:
    words = frozenset({"ontvoering", "omgang", "kind"})
    assert _related("omgangsregeling", words)  # holds the child's word
    assert _related("ontvoeren", words)  # the same first six letters
    assert _related("kind", words)
    assert not _related("kinderen", frozenset({"kind"}))  # four letters: not inside
    assert not _related("depressie", frozenset({"zelfdoding", "dood", "poging"}))


def test_the_parents_rules_its_child_never_uses() -> None:
    assert parent_own(BOOK) == {"Klachten van jongeren/Zelfbeschadiging": frozenset({"somberheid"})}
    bare = parse_codebook(
        "name: p\ncodes:\n  - name: A\n    patterns: [a]\n    codes:\n"
        "      - name: B\n        patterns: [b]\n"
    )
    assert parent_own(bare) == {}  # a child of a name and patterns alone is not judged


def test_a_parents_own_word_stays_and_a_shared_one_moves(nlp) -> None:
    assert _suggest(nlp, TEXT) == [
        ("somberheid", "Klachten van jongeren", "somberheid"),
        ("Zelfbeschadiging", "Klachten van jongeren/Zelfbeschadiging", "zelfbeschadiging"),
        (
            "Jongeren met klachten",
            "Klachten van jongeren/Zelfbeschadiging",
            "(subcode in dit document)",
        ),
    ]
    # switched off, the parent's own word moves to the child as before (codes19)
    assert _suggest(nlp, TEXT, child_shares_words=False)[0] == (
        "somberheid",
        "Klachten van jongeren/Zelfbeschadiging",
        "(subcode in dit document)",
    )


def _s(start: int, code: str, rule: str) -> Suggestion:
    return Suggestion("d", start, start + 10, code, start, start + 5, "woord", rule)


def test_the_sentence_with_the_child_still_drops_its_parent() -> None:
    own = {"A/B": frozenset({"a"})}
    found = [_s(0, "A", "a"), _s(20, "A/B", "b"), _s(20, "A", "a")]
    out = [
        (s.start, s.code, s.rule)
        for s in document_children(found, ["A", "A/B"], parents_own=own, min_sentences=1)
    ]
    assert out == [(0, "A", "a"), (20, "A/B", "b")]
