"""Rounds 22 and 23 of the real-text names set (bench/realtext/names, names-r22).

Round 22 (t458-t480) was the fresh held-out round (measured once by the lead, tune since), round 23
(t481-t505) was sealed (left out of every run without --later) until its one measurement.
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


def test_rounds_22_and_23_are_tune_after_their_measurements() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[22]["texts"] == "t458-t480"
    assert table[23]["texts"] == "t481-t505"
    assert (table[22]["split"], table[23]["split"]) == ("tune", "tune")
    assert (table[22]["code_frozen"], table[23]["code_frozen"]) == ("5473449", "72647d6")
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (22, 23)}
    assert ids[22] == [f"t{i}" for i in range(458, 481)]
    assert ids[23] == [f"t{i}" for i in range(481, 506)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {}
    for number in (22, 23):
        part = annotations(number)
        entities = sum(len({s["entity"] for s in t["identifiers"]}) for t in part)
        spans = sum(len(t["identifiers"]) for t in part)
        keep = sum(len(t["keep"]) for t in part)
        empty = [t["id"] for t in part if not t["identifiers"]]
        figures[number] = (len(part), spans, entities, keep, empty)
    assert figures[22] == (23, 96, 60, 521, ["t461", "t471", "t478", "t480"])
    assert figures[23] == (25, 72, 46, 363, ["t495", "t497", "t498", "t500"])
    types = {
        n: Counter(s["type"] for t in annotations(n) for s in t["identifiers"]) for n in (22, 23)
    }
    assert types[22] == {
        "PLAATS": 45,
        "PERSOON": 34,
        "ORGANISATIE": 11,
        "TELEFOON": 4,
        "ADRES": 1,
        "POSTCODE": 1,
    }
    assert types[23] == {"PLAATS": 36, "PERSOON": 25, "ORGANISATIE": 10, "ADRES": 1}


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    entities = {
        t["id"]: {e["id"]: e for e in t["entities"]}
        for t in manifest()["texts"]
        if t.get("round") in (22, 23)
    }
    for item in annotations(22) + annotations(23):
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
    committed = [t for t in annotations(22) + annotations(23) if t["licence"] == "public"]
    assert [t["id"] for t in committed] == ["t458", "t461", "t464", "t473", "t481", "t483"]
    for item in committed:
        text = (HERE / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest() == item["sha256"]
        for span in item["identifiers"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for word in item["keep"]:
            assert text[word["start"] : word["end"]] == word["text"]
    # news and blog texts (and lexboost.com's generated summaries) are not committed
    news = [t["id"] for t in annotations(22) + annotations(23) if t["licence"] == "news"]
    assert len(news) == 42
    assert not any((HERE / "texts" / f"{i}.txt").exists() for i in news)


def test_a_sealed_round_is_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t457", "round": 21, "split": "tune"},
        {"id": "t458", "round": 22, "split": "held-out"},
        {"id": "t481", "round": 23, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t457", "t458"]
    assert [i["id"] for i in module.selected(items, ["x", "--round", "23"])] == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "23"])] == ["t481"]
    assert module.splits()[22] == "tune" and module.splits()[23] == "tune"
