"""Labels batches 69 and 70 (rounds 65 and 66, collect-labels), collected for the next session.

Batch 69 was the fresh round of the session after 2026-12-07 16:34 UTC ("held-out-65"), measured
once at that session's start (20:01 UTC, on a2286d80) and tune since; batch 70 was its later round
("held-out-66"), measured once with --later at that session's end (21:18 UTC, main 78b4ec0e) and
tune since. Both were in SEALED_BATCHES since before they were collected.

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

BATCHES = (69, 70)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        69: Counter(asserted=19, attributed=19, discussed=38, negated=2),
        70: Counter(asserted=9, attributed=8, discussed=18, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # lexicon terms (ouderverstoting, loyaliteitsconflict, vechtscheiding, conflictscheiding,
    # verstandelijk beperkt, verwaarlozing, klem zitten, geestelijke kindermishandeling, ...)
    # beside descriptions the lexicon lacks ("nieuw: ..."); the kinds aimed at a person and other
    # judging are not counted by hand (see the README)
    check_lexicon_split(((69, 42, 36), (70, 12, 24)))


def test_lexicon_terms_occur_in_every_voice() -> None:
    def lexicon_voices(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["voice"] for i in items if not i["label"].startswith("nieuw: "))

    assert lexicon_voices(69) == Counter(discussed=24, asserted=13, attributed=4, negated=1)
    assert lexicon_voices(70) == Counter(discussed=9, asserted=2, attributed=1)


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 69 was the next session's fresh round, batch 70 its later round: both keep their
    # groups' names after their one measurement (20:01 UTC on a2286d80 and 21:18 UTC on main
    # 78b4ec0e, 2026-12-07); FRESH_ROUND and LATER_ROUND moved on to batches 71 and 72
    assert {group_of(t) for t in _batch(69)} == {"held-out-65"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(70)} == {"held-out-66"} != {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


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
    assert {69, 70} <= voice_batches
    assert any(i.startswith("b69-") for i in judging_ids)
    assert any(i.startswith("b70-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b69-jure-rbnho-2020-8551.txt").exists()
    assert (LABELS / "texts" / "b70-lexboost-rbzwb-2022-2932.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b69-jure-rbnho-2020-8551",
        "b69-rbdha-2015-11246",
        "b70-lexboost-rbzwb-2022-2932",
        "b70-rbdha-2013-6075",
    ]
    # two committed inhoudsindicaties, a news item on an inspectorates' verdict and the opening
    # of a Kinderombudsman report have no label: checks on false hits (a measure named,
    # professionals judged, a condition named, a positive "in staat")
    no_labels = [
        "b69-078-jeugdzorg-gefaald",
        "b69-rbdha-2015-11246",
        "b70-adoc-kinderombudsman-baby-guusje",
        "b70-rbdha-2013-6075",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    assert rulings_of(texts) == [
        "b69-jure-rbnho-2020-8551",
        "b69-rbdha-2015-11246",
        "b70-lexboost-rbzwb-2022-2932",
        "b70-rbdha-2013-6075",
    ]
    # the three AI summaries of lexboost.com are the site's text, not the court's
    summaries = sorted(t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak"))
    assert summaries == [
        "b69-lexboost-rbnne-2022-173",
        "b69-lexboost-rbzwb-2025-7125",
        "b70-lexboost-rbnho-2021-9564",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = [
        "b69-lexboost-rbnne-2022-173",
        "b69-lexboost-rbzwb-2025-7125",
        "b70-lexboost-rbnho-2021-9564",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # fifteen look-ups rebuild all twenty-eight
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 28
    assert restore_queries(batch_texts(BATCHES)) == 15


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps (the two texts
    # without a label and the title-only label of a daily through the run with their sha256)
    skip = "no raw excerpt of batches 69-70 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do its case numbers;
    # the lexboost.com and jure.nl pages carry their ECLI in the URL
    ids = [
        "rbnho-2020-8551",
        "rbdha-2015-11246",
        "rbzwb-2025-7125",
        "rbnne-2022-173",
        "rbzwb-2022-2932",
        "rbdha-2013-6075",
        "rbnho-2021-9564",
        "C/15/305175",
        "KG ZA 20-408",
        "C/09/488985",
        "FA RK 15-3813",
        "C/09/438260",
        "JE RK 13-554",
        "C/02/427089",
        "FA RK 24-4509",
        "C/18/208351",
        "FA RK 21-2917",
        "C/15/284526",
        "FA RK 19-617",
    ]
    check_new_urls(BATCHES, eclis=7, ids=ids, unquote_urls=True)
