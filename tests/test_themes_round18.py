"""Round 18 of the real theme texts (collect-ct): 20 fresh texts about children who do not go to
school (thuiszitters and their numbers, the Kinderombudsman on the right to education, exemptions
from compulsory education, luxeverzuim and its fines, suspension and removal, school refusal and
anxiety, education-care arrangements and care in school time, committee debates on passend
onderwijs and on education and care, a letter on passend onderwijs of 2025, a Senate debate on the
qualification duty and child benefit), sealed until a lead's one measurement (`--readable --round
18 --later`, 2026-12-07 08:40 UTC, main 482eb5c3; fresh since), after round 17's. The tests check
the manifest, the files and their sha256, the restore hints of the texts kept only in the
git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left round 18 out of every run while it was sealed, measures only the round asked
for with --later and runs round 18 without --later since. The rounds sealed now come from
`still_sealed()` (tests/themes_round_checks.py: [21] since round 20's measurement, [21, 22] since
round 22 was sealed, [22] since round 21's measurement, [22, 23] since round 23 was sealed, [23]
since round 22's measurement; see bench/README.md, "Themes round 18, sealed")."""

from __future__ import annotations

from realtext_helpers import THEMES, check_themes_files
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


def test_round_18_counts_licences_and_persons():
    genres = {"nieuws": 8, "vakartikel": 5, "verslag": 3, "blog": 2, "kamerbrief": 1, "debat": 1}
    persons = round_persons(18, "fresh", {True: 5, False: 15}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (12, 34)
    # committee reports: ministers by surname, the chairs, the clerk and the members present
    assert persons["kst-31497-296"] == ["De Jonge", "Slob", "Tellegen"]
    assert persons["kst-31497-281"] == ["Slob"]
    assert persons["tk-2020D05930-ao-onderwijs-en-zorg"] == [
        "De Jonge",
        "Slob",
        "Tellegen",
        "Lodders",
        "De Kler",
        "Peters",
        "Beertema",
        "Rudmer Heerema",
        "Van den Hul",
        "Kwint",
        "Van Meenen",
        "Westerveld",
    ]
    # a letter's signatory with initials on a document site; a minister and two senators
    assert persons["tk-2025D19102-brief-passend-onderwijs"] == ["M.L.J. Paul"]
    assert persons["h-ek-20092010-15-555"] == ["Rouvoet", "Ten Horn", "Dupuis"]
    # news: ombudsmen, ministers and a rector in full and then by surname; a policy adviser; a
    # foundation's director; a girl under a made-up first name the article says is made up
    assert persons["hartvannederland-2013-thuiszittende-kinderen-onderzocht"] == ["Marc Dullaert"]
    assert persons["nrc-2019-weer-meer-leerlingen-thuis"] == ["Arie Slob"]
    assert persons["omropfryslan-2018-actie-tegen-luxeverzuim"] == [
        "Daan van Weelie",
        "Johan Feenstra",
        "Van Weelie",
    ]
    assert persons["nji-leidraad-zorg-in-onderwijstijd-samenwerken"] == ["Liesbeth Sturing"]
    assert persons["werkeninkinderopvang-kinderombudsman-meldpunt-thuiszitters"] == [
        "Marc Dullaert"
    ]
    assert persons["nieuwsnl-2024-paul-minder-thuisonderwijs"] == [
        "Mariëlle Paul",
        "Margrite Kalverboer",
        "Kalverboer",
        "Paul",
    ]
    assert persons["hartvannederland-2025-duizenden-kinderen-zonder-onderwijs"] == [
        "Marieke Budding",
        "Budding",
        "Sarah",
    ]
    # eight texts name nobody (the broadcaster "RTL Nieuws", the editors' line of an education
    # site, "Ingrado", "KOLB", "Het Drachtster Lyceum" and the parents' association "Balans" are
    # not persons; the anonymised "dhr. en mevr. N." and "dhr. B. te D." neither)
    nobody = {
        "jeugdjournaal-2019-steeds-meer-thuiszitters",
        "steunpunt-povo-vrijstelling-van-de-leerplicht",
        "nationaleonderwijsgids-luxeverzuim-rond-vakanties",
        "bureaubijles-dagje-eerder-op-vakantie",
        "regiogv-schorsen-en-verwijderen",
        "wa-toelating-schorsing-en-verwijdering-van-leerlingen",
        "psychologiepraktijkvanbuuren-schoolangst",
        "nji-onderwijs-zorgarrangementen-vijf-functies",
    }
    assert not nobody & set(persons) and len(nobody) + len(persons) == 20


def test_round_18_sha256_of_committed_and_local_texts():
    check_themes_files(18)
    texts = THEMES / "texts"
    # a committee report as openkamer.org shows it: its title lines, cut after the chair's line
    report = (texts / "kst-31497-296.txt").read_text(encoding="utf-8")
    assert report.startswith("Kamerstuk 31497-296\n\nVerslag van een algemeen overleg\n\n")
    assert report.endswith("Onderwijs, Cultuur en Wetenschap, Tellegen\n")
    # a committee report as tweedekamer.nl shows it, its wrapped lines kept, cut after a list line
    other = (texts / "tk-2020D05930-ao-onderwijs-en-zorg.txt").read_text(encoding="utf-8")
    assert other.count("\n") == 29
    assert other.endswith("Van den Hul,\nKwint, Van Meenen, Peters en Westerveld,\n")
    # a letter with the document site's furniture and table pipes, cut after its first sentence
    letter = (texts / "tk-2025D19102-brief-passend-onderwijs.txt").read_text(encoding="utf-8")
    assert "Datum | 24 april 2025 |\n" in letter
    assert letter.endswith("passend onderwijs |\nIeder kind verdient passend onderwijs.\n")
    # a Senate debate cut after a whole sentence inside a paragraph
    debate = (texts / "h-ek-20092010-15-555.txt").read_text(encoding="utf-8")
    assert debate.endswith("de term die mevrouw Dupuis gebruikt.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    # eight queries: three texts each from two, two each from three, one each from three
    check_restore_hints(18, 15, 8)


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 18 and not t["committed"]]
    assert len(local) == 15 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(18, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(18)


def test_round_18_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk, debate, letter or article under another address
    numbers = ["31497-296", "31497/296", "31497-281", "31497/281", "2020d05930", "31497-359"]
    numbers += ["2025d19102", "2025z08396", "h-ek-20092010-15-555", "787497", "2272921"]
    numbers += ["a3654296", "39717-luxeverzuim"]
    check_new_urls(18, numbers)


def test_round_18_was_measured_and_runs_while_round_19_stays_out(capsys):
    # round 18 was measured once (2026-12-07 08:40 UTC, main 482eb5c3) and is fresh since; round
    # 19 was sealed until its own (11:57 UTC), round 20 until its own (14:35 UTC, main 26c9d76d),
    # round 21 until its own (17:05 UTC, main bff46429), round 22 until its own (20:22 UTC, main
    # 374d6500), round 23 (tests/test_themes_round23.py) is sealed; round 18 runs without --later
    check_measured_round_runs(18, still_sealed(), capsys)


def test_the_one_measurement_of_round_17_kept_round_19_out(monkeypatch, capsys):
    # `--readable --round 17 --later` asks for round 17's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(17, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=17) == still_sealed() == [23]


def test_the_one_measurement_of_round_18_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; rounds 19-22 (collect-ct) stayed
    # sealed until their own measurements (2026-12-07 11:57, 14:35, 17:05 and 20:22 UTC, round 22
    # measured once on main 374d6500), round 23 (collect-ct4) is sealed: its line alone is printed
    # before the measurement
    module, out = one_measurement(18, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=18) == [23]


def test_later_would_let_round_18_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(18, monkeypatch, capsys)
