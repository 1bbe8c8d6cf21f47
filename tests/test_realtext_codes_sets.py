"""The real-text sets of the code-suggestion bench (bench/realtext/codes*/) are well-formed."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest
from codes_set_checks import CodesSet, check_restores
from codes_set_checks import bench_codes as _bench
from codes_set_checks import urls_of_other_manifests as _urls_of_other_manifests

from wb.codebook import load_codebook

REPO = Path(__file__).resolve().parent.parent
SETS = (
    "codes",
    "codes2",
    "codes3",
    "codes4",
    "codes5",
    "codes6",
    "codes7",
    "codes8",
    "codes9",
    "codes10",
    "codes11",
)


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


def _check_21_documents(docs: list[dict], name: str, known_other_url: str, count: int = 21) -> None:
    """A set of `count` texts d01-dNN (21 unless told): split by URL hash (0-a held-out) fixed
    before annotation, a sha256 each, public-domain genres committed and the others not, no URL
    of another manifest (which must include `known_other_url`), no URL twice."""
    assert [d["id"] for d in docs] == [f"d{i:02d}" for i in range(1, count + 1)]
    others = _urls_of_other_manifests(name)
    assert known_other_url in others
    folder = REPO / "bench" / "realtext" / name / "texts"
    for d in docs:
        first = int(hashlib.sha256(d["url"].encode()).hexdigest()[0], 16)
        assert d["split"] == ("held-out" if first <= 10 else "tune"), d["id"]
        assert len(d["sha256"]) == 64
        assert d["url"] not in others, d["id"]
        public = d["licence"].startswith("public domain")
        assert public or d["licence"] == "copyright: text not committed", d["id"]
        assert (folder / f"{d['id']}.txt").exists() == public, d["id"]
    assert len({d["url"] for d in docs}) == count


def test_codes3_split_licences_and_new_urls() -> None:
    """codes-r3: 21 texts, split by URL hash (0-a held-out) fixed before annotation, public-domain
    genres committed and the others not, no URL of another manifest (codes2 batch 2 included)."""
    docs = _manifest("codes3")["documents"]
    _check_21_documents(docs, "codes3", "https://www.tweedemonitor.nl/kamervraag/2021D14291")
    assert [d["id"] for d in docs if d["split"] == "tune"] == ["d01", "d13", "d15", "d19"]
    assert sum(d["licence"].startswith("public domain") for d in docs) == 9


def _check_gold_counts(name: str, counts: dict[str, tuple[int, int, int]]) -> list[dict]:
    """The gold of set `name` covers the manifest's documents and has `counts` by split (rows,
    coded rows, codings); its rows."""
    split = {d["id"]: d["split"] for d in _manifest(name)["documents"]}
    rows = _gold(name)
    found = {
        part: (
            len([r for r in rows if split[r["doc"]] == part]),
            sum(bool(r["codes"]) for r in rows if split[r["doc"]] == part),
            sum(len(r["codes"]) for r in rows if split[r["doc"]] == part),
        )
        for part in ("tune", "held-out")
    }
    assert found == counts
    assert {r["doc"] for r in rows} == set(split)
    return rows


@pytest.mark.parametrize(
    ("name", "children", "fewest_patterns", "counts"),
    [
        (
            "codes3",  # gold as committed in fb48380
            [
                "Passend onderwijs/Speciaal onderwijs",
                "Passend onderwijs/Samenwerking onderwijs en jeugdhulp",
            ],
            3,
            {"tune": (64, 49, 53), "held-out": (381, 190, 205)},
        ),
        (
            "codes4",  # gold as committed in 8be03e8
            ["Zorgregeling en omgang/Co-ouderschap", "Zorgregeling en omgang/Begeleide omgang"],
            2,
            {"tune": (167, 146, 156), "held-out": (215, 163, 179)},
        ),
    ],
)
def test_codebook_and_gold_counts(
    name: str, children: list[str], fewest_patterns: int, counts: dict
) -> None:
    """The codebook has 12 codes (one parent with two children), each with a description, one
    example and a few patterns (at most 4); the gold's counts as committed, by split."""
    book = load_codebook(REPO / "bench" / "realtext" / name / "codebook.yaml")
    codes = list(book.walk())
    assert len(codes) == 12
    assert [c.path for c in codes if "/" in c.path] == children
    for code in codes:
        assert code.description and len(code.examples) == 1, code.path
        assert fewest_patterns <= len(code.patterns) <= 4, code.path
    rows = _check_gold_counts(name, counts)
    parent = {children[0].split("/")[0]}
    for row in rows:
        assert row["codes"] == sorted(row["codes"]), row
        assert not (parent & set(row["codes"]) and any("/" in c for c in row["codes"])), row


