"""The nearest coded sentence (wb.coding.nearest): made-up sentences, exact expectations.

A sentence gets a code when the nearest sentences decided for that code give it; an uncoded
sentence of a coded document or a rejected suggestion in between stops it; the threshold is set
on the coded documents (leave one document out); single decisions of a coding session feed it.
"""

from __future__ import annotations

import math
from pathlib import Path

from wb.codebook import parse_codebook
from wb.coding.nearest import NearestCoded
from wb.coding.session import CodingSession, suggestion_key


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Plain cosine of two word sets (the model weighs words by idf; this is enough here)."""
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def test_the_nearest_decided_sentence_gives_its_code() -> None:
    near = NearestCoded(overlap, threshold=0.5)
    near.add_decision("a", words("klacht commissie ongegrond"), "Klacht", accepted=True, group=1)
    (found,) = near.suggest(words("klacht commissie gegrond"))
    assert (found.code, round(found.likeness, 3), found.text) == ("Klacht", 0.667, "a")
    # one shared word is not enough, and too little likeness is not either
    assert near.suggest(words("klacht brief")) == []
    assert NearestCoded(overlap, threshold=0.7).suggest(words("klacht commissie gegrond")) == []


def test_an_uncoded_or_rejected_sentence_in_between_stops_the_code() -> None:
    near = NearestCoded(overlap, threshold=0.3)
    near.add_decision(
        "a", words("klacht commissie ongegrond brief"), "Klacht", accepted=True, group=1
    )
    near.add_decision("b", words("klacht commissie gegrond"), "Klacht", accepted=False, group=2)
    # nearer to the rejected sentence: not suggested; nearer to the coded one: suggested
    assert near.suggest(words("klacht commissie gegrond verklaard")) == []
    assert [n.code for n in near.suggest(words("klacht commissie ongegrond brief post"))] == [
        "Klacht"
    ]
    # a sentence of a fully coded document refuses every code it does not have
    doc = NearestCoded(overlap, threshold=0.3)
    doc.add_document(
        [("c", words("raad onderzoek advies")), ("u", words("raad onderzoek lang"))],
        [{"Raadsonderzoek"}, set()],
        group="d1",
    )
    assert doc.current_threshold() == 0.3  # one coded document: the fixed threshold
    assert doc.suggest(words("raad onderzoek lang duurde")) == []
    assert [n.code for n in doc.suggest(words("raad onderzoek advies rechter"))] == [
        "Raadsonderzoek"
    ]


def test_agreeing_sentences_and_codes_left_out() -> None:
    near = NearestCoded(overlap, threshold=0.3, agree=2, ignore={"Ouder"})
    near.add_decision("a", words("pleeggezin gehaald school"), "Plaatsing", accepted=True, group=1)
    near.add_decision("o", words("pleeggezin gehaald school"), "Ouder", accepted=True, group=1)
    target = words("pleeggezin gehaald nacht")
    assert near.suggest(target) == []  # one coded sentence is not two
    near.add_decision("b", words("pleeggezin gehaald politie"), "Plaatsing", accepted=True, group=2)
    near.add_decision("p", words("pleeggezin gehaald politie"), "Ouder", accepted=True, group=2)
    (found,) = near.suggest(target)  # "Ouder" (who speaks) never comes from likeness
    assert (found.code, found.text) == ("Plaatsing", "b")


def test_the_threshold_is_set_on_the_coded_documents() -> None:
    near = NearestCoded(overlap, threshold=0.9, precision=0.6, min_right=2)
    k = "Klacht"
    near.add_document(
        [("1", words("klacht commissie ongegrond")), ("2", words("wachtlijst lang jaar"))],
        [{k}, set()],
        group="d1",
    )
    near.add_document(
        [("3", words("klacht commissie gegrond")), ("4", words("wachtlijst jaar school"))],
        [{k}, set()],
        group="d2",
    )
    near.add_document([("5", words("klacht commissie brief"))], [set()], group="d3")
    # left out in turn: 1 and 3 find each other (right, .667), 5 finds 1 or 3 (wrong, .667),
    # 2 and 4 find an uncoded sentence: 2 right of 3 at .667 reaches precision .6
    assert round(near.current_threshold(), 3) == 0.667
    near.precision = 0.7
    near.changed()
    assert near.current_threshold() is None  # nothing right often enough: silent
    assert near.suggest(words("klacht commissie ongegrond")) == []


BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Uithuisplaatsing
    description: Een kind gaat naar een pleeggezin.
  - name: Klachten
    patterns: [klacht]
"""
)
# made-up sentences: two placements told alike, a third and a fourth like them, and a corpus
TEXTS = {
    "a.txt": "Toen haalde de politie mijn broertje zomaar van school en bracht hem weg.",
    "b.txt": "Toen haalde de politie mijn zusje zomaar van school en bracht haar weg.",
    "c.txt": "Toen haalde de politie mijn neefje zomaar van school en bracht hem weg.",
    "d.txt": "Toen haalde de politie mijn nichtje zomaar van school en bracht hem weg.",
}
OTHERS = tuple(
    f"{who} {verb} {what}."
    for who, verb, what in zip(
        ("De gemeente", "Het team", "De buurvrouw", "Mijn oom", "De leraar", "Een vriendin"),
        ("betaalt", "bespreekt", "schrijft", "leest", "bakt", "verkoopt"),
        ("de rekening", "het plan", "een gedicht", "de krant", "een taart", "haar fiets"),
        strict=True,
    )
) + tuple(
    f"Het gesprek over {x} duurde een uur."
    for x in ("geld", "werk", "sport", "muziek", "koken", "reizen", "tuinieren", "lezen")
)


