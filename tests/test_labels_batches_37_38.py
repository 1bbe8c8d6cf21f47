"""Labels batches 37 and 38 (rounds 33 and 34, collect-labels): both measured once, tune since."""

from __future__ import annotations

from collections import Counter

from labels_batch_checks import (
    FRESH_ROUND,
    LATER_ROUND,
    batch_texts,
    check_committed,
    check_counts_and_voices,
    check_lexicon_split,
    check_measured_by_every_run,
    check_new_urls,
    group_of,
    rulings_of,
    training_sets,
)
from realtext_helpers import LABELS
from realtext_helpers import labels_batch as _batch

BATCHES = (37, 38)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        # labels-policy2, line 2: "zijn ex is boos" (37) and a grandmother's "boos" (38) added
        37: Counter(asserted=21, attributed=11, discussed=9, negated=2),
        38: Counter(asserted=11, attributed=23, discussed=12),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    # labels-policy2, line 2: one "nieuw: boos" added in each batch
    check_lexicon_split(((37, 8, 35), (38, 12, 34)))


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 37 was the fresh round of the session of 2026-12-05 21:08 UTC, measured once at 21:30
    # UTC on 292f6e8 and tune since; batch 38 was its later round, measured once with --later at
    # 22:29 UTC on main a1d9c666 and tune since; the next rounds are batches 39 and 40
    assert {group_of(t) for t in _batch(37)} == {"held-out-33"}
    assert {group_of(t) for t in _batch(38)} == {"held-out-34"} != {FRESH_ROUND}
    assert LATER_ROUND not in {"held-out-33", "held-out-34"}


def test_both_batches_are_measured_by_every_run() -> None:
    check_measured_by_every_run(BATCHES)


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {35, 37, 38} <= voice_batches
    assert any(i.startswith("b38-") for i in judging_ids)
    assert any(i.startswith("b37-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b37-kv-tk-2013z23033.txt").exists()
    assert (LABELS / "texts" / "b38-rbnne-2018-3535.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b37-ghshe-2019-607",
        "b37-kv-tk-2013z23033",
        "b37-kv-tk-2015z08461",
        "b37-rbgro-2009-bi1515",
        "b37-stichtingkog-ots-ongeboren-kind",
        "b38-kv-tk-2023z03571",
        "b38-lexboost-ghshe-2024-1143",
        "b38-rbnne-2018-3535",
    ]
    no_labels = [
        "b37-geenstijl-column-juf",
        "b37-ghshe-2019-607",
        "b37-rbgro-2009-bi1515",
        "b38-kv-tk-2023z03571",
        "b38-lexboost-ghshe-2024-1143",
        "b38-sayamay-tiener-opvoeden",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    assert rulings_of(batch_texts(BATCHES)) == [
        "b37-ghshe-2019-607",
        "b37-rbgro-2009-bi1515",
        "b37-stichtingkog-ots-ongeboren-kind",
        "b38-lexboost-ghshe-2024-1143",
        "b38-rbnne-2018-3535",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamervraag
    ids = ["ghshe-2019-607", "rbgro-2009-bi1515", "rbnne-2018-3535", "ghshe-2024-1143"]
    ids += ["2013Z23033", "2015Z08461", "2023Z03571"]
    check_new_urls(BATCHES, eclis=4, ids=ids)
