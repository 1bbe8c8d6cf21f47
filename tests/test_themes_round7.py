"""Round 7 of the real theme texts (collect-themes7): 20 fresh texts, sealed until a lead's one
measurement (`--readable --round 7 --later`). The tests check the manifest, the files and their
sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up of the
search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and
document numbers are new, and that bench_themes.py leaves round 7 out of every run and refuses it
without --later before anything of wb loads, also while round 6 is measured once; no test here runs
wb on the texts or reads a text of round 6."""

from __future__ import annotations

from realtext_helpers import THEMES, check_later_opens_one_sealed_round, check_themes_files
from themes_round_checks import (
    bench,
    check_later_lets_through,
    check_measured_round_runs,
    check_new_urls,
    check_restore_hints,
    check_stored_excerpts,
    lines,
    one_measurement,
    round_persons,
    still_sealed,
)


def test_round_7_counts_licences_and_persons():
    genres = {
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
    # at least 11 public texts, so a new machine has most of the round without any look-up
    persons = round_persons(
        7, "fresh", {True: 11, False: 9}, genres
    )  # sealed until its one measurement
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
    check_restore_hints(7, 9, 8)  # one query found two of them: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 7 and not t["committed"]]
    assert {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(7, manifest) == ["fresh"]  # sealed until its one measurement


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(7)


def test_round_7_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk, Kamervraag, Handelingen item or report under another address
    numbers = ["30072", "31839-916", "31839/916", "2017z10321", "20162017-2624", "2021z10916"]
    numbers += ["20202021-3449", "h-tk-19951996-107", "kst85693", "zx50r14n"]
    check_new_urls(7, numbers)


def test_round_7_was_measured_and_runs_while_round_8_stays_out(capsys):
    # round 7 was measured once (2026-12-06 01:27 UTC, main 2bdeabcb) and is fresh since; round 8
    # (tests/test_themes_round8.py) is sealed, and rounds 9 and 10 (tests/test_themes_round9.py,
    # _round10.py) too, and round 11 (_round11.py); round 7 runs without --later now, as rounds
    # 2-6 do
    check_measured_round_runs(7, still_sealed(), capsys)


def test_the_one_measurement_of_round_6_keeps_round_7_sealed(monkeypatch, capsys):
    # `--readable --round 6 --later` asks for round 6's texts only and prints round 7's line;
    # the texts are never fetched here (real_texts is a recorder), so round 6 stays unread too
    module, out = one_measurement(6, monkeypatch, capsys)
    assert out.startswith(lines(module.sealed_rounds()))
    assert module.left_out(True, chosen=6) == still_sealed()


def test_later_with_round_6_never_opens_a_text_of_round_7(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 6 waited
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 6)


def test_later_would_let_round_7_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(7, monkeypatch, capsys)
