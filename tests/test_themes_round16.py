"""Round 16 of the real theme texts (collect-codes-themes): 20 fresh texts about young people in
youth care and foster care turning 18 (foster care to 21 in the news of 2018, the age limit in
youth care and the RVS advice, homelessness and money after youth care, the law on youth care
after 18 and the Wmo, a committee report on the youth budget, two rulings on foster care),
sealed until a lead's one measurement (`--readable --round 16 --later`, 2026-12-07 02:37 UTC,
main 2c074566; fresh since), after round 15's. The tests check the manifest, the files and their
sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up of
the search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the
URLs and document numbers are new, and that bench_themes.py left round 16 out of every run while
it was sealed, measures only the round asked for with --later and runs round 16 without --later
since; no test here runs wb on the texts or reads a text of round 15."""

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


def test_round_16_counts_licences_and_persons():
    genres = {"nieuws": 9, "blog": 5, "vakartikel": 3, "uitspraak": 2, "verslag": 1}
    # few public texts this time: a committee report and two rulings
    persons = round_persons(16, "fresh", {True: 3, False: 17}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (16, 34)
    # a committee report's state secretaries by surname; a representative after "mr." in a
    # ruling (the anonymised "[naam eiseres]" and "[naam 1]" are not persons)
    assert persons["tk-2024D48899-wetgevingsoverleg-jeugd"] == ["Karremans", "Struycken"]
    assert persons["rbzwb-2019-2284"] == ["M.W. Dieleman"]
    # news: a minister in full, then by surname with a capitalised particle; surnames in a
    # title before the full names; a professor and a director in full and then by surname
    assert persons["bndestem-2018-minister-wil-pleegkind-tot-21e"] == ["Hugo de Jonge", "De Jonge"]
    assert persons["nos-2018-pleegkinderen-tot-21ste-bij-pleeggezin"] == ["De Jonge"]
    assert persons["omropfryslan-goed-idee-kinderen-tot-21-bij-pleegouders"] == [
        "De Jonge",
        "Jan Lunshof",
        "Lunshof",
    ]
    assert persons["trouw-2018-pleegkind-boven-de-achttien-vergoeding"] == [
        "Femmie Juffer",
        "Juffer",
        "De Jonge",
    ]
    assert persons["nji-2015-dijkhoff-van-rijn-hulp-18-plusser"] == [
        "Dijkhoff",
        "Van Rijn",
        "Klaas Dijkhoff",
        "Martin van Rijn",
        "Vera Bergkamp",
    ]
    assert persons["nrc-2018-advies-leeftijdsgrens-jeugdhulp-21"] == [
        "Hugo de Jonge",
        "Pauline Meurs",
        "Meurs",
    ]
    assert persons["nrc-2018-grens-bij-18-jeugdhulp-buitenspel"] == ["De Jonge", "Pauline Meurs"]
    assert persons["schulinck-jongeren-klem-tussen-loketten"] == ["Marc Dullaert", "Dullaert"]
    # blogs: council members, a photographer in a credit line and three members of the cabinet
    assert persons["d66-haarlemmermeer-dakloosheid-jongeren-jeugdzorg"] == [
        "Demi van der Veldt",
        "Carin Smand",
    ]
    assert persons["sociaalweb-2022-eigen-dak-jongeren-uit-zorg"] == [
        "Dingena Mol",
        "Maarten van Ooijen",
        "Hugo de Jonge",
        "Carola Schouten",
    ]
    # professional sites: an adviser after "mr.", an expert in full, an interviewee by first name
    assert persons["stimulansz-overgang-jeugdwet-wmo-na-18"] == ["Charlotte Vanderhilt"]
    assert persons["zorgwelzijn-tag-verlengde-jeugdzorg"] == ["Bas Wijnen"]
    assert persons["zelfmagazine-financiele-zelfstandigheid-jongeren"] == ["Bas"]
    # a ruling and three blogs on the law name nobody (the foster care provider "Porthos" of the
    # other ruling, "Iederin", "Entrea-Lindenhout" and "Leger des Heils" are not persons)
    nobody = {
        "rbnho-2024-11635",
        "schulinck-jeugdhulp-stopt-bij-18-jeugdwet",
        "dezorgkeuze-verlengde-jeugdhulp-voorwaarden",
        "llmlegal-jeugdzorgjongeren-wmo-indicatie",
    }
    assert not nobody & set(persons)


def test_round_16_sha256_of_committed_and_local_texts():
    check_themes_files(16)
    texts = THEMES / "texts"
    # a committee report's title line and its list of letters cut after a whole line
    overleg = (texts / "tk-2024D48899-wetgevingsoverleg-jeugd.txt").read_text(encoding="utf-8")
    assert overleg.startswith("Verslag van een wetgevingsoverleg : Verslag van een")
    assert overleg.endswith("inzake voortgangsbrief jeugd (Kamerstuk 31 839, nr. 1024);\n")
    # a ruling with the search page's furniture kept, cut after a whole sentence
    ruling = (texts / "rbzwb-2019-2284.txt").read_text(encoding="utf-8")
    assert ruling.startswith(
        "Feedback\n\nZoekresultaat - inzien document\n\nECLI:NL:RBZWB:2019:2284"
    )
    assert ruling.endswith("pleegzorg en een pleegzorgvergoeding toe te kennen.\n")
    # a ruling's numbered paragraphs and a quoted decision, cut inside a line
    other = (texts / "rbnho-2024-11635.txt").read_text(encoding="utf-8")
    assert other.startswith("Inleiding\n1. In deze uitspraak beoordeelt de rechtbank")
    assert other.endswith("daarmee sinds 2015 een gemeentelijke verantwoordelijkheid.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(16, 17, 7)  # one query found five texts, one three, four two each, one one


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 16 and not t["committed"]]
    assert len(local) == 17 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(16, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(16)


def test_round_16_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk, ruling or article under another address
    numbers = ["2024d48899", "2024z17596", "31839-1049", "31839/1049", "rbzwb:2019:2284"]
    numbers += ["rbnho:2024:11635", "ada1953e", "2213127", "784481", "a001ec60", "ad03c32c"]
    numbers += ["a1605439", "a1605440"]
    check_new_urls(16, numbers)


def test_round_16_was_measured_and_runs_while_round_17_stays_out(capsys):
    # round 16 was measured once (2026-12-07 02:37 UTC, main 2c074566) and is fresh since; round
    # 17 (tests/test_themes_round17.py) is sealed; round 16 runs without --later now
    check_measured_round_runs(16, still_sealed(), capsys)


def test_the_one_measurement_of_round_15_kept_rounds_17_and_18_out(monkeypatch, capsys):
    # `--readable --round 15 --later` asks for round 15's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(15, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=15) == still_sealed() == [23]


def test_the_one_measurement_of_round_16_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; with round 15 measured round 17
    # (collect-codes-themes) stayed sealed until its own measurement (2026-12-07 06:00 UTC), and
    # rounds 18-22 (collect-ct) until their own (2026-12-07 08:40, 11:57, 14:35, 17:05 and 20:22
    # UTC, round 22 measured once on main 374d6500); round 23 (collect-ct4) is sealed since: its
    # line is printed before the measurement
    module, out = one_measurement(16, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=16) == [23]


def test_later_with_round_15_never_opens_a_text_of_round_16(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 15 (committed) and 16 (local) sealed and round 14 fresh,
    # as the real one was
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 15)


def test_later_would_let_round_16_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(16, monkeypatch, capsys)
