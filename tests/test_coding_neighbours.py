"""A neighbour's code carries over (wb.coding.neighbours): made-up sentences, exact expectations.

A code runs when the researcher coded its sentences in runs in the coded documents; then a
sentence next to one suggested for it takes it when the description speaks a little for it.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.neighbours import carried_codes, running_codes
from wb.coding.suggest import Suggester, sentence_features
from wb.nlp import load

P, K = "Plaatsing", "Klachten"


def _doc(*codes: set[str]) -> list[set[str]]:
    return list(codes)


def test_a_code_runs_when_its_coded_sentences_stand_together() -> None:
    runs = _doc({P}, {P}, {P}, set(), {K}, set(), {K}, set(), {K})
    assert running_codes([runs]) == frozenset({P})
    # two coded sentences are too few; half beside one another is enough
    assert running_codes([_doc({P}, {P}, set())]) == frozenset()
    assert running_codes([_doc({P}, {P}, set(), {P}, set(), {P})]) == frozenset({P})
    assert running_codes([_doc({P}, set(), {P}, set(), {P}, set(), {P})]) == frozenset()


BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Plaatsing
    description: Een kind woont niet meer thuis maar in een pleeggezin, internaat of opvang.
    patterns: [pleeggezin]
  - name: Klachten
    patterns: [klacht]
"""
)
CODED = [
    ("Mijn broer ging naar een pleeggezin.", {P}),
    ("Daar woonde hij twee jaar.", {P}),
    ("Toen kwam hij in een internaat.", {P}),
    ("Het weer was die zomer heel mooi.", set()),
    ("Later diende mijn moeder een klacht in.", {K}),
]
NEW = "Mijn zus ging naar een pleeggezin. Later kwam zij in een internaat. Het weer was koud."
OTHERS = tuple(
    f"{who} {verb} {what}."
    for who, verb, what in zip(
        ("De gemeente", "Het team", "De buurvrouw", "Mijn oom", "De leraar", "Een vriendin"),
        ("betaalt", "bespreekt", "schrijft", "leest", "bakt", "verkoopt"),
        ("de rekening", "het plan", "een gedicht", "de krant", "een taart", "haar fiets"),
        strict=True,
    )
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, *, coded: bool, **options) -> list[tuple[str, str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    first = nlp(" ".join(t for t, _ in CODED))
    new = nlp(NEW)
    suggester.fit_corpus([first, new, *(nlp(t) for t in OTHERS)])
    if coded:
        sents = [(s.text.strip(), sentence_features(s)) for s in first.sents]
        assert [t for t, _ in sents] == [t for t, _ in CODED]
        suggester.model_.learn_document(sents, [c for _, c in CODED])
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("n", new)]


def test_the_next_sentence_takes_a_running_code(nlp) -> None:
    pattern = ("pleeggezin", P, "pleeggezin")
    carried = ("Later kwam zij in een internaat.", P, "(naastliggende zin)")
    assert _found(nlp, coded=True) == [pattern, carried]
    # without coded documents no code runs; and the option turns it off
    assert _found(nlp, coded=False) == [pattern]
    assert _found(nlp, coded=True, use_neighbours=False) == [pattern]


def test_the_reason_names_words_and_side_and_a_carried_code_goes_no_further(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    suggester.fit_corpus([nlp(NEW), *(nlp(t) for t in OTHERS)])
    model = suggester.model_
    stay = frozenset({"internaat"})
    feats = [stay, frozenset({"weer", "koud"}), stay, None, stay, stay]
    given = [set(), set(), {P}, set(), set(), {P}]
    found = carried_codes(model, feats, given, only=frozenset({P}))
    # 1: no word of the description; 3: no sentence to take codes (a heading); 5 already has it;
    # 4 takes it from 5, and 3 does not pass it on from 2
    assert [(c.index, c.code, c.reason) for c in found] == [
        (4, P, "past bij de beschrijving: internaat, net als de zin erna"),
    ]
    assert carried_codes(model, feats, given, only=frozenset({K})) == []
    assert carried_codes(model, feats, given, skip=frozenset({P})) == []


def test_a_session_learns_which_codes_run_from_the_coders_passages(project, tmp_path) -> None:
    from wb.coding.session import CodingSession, suggestion_key
    from wb.corpus.importer import import_folder

    folder = tmp_path / "n"
    folder.mkdir()
    first = " ".join(t for t, _ in CODED)
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(NEW, encoding="utf-8")
    for i, text in enumerate(OTHERS):
        (folder / f"o{i}.txt").write_text(text, encoding="utf-8")
    import_folder(project, folder)
    session = CodingSession(project, BOOK, "Anna")
    later = NEW.index("Later")
    carried = (f"{P}|{later}|{NEW.index(' Het weer')}", "(naastliggende zin)")

    def keys() -> list[tuple[str, str]]:
        session.open("b.txt")
        return [(suggestion_key(s), s.rule) for s in session.suggestions()]

    assert carried not in keys()
    session.open("a.txt")
    session.code(0, first.index(" Het weer"), P)  # one passage of three sentences
    assert carried in keys()
    session.undo()
    assert carried not in keys()


def test_the_document_topic_is_opt_in(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    suggester.fit_corpus([nlp(NEW), *(nlp(t) for t in OTHERS)])
    model = suggester.model_
    stay = frozenset({"internaat"})
    feats = [stay, None, stay, stay, stay, None, stay]
    given = [set(), set(), {P}, {P}, {P}, set(), set()]
    runs = frozenset({P})
    # off by default: only the neighbours 1 (a heading, None) and 5 (None) could take it
    assert carried_codes(model, feats, given, only=runs) == []
    found = carried_codes(model, feats, given, only=runs, topic_ratio=0.3)
    assert [(c.index, c.reason) for c in found] == [
        (0, "past bij de beschrijving: internaat; 3 zinnen van deze tekst hebben Plaatsing"),
        (6, "past bij de beschrijving: internaat; 3 zinnen van deze tekst hebben Plaatsing"),
    ]
