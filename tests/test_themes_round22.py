"""Round 22 of the real theme texts (collect-ct): 20 fresh texts about minors who are sexually
exploited (loverboys recruiting girls in and around youth care, victims getting younger and
recruited online, the prosecution of pimps and clients, shelter and specialised help, hotlines and
signalling, prevention at school), sealed until a lead's one measurement (`--readable --round 22
--later`, 2026-12-07 20:22 UTC, main 374d6500; fresh since), after round 21's. The tests check the
manifest, the files and their sha256, the restore hints of the texts kept only in the git-ignored
bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left round 22 out of every run while it was sealed, measures only the round asked
for with --later and runs round 22 without --later since; no test here runs wb on the texts. The
rounds sealed now come from `still_sealed()` (tests/themes_round_checks.py: [21, 22], then [22]
since round 21's measurement, 2026-12-07 17:05 UTC, main bff46429, [22, 23] since round 23 was
sealed, [23] since round 22's measurement; see bench/README.md, "Themes round 22, sealed")."""

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


def test_round_22_counts_licences_and_persons():
    genres = {"nieuws": 9, "vakartikel": 7, "verslag": 3, "blog": 1}
    # three public texts: two committee debates as a parliament-watch site shows them and one
    # as a document site shows the Kamerstuk
    persons = round_persons(22, "fresh", {True: 3, False: 17}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (14, 66)
    # committee debates: chairs, clerks, members and state secretaries, by surname (the
    # submitters of the first in full on openkamer.org's metadata lines)
    assert persons["openkamer-kst-31839-179-ronselen-in-jeugdzorg"][:3] == [
        "Khadija Arib",
        "Raymond de Roon",
        "Veldhuijzen van Zanten-Hyllner",
    ]
    assert len(persons["openkamer-kst-31839-179-ronselen-in-jeugdzorg"]) == 14
    assert persons["openkamer-kst-28638-109-mensenhandel"][-3:] == [
        "Segers",
        "Van der Steur",
        "Van Toorenburg",
    ]
    # "Minister van der Steur" with a lowercase "van" after the title
    assert persons["adoc-kst-31839-498-slachtoffers-loverboys"][-1] == "van der Steur"
    # news and professional pages: a public prosecutor in full and by surname (two copies of one
    # story), police experts, helpers, a spokesman, a girl under a pseudonym, a columnist
    assert persons["blikopnieuws-2018-steeds-jongere-meisjes-loverboys"] == [
        "Wouter Bos",
        "Bos",
        "Nocole Harms",
    ]
    assert persons["denhaagfm-2018-om-steeds-jongere-meisjes"] == ["Wouter Bos", "Bos"]
    assert persons["nos-2019-slachtoffers-loverboys-steeds-jonger"] == ["Carmen Legebeke", "Loes"]
    assert persons["nrc-2015-om-klanten-minderjarige-prostituees"] == [
        "Jean Custers",
        "Custers",
        "Warner ten Kate",
    ]
    assert persons["nji-mensenhandel-beleid-en-ontwikkelingen"] == ["Naima Azough"]
    assert persons["vrnhn-zorg-en-veiligheidshuis-onzichtbare-loverboys"] == [
        "Anton Wildoer",
        "Anton",
    ]
    assert persons["kenniscentrum-kjp-jeugd-ggz-slachtoffers-loverboys"] == [
        "Martin van Rijn",
        "Angela",
        "Hajar",
    ]
    assert persons["metro-2023-seksuele-uitbuiting-social-media"] == [
        "Johannes Dijkstra",
        "Mireille Beentjes",
        "Iva Bicanic",
        "Bicanic",
        "Beentjes",
    ]
    assert persons["nu-2021-kinderen-seksueel-uitgebuit-coronajaar"] == ["Shamir Ceuleers"]
    assert persons["nos-2019-jongens-gechanteerd-met-naaktfotos"] == ["Nikki Lee Jansen", "Janssen"]
    assert persons["movisie-2012-loverboy-voorlichtingspakket"] == [
        "Lou Repetur",
        "Merel van Groningen",
        "Merel",
    ]
    # six texts name nobody ("Watch Nederland", "CKM", "Fier", "Comensha" are not persons)
    nobody = {
        "telegraaf-2019-stelling-straffen-loverboys",
        "omroepzeeland-2017-getuige-loverboypraktijken",
        "nji-slachtoffers-loverboys-preventie",
        "watchnederland-wat-is-seksuele-uitbuiting",
        "ckm-2018-coalitie-seksuele-kinderuitbuiting",
        "docentdaphne-preventie-loverboys-training",
    }
    assert not nobody & set(persons)


def test_round_22_sha256_of_committed_and_local_texts():
    check_themes_files(22)
    texts = THEMES / "texts"
    # openkamer.org's metadata lines kept, cut after the chair gives the floor
    debate = (texts / "openkamer-kst-31839-179-ronselen-in-jeugdzorg.txt").read_text("utf-8")
    assert debate.startswith("Kamerstuk 31839-179\n\nVerslag van een algemeen overleg\n\nJeugdzorg")
    assert "\n  • de brief van de staatssecretaris van Volksgezondheid" in debate
    assert debate.endswith("Ik geef als eerste het woord aan mevrouw Dille van de PVV-fractie.\n")
    trafficking = (texts / "openkamer-kst-28638-109-mensenhandel.txt").read_text("utf-8")
    assert trafficking.startswith("Kamerstuk 28638-109\n\nVerslag van een algemeen overleg\n")
    assert trafficking.endswith("twee interrupties in de eerste termijn.\n")
    # a document site's page number and header lines kept
    report = (texts / "adoc-kst-31839-498-slachtoffers-loverboys.txt").read_text("utf-8")
    assert report.startswith("Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2015–2016\n31 839")
    assert report.endswith("Er zijn een paar punten van orde.\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    # six queries: one found five texts, one four, four two each
    check_restore_hints(22, 17, 6)


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 22 and not t["committed"]]
    assert len(local) == 17 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(22, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(22)


def test_round_22_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamerstuk or article under another address
    numbers = ["31839-179", "28638-109", "31839-498", "kst-31839-498", "2306684", "268979"]
    numbers += ["1478964", "2842172", "2402019", "101421", "6142810", "2283872", "1778325475"]
    check_new_urls(22, numbers)


def test_round_22_was_measured_and_runs_while_round_23_stays_out(capsys):
    # round 22 was measured once (2026-12-07 20:22 UTC, main 374d6500) and is fresh since; round
    # 23 (tests/test_themes_round23.py) is sealed; round 22 runs without --later now
    check_measured_round_runs(22, still_sealed(), capsys)


def test_the_one_measurement_of_round_21_kept_round_23_out(monkeypatch, capsys):
    # `--readable --round 21 --later` asks for round 21's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(21, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=21) == still_sealed() == [23]


def test_the_one_measurement_of_round_22_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only; round 23 (collect-ct4) stays sealed,
    # so its line alone is printed before the measurement (as the run of 20:22 UTC printed it)
    module, out = one_measurement(22, monkeypatch, capsys)
    assert out.startswith(lines([23]))
    assert module.left_out(True, chosen=22) == [23]


def test_later_with_round_21_never_opens_a_text_of_round_22(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 21 (committed) and 22 (local) sealed and round 20 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 21)


def test_later_would_let_round_22_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(22, monkeypatch, capsys)
