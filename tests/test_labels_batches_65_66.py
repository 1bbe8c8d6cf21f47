"""Labels batches 65 and 66 (rounds 61 and 62, collect-labels), collected for the next session.

Batch 65 was the fresh round of the session after 2026-12-07 10:26 UTC ("held-out-61"), measured
once at that session's start (13:24 UTC, on 6292b17d) and tune since; batch 66 is its later round
("held-out-62", sealed until its one measurement with --later at that session's end, when
LATER_ROUND names it). Both were in SEALED_BATCHES since before they were collected.

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

BATCHES = (65, 66)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        65: Counter(asserted=23, attributed=22, discussed=42, negated=2),
        66: Counter(asserted=16, attributed=6, discussed=33, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # lexicon terms (intieme terreur, vechtscheiding, ouderverstoting, symbiotisch, narcistisch,
    # hyperouder, ...) beside descriptions the lexicon lacks ("nieuw: ..."); the kinds aimed at a
    # person and other judging are not counted by hand (see the README)
    check_lexicon_split(((65, 54, 35), (66, 31, 25)))


def test_lexicon_terms_occur_in_every_voice() -> None:
    def lexicon_voices(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["voice"] for i in items if not i["label"].startswith("nieuw: "))

    assert lexicon_voices(65) == Counter(discussed=33, asserted=14, attributed=6, negated=1)
    assert lexicon_voices(66) == Counter(discussed=24, asserted=5, attributed=2)


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 65 was the next session's fresh round: it keeps its group's name after its one
    # measurement (2026-12-07 13:24 UTC, on 6292b17d), FRESH_ROUND moved on to batch 67.
    # LATER_ROUND named batch 66 from batch 64's measurement (2026-12-07 11:52 UTC, main aa23676f)
    # until its own (14:41 UTC, main 32d66554), then batch 68 until its own (18:03 UTC, main
    # 4c6f7b1a), then batch 70 until its own (21:18 UTC, main 78b4ec0e), batch 72 since
    assert {group_of(t) for t in _batch(65)} == {"held-out-61"} != {FRESH_ROUND}
    assert FRESH_ROUND == "held-out-67"  # batch 71 since batch 69's measurement
    assert {group_of(t) for t in _batch(66)} == {"held-out-62"} != {LATER_ROUND}
    assert LATER_ROUND == "held-out-68"


def test_both_batches_are_tune_since_their_measurement() -> None:
    assert not set(BATCHES) & SEALED_BATCHES
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
    assert {65, 66} <= voice_batches  # both tune since their measurement
    assert any(i.startswith("b65-") for i in judging_ids)
    assert any(i.startswith("b66-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b65-rbdha-2020-9805.txt").exists()
    assert (LABELS / "texts" / "b66-rbdha-2015-6161.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b65-kst-33836-82",
        "b65-rbdha-2020-9805",
        "b66-ghsgr-2010-bl0957",
        "b66-phr-2005-ar8250",
        "b66-rbdha-2015-6161",
        "b66-rblim-2019-3674",
    ]
    # one inhoudsindicatie without a label is a check on false hits (an offence named: a
    # child withheld from the father, "psychische overmacht")
    check_committed(
        batch_texts(BATCHES), committed, ["b66-ghsgr-2010-bl0957"], every_occurrence=True
    )


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    rulings = [
        "b65-rbdha-2020-9805",
        "b66-ghsgr-2010-bl0957",
        "b66-phr-2005-ar8250",
        "b66-rbdha-2015-6161",
        "b66-rblim-2019-3674",
    ]
    assert rulings_of(texts) == rulings
    # the Kamerstuk is committed but is no ruling
    assert [t["id"] for t in texts if t.get("committed") and t["id"] not in rulings] == [
        "b65-kst-33836-82"
    ]


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    check_restore_hints(batch_texts(BATCHES), starts=[])
    # twelve look-ups rebuild all twenty-six
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 26
    assert restore_queries(batch_texts(BATCHES)) == 12


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 65-66 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do its case numbers
    # and the Kamerstuk's number; the conclusion of the advocate-general (ndsz.nl) has its ECLI
    # with underscores in the URL, so it is listed among the ids
    ids = [
        "rbdha-2020-9805",
        "rbdha-2015-6161",
        "ghsgr-2010-bl0957",
        "rblim-2019-3674",
        "ECLI:NL:PHR:2005:AR8250",
        "ECLI_NL_PHR_2005_AR8250",
        "C/09/596628",
        "FA RK 20-4814",
        "FA RK 10-4126",
        "22-006166-07",
        "JE RK 18-2712",
        "01198/04",
        "kst-33836-82",
        "33 836, nr. 82",
    ]
    check_new_urls(BATCHES, eclis=4, ids=ids, unquote_urls=True)
