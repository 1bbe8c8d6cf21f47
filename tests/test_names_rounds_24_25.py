"""Rounds 24 and 25 of the real-text names set (bench/realtext/names, collect-names).

Round 24 (t506-t527) is the next session's fresh round: sealed until that session's lead turns it
to held-out and measures it once at the start. Round 25 (t528-t549) is sealed, measured once with
--later at the end of that session. These tests read the manifest and the annotation file only
(no wb code runs on the texts); the news texts are kept outside git, so their spans are checked
for shape and against the manifest, the committed texts also against the text itself.
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


def test_rounds_24_and_25_are_in_the_round_table_and_not_yet_measured() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[24]["texts"] == "t506-t527"
    assert table[25]["texts"] == "t528-t549"
    # round 24 turns held-out when the next session's lead measures it; 25 stays sealed till --later
    assert table[24]["split"] in ("sealed", "held-out")
    assert table[25]["split"] == "sealed"
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (24, 25)}
    assert ids[24] == [f"t{i}" for i in range(506, 528)]
    assert ids[25] == [f"t{i}" for i in range(528, 550)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {}
    for number in (24, 25):
        part = annotations(number)
        entities = sum(len({s["entity"] for s in t["identifiers"]}) for t in part)
        spans = sum(len(t["identifiers"]) for t in part)
        keep = sum(len(t["keep"]) for t in part)
        empty = [t["id"] for t in part if not t["identifiers"]]
        figures[number] = (len(part), spans, entities, keep, empty)
    assert figures[24] == (22, 180, 109, 514, ["t517", "t525"])
    assert figures[25] == (22, 101, 48, 608, ["t545", "t546", "t547", "t548", "t549"])
    types = {
        n: Counter(s["type"] for t in annotations(n) for s in t["identifiers"]) for n in (24, 25)
    }
    assert types[24] == {
        "PERSOON": 73,
        "PLAATS": 68,
        "ORGANISATIE": 34,
        "ADRES": 3,
        "POSTCODE": 1,
        "TELEFOON": 1,
    }
    assert types[25] == {"PLAATS": 49, "PERSOON": 36, "ORGANISATIE": 16}


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    entities = {
        t["id"]: {e["id"]: e for e in t["entities"]}
        for t in manifest()["texts"]
        if t.get("round") in (24, 25)
    }
    for item in annotations(24) + annotations(25):
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
    committed = [t for t in annotations(24) + annotations(25) if t["licence"] == "public"]
    assert [t["id"] for t in committed] == ["t506", "t518", "t526", "t528", "t536", "t549"]
    for item in committed:
        text = (HERE / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest() == item["sha256"]
        for span in item["identifiers"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for word in item["keep"]:
            assert text[word["start"] : word["end"]] == word["text"]
    # news, blog and organisation texts (and lexboost.com's generated summaries) are not committed
    news = [t["id"] for t in annotations(24) + annotations(25) if t["licence"] == "news"]
    assert len(news) == 38
    assert not any((HERE / "texts" / f"{i}.txt").exists() for i in news)


def test_the_new_urls_are_in_no_earlier_round() -> None:
    texts = manifest()["texts"]
    old = {t["url"] for t in texts if int(t.get("round", 1)) < 24}
    new = [t["url"] for t in texts if t.get("round") in (24, 25)]
    assert len(set(new)) == len(new) == 44
    assert not old & set(new)


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t505", "round": 23, "split": "tune"},
        {"id": "t506", "round": 24, "split": "sealed"},
        {"id": "t528", "round": 25, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t505"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "24"])] == ["t506"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "25"])] == ["t528"]
    assert module.splits()[25] == "sealed"
