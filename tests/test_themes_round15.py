"""Round 15 of the real theme texts (collect-codes-themes): 20 fresh texts about childcare and
the childcare allowance (the allowance affair and its recovery operation in the Senate, a
committee and the news, Council of State rulings on the allowance, the plans for almost free
childcare and the rates, the four-eyes principle after the Amsterdam abuse case, waiting lists
and staff, early childhood education), sealed until a lead's one measurement
(`--readable --round 15 --later`, 2026-12-06 23:56 UTC, main d8d2cdc7; fresh since), after round
14's. The tests check the manifest, the files and
their sha256, the restore hints of the texts kept only in the git-ignored bench/data (one
look-up of the search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID),
that the URLs and document numbers are new, and that bench_themes.py left round 15 out of every
run while it was sealed, measures only the round asked for with --later and runs round 15
without --later since; no test here runs wb on the texts or reads a text of round 14."""

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


def test_round_15_counts_licences_and_persons():
    genres = {"nieuws": 8, "uitspraak": 3, "debat": 3, "verslag": 3, "blog": 2}
    genres |= {"vakartikel": 1}
    # nearly half public, so a new machine has most of the round without any look-up
    persons = round_persons(15, "fresh", {True: 9, False: 11}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (18, 73)
    # representatives after "mr." and "mr. drs." in rulings of the Council of State; an annotator
    # in a ruling's metadata block ("met annotatie van"); a lowercase particle inside a name
    assert persons["rvs-2016-1610"] == ["E.J. Joosten", "J.H.E. van der Meer"]
    assert persons["rvs-2018-3296"] == ["P.E. Stam", "J.H.E. van der Meer"]
    assert persons["rvs-2019-1333"] == ["E.J.E. Groothuis"]
    # a committee's chair, clerks and attendance list by surname, a first name with a surname,
    # capitalised particles; the members named again by the chair ("de heer Mulder", "mevrouw
    # Van Dijk")
    wetgevingsoverleg = persons["kst-35957-12"]
    assert wetgevingsoverleg[:4] == ["Van Huffelen", "Tielen", "Weeber", "Lips"]
    assert wetgevingsoverleg[4:] == [
        "Alkaya",
        "Azarkan",
        "Inge van Dijk",
        "Grinwis",
        "Kat",
        "Van der Lee",
        "Edgar Mulder",
        "Nijboer",
        "Omtzigt",
        "Paul",
        "Stoffer",
        "Mulder",
        "Van Dijk",
    ]
    overleg = persons["kst-31322-211"]
    assert overleg[:4] == ["Asscher", "Van der Burg", "Post", "Potters"]
    assert overleg[4:] == [
        "Tellegen",
        "Heerma",
        "Van Weyenberg",
        "Voortman",
        "Van Vliet",
        "Ulenbelt",
        "Yücel",
        "Lodders",
    ]
    assert persons["tk-2025D51627-schriftelijk-overleg-kinderopvang"] == [
        "Van der Burg",
        "Van den Broek",
    ]
    # speakers in the Senate and in a stenogram as a branch organisation shows it: surnames
    # after "De heer" and "Mevrouw", a hyphenated particle name, a first name with a surname
    assert persons["ek-20221101-van-der-voort-hersteloperatie"] == ["Van der Voort"]
    assert persons["ek-20221108-koole-zelfevaluatie"] == ["Koole", "Ganzevoort"]
    assert persons["bvok-2019-stenogram-wachttijden-kinderopvang"] == [
        "Kwint",
        "Westerveld",
        "Raemakers",
        "Ploumen",
        "Peters",
        "Nijkerken-de Haan",
        "Edgar Mulder",
        "Bruins",
    ]
    # news: full names, then surnames with a capitalised particle; a singer whose song the
    # parents sang; a photographer in a caption; a caption's misspelt surname kept as written
    assert persons["nieuwsnl-2023-oppositie-wil-einddatum-toeslagenaffaire"] == [
        "Henk Nijboer",
        "Aukje de Vries",
        "Davina Michelle",
        "De Vries",
        "Mark Rutte",
        "Rutte",
    ]
    assert persons["volkskrant-2020-complexe-toeslagenaffaire-kamer-duizelt"] == [
        "Bart Snel",
        "Pieter Omtzigt",
        "Freek van den Bergh",
        "Alexandra van Huffelen",
        "Bart Snels",
        "Van Huffelen",
    ]
    assert persons["trouw-2019-raad-van-state-belastingdienst-menselijker"] == ["Menno Snel"]
    assert persons["telegraaf-2023-gratis-kinderopvang-pas-in-2027"] == ["Van Gennip"]
    assert persons["gezondheidskrant-twee-volwassenen-bij-kinderopvang"] == ["Kamp", "Opstelten"]
    nu = persons["nu-2011-minder-streng-toezicht-kleine-kinderopvang"]
    assert nu == ["Henk Kamp", "Kamp", "Mariëtte Hamer"]
    assert persons["rtlnieuws-wachtlijsten-kinderopvang-lopen-weer-op"] == ["Gjalt Jellesma"]
    # members by surname with their party in brackets on a tax news site; a PDF's author line
    assert persons["taxlive-debat-hersteloperatie-kinderopvangtoeslag"] == [
        "Van Vroonhoven",
        "Dijk",
        "Stultiens",
        "Mulder",
        "Van Dijk",
    ]
    assert persons["zuidzorg-2011-vve-rol-consultatiebureau"] == ["Dineke Brouwers"]
    # a news item on rates and an information page on costs name nobody (the report "Ongekend
    # onrecht", the commission "commissie-Gunning" and the day nursery "Het Hofnarretje" are
    # not persons)
    nobody = {
        "metronieuws-2024-kinderopvang-duurder-dan-maximumprijs",
        "veranderingenkinderopvang-kosten-en-kinderopvangtoeslag",
    }
    assert not nobody & set(persons)


def test_round_15_sha256_of_committed_and_local_texts():
    check_themes_files(15)
    texts = THEMES / "texts"
    # a Kamerstuk's title line kept; a ruling cut after a representative's name and its comma,
    # before the fragment the store cuts off
    overleg = (texts / "kst-35957-12.txt").read_text(encoding="utf-8")
    assert overleg.startswith("35 957 Invoering van delegatiegrondslagen ten behoeve van")
    ruling = (texts / "rvs-2016-1610.txt").read_text(encoding="utf-8")
    assert ruling.startswith("ABRvS, 08-06-2016, nr. 201502653/1/A2\nECLI:NL:RVS:2016:1610\n")
    assert ruling.endswith("vertegenwoordigd door mr. J.H.E. van der Meer,\n")
    # a parliament-watch site's menu lines and the stored mojibake kept
    inbreng = (texts / "tk-2025D51627-schriftelijk-overleg-kinderopvang.txt").read_text("utf-8")
    assert inbreng.startswith("[overzicht] [activiteiten] [ongeplande activiteiten]")
    assert "[šŸ§‘mijn]" in inbreng
    # a stenogram whole, with the branch organisation's title and lead lines
    stenogram = (texts / "bvok-2019-stenogram-wachttijden-kinderopvang.txt").read_text("utf-8")
    assert stenogram.startswith("Stenogram RvW inzake verzoek Kwint (SP) om debat")
    assert stenogram.endswith("door te geleiden naar het kabinet.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(15, 11, 7)  # one query found three texts, two others two each


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 15 and not t["committed"]]
    assert len(local) == 11 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(15, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(15)


def test_round_15_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk, ruling, Handelingen item or article under another address
    numbers = ["35957-12", "35957/12", "kst-1011288", "31322-211", "31322/211", "2025d51627"]
    numbers += ["rvs:2016:1610", "rvs:2018:3296", "rvs:2019:1333", "201502653", "201800718"]
    numbers += ["201710375", "20221101/van_der_voort", "vlxvourgj3w9", "2754477", "1040770057"]
    numbers += ["b3563d96", "b973b76c", "12406019"]
    check_new_urls(15, numbers)


def test_round_15_was_measured_and_runs_while_round_16_stays_out(capsys):
    # round 15 was measured once (2026-12-06 23:56 UTC, main d8d2cdc7) and is fresh since; round
    # 16 (tests/test_themes_round16.py) is sealed; round 15 runs without --later now
    check_measured_round_runs(15, still_sealed(), capsys)


def test_the_one_measurement_of_round_14_kept_round_16_out(monkeypatch, capsys):
    # `--readable --round 14 --later` asks for round 14's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(14, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=14) == still_sealed()


def test_the_one_measurement_of_round_15_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; with round 14 measured only round 16
    # (collect-codes-themes) stayed sealed, so its line alone is printed before the measurement
    module, out = one_measurement(15, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=15) == still_sealed()


def test_later_with_round_14_never_opens_a_text_of_round_15(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 14 (committed) and 15 (local) sealed and round 13 fresh,
    # as the real one was
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 14)


def test_later_would_let_round_15_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(15, monkeypatch, capsys)
