"""codes15: marker words of a code learned from accepted and rejected codings.

Made-up counts, sentences and a codebook, exact expectations (wb.coding.markers, CodeModel
option ``use_markers``).
"""

from __future__ import annotations

from collections import Counter

import pytest

from wb.codebook import parse_codebook
from wb.coding.markers import Markers, markers, words
from wb.coding.ratios import learned_ratio
from wb.coding.suggest import Suggester, sentence_features
from wb.nlp import load

OPTIONS = {"min_pos": 2, "spread": 3.0, "purity": 0.6, "lift": 2.0}


def test_a_marker_stands_mostly_with_the_code_and_rarely_elsewhere() -> None:
    pos = {"zwembad": 3, "badmeester": 2, "kind": 3, "water": 1, "les": 2}
    neg = {"kind": 5, "les": 2}
    df = {"zwembad": 4, "badmeester": 2, "kind": 30, "water": 1, "les": 4}
    # rate .1: a marker must stand in at most p / (.1 * 2) sentences of the project
    assert markers(pos, neg, df, 0.1, **OPTIONS) == {"zwembad", "badmeester"}
    # "les": 2 of 5 decided sentences (smoothed) is below purity .6
    assert markers(pos, neg, df, 0.1, **{**OPTIONS, "purity": 0.4}) == {
        "zwembad",
        "badmeester",
        "les",
    }
    # a code on half of the project's sentences: "zwembad" (4 of 3) is no longer rare enough
    assert markers(pos, neg, df, 0.5, **OPTIONS) == {"badmeester"}


def test_a_compound_and_its_part_are_one_word() -> None:
    assert words(["rechtszaak", "rechts", "zaak", "lbio"]) == ["lbio", "rechtszaak"]
    assert words(["betalen", "lbio"]) == ["betalen", "lbio"]


def _doc(*rows: tuple[set[str], set[str]]) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(frozenset(f), frozenset(c)) for f, c in rows]


SWIM = {"zwembad", "badmeester", "les"}
DOCS = [
    _doc((SWIM, {"Z"}), ({"zwembad", "badmeester"}, {"Z"}), ({"school", "juf"}, set())),
    _doc(({"zwembad", "badmeester", "diploma"}, {"Z"}), ({"school", "fiets"}, set())),
]


def _decided(docs, rejected=()):
    pos, neg = Counter(), Counter()
    n = 0
    for doc in docs:
        for feats, codes in doc:
            if "Z" in codes:
                pos.update(feats)
                n += 1
            else:
                neg.update(feats)
    return {"Z": (pos, neg, list(rejected), n)}


def test_the_count_of_markers_is_set_on_the_coded_sentences() -> None:
    df = Counter({"zwembad": 4, "badmeester": 3, "les": 1, "school": 6, "juf": 2, "fiets": 2})
    found = Markers(**OPTIONS).fit(DOCS, _decided(DOCS), df, 40)
    assert found.words_ == {"Z": frozenset({"zwembad", "badmeester"})}
    assert found.hits_ == {"Z": 2}
    assert found.score("Z", frozenset({"badmeester", "zwembad", "auto"})) == [
        "badmeester",
        "zwembad",
    ]
    assert found.score("Z", frozenset({"zwembad", "auto"})) == []
    assert found.score("Y", frozenset({"zwembad", "badmeester"})) == []


def test_a_rejected_sentence_counts_against_its_lemmas() -> None:
    df = Counter({"zwembad": 4, "badmeester": 3, "school": 6, "juf": 2, "fiets": 2})
    no = [frozenset({"badmeester", "strand"})]
    found = Markers(**OPTIONS).fit(DOCS, _decided(DOCS, no), df, 40)
    # "badmeester": 3 accepted, 2 against (one rejection) -> 3 / 6 below purity .6
    assert found.words_ == {}
    assert found.hits_ == {}


@pytest.fixture(scope="module")
def nlp():
    return load()


BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Zwemles
    description: Kinderen die leren zwemmen.
    patterns: [zwemles]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
