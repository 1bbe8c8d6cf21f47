"""Labels batches 31 and 32 (rounds 27 and 28, collect-labels): collected blind, 31 measured."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

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
        b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in (31, 32)
    }
    assert [len(_batch(31)), len(_batch(32))] == [16, 16]
    assert voices[31] == Counter(asserted=10, attributed=35, discussed=13, negated=5)
    assert voices[32] == Counter(asserted=19, attributed=12, discussed=16, negated=3)
    for t in _batch(31) + _batch(32):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone
            assert item["voice"] == "discussed" or item.get("target"), (t["id"], item)


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 31 was measured once (2026-12-05 04:01 UTC, main d6b06d7), batch 32 once with
    # --later (2026-12-05 05:35 UTC, main cd61da9): neither is a waiting round any more
    assert {group_of(t) for t in _batch(31)} == {"held-out-27"}
    assert {group_of(t) for t in _batch(32)} == {"held-out-28"}
    assert not {"held-out-27", "held-out-28"} & {FRESH_ROUND, LATER_ROUND}


def test_both_batches_are_tune_since_their_one_measurement() -> None:
    # later batches (collect-labels) are the sealed ones now
    assert not {31, 32} & SEALED_BATCHES and min(SEALED_BATCHES) > 32
    assert all(measured_now(t) for t in _batch(31) + _batch(32))


def test_training_scripts_read_both_batches_now() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {31, 32} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    # the committed texts are on every machine; both batches are tune since their one measurement
    assert "b32-cu-vandergraaf-ao-personen-familierecht" in judging_ids
    assert "b31-rbgro-2006-az4417" in judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _batch(31) + _batch(32) if t.get("committed"))
    assert committed == [
        "b31-ghams-2021-708",
        "b31-kv-tk-2025Z09790",
        "b31-lexboost-ghshe-2016-1870",
        "b31-rbgro-2006-az4417",
        "b32-cu-vandergraaf-ao-personen-familierecht",
        "b32-gharl-2018-3647",
        "b32-ghshe-2020-3496",
    ]
    check_committed_labels(_batch(31) + _batch(32))
    no_labels = sorted(t["id"] for t in _batch(31) + _batch(32) if not t["labels"])
    assert no_labels == [
        "b31-ghams-2021-708",
        "b31-kv-tk-2025Z09790",
        "b32-gharl-2018-3647",
        "b32-ghshe-2020-3496",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    urls = Counter(t["url"] for t in texts)
    new = [t["url"] for t in _batch(31) + _batch(32)]
    assert all(urls[u] == 1 for u in new)
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    for path in others:
        content = path.read_text(encoding="utf-8")
        for url in new:
            assert url not in content, (path.name, url)
