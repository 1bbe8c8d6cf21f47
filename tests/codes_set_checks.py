"""Checks shared by the test files of the real-text code sets built blind (codes12 onwards).

Each set's test file states its own facts (a ``CodesSet``: which documents are tune and
public, its codebook's children, two pinned sha256 values, a ruling's opening spans) and calls
these checks. They read the set's files, sha256 values, restore hints and the sealed switch;
no suggester is built and no wb output is read.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from wb.codebook import load_codebook

REPO = Path(__file__).resolve().parent.parent
REALTEXT = REPO / "bench" / "realtext"
#: the sets built blind one after another, in order (a default run lists the sealed ones so)
BLIND_SETS = (
    "codes12",
    "codes13",
    "codes14",
    "codes15",
    "codes16",
    "codes17",
    "codes18",
    "codes19",
    "codes20",
    "codes21",
    "codes22",
    "codes23",
    "codes24",
    "codes25",
    "codes26",
    "codes27",
)


@dataclass(frozen=True)
class CodesSet:
    """The facts one set's test file fixes about its set."""

    name: str
    tune: list[str]
    public: list[str]
    children: list[str]
    pinned: dict[str, str]
    n_docs: int = 22

    @property
    def folder(self) -> Path:
        """The committed part: manifest, codebook, gold, public texts."""
        return REALTEXT / self.name

    @property
    def local(self) -> Path:
        """The git-ignored folder of the texts that are not committed."""
        return REPO / "bench" / "data" / f"realtext_{self.name}"

    @property
    def raw(self) -> Path:
        """The stored excerpts the restore hints name, when at hand."""
        return REPO / "bench" / "data" / "restore_raw" / self.name

    def manifest(self) -> dict:
        """The set's manifest.json."""
        return json.loads((self.folder / "manifest.json").read_text("utf-8"))

    def gold(self) -> list[dict]:
        """The set's gold rows, one sentence each."""
        lines = (self.folder / "gold.jsonl").read_text("utf-8").splitlines()
        return [json.loads(x) for x in lines]

    def texts_at_hand(self) -> dict[str, str]:
        """The set's texts at hand: committed ones and those in the local folder."""
        out = {}
        for d in self.manifest()["documents"]:
            for folder in (self.folder / "texts", self.local):
                path = folder / f"{d['id']}.txt"
                if path.exists():
                    out[d["id"]] = path.read_text("utf-8")
                    break
        return out


def bench_codes() -> ModuleType:
    """bench/bench_codes.py as a module."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_codes as module

    return module


def bare(url: str) -> str:
    """A URL without scheme, `www.` and trailing slash (how the new URLs were compared)."""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


def urls_of_other_manifests(name: str) -> set[str]:
    """Every URL in the other real-text manifests."""
    urls: set[str] = set()
    for path in REALTEXT.glob("*/manifest.*"):
        if path.parent.name != name:
            urls |= set(re.findall(r"https?://[^\s\"',]+", path.read_text("utf-8")))
    return urls


def check_split_licences_and_new_urls(s: CodesSet, sealed: bool) -> None:
    """Split by URL hash (0-a held-out), a sha256 each; public texts committed, the others
    with a restore hint; no URL of another manifest, also not bare; the sealed switch."""
    manifest = s.manifest()
    assert manifest["sealed"] is sealed
    docs = manifest["documents"]
    assert [d["id"] for d in docs] == [f"d{i:02d}" for i in range(1, s.n_docs + 1)]
    others = urls_of_other_manifests(s.name)
    assert "https://jure.nl/ECLI:NL:RBNHO:2020:8795" in others
    bare_others = {bare(u) for u in others}
    for d in docs:
        first = int(hashlib.sha256(d["url"].encode()).hexdigest()[0], 16)
        assert d["split"] == ("held-out" if first <= 10 else "tune"), d["id"]
        assert len(d["sha256"]) == 64 and d["genre"], d["id"]
        assert d["url"] not in others and bare(d["url"]) not in bare_others, d["id"]
        public = d["licence"].startswith("public domain")
        assert public or d["licence"] == "copyright: text not committed", d["id"]
        assert (s.folder / "texts" / f"{d['id']}.txt").exists() == public, d["id"]
        if public:
            assert "restore" not in d, d["id"]
        else:
            hint = d["restore"]
            assert hint["corpus"] == "pages" and hint["kept"], d["id"]
            assert len(hint["query"].split()) >= 6 and 1 <= hint["rank"] <= 8, d["id"]
    assert len({d["url"] for d in docs}) == s.n_docs
    assert [d["id"] for d in docs if d["split"] == "tune"] == s.tune
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == s.public
    assert len(s.public) * 2 >= len(docs)


def check_sha256(s: CodesSet) -> None:
    """Every text at hand has the manifest's sha256; the committed ones are always at hand."""
    docs = {d["id"]: d for d in s.manifest()["documents"]}
    texts = s.texts_at_hand()
    assert set(s.public) <= set(texts)
    for doc, text in texts.items():
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == docs[doc]["sha256"], doc
    for doc, sha in s.pinned.items():
        assert docs[doc]["sha256"] == sha


def check_codebook_shape(s: CodesSet, n_codes: int, patterns: int = 4) -> None:
    """n_codes codes, the children as fixed; each with a description, an include, an exclude,
    one example and the given number of patterns."""
    codes = list(load_codebook(s.folder / "codebook.yaml").walk())
    assert len(codes) == n_codes
    assert [c.path for c in codes if "/" in c.path] == s.children
    for code in codes:
        assert code.description and code.include and code.exclude, code.path
        assert len(code.examples) == 1 and len(code.patterns) == patterns, code.path


