"""The twelfth real-text set of the code-suggestion bench (bench/realtext/codes12/, sealed).

Built blind by collect-codes12: the tests read the set's files, sha256 values, restore hints and
the sealed switch; no suggester is built and no wb output is read.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

from wb.codebook import load_codebook

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "bench" / "realtext" / "codes12"
LOCAL = REPO / "bench" / "data" / "realtext_codes12"
RAW = REPO / "bench" / "data" / "restore_raw" / "codes12"
TUNE = ["d02", "d05", "d07", "d09", "d11", "d13", "d15", "d17", "d19"]
PUBLIC = ["d04", "d05", "d06", "d07", "d09", "d10", "d13", "d14", "d15", "d16", "d17", "d22"]
CHILDREN = [
    "Ouder met psychische problemen/Verslaving van een ouder",
    "Psychische klachten van jongeren/Suïcidaliteit",
]
#: sha256 of two committed texts (the court rulings), as fixed in the manifest.
RULINGS = {
    "d06": "9fb7385a3a6764b6179a261912fd878d2e09c9596e1a66968d3290d0b84dd10c",
    "d15": "58b15b64e7a820dd8b033f6b41c4a5d163154fd59efa25382ccad7842e6ab16a",
}


def _manifest() -> dict:
    return json.loads((FOLDER / "manifest.json").read_text("utf-8"))


def _gold() -> list[dict]:
    return [json.loads(x) for x in (FOLDER / "gold.jsonl").read_text("utf-8").splitlines()]


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    import bench_codes

    return bench_codes


def _urls_of_other_manifests() -> set[str]:
    urls: set[str] = set()
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "codes12":
            urls |= set(re.findall(r"https?://[^\s\"',]+", path.read_text("utf-8")))
    return urls


def _bare(url: str) -> str:
    """A URL without scheme, `www.` and trailing slash (how the new URLs were compared)."""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


def _texts_at_hand() -> dict[str, str]:
    """The set's texts at hand: committed ones and those in bench/data/realtext_codes12/."""
    out = {}
    for d in _manifest()["documents"]:
        for folder in (FOLDER / "texts", LOCAL):
            path = folder / f"{d['id']}.txt"
            if path.exists():
                out[d["id"]] = path.read_text("utf-8")
                break
    return out


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22 on mental health problems of parents and children, split by URL hash
    (0-a held-out, as codes3-codes11) fixed before annotation, a sha256 each; the 12 texts of
    public-domain genres committed, the 10 others not, each of those with a restore hint (the
    pages corpus, the query whose answer holds its excerpt, the result's rank, what was kept);
    no URL of another manifest, also not without scheme, www. and trailing slash; sealed."""
    manifest = _manifest()
    assert manifest["sealed"] is True
    docs = manifest["documents"]
    assert [d["id"] for d in docs] == [f"d{i:02d}" for i in range(1, 23)]
    others = _urls_of_other_manifests()
    assert "https://jure.nl/ECLI:NL:RBNHO:2020:8795" in others
    bare_others = {_bare(u) for u in others}
    for d in docs:
        first = int(hashlib.sha256(d["url"].encode()).hexdigest()[0], 16)
        assert d["split"] == ("held-out" if first <= 10 else "tune"), d["id"]
        assert len(d["sha256"]) == 64 and d["genre"], d["id"]
        assert d["url"] not in others and _bare(d["url"]) not in bare_others, d["id"]
        public = d["licence"].startswith("public domain")
        assert public or d["licence"] == "copyright: text not committed", d["id"]
        assert (FOLDER / "texts" / f"{d['id']}.txt").exists() == public, d["id"]
        if public:
            assert "restore" not in d, d["id"]
        else:
            hint = d["restore"]
            assert hint["corpus"] == "pages" and hint["kept"], d["id"]
            assert len(hint["query"].split()) >= 6 and 1 <= hint["rank"] <= 8, d["id"]
    assert len({d["url"] for d in docs}) == 22
    assert [d["id"] for d in docs if d["split"] == "tune"] == TUNE
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == PUBLIC
    assert len(PUBLIC) * 2 >= len(docs)


def test_committed_texts_match_their_sha256_and_local_ones_when_at_hand() -> None:
    """Every text at hand has the manifest's sha256; the twelve committed ones always are."""
    docs = {d["id"]: d for d in _manifest()["documents"]}
    texts = _texts_at_hand()
    assert set(PUBLIC) <= set(texts)
    for doc, text in texts.items():
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == docs[doc]["sha256"], doc
    for doc, sha in RULINGS.items():
        assert docs[doc]["sha256"] == sha


def test_codebook_shape() -> None:
    """11 codes: 9 top level, two parents with one child each; each with a description, an
    include, an exclude, one example and 4 patterns."""
    book = load_codebook(FOLDER / "codebook.yaml")
    codes = list(book.walk())
    assert len(codes) == 11
    assert [c.path for c in codes if "/" in c.path] == CHILDREN
    for code in codes:
        assert code.description and code.include and code.exclude, code.path
        assert len(code.examples) == 1 and len(code.patterns) == 4, code.path


def test_gold_counts_by_split_and_third() -> None:
    """The gold as committed: rows, coded rows and codings by split and of each split's first
    third (coded by bench_codes, not scored); 14 rows with two codes, none with more; the rows
    of each child; codes sorted, known paths, no parent with its own child."""
    split = {d["id"]: d["split"] for d in _manifest()["documents"]}
    rows = _gold()
    paths = {c.path for c in load_codebook(FOLDER / "codebook.yaml").walk()}

    def counts(ids) -> tuple[int, int, int]:
        mine = [r for r in rows if r["doc"] in ids]
        return len(mine), sum(bool(r["codes"]) for r in mine), sum(len(r["codes"]) for r in mine)

    held_out = [d for d in split if split[d] == "held-out"]
    assert counts(TUNE) == (165, 123, 125)
    assert counts(held_out) == (212, 169, 181)
    assert counts(TUNE[:3]) == (66, 50, 52)
    assert counts(held_out[:4]) == (60, 46, 48)
    assert held_out[:4] == ["d01", "d03", "d04", "d06"]
    assert {r["doc"] for r in rows} == set(split)
    assert sum(len(r["codes"]) == 2 for r in rows) == 14
    assert max(len(r["codes"]) for r in rows) == 2
    assert [sum(child in r["codes"] for r in rows) for child in CHILDREN] == [15, 19]
    for row in rows:
        assert row["codes"] == sorted(row["codes"]) and set(row["codes"]) <= paths, row
        for child in CHILDREN:
            assert not {child, child.split("/")[0]} <= set(row["codes"]), row


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Each gold row is a stripped, non-empty span of its text, rows in order; between rows and
    after the last one nothing but white space, so every sentence is a gold row."""
    rows = _gold()
    texts = _texts_at_hand()
    assert set(PUBLIC) <= set(texts)
    for doc, text in texts.items():
        mine = [r for r in rows if r["doc"] == doc]
        ends = [0] + [r["end"] for r in mine]
        starts = [r["start"] for r in mine] + [len(text)]
        for r in mine:
            span = text[r["start"] : r["end"]]
            assert span and span == span.strip(), (doc, r)
        gaps = [text[a:b] for a, b in zip(ends, starts, strict=True)]
        assert all(not gap.strip() for gap in gaps), doc
    ruling = texts["d06"]
    spans = [(r["start"], r["end"]) for r in rows if r["doc"] == "d06"]
    assert spans == [(0, 35), (36, 96), (97, 185), (186, 282), (283, 457)]
    assert ruling[0:35] == "Verzoek vader tot omgang afgewezen."


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes12 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    assert bench_codes.SETS["codes12"] == (FOLDER, LOCAL)
    texts, gold = bench_codes.load_data(False, "codes12")
    assert set(PUBLIC) <= set(texts)
    rows = _gold()
    for doc in texts:
        mine = [r for r in rows if r["doc"] == doc]
        assert [(g.start, g.end, sorted(g.codes)) for g in gold[doc]] == [
            (r["start"], r["end"], r["codes"]) for r in mine
        ]
    parts = bench_codes.split(sorted(texts), "codes12")
    assert parts["tune"] == [t for t in TUNE if t in texts]
    assert sorted(parts["tune"] + parts["held-out"]) == sorted(texts)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local codes12 text from the excerpt its restore hint
    names (when that excerpt is at hand in bench/data/restore_raw/codes12/): one candidate the
    gold's layout allows has the manifest's sha256. Nothing is written."""
    sys.path.insert(0, str(REPO / "bench" / "restore_texts"))
    import restore_codes

    rows = _gold()
    checked = []
    for d in _manifest()["documents"]:
        raw_path = RAW / f"{d['id']}.json"
        if "restore" not in d or not raw_path.exists():
            continue
        raw = json.loads(raw_path.read_text("utf-8"))
        layout = restore_codes.Layout([r for r in rows if r["doc"] == d["id"]])
        found = {
            hashlib.sha256(c.encode("utf-8")).hexdigest()
            for text in (raw, restore_codes.DATE.sub("", raw))
            for cand in restore_codes.candidates(text.split("\n"), layout, False)
            for c in (cand, cand + "\n")
        }
        assert d["sha256"] in found, d["id"]
        checked.append(d["id"])
    assert not set(checked) & set(PUBLIC)


def test_codes12_is_left_out_and_refused_without_later(capsys) -> None:
    """A default run (no --later) prints that codes12 stays out (its line after codes11's while
    codes11 is sealed too, before codes13's while codes13 is); `--set codes12` alone is refused,
    with --later let through."""
    bench_codes = _bench()
    assert bench_codes.is_sealed("codes12")
    later = [n for n in ("codes13",) if bench_codes.is_sealed(n)]
    assert bench_codes.left_out(False)[-1 - len(later) :] == ["codes12", *later]
    assert "codes12" not in bench_codes.left_out(True)
    assert bench_codes.announce_sealed("codes", False) is True
    out = capsys.readouterr().out
    assert out.endswith(
        "".join(
            f"verzegeld: {n} blijft buiten deze run (eenmalig meten: --set {n} --later)\n"
            for n in ["codes12", *later]
        )
    )
    assert bench_codes.announce_sealed("codes12", False) is False
    assert "codes12 is verzegeld: niet gemeten zonder --later" in capsys.readouterr().err
    assert bench_codes.announce_sealed("codes12", True) is True
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("script", ["bench_codes", "codes_by_code"])
def test_set_codes12_without_later_exits_2_before_loading(script: str, monkeypatch, capsys) -> None:
    """`--set codes12` without --later stops with exit code 2 before a pipeline or codebook is
    loaded, in both scripts."""
    _bench()
    module = __import__(script)

    def refuse(*args, **kwargs):
        raise AssertionError("loaded while sealed")

    monkeypatch.setattr(module, "load", refuse)
    monkeypatch.setattr(module, "load_codebook", refuse)
    monkeypatch.setattr(sys, "argv", [f"{script}.py", "--set", "codes12"])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    assert "codes12 is verzegeld: niet gemeten zonder --later" in capsys.readouterr().err
