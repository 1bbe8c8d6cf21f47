"""Labels batches 67 and 68 (rounds 63 and 64, collect-labels), collected for the next session.

Batch 67 was the fresh round of the session after 2026-12-07 13:23 UTC ("held-out-63"), measured
once at that session's start (16:35 UTC, on cda383f8) and tune since; batch 68 was its later round
("held-out-64"), measured once with --later at that session's end (18:03 UTC, main 4c6f7b1a) and
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

BATCHES = (67, 68)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        67: Counter(asserted=18, attributed=13, discussed=44, negated=1),
        68: Counter(asserted=12, attributed=7, discussed=33, negated=2),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # lexicon terms (münchhausen by proxy, borderline, hyperouder, parentificatie, probleemgezin,
    # loyaliteitsconflict, ouderverstoting, ...) beside descriptions the lexicon lacks ("nieuw:
    # ..."); the kinds aimed at a person and other judging are not counted by hand (see the README)
    check_lexicon_split(((67, 58, 18), (68, 35, 19)))


def test_lexicon_terms_occur_in_every_voice() -> None:
    def lexicon_voices(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["voice"] for i in items if not i["label"].startswith("nieuw: "))

    assert lexicon_voices(67) == Counter(discussed=38, asserted=12, attributed=7, negated=1)
    assert lexicon_voices(68) == Counter(discussed=29, asserted=4, attributed=2)


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 67 was the next session's fresh round, batch 68 its later round: both keep their
    # groups' names after their one measurement (16:35 UTC on cda383f8 and 18:03 UTC on main
    # 4c6f7b1a, 2026-12-07); FRESH_ROUND and LATER_ROUND moved on to batches 69 and 70
    assert {group_of(t) for t in _batch(67)} == {"held-out-63"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(68)} == {"held-out-64"} != {LATER_ROUND}
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
    assert {67, 68} <= voice_batches
    assert any(i.startswith("b67-") for i in judging_ids)
    assert any(i.startswith("b68-") for i in judging_ids)
    # the committed texts are on every machine
    assert (LABELS / "texts" / "b67-rbalk-2012-by1663.txt").exists()
    assert (LABELS / "texts" / "b68-ghdha-2019-501.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = ["b67-rbalk-2012-by1663", "b68-ghdha-2019-501"]
    # both committed inhoudsindicaties, a web letter and an ombudsman column have no label:
    # checks on false hits (refused requests, a role, judgements of a school and teachers)
    no_labels = [
        "b67-rbalk-2012-by1663",
        "b67-telegraaf-leerkrachten-slimme-ouders",
        "b68-ghdha-2019-501",
        "b68-nationaleombudsman-column-goed-gesprek",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    assert rulings_of(texts) == ["b67-rbalk-2012-by1663", "b68-ghdha-2019-501"]
    # the three AI summaries of lexboost.com are the site's text, not the court's
    summaries = sorted(t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak"))
    assert summaries == [
        "b67-lexboost-gharl-2023-1481",
        "b67-lexboost-rbzwb-2025-2968",
        "b68-lexboost-gharl-2018-9860",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = [
        "b67-brandpunt-mbp-signalen",
        "b67-lexboost-rbzwb-2025-2968",
        "b67-medischcontact-mbp-second-opinion",
        "b67-psychologiemagazine-moeder-met-borderline",
        "b68-nationaleombudsman-column-goed-gesprek",
        "b68-veenendaalsekrant-grootouders-kleinkinderen",
        "b68-venticare-mbp-moeders-toedoen",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # eleven look-ups rebuild all thirty
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 30
    assert restore_queries(batch_texts(BATCHES)) == 11


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps (the letter
    # without a label through the run with its sha256)
    skip = "no raw excerpt of batches 67-68 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do its case numbers;
    # the three lexboost.com summaries carry their ECLI in the URL
    ids = [
        "rbalk-2012-by1663",
        "ghdha-2019-501",
        "gharl-2023-1481",
        "gharl-2018-9860",
        "rbzwb-2025-2968",
        "131347 / FA RK 11-775",
        "200.248.968/01",
        "FA RK 18-2980",
        "C/09/552007",
        "C/02/433999",
        "JE RK 25-635",
    ]
    check_new_urls(BATCHES, eclis=5, ids=ids, unquote_urls=True)
