"""Round 17 of the real theme texts (collect-codes-themes): 20 fresh texts about the people who
work in youth care and child protection (the exodus of jeugdbeschermers and their caseload after
the decentralisation, the shortage of youth care workers in Kamervragen, aggression and threats
against jeugdbeschermers, a client stop in Brabant, the law on professionalisation with its
quality register and disciplinary law), sealed until a lead's one measurement (`--readable
--round 17 --later`, 2026-12-07 06:00 UTC, main 42aebcc5; fresh since), after round 16's. The
tests check the manifest, the files and their sha256, the restore hints of the texts kept only in
the git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left round 17 out of every run while it was sealed, measures only the round asked
for with --later and runs round 17 without --later since. The rounds sealed now come from
`still_sealed()` (tests/themes_round_checks.py: [18] since round 17's measurement; see
bench/README.md, "Themes round 17, sealed")."""

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


def test_round_17_counts_licences_and_persons():
    genres = {"nieuws": 11, "kamervragen": 4, "verslag": 2, "debat": 1, "blog": 1, "vakartikel": 1}
    # seven public texts: four sets of Kamervragen, a debate and two committee reports
    persons = round_persons(17, "fresh", {True: 7, False: 13}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (17, 33)
    # a parliament-watch site's header lines name the member and the answering member of cabinet
    assert persons["openkamer-2021Z10677-werkdruk-jeugdbeschermers"] == [
        "René Peters",
        "Paul Blokhuis",
    ]
    assert persons["openkamer-2020Z15472-tekort-jeugdzorgers"] == [
        "Martin Wörsdörfer",
        "Hugo de Jonge",
    ]
    assert persons["openkamer-2020Z15383-daling-nieuwe-werknemers-jeugdzorg"] == [
        "Lisa Westerveld",
        "Hugo de Jonge",
    ]
    # surnames after "het lid", "Minister", "Mevrouw" and a committee's chair and clerk; a motion
    # named after a member ("de motie Van der Burg c.s.")
    assert persons["tk-2021D24630-medewerkers-jeugdbescherming-vertrokken"] == [
        "Raemakers",
        "Dekker",
    ]
    assert persons["h-tk-20132014-68-10-professionalisering-jeugdzorg"] == ["Kooiman"]
    assert persons["openkamer-33619-9-schriftelijk-overleg-kwaliteitsregister"] == [
        "Neppérus",
        "Sjerp",
        "Van der Burg",
    ]
    # news: a professor, board members, a minister in full and then by surname, a photographer in
    # a credit line before the jeugdbeschermer who is quoted by full name and then by surname
    assert persons["nos-2021-duizenden-medewerkers-vertrokken-jeugdbescherming"] == [
        "Mariëlle Bruning"
    ]
    assert persons["nu-2021-leegloop-jeugdbescherming-na-decentralisatie"] == [
        "Arina Kruithof",
        "Harm Slomp",
    ]
    assert persons["volkskrant-2021-clientenstop-jeugdbescherming-brabant"] == [
        "Marcel van den Bergh",
        "Machteld van Rooij",
        "Van Rooij",
        "Rinda den Besten",
    ]
    assert persons["rtlnieuws-2022-te-weinig-jeugdbeschermers"] == ["Den Besten", "Kruithof"]
    assert persons["pzc-2021-personeel-klaagt-jeugdzorg-werkdruk"] == ["Peter Kwint"]
    assert persons["rd-2019-minister-geschokt-geweld-jeugdzorg"] == ["Sander Dekker", "Dekker"]
    assert persons["nu-2019-jeugdinstellingen-noodklok-agressie"] == ["Sander Dekker", "Dekker"]
    assert persons["rijnmond-2019-minister-geweld-bedreigingen-jeugdzorg-onacceptabel"] == [
        "Sander Dekker",
        "Reinier Merison",
    ]
    assert persons["nos-2019-ik-maak-je-dood-nette-bedreiging-jeugdzorg"] == [
        "Manuela Spape",
        "Corinne Bijsterbosch",
    ]
    # a blog and a university's news page: a board member and a former jeugdbeschermer; the
    # professor in a name line of her own and again in the text
    assert persons["mirjamvanderpuijl-vijfde-medewerkers-vertrekt-jeugdbescherming"] == [
        "Arina Kruithof",
        "Nanja Bakker",
    ]
    assert persons["universiteitleiden-2021-jeugdbescherming-bezwijkt-werkdruk"] == [
        "Mariëlle Bruning"
    ]
    # a committee report and two news texts name nobody ("Leger des Heils", "Pointer", "Follow
    # The Money", "FNV" and "Significant Public" are not persons)
    nobody = {
        "kst-33619-5-verslag-professionalisering-jeugdzorg",
        "gelderlander-2022-fnv-jeugdwerker-niet-aansprakelijk",
        "nhnieuws-2021-duizenden-medewerkers-vertrokken-jeugdbescherming",
    }
    assert not nobody & set(persons)


def test_round_17_sha256_of_committed_and_local_texts():
    check_themes_files(17)
    texts = THEMES / "texts"
    # a parliament-watch page with its header lines kept, cut after a whole answer
    peters = (texts / "openkamer-2021Z10677-werkdruk-jeugdbeschermers.txt").read_text("utf-8")
    assert peters.startswith("Kamervraag 2021Z10677\n\nDe hoge werkdruk van jeugdbeschermers.")
    assert peters.endswith("In mijn antwoord op vraag 7 ga ik hier nader op in.\n")
    # the Tweede Kamer's page with lines wrapped inside a sentence, cut before a table
    raemakers = texts / "tk-2021D24630-medewerkers-jeugdbescherming-vertrokken.txt"
    answer = raemakers.read_text("utf-8")
    assert answer.startswith("Antwoord schriftelijke vragen : Antwoord op vragen van het lid")
    assert answer.endswith("van de Raad voor de Kinderbescherming\nopgenomen.\n")
    # a committee report with its table of contents kept as the store has it
    report = (texts / "kst-33619-5-verslag-professionalisering-jeugdzorg.txt").read_text("utf-8")
    assert "\n\nInhoudsopgave\n\nblz.\n\n     \n\n1.\n\n" in report


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(17, 13, 3)  # one query found eight texts, one four, one one


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 17 and not t["committed"]]
    assert len(local) == 13 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(17, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(17)


def test_round_17_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamervraag, Handelingen, bill or article under another address
    numbers = ["2021z10677", "20202021-3260", "2020z15472", "20202021-323.", "2020z15383"]
    numbers += ["20202021-322.", "2021d24630", "20132014-68-10", "33619", "33 619", "2383678"]
    numbers += ["6137680", "bae98645", "5316953", "ab121ff9", "ad6c546b", "1607110", "2308905"]
    numbers += ["188091", "n43891", "6008696", "mirjamvanderpuijl"]
    check_new_urls(17, numbers)


def test_round_17_was_measured_and_runs_while_round_18_stays_out(capsys):
    # round 17 was measured once (2026-12-07 06:00 UTC, main 42aebcc5) and is fresh since; round
    # 18 (tests/test_themes_round18.py) is sealed; round 17 runs without --later now
    check_measured_round_runs(17, still_sealed(), capsys)


def test_the_one_measurement_of_round_16_kept_round_18_out(monkeypatch, capsys):
    # `--readable --round 16 --later` asks for round 16's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(16, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=16) == still_sealed() == [23]


def test_the_one_measurement_of_round_17_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; rounds 18-22 stayed sealed until their
    # own measurements (2026-12-07 08:40, 11:57, 14:35, 17:05 and 20:22 UTC, round 22 measured once
    # on main 374d6500), round 23 (collect-ct4) is sealed: its line is printed
    module, out = one_measurement(17, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=17) == [23]


def test_later_with_round_16_never_opens_a_text_of_round_17(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 16 (committed) and 17 (local) sealed and round 15 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 16)


def test_later_would_let_round_17_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(17, monkeypatch, capsys)
