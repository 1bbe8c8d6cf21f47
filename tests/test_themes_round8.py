"""Round 8 of the real theme texts (collect-themes8): 20 fresh texts about divorce, youth care and
family law, sealed until the lead's one measurement (2026-12-06 04:10 UTC, main 2100dbfe,
`--readable --round 8 --later`), split `fresh` since. The tests check the manifest, the files and
their sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up
of the search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the
URLs and document numbers are new, and that round 8 runs without --later now while round 9 stays
out."""

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


def test_round_8_counts_licences_and_persons():
    genres = {
        "debat": 5,
        "nieuws": 5,
        "verslag": 2,
        "kamerstuk": 2,
        "blog": 2,
        "kamervragen": 1,
        "kamerbrief": 1,
        "uitspraak": 1,
        "ouderverhaal": 1,
    }
    # at least 11 public texts, so a new machine has most of the round without any look-up
    persons = round_persons(8, "fresh", {True: 12, False: 8}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (18, 55)
    # a nickname inside a quoted children's story, in a senator's speech
    assert persons["h-ek-20132014-19-2"] == [
        "De Vries-Leggedoor",
        "Kees Opmeer",
        "Wilma Vlooientheater",
    ]
    # a name inside a cabinet's name ("Rutte III")
    assert persons["rd-draagmoederschap-deelgezag"] == ["Dekker", "Rutte", "Bergkamp"]
    # initials before the surname: lawyers in a ruling, a judge, a committee's chair
    assert persons["rbdha-2021-7300"] == ["B.L. Lok", "R.T.Ph. Jacobs"]
    assert persons["kst-29480-14"] == ["P.A.J. van Teeffelen", "Luchtenveld"]
    assert persons["kst-31265-10"] == ["N. A. Kalsbeek", "Kalsbeek"]
    # a committee's members listed by surname, the chair also in full in the header
    assert persons["kst-33836-54"][:3] == ["Paul van Meenen", "Dekker", "Van Meenen"]
    assert len(persons["kst-33836-54"]) == 13
    # a child's first name, also as the attribution line under her own words
    assert persons["jeugdjournaal-sascha-ouders-ruzie"] == ["Sascha"]
    assert persons["volkskrant-zaak-na-zaak-kinderen-zien"][:2] == [
        "Bas van 't Hoff",
        "Van 't Hoff",
    ]
    # a mother's story and a mediator's page that name nobody
    assert not {"flair-yvonne-zeven-procedures", "scheidingsplanner-hilversum-co-ouderschap"} & set(
        persons
    )


def test_round_8_sha256_of_committed_and_local_texts():
    check_themes_files(8)
    texts = THEMES / "texts"
    ruling = (texts / "rbdha-2021-7300.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (an unfinished list item, its bullet too) is gone
    assert ruling.endswith("weer terugbrengt bij de moeder;\n")
    assert "kinderalimentatie" not in ruling
    # a heading and a speaker's line before the cut-off fragment stay
    assert (texts / "kst-35287-3.txt").read_text(encoding="utf-8").endswith("\n\nLeeswijzer\n")
    report = (texts / "kst-33836-54.txt").read_text(encoding="utf-8")
    assert report.endswith("\n\nMevrouw Van Toorenburg (CDA):\n")
    # an unclosed quotation ends at its last whole sentence
    speech = (texts / "h-ek-20132014-19-2.txt").read_text(encoding="utf-8")
    assert speech.endswith("want dan zal ik lachen ten koste van jou.\n")
    # furniture of the stored page is kept
    assert (texts / "kst-33032-N.txt").read_text(encoding="utf-8").startswith("Kamerstuk\nDatum")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(8, 8, 7)  # one query found two of them: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 8 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(8, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(8)


def test_round_8_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-20132014-47-3", "33311", "34231", "vkyowtlklzyg", "h-ek-20132014-7-14"]
    numbers += ["33514", "h-ek-20132014-19-2", "rbdha:2021:7300", "2021z13220", "2021d32189"]
    numbers += ["20202021-3658", "33032", "33836-54", "33836/54", "29480", "35287-3", "kst-35287"]
    numbers += ["31265-10", "31265/10", "b2204934", "bba38d4f", "1610274", "2347824"]
    check_new_urls(8, numbers)


def test_round_8_was_measured_and_runs_while_round_9_stays_out(capsys):
    # round 8 was measured once (2026-12-06 04:10 UTC, main 2100dbfe) and is fresh since; round 9
    # (tests/test_themes_round9.py) and round 10 (_round10.py) are sealed, and round 11
    # (_round11.py); round 8 runs without --later now, as rounds 2-7 do
    check_measured_round_runs(8, still_sealed(), capsys)


def test_the_one_measurement_of_round_7_keeps_round_8_sealed(monkeypatch, capsys):
    # `--readable --round 7 --later` asks for round 7's texts only and prints round 8's line;
    # the texts are never fetched here (real_texts is a recorder), so round 7 stays unread too
    module, out = one_measurement(7, monkeypatch, capsys)
    assert out.startswith(lines(module.sealed_rounds()))
    assert module.left_out(True, chosen=7) == still_sealed()


def test_later_with_round_7_never_opens_a_text_of_round_8(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 7 waited
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 7)


def test_later_would_let_round_8_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(8, monkeypatch, capsys)
