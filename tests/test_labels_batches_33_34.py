"""Labels batches 33 and 34 (rounds 29 and 30, collect-labels): collected blind, both sealed."""

from __future__ import annotations

from collections import Counter

import pytest
from labels_batch_checks import (
    FRESH_ROUND,
    LATER_ROUND,
    batch_texts,
    check_committed,
    check_counts_and_voices,
    check_measured_by_every_run,
    check_new_urls,
    group_of,
    rulings_of,
    training_sets,
)
from realtext_helpers import labels_batch as _batch

BATCHES = (33, 34)


def test_counts_and_voices_per_batch() -> None:
    # labels-voice, policy 8: "een kind met ADHD werd “dat drukke kind” genoemd" names no concrete
    # child, attributed -> discussed; labels-policy9, policy 10: "wijst vader volledig af", the
    # mother's bare "verzet" (asserted) and "voor 1 ouder kiezen" (discussed) removed; policy 11:
    # the page title "Verwende kids" added (discussed); policy 9: "Een groep problematisch
    # verwende kinderen groeit op ..." asserted -> discussed (34); labels50 (offence adjectives,
    # 2026-12-06): "het strafbare gedrag van hun kind" twice added, discussed (34)
    voices = {
        # labels-policy4, line 17: "hangjongeren" and "probleemjongeren" of a power and an
        # approach asserted -> discussed (33); the groups of a plan, sanctions and measures (the
        # first "criminele gedrag", "weigeren iedere vorm ...", "tekortschieten", "zich afzijdig
        # houden") attributed -> discussed (34)
        33: Counter(asserted=22, attributed=24, discussed=57, negated=1),
        # labels-policy2, line 2: the other mother's "boos" added (attributed)
        # labels-policy3, line 15: "de schuld van de verwenning bij het kind" added (discussed)
        34: Counter(asserted=8, attributed=22, discussed=42, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_groups_are_the_sessions_rounds() -> None:
    # batch 33 was the fresh round of the session of 2026-12-05 06:43 UTC (measured once at its
    # start), batch 34 its later round (measured once with --later at its end, 07:41 UTC): both
    # are tune material since, and neither is a waiting round any more
    assert {group_of(t) for t in _batch(33)} == {"held-out-29"}
    assert {group_of(t) for t in _batch(34)} == {"held-out-30"}
    assert not {"held-out-29", "held-out-30"} & {FRESH_ROUND, LATER_ROUND}


def test_both_batches_are_measured_by_the_default_run() -> None:
    check_measured_by_every_run(BATCHES)


@pytest.mark.parametrize("batch", ["33", "34"])
def test_batch_option_no_longer_refuses_them(monkeypatch, batch: str) -> None:
    import bench_labels

    assert int(batch) not in bench_labels.SEALED_BATCHES


def test_training_scripts_read_both_batches_now() -> None:
    voice_batches, judging_ids = training_sets()
    assert {33, 34} <= voice_batches
    # the committed texts are on every machine; both batches are tune since their measurement
    assert "b33-rbnho-2016-7004" in judging_ids
    assert "b34-ghshe-2019-996" in judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b33-rbnho-2016-7004",
        "b34-ghshe-2018-3168",
        "b34-ghshe-2019-996",
        "b34-jenv-jeugdcriminaliteit-opvoeding",
        "b34-kv-tk-2021Z12227",
    ]
    # labels-policy9, policy 10: b33-ghshe-2019-3349's child "wijst vader volledig af" and the
    # mother's bare "verzet" are no labels, so the text is a check without a label now
    no_labels = [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b34-kickjongens-adhd-stempel",
        "b34-kv-tk-2021Z12227",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    assert rulings_of(batch_texts(BATCHES)) == [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b33-rbnho-2016-7004",
        "b34-ghshe-2018-3168",
        "b34-ghshe-2019-996",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too
    check_new_urls(BATCHES, eclis=5, ids=[])
