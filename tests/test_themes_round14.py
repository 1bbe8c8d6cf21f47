"""Round 14 of the real theme texts (collect-codes-themes): 20 fresh texts about youth care and
children of divorced parents (money for youth care and municipal deficits, waiting times,
purchasing and rates in summary proceedings, foster parents, the woonplaatsbeginsel, the Wlz
boundary in rulings, complaints, divorce law and problematic divorces), sealed until a lead's
one measurement (`--readable --round 14 --later`, 2026-12-06 20:29 UTC, main 0339e333; fresh
since), after round 13's. The tests check the manifest, the files and their sha256, the restore
hints of the texts kept only in the git-ignored bench/data (one look-up of the search tool's pages
corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and document numbers
are new, and that bench_themes.py left round 14 out of every run while it was sealed, measures
only the round asked for with --later and runs round 14 without --later since; no test here runs
wb on the texts or reads a text of round 13."""

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


def test_round_14_counts_licences_and_persons():
    genres = {"uitspraak": 6, "nieuws": 5, "debat": 2, "verslag": 2, "blog": 2}
    genres |= {"rapport": 1, "kamerstuk": 1, "vakartikel": 1}
    # nearly half public, so a new machine has most of the round without any look-up
    persons = round_persons(14, "fresh", {True: 9, False: 11}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (17, 51)
    # lawyers in rulings whose parties are municipalities and foundations; annotators of a
    # ruling after "mr." and "mr. drs."; a lowercase particle inside a name
    assert persons["ghdha-2020-1120"] == ["M. van Rijn", "T. Raats", "J.M.M. van de Hel"]
    ruling = persons["rbobr-2018-792"]
    assert ruling == ["J.R. Holterman", "T.H.G. Robbe", "M.K. Terpstra", "J. van Baar"]
    assert persons["crvb-2019-2031"] == ["N. Steenhagen", "C.M. de Lange"]
    # a judge under "Rechters", representatives after "gemachtigde:", with or without "mr."
    lexboost = persons["lexboost-rbnne-2025-2195"]
    assert lexboost == ["L.J. van der Veen", "A. Bottema", "I.C.J.G. van Maris-Kindt"]
    assert persons["lexboost-rbove-2022-714"] == ["L. Folkers", "N. Boers"]
    assert persons["lexboost-rbrot-2010-bo1013"] == ["M. Marseille"]
    # members by surname in a committee's attendance list, a hyphenated and a particle name,
    # a diacritic; a clerk after a comma; submitters in a parliament-watch site's header
    notaoverleg = persons["kst-31279-17"]
    assert notaoverleg[:3] == ["Heijnen", "Teunissen", "Dijsselbloem"]
    assert notaoverleg[3:] == [
        "Aasted-Madsen-van Stiphout",
        "Dezentjé Hamming-Bluemink",
        "Langkamp",
        "Voordewind",
        "Sterk",
        "Çörüz",
        "Rouvoet",
    ]
    assert persons["kst-32529-Q"] == ["De Boer"]
    assert persons["kst-32529-6"] == ["Hirsch Ballin", "André Rouvoet"]
    # a maiden speech: the chair names two members, the speaker a singer and a mother by first
    # name (the film's and musical's Ciske is not a person)
    assert persons["h-tk-20172018-48-31"] == ["Peters", "Tielen", "Danny de Munk", "Nicole"]
    assert persons["h-tk-20182019-36-6"] == ["Bergkamp"]
    # news: full names, then surnames with a capitalised particle; a minister with diacritics
    assert persons["trouw-2019-kabinet-extra-geld-jeugdzorg"] == [
        "Jan van Zanen",
        "Hugo de Jonge",
        "Van Zanen",
        "De Jonge",
    ]
    assert persons["pzc-2019-optelsom-extra-geld-jeugdzorg"] == ["De Jonge", "Hubert Bruls"]
    assert persons["nos-2019-honderden-miljoenen-jeugdzorg"] == ["De Jonge"]
    assert persons["nu-2022-slecht-zicht-wachttijden-jeugdzorg"] == [
        "Yfke van der Ploeg",
        "Frens Pries",
        "Tim Haarlemmer",
        "Pries",
        "Haarlemmer",
    ]
    assert persons["skipr-2022-ombudsman-klachten-jeugdzorg"] == [
        "Dilan Yeşilgöz",
        "Reinier van Zutphen",
        "Margrite Kalverboer",
        "Van Zutphen",
        "Kalverboer",
    ]
    assert persons["quik-schuijt-2011-zich-opofferende-ouder"] == ["Nanneke Quik-Schuijt"]
    # an inspectorate's note and two blogs name nobody (a motion's and a bill's name after a
    # senator and a member, "Motie-Strik" and "Initiatiefvoorstel-Luchtenveld", are not persons)
    nobody = {"ijz-2013-notitie-problematische-scheidingen"}
    nobody |= {
        "vaderkenniscentrum-2008-wetsvoorstel-30145",
        "binnenlandsbestuur-2020-woonplaatsbeginsel",
    }
    assert not nobody & set(persons)


def test_round_14_sha256_of_committed_and_local_texts():
    check_themes_files(14)
    texts = THEMES / "texts"
    # rechtspraak.nl's header lines kept; a ruling cut before a party the store cuts off
    ruling = (texts / "ghdha-2020-1120.txt").read_text(encoding="utf-8")
    assert ruling.startswith("Zoekresultaat - inzien document\n\nECLI:NL:GHDHA:2020:1120\n")
    assert ruling.endswith("Jeugdpsychiatrie,\n\ngevestigd te Leiden,\n")
    # a PDF transcript on one line, with its page numbers and footnote markers as stored
    note = (texts / "ijz-2013-notitie-problematische-scheidingen.txt").read_text(encoding="utf-8")
    assert "\n1 Notitie over problematische scheidingen September 2013 Inleiding" in note
    assert note.endswith("bij gezinnen met minderjarige kinderen, stijgt licht.\n")
    # a parliament-watch site's header and the table of contents as the store has them
    nota = (texts / "kst-32529-6.txt").read_text(encoding="utf-8")
    assert nota.startswith("Gepubliceerd: 25 maart 2011\nIndiener(s): Hirsch Ballin , André")
    assert "\n\nBlz.\n\n    \n\nI.\n\nALGEMEEN\n\n1\n" in nota


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(14, 11, 7)  # one query found three news items, another three rulings


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 14 and not t["committed"]]
    assert len(local) == 11 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(14, manifest) == ["fresh"]  # sealed until 2026-12-06 20:29 UTC


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(14)


