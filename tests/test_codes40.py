"""codes40: the reach of the codings adds no code on a tiny line (a label, a heading, a speaker's
name, a one-word answer) unless the coded documents show the researcher codes those.

Made-up documents, exact expectations (wb.coding.line_roles.tiny_silent, TINY_WORDS and
TINY_SHARE, ``ReachModel.tiny_silent_``, reaching.reach_document's words).
"""

from __future__ import annotations

import pytest
from test_codes16 import BOOK, CODED, A

from wb.coding import line_roles
from wb.coding.coder_reach import ReachDocument, ReachModel
from wb.coding.reaching import reach_document
from wb.coding.suggest import Suggester
from wb.nlp import load

C, P = frozenset({"Verhuizing"}), frozenset()


def test_tiny_lines_are_silent_unless_the_researcher_codes_them():
    assert line_roles.TINY_WORDS == 3
    assert line_roles.TINY_SHARE == 0.75
    words = [[1, 6, 2, 8, 3]]
    assert line_roles.tiny_silent(words, [[P, C, P, C, P]]) is True  # 0 of 3 tiny lines coded
    assert line_roles.tiny_silent(words, [[C, C, C, C, C]]) is False  # 3 of 3
    four = [[2, 2, 9], [3, 3, 9]]
    assert line_roles.tiny_silent(four, [[C, C, P], [C, P, P]]) is False  # 3 of 4: .75
    assert line_roles.tiny_silent(four, [[C, P, P], [C, P, P]]) is True  # 2 of 4
    # fewer than three tiny lines: nothing shows the researcher codes them
    assert line_roles.tiny_silent([[2, 2, 4, 9]], [[C, C, C, C]]) is True
    # four words is no tiny line
    assert line_roles.tiny_silent([[4, 4, 4]], [[P, P, P]]) is True
    assert line_roles.tiny_silent([], []) is True


def test_tiny_share_zero_turns_it_off(monkeypatch):
    monkeypatch.setattr(line_roles, "TINY_SHARE", 0)
    assert line_roles.tiny_silent([[1, 2, 3]], [[P, P, P]]) is False


def _doc(coded: bool, tiny_coded: bool = False) -> ReachDocument:
    """Eight sentences, Verhuizing's own evidence at 0 and 3. Coded: the researcher coded 0-5;
    its lines 1 and 4 are tiny (two words) with `tiny_coded`, else 6 and 7 (left uncoded). New:
    1 and 4 are tiny."""
    words = [8, 2, 8, 8, 2, 8, 8, 8] if tiny_coded or not coded else [8] * 6 + [2, 2]
    return ReachDocument(
        own=[C, P, P, C, P, P, P, P],
        headings=[False] * 8,
        sizes=[6] * 8,
        coded=[C, C, C, C, C, C, P, P] if coded else None,
        words=words,
    )


def test_the_reach_skips_a_tiny_line_the_researcher_leaves_uncoded():
    model = ReachModel(precision=0.6).fit([_doc(True), _doc(True)], ["Verhuizing"])
    assert model.tiny_silent_ is True  # 0 of 4 tiny lines coded
    assert [k for k, *_ in model.predict(_doc(False))] == [2, 5]


def test_the_reach_adds_on_a_tiny_line_where_the_researcher_codes_them():
    model = ReachModel(precision=0.6).fit([_doc(True, True), _doc(True, True)], ["Verhuizing"])
    assert model.tiny_silent_ is False  # 4 of 4
    assert [k for k, *_ in model.predict(_doc(False))] == [1, 2, 4, 5]


def test_a_document_without_word_counts_is_read_as_before():
    model = ReachModel(precision=0.6).fit([_doc(True), _doc(True)], ["Verhuizing"])
    new = _doc(False)
    new.words = []
    assert [k for k, *_ in model.predict(new)] == [1, 2, 4, 5]


NEW = (
    "Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. De bus was te laat. "
    "De verhuizing is in mei. Alles al ingepakt. De kat slaapt op de bank."
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggested(nlp) -> tuple[list[int], list[tuple[str, str, float]]]:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(NEW)]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(CODED):
        suggester.learn_document(f"c{k}", docs[k], codes)
    words = reach_document(suggester.plain_suggester(), "nieuw", docs[-1]).words
    found = suggester.suggest_doc("nieuw", docs[-1])
    return words, [(s.match_text, s.code, s.score) for s in found if s.rule.startswith("(zoals")]


def test_no_reach_on_a_tiny_line_after_coded_documents_without_them(nlp):
    words, reached = _suggested(nlp)
    assert words == [5, 4, 5, 5, 3, 6]
    assert reached == []


def test_the_tiny_line_is_reached_with_the_rule_off(nlp, monkeypatch):
    monkeypatch.setattr(line_roles, "TINY_SHARE", 0)
    _, reached = _suggested(nlp)
    assert reached == [("Alles al ingepakt.", A, 0.244)]
