"""Checks shared by the tests of the real-text labels batches (test_labels_batches_*.py).

Each test file keeps its own facts (counts, ids, groups, keys) and calls these checks with them.
They read the manifest, the committed texts and the stored raw excerpts only; no wb code runs
on the texts and no wb output on them is read. Sealed batches are only read this way too.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from realtext_helpers import (
    LABELS,
    REALTEXT,
    REPO,
    VOICES,
    bare_url,
    check_committed_labels,
    labels_batch,
    labels_texts,
)

DATA = REPO / "bench" / "data"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "restore_texts"))
# re-exported for the test files, which import them from here (bench/ is on the path then)
from bench_labels import (  # noqa: E402
    FRESH_ROUND,
    LATER_ROUND,
    SEALED_BATCHES,
    group_of,
    measured_now,
)

__all__ = ["FRESH_ROUND", "LATER_ROUND", "SEALED_BATCHES", "group_of", "measured_now"]
ECLI = r"ECLI:NL:[A-Z]+:\d{4}:\w+"


def batch_texts(batches: tuple[int, ...]) -> list[dict]:
    """The labels texts of the given batches, batch by batch."""
    return [t for b in batches for t in labels_batch(b)]


def _committed_text(t: dict) -> str:
    return (LABELS / "texts" / f"{t['id']}.txt").read_text(encoding="utf-8")


def check_counts_and_voices(
    batches: tuple[int, ...],
    sizes: list[int],
    voices: dict[int, Counter],
    discussed_names_no_one: bool = True,
) -> None:
    """Each batch has its number of texts and its voice counts, each id starts with its batch,
    each voice is known and a term applied to someone names that someone (and, where
    `discussed_names_no_one`, a discussed term names no one)."""
    assert [len(labels_batch(b)) for b in batches] == sizes
    for b in batches:
        found = Counter(i["voice"] for t in labels_batch(b) for i in t["labels"] or [])
        assert found == voices[b], b
    for t in batch_texts(batches):
        assert t["id"].startswith(f"b{t['batch']}-"), t["id"]
        for item in t["labels"] or []:
            assert item["voice"] in VOICES, (t["id"], item)
            if discussed_names_no_one:
                assert (item["voice"] == "discussed") == (not item.get("target")), (t["id"], item)
            else:
                assert item["voice"] == "discussed" or item.get("target"), (t["id"], item)


def check_lexicon_split(rows: tuple[tuple[int, int, int], ...]) -> None:
    """Per (batch, lexicon, outside): the batch has that many lexicon labels and "nieuw: " ones."""
    for batch, lexicon, outside in rows:
        labels = [i["label"] for t in labels_batch(batch) for i in t["labels"] or []]
        new = [x for x in labels if x.startswith("nieuw: ")]
        assert (len(labels) - len(new), len(new)) == (lexicon, outside), batch


def check_no_overlap(texts: list[dict]) -> None:
    """No two annotated spans of a committed text overlap."""
    for t in texts:
        if not t.get("committed"):
            continue
        text = _committed_text(t)
        spans = []
        for item in t["labels"] or []:
            found = list(re.finditer(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text))
            hit = found[item.get("n", 0)]
            spans.append((hit.start(), hit.end()))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), t["id"]


def check_measured_by_every_run(batches: tuple[int, ...]) -> None:
    """The batches are sealed no longer: every run measures their texts."""
    assert not set(batches) & SEALED_BATCHES
    assert all(measured_now(t) for t in batch_texts(batches))


def training_sets() -> tuple[set[int], set[str]]:
    """The batches train_voice reads and the ids train_judging tunes on, after checking that
    the three training scripts leave out exactly bench_labels' sealed batches."""
    import train_aimed
    import train_judging
    import train_voice

    assert train_voice.LEFT_OUT_BATCHES == train_judging.LEFT_OUT_BATCHES == SEALED_BATCHES
    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    voice_batches = {e.get("batch", 1) for e in train_voice.training_entries()}
    judging_ids = {e["id"] for e in train_judging.tune_entries()}
    return voice_batches, judging_ids


