"""The shared parts of the after-a-third codes benches (bench/codes_third_learning.py).

No texts are read: the split into a coded third and the rest, the ``--variant`` options and the
sealed sets left out (codes27 is sealed; its name is printed, nothing is read).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import codes_third_learning as L  # noqa: E402

#: the sets that may still wait sealed: codes20 until its one measurement, codes21 after it,
#: codes22 (collect-ct) after codes21's, codes23 (collect-ct) after codes22's, codes24 (collect-ct)
#: after codes23's, codes25 (collect-ct) after codes24's, codes26 (collect-ct) after codes25's,
#: codes27 (collect-ct4) after codes26's
WAITING = ("codes20", "codes21", "codes22", "codes23", "codes24", "codes25", "codes26", "codes27")


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
    # codes21 (collect-codes-themes) and codes22 (collect-ct) are sealed, and codes20 until its
    # one measurement: every sealed set is named, also one not asked for (WAITING holds before
    # and after codes20 is measured)
    assert L.unsealed(["codes2", "codes13", "codes5", "codes16"]) == [
        "codes2",
        "codes13",
        "codes5",
        "codes16",
    ]
    lines = capsys.readouterr().out.splitlines()
    waiting = [n for n in WAITING if L.B.is_sealed(n)]
    assert lines == [f"verzegeld: {n} blijft buiten deze run" for n in waiting]
    # codes21 measured once (2026-12-07 06:00 UTC), codes22 once (2026-12-07 08:40 UTC); codes24
    # (collect-ct) waits after codes23, and alone once codes23 is measured; codes25 (collect-ct)
    # waits after codes24, and alone once codes24 is measured; codes26 (collect-ct) waits after
    # codes25, and alone once codes25 is measured; codes27 (collect-ct4) waits after codes26, and
    # alone once codes26 is measured
    assert waiting == ["codes27"]  # codes26 measured (2026-12-07 20:21 UTC)