def gold_counts(s: CodesSet, ids: list[str]) -> tuple[int, int, int]:
    """(rows, coded rows, codings) of the gold rows of the given documents."""
    mine = [r for r in s.gold() if r["doc"] in ids]
    return len(mine), sum(bool(r["codes"]) for r in mine), sum(len(r["codes"]) for r in mine)


def held_out(s: CodesSet) -> list[str]:
    """The held-out documents in manifest order."""
    return [d["id"] for d in s.manifest()["documents"] if d["split"] == "held-out"]


def check_gold_rows(s: CodesSet, two_codes: int, per_child: list[int]) -> None:
    """Every document has rows; two_codes rows with two codes, none with more; the rows of
    each child; codes sorted, known paths, no parent beside its own child."""
    rows = s.gold()
    paths = {c.path for c in load_codebook(s.folder / "codebook.yaml").walk()}
    assert {r["doc"] for r in rows} == {d["id"] for d in s.manifest()["documents"]}
    assert sum(len(r["codes"]) == 2 for r in rows) == two_codes
    assert max(len(r["codes"]) for r in rows) == 2
    assert [sum(child in r["codes"] for r in rows) for child in s.children] == per_child
    for row in rows:
        assert row["codes"] == sorted(row["codes"]) and set(row["codes"]) <= paths, row
        for child in s.children:
            assert not {child, child.split("/")[0]} <= set(row["codes"]), row


def check_offsets(s: CodesSet, doc: str, spans: list[tuple[int, int]], opening: str) -> None:
    """Each gold row is a stripped, non-empty span of its text, rows in order, nothing but
    white space between them; one committed document's spans and opening as fixed."""
    rows = s.gold()
    texts = s.texts_at_hand()
    assert set(s.public) <= set(texts)
    for name, text in texts.items():
        mine = [r for r in rows if r["doc"] == name]
        ends = [0] + [r["end"] for r in mine]
        starts = [r["start"] for r in mine] + [len(text)]
        for r in mine:
            span = text[r["start"] : r["end"]]
            assert span and span == span.strip(), (name, r)
        gaps = [text[a:b] for a, b in zip(ends, starts, strict=True)]
        assert all(not gap.strip() for gap in gaps), name
    assert [(r["start"], r["end"]) for r in rows if r["doc"] == doc] == spans
    assert texts[doc][: len(opening)] == opening


def check_loads_without_suggestions(s: CodesSet) -> None:
    """bench_codes reads the set (texts checked against their sha256, gold, the manifest's
    split) without building a suggester."""
    module = bench_codes()
    assert module.SETS[s.name] == (s.folder, s.local)
    texts, gold = module.load_data(False, s.name)
    assert set(s.public) <= set(texts)
    rows = s.gold()
    for doc in texts:
        mine = [r for r in rows if r["doc"] == doc]
        assert [(g.start, g.end, sorted(g.codes)) for g in gold[doc]] == [
            (r["start"], r["end"], r["codes"]) for r in mine
        ]
    parts = module.split(sorted(texts), s.name)
    assert parts["tune"] == [t for t in s.tune if t in texts]
    assert sorted(parts["tune"] + parts["held-out"]) == sorted(texts)


def check_restores(s: CodesSet) -> None:
    """restore_codes.py rebuilds each local text from the excerpt its restore hint names (when
    that excerpt is at hand): one candidate the gold's layout allows has the manifest's
    sha256. Nothing is written."""
    sys.path.insert(0, str(REPO / "bench" / "restore_texts"))
    import restore_codes

    rows = s.gold()
    checked = []
    for d in s.manifest()["documents"]:
        raw_path = s.raw / f"{d['id']}.json"
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
    assert not set(checked) & set(s.public)


def check_left_out_and_refused(name: str, capsys) -> None:
    """A default run (no --later) prints that the sealed blind sets stay out, in order, the
    set among them; `--set NAME` alone is refused, with --later let through."""
    module = bench_codes()
    assert module.is_sealed(name)
    sealed = [n for n in BLIND_SETS if module.is_sealed(n)]
    assert module.left_out(False)[-len(sealed) :] == sealed
    assert name not in module.left_out(True)
    assert module.announce_sealed("codes", False) is True
    out = capsys.readouterr().out
    assert out.endswith(
        "".join(
            f"verzegeld: {n} blijft buiten deze run (eenmalig meten: --set {n} --later)\n"
            for n in sealed
        )
    )
    assert module.announce_sealed(name, False) is False
    assert f"{name} is verzegeld: niet gemeten zonder --later" in capsys.readouterr().err
    assert module.announce_sealed(name, True) is True
    assert capsys.readouterr() == ("", "")


def check_set_option_exits_2(name: str, script: str, monkeypatch, capsys) -> None:
    """`--set NAME` without --later stops with exit code 2 before a pipeline or codebook is
    loaded."""
    bench_codes()
    module = __import__(script)

    def refuse(*args, **kwargs):
        raise AssertionError("loaded while sealed")

    monkeypatch.setattr(module, "load", refuse)
    monkeypatch.setattr(module, "load_codebook", refuse)
    monkeypatch.setattr(sys, "argv", [f"{script}.py", "--set", name])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    assert f"{name} is verzegeld: niet gemeten zonder --later" in capsys.readouterr().err


def check_measured_runs_without_later(name: str, capsys) -> None:
    """A set measured once runs without --later: it is neither left out nor announced, and
    `--set NAME` alone is let through."""
    module = bench_codes()
    assert not module.is_sealed(name)
    assert name not in module.left_out(False)
    assert module.announce_sealed("codes", False) is True
    assert name not in capsys.readouterr().out
    assert module.announce_sealed(name, False) is True
    assert name not in "".join(capsys.readouterr())
