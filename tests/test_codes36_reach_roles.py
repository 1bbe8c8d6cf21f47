"""codes36: the reach of the codings after a third — line shapes a researcher leaves uncoded,
the last suggestions a threshold adds, a code whose parent or child the sentence has, and two
reached codes on one sentence.

Made-up documents, exact expectations (wb.coding.line_roles, coder_reach.calibrate and
``WINDOW``, ``ReachModel.silent_``, reaching.FAMILY, reaching.chosen_by_words and CHOOSE).
"""

from __future__ import annotations

import pytest
from test_codes16 import BOOK, CODED, A
from test_codes30_reach_guard import TWICE

from wb.coding import coder_reach, line_roles, reaching
from wb.coding.coder_reach import ReachDocument, ReachModel, calibrate
from wb.coding.line_roles import line_shapes, silent_shapes
from wb.coding.reaching import chosen_by_words, reach_suggestions, text_sentences
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load


def test_line_shapes_of_structure_and_content_lines():
    assert line_shapes("1. Inleiding") == {"heading", "numbered", "short"}
    assert line_shapes("De voorzitter:") == {"colon", "short"}
    assert line_shapes("– de brief van de minister van 2 maart 2020 over adoptie;") == {"numbered"}
    assert line_shapes("a) de moeder van het kind.") == {"numbered"}
    assert line_shapes("Algemeen deel") == {"heading", "short"}
    assert line_shapes("Zij start haar presentatie met het noemen van cijfers.") == set()
    # a year or a decimal that opens a sentence is no numbering
    assert line_shapes("2020 was een jaar met veel verhuizingen in het land.") == set()
    assert line_shapes("3.19.2.Voor deze procedure geldt het volgende.") == set()


N, C, P = frozenset({"numbered"}), frozenset({"Verhuizing"}), frozenset()


def test_a_shape_the_researcher_never_coded_is_silent():
    shapes = [[N, N, P, P], [N, N, P]]
    coded = [[P, P, C, C], [P, C, C]]
    assert silent_shapes(shapes, coded) == frozenset()  # 1 of 4 numbered lines coded: .25
    coded = [[P, P, C, C], [P, P, C]]
    assert silent_shapes(shapes, coded) == {"numbered"}  # 0 of 4
    # three lines of a shape at least
    assert silent_shapes([[N, N, P]], [[P, P, C]]) == frozenset()
    # a fifth of them coded may be, a quarter is too many
    shapes5 = [[N, N, N, N, N]]
    assert silent_shapes(shapes5, [[C, P, P, P, P]]) == {"numbered"}  # .2
    assert silent_shapes([[N, N, N, N]], [[C, P, P, P]]) == frozenset()  # .25


def test_max_share_minus_one_turns_silent_shapes_off(monkeypatch):
    monkeypatch.setattr(line_roles, "MAX_SHARE", -1)
    assert silent_shapes([[N, N, N]], [[P, P, P]]) == frozenset()


def test_calibrate_asks_the_last_suggestions_to_be_right_too():
    scored = [(0.9 - k / 10, k < 6) for k in range(9)]  # six right, then three wrong
    assert coder_reach.WINDOW == 10
    assert calibrate(scored, 0.6, 2, window=0) == pytest.approx(0.1)  # 6 of 9 right
    assert calibrate(scored, 0.6, 2, window=3) == pytest.approx(0.3)  # .5 .4 .3: 2 of 3
    assert calibrate(scored, 0.6, 2, window=4) == pytest.approx(0.3)  # .6 .5 .4 .3: 3 of 4
    assert calibrate(scored, 0.6, 2) == pytest.approx(0.1)  # ten: all nine, 6 of 9
    # a long tail of wrong ones: the window finds where it starts
    tail = [(1 - k / 100, k < 12) for k in range(20)]
    assert calibrate(tail, 0.6, 2, window=0) == pytest.approx(0.81)  # 12 of 20
    assert calibrate(tail, 0.6, 2) == pytest.approx(0.85)  # .94-.85: 6 of 10 right


