"""Labels batches 59 and 60 (rounds 55 and 56, collect-labels), collected for the next session.

Batch 59 is the fresh round of the session after 2026-12-07 01:19 UTC ("held-out-55", to be
measured once at that session's start); batch 60 is its later round ("held-out-56", sealed until
its one measurement with --later at that session's end, when LATER_ROUND names it). The lead
seals both in SEALED_BATCHES; until then the seal tests below fail on purpose.

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

BATCHES = (59, 60)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        59: Counter(asserted=6, attributed=10, discussed=16, negated=3),
        60: Counter(asserted=2, attributed=20, discussed=15, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are not counted by hand (see the README)
    check_lexicon_split(((59, 3, 32), (60, 4, 35)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 59 was the next session's fresh round: it keeps its group's name after its one
    # measurement (2026-12-07 04:26 UTC, on 2277a75a), FRESH_ROUND moved on to batch 61.
    # LATER_ROUND named batch 60 from batch 58's measurement (2026-12-07 02:33 UTC, main 2c074566)
    # until its own (06:00 UTC, main 42aebcc5), batch 62 since
    assert {group_of(t) for t in _batch(59)} == {"held-out-55"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    assert {group_of(t) for t in _batch(60)} == {"held-out-56"} != {LATER_ROUND}
    assert LATER_ROUND == "held-out-68"  # batch 72 since batch 70's measurement


def test_both_batches_are_tune_since_their_measurement() -> None:
    assert not {59, 60} & SEALED_BATCHES
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
    assert {59, 60} <= voice_batches  # tune since their measurements (04:26 and 06:00 UTC)
    assert any(i.startswith("b59-") for i in judging_ids)
    assert any(i.startswith("b60-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b59-ghdha-2020-257.txt").exists()
    assert (LABELS / "texts" / "b60-kv-2012Z02449-fysiek-straffen.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b59-gharl-2019-10763",
        "b59-ghdha-2020-257",
        "b60-ghams-2010-bm9745",
        "b60-kv-2012Z02449-fysiek-straffen",
    ]
    # all four are checks on false hits (the rulings and Kamervragen the corpus returned on
    # vaccination and hitting had no labelling language)
    no_labels = committed
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    rulings = ["b59-gharl-2019-10763", "b59-ghdha-2020-257", "b60-ghams-2010-bm9745"]
    assert rulings_of(texts) == rulings
    # the appeal court's considerations as a legal site copied them are the court's own text;
    # the other committed text is a set of Kamervragen
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert [t["genre"].split()[0] for t in others] == ["kamerstuk"]


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it;
    # one text starts after a photo caption of another person
    starts = ["b59-volkskrant-niet-gevaccineerd-buitensluiten"]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # ten look-ups rebuild all twenty-eight
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 28
    assert restore_queries(batch_texts(BATCHES)) == 10


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 59-60 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamervraag; the
    # ruling copied by echtscheiden-online is named by its LJN (and its first instance's)
    ids = [
        "ghdha-2020-257",
        "gharl-2019-10763",
        "200.267.292",
        "200.265.065",
        "BM9745",
        "BK8714",
        "2012Z02449",
        "ah-tk-20112012-1806",
    ]
    check_new_urls(BATCHES, eclis=2, ids=ids, unquote_urls=True)
