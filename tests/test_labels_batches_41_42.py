"""Labels batches 41 and 42 (rounds 37 and 38, collect-labels): both measured once, tune since.

Batch 41 was the fresh round of the session of 2026-12-06 02:40 UTC (measured once at its start
on ec51992b); batch 42 its later round (measured once with --later at its end, on 2100dbfe).

Only the manifest, the committed texts and the stored raw excerpts are read; no wb code runs on
the texts and no wb output on them is read.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REALTEXT = REPO / "bench" / "realtext"
HERE = REALTEXT / "labels"
DATA = REPO / "bench" / "data"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "restore_texts"))
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

BATCHES = (41, 42)


def _both() -> list[dict]:
    return _batch(41) + _batch(42)


def test_counts_and_voices_per_batch() -> None:
    voices = {b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in BATCHES}
    assert [len(_batch(41)), len(_batch(42))] == [16, 16]
    # labels50 (offence adjectives, 2026-12-06): "crimineel gedrag van hun kind" added, discussed
    assert voices[41] == Counter(asserted=8, attributed=21, discussed=15, negated=2)
    # labels51 (the same policy line): "crimineel gedrag" of children under 12 added, discussed
    assert voices[42] == Counter(asserted=9, attributed=15, discussed=22, negated=1)
    for t in _both():
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    for batch, lexicon, outside in ((41, 4, 42), (42, 5, 42)):
        labels = [i["label"] for t in _batch(batch) for i in t["labels"] or []]
        new = [x for x in labels if x.startswith("nieuw: ")]
        assert (len(labels) - len(new), len(new)) == (lexicon, outside), batch


def test_no_two_annotated_spans_overlap() -> None:
    for t in _both():
        if not t.get("committed"):
            continue
        text = (HERE / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")
        spans = []
        for item in t["labels"] or []:
            found = list(re.finditer(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text))
            hit = found[item.get("n", 0)]
            spans.append((hit.start(), hit.end()))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), t["id"]


def test_groups_are_the_sessions_rounds() -> None:
    # batch 41 was the fresh round of the session of 2026-12-06 02:40 UTC (measured once at its
    # start, on ec51992b) and keeps its group's name; FRESH_ROUND moved on to batch 43. Batch 42
    # was that session's later round (measured once with --later at its end, 04:10 UTC on
    # 2100dbfe) and keeps its group's name; LATER_ROUND moved on to batch 44
    assert {group_of(t) for t in _batch(41)} == {"held-out-37"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(42)} == {"held-out-38"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {41, 42} & SEALED_BATCHES
    assert all(measured_now(t) for t in _both())


def test_training_scripts_read_both_batches() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {39, 41, 42} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    # the committed texts are on every machine: read since the batches' one measurement
    assert {"b41-h-tk-20142015-65-9", "b42-kst-31268-18"} <= judging_ids


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _both() if t.get("committed"))
    assert committed == [
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
    check_committed_labels(_both())
    no_labels = sorted(t["id"] for t in _both() if not t["labels"])
    assert no_labels == [
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
    for t in _both():
        if not t.get("committed"):
            continue
        text = (HERE / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")
        spans = Counter(i["text"] for i in t["labels"] or [])
        for span, count in spans.items():
            found = re.findall(rf"(?<!\w){re.escape(span)}(?!\w)", text)
            assert len(found) == count, (t["id"], span)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = sorted(t["id"] for t in _both() if t["genre"].split()[0] == "rechtspraak")
    assert rulings == [
        "b41-gharn-2012-bw5429",
        "b41-rblim-2022-5138",
        "b41-rbnho-2020-7801",
        "b42-ghshe-2017-4569",
        "b42-rbhaa-2005-as4143",
        "b42-rbove-2014-4116",
    ]
    # every other committed text is a Kamerstuk (Handelingen, an AO report, a letter)
    others = [t for t in _both() if t.get("committed") and t["id"] not in rulings]
    assert all(t["genre"].startswith("kamerstuk (") for t in others)


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    for t in _both():
        hint = t.get("restore")
        if t.get("committed"):
            assert hint is None, t["id"]
            continue
        assert set(hint) <= {"corpus", "query", "start"}, t["id"]
        assert hint["corpus"] == "pages", t["id"]
        assert 20 <= len(hint["query"]) <= 400, t["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        assert not (HERE / "texts" / f"{t['id']}.txt").exists(), t["id"]
    assert not any((t.get("restore") or {}).get("start") for t in _both())
    # nine look-ups rebuild all sixteen
    assert len({t["restore"]["query"] for t in _both() if not t.get("committed")}) == 9


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    import restore_labels

    monkeypatch.setattr(restore_labels, "OUT", tmp_path)
    checked = 0
    for t in _both():
        raw = DATA / "restore_raw" / "labels" / f"{t['id']}.json"
        if t.get("committed") or not raw.is_file():
            continue
        json.loads(raw.read_text(encoding="utf-8"))  # a JSON string, as put_raw.py writes it
        monkeypatch.setattr(sys, "argv", ["restore_labels.py", t["id"]])
        restore_labels.main()
        out = tmp_path / f"{t['id']}.txt"
        assert hashlib.sha256(out.read_bytes()).hexdigest() == t["sha256"], t["id"]
        checked += 1
    if not checked:
        pytest.skip("no raw excerpt of batches 41-42 on this machine")


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    new = [t["url"] for t in _both()]
    assert len(new) == 32
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in BATCHES]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == 32
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", u)]
    assert len(eclis) == 6
    ids = ["h-tk-20062007-5132-5136", "h-tk-20142015-65-9", "h-tk-20102011-92-26"]
    ids += ["h-ek-20132014-1-3", "29240-61", "kst-29240-61", "h-tk-20122013-90-34"]
    ids += ["kst-36261-3", "kst-31268-18", "28684-207", "kst-28684-207", "h-tk-20092010-73-6262"]
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(t["url"] for t in texts if t.get("batch") not in BATCHES)
    for key in eclis + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + eclis + ids:
            assert key.lower() not in content, (path.name, key)