def check_committed(
    texts: list[dict], committed: list[str], no_labels: list[str], every_occurrence: bool = False
) -> None:
    """The committed ids and the ids without labels are these; committed texts match their
    sha256 and their annotations resolve; with `every_occurrence`, every whole-word occurrence
    of an annotated span in a committed text is annotated."""
    assert sorted(t["id"] for t in texts if t.get("committed")) == committed
    check_committed_labels(texts)
    assert sorted(t["id"] for t in texts if not t["labels"]) == no_labels
    if not every_occurrence:
        return
    for t in texts:
        if not t.get("committed"):
            continue
        text = _committed_text(t)
        spans = Counter(i["text"] for i in t["labels"] or [])
        for span, count in spans.items():
            found = re.findall(rf"(?<!\w){re.escape(span)}(?!\w)", text)
            assert len(found) == count, (t["id"], span)


def rulings_of(texts: list[dict]) -> list[str]:
    """The sorted ids of the texts whose genre is a court's own ruling."""
    return sorted(t["id"] for t in texts if t["genre"].split()[0] == "rechtspraak")


def check_restore_hints(texts: list[dict], starts: list[str], no_local_copy: bool = True) -> None:
    """A committed text has no restore hint; a URL-only one has a pages-corpus query hint, a
    sha256 (and, with `no_local_copy`, no file among the committed texts); the ids whose hint
    has a start are these."""
    for t in texts:
        hint = t.get("restore")
        if t.get("committed"):
            assert hint is None, t["id"]
            continue
        assert set(hint) <= {"corpus", "query", "start"}, t["id"]
        assert hint["corpus"] == "pages", t["id"]
        assert 20 <= len(hint["query"]) <= 400, t["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        if no_local_copy:
            assert not (LABELS / "texts" / f"{t['id']}.txt").exists(), t["id"]
    assert sorted(t["id"] for t in texts if (t.get("restore") or {}).get("start")) == starts


def restore_queries(texts: list[dict]) -> int:
    """How many distinct look-ups rebuild the URL-only texts."""
    return len({t["restore"]["query"] for t in texts if not t.get("committed")})


def check_restore_rebuilds(texts: list[dict], monkeypatch: Any, tmp_path: Path, skip: str) -> None:
    """Where a URL-only text's raw excerpt is on this machine, restore_labels.py gives back
    exactly the text whose sha256 the manifest keeps; skip with `skip` when none is."""
    import restore_labels

    monkeypatch.setattr(restore_labels, "OUT", tmp_path)
    checked = 0
    for t in texts:
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
        pytest.skip(skip)


def other_realtext_files() -> list[Path]:
    """The yaml/json/jsonl files of bench/realtext other than the labels manifest (at least 10)."""
    others = [
        p
        for p in REALTEXT.rglob("*")
        if p.is_file()
        and p.suffix in {".yaml", ".json", ".jsonl"}
        and p != LABELS / "manifest.yaml"
    ]
    assert len(others) >= 10  # names, themes and every codes set
    return others


def check_new_urls(
    batches: tuple[int, ...],
    eclis: int | None,
    ids: list[str],
    unquote_urls: bool = False,
    count: int = 32,
) -> None:
    """The batches' `count` URLs (compared bare) are used by no other labels text and by no
    other file of bench/realtext; nor are their `eclis` ECLIs (read from the URLs, %-decoded with
    `unquote_urls`; None: no ECLI is looked for) and the other `ids` of a ruling or Kamerstuk,
    compared lowercased."""
    texts = labels_texts()
    new = [t["url"] for t in batch_texts(batches)]
    assert len(new) == count
    rest = [bare_url(t["url"]) for t in texts if t.get("batch") not in batches]
    assert not {bare_url(u) for u in new} & set(rest)
    assert len({bare_url(u) for u in new}) == count
    decode = unquote if unquote_urls else str
    found = [m.group(0) for u in new for m in re.finditer(ECLI, decode(u))]
    if eclis is None:
        found = []
    else:
        assert len(found) == eclis
    others = other_realtext_files()
    labels_rest = "\n".join(decode(t["url"]) for t in texts if t.get("batch") not in batches)
    for key in found + ids:
        assert key.lower() not in labels_rest.lower(), key
    for path in others:
        content = path.read_text(encoding="utf-8").lower()
        for key in [bare_url(u) for u in new] + found + ids:
            assert key.lower() not in content, (path.name, key)