def _session(project, tmp_path: Path, options: dict) -> CodingSession:
    folder = tmp_path / "n"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for i, text in enumerate(OTHERS):
        (folder / f"o{i}.txt").write_text(text, encoding="utf-8")
    from wb.corpus.importer import import_folder

    import_folder(project, folder)
    return CodingSession(project, BOOK, "Anna", options=options)


def _keys(session: CodingSession, path: str) -> list[str]:
    session.open(path)
    return [suggestion_key(s) for s in session.suggestions()]


def test_a_session_accepts_two_then_suggests_a_third_and_a_rejection_takes_it_away(
    project, tmp_path: Path
) -> None:
    options = {"use_nearest": True, "nearest_agree": 2, "coded_examples": False}
    session = _session(project, tmp_path, options)
    code = "Uithuisplaatsing"
    c, d = len(TEXTS["c.txt"]), len(TEXTS["d.txt"])
    session.open("a.txt")
    session.code(0, len(TEXTS["a.txt"]), code)
    assert _keys(session, "c.txt") == []  # one coded sentence is not enough (agree 2)
    session.open("b.txt")
    session.code(0, len(TEXTS["b.txt"]), code)
    session.open("c.txt")
    (s,) = session.suggestions()
    assert (suggestion_key(s), s.rule) == (f"{code}|0|{c}", "(gecodeerde zin)")
    assert (
        s.why
        == "lijkt op gecodeerde zin: «Toen haalde de politie mijn zusje zomaar van school en brac…»"
    )
    assert _keys(session, "d.txt") == [f"{code}|0|{d}"]
    # rejecting the third: the fourth, nearer to it than to the two coded ones, is not suggested
    session.open("c.txt")
    session.reject(suggestion_key(s))
    assert _keys(session, "d.txt") == []
    session.undo()
    assert _keys(session, "d.txt") == [f"{code}|0|{d}"]


def test_without_the_nearest_sentence_the_session_suggests_nothing_here(
    project, tmp_path: Path
) -> None:
    session = _session(project, tmp_path, {"use_nearest": False, "coded_examples": False})
    for name in ("a.txt", "b.txt"):
        session.open(name)
        session.code(0, len(TEXTS[name]), "Uithuisplaatsing")
    assert _keys(session, "c.txt") == []


CODED = "Toen haalde de politie mijn broertje zomaar van school en bracht hem weg."
UNCODED = "Toen haalde de politie mijn broertje zomaar van school en bracht hem naar oma in Assen."
NEW = "Toen haalde de politie mijn broertje zomaar van school en bracht hem naar oma."