def test_codes3_loads_through_the_bench_without_suggestions() -> None:
    """bench_codes --set codes3 reads the set: texts (committed ones at least; the others when
    bench/data has them), their gold sentences and the manifest's split. No suggester is built:
    the held-out figures are measured once, by the lead."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_codes

    assert "codes3" in bench_codes.SETS
    assert bench_codes.SETS["codes3"][1] == REPO / "bench" / "data" / "realtext_codes3"
    texts, gold = bench_codes.load_data(False, "codes3")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes3" / "texts").glob("*.txt")}
    assert committed <= set(texts)
    parts = _check_loaded_set("codes3", texts, gold)
    assert sorted(parts["tune"] + parts["held-out"]) == sorted(texts)


def test_codes4_split_licences_and_new_urls_and_sealed() -> None:
    """codes-r4: 21 texts, split by URL hash (0-a held-out, as codes3) fixed before annotation,
    public-domain genres committed and the others not, no URL of another manifest, sealed."""
    manifest = _manifest("codes4")
    assert manifest["sealed"] is False  # measured once by the lead, tune material since
    docs = manifest["documents"]
    _check_21_documents(
        docs, "codes4", "https://zoek.officielebekendmakingen.nl/kv-tk-2022Z18101.html"
    )
    tune = ["d01", "d05", "d07", "d09", "d10", "d11", "d13", "d15", "d17", "d21"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == [
        "d18",
        "d19",
        "d20",
        "d21",
    ]


def _check_codebook_and_gold(
    name: str, n_codes: int, child: str, counts: dict[str, tuple[int, int, int]]
) -> list[dict]:
    """Check a set's codebook (n codes, one child, one example and 3-4 patterns each) and its
    gold's counts by split (rows, coded rows, codings); the gold rows for further checks."""
    book = load_codebook(REPO / "bench" / "realtext" / name / "codebook.yaml")
    codes = list(book.walk())
    assert len(codes) == n_codes
    assert [c.path for c in codes if "/" in c.path] == [child]
    for code in codes:
        assert code.description and len(code.examples) == 1, code.path
        assert 3 <= len(code.patterns) <= 4, code.path
    rows = _check_gold_counts(name, counts)
    parent = child.split("/")[0]
    for row in rows:
        assert row["codes"] == sorted(row["codes"]), row
        assert not ({parent, child} <= set(row["codes"])), row
    return rows


