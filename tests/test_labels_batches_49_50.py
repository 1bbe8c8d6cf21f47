"""Labels batches 49 and 50 (rounds 45 and 46, collect-labels), collected for the next session.

Both are sealed: batch 49 is the next session's fresh round (FRESH_ROUND "held-out-45", measured
once at its start), batch 50 its later round (LATER_ROUND "held-out-46", measured once with
--later at its end; LATER_ROUND names it already).

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

BATCHES = (49, 50)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        49: Counter(asserted=8, attributed=24, discussed=28, negated=1),
        50: Counter(asserted=11, attributed=19, discussed=25, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((49, 14, 47), (50, 4, 53)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_keep_their_names_after_their_one_measurement() -> None:
    # batch 49 was the fresh round of the session of 2026-12-06 13:44 UTC (measured 13:47 UTC on
    # 59c8852c) and batch 50 its later round (measured with --later at 15:28 UTC, main
    # 7e32b378); both keep their groups' names, FRESH_ROUND and LATER_ROUND moved on
    assert {group_of(t) for t in _batch(49)} == {"held-out-45"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(50)} == {"held-out-46"} != {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


def test_batches_49_and_50_are_measured() -> None:
    assert not {49, 50} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(49))
    assert all(measured_now(t) for t in _batch(50))


def test_batch_option_refuses_a_sealed_batch_before_wb_is_loaded(monkeypatch) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", "71"])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert str(exc.value.code) == "batch 71 is verzegeld: alleen de lead meet die, met --later"


def test_training_scripts_read_49_and_50() -> None:
    voice_batches, judging_ids = training_sets()
    assert {49, 50} <= voice_batches
    assert any(i.startswith("b49-") for i in judging_ids)
    assert any(i.startswith("b50-") for i in judging_ids)
    # the committed texts are on every machine: they are left out by the seal, not by absence
    assert (
        LABELS / "texts" / "b49-echtscheidenonline-ghshe-strijd-kindermishandeling.txt"
    ).exists()
    assert (LABELS / "texts" / "b50-lexboost-rbnho-2018-2407.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b49-echtscheidenonline-ghshe-strijd-kindermishandeling",
        "b49-h-tk-20082009-7825-7861",
        "b49-h-tk-20122013-71-17",
        "b49-kst-32356-15",
        "b50-h-tk-20082009-2181-2186",
        "b50-kv-2021Z18307-uithuisplaatsingen-toeslagen",
        "b50-lexboost-rbnho-2018-2407",
    ]
    no_labels = [
        "b49-h-tk-20082009-7825-7861",
        "b49-kst-32356-15",
        "b50-kv-2021Z18307-uithuisplaatsingen-toeslagen",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b49-echtscheidenonline-ghshe-strijd-kindermishandeling",
        "b50-lexboost-rbnho-2018-2407",
    ]
    # every other committed text is a Kamerstuk (Handelingen, a motie, Kamervragen); a ruling
    # quoted on a site keeps only the ruling's own words; the site's AI summaries of rulings are
    # not the court's own text and stay in bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert sorted(t["genre"].split()[0] for t in others) == ["kamerstuk"] * 5
    assert all(t["genre"].startswith("kamerstuk (") for t in others)
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == [
        "b49-lexboost-ghams-2021-4029",
        "b49-lexboost-rblim-2023-2372",
        "b50-lexboost-ghams-2018-1503",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    # one text starts at its title, after the site's menu words
    check_restore_hints(batch_texts(BATCHES), starts=["b49-pro3-hangjongeren-wat-moet-je-ermee"])
    # twelve look-ups rebuild all twenty-five
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 25
    assert restore_queries(batch_texts(BATCHES)) == 12


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 49-50 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["h-tk-20122013-71-17", "h-tk-20082009-7825-7861", "kst-32356-15", "32356/15"]
    ids += ["h-tk-20082009-2181-2186", "kv-tk-2021Z18307", "2021Z18307", "ah-tk-20212022-497"]
    ids += ["020011fec23e2d58304ae07e0d900cf4"]
    check_new_urls(BATCHES, eclis=4, ids=ids, unquote_urls=True)
