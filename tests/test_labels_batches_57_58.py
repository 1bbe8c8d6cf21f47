"""Labels batches 57 and 58 (rounds 53 and 54, collect-labels), collected for the next session.

Batch 57 is the fresh round of the session after 2026-12-06 22:00 UTC ("held-out-53",
FRESH_ROUND, measured once at that session's start); batch 58 is its later round ("held-out-54",
sealed until its one measurement with --later at that session's end, when LATER_ROUND names it).

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

BATCHES = (57, 58)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        57: Counter(asserted=13, attributed=22, discussed=16, negated=4),
        58: Counter(asserted=11, attributed=22, discussed=11, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((57, 3, 52), (58, 4, 42)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_batch_57_was_the_fresh_round_and_batch_58_the_round_after() -> None:
    # batch 57 keeps its group's name after its one measurement (2026-12-07 01:22 UTC, on
    # 71295a26); FRESH_ROUND moved on to batch 59, and to batch 61 after its measurement
    assert {group_of(t) for t in _batch(57)} == {"held-out-53"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    assert {group_of(t) for t in _batch(58)} == {"held-out-54"}
    # LATER_ROUND named batch 56 until its one measurement with --later (2026-12-06 23:50 UTC,
    # main 20e0096b), then batch 58 until its own (2026-12-07 02:33 UTC, main 2c074566), batch 60
    # since
    assert {group_of(t) for t in _batch(58)} != {LATER_ROUND}
    assert LATER_ROUND == "held-out-68"  # batch 72 since batch 70's measurement


def test_both_batches_are_tune_since_their_measurements() -> None:
    assert not {57, 58} & SEALED_BATCHES
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


def test_training_scripts_read_both_since_their_measurements() -> None:
    voice_batches, judging_ids = training_sets()
    assert {57, 58} <= voice_batches
    assert any(i.startswith("b57-") for i in judging_ids)
    assert any(i.startswith("b58-") for i in judging_ids)
    # the committed texts are on every machine: they are left out by the seal, not by absence
    assert (LABELS / "texts" / "b57-rblim-2021-3939.txt").exists()
    assert (LABELS / "texts" / "b58-kv-adhd-in-nederland.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b57-kv-2016Z00531-adhd-epidemie",
        "b57-kv-hangjongeren-cursus",
        "b57-rblim-2021-3939",
        "b58-ghshe-2019-3818",
        "b58-kv-2016Z03331-plasticjager",
        "b58-kv-adhd-in-nederland",
    ]
    no_labels = ["b57-rblim-2021-3939", "b58-ghshe-2019-3818", "b58-kv-2016Z03331-plasticjager"]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    rulings = rulings_of(texts)
    assert rulings == ["b57-rblim-2021-3939", "b58-ghshe-2019-3818"]
    # the other committed texts are four sets of Kamervragen (two as a legal or a school site
    # copied them); lexboost's AI summary is not the court's own text and stays in bench/data
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk"] * 4
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == ["b58-lexboost-ghshe-2023-4028"]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it;
    # two texts start at their title, after the site's byline or a read-aloud button
    starts = ["b57-metronieuws-pester-weg", "b57-nd-thuiszitters-niet-lui"]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # thirteen look-ups rebuild all twenty-six
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 26
    assert restore_queries(batch_texts(BATCHES)) == 13


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 57-58 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamervraag
    ids = [
        "rblim-2021-3939",
        "ghshe-2019-3818",
        "ghshe-2023-4028",
        "2016Z00531",
        "2016Z03331",
    ]
    check_new_urls(BATCHES, eclis=3, ids=ids, unquote_urls=True)
