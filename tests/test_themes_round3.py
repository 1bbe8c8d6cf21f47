"""Round 3 of the real theme texts (collect-themes): 20 fresh texts, sealed until the lead's one
measurement (2026-12-05 02:59 UTC, main ac72578), split `fresh` since. The sealed-round switch of
bench_themes.py (a round left out of every run and refused without --later) is tested on a
stand-in manifest whose round 3 is sealed; no test here runs wb on the texts."""

from __future__ import annotations

import sys

import pytest
from realtext_helpers import THEMES, check_themes_files
from themes_round_checks import bench as _bench
from themes_round_checks import (
    check_new_urls,
    check_refusal_in_a_fresh_process,
    check_refused_before_any_pipeline,
    round_persons,
    still_sealed,
)


def test_round_3_counts_licences_and_persons():
    genres = {
        "nieuws": 5,
        "debat": 2,
        "kamerbrief": 2,
        "ombudsmanrapport": 2,
        "rapport": 2,
        "ouderverhaal": 2,
        "blog": 2,
        "kamervragen": 1,
        "vakartikel": 1,
        "notulen": 1,
    }
    # sealed until its one measurement
    persons = round_persons(3, "fresh", {True: 9, False: 11}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (14, 41)
    assert persons["trouw-gezinsvoogd"] == [
        "Mark Andriessen",
        "Andriessen",
        "Bart",
        "Diny de Groot",
        "Diny",
    ]
    assert persons["h-ek-20082009-388-424"] == ["Broekers-Knol", "Luchtenveld"]
    assert "ah-tk-20232024-2393" not in persons  # a Kamervraag with its answer, no names


def test_round_3_sha256_of_committed_and_local_texts():
    check_themes_files(3)
    ah = (THEMES / "texts" / "ah-tk-20232024-2393.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment is gone: the text ends with a whole sentence
    assert ah.endswith("of meer psychische problematiek.\n")


def test_round_3_urls_are_unused_elsewhere():
    check_new_urls(3)


def test_rounds_3_and_4_were_measured_and_later_rounds_are_sealed():
    bench = _bench()
    # round 4: collect-codes (tests/test_themes_round4.py), measured 2026-12-05 08:13 UTC;
    # round 5 was measured (fresh since); rounds 6 and 7 (tests/test_themes_round6.py,
    # _round7.py) are sealed, each until the lead's one measurement, then another split; round 6
    # was measured since, round 7 too (2026-12-06 01:27 UTC), round 8 (collect-themes8,
    # _round8.py) is sealed, and round 9 (collect-themes, _round9.py) too, and round 10
    # (collect-themes, _round10.py), and round 11 (collect-codes-themes, _round11.py), and round 12
    # (collect-codes-themes, _round12.py)
    assert bench.sealed_rounds() == still_sealed()
    assert [bench.round_splits(n) for n in (1, 2, 3, 4)] == [
        ["dev", "heldout"],
        ["fresh"],
        ["fresh"],
        ["fresh"],
    ]


# a stand-in manifest as the real one was before round 3's one measurement
SEALED = {
    "texts": [
        {"id": "a", "url": "https://example.org/a", "split": "dev"},
        {"id": "h", "url": "https://example.org/h", "split": "heldout"},
        {"id": "b", "round": 2, "split": "fresh", "url": "https://example.org/b"},
        {"id": "c", "round": 3, "split": "sealed", "url": "https://example.org/c"},
    ]
}


@pytest.fixture
def sealed_bench(monkeypatch):
    """bench_themes reading the stand-in manifest with a sealed round 3."""
    bench = _bench()
    monkeypatch.setattr(bench, "real_manifest", lambda path=None: SEALED)
    return bench


def test_a_sealed_round_is_left_out_of_every_run(sealed_bench, capsys):
    bench = sealed_bench
    assert bench.sealed_rounds() == [3]
    assert bench.left_out(False) == [3] and bench.left_out(True, chosen=3) == []
    assert bench.left_out(True) == [3]  # --later lifts the seal of the chosen round only
    assert [bench.round_splits(n) for n in (1, 2, 3)] == [["dev", "heldout"], ["fresh"], ["sealed"]]
    line = (
        "verzegeld: ronde 3 blijft buiten deze run (eenmalig meten: --readable --round 3 --later)\n"
    )
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr().out == line
    assert bench.announce_sealed(2, False) is True
    assert capsys.readouterr().out == line
    assert bench.announce_sealed(3, False) is False
    out = capsys.readouterr()
    assert (out.out, out.err) == (line, "ronde 3 is verzegeld: niet gemeten zonder --later\n")
    assert bench.announce_sealed(3, True) is True
    assert capsys.readouterr() == ("", "")
    # the texts of a sealed round are not even read without later
    assert bench.real_texts("sealed", 3) == ([], [])


def test_a_sealed_round_comes_from_the_manifest():
    bench = _bench()
    manifest = {
        "texts": [
            {"id": "a", "url": "https://example.org/a"},
            {"id": "b", "round": 2, "split": "fresh", "url": "https://example.org/b"},
            {"id": "c", "round": 4, "split": "sealed", "url": "https://example.org/c"},
        ]
    }
    assert bench.sealed_rounds(manifest) == [4]
    assert bench.left_out(False, manifest) == [4]
    assert bench.round_splits(4, manifest) == ["sealed"]
    manifest["texts"][2]["split"] = "measured"  # after the one measurement: tune material
    assert bench.sealed_rounds(manifest) == []


def test_round_3_without_later_stops_before_any_pipeline(sealed_bench, monkeypatch, capsys):
    assert _bench() is sealed_bench  # the check runs this module, on the stand-in manifest
    check_refused_before_any_pipeline(3, monkeypatch, capsys)


def test_later_lets_round_3_through_to_the_measurement(sealed_bench, monkeypatch, capsys):
    bench = sealed_bench
    calls = []
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "3", "--later"])
    bench.main()
    assert calls == [(3, True)]
    assert capsys.readouterr() == ("", "")
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "2"])
    bench.main()  # round 2 runs without --later, and says that round 3 stays out
    assert calls[-1] == (2, False)
    assert "verzegeld: ronde 3" in capsys.readouterr().out


def test_the_refusal_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 3
    check_refusal_in_a_fresh_process(3, SEALED)
