"""Round 5 of the real theme texts (collect-themes): 20 fresh texts, sealed until the lead's one
measurement (`--readable --round 5 --later`, 2026-12-05 10:05 UTC, main 65ee79a), split `fresh`
since. The tests check the manifest, the files and their sha256, that the URLs and document
numbers are new, that round 5 now runs like rounds 2-4 while round 6 stays sealed, and (on a
stand-in manifest) how a sealed round is refused; no test here runs wb on the texts."""

from __future__ import annotations

from realtext_helpers import THEMES, check_themes_files
from themes_round_checks import bench as _bench
from themes_round_checks import (
    check_measured_round_runs,
    check_new_urls,
    round_persons,
    still_sealed,
)


def test_round_5_counts_licences_and_persons():
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
    persons = round_persons(5, "fresh", {True: 9, False: 11}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (12, 27)
    assert persons["h-tk-20042005-5070-5086"] == ["Weisglas", "Luchtenveld"]
    # a party named after its leader ("Groep de Mos") and a family name ("de familie Pirbux")
    assert persons["hartvoordenhaag-raadsvragen-uithuisplaatsingen"] == [
        "Janice Roopram",
        "de Mos",
        "Pirbux",
    ]
    assert "kst-31839-1031" not in persons  # a progress letter that names nobody


def test_round_5_sha256_of_committed_and_local_texts():
    check_themes_files(5)
    questions = (THEMES / "texts" / "kv-tk-2021Z19916.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (question 8, unfinished) is gone
    assert questions.endswith("Ook wij vinden dat het te vaak niet goed gaat»?\n")
    assert "Vraag 8" not in questions


def test_round_5_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk, Kamervraag or ombudsman report under another address
    numbers = ["2021z19916", "31839-1031", "2024d42023", "31839-1089", "2025d28162", "2004001"]
    numbers += ["2004/001", "2021067", "w03.08.0362", "w03-08-0362"]
    check_new_urls(5, numbers)


def test_round_5_was_measured_and_runs_while_round_6_stays_out(capsys):
    # round 5 was measured once (2026-12-05 10:05 UTC) and is fresh since; rounds 6 and 7
    # (tests/test_themes_round6.py, _round7.py) are sealed; round 6 was measured since, round 8
    # (tests/test_themes_round8.py) is sealed too; rounds 6 and 7 were measured once since; rounds
    # 9, 10 and 11 sealed too. Round 5 runs without --later now, as rounds 2-4 do
    check_measured_round_runs(5, still_sealed(), capsys)


# a stand-in manifest with two sealed rounds, as the real one had while round 4 waited
TWO_SEALED = {
    "texts": [
        {"id": "a", "split": "dev", "genre": "g", "committed": True},
        {"id": "c", "round": 3, "split": "fresh", "genre": "g", "committed": True},
        {"id": "d", "round": 4, "split": "sealed", "genre": "g", "committed": True},
        {"id": "e", "round": 5, "split": "sealed", "genre": "g", "committed": True},
    ]
}


def test_later_reads_the_chosen_sealed_round_only(monkeypatch, tmp_path):
    bench = _bench()
    monkeypatch.setattr(bench, "real_manifest", lambda path=None: TWO_SEALED)
    monkeypatch.setattr(bench, "REAL", tmp_path)
    (tmp_path / "texts").mkdir()
    for ident in "acde":
        (tmp_path / "texts" / f"{ident}.txt").write_text(f"tekst {ident}", encoding="utf-8")
    assert bench.sealed_rounds() == [4, 5]
    assert bench.left_out(True, chosen=4) == [5] and bench.left_out(True, chosen=5) == [4]
    assert bench.real_texts("sealed", 4, True) == ([("g/d", "tekst d")], [])
    assert bench.real_texts("sealed", 5, True) == ([("g/e", "tekst e")], [])
    assert bench.real_texts("sealed", 5, False) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])  # --later without a round
    assert bench.real_texts("fresh", 3) == ([("g/c", "tekst c")], [])
