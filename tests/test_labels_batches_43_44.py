"""Labels batches 43 and 44 (rounds 39 and 40, collect-labels): sealed for the next session.

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
from urllib.parse import unquote

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

BATCHES = (43, 44)


def _both() -> list[dict]:
    return _batch(43) + _batch(44)


def test_counts_and_voices_per_batch() -> None:
    voices = {b: Counter(i["voice"] for t in _batch(b) for i in t["labels"] or []) for b in BATCHES}
    assert [len(_batch(43)), len(_batch(44))] == [16, 16]
    assert voices[43] == Counter(asserted=13, attributed=30, discussed=10, negated=3)
    assert voices[44] == Counter(asserted=5, attributed=16, discussed=7, negated=2)
    for t in _both():
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            # a term applied to someone names that someone; a discussed term names no one
            assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)


def test_lexicon_labels_and_labels_the_lexicon_lacks() -> None:
    # a lexicon label is the only kind a plain field tells apart; the kinds aimed at a person and
    # other judging are counted by hand in the README
    for batch, lexicon, outside in ((43, 16, 40), (44, 13, 17)):
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


def test_groups_are_the_next_sessions_rounds() -> None:
    # batch 43 is the next session's fresh round (measured once at its start), batch 44 its later
    # round (measured once with --later at its end): LATER_ROUND since batch 42 was measured once
    # (2026-12-06 04:10 UTC, main 2100dbfe)
    assert {group_of(t) for t in _batch(43)} == {"held-out-39"} == {FRESH_ROUND}
    assert {group_of(t) for t in _batch(44)} == {"held-out-40"} == {LATER_ROUND}


def test_both_batches_are_sealed_for_every_run() -> None:
    assert {43, 44} <= SEALED_BATCHES
    for t in _both():
        assert not measured_now(t), t["id"]
    # --later opens the later round (batch 44), never the next fresh round (batch 43)
    assert not any(measured_now(t, later=True) for t in _batch(43))
    assert all(measured_now(t, later=True) for t in _batch(44))


@pytest.mark.parametrize("batch", ["43", "44"])
def test_batch_option_refuses_them_before_wb_is_loaded(monkeypatch, batch: str) -> None:
    import bench_labels

    monkeypatch.setattr(sys, "argv", ["bench_labels.py", "--batch", batch])
    with pytest.raises(SystemExit) as exc:
        bench_labels.main()
    assert (
        str(exc.value.code) == f"batch {batch} is verzegeld: alleen de lead meet die, met --later"
    )


def test_training_scripts_leave_them_out() -> None:
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    assert not voice_batches & {43, 44}
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    assert not any(i.startswith(("b43-", "b44-")) for i in judging_ids)
    # the committed texts are on every machine: they are left out by the seal, not by absence
    assert (HERE / "texts" / "b43-kog-grootouders-1274.txt").exists()
    assert (HERE / "texts" / "b44-lexboost-ghshe-2021-979.txt").exists()


def test_committed_texts_match_their_sha256_and_annotations_resolve() -> None:
    committed = sorted(t["id"] for t in _both() if t.get("committed"))
    assert committed == [
        "b43-h-tk-20102011-47-4",
        "b43-kog-grootouders-1274",
        "b43-kst-34300-XVI-69",
        "b43-lexboost-ghams-2024-1568",
        "b43-lexboost-gharl-2013-9777",
        "b43-lexboost-rbdha-2025-2456",
        "b43-nationaleombudsman-2011-189",
        "b43-rbmne-2015-5062",
        "b44-kog-strijd-na-scheiding-1197",
        "b44-kst-26695-81",
        "b44-kst-30371-11",
        "b44-lexboost-gharl-2017-11354",
        "b44-lexboost-gharl-2021-6076",
        "b44-lexboost-ghshe-2021-979",
        "b44-lexboost-rbdor-2012-bw0629",
        "b44-lexboost-rbnho-2023-1317",
    ]
    check_committed_labels(_both())
    no_labels = sorted(t["id"] for t in _both() if not t["labels"])
    assert no_labels == [
        "b43-h-tk-20102011-47-4",
        "b43-kst-34300-XVI-69",
        "b43-nationaleombudsman-2011-189",
        "b44-kst-26695-81",
        "b44-kst-30371-11",
        "b44-lexboost-gharl-2017-11354",
        "b44-telegraaf-adoptieouders",
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
        "b43-kog-grootouders-1274",
        "b43-lexboost-ghams-2024-1568",
        "b43-lexboost-gharl-2013-9777",
        "b43-lexboost-rbdha-2025-2456",
        "b43-rbmne-2015-5062",
        "b44-kog-strijd-na-scheiding-1197",
        "b44-lexboost-gharl-2017-11354",
        "b44-lexboost-gharl-2021-6076",
        "b44-lexboost-ghshe-2021-979",
        "b44-lexboost-rbdor-2012-bw0629",
        "b44-lexboost-rbnho-2023-1317",
    ]
    # every other committed text is a Kamerstuk (Handelingen, a motie, an AO report) or an
    # ombudsman report; a ruling quoted on a site keeps only the ruling's own words
    others = [t for t in _both() if t.get("committed") and t["id"] not in rulings]
    assert sorted(t["genre"].split()[0] for t in others) == ["kamerstuk"] * 4 + ["rapport"]
    assert all(t["genre"].startswith(("kamerstuk (", "rapport (")) for t in others)


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
    # ten look-ups rebuild all sixteen
    assert len({t["restore"]["query"] for t in _both() if not t.get("committed")}) == 10


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
        pytest.skip("no raw excerpt of batches 43-44 on this machine")


def test_urls_are_used_nowhere_else_in_bench_realtext() -> None:
    texts = _texts()
    new = [t["url"] for t in _both()]
    assert len(new) == 32
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in BATCHES]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == 32
    # the same court ruling under another address counts as used too, so does a Kamerstuk
    eclis = [m.group(0) for u in new for m in re.finditer(r"ECLI:NL:[A-Z]+:\d{4}:\w+", unquote(u))]
    assert len(eclis) == 9
    ids = ["kst-34300-XVI-69", "34300-XVI-69", "h-tk-20102011-47-4", "kst-26695-81"]
    ids += ["26695-81", "26695/81", "kst-30371-11", "2011/189"]
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".json", ".jsonl"} and p != HERE / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    labels_rest = "\n".join(unquote(t["url"]) for t in texts if t.get("batch") not in BATCHES)
    for key in eclis + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + eclis + ids:
            assert key.lower() not in content, (path.name, key)
