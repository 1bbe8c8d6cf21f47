"""Labels batches 51 and 52 (rounds 47 and 48, collect-labels), collected for the next session.

Batch 51 was the next session's fresh round ("held-out-47", measured once at its start: 2026-12-06
16:25 UTC on e999d922, tune since), batch 52 its later round (LATER_ROUND "held-out-48" since
batch 50's measurement at 15:28 UTC on 2026-12-06; sealed till its one --later measurement at that
session's end).

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

BATCHES = (51, 52)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        51: Counter(asserted=10, attributed=36, discussed=4, negated=1),
        52: Counter(asserted=3, attributed=36, discussed=9, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((51, 21, 30), (52, 22, 28)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_batch_51_was_the_fresh_round_and_batch_52_the_round_after() -> None:
    # batch 51 keeps its group's name after its one measurement; FRESH_ROUND moved on to batch 53,
    # to batch 55 after batch 53's (2026-12-06 19:20 UTC, on a9282b33), to batch 57 after batch 55's
    assert {group_of(t) for t in _batch(51)} == {"held-out-47"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    assert {group_of(t) for t in _batch(52)} == {"held-out-48"}
    # LATER_ROUND named batch 52 from batch 50's measurement (2026-12-06 15:28 UTC) until its own
    # (18:00 UTC, main e93cb714), and batch 54 since
    assert {group_of(t) for t in _batch(52)} == {"held-out-48"} != {LATER_ROUND}


def test_both_batches_are_measured() -> None:
    assert not {51, 52} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(51))
    assert all(measured_now(t) for t in _batch(52))


@pytest.mark.parametrize("batch", (71,))
def test_batch_option_refuses_them_before_wb_is_loaded(monkeypatch, batch: int) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", str(batch)])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert (
        str(exc.value.code) == f"batch {batch} is verzegeld: alleen de lead meet die, met --later"
    )


def test_training_scripts_read_51_and_52() -> None:
    voice_batches, judging_ids = training_sets()
    assert {51, 52} <= voice_batches
    assert any(i.startswith("b51-") for i in judging_ids)
    assert any(i.startswith("b52-") for i in judging_ids)
    # the committed texts are on every machine: they are left out by the seal, not by absence
    assert (LABELS / "texts" / "b51-lexboost-ghams-2019-4743.txt").exists()
    assert (LABELS / "texts" / "b52-kst-28684-160.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b51-jure-rbnho-2024-3331",
        "b51-lexboost-ghams-2019-4743",
        "b51-lexboost-ghshe-2021-925",
        "b52-kst-28684-160",
    ]
    no_labels = [
        "b51-lexboost-ghams-2020-292",
        "b51-lexboost-rbgel-2024-5781",
        "b52-medicalfacts-moeder-ondervoede-baby",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b51-jure-rbnho-2024-3331",
        "b51-lexboost-ghams-2019-4743",
        "b51-lexboost-ghshe-2021-925",
    ]
    # the other committed text is a Kamerstuk (a report of a committee debate); lexboost's AI
    # summaries and split-online's editorial essence are not the court's own text and stay in
    # bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk"]
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == [
        "b51-lexboost-gharl-2026-501",
        "b51-lexboost-ghams-2021-3316",
        "b51-lexboost-rbmne-2023-2671",
        "b51-lexboost-gharl-2020-7745",
        "b51-lexboost-ghams-2020-292",
        "b51-lexboost-rbgel-2024-5781",
        "b52-lexboost-ghams-2023-2043",
        "b52-lexboost-ghshe-2025-2079",
        "b52-lexboost-rbdha-2025-18203",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)
    assert not any(t.get("committed") for t in texts if t["genre"].startswith("kennisbank"))


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    # four texts start at their title or first line, after the site's menu words
    starts = [
        "b51-almelonieuws-drie-gezinnen-terroriseren",
        "b51-gwl-terrein-wangedrag",
        "b51-kadv-boek-over-scheiding",
        "b52-5dok-pleegkind-moeilijkheden",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # thirteen look-ups rebuild all twenty-eight
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 28
    assert restore_queries(batch_texts(BATCHES)) == 13


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule (or, for the texts without a label and the longer nrc text, the excerpt run
    # with the manifest's sha256) gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 51-52 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["kst-28684-160", "28684/160", "ECLI:NL:RBMNE:2025:773", "rbmne-2025-773"]
    check_new_urls(BATCHES, eclis=12, ids=ids, unquote_urls=True)
