"""Round 7 of the real theme texts (collect-themes7): 20 fresh texts, sealed until a lead's one
measurement (`--readable --round 7 --later`). The tests check the manifest, the files and their
sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up of the
search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and
document numbers are new, and that bench_themes.py leaves round 7 out of every run and refuses it
without --later before anything of wb loads, also while round 6 is measured once; no test here runs
wb on the texts or reads a text of round 6."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from realtext_helpers import bare_url as _bare
from realtext_helpers import (
    bench_module,
    check_later_opens_one_sealed_round,
    check_themes_files,
)
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"
RAW = REPO / "bench" / "data" / "restore_raw" / "themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)


def _bench():
    return bench_module("bench_themes")


def _lines(rounds: list[int]) -> str:
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def _restorer():
    path = REPO / "bench" / "restore_texts" / "restore_themes.py"
    spec = importlib.util.spec_from_file_location("restore_themes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_round_7_counts_licences_and_persons():
    texts = _round(7)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"fresh"}  # sealed until its one measurement
    # at least 11 public texts, so a new machine has most of the round without any look-up
    assert Counter(t["committed"] for t in texts) == {True: 11, False: 9}
    assert Counter(t["genre"] for t in texts) == {
        "nieuws": 4,
        "debat": 3,
        "kamervragen": 2,
        "verslag": 2,
        "rapport": 2,
        "ouderverhaal": 2,
        "blog": 2,
        "kamerbrief": 1,
        "ombudsmanrapport": 1,
        "vakartikel": 1,
    }
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        committed = THEMES / "texts" / f"{t['id']}.txt"
        assert committed.is_file() == t["committed"], t["id"]  # news and blogs never in git
    persons = {t["id"]: t["persons"] for t in texts if t.get("persons")}
    assert (len(persons), sum(map(len, persons.values()))) == (14, 41)
    # a man named by his initial only, in the answers to Kamervragen
    assert persons["kv-tk-2021Z10916"][-1] == "De K."
    # names inside compounds: a committee and a parliamentary group named after a person
    assert persons["h-tk-19951996-107-7037-7046"] == ["Van der Burg", "Vliegenthart"]
    assert persons["h-ek-20252026-03-kemperman"] == ["Kemperman", "Walenkamp"]
    # a byline of initials and particles
    assert persons["fjr-hoorrecht-geevalueerd"][-1] == "R. de Boer"
    # a member named in full in the header and short in the answer
    assert persons["kv-tk-2017Z10321"] == [
        "Michiel van Nispen",
        "Vera Bergkamp",
        "Stef Blok",
        "Bergkamp",
        "Van Nispen",
    ]
    assert "kst-30072-1" not in persons  # a minister's letter that names nobody


def test_round_7_sha256_of_committed_and_local_texts():
    check_themes_files(7)
    texts = THEMES / "texts"
    report = (texts / "kst-31839-916.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (an unfinished list item) is gone
    assert report.endswith("(Kamerstuk 31 066, nr. 1027);\n")
    assert "13 september 2022" not in report
    questions = (texts / "kv-tk-2017Z10321.txt").read_text(encoding="utf-8")
    assert questions.endswith("niet nakomen van omgangsregelingen.1\n")  # a footnote mark kept
    # an excerpt that is the whole stored page keeps its last line
    statement = (texts / "kom-rondetafelgesprek-jeugdhulp.txt").read_text(encoding="utf-8")
    assert statement.endswith("die is gemaakt voor het rondetafelgesprek\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    texts = _round(7)
    for t in texts:
        if t["committed"]:
            assert "restore" not in t, t["id"]
            continue
        hint = t["restore"]
        assert set(hint) == {"corpus", "query"}, t["id"]
        assert hint["corpus"] == "pages"
        # the search tool sends the first 400 characters of a query
        assert 20 < len(hint["query"]) <= 400, t["id"]
    hints = [t["restore"]["query"] for t in texts if "restore" in t]
    assert len(hints) == 9
    assert len(set(hints)) == 8  # one query found two of them: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    bench = _bench()
    manifest = bench.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 7 and not t["committed"]]
    assert {t["restore"]["corpus"] for t in local} == {"pages"}
    assert bench.round_splits(7, manifest) == ["fresh"]  # sealed until its one measurement


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    # restoring is hashing, not reading wb's output: the raw excerpt is cut until its sha256 fits
    restorer = _restorer()
    local = [t for t in _round(7) if not t["committed"]]
    found = 0
    for t in local:
        raw_file = RAW / f"{t['id']}.json"
        if not raw_file.is_file():  # a new machine: one look-up of restore.query brings it back
            continue
        hit = restorer.find(json.loads(raw_file.read_text(encoding="utf-8")), t["sha256"])
        assert hit is not None, t["id"]
        assert hashlib.sha256(hit[1].encode("utf-8")).hexdigest() == t["sha256"], t["id"]
        found += 1
    if not found:
        pytest.skip("no stored excerpt of round 7 on this machine")


def test_round_7_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(7)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in range(1, 7) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Kamerstuk, Kamervraag, Handelingen item or report under another address
    numbers = ["30072", "31839-916", "31839/916", "2017z10321", "20162017-2624", "2021z10916"]
    numbers += ["20202021-3449", "h-tk-19951996-107", "kst85693", "zx50r14n"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_7_was_measured_and_runs_while_round_8_stays_out(capsys):
    bench = _bench()
    # round 7 was measured once (2026-12-06 01:27 UTC, main 2bdeabcb) and is fresh since; round 8
    # (tests/test_themes_round8.py) is sealed, and round 9 (tests/test_themes_round9.py) too
    sealed = bench.sealed_rounds()
    assert sealed == [8, 9]
    assert bench.round_splits(7) == ["fresh"]
    assert bench.left_out(False) == sealed and bench.left_out(True, chosen=7) == sealed
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    # round 7 runs without --later now, as rounds 2-6 do
    assert bench.announce_sealed(7, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_the_one_measurement_of_round_6_keeps_round_7_sealed(monkeypatch, capsys):
    # `--readable --round 6 --later` asks for round 6's texts only and prints round 7's line;
    # the texts are never fetched here (real_texts is a recorder), so round 6 stays unread too
    bench = _bench()
    asked = []
    monkeypatch.setattr(bench, "real_texts", lambda *args: asked.append(args) or ([], []))
    monkeypatch.setattr(bench, "readable_row", _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "6", "--later"])
    bench.main()
    if 6 in bench.sealed_rounds():
        assert asked == [("sealed", 6, True)]
    assert {a[1] for a in asked} == {6}
    out = capsys.readouterr()
    assert out.out.startswith(_lines(bench.sealed_rounds())) and out.err == ""
    assert LINE.format(r=6) not in out.out
    assert bench.left_out(True, chosen=6) == [8, 9]


def test_later_with_round_6_never_opens_a_text_of_round_7(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 6 waited
    check_later_opens_one_sealed_round(_bench(), monkeypatch, tmp_path, 6)


def test_later_would_let_round_7_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "7", "--later"])
    bench.main()
    assert calls == [(7, True)]
    assert capsys.readouterr() == (_lines([r for r in bench.sealed_rounds() if r != 7]), "")
