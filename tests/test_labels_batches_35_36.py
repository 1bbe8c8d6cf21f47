"""Labels batches 35 and 36 (rounds 31 and 32, collect-labels): each measured once, tune since."""

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
        b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in (35, 36)
    }
    assert [len(_batch(35)), len(_batch(36))] == [16, 16]
    assert voices[35] == Counter(asserted=25, attributed=28, discussed=26, negated=2)
    # labels40: "een klas vol drukke, eigenwijze en soms brutale kinderen" (3 terms) asserted ->
    # discussed by policy line 9 after the one measurement; labels41: "dat zij pesten" discussed ->
    # asserted (line 9: a judging verb said of the type) and "Ouders die boos zijn" added
    # (discussed: the lead's rule for "boos" of parents as a type)
    assert voices[36] == Counter(asserted=13, attributed=14, discussed=39, negated=1)
    for t in _batch(35) + _batch(36):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 35 was the fresh round of the session of 2026-12-05 09:15 UTC, measured once at 09:17
    # UTC on main 4746bdf; batch 36 its later round, measured once with --later at 10:03 UTC on
    # main 65ee79a; both tune since and keep their rounds' names
    assert {group_of(t) for t in _batch(35)} == {"held-out-31"}
    assert {group_of(t) for t in _batch(36)} == {"held-out-32"} != {FRESH_ROUND}
    assert LATER_ROUND not in {"held-out-31", "held-out-32"}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {35, 36} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(35) + _batch(36))


def test_training_scripts_read_both_batches() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {33, 35, 36} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    assert any(i.startswith("b35-") for i in judging_ids)
    assert any(i.startswith("b36-") for i in judging_ids)
    # the committed texts are on every machine, so every machine trains on them
    assert (HERE / "texts" / "b35-lexboost-ghshe-2020-937.txt").exists()
    assert (HERE / "texts" / "b36-rblim-2017-8964.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _batch(35) + _batch(36) if t.get("committed"))
    assert committed == [
        "b35-echtscheidenonline-ghshe-2015-2793",
        "b35-ghshe-2016-1981",
        "b35-kst-29240-15",
        "b35-lexboost-ghshe-2020-937",
        "b36-ghshe-2018-2869",
        "b36-kst-30512-3",
        "b36-rblim-2017-8964",
    ]
    check_committed_labels(_batch(35) + _batch(36))
    no_labels = sorted(t["id"] for t in _batch(35) + _batch(36) if not t["labels"])
    assert no_labels == ["b36-ghshe-2018-2869", "b36-kst-30512-3"]


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = sorted(
        t["id"] for t in _batch(35) + _batch(36) if t["genre"].split()[0] == "rechtspraak"
    )
    assert rulings == [
        "b35-echtscheidenonline-ghshe-2015-2793",
        "b35-ghshe-2016-1981",
        "b35-lexboost-ghshe-2020-937",
        "b36-ghshe-2018-2869",
        "b36-rblim-2017-8964",
    ]


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    new = [t["url"] for t in _batch(35) + _batch(36)]
    assert len(new) == 32
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in (35, 36)]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == 32
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", u)]
    assert len(eclis) == 4
    ids = ["ghshe-2015-2793", "kst-29240-15", "30512"]
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(t["url"] for t in texts if t.get("batch") not in (35, 36))
    for key in eclis + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + eclis + ids:
            assert key.lower() not in content, (path.name, key)
