"""Round 6 of the real theme texts (collect-themes): 20 fresh texts, sealed until the lead's one
measurement (`--readable --round 6 --later`, 2026-12-05 22:30 UTC, main 72b15b77), fresh since.
The tests check the manifest, the files and their sha256, that the URLs and document numbers are
new, that round 6 runs without --later now while round 7 stays out, and that --later with one
sealed round never opens another's text; no test here runs wb on the texts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from realtext_helpers import bare_url as _bare
from realtext_helpers import (
    bench_module,
    check_later_opens_one_sealed_round,
    check_themes_files,
)
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)


def _bench():
    return bench_module("bench_themes")


def _lines(rounds: list[int]) -> str:
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def test_round_6_counts_licences_and_persons():
    texts = _round(6)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"fresh"}  # sealed until its one measurement (22:30 UTC)
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
    assert (len(persons), sum(map(len, persons.values()))) == (14, 46)
    # a speaker named short and in full, and a name misspelled inside a compound
    assert persons["h-tk-20062007-4034-4051"] == ["De Pater", "De Pater-van der Meer", "Luchteveld"]
    # a lecture named after a person, and one judge written two ways in one text
    assert persons["huiselijkgeweld-een-gezin-een-rechter"] == [
        "Deirdre Klijn",
        "Johan Vissers",
        "Meillo",
        "Klijn",
        "Vissers",
        "Johan Visser",
    ]
    # initials glued to the family name, in a byline
    byline = persons["pleegzorg-pedagogisch-beslis-model"][:2]
    assert byline == ["A.M.Weterings", "F.A.van der Reijt"]
    assert "kst-33836-21" not in persons  # a letter that names nobody


def test_round_6_sha256_of_committed_and_local_texts():
    check_themes_files(6)
    questions = (THEMES / "texts" / "kv-tk-2025Z09992.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (an unfinished list item of answer 2) is gone
    assert questions.endswith("en selectietraject afgerond; en\n")
    assert "Verklaring van Geen Bezwaar" not in questions


def test_round_6_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(6)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in (1, 2, 3, 4, 5) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Kamerstuk, Kamervraag, Handelingen item or report under another address
    numbers = ["33836-21", "33836/21", "33836-44", "33836/44", "2025z09992", "2025d32853"]
    numbers += ["20242025-2399", "h-tk-20062007-4034", "h-tk-20222023-98", "memorandum 2017-1"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_6_was_measured_and_runs_while_later_rounds_stay_out(capsys):
    bench = _bench()
    # round 6 was measured once (2026-12-05 22:30 UTC, main 72b15b77) and is fresh since; round 7
    # (tests/test_themes_round7.py) and round 8 (tests/test_themes_round8.py) are sealed
    sealed = bench.sealed_rounds()
    # round 7 was measured once since (2026-12-06 01:27 UTC); round 9 (_round9.py) is sealed too
    assert sealed == [8, 9]
    assert bench.round_splits(6) == ["fresh"]
    assert bench.left_out(False) == sealed and bench.left_out(True, chosen=6) == sealed
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    # round 6 runs without --later now, as rounds 2-5 do
    assert bench.announce_sealed(6, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")


def test_later_with_round_5_never_opens_a_text_of_round_6(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 5 waited
    check_later_opens_one_sealed_round(_bench(), monkeypatch, tmp_path, 5)