def _after_one_coded_document(guard: str) -> list[tuple[str, str]]:
    from wb.coding.suggest import Suggester, sentence_features
    from wb.nlp import load

    nlp = load()
    # the coded document's passage as an example of its code (off by default since codes19)
    options = {"nearest_guard": guard, "document_examples": True}
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    docs = [nlp(t) for t in (f"{CODED} {UNCODED}", NEW, *OTHERS)]
    suggester.fit_corpus(docs)
    sents = [(s.text.strip(), sentence_features(s)) for s in docs[0].sents]
    suggester.model_.learn_document(sents, [{"Uithuisplaatsing"}, set()])
    return [(s.code, s.rule) for s in suggester.suggest_doc("nieuw.txt", docs[1])]


def test_an_uncoded_sentence_nearer_than_the_coded_one_stops_the_code() -> None:
    # the new sentence is like the coded one (.62), but more like the sentence the researcher
    # left uncoded in the same document (.87): that decision stops the coded passage's suggestion
    assert _after_one_coded_document("beyond") == []
    assert _after_one_coded_document("") == [("Uithuisplaatsing", "(voorbeeld)")]


# codes12: a coded third of one kind sets a low threshold; a loosely alike sentence then needs
# the code's own words too (made-up sentences, four coded documents).
OWN_BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Begeleid contact
    description: Contact onder toezicht van een begeleider in een omgangshuis.
    patterns: [omgangshuis]
  - name: Geld
    patterns: [alimentatie]
"""
)
OWN_CODED = (
    ("Vader zag zijn dochter elke zaterdag een uur in het omgangshuis.", "Het weer was slecht."),
    ("Vader zag zijn zoon elke zaterdag een uur met een begeleider erbij.", "De school begon."),
    ("Moeder zag haar dochter elke zaterdag een uur onder toezicht.", "De trein had vertraging."),
    ("Moeder zag haar zoon elke zaterdag een uur in het omgangshuis.", "De buurman verkocht iets."),
)
OWN_NEW = (
    "Vader zag zijn dochter elke zaterdag bij de bakker, onder toezicht.",  # "toezicht": own word
    "Vader zag zijn dochter elke zaterdag bij de bakker op de hoek.",  # no word of the code
    "Vader zag zijn dochter elke zaterdag een uur.",
)


def _after_four_coded_documents(**options: object) -> list[list[tuple[str, str]]]:
    from wb.coding.suggest import Suggester, sentence_features
    from wb.nlp import load

    nlp = load()
    suggester = Suggester(OWN_BOOK, nlp, expand=True, coded_examples=False, **options).fit()
    docs = [nlp(" ".join(d)) for d in OWN_CODED]
    new = [nlp(t) for t in OWN_NEW]
    suggester.fit_corpus([*docs, *new, *(nlp(t) for t in OTHERS)])
    for doc in docs:
        sents = [(s.text.strip(), sentence_features(s)) for s in doc.sents]
        suggester.model_.learn_document(sents, [{"Begeleid contact"}, set()])
    assert round(suggester.model_.nearest_.current_threshold(), 3) == 0.203
    return [[(s.code, s.rule) for s in suggester.suggest_doc("n", d)] for d in new]


def test_a_loosely_alike_sentence_needs_the_codes_own_words() -> None:
    by_nearest = [("Begeleid contact", "(gecodeerde zin)")]
    # likeness .30, .28, .48: all above the threshold set on the coded documents (.20), below
    # the coded passages' own .55; only the first has a word of the code (toezicht)
    assert _after_four_coded_documents() == [by_nearest, [], []]
    assert _after_four_coded_documents(nearest_evidence=0.0) == [by_nearest] * 3
    # a sentence at least as alike as a coded passage must be needs no word of the code
    assert _after_four_coded_documents(coded_threshold=0.25) == [by_nearest] * 3
    assert _after_four_coded_documents(coded_threshold=0.4) == [by_nearest, [], by_nearest]
