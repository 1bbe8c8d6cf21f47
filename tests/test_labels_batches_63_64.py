"""Labels batches 63 and 64 (rounds 59 and 60, collect-labels), collected for the next session.

Batch 63 was the fresh round of the session after 2026-12-07 07:17 UTC ("held-out-59"), measured
once at that session's start (10:27 UTC, on 65cc314d) and tune since; batch 64 is its later round
("held-out-60", sealed until its one measurement with --later at that session's end, 11:52 UTC,
main aa23676f, and tune since). Both were in SEALED_BATCHES since before they were collected.

Only the manifest, the committed texts and the stored raw excerpts are read; no wb code runs
on the texts and no wb output on them is read.
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

BATCHES = (63, 64)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        63: Counter(asserted=11, attributed=18, discussed=87, negated=3),
        64: Counter(asserted=20, attributed=12, discussed=75, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # lexicon terms (ouderverstoting, vechtscheiding, narcistisch, hyperouder, ...) beside
    # descriptions the lexicon lacks ("nieuw: ..."); the kinds aimed at a person and other
    # judging are not counted by hand (see the README)
    check_lexicon_split(((63, 82, 37), (64, 64, 44)))


def test_lexicon_terms_occur_in_every_voice() -> None:
    def lexicon_voices(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["voice"] for i in items if not i["label"].startswith("nieuw: "))

    assert lexicon_voices(63) == Counter(discussed=65, attributed=9, asserted=6, negated=2)
    assert lexicon_voices(64) == Counter(discussed=57, asserted=5, attributed=2)


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 63 was the next session's fresh round: it keeps its group's name after its one
    # measurement (2026-12-07 10:27 UTC, on 65cc314d), FRESH_ROUND moved on to batch 65.
    # LATER_ROUND named batch 64 from batch 62's measurement (2026-12-07 08:41 UTC, main 418b3863)
    # until its own (11:52 UTC, main aa23676f), batch 66 since
    assert {group_of(t) for t in _batch(63)} == {"held-out-59"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(64)} == {"held-out-60"} != {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


def test_both_batches_are_tune_since_their_measurement() -> None:
    assert not {63, 64} & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(BATCHES))


@pytest.mark.parametrize("batch", (71,))
def test_batch_option_refuses_them_before_wb_is_loaded(monkeypatch, batch: int) -> None:
    import bench_labels

    # never run bench_labels.main() on an unsealed batch: it would measure it
    assert batch in SEALED_BATCHES, f"batch {batch} must be in SEALED_BATCHES"
    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", str(batch)])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert (
        str(exc.value.code) == f"batch {batch} is verzegeld: alleen de lead meet die, met --later"
    )


def test_training_scripts_read_both_batches_since_their_measurement() -> None:
    voice_batches, judging_ids = training_sets()
    assert {63, 64} <= voice_batches  # tune since their measurements (10:27 and 11:52 UTC)
    assert any(i.startswith("b63-") for i in judging_ids)
    assert any(i.startswith("b64-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b63-ghams-2018-500.txt").exists()
    assert (LABELS / "texts" / "b64-ghshe-2016-763.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = ["b63-ghams-2018-500", "b63-ghshe-2021-1302", "b64-ghshe-2016-763"]
    # the three inhoudsindicaties are checks on false hits (a concern about the children's
    # condition, a refused contact arrangement, a list of subjects)
    check_committed(batch_texts(BATCHES), committed, committed, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    rulings = ["b63-ghams-2018-500", "b63-ghshe-2021-1302", "b64-ghshe-2016-763"]
    assert rulings_of(texts) == rulings
    assert [t["id"] for t in texts if t.get("committed") and t["id"] not in rulings] == []


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    check_restore_hints(batch_texts(BATCHES), starts=[])
    # ten look-ups rebuild all twenty-nine
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 29
    assert restore_queries(batch_texts(BATCHES)) == 10


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 63-64 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do its case numbers
    ids = [
        "ghams-2018-500",
        "ghshe-2021-1302",
        "ghshe-2016-763",
        "200.228.447",
        "JU RK 17-1664",
        "200.282.377",
        "FA RK 17-1204",
        "200.175.646",
        "FA RK 14-4768",
    ]
    check_new_urls(BATCHES, eclis=3, ids=ids, unquote_urls=True)