CODED = [
    (
        "Mijn dochter ging elke zaterdag naar het zwembad van de badmeester.",
        "Vader bracht haar naar school.",
        "De badmeester in het zwembad was streng.",
    ),
    (
        "Het zwembad en de badmeester waren haar lievelingsplek.",
        "Moeder wil verhuizen naar Utrecht.",
    ),
]
CODES = [[{"Zwemles"}, set(), {"Zwemles"}], [{"Zwemles"}, {"Verhuizing"}]]
REST = "Bij het zwembad zwaaide de badmeester naar haar. De bakker verkoopt brood."
OTHERS = (
    "Het weer was mooi in mei.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "Het team bespreekt het plan.",
    "Een vriendin verkoopt haar fiets.",
    "De trein vertrekt om acht uur.",
    "Opa zit in de tuin.",
    "De kat slaapt op de bank.",
)


def _suggest(nlp, **options):
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    docs = [nlp(" ".join(d)) for d in CODED] + [nlp(REST)] + [nlp(x) for x in OTHERS]
    suggester.fit_corpus(docs)
    for doc, codes in zip(docs, CODES, strict=False):
        sents = [(s.text.strip(), sentence_features(s)) for s in doc.sents]
        suggester.model_.learn_document(sents, codes)
    return [(s.match_text, s.code, s.rule, s.reason) for s in suggester.suggest_doc("r", docs[2])]


def test_a_sentence_with_two_markers_gets_the_code(nlp) -> None:
    on = {"use_markers": True, "markers_options": {"lift": 2.0}, "use_nearest": False}
    assert _suggest(nlp, **on) == [
        (
            "Bij het zwembad zwaaide de badmeester naar haar.",
            "Zwemles",
            "(geleerd)",
            "lijkt op eerder gecodeerde zinnen: badmeester, zwembad",
        )
    ]
    assert _suggest(nlp, **{**on, "use_markers": False}) == []


def test_two_markers_must_have_stood_together_with_together() -> None:
    df = Counter({"zwembad": 4, "badmeester": 3, "diploma": 2, "school": 6, "juf": 2})
    docs = [
        _doc(
            ({"zwembad", "diploma"}, {"Z"}),
            ({"zwembad", "diploma", "les"}, {"Z"}),
            ({"badmeester", "les"}, {"Z"}),
            ({"juf"}, set()),
        ),
        _doc(({"zwembad", "diploma"}, {"Z"}), ({"badmeester"}, {"Z"}), ({"school"}, set())),
    ]
    found = Markers(**OPTIONS, together=2).fit(docs, _decided(docs), df, 40)
    assert found.words_ == {"Z": frozenset({"zwembad", "badmeester", "diploma", "les"})}
    assert found.score("Z", frozenset({"zwembad", "diploma"})) == ["diploma", "zwembad"]
    # "badmeester" and "zwembad" never stood in one coded sentence
    assert found.score("Z", frozenset({"zwembad", "badmeester"})) == []
    loose = Markers(**OPTIONS).fit(docs, _decided(docs), df, 40)
    assert loose.score("Z", frozenset({"zwembad", "badmeester"})) == ["badmeester", "zwembad"]


def test_the_description_share_is_set_on_the_coded_sentences() -> None:
    shares = {"a": 0.45, "b": 0.55, "c": 0.65, "d": 0.0, "e": 1.2}
    doc = _doc(({"a"}, set()), ({"b"}, {"Z"}), ({"c"}, {"Z"}), ({"d"}, {"Z"}), ({"e"}, {"Z"}))

    def share(feats: frozenset[str]) -> float:
        return shares[next(iter(feats))]

    # at .4: 3 right of 4; at .5: 3 of 3
    assert learned_ratio("Z", [doc], share) == 0.5
    assert learned_ratio("Z", [doc], share, precision=0.7) == 0.4
    assert learned_ratio("Z", [doc], share, min_right=4) is None
    assert learned_ratio("Y", [doc], share) is None
