"""Labels batches 39 and 40 (rounds 35 and 36, collect-labels): sealed for the next session."""

from __future__ import annotations

import hashlib
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


def test_counts_and_voices_per_batch() -> None:
    voices = {
        b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in (39, 40)
    }
    assert [len(_batch(39)), len(_batch(40))] == [16, 16]
    assert voices[39] == Counter(asserted=10, attributed=17, discussed=16, negated=2)
    # labels50 (offence adjectives, 2026-12-06): "Als zulke criminelen nog meer crimineel gedrag
    # gaan vertonen" added, discussed (40)
    assert voices[40] == Counter(asserted=13, attributed=13, discussed=19, negated=2)
    for t in _batch(39) + _batch(40):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_most_occurrences_lie_outside_the_lexicon() -> None:
    # the collection asked for descriptions aimed at a parent or child beyond the lexicon and
    # other judging language: a lexicon label is the only kind a plain field tells apart
    for batch, lexicon, outside in ((39, 16, 29), (40, 5, 42)):
        labels = [i["label"] for t in _batch(batch) for i in t["labels"] or []]
        new = [x for x in labels if x.startswith("nieuw: ")]
        assert (len(labels) - len(new), len(new)) == (lexicon, outside), batch


def test_groups_are_the_sessions_rounds() -> None:
    # batch 39 was the fresh round of the session of 2026-12-05 23:50 UTC (measured once at its
    # start, 23:55 UTC on 122dd085), batch 40 its later round (measured once with --later at its
    # end, 2026-12-06 01:21 UTC on 2bdeabcb); both groups keep their names, FRESH_ROUND and
    # LATER_ROUND moved on
    assert {group_of(t) for t in _batch(39)} == {"held-out-35"} != {FRESH_ROUND}
    assert {group_of(t) for t in _batch(40)} == {"held-out-36"} != {LATER_ROUND}


def test_both_batches_are_measured_by_every_run() -> None:
    assert not {39, 40} & SEALED_BATCHES
    assert all(measured_now(t) for t in _batch(39) + _batch(40))


def test_training_scripts_read_both_batches() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert {37, 39, 40} <= voice_batches
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    assert any(i.startswith("b39-") for i in judging_ids)
    assert any(i.startswith("b40-") for i in judging_ids)
    # the committed texts are on every machine
    assert (HERE / "texts" / "b39-rbzwb-2019-4049.txt").exists()
    assert (HERE / "texts" / "b40-h-tk-20052006-3332-3362.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _batch(39) + _batch(40) if t.get("committed"))
    assert committed == [
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
    check_committed_labels(_batch(39) + _batch(40))
    no_labels = sorted(t["id"] for t in _batch(39) + _batch(40) if not t["labels"])
    assert no_labels == [
        "b39-ghshe-2017-4266",
        "b39-kst-33000-viii-104",
        "b39-rbgel-2017-4911",
        "b40-ah-tk-20222023-2939",
        "b40-handelingen-30316-geweld-in-de-opvoeding",
        "b40-phr-2017-1329",
        "b40-rbshe-2011-bp2276",
    ]
    # every whole-word occurrence of an annotated span in a committed text is annotated
    for t in _batch(39) + _batch(40):
        if not t.get("committed"):
            continue
        text = (HERE / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")
        spans = Counter(i["text"] for i in t["labels"] or [])
        for span, count in spans.items():
            found = re.findall(rf"(?<!\w){re.escape(span)}(?!\w)", text)
            assert len(found) == count, (t["id"], span)


def test_a_court_text_is_a_ruling_only_when_it_is_the_courts_own() -> None:
    rulings = sorted(
        t["id"] for t in _batch(39) + _batch(40) if t["genre"].split()[0] == "rechtspraak"
    )
    assert rulings == [
        "b39-ghshe-2017-4266",
        "b39-rbgel-2017-4911",
        "b39-rbzwb-2019-4049",
        "b40-rbshe-2011-bp2276",
    ]
    # the A-G's conclusions are the Parket's, not a court's ruling (as phr-2016-504)
    conclusions = sorted(
        t["id"] for t in _batch(39) + _batch(40) if t["genre"].startswith("conclusie")
    )
    assert conclusions == ["b39-phr-2020-1242", "b40-phr-2004-aq7386", "b40-phr-2017-1329"]


def test_every_url_only_text_has_a_restore_hint() -> None:
    # bench/data does not travel between machines: a text kept only there names the search
    # query (pages corpus) whose answer holds its stored excerpt, and restore_labels.py rebuilds it
    for t in _batch(39) + _batch(40):
        hint = t.get("restore")
        if t.get("committed"):
            assert hint is None, t["id"]
            continue
        assert set(hint) <= {"corpus", "query", "start"}, t["id"]
        assert hint["corpus"] == "pages", t["id"]
        assert 20 <= len(hint["query"]) <= 400, t["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
    starts = sorted(
        t["id"] for t in _batch(39) + _batch(40) if (t.get("restore") or {}).get("start")
    )
    assert starts == ["b40-kekmama-juf-lola-piet", "b40-nathaliedriessen-schoonmoeder-kerst"]


def test_restore_rebuilds_the_local_texts_from_their_stored_excerpts(monkeypatch, tmp_path) -> None:
    # where the raw excerpt is on this machine (bench/data/restore_raw/labels/ID.json), the
    # restore rule gives back exactly the text whose sha256 the manifest keeps
    import restore_labels

    monkeypatch.setattr(restore_labels, "OUT", tmp_path)
    checked = 0
    for t in _batch(39) + _batch(40):
        raw = DATA / "restore_raw" / "labels" / f"{t['id']}.json"
        if t.get("committed") or not raw.is_file():
            continue
        json.loads(raw.read_text(encoding="utf-8"))  # a JSON string, as put_raw.py writes it
        argv = ["restore_labels.py", t["id"]]
        if t["restore"].get("start"):
            argv += ["--start", t["restore"]["start"]]
        monkeypatch.setattr(sys, "argv", argv)
        restore_labels.main()
        out = tmp_path / f"{t['id']}.txt"
        assert hashlib.sha256(out.read_bytes()).hexdigest() == t["sha256"], t["id"]
        checked += 1
    if not checked:
        pytest.skip("no raw excerpt of batches 39-40 on this machine")


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    new = [t["url"] for t in _batch(39) + _batch(40)]
    assert len(new) == 32
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in (39, 40)]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == 32
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", u)]
    assert len(eclis) == 7
    ids = ["phr-2020-1242", "rbzwb-2019-4049", "ghshe-2017-4266", "rbgel-2017-4911"]
    ids += ["phr-2004-aq7386", "phr-2017-1329", "rbshe-2011-bp2276"]
    ids += ["2017Z18253", "2018D02692", "h-tk-20102011-19-7", "h-tk-20052006-3332-3362"]
    ids += ["h-tk-20122013-76-7", "ah-tk-20222023-2939", "kst-33000-VIII-104"]
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(t["url"] for t in texts if t.get("batch") not in (39, 40))
    for key in eclis + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + eclis + ids:
            assert key.lower() not in content, (path.name, key)
