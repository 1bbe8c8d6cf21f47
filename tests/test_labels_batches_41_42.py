"""Labels batches 41 and 42 (rounds 37 and 38, collect-labels): both measured once, tune since.

Batch 41 was the fresh round of the session of 2026-12-06 02:40 UTC (measured once at its start
on ec51992b); batch 42 its later round (measured once with --later at its end, on 2100dbfe).

Only the manifest, the committed texts and the stored raw excerpts are read; no wb code runs on
the texts and no wb output on them is read.
"""

from __future__ import annotations

from collections import Counter

from labels_batch_checks import (
    FRESH_ROUND,
    LATER_ROUND,
    batch_texts,
    check_committed,
    check_counts_and_voices,
    check_lexicon_split,
    check_measured_by_every_run,
    check_new_urls,
    check_no_overlap,
    check_restore_hints,
    check_restore_rebuilds,
    group_of,
    restore_queries,
    rulings_of,
    training_sets,
)
from realtext_helpers import labels_batch as _batch

BATCHES = (41, 42)


def test_counts_and_voices_per_batch() -> None:
    # labels50 (offence adjectives, 2026-12-06): "crimineel gedrag van hun kind" added, discussed
    voices = {
        # labels-voice5 (guide line 17, the lead's clarification): b41-pvda-kuiken's
        # "Hardleerse" (subject of a measure) and "rotzooi trappende": asserted -> discussed
        41: Counter(asserted=6, attributed=21, discussed=17, negated=2),
        # labels51 (the same policy line): "crimineel gedrag" of children under 12 added, discussed
        # labels-policy4, line 17: "Ouders van criminele jongeren" of a measure: attributed ->
        # discussed
        42: Counter(asserted=9, attributed=14, discussed=23, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    check_lexicon_split(((41, 4, 42), (42, 5, 42)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_are_the_sessions_rounds() -> None:
    # batch 41 was the fresh round of the session of 2026-12-06 02:40 UTC (measured once at its
    # start, on ec51992b) and keeps its group's name; FRESH_ROUND moved on to batch 43. Batch 42
    # was that session's later round (measured once with --later at its end, 04:10 UTC on
    # 2100dbfe) and keeps its group's name; LATER_ROUND moved on to batch 44
    assert {group_of(t) for t in _batch(41)} == {"held-out-37"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(42)} == {"held-out-38"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    check_measured_by_every_run(BATCHES)


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {39, 41, 42} <= voice_batches
    # the committed texts are on every machine: read since the batches' one measurement
    assert {"b41-h-tk-20142015-65-9", "b42-kst-31268-18"} <= judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b41-gharn-2012-bw5429",
        "b41-h-ek-20132014-1-3",
        "b41-h-tk-20062007-5132-5136",
        "b41-h-tk-20102011-92-26",
        "b41-h-tk-20142015-65-9",
        "b41-kst-29240-61",
        "b41-rblim-2022-5138",
        "b41-rbnho-2020-7801",
        "b42-ghshe-2017-4569",
        "b42-h-tk-20092010-73-6262",
        "b42-h-tk-20122013-90-34",
        "b42-kst-28684-207",
        "b42-kst-31268-18",
        "b42-kst-36261-3",
        "b42-rbhaa-2005-as4143",
        "b42-rbove-2014-4116",
    ]
    no_labels = [
        "b41-h-ek-20132014-1-3",
        "b41-kst-29240-61",
        "b41-rblim-2022-5138",
        "b41-rbnho-2020-7801",
        "b42-ghshe-2017-4569",
        "b42-h-tk-20092010-73-6262",
        "b42-rbhaa-2005-as4143",
        "b42-rbove-2014-4116",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b41-gharn-2012-bw5429",
        "b41-rblim-2022-5138",
        "b41-rbnho-2020-7801",
        "b42-ghshe-2017-4569",
        "b42-rbhaa-2005-as4143",
        "b42-rbove-2014-4116",
    ]
    # every other committed text is a Kamerstuk (Handelingen, an AO report, a letter)
    others = [t for t in batch_texts(BATCHES) if t.get("committed") and t["id"] not in rulings]
    assert all(t["genre"].startswith("kamerstuk (") for t in others)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    check_restore_hints(batch_texts(BATCHES), starts=[])
    # nine look-ups rebuild all sixteen
    assert restore_queries(batch_texts(BATCHES)) == 9


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 41-42 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["h-tk-20062007-5132-5136", "h-tk-20142015-65-9", "h-tk-20102011-92-26"]
    ids += ["h-ek-20132014-1-3", "29240-61", "kst-29240-61", "h-tk-20122013-90-34"]
    ids += ["kst-36261-3", "kst-31268-18", "28684-207", "kst-28684-207", "h-tk-20092010-73-6262"]
    check_new_urls(BATCHES, eclis=6, ids=ids)