def _silent_doc(coded: bool) -> ReachDocument:
    """Eight sentences, Verhuizing's own evidence at 0 and 3. Coded: the researcher coded 0-5
    and left the numbered lines 6 and 7 uncoded; new: 1 and 4 are numbered lines."""
    return ReachDocument(
        own=[C, P, P, C, P, P, P, P],
        headings=[False] * 8,
        sizes=[6] * 8,
        coded=[C, C, C, C, C, C, P, P] if coded else None,
        shapes=[P] * 6 + [N, N] if coded else [P, N, P, P, N, P, P, P],
    )


def test_the_reach_skips_a_line_of_a_silent_shape():
    model = ReachModel(precision=0.6).fit([_silent_doc(True), _silent_doc(True)], ["Verhuizing"])
    assert model.silent_ == {"numbered"}
    assert model.threshold_ is not None
    assert [k for k, *_ in model.predict(_silent_doc(False))] == [2, 5]


def test_without_shapes_the_model_reads_every_line(monkeypatch):
    monkeypatch.setattr(line_roles, "MAX_SHARE", -1)
    model = ReachModel(precision=0.6).fit([_silent_doc(True), _silent_doc(True)], ["Verhuizing"])
    assert model.silent_ == frozenset()
    assert [k for k, *_ in model.predict(_silent_doc(False))] == [1, 2, 4, 5]


@pytest.fixture(scope="module")
def nlp():
    return load()


def _learned(nlp):
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(TWICE)]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(CODED):
        suggester.learn_document(f"c{k}", docs[k], codes)
    return suggester, docs[-1]


def _child_at(doc, text: str) -> Suggestion:
    """A suggestion of a child code of Verhuizing on the sentence `text` of `doc`."""
    sent = next(s for s in text_sentences(doc) if s.text.strip() == text)
    start, end = sent.start_char, sent.start_char + len(text)
    return Suggestion("nieuw", start, end, f"{A}/Nieuwe woning", start, end, text, "woning")


def test_no_reach_where_the_sentence_has_a_child_of_the_code(nlp):
    suggester, doc = _learned(nlp)
    reach = suggester.reach_model()
    found = [_child_at(doc, "Het huis is al gekocht.")]
    assert reach_suggestions(suggester, reach, "nieuw", doc, found) == []
    other = [_child_at(doc, "De kat slaapt op de bank.")]
    assert [
        (s.match_text, s.code) for s in reach_suggestions(suggester, reach, "nieuw", doc, other)
    ] == [("Het huis is al gekocht.", A)]


def test_family_false_lets_the_reach_beside_a_child(nlp, monkeypatch):
    monkeypatch.setattr(reaching, "FAMILY", False)
    suggester, doc = _learned(nlp)
    reach = suggester.reach_model()
    found = [_child_at(doc, "Het huis is al gekocht.")]
    assert [
        (s.match_text, s.code) for s in reach_suggestions(suggester, reach, "nieuw", doc, found)
    ] == [("Het huis is al gekocht.", A)]


def _pair(k: int, code: str, desc: float) -> tuple[int, str, float, dict[str, float]]:
    return (k, code, 0.5, {"desc": desc})


def test_two_reached_codes_on_a_sentence_keep_those_its_words_name():
    pairs = [
        _pair(0, "Verhuizing", 0.0),  # alone on its sentence: kept
        _pair(1, "Verhuizing", 0.4),
        _pair(1, "Alimentatie", 0.0),
        _pair(2, "Verhuizing", 0.0),  # two codes, neither named: none
        _pair(2, "Alimentatie", 0.0),
        _pair(3, "Verhuizing", 0.2),  # both named: both
        _pair(3, "Alimentatie", 1.1),
    ]
    assert [(k, c) for k, c, _, _ in chosen_by_words(pairs)] == [
        (0, "Verhuizing"),
        (1, "Verhuizing"),
        (3, "Verhuizing"),
        (3, "Alimentatie"),
    ]
    assert reaching.CHOOSE is True
    assert chosen_by_words([]) == []