def test_round_14_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, ruling or article under another address
    numbers = ["h-tk-20172018-48-31", "h-tk-20182019-36-6", "32529-q", "32529/q", "32529-6"]
    numbers += ["32529/6", "31279-17", "31279/17", "ghdha:2020:1120", "rbobr:2018:792"]
    numbers += ["crvb:2019:2031", "crvb20192031", "rbove:2022:714", "rbnne:2025:2195"]
    numbers += ["rbrot:2010:bo1013", "2283743", "6196704", "ae61c5d7", "a0f48c87", "71456-notitie"]
    check_new_urls(14, numbers)


def test_round_14_was_measured_and_runs_while_round_15_stays_out(capsys):
    # round 14 was measured once (2026-12-06 20:29 UTC, main 0339e333) and is fresh since; round
    # 15 (tests/test_themes_round15.py) is sealed; round 14 runs without --later now
    check_measured_round_runs(14, still_sealed(), capsys)


def test_the_one_measurement_of_round_13_kept_round_15_out(monkeypatch, capsys):
    # `--readable --round 13 --later` asks for round 13's texts only and prints the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(13, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=13) == still_sealed()


def test_the_one_measurement_of_round_14_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifts the seal of the round asked for only; after round 14's measurement only
    # round 15 stays sealed
    module, out = one_measurement(14, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=14) == still_sealed()


def test_later_with_round_13_never_opens_a_text_of_round_14(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 13 (committed) and 14 (local) sealed and round 12 fresh,
    # as the real one was
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 13)


def test_later_would_let_round_14_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(14, monkeypatch, capsys)
