"""Round 11 of the real theme texts (collect-codes-themes): 20 fresh texts about youth care and
children of divorced parents (moving house after a divorce, closed youth care and isolation, the
Jeugdwet, foster care and family homes), sealed until a lead's one measurement (`--readable --round
11 --later`, 2026-12-06 12:35 UTC, main 0629d955; fresh since), after round 10's. The tests check
the manifest, the files and their sha256, the restore hints of the texts kept only in the
git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left round 11 out of every run while it was sealed, refused it without
--later before anything of wb loads, and measures only the round asked for with --later; no test
here runs wb on the texts or reads a text of round 10."""

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


def test_round_11_counts_licences_and_persons():
    genres = {
        "nieuws": 5,
        "uitspraak": 4,
        "debat": 3,
        "verslag": 2,
        "blog": 2,
        "kamervragen": 1,
        "ombudsmanrapport": 1,
        "motie": 1,
        "ouderverhaal": 1,
    }
    # at least half public, so a new machine has most of the round without any look-up
    persons = round_persons(11, "fresh", {True: 12, False: 8}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (18, 41)
    # a council motion's signatories by initials, with a lowercase particle, after the first
    # signatory's surname alone
    motion = persons["pvdd-amsterdam-motie-gebruikelijke-hulp"]
    assert motion[:2] == ["Bloemberg-Issa", "J.F. Bloemberg-Issa"]
    assert {"C. de Heer", "W. van Soest", "M. Taimounti"} <= set(motion) and len(motion) == 8
    # lawyers in rulings whose parties are [X] and [Y]; judges of a ruling's summary page
    assert persons["rbdha-2018-16307"] == ["N.M. Zeeman", "G.A.M. Jansen", "C.H. Remmelink"]
    assert persons["rbdha-2019-6418"] == ["S.A. Ray", "I.G.M. van Gorkum"]
    assert persons["ghams-2014-1996"] == ["M.H. van der Weit", "I. Vledder"]
    assert persons["lexboost-rbzwb-2025-3934"] == ["M. Sumner", "A. van Leuven", "J. Skrotzk"]
    # members and ministers by surname, particles capitalised
    assert persons["h-tk-20242025-63-4"] == ["Westerveld", "Van den Hil"]
    assert persons["ek-2014-jeugdwet-aangenomen"] == ["Van Rijn", "Teeven", "Beuving"]
    assert persons["kom-2019-actieplan-pleegzorg"] == ["De Jonge", "Dekker"]
    # young people by first name (one with an asterisk: "Sara*"), a photographer in a caption,
    # a researcher in full and by surname, an artist in an illustration's credit
    assert persons["nu-2022-sara-gesloten-jeugdzorg"] == ["Sara", "Rob Voss"]
    nos = persons["nos-2019-isoleercel-gesloten-jeugdzorg"]
    assert nos == ["Sophie de Valk", "De Valk", "Jason"]
    assert persons["evajinek-2022-gesloten-jeugdzorg-sleutelbos"] == ["Nienke"]
    corr = persons["decorrespondent-isoleercel-honderden-kinderen"]
    assert corr == ["Popel Coumou", "André Rouvoet"]
    # a Senate committee's provisional report and a family-home mother's story name nobody
    nobody = {"kst-33684-C", "telegraaf-2023-gezinshuis-drie-pleegkinderen"}
    assert not nobody & set(persons)


def test_round_11_sha256_of_committed_and_local_texts():
    check_themes_files(11)
    texts = THEMES / "texts"
    # a paragraph wrapped over several lines is cut before the line its unfinished sentence
    # starts on; a heading line before it stays
    report = (texts / "kst-31839-1070.txt").read_text(encoding="utf-8")
    assert report.endswith("Vragen en opmerkingen van de leden van de PVV-fractie\n")
    assert "hebben kennisgenomen van de brief" not in report
    answer = (texts / "kv-tk-2025Z14674.txt").read_text(encoding="utf-8")
    assert answer.endswith("Ik licht dat hieronder\nnader toe.\n")
    assert "De aankondiging" not in answer
    # a ruling's list item cut off: its list marker goes with it; a line ending in a colon stays
    ruling = (texts / "rbdha-2018-16307.txt").read_text(encoding="utf-8")
    assert ruling.endswith("2012 te [geboorteplaats] ,\n") and "[minderjarige 3]" not in ruling
    appeal = (texts / "ghams-2014-1996.txt").read_text(encoding="utf-8")
    assert appeal.endswith("1.8.\n\nTer terechtzitting zijn verschenen:\n")
    # a speaker's line cut off in the middle of the name: the chair's sentence before it stays
    debate = (texts / "h-tk-20242025-63-4.txt").read_text(encoding="utf-8")
    assert debate.endswith("Gaat uw gang, mevrouw Van den Hil.\n")
    assert debate.startswith("Stenogram : Wet verbetering beschikbaarheid jeugdzorg\n4 Wet")
    # a whole stored page with the site's furniture; a title glued to the first sentence
    motion = (texts / "pvdd-amsterdam-motie-gebruikelijke-hulp.txt").read_text(encoding="utf-8")
    assert motion.endswith("Lees verder\n\n    Word actief Doneer\n")
    news = (texts / "ek-2014-jeugdwet-aangenomen.txt").read_text(encoding="utf-8")
    assert news.startswith("Eerste Kamer stemt in met nieuwe JeugdwetDe Eerste Kamer heeft")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(11, 8, 4)  # one query found five texts: one look-up restores them all


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 11 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(11, manifest) == ["fresh"]  # sealed until 2026-12-06 12:35 UTC


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(11)


def test_round_11_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-20072008-5697", "2025d26592", "2025d26596", "33684-c", "33684/c"]
    numbers += ["31839-1070", "31839/1070", "2025d11555", "2025z14674", "2025d35979"]
    numbers += ["rbdha:2018:16307", "rbdha:2019:6418", "ghams:2014:1996", "rbzwb:2025:3934"]
    numbers += ["2270749", "6187688", "5284677", "a2252333", "7551/zo-belanden", "1974664054"]
    numbers += ["20140218/eerste_kamer"]
    check_new_urls(11, numbers)


def test_round_11_was_measured_and_runs_while_round_12_stays_out(capsys):
    # round 11 was measured once (2026-12-06 12:35 UTC, main 0629d955) and is fresh since; round
    # 12 (tests/test_themes_round12.py) is sealed; round 11 runs without --later now
    check_measured_round_runs(11, still_sealed(), capsys)


def test_the_one_measurement_of_round_10_kept_round_11_out(monkeypatch, capsys):
    # `--readable --round 10 --later` asked for round 10's texts only and printed the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(10, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=10) == still_sealed()


def test_the_one_measurement_of_round_11_kept_round_12_out(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only: round 12's line is printed
    module, out = one_measurement(11, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=11) == still_sealed()


def test_later_with_round_10_never_opens_a_text_of_round_11(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 10 (committed) and 11 (local) sealed and round 9 fresh,
    # as the real one is now
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 10)


def test_later_would_let_round_11_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(11, monkeypatch, capsys)
