"""The shared parts of the after-a-third codes benches (bench/codes_third_learning.py).

No texts are read: the split into a coded third and the rest, the ``--variant`` options and the
sealed sets left out (codes20 is sealed; its name is printed, nothing is read).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import codes_third_learning as L  # noqa: E402


def test_first_third_rounds_and_keeps_one_coded() -> None:
    assert L.first_third(["a", "b"]) == (["a"], ["b"])
    assert L.first_third(["a", "b", "c", "d", "e"]) == (["a", "b"], ["c", "d", "e"])
    assert L.first_third([f"d{k}" for k in range(7)]) == (
        ["d0", "d1"],
        ["d2", "d3", "d4", "d5", "d6"],
    )


def test_variants_of_keeps_main_first_and_reads_json() -> None:
    variants = L.variants_of(['own1={"reaching.MIN_OWN": 1}', "plain={}"])
    assert variants == {"main": {}, "own1": {"reaching.MIN_OWN": 1}, "plain": {}}
    assert list(variants) == ["main", "own1", "plain"]


def test_unsealed_drops_and_names_the_sealed_sets(capsys) -> None:
    # codes13-codes17 were measured once (2026-12-06 07:15, 09:37, 12:35, 15:09 and 18:02 UTC)
    # and run since, codes18 too (2026-12-06 20:29 UTC), codes19 too (2026-12-06 23:47 UTC);
    # codes20 (collect-codes-themes) is sealed: every sealed set is named, also one not asked for
    assert L.unsealed(["codes2", "codes13", "codes5", "codes16"]) == [
        "codes2",
        "codes13",
        "codes5",
        "codes16",
    ]
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1:] == ["verzegeld: codes20 blijft buiten deze run"]
    assert lines[:-1] == []
