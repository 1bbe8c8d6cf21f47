"""Labels batches 39 and 40 (rounds 35 and 36, collect-labels): sealed for the next session."""

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
    check_restore_hints,
    check_restore_rebuilds,
    group_of,
    rulings_of,
    training_sets,
)
from realtext_helpers import LABELS
from realtext_helpers import labels_batch as _batch

BATCHES = (39, 40)


def test_counts_and_voices_per_batch() -> None:
    # labels50 (offence adjectives, 2026-12-06): "Als zulke criminelen nog meer crimineel gedrag
    # gaan vertonen" added, discussed (40)
    voices = {
        # labels-policy3, line 15: three "de schuld (van de ouders)" added (1 discussed,
        # 2 attributed)
        # labels-policy4, line 17: the groups the plans are for ("ouders van criminele,
        # overlastgevende jongeren", "overlast veroorzakende probleemjongeren"; "ouders van
        # jeugdcriminelen") attributed -> discussed (39: 3, 40: 1)
        39: Counter(asserted=10, attributed=16, discussed=20, negated=2),
        40: Counter(asserted=13, attributed=12, discussed=20, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    check_lexicon_split(((39, 16, 32), (40, 5, 42)))  # labels-policy3: + 3 "de schuld" (39)


def test_groups_are_the_sessions_rounds() -> None:
    # batch 39 was the fresh round of the session of 2026-12-05 23:50 UTC (measured once at its
    # start, 23:55 UTC on 122dd085), batch 40 its later round (measured once with --later at its
    # end, 2026-12-06 01:21 UTC on 2bdeabcb); both groups keep their names, FRESH_ROUND and
    # LATER_ROUND moved on
    assert {group_of(t) for t in _batch(39)} == {"held-out-35"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(40)} == {"held-out-36"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    check_measured_by_every_run(BATCHES)


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {37, 39, 40} <= voice_batches
    assert any(i.startswith("b39-") for i in judging_ids)
    assert any(i.startswith("b40-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b39-rbzwb-2019-4049.txt").exists()
    assert (LABELS / "texts" / "b40-h-tk-20052006-3332-3362.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b39-cu-voordewind-ao-jeugd-en-gezin-2007",
        "b39-ghshe-2017-4266",
        "b39-h-tk-20102011-19-7",
        "b39-kst-33000-viii-104",
        "b39-kv-tk-2017z18253-mbp",
        "b39-phr-2020-1242",
        "b39-rbgel-2017-4911",
        "b39-rbzwb-2019-4049",
        "b40-ah-tk-20222023-2939",
        "b40-h-tk-20052006-3332-3362",
        "b40-h-tk-20122013-76-7",
        "b40-handelingen-30316-geweld-in-de-opvoeding",
        "b40-kv-overlastgevende-jongeren-2010",
        "b40-phr-2004-aq7386",
        "b40-phr-2017-1329",
        "b40-rbshe-2011-bp2276",
    ]
    no_labels = [
        "b39-ghshe-2017-4266",
        "b39-kst-33000-viii-104",
        "b39-rbgel-2017-4911",
        "b40-ah-tk-20222023-2939",
        "b40-handelingen-30316-geweld-in-de-opvoeding",
        "b40-phr-2017-1329",
        "b40-rbshe-2011-bp2276",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    assert rulings_of(batch_texts(BATCHES)) == [
        "b39-ghshe-2017-4266",
        "b39-rbgel-2017-4911",
        "b39-rbzwb-2019-4049",
        "b40-rbshe-2011-bp2276",
    ]
    # the A-G's conclusions are the Parket's, not a court's ruling (as phr-2016-504)
    conclusions = sorted(
        t["id"] for t in batch_texts(BATCHES) if t["genre"].startswith("conclusie")
    )
    assert conclusions == ["b39-phr-2020-1242", "b40-phr-2004-aq7386", "b40-phr-2017-1329"]


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = ["b40-kekmama-juf-lola-piet", "b40-nathaliedriessen-schoonmoeder-kerst"]
    check_restore_hints(batch_texts(BATCHES), starts, no_local_copy=False)


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 39-40 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["phr-2020-1242", "rbzwb-2019-4049", "ghshe-2017-4266", "rbgel-2017-4911"]
    ids += ["phr-2004-aq7386", "phr-2017-1329", "rbshe-2011-bp2276"]
    ids += ["2017Z18253", "2018D02692", "h-tk-20102011-19-7", "h-tk-20052006-3332-3362"]
    ids += ["h-tk-20122013-76-7", "ah-tk-20222023-2939", "kst-33000-VIII-104"]
    check_new_urls(BATCHES, eclis=7, ids=ids)
