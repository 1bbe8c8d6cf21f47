"""Round 13 of the real theme texts (collect-codes-themes): 20 fresh texts about children of
divorced parents and youth care (children of the toeslagenaffaire placed out of home, waiting lists
in youth mental-health care, care providers between divorced parents before the disciplinary
courts, substitute consent for a child's treatment, sole custody), sealed until a lead's one
measurement (`--readable --round 13 --later`, 2026-12-06 18:03 UTC, main e93cb714; fresh since),
after round 12's. The tests check the manifest, the
files and their sha256, the restore hints of the texts kept only in the git-ignored bench/data (one
look-up of the search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID),
that the URLs and document numbers are new, and that bench_themes.py left round 13 out of every run
while it was sealed, measures only the round asked for with --later and runs round 13 without
--later since; no test here runs wb on the texts or reads a text of round 12."""

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


def test_round_13_counts_licences_and_persons():
    genres = {"uitspraak": 10, "nieuws": 9, "blog": 1}
    # at least half public, so a new machine has most of the round without any look-up
    persons = round_persons(13, "fresh", {True: 10, False: 10}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (15, 38)
    # lawyers and an expert in rulings whose parties are [X] and [Y]; a psychiatrist with "drs."
    assert persons["ghshe-2017-4890"] == [
        "P.P.M. Hendrikx-Heeren",
        "C.G.A. Mattheussens",
        "T. Soetendaal",
    ]
    assert persons["ghams-2010-bn7966"] == ["J. Bouter", "A.P. Cohen"]
    assert persons["lexboost-rbmne-2025-4915"] == ["A. Huseinovic", "J.P. den Besten"]
    # lawyers of care providers in disciplinary rulings whose parties are A, B and C
    assert persons["tgzrein-2023-35"] == ["R.E. Drenth", "R. Kroes"]
    assert persons["tgzrzwo-2016-108"] == ["J.C.C. Leemans"]
    # a member of parliament by surname in a Senate news item
    assert persons["ek-2006-scheiding-zonder-rechter"] == ["Luchtenveld"]
    # parents and children by first name, a family by surname, a photographer in a caption
    family = persons["eenvandaag-2026-toeslagenkinderen-niet-thuis"]
    assert family == [
        "Aleyna",
        "Zinnia Kirci",
        "Zinnia",
        "Judith Peeters",
        "Kirci",
        "Gerda",
        "Jurgen Deceuninck",
    ]
    couple = persons["volkskrant-2022-ondersteuningsteam-toeslagenouders"]
    assert couple == ["Jurgen", "Gerda Deceuninck", "Harry Cock", "Nora", "Zoe", "Gerda"]
    # a minister in full and a prime minister by surname; an alderman after a spokeswoman
    assert persons["libelle-2022-toeslagenkinderen-uithuisgeplaatst"] == [
        "Franc Weerwind",
        "Lilian Marijnissen",
        "Rutte",
    ]
    assert persons["ad-2017-woerden-wachtlijsten-jeugdzorg"] == [
        "Jacqueline Gomes",
        "Hans Haring",
        "Haring",
        "Gomes",
    ]
    # three disciplinary rulings, a ruling on substitute consent and two news items name nobody
    nobody = {
        "rblim-2021-9224",
        "tgzrams-2024-93",
        "tgzctg-2025-35",
        "nrc-2021-1115-kinderen-uithuisgeplaatst",
        "omroepgelderland-2018-ouders-wachten-jeugdhulp",
    }
    assert not nobody & set(persons)


def test_round_13_sha256_of_committed_and_local_texts():
    check_themes_files(13)
    texts = THEMES / "texts"
    # a ruling's list markers kept as stored; a text cut before a list that the store cuts off
    ruling = (texts / "ghshe-2017-4890.txt").read_text(encoding="utf-8")
    assert " • -\n\n  mevrouw T. Soetendaal, kantoorhoudende" in ruling
    assert ruling.endswith("locatie [locatie] , hierna te noemen: de raad.\n")
    # a sentence the store broke over two paragraphs: kept as stored
    appeal = (texts / "ghams-2010-bn7966.txt").read_text(encoding="utf-8")
    assert appeal.endswith(
        "De Bascule te Amsterdam, op\n\n15 juli 2010 opgesteld rapport ontvangen.\n"
    )
    # a disciplinary ruling's metadata as a table and another's wrapped lines, as stored
    table = (texts / "tgzrein-2023-35.txt").read_text(encoding="utf-8")
    assert "\nDatum uitspraak: | 13-07-2023 |\n" in table
    wrapped = (texts / "tgzctg-2025-124.txt").read_text(encoding="utf-8")
    assert wrapped.endswith(
        "1.1 Klager klaagt over de kinderarts, die zijn dochter behandelde vanaf 2012.\n"
    )
    # a Senate news item whose title is glued to its first sentence, whole with its share line
    senate = (texts / "ek-2006-scheiding-zonder-rechter.txt").read_text(encoding="utf-8")
    assert senate.startswith(
        "Senaat stemt tegen scheiding zonder rechterHet initiatiefwetsvoorstel"
    )
    assert senate.endswith("\n\n\nDeel dit item:\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(13, 10, 5)  # one query found four news items on the toeslagenaffaire


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 13 and not t["committed"]]
    assert len(local) == 10 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(13, manifest) == ["fresh"]  # sealed until 2026-12-06 18:03 UTC


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(13)


def test_round_13_urls_and_document_numbers_are_unused_elsewhere():
    # the same ruling or article under another address
    numbers = ["ghshe:2017:4890", "ghams:2010:bn7966", "rblim:2021:9224", "rbmne:2025:4915"]
    numbers += ["tgzrams:2024:93", "tgzrams_2024_93", "tgzctg:2025:35", "tgzctg_2025_35"]
    numbers += ["tgzrzwo:2016:108", "tgzrzwo_2016_108", "tgzrein:2023:35", "tgzrein_2023_35"]
    numbers += ["tgzctg:2024:28", "tgzctg_2024_28", "tgzctg:2025:124", "tgzctg_2025_124"]
    numbers += ["20060620", "b106e8ce", "162882", "b7936042", "a4062392", "1022598", "af61ffc6"]
    numbers += ["2308426", "de-rol-van-een-gezinsvoogd", "kinderarts-schrijft-brief"]
    check_new_urls(13, numbers)


def test_round_13_was_measured_and_runs_while_round_14_stays_out(capsys):
    # round 13 was measured once (2026-12-06 18:03 UTC, main e93cb714) and is fresh since; round
    # 14 (tests/test_themes_round14.py) is sealed; round 13 runs without --later now
    check_measured_round_runs(13, still_sealed(), capsys)


def test_the_one_measurement_of_round_12_kept_round_14_out(monkeypatch, capsys):
    # `--readable --round 12 --later` asks for round 12's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(12, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=12) == still_sealed()


def test_the_one_measurement_of_round_13_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifts the seal of the round asked for only; round 12's line was printed while it
    # waited; after its measurement (2026-12-06 15:09 UTC) only round 14 stays sealed
    module, out = one_measurement(13, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=13) == still_sealed()


def test_later_with_round_12_never_opens_a_text_of_round_13(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 12 (committed) and 13 (local) sealed and round 11 fresh,
    # as the real one is now
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 12)


def test_later_would_let_round_13_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(13, monkeypatch, capsys)
