"""Round 4 of the real theme texts (collect-codes): 20 fresh texts, sealed until the lead's one
measurement (`--readable --round 4 --later`, 2026-12-05 08:13 UTC, main 08514fd), split `fresh`
since. The tests check the manifest, the files and their sha256, that the URLs are new, and that
round 4 now runs like rounds 2 and 3 while the later sealed rounds stay out (their refusals are
tested in tests/test_themes_round5.py-_round7.py); no test here runs wb on the texts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from realtext_helpers import bare_url as _bare
from realtext_helpers import bench_module, check_themes_files
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"


def _bench():
    return bench_module("bench_themes")


def test_round_4_counts_licences_and_persons():
    texts = _round(4)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"fresh"}  # sealed until its one measurement
    assert Counter(t["committed"] for t in texts) == {True: 9, False: 11}
    assert Counter(t["genre"] for t in texts) == {
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
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        committed = THEMES / "texts" / f"{t['id']}.txt"
        assert committed.is_file() == t["committed"], t["id"]  # news and blogs never in git
    persons = {t["id"]: t["persons"] for t in texts if t.get("persons")}
    assert (len(persons), sum(map(len, persons.values()))) == (14, 24)
    assert persons["h-tk-20182019-62-12"] == ["Van Gent", "Van Toorenburg"]
    assert persons["nd-web-van-jeugdzorg"] == [
        "Jojanneke van den Berge",
        "Jojanneke",
        "Jamie",
        "Nando",
    ]
    assert "kst-31839-913" not in persons  # a minister's letter that names nobody


def test_round_4_sha256_of_committed_and_local_texts():
    check_themes_files(4)
    letter = (THEMES / "texts" / "kst-31839-913.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment is gone: the text ends with a whole sentence
    assert letter.endswith("ook in dit stadium verbeterd kan worden.2\n")


def test_round_4_urls_are_unused_elsewhere():
    urls = [_bare(t["url"]) for t in _round(4)]
    assert len(set(urls)) == 20
    earlier = {_bare(t["url"]) for n in (1, 2, 3) for t in _round(n)}
    assert not set(urls) & earlier
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path


def test_round_4_was_measured_and_only_the_sealed_rounds_stay_out(capsys):
    bench = _bench()
    # round 5 was measured (fresh since); round 6 (collect-themes, tests/test_themes_round6.py)
    # and round 7 (collect-themes7, tests/test_themes_round7.py) are sealed; round 6 was measured
    # since, round 8 (collect-themes8, tests/test_themes_round8.py) is sealed too
    sealed = bench.sealed_rounds()
    assert sealed == [8, 9]  # rounds 6 and 7 were measured once since; round 9 sealed too
    assert bench.left_out(False) == sealed and bench.left_out(True, chosen=4) == sealed
    assert bench.round_splits(4) == ["fresh"]
    lines = "".join(
        f"verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} "
        "--later)\n"
        for r in sealed
    )
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (lines, "")
    # round 4 runs without --later now, as rounds 2 and 3 do
    assert bench.announce_sealed(4, False) is True
    assert capsys.readouterr() == (lines, "")
