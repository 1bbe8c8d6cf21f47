"""Labels batches 45 and 46 (rounds 41 and 42, collect-labels), collected for the next session.

Batch 45 was measured once at the start of the session of 2026-12-06 08:25 UTC (08:29 UTC, on
f2b2aec3), batch 46 once with --later at its end (09:47 UTC, main dc1c05cf); both are tune
material since.

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
    other_realtext_files,
    restore_queries,
    rulings_of,
    training_sets,
)
from realtext_helpers import BILL_35833_CODES20, check_number_named_only_by
from realtext_helpers import labels_batch as _batch

BATCHES = (45, 46)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        45: Counter(asserted=14, attributed=28, discussed=13, negated=2),
        # labels-policy3 (labels-policy2 line 3): "kampt met persoonlijke problematiek" removed
        # labels-policy4, line 16: the four fragments "Kinderen die hun ouders de baas zijn. Ouders
        # die te toegeeflijk zijn. ..." discussed -> asserted (46)
        46: Counter(asserted=18, attributed=41, discussed=18, negated=1),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    # labels-policy3: - "persoonlijke problematiek" (46)
    check_lexicon_split(((45, 24, 33), (46, 34, 44)))


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_are_the_sessions_rounds() -> None:
    # batch 45 was the fresh round of the session of 2026-12-06 08:25 UTC (measured once at its
    # start, on f2b2aec3) and keeps its group's name; FRESH_ROUND moved on to batch 47. Batch 46
    # was that session's later round (measured once with --later at its end, 09:47 UTC on
    # dc1c05cf) and keeps its group's name; LATER_ROUND moved on to batch 48
    assert {group_of(t) for t in _batch(45)} == {"held-out-41"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(46)} == {"held-out-42"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {45, 46} & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(BATCHES))


def test_training_scripts_read_both_batches() -> None:
    voice_batches, judging_ids = training_sets()
    assert {45, 46} <= voice_batches
    # the committed texts are on every machine: read since the batches' one measurement
    assert {"b45-lexboost-rbnho-2024-1123", "b46-lexboost-ghshe-2023-2849"} <= judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b45-eerstekamer-t00935-probleemjongeren",
        "b45-h-tk-20212022-105-8",
        "b45-kst-35300-VIII-189",
        "b45-lexboost-ghams-2016-1529",
        "b45-lexboost-ghams-2022-1988",
        "b45-lexboost-ghshe-2018-76",
        "b45-lexboost-rbnho-2024-1123",
        "b46-ah-tk-20112012-1086",
        "b46-echtscheiden-online-gharl-2015-8534",
        "b46-ghshe-2018-4221",
        "b46-h-tk-20132014-70-9",
        "b46-kv-2010Z14348-adhd-medicatie",
        "b46-kv-2014Z00577-jeugdgroepen",
        "b46-lexboost-ghshe-2020-3114",
        "b46-lexboost-ghshe-2023-2849",
    ]
    no_labels = [
        "b45-darkhorse-kinderrechters-tegenwicht",
        "b45-h-tk-20212022-105-8",
        "b45-kst-35300-VIII-189",
        "b46-ah-tk-20112012-1086",
        "b46-h-tk-20132014-70-9",
        "b46-kv-2010Z14348-adhd-medicatie",
        "b46-zeelandnet-wodc-jeugdbescherming",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = rulings_of(batch_texts(BATCHES))
    assert rulings == [
        "b45-lexboost-ghams-2016-1529",
        "b45-lexboost-ghams-2022-1988",
        "b45-lexboost-ghshe-2018-76",
        "b45-lexboost-rbnho-2024-1123",
        "b46-echtscheiden-online-gharl-2015-8534",
        "b46-ghshe-2018-4221",
        "b46-lexboost-ghshe-2020-3114",
        "b46-lexboost-ghshe-2023-2849",
    ]
    # every other committed text is a Kamerstuk (Handelingen, Kamervragen, a motie, an answer, a
    # toezegging); a ruling quoted on a site keeps only the ruling's own words; the site's AI
    # summaries of rulings are not the court's own text and stay in bench/data
    texts = batch_texts(BATCHES)
    others = [t for t in texts if t.get("committed") and t["id"] not in rulings]
    assert sorted(t["genre"].split()[0] for t in others) == ["kamerstuk"] * 7
    assert all(t["genre"].startswith("kamerstuk (") for t in others)
    summaries = [t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak")]
    assert summaries == ["b46-lexboost-rbobr-2025-6191", "b46-lexboost-rbrot-2024-11260"]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = ["b45-darkhorse-kinderrechters-tegenwicht", "b46-zeelandnet-wodc-jeugdbescherming"]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # ten look-ups rebuild all seventeen
    assert restore_queries(batch_texts(BATCHES)) == 10


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 45-46 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    ids = ["h-tk-20212022-105-8", "kst-35300-VIII-189", "35300-VIII-189"]
    ids += ["ah-tk-20112012-1086", "h-tk-20132014-70-9", "2010Z14348", "ah-tk-20102011-742"]
    ids += ["2014Z00577", "ah-tk-20132014-1157", "T00935", "ECLI:NL:GHARL:2015:8534"]
    check_new_urls(BATCHES, eclis=9, ids=ids, unquote_urls=True)
    # bill 35833 (the debate h-tk-20212022-105-8 is about it): codes20 (collect-codes-themes,
    # 2026-12-06) holds two other documents of that bill, its memorandum (kst-35833-3) and a
    # note after the report (openkamer 35833/6), not the debate; no other file names the bill
    check_number_named_only_by("35833", other_realtext_files(), {"codes20": BILL_35833_CODES20})
