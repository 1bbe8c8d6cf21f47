"""Labels batches 33 and 34 (rounds 29 and 30, collect-labels): collected blind, both sealed."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REALTEXT = REPO / "bench" / "realtext"
HERE = REALTEXT / "labels"
sys.path.insert(0, str(REPO / "bench"))
from bench_labels import (  # noqa: E402
    FRESH_ROUND,
    LATER_ROUND,
    SEALED_BATCHES,
    group_of,
    measured_now,
)
from realtext_helpers import VOICES, check_committed_labels  # noqa: E402
from realtext_helpers import labels_batch as _batch  # noqa: E402
from realtext_helpers import labels_texts as _texts  # noqa: E402


def test_counts_and_voices_per_batch() -> None:
    voices = {
        b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in (33, 34)
    }
    assert [len(_batch(33)), len(_batch(34))] == [16, 16]
    # labels-voice, policy 8: "een kind met ADHD werd “dat drukke kind” genoemd" names no concrete
    # child, attributed -> discussed; labels-policy9, policy 10: "wijst vader volledig af", the
    # mother's bare "verzet" (asserted) and "voor 1 ouder kiezen" (discussed) removed; policy 11:
    # the page title "Verwende kids" added (discussed); policy 9: "Een groep problematisch
    # verwende kinderen groeit op ..." asserted -> discussed (34); labels50 (offence adjectives,
    # 2026-12-06): "het strafbare gedrag van hun kind" twice added, discussed (34)
    assert voices[33] == Counter(asserted=24, attributed=24, discussed=55, negated=1)
    assert voices[34] == Counter(asserted=8, attributed=25, discussed=37, negated=1)
    for t in _batch(33) + _batch(34):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_groups_are_the_sessions_rounds() -> None:
    # batch 33 was the fresh round of the session of 2026-12-05 06:43 UTC (measured once at its
    # start), batch 34 its later round (measured once with --later at its end, 07:41 UTC): both
    # are tune material since, and neither is a waiting round any more
    assert {group_of(t) for t in _batch(33)} == {"held-out-29"}
    assert {group_of(t) for t in _batch(34)} == {"held-out-30"}
    assert not {"held-out-29", "held-out-30"} & {FRESH_ROUND, LATER_ROUND}


def test_both_batches_are_measured_by_the_default_run() -> None:
    assert not {33, 34} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(33) + _batch(34))


@pytest.mark.parametrize("batch", ["33", "34"])
def test_batch_option_no_longer_refuses_them(monkeypatch, batch: str) -> None:
    import bench_labels

    assert int(batch) not in bench_labels.SEALED_BATCHES


def test_training_scripts_read_both_batches_now() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {33, 34} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    # the committed texts are on every machine; both batches are tune since their measurement
    assert "b33-rbnho-2016-7004" in judging_ids
    assert "b34-ghshe-2019-996" in judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _batch(33) + _batch(34) if t.get("committed"))
    assert committed == [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b33-rbnho-2016-7004",
        "b34-ghshe-2018-3168",
        "b34-ghshe-2019-996",
        "b34-jenv-jeugdcriminaliteit-opvoeding",
        "b34-kv-tk-2021Z12227",
    ]
    check_committed_labels(_batch(33) + _batch(34))
    no_labels = sorted(t["id"] for t in _batch(33) + _batch(34) if not t["labels"])
    # labels-policy9, policy 10: b33-ghshe-2019-3349's child "wijst vader volledig af" and the
    # mother's bare "verzet" are no labels, so the text is a check without a label now
    assert no_labels == [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b34-kickjongens-adhd-stempel",
        "b34-kv-tk-2021Z12227",
    ]


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = sorted(
        t["id"] for t in _batch(33) + _batch(34) if t["genre"].split()[0] == "rechtspraak"
    )
    assert rulings == [
        "b33-ghshe-2019-3349",
        "b33-ghshe-2020-4001",
        "b33-rbnho-2016-7004",
        "b34-ghshe-2018-3168",
        "b34-ghshe-2019-996",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    urls = Counter(t["url"] for t in texts)
    new = [t["url"] for t in _batch(33) + _batch(34)]
    assert len(new) == 32 and all(urls[u] == 1 for u in new)
    # the same court ruling under another address counts as used too
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", u)]
    assert len(eclis) == 5
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(t["url"] for t in texts if t.get("batch") not in (33, 34))
    for ecli in eclis:
        assert ecli not in labels_rest, ecli
    for path in others:
        content = path.read_text(encoding="utf-8")
        for key in new + eclis:
            assert key not in content, (path.name, key)
