"""Labels batches 55 and 56 (rounds 51 and 52, collect-labels), collected for the next session.

Batch 55 is the fresh round of the session after 2026-12-06 19:12 UTC ("held-out-51",
FRESH_ROUND, measured once at that session's start); batch 56 is its later round ("held-out-52",
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

BATCHES = (55, 56)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        55: Counter(asserted=13, attributed=26, discussed=8, negated=2),
        56: Counter(asserted=6, attributed=15, discussed=26, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((55, 16, 33), (56, 24, 25)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_batch_55_was_the_fresh_round_and_batch_56_the_round_after() -> None:
    # batch 55 keeps its group's name after its one measurement (2026-12-06 22:29 UTC, on
    # 8c336c6b); FRESH_ROUND moved on to batch 57
    assert {group_of(t) for t in _batch(55)} == {"held-out-51"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    # LATER_ROUND named batch 54 ("held-out-50") until its one measurement with --later
    # (2026-12-06 20:35 UTC, main 1b6a7f3d), then batch 56 until its own (23:50 UTC, main
    # 20e0096b), batch 58 since
    assert {group_of(t) for t in _batch(56)} == {"held-out-52"} != {LATER_ROUND}
    assert LATER_ROUND == "held-out-68"  # batch 72 since batch 70's measurement


def test_both_batches_are_tune_since_their_measurement() -> None:
    assert not {55, 56} & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(BATCHES))


@pytest.mark.parametrize("batch", (71,))
def test_batch_option_refuses_a_sealed_batch_before_wb_is_loaded(monkeypatch, batch: int) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", str(batch)])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert (
        str(exc.value.code) == f"batch {batch} is verzegeld: alleen de lead meet die, met --later"
    )


def test_training_scripts_read_both_since_their_measurement() -> None:
    voice_batches, judging_ids = training_sets()
    assert {55, 56} <= voice_batches
    assert any(i.startswith("b55-") for i in judging_ids)
    assert any(i.startswith("b56-") for i in judging_ids)
    # the committed texts are on every machine: they are left out by the seal, not by absence
    assert (LABELS / "texts" / "b55-rblim-2021-5627.txt").exists()
    assert (LABELS / "texts" / "b56-kv-2015Z00316-etiket-gameverslaafd.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b55-ghdha-2013-1696",
        "b55-kv-2011Z09694-gameverslaving-jongeren",
        "b55-rblim-2021-5627",
        "b56-kv-2010Z10538-spijbelen-kinderbijslag",
        "b56-kv-2015Z00316-etiket-gameverslaafd",
        "b56-rbzwb-2013-8544",
    ]
    no_labels = [
        "b55-fmtgezondheidszorg-inspecties-calamiteit",
        "b55-ghdha-2013-1696",
        "b56-kv-2010Z10538-spijbelen-kinderbijslag",
        "b56-rbzwb-2013-8544",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == ["b55-ghdha-2013-1696", "b55-rblim-2021-5627", "b56-rbzwb-2013-8544"]
    # the other committed texts are three Kamervragen with their answers; lexboost's AI summaries
    # are not the court's own text and stay in bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk"] * 3
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == ["b55-lexboost-rbnho-2025-3034", "b56-lexboost-rbobr-2025-5776"]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it;
    # three texts start at their title or first paragraph, after an image's name or the site's
    # menu words
    starts = [
        "b56-destentor-akyol-opvoeden",
        "b56-ggznieuws-kamervragen-gameverslaafden",
        "b56-libelle-be-gameverslaafde-zoon",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # eleven look-ups rebuild all twenty-six
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 26
    assert restore_queries(batch_texts(BATCHES)) == 11


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 55-56 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamervraag
    ids = [
        "rblim-2021-5627",
        "ghdha-2013-1696",
        "rbzwb-2013-8544",
        "rbnho-2025-3034",
        "rbobr-2025-5776",
        "2011Z09694",
        "2015Z00316",
        "2010Z10538",
        "2014Z03349",
    ]
    check_new_urls(BATCHES, eclis=5, ids=ids, unquote_urls=True)
