"""Readers and checks shared by the tests of the real-text names rounds (bench/realtext/names).

They read the manifest and the annotation file only (no wb code runs on the texts); the news texts
are kept outside git, so their spans are checked for shape and against the manifest, the committed
texts also against the text itself.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

from realtext_helpers import bare_url, read_manifest

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "realtext" / "names"
TYPES = {"PERSOON", "PLAATS", "ORGANISATIE", "SCHOOL", "ADRES", "POSTCODE", "TELEFOON", "EMAIL"}


def manifest() -> dict:
    """The names set's manifest."""
    return read_manifest(HERE / "manifest.yaml")


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


def committed_per_round(rounds: tuple[int, ...]) -> dict[int, int]:
    """The number of committed (public-domain) texts of each round."""
    return {n: sum(t["licence"] == "public" for t in annotations(n)) for n in rounds}


@functools.cache
def _by_id() -> dict[str, dict]:
    """The annotated texts of every round by id (read once; the tests do not change them)."""
    items = json.loads((HERE / "annotations.json").read_text(encoding="utf-8"))
    assert len({t["id"] for t in items}) == len(items)
    return {t["id"]: t for t in items}


def annotated(text_id: str) -> dict:
    """One annotated text, whatever its round."""
    return _by_id()[text_id]


def spans_of(text_id: str, kind: str) -> list[str]:
    """The identifier spans of one type in one text, as written and in order."""
    return [s["text"] for s in annotated(text_id)["identifiers"] if s["type"] == kind]


def entities_of(text_id: str, kind: str) -> set[str]:
    """The entities of one type in one text."""
    return {s["entity"] for s in annotated(text_id)["identifiers"] if s["type"] == kind}


def manifest_items(rounds: tuple[int, ...]) -> dict[str, dict]:
    """The manifest entries of the rounds' texts by id."""
    return {t["id"]: t for t in manifest()["texts"] if t.get("round") in rounds}


def check_round_rows(rows: dict[int, tuple[str, str | None, str]]) -> dict[int, dict]:
    """Assert each round's row (its texts "tA-tB", code_frozen, split) in the round table and that
    the round's texts are tA..tB in manifest order; return the whole table for further checks."""
    table = {r["round"]: r for r in manifest()["rounds"]}
    for number, (texts, frozen, split) in rows.items():
        row = {"round": number, "texts": texts, "code_frozen": frozen, "split": split}
        assert table[number] == row
        first, last = (int(part[1:]) for part in texts.split("-"))
        ids = [t["id"] for t in manifest()["texts"] if t.get("round") == number]
        assert ids == [f"t{i}" for i in range(first, last + 1)]
    return table


def check_counts(
    figures: dict[int, tuple[int, int, int, int, list[str]]], types: dict[int, dict[str, int]]
) -> None:
    """Assert each round's figures (texts, spans, entities, keep words, texts without an
    identifier) and its spans by type."""
    assert {n: round_figures(n) for n in figures} == figures
    assert {n: type_counts(n) for n in types} == types


