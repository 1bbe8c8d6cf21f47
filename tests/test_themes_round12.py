"""Round 12 of the real theme texts (collect-codes-themes): 20 fresh texts about children of
divorced parents and youth care (child support, co-parenting, the Scheiden zonder Schade programme,
contact refused in rulings, waiting lists in youth care), sealed until a lead's one measurement
(`--readable --round 12 --later`, 2026-12-06 15:09 UTC, main dc634ad9; fresh since), after round
11's. The tests check the manifest, the files and
their sha256, the restore hints of the texts kept only in the git-ignored bench/data (one look-up
of the search tool's pages corpus each, then bench/restore_texts/restore_themes.py ID), that the
URLs and document numbers are new, and that bench_themes.py left round 12 out of every run while
it was sealed, measures only the round asked for with --later and runs round 12 without --later
since; no test here runs wb on the texts or reads a text of round 11."""

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


def test_round_12_counts_licences_and_persons():
    genres = {"uitspraak": 5, "nieuws": 5, "blog": 5, "verslag": 3, "debat": 1, "kamervragen": 1}
    # at least half public, so a new machine has most of the round without any look-up
    persons = round_persons(12, "fresh", {True: 10, False: 10}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (12, 26)
    # lawyers, a Raad representative and an interpreter in rulings whose parties are [X] and [Y];
    # lawyers by surname alone after their full names; an advocate-general
    ruling = persons["ghams-2016-4254"]
    assert ruling == ["M.J.P.M. Schellekens", "C.L. Kock", "B.F.M. Ruijsenaars", "V.A.S. Regout"]
    alimony = persons["rbobr-2018-2087"]
    assert alimony == ["R.C.H. Bruinier", "M.P. Ufkes", "Bruinier", "Ufkes"]
    assert persons["phr-2006-ax6738"] == ["F.F. Langemeijer"]
    # a judge by spaced initials with a lowercase letter among them, as the Kamerstuk writes him
    assert persons["kst-29480-13"] == ["P. A. J. h. van Teeffelen"]
    # members and ministers by surname, particles capitalised; full names in a parliament-watch
    # site's header, a lowercase particle at a name's start kept
    assert persons["h-tk-20032004-5021-5035"] == ["De Pater-van der Meer"]
    kv = persons["kv-tk-2012Z02390"]
    assert kv == [
        "Joël Voordewind",
        "Esmé Wiegman-van Meppelen Scheppink",
        "van Veldhuijzen Zanten-Hyllner",
    ]
    for news in (
        "rijksoverheid-2018-uitvoeringsprogramma-scheiden-zonder-schade",
        "huiselijkgeweld-2018-kamerbrief-scheiden-zonder-schade",
        "vng-2018-uitvoeringsprogramma-scheiden-zonder-schade",
    ):
        assert persons[news] == ["Dekker", "De Jonge", "André Rouvoet"]
    # an alderman in a column
    assert persons["ad-2017-wachtlijsten-raad-kinderbescherming-column"] == ["Hugo de Jonge"]
    # mediators' pages, two news items and two ruling summaries name nobody
    nobody = {"mediationgooi-co-ouderschap", "allebeiverder-co-ouderschap"}
    nobody |= {
        "mediationbureaumn-co-ouderschap",
        "rschultemediation-co-ouderschap-kinderalimentatie",
    }
    nobody |= {"nrc-2007-weer-wachtlijsten-jeugdzorg", "lexboost-ghams-2023-2286"}
    nobody |= {"lexboost-rbrot-2023-5240", "nrc-2018-ieder-de-helft-co-ouderschap"}
    assert not nobody & set(persons)


def test_round_12_sha256_of_committed_and_local_texts():
    check_themes_files(12)
    texts = THEMES / "texts"
    # a ruling's list markers kept as stored; a conclusion before its cut-off paragraph
    ruling = (texts / "rbobr-2018-2087.txt").read_text(encoding="utf-8")
    assert " • -\n\n  het verweerschrift van de vrouw;\n" in ruling
    assert ruling.endswith("ingeschreven in de registers van de burgerlijke stand.\n")
    assert (
        (texts / "phr-2006-ax6738.txt")
        .read_text(encoding="utf-8")
        .endswith("eigen woning beschikt.\n")
    )
    # a committee report whose lines are wrapped as the store has them, cut before its last item
    report = (texts / "kst-33836-55.txt").read_text(encoding="utf-8")
    assert report.startswith("Verslag van een algemeen overleg : Verslag van een algemeen overleg,")
    assert report.endswith(
        "op verzoek commissie inzake gratis familienaamsverandering voor incestslachtoffers;\n"
    )
    # a government news item whose store broke a sentence over two paragraphs: kept as stored
    news = texts / "rijksoverheid-2018-uitvoeringsprogramma-scheiden-zonder-schade.txt"
    assert "rond de scheiding van de\n\nex-partners over te nemen" in news.read_text(
        encoding="utf-8"
    )


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(12, 10, 7)  # one query found four mediators' pages


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 12 and not t["committed"]]
    assert len(local) == 10 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(12, manifest) == ["fresh"]  # sealed until 2026-12-06 15:09 UTC


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(12)


def test_round_12_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-20032004-5021", "29480-13", "29480/13", "33836-55", "33836/55", "2019d51827"]
    numbers += ["34154-8", "34154/8", "2012z02390", "ah-tk-20112012-2083"]
    numbers += ["rbobr:2018:2087", "ghams:2016:4254", "phr:2006:ax6738", "ghams:2023:2286"]
    numbers += ["rbrot:2023:5240", "11312769-a1028279", "aca4dc70", "a1593091"]
    check_new_urls(12, numbers)


def test_round_12_was_measured_and_runs_while_round_13_stays_out(capsys):
    # round 12 was measured once (2026-12-06 15:09 UTC, main dc634ad9) and is fresh since; round
    # 13 (tests/test_themes_round13.py) is sealed; round 12 runs without --later now
    check_measured_round_runs(12, still_sealed(), capsys)


def test_the_one_measurement_of_round_11_kept_round_12_out(monkeypatch, capsys):
    # `--readable --round 11 --later` asked for round 11's texts only and printed the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(11, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=11) == still_sealed()


def test_the_one_measurement_of_round_12_kept_round_13_out(monkeypatch, capsys):
    # `--later` lifts the seal of the round asked for only: round 11's line was printed while it
    # waited; after round 11's measurement (2026-12-06 12:35 UTC) only round 13 stays sealed
    module, out = one_measurement(12, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=12) == still_sealed()


def test_later_with_round_11_never_opens_a_text_of_round_12(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 11 (committed) and 12 (local) sealed and round 10 fresh,
    # as the real one is now
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 11)


def test_later_would_let_round_12_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(12, monkeypatch, capsys)
