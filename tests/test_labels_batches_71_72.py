"""Labels batches 71 and 72 (rounds 67 and 68, collect-labels4), collected for a later session.

Batch 71 is round 67 ("held-out-67"), batch 72 round 68 ("held-out-68"): both were collected and
annotated blind in the session of 2026-12-07 19:44 UTC, while batches 69 and 70 still waited in
FRESH_ROUND and LATER_ROUND. Both are in SEALED_BATCHES from the start, so no training script
reads them, every run leaves them out and --batch refuses them, until their one measurement.

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

BATCHES = (71, 72)


def test_counts_and_voices_per_batch() -> None:
    voices = {
        71: Counter(asserted=6, attributed=25, discussed=19),
        72: Counter(asserted=7, attributed=11, discussed=27, negated=3),
    }
    check_counts_and_voices(BATCHES, [16, 16], voices)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # lexicon terms (symbiotisch, overbezorgd, verslaafd, verwend, hechtingsproblematiek,
    # intieme terreur, borderline-trekken, ...) beside descriptions aimed at a parent or child that
    # the lexicon lacks ("nieuw: ...": "gestoord", "stouterik", "kon mij niet ondersteunen", ...)
    check_lexicon_split(((71, 22, 28), (72, 26, 22)))


def test_lexicon_terms_occur_in_every_voice() -> None:
    def lexicon_voices(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["voice"] for i in items if not i["label"].startswith("nieuw: "))

    assert lexicon_voices(71) == Counter(discussed=10, attributed=9, asserted=3)
    assert lexicon_voices(72) == Counter(discussed=22, attributed=3, asserted=1)


def test_lexicon_terms_per_batch() -> None:
    def terms(batch: int) -> Counter:
        items = [i for t in _batch(batch) for i in t["labels"] or []]
        return Counter(i["label"] for i in items if not i["label"].startswith("nieuw: "))

    assert terms(71) == Counter(
        {
            "symbiotisch": 5,
            "overbezorgd": 3,
            "verwaarlozing": 2,
            "intieme terreur": 2,
            "agressief": 2,
            "borderline-trekken": 2,
            "hechtingsproblematiek": 1,
            "beïnvloed": 1,
            "manipulatief": 1,
            "dominant": 1,
            "tegen de ander opzetten": 1,
            "houdt zich niet aan afspraken": 1,
        }
    )
    assert terms(72) == Counter(
        {
            "symbiotisch": 10,
            "verslaafd": 5,
            "verwend": 3,
            "verstandelijk beperkt": 2,
            "vechtscheiding": 2,
            "hechtingsproblematiek": 1,
            "niet-meewerkend": 1,
            "overbezorgd": 1,
            "hyperouder": 1,
        }
    )


def test_no_two_annotated_spans_overlap() -> None:
    check_no_overlap(batch_texts(BATCHES))


def test_groups_of_the_two_rounds() -> None:
    # batch 71 is the next session's fresh round (FRESH_ROUND names it since batch 69's
    # measurement, 2026-12-07 20:01 UTC, on a2286d80); batch 72 its later round (LATER_ROUND
    # names it since batch 70's measurement, 21:18 UTC, main 78b4ec0e)
    assert {group_of(t) for t in _batch(71)} == {"held-out-67"} == {FRESH_ROUND}
    assert {group_of(t) for t in _batch(72)} == {"held-out-68"} == {LATER_ROUND}
    assert (FRESH_ROUND, LATER_ROUND) == ("held-out-67", "held-out-68")


def test_both_batches_are_sealed() -> None:
    assert set(BATCHES) <= SEALED_BATCHES
    texts = batch_texts(BATCHES)
    assert not any(measured_now(t) for t in texts)
    # --later measures only the batch LATER_ROUND names (batch 72), never the fresh round (71)
    assert not any(measured_now(t, later=True) for t in _batch(71))
    assert all(measured_now(t, later=True) for t in _batch(72))


@pytest.mark.parametrize("batch", BATCHES)
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


def test_training_scripts_leave_both_batches_out() -> None:
    voice_batches, judging_ids = training_sets()
    assert not {71, 72} & voice_batches
    assert not any(i.startswith(("b71-", "b72-")) for i in judging_ids)
    # the committed texts are on every machine all the same
    assert (LABELS / "texts" / "b71-rbsgr-2010-bn8507.txt").exists()
    assert (LABELS / "texts" / "b72-rbnho-2015-11309.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = [
        "b71-ghams-2017-1032",
        "b71-rbsgr-2010-bn8507",
        "b72-rbnho-2015-11309",
        "b72-tk-2021d27494-fouten-jeugdzorgdossiers",
    ]
    # an inhoudsindicatie, a blog on Father's Day, Kamervragen on errors in youth-care files and
    # a blog on placements have no label: checks on false hits (a refused contra-expertise,
    # "fouten en leugens" of files and professionals, a psychotic state)
    no_labels = [
        "b71-ghams-2017-1032",
        "b71-jurivista-vaderdag-bij-moeder",
        "b72-femkefataal-uithuisplaatsing-toeslagenaffaire",
        "b72-tk-2021d27494-fouten-jeugdzorgdossiers",
    ]
    check_committed(batch_texts(BATCHES), committed, no_labels, every_occurrence=True)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    texts = batch_texts(BATCHES)
    assert rulings_of(texts) == [
        "b71-ghams-2017-1032",
        "b71-rbsgr-2010-bn8507",
        "b72-rbnho-2015-11309",
    ]
    # the four AI summaries of lexboost.com are the site's text, not the court's
    summaries = sorted(t["id"] for t in texts if t["genre"].startswith("samenvatting uitspraak"))
    assert summaries == [
        "b71-lexboost-ghshe-2014-5231",
        "b71-lexboost-rbmne-2025-1699",
        "b72-lexboost-gharl-2018-1248",
        "b72-lexboost-rbmne-2025-1371",
    ]
    assert not any(t.get("committed") for t in texts if t["id"] in summaries)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    starts = [
        "b71-bedrock-symbiotische-relatie",
        "b71-humo-mama-psychisch-ziek",
        "b71-jurivista-vaderdag-bij-moeder",
        "b71-lexboost-ghshe-2014-5231",
        "b71-lexboost-rbmne-2025-1699",
        "b71-parool-therapeuten-moederbanden",
        "b71-youz-moeder-borderline",
        "b72-lexboost-gharl-2018-1248",
        "b72-lexboost-rbmne-2025-1371",
        "b72-merudi-symbiotische-ouder-kind-relatie",
        "b72-plusmagazine-verwennen-opa-en-oma",
    ]
    check_restore_hints(batch_texts(BATCHES), starts=starts)
    # eleven look-ups rebuild all twenty-eight
    assert sum(not t.get("committed") for t in batch_texts(BATCHES)) == 28
    assert restore_queries(batch_texts(BATCHES)) == 11


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    skip = "no raw excerpt of batches 71-72 on this machine"
    check_restore_rebuilds(batch_texts(BATCHES), monkeypatch, tmp_path, skip)


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    # the same court ruling under another address counts as used too, so do its case numbers;
    # the four lexboost.com summaries and the jure.nl page carry their ECLI in the URL
    ids = [
        "ghams-2017-1032",
        "rbsgr-2010-bn8507",
        "rbnho-2015-11309",
        "rbmne-2025-1699",
        "ghshe-2014-5231",
        "rbmne-2025-1371",
        "gharl-2018-1248",
        "200.190.735",
        "JE RK 09-1978",
        "C/15/233254",
        "FA RK 15-6122",
        "C/16/589054",
        "JE RK 25-266",
        "200.153.724",
        "C/16/588107",
        "JE RK 25-171",
        "200.163.279",
        "2021D27494",
    ]
    check_new_urls(BATCHES, eclis=7, ids=ids, unquote_urls=True)