def check_committed_prefixes(prefixes: dict[str, str]) -> None:
    """Assert each committed text's SHA-256 starts with the collected prefix."""
    for text_id, prefix in prefixes.items():
        text = (HERE / "texts" / f"{text_id}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest().startswith(prefix), text_id


def check_restore_hints(rounds: tuple[int, ...], count: int, distinct: int) -> dict[str, str]:
    """Assert every local text of the rounds has a restore hint (pages corpus, a query the search
    tool sends whole) and no committed text has one; `count` hints, `distinct` queries. Returns
    the queries by text id."""
    items = manifest_items(rounds)
    for text_id, item in items.items():
        if item["licence"] == "public":
            assert "restore" not in item, text_id
            continue
        hint = item["restore"]
        assert set(hint) == {"corpus", "query"}, text_id
        assert hint["corpus"] == "pages"
        # the search tool sends the first 400 characters of a query
        assert 20 < len(hint["query"]) <= 400, text_id
    hints = {t_id: t["restore"]["query"] for t_id, t in items.items() if "restore" in t}
    assert len(hints) == count
    # the same query found several texts: one look-up restores all of them
    assert len(set(hints.values())) == distinct
    return hints


def check_glued(rounds: tuple[int, ...], expected: dict[str, list[str]]) -> None:
    """Assert the rounds' glued scrape words are `expected` and none is kept or an identifier."""
    glued = {t_id: t["glued"] for t_id, t in manifest_items(rounds).items() if "glued" in t}
    assert glued == expected
    for text_id, words in glued.items():
        item = annotated(text_id)
        assert not [w for w in item["keep"] if w["text"] in words]
        assert not [s for s in item["identifiers"] if s["text"] in words]


def annotate_module() -> ModuleType:
    """bench/realtext/names/annotate.py as a module."""
    spec = importlib.util.spec_from_file_location("annotate", HERE / "annotate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _found(key: str, text: str, digit_boundary: bool) -> bool:
    if digit_boundary:  # "CVDR16876" is not found in "cvdr168760"
        return re.search(re.escape(key) + r"(?!\d)", text) is not None
    return key in text


def check_new_urls(
    rounds: tuple[int, ...],
    keys: list[str],
    *,
    count: int = 44,
    numbers: tuple[str, ...] = (),
    noted: tuple[str, ...] = (),
    digit_boundary: bool = False,
) -> list[str]:
    """Assert the rounds' `count` URLs are distinct and in no earlier round nor other manifest;
    each of `keys` (an ECLI, Kamerstuk, document number) is in a new URL and in no earlier URL
    nor other manifest (lowercased, "%3A" also as ":"; with `digit_boundary`, only where no digit
    follows); each of `numbers` is in no other manifest, each of `noted` in no earlier note.
    Returns the new URLs."""
    texts = manifest()["texts"]
    older = [t for t in texts if int(t.get("round", 1)) < min(rounds)]
    old = {bare_url(t["url"]) for t in older}
    new = [t["url"] for t in texts if t.get("round") in rounds]
    assert len({bare_url(u) for u in new}) == len(new) == count
    assert not old & {bare_url(u) for u in new}
    # nor in the labels, codes and themes manifests
    others = ""
    for path in sorted(HERE.parent.glob("*/manifest*")):
        if path.parent.name != "names":
            others += path.read_text(encoding="utf-8").lower()
    assert len(re.findall(r"https?://", others)) > 100  # the other manifests were read
    assert not [url for url in new if bare_url(url) in others]
    # nor under another address
    assert all(any(k in url for url in new) for k in keys)
    plain = {k.lower() for k in keys} | {k.lower().replace("%3a", ":") for k in keys}
    old_urls = [t["url"].lower() for t in older]
    old_urls += [url.replace("%3a", ":") for url in old_urls]
    assert not [k for k in plain for url in old_urls if _found(k, url, digit_boundary)]
    assert not [k for k in plain if _found(k, others, digit_boundary)]
    for number in numbers:
        assert number.lower() not in others
    for number in noted:
        assert not [t for t in older if number in t.get("note", "")]
    return new


def check_sealed_left_out(items: list[tuple[str, int, str]], splits: dict[int, str]) -> None:
    """On stand-in items (id, round, split): a run without --later leaves the sealed rounds out,
    --round alone does not open a sealed round, --later --round N does; bench_names's own splits
    of the rounds named in `splits` are as given."""
    module = bench_names()
    rows = [{"id": i, "round": n, "split": split} for i, n, split in items]
    open_ids = [i for i, _, split in items if split != "sealed"]
    assert [r["id"] for r in module.selected(rows, ["x"])] == open_ids
    for number in sorted({n for _, n, _ in items}):
        ids = [i for i, n, _ in items if n == number]
        shown = [i for i, n, split in items if n == number and split != "sealed"]
        chosen = module.selected(rows, ["x", "--round", str(number)])
        assert [r["id"] for r in chosen] == shown
        later = module.selected(rows, ["x", "--later", "--round", str(number)])
        assert [r["id"] for r in later] == ids
    assert {n: module.splits()[n] for n in splits} == splits


def check_in_raw_excerpts(ids: list[str], sha256: bool = True) -> None:
    """Each local news text of `ids` is a contiguous part of its raw excerpt kept in
    bench/data/restore_raw/ (on a machine where both are) and, with `sha256`, has the
    annotation's SHA-256, so restore_align.py can cut it again after one look-up."""
    raw_dir = REPO / "bench" / "data" / "restore_raw"
    local = REPO / "bench" / "data" / "realtext_names"
    for text_id in ids:
        assert annotated(text_id)["licence"] == "news"
        if not (raw_dir / f"{text_id}.json").exists() or not (local / f"{text_id}.txt").exists():
            continue
        raw = json.loads((raw_dir / f"{text_id}.json").read_text(encoding="utf-8"))
        text = (local / f"{text_id}.txt").read_text(encoding="utf-8")
        assert text.endswith("\n") and text[:-1] in raw, text_id
        if sha256:
            assert hashlib.sha256(text.encode()).hexdigest() == annotated(text_id)["sha256"], (
                text_id
            )
