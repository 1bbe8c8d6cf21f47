"""Round 19 of the real theme texts (collect-ct): 20 fresh texts about children whose father or
mother is in prison (visits and child-friendly visits, the kindcheck at arrest and in prison,
mothers in detention and their children, fathers' wings and autumn camps, telling the child,
contact rights of a detained parent), sealed until a lead's one measurement (`--readable --round
19 --later`, 2026-12-07 11:57 UTC, main 30644c5f; fresh since), after round 18's. The tests check
the manifest, the files and their sha256, the restore hints of the texts kept only in the
git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left round 19 out of every run while it was sealed, measures only the round asked
for with --later and runs round 19 without --later since; no test here runs wb on the texts. The
rounds sealed now come from `still_sealed()` (tests/themes_round_checks.py: [18, 19], then [19]
after round 18's measurement, [19, 20] since round 20 was sealed, [20] since round 19's
measurement, [20, 21] since round 21 was sealed, [21] since round 20's measurement, [21, 22] since
round 22 was sealed, [22] since round 21's measurement, [22, 23] since round 23 was sealed, [23]
since round 22's measurement; see bench/README.md, "Themes round 19, sealed")."""

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


def test_round_19_counts_licences_and_persons():
    genres = {"nieuws": 9, "blog": 5, "vakartikel": 4, "kamervragen": 2}
    # two public texts: Kamervragen as a party's press page shows them, and the answers to
    # earlier Kamervragen as a parliament-watch site shows them
    persons = round_persons(19, "fresh", {True: 2, False: 18}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (16, 36)
    # Kamervragen: the asking member by surname; the answers: two members and the minister with
    # his initial ("mr. A. Rouvoet")
    assert persons["opennieuwsbank-2008-kamervragen-moeders-in-detentie"] == ["Bouwmeester"]
    assert persons["berthub-2008D05652-antwoord-moeders-in-detentie"] == [
        "Azough",
        "Bouwmeester",
        "A. Rouvoet",
    ]
    # news: a minister and a member in full; a minister by surname, the author of a book, its
    # illustrator and the girl of the book's story
    assert persons["nu-2010-kind-gedetineerde-vaker-bezoek"] == [
        "Ernst Hirsch Ballin",
        "Lea Bouwmeester",
    ]
    assert persons["opennieuwsbank-2009-rouvoet-boek-ik-ga-naar-papa"] == [
        "Rouvoet",
        "Martine Delfos",
        "Sjeng Schupp",
        "Elvira",
    ]
    assert persons["zorgwelzijn-kinderen-gedetineerde-moeders-aan-lot-overgelaten"] == [
        "Carolien Stam",
        "Albayrak",
    ]
    assert persons["nrc-1995-sorgdrager-onderzoek-creche-in-gevangenis"] == ["Sorgdrager"]
    # a detained father by first name in a caption line, a photographer in a credit and the
    # minister who opened the fathers' wing
    assert persons["rtvdrenthe-2018-vadervleugel-pi-esserheem"] == [
        "Danny",
        "Jeroen Kelderman",
        "Sander Dekker",
    ]
    assert persons["omroepbrabant-2022-herfstkamp-vaders-pi-vught"] == [
        "Angela Verhagen",
        "Marieke van Zwam",
        "Marieke",
    ]
    assert persons["perssupport-2019-zorg-voor-kinderen-bij-aanhouding-ouders"] == [
        "Joni Reef",
        "Reef",
        "Naomi Ormskerk",
    ]
    assert persons["oogtv-2026-handreiking-gezinsgericht-werken-detentie"] == ["Simon Venema"]
    # blogs and pages: members of parliament in full and by surname, a party's member as author,
    # two authors in a byline, the Kinderombudsvrouw in a page in capitals, a chair of the day,
    # and two children under names the page calls not their own
    assert persons["expertisecentrumkind-2020-versoepeling-ouder-kind-bezoek"] == [
        "Stieneke van der Graaf",
        "Sander Dekker",
        "Van Nispen",
        "Van der Staaij",
        "Van der Graaf",
    ]
    assert persons["pvda-2014-zorg-kinderen-gedetineerde-moeders-ondermaats"] == [
        "Marith Volp",
        "Lea Bouwmeester",
    ]
    assert persons["bijonspleegzorg-2008-kinderen-op-bezoek-in-de-gevangenis"] == [
        "Winie Hanekamp",
        "Jolanda Stellingwerff",
    ]
    assert persons["timeys-dji-ouders-in-detentie-kindcheck"] == ["Margrite Kalverboer"]
    assert persons["expertisecentrumkind-2024-congres-ouder-en-detentie"] == ["Wendy Hoogendijk"]
    assert persons["epafras-niemand-heeft-mij-gevraagd-hoe-het-gaat"] == ["Rosita", "Mats"]
    # four texts name nobody ("Exodus Nederland", "K I N D", "DJI", "Raad voor de
    # Kinderbescherming", "Stichting Exodus Nederland" are not persons)
    nobody = {
        "commissievantoezicht-contact-ouder-en-kind-detentie",
        "rtlnieuws-2022-kinderkamp-gevangenis-nieuwegein",
        "expertisecentrumkind-2020-persoonlijke-ervaring-piwer",
        "informanagementlegal-2023-vader-gevangenis-geen-omgangsregeling",
    }
    assert not nobody & set(persons)


def test_round_19_sha256_of_committed_and_local_texts():
    check_themes_files(19)
    texts = THEMES / "texts"
    # a party's press page with the Kamervragen's wrapped lines and empty lines as stored, cut
    # after question 8
    questions = texts / "opennieuwsbank-2008-kamervragen-moeders-in-detentie.txt"
    asked = questions.read_text("utf-8")
    assert asked.startswith("Partij van de Arbeid\n\nDen Haag, 23 september 2008\n\n")
    assert asked.endswith("zodat het aanbod op de vraag kan worden afgestemd?\n")
    # a parliament-watch page with its menu, letterhead, tabs and template fields kept
    answers = (texts / "berthub-2008D05652-antwoord-moeders-in-detentie.txt").read_text("utf-8")
    assert answers.startswith("[overzicht] [activiteiten] [ongeplande activiteiten]")
    assert "\nOns kenmerk\tInlichtingen bij\tDoorkiesnummer\tDen Haag\n" in answers
    assert answers.endswith("maatregelen\ngelden ook voor gedetineerde vaders.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(19, 18, 8)  # eight queries: two found four texts each, two three, four one


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 19 and not t["committed"]]
    assert len(local) == 18 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(19, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(19)


def test_round_19_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamervraag, answer, article or page under another address
    numbers = ["2008d05652", "2007z05036", "2070824480", "i061-kamervragen", "2221001"]
    numbers += ["5343018", "4119618", "133912", "7284635", "zwz011420w", "859ff649"]
    numbers += ["ik-ga-naar-papa", "vader-in-gevangenis-krijgt-geen-omgangsregeling"]
    check_new_urls(19, numbers)


def test_round_19_was_measured_and_runs_while_round_20_stays_out(capsys):
    # round 19 was measured once (2026-12-07 11:57 UTC, main 30644c5f) and is fresh since; round
    # 20 was sealed until its own (2026-12-07 14:35 UTC, main 26c9d76d), round 21 until its own
    # (17:05 UTC, main bff46429), round 22 until its own (20:22 UTC, main 374d6500), round 23
    # (tests/test_themes_round23.py) is sealed; round 19 runs without --later now
    check_measured_round_runs(19, still_sealed(), capsys)


def test_the_one_measurement_of_round_18_kept_round_20_out(monkeypatch, capsys):
    # `--readable --round 18 --later` asks for round 18's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(18, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=18) == still_sealed() == [23]


def test_the_one_measurement_of_round_19_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; rounds 20, 21 and 22 (collect-ct)
    # stayed sealed until their own measurements (2026-12-07 14:35, 17:05 and 20:22 UTC, round 22
    # measured once on main 374d6500), round 23 (collect-ct4) stays sealed, so its line alone is
    # printed before the measurement (the run of 11:57 UTC printed round 20's alone: rounds 21-23
    # were sealed later)
    module, out = one_measurement(19, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=19) == [23]


def test_later_with_round_18_never_opens_a_text_of_round_19(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 18 (committed) and 19 (local) sealed and round 17 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 18)


def test_later_would_let_round_19_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(19, monkeypatch, capsys)
