"""Round 21 of the real theme texts (collect-ct): 20 fresh texts about parents with a (mild)
intellectual disability and their children (the debate on compulsory contraception, children who
grow up with such parents and want to be seen, reports and guides on support for these parents,
a daughter's story, two Kamervragen on parents of a child who needs much care), sealed until a
lead's one measurement (`--readable --round 21 --later`, 2026-12-07 17:05 UTC, main bff46429;
fresh since), after round 20's. The tests check the manifest, the files and their sha256, the
restore hints of the texts kept only in the git-ignored bench/data (one look-up of the search
tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and
document numbers are new, and that bench_themes.py left round 21 out of every run while it was
sealed, measures only the round asked for with --later and runs round 21 without --later since;
no test here runs wb on the texts. The rounds sealed now come from `still_sealed()`
(tests/themes_round_checks.py: [20, 21], then [21] since round 20's measurement, 2026-12-07 14:35
UTC, main 26c9d76d, [21, 22] since round 22 was sealed, [22] since round 21's measurement,
[22, 23] since round 23 was sealed, [23] since round 22's measurement; see bench/README.md, "Themes
round 21, sealed")."""

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


def test_round_21_counts_licences_and_persons():
    genres = {"nieuws": 6, "rapport": 5, "vakartikel": 4, "blog": 3, "kamervragen": 2}
    # two public texts: Kamervragen with their answers as a parliament-watch site shows them, and
    # the answers to Kamervragen as the parliament's site shows them
    persons = round_persons(21, "fresh", {True: 2, False: 18}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (12, 43)
    # Kamervragen: the asking member, the minister and state secretary who answered, and a mother
    # the article names; the answers: two members and the minister by surname
    assert persons["openkamer-2022Z02918-ondersteuning-bes-ouders-zorgintensief-kind"] == [
        "Attje Kuiken",
        "Carola Schouten",
        "Alexandra van Huffelen",
        "Cristina",
    ]
    assert persons["tweedekamer-2024D03586-antwoord-geldproblemen-chronisch-ziek-kind"] == [
        "Westerveld",
        "Mohandis",
        "Helder",
    ]
    # news: a chair of a professional body in full and by surname; a former juvenile judge in full
    # and by surname, an ethicist and a professor
    assert persons["nrc-2005-roep-om-verplichte-anticonceptie-groeit"] == [
        "Hanneke Veeren",
        "Veeren",
    ]
    assert persons["parool-2020-experts-gedwongen-anticonceptie"] == [
        "Cees de Groot",
        "Heleen Dupuis",
        "De Groot",
        "René Hoksbergen",
    ]
    # reports: authors and readers on a title page, a student and her supervisor with initials,
    # a baby by first name, and authors cited by surname only
    assert persons["fdocuments-nji-2019-wat-werkt-voor-lvb-ouders"] == [
        "Mariska Zoon",
        "Karen van Rooijen",
        "Nienke Foolen",
    ]
    assert persons["fdocuments-nji-2015-verstandelijk-beperkte-ouders"] == [
        "Hilde Kalthoff",
        "Yvette de Beer",
        "Jeanne Luijten",
        "Ineke Verdonk",
    ]
    assert persons["5dok-2005-verwey-jonker-kinderen-ouders-verstandelijke-beperking"] == [
        "Marjolein Goderie",
        "Majone Steketee",
        "Ester Plemper",
    ]
    assert persons["5dok-2017-scriptie-kinderwens-verstandelijk-beperkten"] == [
        "Ladan Baharvand",
        "M.I. Peereboom- van Drunick",
        "Hendrikus",
    ]
    assert persons["5dok-themahandreiking-oco-lvb"] == [
        "De Haan",
        "Schrijver",
        "Peters",
        "Woittiez",
        "Putman",
        "Eggink",
        "Ras",
    ]
    assert persons["5dok-2017-familie-kwaliteit-van-bestaan"] == [
        "Femke Boelsma",
        "Alice Schippers",
        "Tineke Abma",
        "Menco Dane",
        "Brown",
        "Schalock",
        "Farquhar",
    ]
    # blogs: two women by first name in the titles of press articles, a woman in a TV programme
    assert persons["sien-kinderen-van-verstandelijk-beperkte-ouders"] == ["Rosita", "Jolanda"]
    assert persons["podiumjooost-slimmer-dan-je-moeder"] == ["Lizzy"]
    # eight texts name nobody ("Trimbos-instituut", "Sien", "Amerpoort", "Augeo", "Denktank
    # KVBO", "Carrie op Vrijdag" are not annotated as persons)
    nobody = {
        "vn-het-verhaal-van-de-slimme-dochter",
        "associatiewijkteams-kinderen-verstandelijk-beperkte-ouders-niet-gezien",
        "kenniscentrumlvb-begeleiden-ouders-lvb-meervoudige-problematiek",
        "trimbos-nieuwe-websites-kinderen-ouders-verstandelijke-beperking",
        "trimbos-dossier-kovb",
        "trimbos-blog-kinderen-willen-gezien-worden",
        "klik-2022-kinderen-ouders-verstandelijke-beperking-missen-ondersteuning",
        "5dok-ook-wij-horen-er-bij-verstandelijke-handicap-thuiszorg",
    }
    assert not nobody & set(persons)


def test_round_21_sha256_of_committed_and_local_texts():
    check_themes_files(21)
    texts = THEMES / "texts"
    # a parliament-watch page with its metadata lines and list markers as stored, cut after the
    # last whole sentence of the second answer
    asked = (
        texts / "openkamer-2022Z02918-ondersteuning-bes-ouders-zorgintensief-kind.txt"
    ).read_text("utf-8")
    assert asked.startswith(
        "Kamervraag 2022Z02918\n\nDe financiële ondersteuning op de BES-eilanden"
    )
    assert "\n • Vraag 1\n" in asked
    assert asked.endswith("een bijdrage krijgen voor de extra kosten.\n")
    # the parliament's page with its wrapped lines, cut after the second question
    answers = (
        texts / "tweedekamer-2024D03586-antwoord-geldproblemen-chronisch-ziek-kind.txt"
    ).read_text("utf-8")
    assert answers.startswith("Antwoord schriftelijke vragen : Antwoord op vragen van de leden")
    assert "\nAntwoord 1\nJa. Het is tragisch" in answers
    assert answers.endswith("Zo nee, waarom niet?\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(21, 18, 5)  # five queries: six texts, five, three, three and one


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 21 and not t["committed"]]
    assert len(local) == 18 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(21, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(21)


def test_round_21_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamervraag, answer, article or document under another address
    numbers = ["2022z02918", "2024d03586", "2023z20393", "11046206", "b011cb75"]
    numbers += ["zlgv6n4l", "nq7kexvz", "y8gx251r", "yj7m574k", "y961de7v"]
    numbers += ["het-verhaal-van-de-slimme-dochter", "slimmer-dan-je-moeder"]
    check_new_urls(21, numbers)


def test_round_21_was_measured_and_runs_while_round_22_stays_out(capsys):
    # round 21 was measured once (2026-12-07 17:05 UTC, main bff46429) and is fresh since; round
    # 22 was sealed until its own (2026-12-07 20:22 UTC, main 374d6500), round 23
    # (tests/test_themes_round23.py) is sealed; round 21 runs without --later now
    check_measured_round_runs(21, still_sealed(), capsys)


def test_the_one_measurement_of_round_20_kept_round_22_out(monkeypatch, capsys):
    # `--readable --round 20 --later` asks for round 20's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(20, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=20) == still_sealed() == [23]


def test_the_one_measurement_of_round_21_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; round 22 (collect-ct) stayed sealed
    # until its own measurement (2026-12-07 20:22 UTC, main 374d6500), round 23 (collect-ct4)
    # stays sealed, so its line alone is printed before the measurement (the run of 17:05 UTC
    # printed round 22's alone: round 23 was sealed later)
    module, out = one_measurement(21, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=21) == [23]


def test_later_with_round_20_never_opens_a_text_of_round_21(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 20 (committed) and 21 (local) sealed and round 19 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 20)


def test_later_would_let_round_21_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(21, monkeypatch, capsys)
