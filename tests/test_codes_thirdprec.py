"""codes-thirdprec: learning from the coded third without losing precision.

Made-up snippets, exact expectations: a code the coded documents run carries by a neighbour
only to a sentence without a code of its own evidence (wb.coding.carrying.RUNS_SILENT), and no
reach of the codings in a mixed document (wb.coding.reaching.MIXED).
"""

from __future__ import annotations

import pytest
from proef_codebook import proef_book

from wb.coding import carrying, reaching
from wb.coding.reaching import is_mixed, text_sentences
from wb.coding.suggest import Suggester
from wb.nlp import load

V, A = "Verhuizing", "Alimentatie"
CODES = [f"C{k}" for k in range(12)]


def _own(*codes: str) -> list[frozenset[str]]:
    """One sentence per code, and an empty sentence between each."""
    out: list[frozenset[str]] = []
    for code in codes:
        out += [frozenset({code}), frozenset()]
    return out


def test_five_of_twelve_codes_make_a_document_mixed():
    assert is_mixed(_own(*CODES[:5]), 12)
    assert not is_mixed(_own(*CODES[:4]), 12)
    assert not is_mixed(_own(*CODES[:4], "C0", "C1", "C2"), 12)  # four codes, seven sentences
    assert is_mixed(_own(*CODES[:5]), 11)  # .4 of 11 codes: 4.4, so five
    assert is_mixed(_own(*CODES[:4]), 10)  # .4 of 10 codes: four
    assert not is_mixed(_own(*CODES[:3]), 10)


def test_who_speaks_is_not_counted_and_small_codebooks_need_three():
    assert not is_mixed(_own(*CODES[:5]), 12, frozenset({"C4"}))
    assert not is_mixed(_own("C0", "C1"), 2)  # .4 of 2 codes is one, but MIXED_MIN is 3
    assert is_mixed(_own("C0", "C1", "C2"), 3)


def test_mixed_off(monkeypatch):
    monkeypatch.setattr(reaching, "MIXED", 0.0)
    assert not is_mixed(_own(*CODES), 12)


BOOK = proef_book()
FILL = [
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De bus was te laat.",
    "De kat slaapt op de bank.",
]
CODED = [
    (
        "Moeder wil verhuizen naar Groningen. Zij heeft daar een nieuwe baan. " + " ".join(FILL),
        [{V}, {V}, set(), set(), set(), set(), set()],
    ),
    (
        " ".join(FILL[:2])
        + " Vader betaalt geen alimentatie. Hij heeft geen werk meer. "
        + " ".join(FILL[2:]),
        [set(), set(), {A}, {A}, set(), set(), set()],
    ),
    (
        " ".join(FILL[:3])
        + " De verhuizing is in mei. Het huis is al gekocht. "
        + " ".join(FILL[3:]),
        [set(), set(), set(), {V}, {V}, set(), set()],
    ),
]

ONE_TOPIC = (
    "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. "
    + " ".join(FILL[3:])
)
MIXED_DOC = (
    "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. "
    "De kat slaapt op de bank. Moeder krijgt geen alimentatie."
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _learned(nlp, *docs: str, **options) -> tuple[Suggester, list]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    parsed = [nlp(t) for t, _ in CODED] + [nlp(t) for t in docs]
    suggester.fit_corpus(parsed)
    for k, (_, codes) in enumerate(CODED):
        assert len(text_sentences(parsed[k])) == len(codes)
        suggester.learn_document(f"c{k}", parsed[k], codes)
    return suggester, parsed[len(CODED) :]


def _reach(found) -> list[tuple[str, str, str]]:
    return [(s.match_text, s.code, s.reason) for s in found if s.rule == "(zoals uw coderingen)"]


@pytest.fixture()
def _two_codes_mix(monkeypatch):
    """These documents have the codebook's own evidence in one sentence (codes30: MIN_OWN 2);
    with two codes in the codebook, two in a document make it mixed."""
    monkeypatch.setattr(reaching, "MIN_OWN", 1)
    monkeypatch.setattr(reaching, "MIXED_MIN", 2)


@pytest.mark.usefixtures("_two_codes_mix")
def test_the_reach_extends_the_code_of_a_one_topic_document(nlp):
    suggester, (doc,) = _learned(nlp, ONE_TOPIC)
    assert _reach(suggester.suggest_doc("nieuw", doc)) == [
        (
            "Daar woont zijn vriendin.",
            V,
            "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
            "en in 1 van de 5 zinnen van dit document",
        )
    ]


@pytest.mark.usefixtures("_two_codes_mix")
def test_no_reach_in_a_document_the_codebook_finds_two_codes_in(nlp):
    suggester, (doc,) = _learned(nlp, MIXED_DOC)
    found = suggester.suggest_doc("gemengd", doc)
    assert [(s.match_text, s.code) for s in found] == [("verhuizen", V), ("alimentatie", A)]
    assert _reach(found) == []


@pytest.mark.usefixtures("_two_codes_mix")
def test_the_mixed_document_keeps_its_reach_with_mixed_off(nlp, monkeypatch):
    monkeypatch.setattr(reaching, "MIXED", 0.0)
    suggester, (doc,) = _learned(nlp, MIXED_DOC)
    assert [t for t, _, _ in _reach(suggester.suggest_doc("gemengd", doc))] == [
        "Daar woont zijn vriendin."
    ]


BESIDE = "Vader wil verhuizen naar Utrecht. Die stad is duur want hij betaalt alimentatie."
SILENT = "Vader wil verhuizen naar Utrecht. Die stad is duur."


def _found(nlp, text: str) -> list[tuple[str, str, str, str]]:
    suggester, (doc,) = _learned(nlp, text, reach=False)
    return [(s.match_text, s.code, s.rule, s.reason) for s in suggester.suggest_doc("n", doc)]


def test_a_learned_run_does_not_carry_to_a_sentence_with_its_own_code(nlp):
    assert _found(nlp, BESIDE) == [
        ("verhuizen", V, "verhuizen", ""),
        ("alimentatie", A, "alimentatie", ""),
    ]


def test_a_learned_run_carries_to_a_silent_sentence(nlp):
    assert _found(nlp, SILENT) == [
        ("verhuizen", V, "verhuizen", ""),
        (
            "Die stad is duur.",
            V,
            "(naastliggende zin)",
            "past bij de beschrijving: stad, net als de zin ervoor",
        ),
    ]


def test_without_runs_silent_the_run_carries_beside_another_code(nlp, monkeypatch):
    monkeypatch.setattr(carrying, "RUNS_SILENT", False)
    assert _found(nlp, BESIDE) == [
        ("verhuizen", V, "verhuizen", ""),
        (
            "Die stad is duur want hij betaalt alimentatie.",
            V,
            "(naastliggende zin)",
            "past bij de beschrijving: stad, net als de zin ervoor",
        ),
        ("alimentatie", A, "alimentatie", ""),
    ]


@pytest.mark.parametrize("silent", [True, False])
def test_the_codebook_alone_does_not_carry_either_way(nlp, monkeypatch, silent):
    monkeypatch.setattr(carrying, "RUNS_SILENT", silent)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    doc = nlp(BESIDE)
    suggester.fit_corpus([doc])
    assert [(s.match_text, s.code) for s in suggester.suggest_doc("n", doc)] == [
        ("verhuizen", V),
        ("alimentatie", A),
    ]
