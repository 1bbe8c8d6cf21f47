"""codes39: "after the first third" is scored on the rest of a split, "the codebook alone" on the
whole split; bench_codes splits the difference into the documents' part and the learning's part.

A made-up split of six documents: the coded first third (d1, d2) is about bullying, the rest
(d3-d6) mostly about screen time, as codes14's held-out third and rest were about other codes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wb.codebook import parse_codebook
from wb.coding.evaluate import GoldSentence
from wb.coding.suggest import Suggester
from wb.nlp import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_codes

BOOK = parse_codebook(
    """name: proef
codes:
  - name: Pesten
    description: Kinderen die op school worden gepest of uitgescholden.
    patterns: [pesten]
  - name: Schermtijd
    description: Hoeveel uren een kind per dag achter een scherm zit.
    patterns: [schermtijd]
"""
)
TEXTS = {
    "d1": (
        "Op school pesten ze hem elke dag. Hij wordt uitgescholden in de klas. De bus was te laat."
    ),
    "d2": "Pesten gebeurt ook online. De juf ziet het niet. Het regent al de hele dag.",
    "d3": (
        "De schermtijd van kinderen stijgt. Veel kinderen zitten uren achter een scherm. "
        "De kat slaapt."
    ),
    "d4": (
        "Ouders maken afspraken over schermtijd. Een tablet gaat om acht uur uit. "
        "Mijn oom leest de krant."
    ),
    "d5": "Na school gamen ze tot laat. Ze pesten elkaar niet. De buurvrouw bakt een taart.",
    "d6": "Het scherm blijft lang aan. Hij ziet zijn vrienden online. De bus was te laat.",
}
#: The researcher's codes of each document's three sentences.
CODES = {
    "d1": [{"Pesten"}, {"Pesten"}, set()],
    "d2": [{"Pesten"}, {"Pesten"}, set()],
    "d3": [{"Schermtijd"}, {"Schermtijd"}, set()],
    "d4": [{"Schermtijd"}, {"Schermtijd"}, set()],
    "d5": [{"Schermtijd"}, set(), set()],
    "d6": [{"Schermtijd"}, set(), set()],
}
DOCS = sorted(TEXTS)
CODED, REST = DOCS[:2], DOCS[2:]


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def gold(nlp):
    out = {}
    for d, text in TEXTS.items():
        sents = list(nlp(text).sents)
        assert len(sents) == 3
        out[d] = [
            GoldSentence(d, s.start_char, s.end_char, frozenset(c))
            for s, c in zip(sents, CODES[d], strict=True)
        ]
    return out


@pytest.fixture(scope="module")
def runs(nlp, gold):
    def make() -> Suggester:
        return Suggester(BOOK, nlp, expand=True)

    alone = bench_codes.run(make, TEXTS, gold, DOCS)
    after = bench_codes.run(make, TEXTS, gold, REST, CODED)
    return alone, after


def test_codebook_alone_and_after_the_third(runs) -> None:
    alone, after = runs
    assert sorted(alone) == [
        ("d1", 0, "Pesten"),
        ("d2", 0, "Pesten"),
        ("d3", 0, "Schermtijd"),
        ("d3", 1, "Schermtijd"),
        ("d3", 2, "Schermtijd"),
        ("d4", 0, "Schermtijd"),
        ("d5", 1, "Pesten"),
    ]
    # learning takes nothing away; it adds Pesten to "Na school gamen ze tot laat." (the
    # sentence after it has the pattern, and "school" is in the code's description)
    assert {p for p in alone if p[0] in REST} <= after
    assert after - alone == {("d5", 0, "Pesten")}


def test_the_rest_is_the_harder_part(runs, gold) -> None:
    alone, after = runs
    assert bench_codes.score(alone, gold, DOCS)[:2] == (0.5, 5 / 7)
    assert bench_codes.score(alone, gold, CODED)[:2] == (0.5, 1.0)
    assert bench_codes.score(alone, gold, REST)[:2] == (0.5, 0.6)
    assert bench_codes.score(after, gold, REST)[:2] == (0.5, 0.5)


def test_third_effects_split_the_difference(runs, gold) -> None:
    alone, after = runs
    effects = bench_codes.third_effects(
        bench_codes.score(alone, gold, DOCS),
        bench_codes.score(alone, gold, REST),
        bench_codes.score(after, gold, REST),
    )
    assert effects["total"] == pytest.approx((0.0, 0.5 - 5 / 7))
    assert effects["documents"] == pytest.approx((0.0, 0.6 - 5 / 7))
    assert effects["learning"] == pytest.approx((0.0, -0.1))


def test_third_effects_of_codes14_held_out() -> None:
    # the figures of the codes14 held-out split on main 92c28e15 (codes37/38): codebook alone
    # 48 / 88 of 158, on the rest 20 / 52 of 99, after the first third 22 / 58 of 99
    effects = bench_codes.third_effects((48 / 158, 48 / 88), (20 / 99, 20 / 52), (22 / 99, 22 / 58))
    assert effects["documents"] == pytest.approx((20 / 99 - 48 / 158, 20 / 52 - 48 / 88))
    assert effects["learning"] == pytest.approx((2 / 99, 22 / 58 - 20 / 52))
    assert round(effects["documents"][0], 3) == -0.102
    assert round(effects["learning"][0], 3) == 0.020
    assert sum(effects["documents"]) + sum(effects["learning"]) == pytest.approx(
        sum(effects["total"])
    )
