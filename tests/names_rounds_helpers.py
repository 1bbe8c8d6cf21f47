"""Readers and checks shared by the tests of the real-text names rounds (bench/realtext/names).

They read the manifest and the annotation file only (no wb code runs on the texts); the news texts
are kept outside git, so their spans are checked for shape and against the manifest, the committed
texts also against the text itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import yaml

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "names"
TYPES = {"PERSOON", "PLAATS", "ORGANISATIE", "SCHOOL", "ADRES", "POSTCODE", "TELEFOON", "EMAIL"}


def manifest() -> dict:
    """The names set's manifest."""
    return yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))


def annotations(number: int) -> list[dict]:
    """The annotated texts of one round."""
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    return [t for t in items if t["round"] == number]


def bench_names() -> ModuleType:
    """bench/bench_names.py as a module."""
    spec = importlib.util.spec_from_file_location("bench_names", REPO / "bench" / "bench_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def round_figures(number: int) -> tuple[int, int, int, int, list[str]]:
    """Texts, spans, entities, keep words and the texts without an identifier of one round."""
    part = annotations(number)
    entities = sum(len({s["entity"] for s in t["identifiers"]}) for t in part)
    spans = sum(len(t["identifiers"]) for t in part)
    keep = sum(len(t["keep"]) for t in part)
    empty = [t["id"] for t in part if not t["identifiers"]]
    return (len(part), spans, entities, keep, empty)


def type_counts(number: int) -> Counter[str]:
    """The spans of one round by type."""
    return Counter(s["type"] for t in annotations(number) for s in t["identifiers"])


def texts_with_type(number: int, kind: str) -> list[str]:
    """Ids of the round's texts with at least one identifier of this type, in manifest order."""
    return [
        t["id"] for t in annotations(number) if any(s["type"] == kind for s in t["identifiers"])
    ]


def check_spans_follow_manifest(rounds: tuple[int, ...]) -> None:
    """Assert the rounds' spans follow the manifest's entities, sorted and without overlap."""
    entities = {
        t["id"]: {e["id"]: e for e in t["entities"]}
        for t in manifest()["texts"]
        if t.get("round") in rounds
    }
    for item in [t for n in rounds for t in annotations(n)]:
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


def check_committed_texts(rounds: tuple[int, ...]) -> tuple[list[str], int]:
    """Assert the rounds' committed texts match their annotation and no news text is committed.

    Returns the ids of the committed texts and the number of news texts, for the caller to pin.
    """
    items = [t for n in rounds for t in annotations(n)]
    committed = [t for t in items if t["licence"] == "public"]
    for item in committed:
        text = (HERE / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest() == item["sha256"]
        for span in item["identifiers"]:
            assert text[span["start"] : span["end"]] == span["text"]
        for word in item["keep"]:
            assert text[word["start"] : word["end"]] == word["text"]
    news = [t["id"] for t in items if t["licence"] == "news"]
    assert not any((HERE / "texts" / f"{i}.txt").exists() for i in news)
    return [t["id"] for t in committed], len(news)
