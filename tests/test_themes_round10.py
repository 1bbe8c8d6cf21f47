"""Round 10 of the real theme texts (collect-themes): 20 fresh texts about children in complex
divorces and youth care, sealed until a lead's one measurement (`--readable --round 10 --later`,
2026-12-06 09:38 UTC, main e362abca; fresh since), after round 9's. The tests check the manifest,
the files and their sha256, the restore hints of the texts kept only in the git-ignored
bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py left rounds 9 and 10 out of every run while they were sealed and runs round 10
since, and measures only the round asked for with --later; no test here runs wb on the texts or
reads a text of round 9."""

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


def test_round_10_counts_licences_and_persons():
    genres = {
        "debat": 3,
        "nieuws": 3,
        "blog": 3,
        "verslag": 2,
        "kamervragen": 2,
        "uitspraak": 2,
        "ombudsmanrapport": 2,
        "kamerstuk": 1,
        "rapport": 1,
        "ouderverhaal": 1,
    }
    # at least half public, so a new machine has most of the round without any look-up
    persons = round_persons(10, "fresh", {True: 12, False: 8}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (17, 58)
    # a committee's members in a footnote of 1981, with particles in the middle and lowercase
    committee = persons["kst-15638-23"]
    assert len(committee) == 10 and committee[0] == "Leyten-de Wijkerslooth de Weerdesteyn"
    assert {"Cnoop Koopmans", "Glastra van Loon", "de Gaay Fortman"} <= set(committee)
    # authors of quotes in a document site's furniture, then a report's researchers by initials
    report = persons["kom-2014-vechtende-ouders"]
    assert report[:4] == ["Leonardo da Vinci", "Rumi", "Wilhelm II", "Nelson Mandela"]
    assert report[-3:] == ["M.N. Baracs", "E.J.M. Vreeburg-Van der Laan", "Suzanne"]
    # a name inside a committee's name ("commissie-Mik"), a surname that is also an adjective
    assert persons["h-ek-20032004-1089-1113"] == ["Hamel", "Haas-Berger", "Roethof", "Mik"]
    assert persons["kst-32015-6"] == ["Çöruz", "Sterk"]
    # initials before the surname: an answer's metadata, an advocate-general, a lawyer
    assert persons["ah-tk-20232024-2396"][:3] == ["Bruyning", "T.H.D. Struycken", "F.H. Bruyning"]
    assert persons["phr-2022-470"] == ["M.L.C.C. Lückers"]
    assert persons["lexboost-ghdha-2023-1686"] == ["N.J. Hoogenboom"]
    # a murdered boy named in a budget debate, in full and by first name
    assert persons["h-tk-20082009-1741-1766"] == ["Langkamp", "Rouvoet", "Pascal Keijzer", "Pascal"]
    # children: a girl in a column, two children by their initials in a mother's story
    assert persons["telegraaf-wake-up-call-pinedo"] == ["Marsha Pinedo", "Esther"]
    assert persons["horizonpleegzorg-met-veel-pijn-in-mijn-hart"] == ["C", "L"]
    # an inspectorate's announcement, a lawyer's page and a news item (its "William Schrikker
    # Stichting" is an organisation) that name nobody
    nobody = {
        "igj-2022-toezicht-feitenonderzoek-uithuisplaatsing",
        "drentsemeesters-kleding-alimentatie-omgang",
        "rd-pleegouders-vlaardingen-moties",
    }
    assert not nobody & set(persons)


def test_round_10_sha256_of_committed_and_local_texts():
    check_themes_files(10)
    texts = THEMES / "texts"
    # a page line of the scan before the cut-off numbered question stays
    senate = (texts / "kst-15638-23.txt").read_text(encoding="utf-8")
    assert senate.endswith("Abma (S.G.P.).\n2 vel\n") and "2. Eveneens" not in senate
    # a question's heading and a speaker's line before the cut-off fragment stay
    answer = (texts / "ah-tk-20232024-2396.txt").read_text(encoding="utf-8")
    assert answer.endswith("Antwoord 2\nJa.\nVraag 3\n") and "Expert Team" not in answer
    debate = (texts / "h-tk-20152016-42-7.txt").read_text(encoding="utf-8")
    assert debate.endswith("procedurele opmerking. \n\nMevrouw Bergkamp (D66):\n")
    # an unclosed quotation ends at its last whole sentence
    report = (texts / "kom-2014-vechtende-ouders.txt").read_text(encoding="utf-8")
    assert '14 jaar "Mijn ouders zijn uit elkaar gegaan toen ik elf was.' in report
    assert report.endswith("Ze waren het wel vaak niet eens met elkaar.\n")
    # whole stored pages: a motion with its signature, a news item without a closing full stop
    assert (texts / "kst-33684-92.txt").read_text(encoding="utf-8").endswith("dag.\n\nVoordewind\n")
    news = (texts / "kom-input-commissiedebat-hoorrecht.txt").read_text(encoding="utf-8")
    assert news.endswith("commissiedebat over personen- en familierecht\n")
    # furniture of the stored page is kept
    assert report.startswith("Vechtende ouders, het kind in de knel\n\nLearning never exhausts")
    conclusion = (texts / "phr-2022-470.txt").read_text(encoding="utf-8")
    assert conclusion.startswith("Home\n\nParket bij de Hoge Raad, 13-05-2022")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(10, 8, 6)  # two queries found two texts each: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 10 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(10, manifest) == ["fresh"]  # sealed until 2026-12-06 09:38 UTC


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(10)


def test_round_10_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-ek-20032004-1089", "h-tk-20082009-1741", "h-tk-20152016-42-7", "15638"]
    numbers += ["32015/6", "32015-6", "33684/92", "33684-92", "2017z12594", "20172018-232"]
    numbers += ["2024d31020", "20232024-2396", "20232024-2245", "2024z12124", "phr:2022:470"]
    numbers += ["phr_2022_470", "21/04454", "ghdha:2023:1686", "460926", "a4044142", "1099078"]
    numbers += ["kom003"]
    check_new_urls(10, numbers)


def test_round_10_was_measured_and_runs_while_round_11_stays_out(capsys):
    # round 10 was measured once (2026-12-06 09:38 UTC, main e362abca) and is fresh since; round 11
    # (tests/test_themes_round11.py) is sealed, and round 12 (_round12.py); round 10 runs without
    # --later now, as rounds 2-9 do
    check_measured_round_runs(10, still_sealed(), capsys)


def test_the_one_measurement_of_round_9_kept_round_10_out(monkeypatch, capsys):
    # `--readable --round 9 --later` asked for round 9's texts only and printed the lines of the
    # sealed rounds; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(9, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=9) == still_sealed()


def test_the_one_measurement_of_round_10_kept_round_11_out(monkeypatch, capsys):
    # `--later` lifted the seal of the round asked for only: the lines of rounds 11 and 12 are
    # printed
    module, out = one_measurement(10, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=10) == still_sealed()


def test_later_with_round_9_never_opens_a_text_of_another_sealed_round(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 9 waited
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 9)


def test_later_would_let_round_10_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(10, monkeypatch, capsys)
