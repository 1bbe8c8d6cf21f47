"""Labels batches 31 and 32 (rounds 27 and 28, collect-labels): collected blind, 31 measured."""

from __future__ import annotations

from collections import Counter

from labels_batch_checks import (
    FRESH_ROUND,
    LATER_ROUND,
    SEALED_BATCHES,
    batch_texts,
    check_committed,
    check_counts_and_voices,
    check_new_urls,
    group_of,
    measured_now,
    training_sets,
)
from realtext_helpers import labels_batch as _batch

BATCHES = (31, 32)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        31: Counter(asserted=10, attributed=35, discussed=13, negated=5),
        # labels-policy2, line 2: a grandmother's "wordt boos" added (attributed)
        32: Counter(asserted=19, attributed=13, discussed=16, negated=3),
    }
    # a term applied to someone names that someone
    check_counts_and_voices(BATCHES, [16, 16], voices, discussed_names_no_one=False)


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 31 was measured once (2026-12-05 04:01 UTC, main d6b06d7), batch 32 once with
    # --later (2026-12-05 05:35 UTC, main cd61da9): neither is a waiting round any more
    assert {group_of(t) for t in _batch(31)} == {"held-out-27"}
    assert {group_of(t) for t in _batch(32)} == {"held-out-28"}
    assert not {"held-out-27", "held-out-28"} & {FRESH_ROUND, LATER_ROUND}


def test_both_batches_are_tune_since_their_one_measurement() -> None:
    # later batches (collect-labels) are the sealed ones now
    assert not {31, 32} & SEALED_BATCHES and min(SEALED_BATCHES) > 32
    assert all(measured_now(t) for t in batch_texts(BATCHES))


def test_training_scripts_read_both_batches_now() -> None:
    voice_batches, judging_ids = training_sets()
    assert {31, 32} <= voice_batches
    # the committed texts are on every machine; both batches are tune since their one measurement
    assert "b32-cu-vandergraaf-ao-personen-familierecht" in judging_ids
    assert "b31-rbgro-2006-az4417" in judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b31-ghams-2021-708",
        "b31-kv-tk-2025Z09790",
        "b31-lexboost-ghshe-2016-1870",
        "b31-rbgro-2006-az4417",
        "b32-cu-vandergraaf-ao-personen-familierecht",
        "b32-gharl-2018-3647",
        "b32-ghshe-2020-3496",
    ]
    no_labels = [
        "b31-ghams-2021-708",
        "b31-kv-tk-2025Z09790",
        "b32-gharl-2018-3647",
        "b32-ghshe-2020-3496",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    check_new_urls(BATCHES, eclis=None, ids=[])
