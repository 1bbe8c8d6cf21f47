"""Round 20 of the real theme texts (collect-ct): 20 fresh texts about the first thousand days when
(expectant) parents have a hard time (the supervision order of an unborn child, unintended pregnancy
and the Nu Niet Zwanger programme, teenage pregnancy, the Kansrijke Start coalitions and the
VoorZorg home visits, postpartum depression, alcohol in pregnancy, the first 1001 days), sealed
until a lead's one measurement (`--readable --round 20 --later`, 2026-12-07 14:35 UTC, main
26c9d76d; fresh since), after round 19's. The tests check the manifest, the files and their
sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up of the
search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and
document numbers are new, and that bench_themes.py left round 20 out of every run while it was
sealed, measures only the round asked for with --later and runs round 20 without --later since;
no test here runs wb on the texts. The rounds sealed now come from `still_sealed()`
(tests/themes_round_checks.py: [19, 20], then [20] after round 19's measurement, [20, 21] since
round 21 was sealed, [21] since round 20's measurement, [21, 22] since round 22 was sealed, [22]
since round 21's measurement, [22, 23] since round 23 was sealed, [23] since round 22's
measurement; see bench/README.md, "Themes round 20, sealed")."""

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


def test_round_20_counts_licences_and_persons():
    genres = {"vakartikel": 9, "nieuws": 6, "uitspraak": 2, "verslag": 1, "kamervragen": 1}
    genres["blog"] = 1
    # five public texts: two rulings, a committee report, Kamervragen with answers as a
    # parliament-watch site shows them, and a news item of the ministry's Kansrijke Start site
    persons = round_persons(20, "fresh", {True: 5, False: 15}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (10, 17)
    # rulings: the juvenile judge and a lawyer with their initials; the parties are anonymised
    assert persons["ecli-nl-rbdha-2020-12532-vots-ongeboren-kind"] == ["H.J.M. Smid-Verhage"]
    assert persons["ecli-nl-rbmaa-2012-bw5222-ots-ongeboren-vrucht"] == ["H.J.J. van der Salm"]
    # the committee's acting chair and clerk by surname; the asking members and the ministers in
    # full; a state secretary by surname
    assert persons["kst-32279-259"] == ["Eerdmans", "Sjerp"]
    assert persons["openkamer-2016Z01119-tienerzwangerschappen"] == [
        "Kees van der Staaij",
        "Carla Dik-Faber",
        "Lodewijk Asscher",
        "Edith Schippers",
    ]
    assert persons["kansrijkestart-2022-vijfde-voortgangsrapportage"] == ["Van Ooijen"]
    # pages and news: a former minister, the nurse who began Nu Niet Zwanger (four texts name
    # her), a photographer in a credit line, a lawyer of a women's rights office, a project
    # leader with a "van 't" name, an alderman
    assert persons["kennisnetgeboortezorg-dossier-kansrijke-start"] == ["Hugo de Jonge"]
    assert persons["nunietzwanger-het-programma"] == ["Connie Rijlaarsdam"]
    assert persons["volkskrant-2019-overheid-en-anticonceptie"] == [
        "Frank Muller",
        "Connie Rijlaarsdam",
        "Anniek de Ruijter",
    ]
    assert persons["gezond010-nu-niet-zwanger-bewuste-keuze"] == [
        "Meike van ’t Hof",
        "Connie Rijlaarsdam",
    ]
    assert persons["ad-2022-prenataal-huisbezoek-halderberge"] == ["Sharona Malfait"]
    # ten texts name nobody ("Trendbreuk", "Avedan", "Fiom", "NCJ", "GGD" are not persons)
    nobody = {
        "trendbreuk-lokale-coalities-kansrijke-start",
        "trendbreuk-voorzorg",
        "tubantia-minder-tienermoeders-in-twente",
        "fiom-2018-jong-ouderschap",
        "trimbos-zwangerschap-en-postpartum-depressie",
        "studiovandaan-mythe-van-de-roze-wolk",
        "ncj-voorzorg",
        "hetverloskundigcentrum-alcohol",
        "gezondheid-be-eerste-1001-dagen",
        "postpartumdepressie-nl-professionals",
    }
    assert not nobody & set(persons)


def test_round_20_sha256_of_committed_and_local_texts():
    check_themes_files(20)
    texts = THEMES / "texts"
    # a ruling with rechtspraak.nl's feedback and metadata lines kept, cut after the list of
    # documents the judge read
    ruling = (texts / "ecli-nl-rbdha-2020-12532-vots-ongeboren-kind.txt").read_text("utf-8")
    assert ruling.startswith(
        "Feedback\n\nZoekresultaat - inzien document\n\nECLI:NL:RBDHA:2020:12532\n"
    )
    assert "\n • -\n\n  het verzoekschrift met bijlagen;\n" in ruling
    assert ruling.endswith(
        "voornoemde beschikkingen d.d. 6 november 2020 en d.d. 9 november 2020.\n"
    )
    # officielebekendmakingen.nl's table furniture kept, cut after the first party's opening
    report = (texts / "kst-32279-259.txt").read_text("utf-8")
    assert report.startswith("Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar |")
    assert report.endswith("nog een aantal vragen en aanvullende opmerkingen.\n")
    questions = texts / "openkamer-2016Z01119-tienerzwangerschappen.txt"
    asked = questions.read_text("utf-8")
    assert asked.startswith("Kamervraag 2016Z01119\n\nHet onderzoek naar tienerzwangerschappen\n")
    assert asked.endswith("het gesprek met de ongewenst zwangere vrouw.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    # seven queries: three found three texts each, two two, two one
    check_restore_hints(20, 15, 7)


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 20 and not t["committed"]]
    assert len(local) == 15 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(20, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(20)


def test_round_20_urls_and_document_numbers_are_unused_elsewhere():
    # the same ruling, Kamerstuk, Kamervraag or article under another address
    numbers = ["rbdha:2020:12532", "rbmaa:2012:bw5222", "kst-32279-259", "2024d31026"]
    numbers += ["2016z01119", "b9a3d87f", "a5212781", "a3b3ed35"]
    check_new_urls(20, numbers)


def test_round_20_was_measured_and_runs_while_round_21_stays_out(capsys):
    # round 20 was measured once (2026-12-07 14:35 UTC, main 26c9d76d) and is fresh since; round
    # 21 was sealed until its own (2026-12-07 17:05 UTC, main bff46429), round 22 until its own
    # (20:22 UTC, main 374d6500), round 23 (tests/test_themes_round23.py) is sealed; round 20 runs
    # without --later now
    check_measured_round_runs(20, still_sealed(), capsys)


def test_the_one_measurement_of_round_19_kept_round_21_out(monkeypatch, capsys):
    # `--readable --round 19 --later` asks for round 19's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(19, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=19) == still_sealed() == [23]


def test_the_one_measurement_of_round_20_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; rounds 21 and 22 (collect-ct) stayed
    # sealed until their own measurements (2026-12-07 17:05 and 20:22 UTC, round 22 measured once
    # on main 374d6500), round 23 (collect-ct4) stays sealed, so its line alone is printed before
    # the measurement (the run of 14:35 UTC printed round 21's alone: rounds 22 and 23 were sealed
    # later)
    module, out = one_measurement(20, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=20) == [23]


def test_later_with_round_19_never_opens_a_text_of_round_20(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 19 (committed) and 20 (local) sealed and round 18 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 19)


def test_later_would_let_round_20_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(20, monkeypatch, capsys)
