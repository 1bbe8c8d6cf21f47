"""Labels batches 61 and 62 (rounds 57 and 58, collect-labels), collected for the next session.

Batch 61 was the fresh round of the session after 2026-12-07 04:23 UTC ("held-out-57"), measured
once at that session's start (07:19 UTC, on a0256373) and tune since; batch 62 is its later round
("held-out-58", sealed until its one measurement with --later at that session's end, 08:41 UTC,
main 418b3863, and tune since). Both were in SEALED_BATCHES since before they were collected.

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

BATCHES = (61, 62)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        61: Counter(asserted=10, attributed=16, discussed=12, negated=3),
        62: Counter(asserted=8, attributed=16, discussed=14, negated=5),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are not counted by hand (see the README)
    check_lexicon_split(((61, 3, 38), (62, 3, 40)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 61 was the next session's fresh round: it keeps its group's name after its one
    # measurement (2026-12-07 07:19 UTC, on a0256373), FRESH_ROUND moved on to batch 63.
    # LATER_ROUND named batch 62 from batch 60's measurement (2026-12-07 06:00 UTC, main 42aebcc5)
    # until its own (08:41 UTC, main 418b3863), batch 64 since
    assert {group_of(t) for t in _batch(61)} == {"held-out-57"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(62)} == {"held-out-58"} != {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


def test_both_batches_are_tune_since_their_measurement() -> None:
    assert not {61, 62} & SEALED_BATCHES
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
    assert {61, 62} <= voice_batches  # tune since their measurements (07:19 and 08:41 UTC)
    assert any(i.startswith("b61-") for i in judging_ids)
    assert any(i.startswith("b62-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b61-rbdha-2018-4475.txt").exists()
    assert (LABELS / "texts" / "b62-rbdha-2013-by8769.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b61-kst-36410-XVI-62",
        "b61-rbdha-2018-4475",
        "b62-ah-tk-20162017-726",
        "b62-rbdha-2013-by8769",
    ]
    # a motion, a set of Kamervragen and a ruling are checks on false hits; the other ruling
    # holds the lexicon's "beïnvloeding" twice
    no_labels = ["b61-kst-36410-XVI-62", "b62-ah-tk-20162017-726", "b62-rbdha-2013-by8769"]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    rulings = ["b61-rbdha-2018-4475", "b62-rbdha-2013-by8769"]
    assert rulings_of(texts) == rulings
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk", "kamervragen"]


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it;
    # one text starts after the site's navigation
    starts = ["b62-joop-schoolplicht-afschaffen"]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # eight look-ups rebuild all twenty-eight
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 28
    assert restore_queries(batch_texts(BATCHES)) == 8


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 61-62 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do a motion and a set
    # of Kamervragen under their official numbers
    ids = [
        "rbdha-2018-4475",
        "rbdha-2013-by8769",
        "BY8769",
        "FA RK 18-1256",
        "FA RK 12-8574",
        "kst-36410-XVI-62",
        "36410-XVI/62",
        "ah-tk-20162017-726",
    ]
    check_new_urls(BATCHES, eclis=2, ids=ids, unquote_urls=True)
