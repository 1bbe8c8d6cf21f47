"""Round 6 of the real theme texts (collect-themes): 20 fresh texts, sealed until the lead's one
measurement (`--readable --round 6 --later`, 2026-12-05 22:30 UTC, main 72b15b77), fresh since.
The tests check the manifest, the files and their sha256, that the URLs and document numbers are
new, that round 6 runs without --later now while round 7 stays out, and that --later with one
sealed round never opens another's text; no test here runs wb on the texts."""

from __future__ import annotations

from realtext_helpers import THEMES, check_later_opens_one_sealed_round, check_themes_files
from themes_round_checks import (
    bench,
    check_measured_round_runs,
    check_new_urls,
    round_persons,
    still_sealed,
)


def test_round_6_counts_licences_and_persons():
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
    # sealed until its one measurement (22:30 UTC)
    persons = round_persons(6, "fresh", {True: 9, False: 11}, genres)
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
    # the same Kamerstuk, Kamervraag, Handelingen item or report under another address
    numbers = ["33836-21", "33836/21", "33836-44", "33836/44", "2025z09992", "2025d32853"]
    numbers += ["20242025-2399", "h-tk-20062007-4034", "h-tk-20222023-98", "memorandum 2017-1"]
    check_new_urls(6, numbers)


def test_round_6_was_measured_and_runs_while_later_rounds_stay_out(capsys):
    # round 6 was measured once (2026-12-05 22:30 UTC, main 72b15b77) and is fresh since; round 7
    # (tests/test_themes_round7.py) and round 8 (tests/test_themes_round8.py) are sealed; round 7
    # was measured once since (2026-12-06 01:27 UTC); rounds 9 and 10 (_round9.py, _round10.py)
    # and 11 (_round11.py) are sealed too. Round 6 runs without --later now, as rounds 2-5 do
    check_measured_round_runs(6, still_sealed(), capsys)


def test_later_with_round_5_never_opens_a_text_of_round_6(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 5 waited
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 5)
