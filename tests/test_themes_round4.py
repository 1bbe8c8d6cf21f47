"""Round 4 of the real theme texts (collect-codes): 20 fresh texts, sealed until the lead's one
measurement (`--readable --round 4 --later`, 2026-12-05 08:13 UTC, main 08514fd), split `fresh`
since. The tests check the manifest, the files and their sha256, that the URLs are new, and that
round 4 now runs like rounds 2 and 3 while the later sealed rounds stay out (their refusals are
tested in tests/test_themes_round5.py-_round7.py); no test here runs wb on the texts."""

from __future__ import annotations

from realtext_helpers import THEMES, check_themes_files
from themes_round_checks import (
    check_measured_round_runs,
    check_new_urls,
    round_persons,
    still_sealed,
)


def test_round_4_counts_licences_and_persons():
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
    persons = round_persons(4, "fresh", {True: 9, False: 11}, genres)
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
    check_new_urls(4)


def test_round_4_was_measured_and_only_the_sealed_rounds_stay_out(capsys):
    # round 5 was measured (fresh since); round 6 (collect-themes, tests/test_themes_round6.py)
    # and round 7 (collect-themes7, tests/test_themes_round7.py) are sealed; round 6 was measured
    # since, round 8 (collect-themes8, tests/test_themes_round8.py) is sealed too; rounds 6 and 7
    # were measured once since; rounds 9, 10 and 11 sealed too. Round 4 runs without --later now, as
    # rounds 2 and 3 do
    check_measured_round_runs(4, still_sealed(), capsys)
