"""Labels batches 43 and 44 (rounds 39 and 40, collect-labels), collected for the next session.

Batch 43 was measured once at the start of the session of 2026-12-06 05:35 UTC (on 9650ed97), batch
44 once with --later at its end (07:19 UTC, main a68a06c0); both are tune material since.

Only the manifest, the committed texts and the stored raw excerpts are read; no wb code runs on
the texts and no wb output on them is read.
"""

from __future__ import annotations

from collections import Counter

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
from realtext_helpers import labels_batch as _batch

BATCHES = (43, 44)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        43: Counter(asserted=13, attributed=30, discussed=10, negated=2),
        44: Counter(asserted=5, attributed=16, discussed=7, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    check_lexicon_split(((43, 16, 39), (44, 13, 17)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_are_the_sessions_rounds() -> None:
    # batch 43 was the fresh round of the session of 2026-12-06 05:35 UTC (measured once at its
    # start, on 9650ed97) and keeps its group's name; FRESH_ROUND moved on to batch 45. Batch 44
    # was that session's later round (measured once with --later at its end, 07:19 UTC on
    # a68a06c0) and keeps its group's name; LATER_ROUND moved on to batch 46
    assert {group_of(t) for t in _batch(43)} == {"held-out-39"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(44)} == {"held-out-40"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {43, 44} & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(BATCHES))


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {43, 44} <= voice_batches
    # the committed texts are on every machine: read since the batches' one measurement
    assert {"b43-kog-grootouders-1274", "b44-lexboost-ghshe-2021-979"} <= judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b43-h-tk-20102011-47-4",
        "b43-kog-grootouders-1274",
        "b43-kst-34300-XVI-69",
        "b43-lexboost-ghams-2024-1568",
        "b43-lexboost-gharl-2013-9777",
        "b43-lexboost-rbdha-2025-2456",
        "b43-nationaleombudsman-2011-189",
        "b43-rbmne-2015-5062",
        "b44-kog-strijd-na-scheiding-1197",
        "b44-kst-26695-81",
        "b44-kst-30371-11",
        "b44-lexboost-gharl-2017-11354",
        "b44-lexboost-gharl-2021-6076",
        "b44-lexboost-ghshe-2021-979",
        "b44-lexboost-rbdor-2012-bw0629",
        "b44-lexboost-rbnho-2023-1317",
    ]
    no_labels = [
        "b43-h-tk-20102011-47-4",
        "b43-kst-34300-XVI-69",
        "b43-nationaleombudsman-2011-189",
        "b44-kst-26695-81",
        "b44-kst-30371-11",
        "b44-lexboost-gharl-2017-11354",
        "b44-telegraaf-adoptieouders",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b43-kog-grootouders-1274",
        "b43-lexboost-ghams-2024-1568",
        "b43-lexboost-gharl-2013-9777",
        "b43-lexboost-rbdha-2025-2456",
        "b43-rbmne-2015-5062",
        "b44-kog-strijd-na-scheiding-1197",
        "b44-lexboost-gharl-2017-11354",
        "b44-lexboost-gharl-2021-6076",
        "b44-lexboost-ghshe-2021-979",
        "b44-lexboost-rbdor-2012-bw0629",
        "b44-lexboost-rbnho-2023-1317",
    ]
    # every other committed text is a Kamerstuk (Handelingen, a motie, an AO report) or an
    # ombudsman report; a ruling quoted on a site keeps only the ruling's own words
    others = [t for t in batch_texts(BATCHES) if t.get("committed") and t["id"] not in rulings]
    assert sorted(t["genre"].split()[0] for t in others) == ["kamerstuk"] * 4 + ["rapport"]
    assert all(t["genre"].startswith(("kamerstuk (", "rapport (")) for t in others)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    check_restore_hints(batch_texts(BATCHES), starts=[])
    # ten look-ups rebuild all sixteen
    assert restore_queries(batch_texts(BATCHES)) == 10


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 43-44 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["kst-34300-XVI-69", "34300-XVI-69", "h-tk-20102011-47-4", "kst-26695-81"]
    ids += ["26695-81", "26695/81", "kst-30371-11", "2011/189"]
    check_new_urls(BATCHES, eclis=9, ids=ids, unquote_urls=True)