def test_codes4_loads_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes4 (texts, gold, the manifest's split); no suggester is built."""
    bench_codes = _bench()
    assert bench_codes.SETS["codes4"][1] == REPO / "bench" / "data" / "realtext_codes4"
    texts, gold = bench_codes.load_data(False, "codes4")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes4" / "texts").glob("*.txt")}
    assert committed == {"d18", "d19", "d20", "d21"}
    assert committed <= set(texts)
    _check_loaded_set("codes4", texts, gold)


def _fake_sets(root: Path) -> dict:
    for name, sealed in (("codes", False), ("codes7", True), ("codes8", None)):
        folder = root / "bench" / "realtext" / name
        folder.mkdir(parents=True)
        manifest = {"documents": []} if sealed is None else {"sealed": sealed, "documents": []}
        (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return _bench().real_sets(root)


def test_a_sealed_set_is_left_out_unless_later(tmp_path: Path, capsys) -> None:
    """Only a manifest with "sealed": true is left out, with one printed line; --later keeps it."""
    bench_codes = _bench()
    sets = _fake_sets(tmp_path)
    assert sorted(sets) == ["codes", "codes7", "codes8"]
    assert bench_codes.left_out(False, sets) == ["codes7"]
    assert bench_codes.left_out(True, sets) == []
    assert bench_codes.announce_sealed("codes", False, sets) is True
    assert capsys.readouterr().out == (
        "verzegeld: codes7 blijft buiten deze run (eenmalig meten: --set codes7 --later)\n"
    )
    assert bench_codes.announce_sealed("codes7", False, sets) is False
    assert "codes7 is verzegeld" in capsys.readouterr().err
    assert bench_codes.announce_sealed("codes7", True, sets) is True
    assert capsys.readouterr().out == ""


def test_only_codes11_to_codes27_can_be_sealed_after_codes10_was_measured() -> None:
    """codes4-codes10 were each measured once and are tune material (codes10 on 2026-12-05
    22:21 UTC); codes27 (collect-ct4) waits sealed for its one measurement (codes22 was measured
    once, 2026-12-07 08:40 UTC, codes23 at 11:48 UTC, codes24 at 14:32 UTC, codes25 at 16:59 UTC,
    codes26 at 20:21 UTC),
    codes21 (collect-codes-themes) was measured once (2026-12-07 06:00 UTC), codes20
    (collect-codes-themes) for its own (whether it still waits is checked by its own tests), codes19
    (collect-codes-themes) for its own (checked by its own tests), codes18
    (collect-codes-themes) for its own (checked by its own tests), and codes17
    (collect-codes-themes) for its own (whether it still waits is checked by its own tests),
    codes13,
    codes14, codes15 and codes16 were measured once (2026-12-06 07:15, 09:37, 12:35 and 15:09
    UTC), and
    codes11 (collect-codes11) and codes12 (collect-codes12) until their own (whether each still
    waits is checked by its own tests, so that this one holds before and after each is
    measured)."""
    bench_codes = _bench()
    sealed = [n for n in sorted(bench_codes.SETS) if bench_codes.is_sealed(n)]
    others = [n for n in sealed if n not in ("codes11", "codes12", "codes13", "codes14")]
    # codes17 measured once (2026-12-06 18:02 UTC), codes18 once (2026-12-06 20:29 UTC), codes19
    # once (2026-12-06 23:47 UTC)
    # codes20 once (2026-12-07 02:33 UTC), codes21 once (2026-12-07 06:00 UTC); codes22 waits
    # for a later session's end, codes23 (collect-ct) for the one after; codes23 alone once
    # codes22 is measured; codes24 (collect-ct) after codes23, and alone once codes23 is measured;
    # codes25 (collect-ct) after codes24, and alone once codes24 is measured; codes26 (collect-ct)
    # after codes25, and alone once codes25 is measured; codes27 (collect-ct4) after codes26, and
    # alone once codes26 is measured
    assert others == ["codes27"]  # codes26 measured (2026-12-07 20:21 UTC)
    assert bench_codes.left_out(False) == sealed
    assert bench_codes.left_out(True) == []


def test_two_sealed_sets_are_left_out_and_refused_one_by_one(tmp_path: Path, capsys) -> None:
    """With two sealed manifests a run prints one line for each, in name order; each alone is
    refused without --later and let through with it; an unsealed set runs."""
    bench_codes = _bench()
    for name, sealed in (("codes", False), ("codes7", True), ("codes8", True)):
        folder = tmp_path / "bench" / "realtext" / name
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text(json.dumps({"sealed": sealed}), "utf-8")
    sets = bench_codes.real_sets(tmp_path)
    assert bench_codes.left_out(False, sets) == ["codes7", "codes8"]
    lines = (
        "verzegeld: codes7 blijft buiten deze run (eenmalig meten: --set codes7 --later)\n"
        "verzegeld: codes8 blijft buiten deze run (eenmalig meten: --set codes8 --later)\n"
    )
    assert bench_codes.announce_sealed("codes", False, sets) is True
    assert capsys.readouterr() == (lines, "")
    for name in ("codes7", "codes8"):
        assert bench_codes.announce_sealed(name, False, sets) is False
        assert capsys.readouterr() == (lines, f"{name} is verzegeld: niet gemeten zonder --later\n")
        assert bench_codes.announce_sealed(name, True, sets) is True
        assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("script", ["bench_codes", "codes_by_code"])
def test_a_run_on_a_sealed_set_without_later_stops_before_any_pipeline(
    script: str, monkeypatch, capsys, tmp_path: Path
) -> None:
    """`--set NAME` of a sealed set without --later exits with code 2 before anything loads."""
    bench_codes = _bench()
    monkeypatch.setattr(bench_codes, "SETS", _fake_sets(tmp_path))
    module = __import__(script)

    def refuse(*args, **kwargs):
        raise AssertionError("loaded while sealed")

    monkeypatch.setattr(module, "load", refuse)
    monkeypatch.setattr(module, "load_codebook", refuse)
    monkeypatch.setattr(sys, "argv", [f"{script}.py", "--set", "codes7"])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: codes7 blijft buiten deze run" in out.out
    assert "codes7 is verzegeld: niet gemeten zonder --later" in out.err


def test_codes5_split_licences_and_new_urls_and_measured() -> None:
    """collect-codes: 21 texts, split by URL hash (0-a held-out, as codes3/codes4) fixed before
    annotation, the court ruling committed and the others not, no URL of another manifest;
    sealed until its one measurement (2026-12-05 00:43 UTC), tune material since."""
    manifest = _manifest("codes5")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(
        docs, "codes5", "https://www.sdu.nl/content/sign-weging-van-de-mening-van-de-minderjarige"
    )
    tune = ["d01", "d03", "d08", "d09", "d17", "d18", "d20"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == ["d21"]


def test_codes5_codebook_and_gold_counts() -> None:
    """The codebook has 11 codes (one parent with one child), each with a description, one
    example and 3-4 patterns; the gold's counts as committed (f3b042b), by split."""
    rows = _check_codebook_and_gold(
        "codes5",
        11,
        "Kinderombudsman/Recht op participatie",
        {"tune": (124, 110, 126), "held-out": (306, 272, 294)},
    )
    assert len(rows) == 430


def test_codes10_measured_runs_without_later(capsys) -> None:
    """codes10 was sealed until its one measurement (2026-12-05 22:21 UTC, main 3f183475) and
    runs without --later since, as codes5-codes9 do; only codes11 is announced as left out."""
    bench_codes = _bench()
    assert bench_codes.SETS["codes5"][1] == REPO / "bench" / "data" / "realtext_codes5"
    assert bench_codes.SETS["codes6"][1] == REPO / "bench" / "data" / "realtext_codes6"
    assert bench_codes.SETS["codes7"][1] == REPO / "bench" / "data" / "realtext_codes7"
    assert bench_codes.SETS["codes8"][1] == REPO / "bench" / "data" / "realtext_codes8"
    assert bench_codes.SETS["codes9"][1] == REPO / "bench" / "data" / "realtext_codes9"
    assert bench_codes.SETS["codes10"][1] == REPO / "bench" / "data" / "realtext_codes10"
    assert bench_codes.announce_sealed("codes", False) is True
    assert "codes10" not in capsys.readouterr().out
    for name in ("codes5", "codes6", "codes7", "codes8", "codes9", "codes10"):
        assert bench_codes.announce_sealed(name, False) is True
        assert name not in "".join(capsys.readouterr())


def test_codes6_split_licences_and_new_urls_and_measured() -> None:
    """collect-codes: 21 texts, split by URL hash (0-a held-out, as codes3-codes5) fixed before
    annotation, the public-domain genres (Kamerstukken, ombudsman reports, a council decision,
    a court ruling) committed and the others not, no URL of another manifest; sealed until its
    one measurement (2026-12-05 02:58 UTC), tune material since."""
    manifest = _manifest("codes6")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes6", "https://jure.nl/ECLI:NL:RBNHO:2020:8795")
    tune = ["d02", "d03", "d06", "d07", "d08", "d13", "d14", "d20"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    public = ["d01", "d02", "d03", "d04", "d05", "d17", "d21"]
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == public


def _check_rows_cover_committed_texts(name: str, rows: list[dict]) -> None:
    """Every sentence of a committed text of set `name` is a gold row, in order, with nothing
    but white space between rows."""
    for path in sorted((REPO / "bench" / "realtext" / name / "texts").glob("*.txt")):
        text = path.read_text("utf-8")
        mine = [r for r in rows if r["doc"] == path.stem]
        ends = [0] + [r["end"] for r in mine]
        starts = [r["start"] for r in mine] + [len(text)]
        gaps = [text[a:b] for a, b in zip(ends, starts, strict=True)]
        assert all(not gap.strip() for gap in gaps), path.stem


def _check_loaded_set(name: str, texts: dict, gold: dict) -> dict[str, list[str]]:
    """What bench_codes.load_data read for set `name` matches its gold file and manifest; the
    split's parts."""
    bench_codes = _bench()
    assert set(gold) == set(texts)
    rows = _gold(name)
    for doc in texts:
        mine = [r for r in rows if r["doc"] == doc]
        assert [(g.start, g.end, sorted(g.codes)) for g in gold[doc]] == [
            (r["start"], r["end"], r["codes"]) for r in mine
        ]
    parts = bench_codes.split(sorted(texts), name)
    manifest = {d["id"]: d["split"] for d in _manifest(name)["documents"]}
    assert all(manifest[d] == part for part, ids in parts.items() for d in ids)
    return parts


def test_codes6_codebook_and_gold_counts() -> None:
    """The codebook has 12 codes (one parent with one child), each with a description, one
    example and 3-4 patterns; the gold's counts as committed (152168b), by split; every
    sentence of a committed text is a gold row, in order, with no gap of text between rows
    but white space."""
    child = "Informatie delen tussen instanties/Privacy en toestemming"
    rows = _check_codebook_and_gold(
        "codes6", 12, child, {"tune": (93, 50, 59), "held-out": (263, 163, 198)}
    )
    _check_rows_cover_committed_texts("codes6", rows)


def test_codes6_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes6 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester."""
    bench_codes = _bench()
    texts, gold = bench_codes.load_data(False, "codes6")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes6" / "texts").glob("*.txt")}
    assert committed == {"d01", "d02", "d03", "d04", "d05", "d17", "d21"}
    assert committed <= set(texts)
    _check_loaded_set("codes6", texts, gold)


def test_codes7_split_licences_and_new_urls_and_sealed() -> None:
    """collect-codes: 21 texts, split by URL hash (0-a held-out, as codes3-codes6) fixed before
    annotation, the public-domain genres (two court rulings, Kamervragen with the answers)
    committed and the others not, no URL of another manifest (codes6 included); sealed until its
    one measurement (2026-12-05 05:31 UTC), tune material since."""
    manifest = _manifest("codes7")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes7", "https://jure.nl/ECLI:NL:RBNHO:2020:8795")
    tune = ["d02", "d03", "d04", "d06", "d10", "d15", "d17", "d19", "d20"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    public = ["d06", "d07", "d16"]
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == public


def _texts_at_hand_checked(name: str) -> list[str]:
    """The ids of a set's texts at hand (committed, or in the git-ignored
    bench/data/realtext_NAME/), each asserted to have the manifest's sha256."""
    folders = (
        REPO / "bench" / "realtext" / name / "texts",
        REPO / "bench" / "data" / f"realtext_{name}",
    )
    checked = []
    for d in _manifest(name)["documents"]:
        for folder in folders:
            path = folder / f"{d['id']}.txt"
            if path.exists():
                assert hashlib.sha256(path.read_bytes()).hexdigest() == d["sha256"], d["id"]
                checked.append(d["id"])
                break
    return checked


def test_codes7_texts_at_hand_match_their_sha256() -> None:
    """Every codes7 text at hand (committed, or in the git-ignored bench/data/realtext_codes7/)
    has the manifest's sha256; the three committed ones are always at hand."""
    docs = _manifest("codes7")["documents"]
    assert {"d06", "d07", "d16"} <= set(_texts_at_hand_checked("codes7"))
    assert (
        docs[5]["sha256"] == "72ccae09547a6b9df895cab0909cf72981ef3d946adf49764444370aa5ba6594"
    )  # d06, the ruling


def test_codes7_codebook_and_gold_counts() -> None:
    """The codebook has 12 codes (one parent with one child), each with a description, one
    example and 3-4 patterns; the gold's counts as committed (7eeaf5b), by split; every
    sentence of a committed text is a gold row, in order, with no gap of text between rows
    but white space."""
    child = "Internationale kinderontvoering/Teruggeleiding"
    rows = _check_codebook_and_gold(
        "codes7", 12, child, {"tune": (156, 118, 122), "held-out": (205, 169, 177)}
    )
    assert len(rows) == 361
    _check_rows_cover_committed_texts("codes7", rows)


def test_codes7_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes7 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    texts, gold = bench_codes.load_data(False, "codes7")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes7" / "texts").glob("*.txt")}
    assert committed == {"d06", "d07", "d16"}
    assert committed <= set(texts)
    _check_loaded_set("codes7", texts, gold)


def test_codes8_split_licences_and_new_urls_and_measured() -> None:
    """collect-codes: 22 texts, split by URL hash (0-a held-out, as codes3-codes7) fixed before
    annotation, the public-domain genres (an RSJ advisory report, a court ruling, Handelingen,
    a Kamerbrief, Kamervragen with the answers) committed and the others not, no URL of another
    manifest (codes7 included); sealed until its one measurement (2026-12-05 07:35 UTC), tune
    material since."""
    manifest = _manifest("codes8")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes8", "https://jure.nl/ECLI:NL:RBNHO:2020:8795", count=22)
    tune = ["d08", "d10", "d11", "d14", "d15", "d20", "d22"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    public = ["d07", "d08", "d09", "d15", "d21"]
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == public
    codes7 = {d["url"] for d in _manifest("codes7")["documents"]}
    assert not codes7 & {d["url"] for d in docs}


def test_codes8_texts_at_hand_match_their_sha256() -> None:
    """Every codes8 text at hand (committed, or in the git-ignored bench/data/realtext_codes8/)
    has the manifest's sha256; the five committed ones are always at hand."""
    docs = _manifest("codes8")["documents"]
    assert {"d07", "d08", "d09", "d15", "d21"} <= set(_texts_at_hand_checked("codes8"))
    assert (
        docs[7]["sha256"] == "48d94c2bc722700e6ca4063243e88307e393b0144781f8d2bf1dc223bbf27ab6"
    )  # d08, the ruling


def test_codes8_codebook_and_gold_counts() -> None:
    """The codebook has 12 codes (one parent with one child), each with a description, one
    example and 3-4 patterns; the gold's counts as committed, by split; every sentence of a
    committed text is a gold row, in order, with no gap of text between rows but white space."""
    child = "Perspectief en terugplaatsing/Gezag beëindigd"
    rows = _check_codebook_and_gold(
        "codes8", 12, child, {"tune": (143, 104, 113), "held-out": (282, 238, 256)}
    )
    assert len(rows) == 425
    assert sum(child in r["codes"] for r in rows) == 25
    _check_rows_cover_committed_texts("codes8", rows)


def test_codes8_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes8 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    texts, gold = bench_codes.load_data(False, "codes8")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes8" / "texts").glob("*.txt")}
    assert committed == {"d07", "d08", "d09", "d15", "d21"}
    assert committed <= set(texts)
    parts = _check_loaded_set("codes8", texts, gold)
    assert parts["tune"] == sorted(
        t for t in texts if t in {"d08", "d10", "d11", "d14", "d15", "d20", "d22"}
    )


def test_codes9_split_licences_and_new_urls_and_measured() -> None:
    """collect-codes: 22 texts on money and housing after a divorce, split by URL hash (0-a
    held-out, as codes3-codes8) fixed before annotation, the public-domain genres (Kamervragen
    with the answers, a court ruling) committed and the others not, no URL of another manifest
    (codes7 and codes8 included); sealed until its one measurement (2026-12-05 10:05 UTC), tune
    material since."""
    manifest = _manifest("codes9")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes9", "https://jure.nl/ECLI:NL:RBNHO:2020:8795", count=22)
    tune = ["d05", "d08", "d09", "d17", "d19", "d20"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    public = ["d02", "d03", "d17", "d19"]
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == public
    for other in ("codes7", "codes8"):
        assert not {d["url"] for d in _manifest(other)["documents"]} & {d["url"] for d in docs}


def test_codes9_texts_at_hand_match_their_sha256() -> None:
    """Every codes9 text at hand (committed, or in the git-ignored bench/data/realtext_codes9/)
    has the manifest's sha256; the four committed ones are always at hand."""
    docs = _manifest("codes9")["documents"]
    assert {"d02", "d03", "d17", "d19"} <= set(_texts_at_hand_checked("codes9"))
    assert (
        docs[2]["sha256"] == "87a88fc2dcfed5ad61fa85ab58511edf54bd22b177cb5479b223ddf253815e41"
    )  # d03, the ruling


def test_codes9_codebook_and_gold_counts() -> None:
    """The codebook has 12 codes (one parent with one child), each with a description, one
    example and 3-4 patterns; the gold's counts as committed (8b03884), by split; every sentence
    of a committed text is a gold row, in order, with no gap of text between rows but white
    space."""
    child = "Armoede in het gezin/Kind en armoede"
    rows = _check_codebook_and_gold(
        "codes9", 12, child, {"tune": (124, 84, 86), "held-out": (333, 268, 272)}
    )
    assert len(rows) == 457
    assert sum(child in r["codes"] for r in rows) == 37
    book = load_codebook(REPO / "bench" / "realtext" / "codes9" / "codebook.yaml")
    assert all(c.include for c in book.walk())
    _check_rows_cover_committed_texts("codes9", rows)


def test_codes9_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes9 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    texts, gold = bench_codes.load_data(False, "codes9")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes9" / "texts").glob("*.txt")}
    assert committed == {"d02", "d03", "d17", "d19"}
    assert committed <= set(texts)
    parts = _check_loaded_set("codes9", texts, gold)
    assert parts["tune"] == sorted(
        t for t in texts if t in {"d05", "d08", "d09", "d17", "d19", "d20"}
    )


def test_codes10_split_licences_and_new_urls_and_measured() -> None:
    """collect-codes: 22 texts on grandparents, siblings, new partners and the wider family after
    a divorce, split by URL hash (0-a held-out, as codes3-codes9) fixed before annotation, the
    public-domain genres (a Kamerstuk, Kamervragen with the answers, a court ruling) committed
    and the others not, no URL of another manifest (codes7-codes9 included); sealed until its one
    measurement (2026-12-05 22:21 UTC), tune material since."""
    manifest = _manifest("codes10")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes10", "https://jure.nl/ECLI:NL:RBNHO:2020:8795", count=22)
    tune = ["d02", "d05", "d08", "d10", "d13", "d16", "d19", "d21"]
    assert [d["id"] for d in docs if d["split"] == "tune"] == tune
    public = ["d02", "d09", "d10"]
    assert [d["id"] for d in docs if d["licence"].startswith("public domain")] == public
    for other in ("codes7", "codes8", "codes9"):
        assert not {d["url"] for d in _manifest(other)["documents"]} & {d["url"] for d in docs}


def test_codes10_texts_at_hand_match_their_sha256() -> None:
    """Every codes10 text at hand (committed, or in the git-ignored bench/data/realtext_codes10/)
    has the manifest's sha256; the three committed ones are always at hand."""
    docs = _manifest("codes10")["documents"]
    assert {"d02", "d09", "d10"} <= set(_texts_at_hand_checked("codes10"))
    assert (
        docs[9]["sha256"] == "36e52cfe75ecc452278805fc57af9d73ae6d91d304485e39b72ccc96bbb5f551"
    )  # d10, the ruling


def test_codes10_codebook_and_gold_counts() -> None:
    """The codebook has 11 codes (one parent with one child), each with a description, an
    include, one example and 4 patterns, and an exclude for all but the child; the gold's counts
    as committed, by split; every sentence of a committed text is a gold row, in order, with no
    gap of text between rows but white space."""
    child = "Grootouders/Omgangsrecht van grootouders"
    rows = _check_codebook_and_gold(
        "codes10", 11, child, {"tune": (145, 132, 133), "held-out": (288, 202, 205)}
    )
    assert len(rows) == 433
    assert sum(child in r["codes"] for r in rows) == 38
    assert sum(len(r["codes"]) == 2 for r in rows) == 4
    book = load_codebook(REPO / "bench" / "realtext" / "codes10" / "codebook.yaml")
    assert all(c.include and len(c.patterns) == 4 for c in book.walk())
    assert [c.path for c in book.walk() if not c.exclude] == [child]
    _check_rows_cover_committed_texts("codes10", rows)


def test_codes10_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes10 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    texts, gold = bench_codes.load_data(False, "codes10")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes10" / "texts").glob("*.txt")}
    assert committed == {"d02", "d09", "d10"}
    assert committed <= set(texts)
    parts = _check_loaded_set("codes10", texts, gold)
    assert parts["tune"] == sorted(
        t for t in texts if t in {"d02", "d05", "d08", "d10", "d13", "d16", "d19", "d21"}
    )


CODES11_TUNE = ["d02", "d05", "d07", "d09", "d12", "d14", "d17", "d19", "d21"]
CODES11_PUBLIC = ["d04", "d05", "d08", "d09", "d10", "d11", "d12", "d13", "d14", "d15", "d17"]


def test_codes11_split_licences_restore_hints_and_new_urls_and_sealed() -> None:
    """collect-codes11: 22 texts on domestic violence around a divorce and contact, split by URL
    hash (0-a held-out, as codes3-codes10) fixed before annotation, the public-domain genres
    committed and the others not (each of those with a restore hint: the pages corpus and the
    query whose answer holds its excerpt), no URL of another manifest (codes10 included); sealed
    until its one measurement (2026-12-06 01:24 UTC, main 2bdeabcb), tune material since."""
    manifest = _manifest("codes11")
    assert manifest["sealed"] is False
    docs = manifest["documents"]
    _check_21_documents(docs, "codes11", "https://jure.nl/ECLI:NL:RBNHO:2020:8795", count=22)
    assert [d["id"] for d in docs if d["split"] == "tune"] == CODES11_TUNE
    public = [d["id"] for d in docs if d["licence"].startswith("public domain")]
    assert public == CODES11_PUBLIC
    for d in docs:
        if d["id"] in public:
            assert "restore" not in d, d["id"]
        else:
            assert d["restore"]["corpus"] == "pages", d["id"]
            assert len(d["restore"]["query"].split()) >= 6 and d["restore"]["kept"], d["id"]
    for other in ("codes7", "codes8", "codes9", "codes10"):
        assert not {d["url"] for d in _manifest(other)["documents"]} & {d["url"] for d in docs}


def test_codes11_texts_at_hand_match_their_sha256() -> None:
    """Every codes11 text at hand (committed, or in the git-ignored bench/data/realtext_codes11/)
    has the manifest's sha256; the eleven committed ones are always at hand."""
    docs = _manifest("codes11")["documents"]
    assert set(CODES11_PUBLIC) <= set(_texts_at_hand_checked("codes11"))
    assert (
        docs[12]["sha256"] == "be1c707e60d4694ba16c4e64a90c505ef78d85b2cf842c0564990c9798d5fa59"
    )  # d13, the ruling


def test_codes11_codebook_and_gold_counts() -> None:
    """The codebook has 11 codes (two parents with one child each), each with a description, an
    include, one example and 4 patterns, and an exclude for all but one child; the gold's counts
    as committed, by split (and of the held-out split's first third, which is coded, not
    scored); no row has a parent with its child; every sentence of a committed text is a gold
    row, in order, with no gap of text between rows but white space."""
    book = load_codebook(REPO / "bench" / "realtext" / "codes11" / "codebook.yaml")
    codes = list(book.walk())
    assert len(codes) == 11
    children = ["Partnergeweld/Kind als getuige", "Geweld of conflict/Valse beschuldigingen"]
    assert [c.path for c in codes if "/" in c.path] == children
    for code in codes:
        assert code.description and code.include and len(code.examples) == 1, code.path
        assert len(code.patterns) == 4, code.path
    assert [c.path for c in codes if not c.exclude] == children[1:]
    rows = _check_gold_counts("codes11", {"tune": (167, 116, 127), "held-out": (224, 179, 199)})
    assert len(rows) == 391
    assert sum(len(r["codes"]) == 2 for r in rows) == 31
    assert max(len(r["codes"]) for r in rows) == 2
    assert [sum(child in r["codes"] for r in rows) for child in children] == [9, 21]
    first_third = [r for r in rows if r["doc"] in ("d01", "d03", "d04", "d06")]
    assert (len(first_third), sum(len(r["codes"]) for r in first_third)) == (67, 71)
    for row in rows:
        assert row["codes"] == sorted(row["codes"]), row
        for child in children:
            assert not {child, child.split("/")[0]} <= set(row["codes"]), row
    _check_rows_cover_committed_texts("codes11", rows)


def test_codes11_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads codes11 (texts checked against their sha256, gold, the manifest's
    split) without building a suggester: wb is not run on a sealed set."""
    bench_codes = _bench()
    assert bench_codes.SETS["codes11"][1] == REPO / "bench" / "data" / "realtext_codes11"
    texts, gold = bench_codes.load_data(False, "codes11")
    committed = {p.stem for p in (REPO / "bench" / "realtext" / "codes11" / "texts").glob("*.txt")}
    assert committed == set(CODES11_PUBLIC)
    assert committed <= set(texts)
    parts = _check_loaded_set("codes11", texts, gold)
    assert parts["tune"] == [t for t in CODES11_TUNE if t in texts]


def test_codes11_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local codes11 text from the excerpt its restore hint names
    (when that excerpt is at hand in bench/data/restore_raw/codes11/): one candidate the gold's
    layout allows has the manifest's sha256. Nothing is written."""
    check_restores(CodesSet("codes11", tune=[], public=CODES11_PUBLIC, children=[], pinned={}))


def test_codes11_is_measured_by_every_run(capsys) -> None:
    """Since its one measurement (2026-12-06 01:24 UTC) codes11 is tune material: a default run
    prints no sealed line for it and `--set codes11` runs without --later."""
    bench_codes = _bench()
    assert not bench_codes.is_sealed("codes11")
    assert "codes11" not in bench_codes.left_out(False)
    assert bench_codes.announce_sealed("codes11", False) is True
    assert "codes11" not in capsys.readouterr().out
