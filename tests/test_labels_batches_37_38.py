"""Labels batches 37 and 38 (rounds 33 and 34, collect-labels): both measured once, tune since."""

from __future__ import annotations

import re
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
from realtext_helpers import (  # noqa: E402
    VOICES,
    bare_url,
    check_committed_labels,
)
from realtext_helpers import labels_batch as _batch  # noqa: E402
from realtext_helpers import labels_texts as _texts  # noqa: E402


def test_counts_and_voices_per_batch() -> None:
    voices = {
        b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in (37, 38)
    }
    assert [len(_batch(37)), len(_batch(38))] == [16, 16]
    assert voices[37] == Counter(asserted=21, attributed=10, discussed=9, negated=2)
    assert voices[38] == Counter(asserted=11, attributed=22, discussed=12)
    for t in _batch(37) + _batch(38):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    for batch, lexicon, outside in ((37, 8, 34), (38, 12, 33)):
        labels = [i["label"] for t in _batch(batch) for i in t["labels"] or []]
        new = [x for x in labels if x.startswith("nieuw: ")]
        assert (len(labels) - len(new), len(new)) == (lexicon, outside), batch


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 37 was the fresh round of the session of 2026-12-05 21:08 UTC, measured once at 21:30
    # UTC on 292f6e8 and tune since; batch 38 was its later round, measured once with --later at
    # 22:29 UTC on main a1d9c666 and tune since; the next rounds are batches 39 and 40
    assert {group_of(t) for t in _batch(37)} == {"held-out-33"}
    assert {group_of(t) for t in _batch(38)} == {"held-out-34"} != {FRESH_ROUND}
    assert LATER_ROUND not in {"held-out-33", "held-out-34"}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {37, 38} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(37) + _batch(38))


def test_training_scripts_read_both_batches() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {35, 37, 38} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    assert any(i.startswith("b38-") for i in judging_ids)
    assert any(i.startswith("b37-") for i in judging_ids)
    # the committed texts are on every machine
    assert (HERE / "texts" / "b37-kv-tk-2013z23033.txt").exists()
    assert (HERE / "texts" / "b38-rbnne-2018-3535.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _batch(37) + _batch(38) if t.get("committed"))
    assert committed == [
        "b37-ghshe-2019-607",
        "b37-kv-tk-2013z23033",
        "b37-kv-tk-2015z08461",
        "b37-rbgro-2009-bi1515",
        "b37-stichtingkog-ots-ongeboren-kind",
        "b38-kv-tk-2023z03571",
        "b38-lexboost-ghshe-2024-1143",
        "b38-rbnne-2018-3535",
    ]
    check_committed_labels(_batch(37) + _batch(38))
    no_labels = sorted(t["id"] for t in _batch(37) + _batch(38) if not t["labels"])
    assert no_labels == [
        "b37-geenstijl-column-juf",
        "b37-ghshe-2019-607",
        "b37-rbgro-2009-bi1515",
        "b38-kv-tk-2023z03571",
        "b38-lexboost-ghshe-2024-1143",
        "b38-sayamay-tiener-opvoeden",
    ]


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = sorted(
        t["id"] for t in _batch(37) + _batch(38) if t["genre"].split()[0] == "rechtspraak"
    )
    assert rulings == [
        "b37-ghshe-2019-607",
        "b37-rbgro-2009-bi1515",
        "b37-stichtingkog-ots-ongeboren-kind",
        "b38-lexboost-ghshe-2024-1143",
        "b38-rbnne-2018-3535",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    new = [t["url"] for t in _batch(37) + _batch(38)]
    assert len(new) == 32
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in (37, 38)]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == 32
    # the same court ruling under another address counts as used too, so does a Kamervraag
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", u)]
    assert len(eclis) == 4
    ids = ["ghshe-2019-607", "rbgro-2009-bi1515", "rbnne-2018-3535", "ghshe-2024-1143"]
    ids += ["2013Z23033", "2015Z08461", "2023Z03571"]
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(t["url"] for t in texts if t.get("batch") not in (37, 38))
    for key in eclis + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + eclis + ids:
            assert key.lower() not in content, (path.name, key)
