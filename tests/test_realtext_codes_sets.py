"""The real-text sets of the code-suggestion bench (bench/realtext/codes*/) are well-formed."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from wb.codebook import load_codebook

REPO = Path(__file__).resolve().parent.parent
SETS = ("codes", "codes2")


def _manifest(name: str) -> dict:
    return json.loads((REPO / "bench" / "realtext" / name / "manifest.json").read_text("utf-8"))


def _gold(name: str) -> list[dict]:
    path = REPO / "bench" / "realtext" / name / "gold.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", SETS)
def test_gold_codes_are_codebook_paths_and_spans_are_ordered(name: str) -> None:
    book = load_codebook(REPO / "bench" / "realtext" / name / "codebook.yaml")
    paths = {c.path for c in book.walk()}
    ids = {d["id"] for d in _manifest(name)["documents"]}
    last: dict[str, int] = {}
    for row in _gold(name):
        assert row["doc"] in ids
        assert set(row["codes"]) <= paths, row
        assert 0 <= row["start"] < row["end"]
        assert row["start"] >= last.get(row["doc"], 0), row
        last[row["doc"]] = row["end"]


@pytest.mark.parametrize("name", SETS)
def test_committed_texts_match_manifest_and_gold(name: str) -> None:
    docs = {d["id"]: d for d in _manifest(name)["documents"]}
    folder = REPO / "bench" / "realtext" / name / "texts"
    committed = sorted(p.stem for p in folder.glob("*.txt"))
    assert committed, name
    rows = _gold(name)
    for doc in committed:
        assert docs[doc]["licence"].startswith("public domain"), doc
        text = (folder / f"{doc}.txt").read_text("utf-8")
        if "sha256" in docs[doc]:
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() == docs[doc]["sha256"]
        for row in rows:
            if row["doc"] == doc:
                span = text[row["start"] : row["end"]]
                assert span and span == span.strip(), (doc, row)


def test_codes2_split_is_the_url_hash_rule_and_every_text_has_a_sha256() -> None:
    docs = [d for d in _manifest("codes2")["documents"] if "batch" not in d]
    assert len(docs) == 20
    for d in docs:
        first = int(hashlib.sha256(d["url"].encode()).hexdigest()[0], 16)
        assert d["split"] == ("held-out" if first < 8 else "tune"), d["id"]
        assert len(d["sha256"]) == 64
    assert sum(d["split"] == "held-out" for d in docs) == 13
    gold = [r for r in _gold("codes2") if r["doc"] in {d["id"] for d in docs}]
    assert (len(gold), sum(len(r["codes"]) for r in gold)) == (313, 306)


def test_codes2_batch_2_is_tune_told_by_children_or_parents_with_new_urls() -> None:
    """codes7: 12 more tune texts told by children or parents (d21-d32), their URLs in no
    other manifest, their gold committed before wb was run on them."""
    docs = _manifest("codes2")["documents"]
    batch = [d for d in docs if d.get("batch") == 2]
    assert [d["id"] for d in batch] == [f"d{i}" for i in range(21, 33)]
    for d in batch:
        assert d["split"] == "tune", d["id"]
        assert d["told_by"] in {"child", "parent", "parent and child"}, d["id"]
        assert len(d["sha256"]) == 64
        assert d["licence"] == "copyright: text not committed"
        assert not (REPO / "bench" / "realtext" / "codes2" / "texts" / f"{d['id']}.txt").exists()
    assert sum(d["told_by"] == "child" for d in batch) == 8
    others = set()
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "codes2":
            others |= set(re.findall(r"https?://[^\s\"',]+", path.read_text("utf-8")))
    urls = [d["url"] for d in docs]
    assert len(set(urls)) == len(urls)
    assert not {d["url"] for d in batch} & others
    ids = {d["id"] for d in batch}
    gold = [r for r in _gold("codes2") if r["doc"] in ids]
    assert {r["doc"] for r in gold} == ids
    assert (len(gold), sum(bool(r["codes"]) for r in gold)) == (285, 184)
    assert sum(len(r["codes"]) for r in gold) == 235
    experience = sum("Ervaring van het kind" in r["codes"] for r in gold)
    assert experience == 110
