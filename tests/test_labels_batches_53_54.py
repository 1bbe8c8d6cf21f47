"""Labels batches 53 and 54 (rounds 49 and 50, collect-labels), collected for the next session.

Batch 53 was the fresh round of the session of 2026-12-06 19:12 UTC ("held-out-49", measured once
at its start, 19:20 UTC on a9282b33; tune since); batch 54 was its later round ("held-out-50",
measured once with --later at that session's end, 20:35 UTC on main 1b6a7f3d; tune since).

Only the manifest, the committed texts and the stored raw excerpts are read; no wb code runs on
the texts and no wb output on them is read.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from labels_batch_checks import (
    FRESH_ROUND,
    LATER_ROUND,
    SEALED_BATCHES,
    batch_texts,
    check_committed,
    check_counts_and_voices,
    check_lexicon_split,
    check_new_urls,
    check_no_overlap,
    check_restore_hints,
    check_restore_rebuilds,
    group_of,
    measured_now,
    restore_queries,
    rulings_of,
    training_sets,
)
from realtext_helpers import LABELS
from realtext_helpers import labels_batch as _batch

BATCHES = (53, 54)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        53: Counter(asserted=11, attributed=17, discussed=21, negated=4),
        54: Counter(asserted=13, attributed=12, discussed=21, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((53, 10, 43), (54, 15, 32)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_batch_53_was_the_fresh_round_and_batch_54_the_round_after() -> None:
    # batch 53 keeps its group's name after its one measurement (2026-12-06 19:20 UTC, on
    # a9282b33); FRESH_ROUND moved on to batch 55, and to batch 57 after its measurement
    assert {group_of(t) for t in _batch(53)} == {"held-out-49"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    assert {group_of(t) for t in _batch(54)} == {"held-out-50"}
    # LATER_ROUND named batch 54 from batch 52's measurement (2026-12-06 18:00 UTC) until its own
    # (20:35 UTC, main 1b6a7f3d), then batch 56 until its own (23:50 UTC), batch 58 since
    assert {group_of(t) for t in _batch(54)} == {"held-out-50"} != {LATER_ROUND}
    assert LATER_ROUND == "held-out-68"  # batch 72 since batch 70's measurement


def test_both_batches_are_measured() -> None:
    assert not {53, 54} & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(BATCHES))


@pytest.mark.parametrize("batch", (71,))
def test_batch_option_refuses_them_before_wb_is_loaded(monkeypatch, batch: int) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", str(batch)])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert (
        str(exc.value.code) == f"batch {batch} is verzegeld: alleen de lead meet die, met --later"
    )


def test_training_scripts_read_53_and_54() -> None:
    voice_batches, judging_ids = training_sets()
    assert {53, 54} <= voice_batches
    assert any(i.startswith("b53-") for i in judging_ids)
    assert any(i.startswith("b54-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b53-kst-35049-5.txt").exists()
    assert (LABELS / "texts" / "b54-jure-rbhaa-2012-bz3567.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b53-kst-35049-5",
        "b53-lexboost-ghshe-2023-2214",
        "b53-rbutr-2007-bd7428",
        "b54-jure-rbhaa-2012-bz3567",
        "b54-kst-35049-6",
    ]
    no_labels = [
        "b53-lexboost-ghshe-2023-2214",
        "b53-rbutr-2007-bd7428",
        "b54-kst-35049-6",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b53-lexboost-ghshe-2023-2214",
        "b53-rbutr-2007-bd7428",
        "b54-jure-rbhaa-2012-bz3567",
    ]
    # the other committed texts are two Kamerstukken (an explanatory memorandum and a committee
    # report); lexboost's AI summaries are not the court's own text and stay in bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk", "kamerstuk"]
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == [
        "b53-lexboost-ghshe-2025-857",
        "b53-lexboost-ghams-2025-1878",
        "b54-lexboost-ghams-2021-2900",
        "b54-lexboost-ghams-2022-686",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    # three texts start at their title, after an image's name or the site's menu words
    starts = [
        "b53-logadoptie-adoptiekinderen-beschuldigen",
        "b54-klik-ijskastmoeder-ijskastkind",
        "b54-lydiavanderweide-hechtingstoornis",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # eleven look-ups rebuild all twenty-seven
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 27
    assert restore_queries(batch_texts(BATCHES)) == 11


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 53-54 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = [
        "kst-35049-5",
        "kst-35049-6",
        "35049/5",
        "35049/6",
        "35049-5",
        "35049-6",
        "rbutr-2007-bd7428",
        "rbhaa-2012-bz3567",
        "ghshe-2023-2214",
        "ghshe-2025-857",
        "ghams-2025-1878",
        "ghams-2021-2900",
        "ghams-2022-686",
    ]
    check_new_urls(BATCHES, eclis=7, ids=ids, unquote_urls=True)
