"""Labels batches 47 and 48 (rounds 43 and 44, collect-labels), collected for the next session.

Batch 47 was sealed: the next session's fresh round, measured once at its start (2026-12-06 11:12
UTC, on 27c6e060) and tune material since. Batch 48 was to be
its later round, but was measured once in the session that collected it (2026-12-06 10:07 UTC, on
main f1c57b2a with c8331e14's neutral refactor, blind, by a --later run right after LATER_ROUND
named it) and is tune material since.

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

BATCHES = (47, 48)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        # labels56: + PCF and MBPS (abbreviations in brackets, attributed)
        # labels-policy3, line 13: "Op welke manier zijn zij geïndoctrineerd?" discussed ->
        # attributed
        47: Counter(asserted=6, attributed=18, discussed=31, negated=1),
        # labels-policy3, line 12: "zeer zorgelijk gedrag" removed (a word of concern)
        48: Counter(asserted=17, attributed=16, discussed=15, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    # labels56: + PCF, MBPS; labels-policy3: - "zeer zorgelijk gedrag" (48)
    check_lexicon_split(((47, 14, 42), (48, 7, 43)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_keep_their_names_after_their_one_measurement() -> None:
    # batch 47 was the fresh round of the session of 2026-12-06 11:08 UTC (measured 11:12 UTC),
    # batch 48 was measured at 10:07 UTC; both keep their groups' names, and FRESH_ROUND and
    # LATER_ROUND moved on (to batches 53 and 52 since batch 51's measurement)
    assert {group_of(t) for t in _batch(47)} == {"held-out-43"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(48)} == {"held-out-44"} != {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


def test_batches_47_and_48_are_measured() -> None:
    assert not {47, 48} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(47))
    assert all(measured_now(t) for t in _batch(48))


def test_batch_option_refuses_a_sealed_batch_before_wb_is_loaded(monkeypatch) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", "71"])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert str(exc.value.code) == "batch 71 is verzegeld: alleen de lead meet die, met --later"


def test_training_scripts_read_47_and_48() -> None:
    voice_batches, judging_ids = training_sets()
    assert {47, 48} <= voice_batches
    assert "b47-lexboost-ghshe-2014-5216" in judging_ids
    assert "b48-lexboost-rbams-2020-2311" in judging_ids
    assert (LABELS / "texts" / "b47-lexboost-ghshe-2014-5216.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b47-h-tk-20162017-52-5",
        "b47-kst-31268-17",
        "b47-kst-33750-XVIII-8",
        "b47-kv-2019Z15314-jihadkinderen",
        "b47-lexboost-ghshe-2014-5216",
        "b47-rbsgr-2010-bo1396",
        "b48-ah-tk-20212022-2844",
        "b48-echtscheiden-online-ghsgr-2010-bm5025",
        "b48-kv-2019Z12585-is-kinderen-grootouders",
        "b48-lexboost-gharl-2016-6123",
        "b48-lexboost-ghshe-2025-1282",
        "b48-lexboost-rbams-2020-2311",
    ]
    no_labels = [
        "b47-h-tk-20162017-52-5",
        "b47-kst-33750-XVIII-8",
        "b47-telegraaf-praten-met-kinderen",
        "b48-lexboost-gharl-2016-6123",
        "b48-lexboost-ghshe-2025-1282",
        "b48-trajectum-uithuisplaatsing",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b47-lexboost-ghshe-2014-5216",
        "b47-rbsgr-2010-bo1396",
        "b48-echtscheiden-online-ghsgr-2010-bm5025",
        "b48-lexboost-gharl-2016-6123",
        "b48-lexboost-ghshe-2025-1282",
        "b48-lexboost-rbams-2020-2311",
    ]
    # every other committed text is a Kamerstuk (Kamervragen, an answer, a motie, Handelingen, an
    # AO report); a ruling quoted on a site keeps only the ruling's own words; the site's AI
    # summaries of rulings are not the court's own text and stay in bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert sorted(t["genre"].split()[0] for t in others) == ["kamerstuk"] * 6
    assert all(t["genre"].startswith("kamerstuk (") for t in others)
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == [
        "b47-lexboost-rbdha-2014-7810",
        "b47-lexboost-gharl-2018-363",
        "b48-lexboost-ghshe-2023-569",
        "b48-lexboost-ghshe-2018-3755",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = ["b47-telegraaf-praten-met-kinderen", "b48-trajectum-uithuisplaatsing"]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # ten look-ups rebuild all twenty
    assert restore_queries(batch_texts(BATCHES)) == 10


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 47-48 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["2019Z15314", "ah-tk-20192020-125", "2019Z12585", "ah-tk-20192020-1405"]
    ids += ["ah-tk-20212022-2844", "kst-31268-17", "31268/17", "kst-33750-XVIII-8"]
    ids += ["33750-XVIII-8", "h-tk-20162017-52-5", "BM5025", "ECLI:NL:GHSGR:2010:BM5025"]
    check_new_urls(BATCHES, eclis=9, ids=ids, unquote_urls=True)
