"""Labels batches 35 and 36 (rounds 31 and 32, collect-labels): each measured once, tune since."""

from __future__ import annotations

from collections import Counter

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
from realtext_helpers import LABELS
from realtext_helpers import labels_batch as _batch

BATCHES = (35, 36)


def test_counts_and_voices_per_batch() -> None:
    # labels40: "een klas vol drukke, eigenwijze en soms brutale kinderen" (3 terms) asserted ->
    # discussed by policy line 9 after the one measurement; labels41: "dat zij pesten" discussed ->
    # asserted (line 9: a judging verb said of the type) and "Ouders die boos zijn" added
    # (discussed: the lead's rule for "boos" of parents as a type)
    voices = {
        35: Counter(asserted=24, attributed=28, discussed=27, negated=2),  # labels-policy5: line 18
        # labels-policy2, line 2: a mother's "belde woedend op" added (attributed)
        36: Counter(asserted=13, attributed=15, discussed=39, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 35 was the fresh round of the session of 2026-12-05 09:15 UTC, measured once at 09:17
    # UTC on main 4746bdf; batch 36 its later round, measured once with --later at 10:03 UTC on
    # main 65ee79a; both tune since and keep their rounds' names
    assert {group_of(t) for t in _batch(35)} == {"held-out-31"}
    assert {group_of(t) for t in _batch(36)} == {"held-out-32"} != {FRESH_ROUND}
    assert LATER_ROUND not in {"held-out-31", "held-out-32"}


def test_both_batches_are_measured_by_every_run() -> None:
    check_measured_by_every_run(BATCHES)


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {33, 35, 36} <= voice_batches
    assert any(i.startswith("b35-") for i in judging_ids)
    assert any(i.startswith("b36-") for i in judging_ids)
    # the committed texts are on every machine, so every machine trains on them
    assert (LABELS / "texts" / "b35-lexboost-ghshe-2020-937.txt").exists()
    assert (LABELS / "texts" / "b36-rblim-2017-8964.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b35-echtscheidenonline-ghshe-2015-2793",
        "b35-ghshe-2016-1981",
        "b35-kst-29240-15",
        "b35-lexboost-ghshe-2020-937",
        "b36-ghshe-2018-2869",
        "b36-kst-30512-3",
        "b36-rblim-2017-8964",
    ]
    no_labels = ["b36-ghshe-2018-2869", "b36-kst-30512-3"]
    check_committed(batch_texts(BATCHES), committed, no_labels)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    assert rulings_of(batch_texts(BATCHES)) == [
        "b35-echtscheidenonline-ghshe-2015-2793",
        "b35-ghshe-2016-1981",
        "b35-lexboost-ghshe-2020-937",
        "b36-ghshe-2018-2869",
        "b36-rblim-2017-8964",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    check_new_urls(BATCHES, eclis=4, ids=["ghshe-2015-2793", "kst-29240-15", "30512"])
