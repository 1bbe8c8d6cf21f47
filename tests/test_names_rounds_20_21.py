"""Rounds 20 and 21 of the real-text names set (bench/realtext/names, names-r20).

Round 20 (t412-t434) was the fresh held-out round (measured once, tune since), round 21
(t435-t457) was sealed (left out of every bench_names.py run without --later) until its one
measurement at the end of the session; both are tune now.
These tests read the manifest and the annotation file only (no wb code runs on the texts);
the news texts are kept outside git, so their spans are checked for shape and against the
manifest, the committed texts also against the text itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "names"
TYPES = {"PERSOON", "PLAATS", "ORGANISATIE", "SCHOOL", "ADRES", "POSTCODE", "TELEFOON", "EMAIL"}


def manifest() -> dict:
    return yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))


def annotations(number: int) -> list[dict]:
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    return [t for t in items if t["round"] == number]


def bench_names():
    spec = importlib.util.spec_from_file_location("bench_names", REPO / "bench" / "bench_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rounds_20_and_21_are_in_the_round_table_measured_and_tune() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[20]["texts"] == "t412-t434"
    assert table[21]["texts"] == "t435-t457"
    # round 21 was sealed until its one measurement (on e2ae0f7); both are tune now
    assert (table[20]["split"], table[21]["split"]) == ("tune", "tune")
    assert table[21]["code_frozen"] == "e2ae0f7"
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (20, 21)}
    assert ids[20] == [f"t{i}" for i in range(412, 435)]
    assert ids[21] == [f"t{i}" for i in range(435, 458)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {}
    for number in (20, 21):
        part = annotations(number)
        entities = sum(len({s["entity"] for s in t["identifiers"]}) for t in part)
        spans = sum(len(t["identifiers"]) for t in part)
        keep = sum(len(t["keep"]) for t in part)
        empty = [t["id"] for t in part if not t["identifiers"]]
        figures[number] = (len(part), spans, entities, keep, empty)
    assert figures[20] == (23, 204, 136, 653, ["t418", "t421", "t429"])
    assert figures[21] == (23, 220, 155, 768, ["t449", "t450"])
    types = Counter(s["type"] for t in annotations(20) for s in t["identifiers"])
    assert types == {
        "PERSOON": 77,
        "PLAATS": 74,
        "ORGANISATIE": 40,
        "ADRES": 5,
        "TELEFOON": 5,
        "EMAIL": 3,
    }


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    entities = {
        t["id"]: {e["id"]: e for e in t["entities"]}
        for t in manifest()["texts"]
        if t.get("round") in (20, 21)
    }
    for item in annotations(20) + annotations(21):
        end = -1
        for span in item["identifiers"]:
            entity = entities[item["id"]][span["entity"]]
            assert span["type"] == entity["type"] in TYPES
            assert span["text"] in entity["mentions"]
            assert span["end"] - span["start"] == len(span["text"])
            assert span["start"] >= end  # sorted, no overlap
            end = span["end"]
        # every entity of the manifest is found in its text
        assert {s["entity"] for s in item["identifiers"]} == set(entities[item["id"]])


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed = [t for t in annotations(20) + annotations(21) if t["licence"] == "public"]
    assert [t["id"] for t in committed] == [
        "t412", "t413", "t414", "t415", "t432", "t435", "t436", "t437", "t452"
    ]  # fmt: skip
    for item in committed:
        text = (HERE / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest() == item["sha256"]
        for span in item["identifiers"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for word in item["keep"]:
            assert text[word["start"] : word["end"]] == word["text"]
    # news and blog texts of these rounds are not committed
    news = [t["id"] for t in annotations(20) + annotations(21) if t["licence"] == "news"]
    assert len(news) == 37
    assert not any((HERE / "texts" / f"{i}.txt").exists() for i in news)


def test_a_sealed_round_is_left_out_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "a", "round": 19, "split": "tune"},
        {"id": "b", "round": 20, "split": "held-out"},
        {"id": "c", "round": 21, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["bench_names.py"])] == ["a", "b"]
    assert [i["id"] for i in module.selected(items, ["x", "--round", "21"])] == []
    assert [i["id"] for i in module.selected(items, ["x", "--round", "20"])] == ["b"]
    later = ["x", "--later", "--round", "21"]
    assert [i["id"] for i in module.selected(items, later)] == ["c"]
    assert [i["id"] for i in module.selected(items, ["x", "--later"])] == ["a", "b", "c"]
    assert module.SPLITS == ("tune", "held-out", "sealed")
