"""Round 23 of the real theme texts (collect-ct4): 20 fresh texts about bullying among children
and young people (a young man's suicide after bullying and the debate after it, the KiVa
programme and what works against bullying, online bullying, pupils with autism and lhbt pupils
bullied more often, a school's duty of care, parliament on safety at school and children's
questions to a minister), sealed until a lead's one measurement (`--readable --round 23
--later`), after round 22's. The tests check the manifest, the files and their sha256, the restore
hints of the texts kept only in the git-ignored bench/data (one look-up of the search tool's pages
corpus each, then bench/restore_texts/restore_themes.py ID), that the URLs and document numbers
are new, and that bench_themes.py leaves round 23 out of every run, refuses it without --later
before anything of wb loads, and measures only the round asked for with --later; no test here
runs wb on the texts or reads a text of round 22. The rounds sealed now come from
`still_sealed()` (tests/themes_round_checks.py: [22, 23], then [23] since round 22's measurement,
2026-12-07 20:22 UTC, main 374d6500; see bench/README.md, "Themes round 23, sealed")."""

from __future__ import annotations

from realtext_helpers import THEMES, check_later_opens_one_sealed_round, check_themes_files
from themes_round_checks import (
    bench,
    check_later_lets_through,
    check_new_urls,
    check_refusal_in_a_fresh_process,
    check_refused_before_any_pipeline,
    check_restore_hints,
    check_sealed_round_stays_out,
    check_stored_excerpts,
    lines,
    one_measurement,
    round_persons,
    still_sealed,
)


def test_round_23_counts_licences_and_persons():
    genres = {
        "nieuws": 8,
        "vakartikel": 5,
        "blog": 3,
        "rapport": 1,
        "kamervragen": 1,
        "motie": 1,
        "verslag": 1,
    }
    # three public texts: answers to Kamervragen, a motion and a committee debate's opening
    persons = round_persons(23, "sealed", {True: 3, False: 17}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (15, 77)
    # the public texts: the asking members and the state secretary who answered; the motion's
    # submitter; the minister, chairs, clerks and members of a committee debate by surname
    assert persons["ah-tk-20122013-1985-jongeren-nare-internetervaring"] == [
        "Hilkens",
        "Oosenbrug",
        "Ypma",
        "Teeven",
    ]
    assert persons["kst-29240-58-motie-bergkamp-sociaal-veilige-omgeving"] == ["Bergkamp"]
    assert persons["berthub-2024-commissiedebat-veiligheid-op-scholen"] == [
        "Paul",
        "Michon-Derkzen",
        "Verhoev",
        "Pijpelink",
        "Arends",
        "Eerdmans",
        "Van der Hoeff",
        "De Kort",
        "Rooderkerk",
        "Soepboer",
        "Stoffer",
        "Van Zanten",
    ]
    # news: a minister, a premier, a member and the Speaker by surname, two children by first
    # name; a family name alone before the young man's full name, a pastor, a columnist and an
    # editor; a professor, a state secretary, a children's ombudsman and a minister in full and
    # by surname; a blogger and an expert; a researcher and a project leader
    assert persons["nos-2019-kindervragenuurtje-minister-pesten"] == [
        "Grapperhaus",
        "Kathelijne",
        "Ramaekers",
        "Rutte",
        "Arib",
        "Selma",
    ]
    assert persons["joop-2012-ouders-tim-willen-eind-aan-pesten"] == [
        "Ribberink",
        "Tim Ribberink",
        "Marinus van den Berg",
        "Tim",
        "Luuk Koeleman",
        "Van Brandwijk",
    ]
    assert persons["vosabb-antipestprogramma-kiva-werkt-goed"] == [
        "René Veenstra",
        "Veenstra",
        "Sander Dekker",
        "Marc Dullaert",
    ]
    assert persons["vosabb-dekker-plan-van-aanpak-cyberpesten"] == [
        "Sander Dekker",
        "Marc Dullaert",
        "Dekker",
        "Ivo Opstelten",
        "Vera Bergkamp",
        "Bergkamp",
    ]
    assert persons["onlinepedagoog-2009-pestproblematiek-autistische-kinderen"] == [
        "Barbara Arbesser",
        "Sylvia Hasper",
        "Hasper",
    ]
    assert persons["volkskrant-lhbt-leerlingen-nog-te-vaak-gepest"] == [
        "Oren Pizmony-Levy",
        "Pizmony-Levy",
        "Geert-Jan Edelenbosch",
    ]
    # blogs: the young man in full and by first name (also in "Tim’s")
    for blog in (
        "apreslavie-2012-tim-ribberink-hype-of-nieuw-begin",
        "vrij-zinnig-2012-de-onvermijdelijke-zelfmoord",
    ):
        assert persons[blog] == ["Tim Ribberink", "Tim"]
    # professional texts: a report's four authors and the authors it cites by surname, the
    # authors a programme's description cites, a professor, a judge by surname
    nji = persons["fdocuments-nji-2015-wat-werkt-tegen-pesten"]
    assert nji[:4] == ["Karen van Rooijen-Mutsaers", "Nikki Udo", "Daan Wienke", "Willeke Daamen"]
    assert len(nji) == 23 and nji[-1] == "Carroll" and nji.count("Smith") == 1
    assert persons["adoc-kiva-interventie-samenvatting"] == ["Salmivalli", "Kärnä", "Poskiparta"]
    assert persons["dokterbosman-autisme-en-pesten"] == ["Carolien Rieffe"]
    assert persons["boschrecht-het-pesten-moet-nu-stoppen"] == ["Brouwer"]
    # five texts name nobody ("Stop Pesten Nu", "Cedin", "Asperger" are not annotated as persons)
    nobody = {
        "computeridee-2017-internetpesten-vaakst-op-instagram",
        "stoppestennu-online-pesten-sociale-netwerken",
        "omropfryslan-2018-niet-alle-anti-pestprogrammas-werken",
        "autisme-allesopeenplek-gepest-worden-met-autisme",
        "trotsopjou-coaching-ervaringsdeskundige-pesten",
    }
    assert not nobody & set(persons)


def test_round_23_sha256_of_committed_and_local_texts():
    check_themes_files(23)
    texts = THEMES / "texts"
    # answers to Kamervragen, whole as stored, with a glued footnote marker kept
    answers = (texts / "ah-tk-20122013-1985-jongeren-nare-internetervaring.txt").read_text("utf-8")
    assert answers.startswith("Vragen van de leden Hilkens, Oosenbrug en Ypma (allen PvdA)")
    assert "internet gebruiken.2 Het rapport" in answers
    assert answers.endswith("herhaaldelijk via het internet gepest te worden.\n")
    # a motion with the official site's "Naar boven" line kept
    motion = (texts / "kst-29240-58-motie-bergkamp-sociaal-veilige-omgeving.txt").read_text("utf-8")
    assert motion.startswith("29 240 Veiligheid op school\n\nNr. 58 MOTIE VAN HET LID BERGKAMP")
    assert motion.endswith("\n\nBergkamp\n\nNaar boven\n")
    # a parliament-watch page with its menu lines, cut after the last whole list item
    debate = (texts / "berthub-2024-commissiedebat-veiligheid-op-scholen.txt").read_text("utf-8")
    assert debate.startswith("[overzicht] [activiteiten]")
    assert "\nVoorzitter: Pijpelink\n" in debate
    assert debate.endswith("(Kamerstuk 29240-129) (29240, nr. 132);\n")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    # nine queries: four texts, three, three, two and one each for five
    check_restore_hints(23, 17, 9)


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 23 and not t["committed"]]
    assert len(local) == 17 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(23, manifest) == ["sealed"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(23)


def test_round_23_urls_and_document_numbers_are_unused_elsewhere():
    # the same Kamervraag, motion, debate or article under another address
    numbers = ["ah-tk-20122013-1985", "kst-29240-58.", "29240/58/", "d4f70861", "2311123"]
    numbers += ["812024", "b1fa09b0", "2012-tim-ribberink", "wat-werkt-tegen-pesten"]
    check_new_urls(23, numbers)


def test_round_23_is_sealed_and_stays_out_of_every_run(capsys):
    sealed = check_sealed_round_stays_out(23, 21, capsys)  # round 21, measured, runs
    # round 22 (collect-ct) waited sealed for its one measurement (2026-12-07 20:22 UTC, main
    # 374d6500) before round 23's; round 23 alone is sealed since
    assert sealed == still_sealed() and sealed[-1:] == [23]


def test_the_one_measurement_of_round_22_keeps_round_23_sealed(monkeypatch, capsys):
    # `--readable --round 22 --later` asks for round 22's texts only and prints round 23's line;
    # the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(22, monkeypatch, capsys)
    waiting = [r for r in still_sealed() if r != 22]
    assert out.startswith(lines(waiting))
    assert module.left_out(True, chosen=22) == waiting == [23]


def test_the_one_measurement_of_round_23_lifts_its_own_seal(monkeypatch, capsys):
    # `--later` lifts the seal of the round asked for only; with round 22 measured once (2026-12-07
    # 20:22 UTC, main 374d6500) no other round waits, so no line is printed before the measurement
    module, out = one_measurement(23, monkeypatch, capsys)
    waiting = [r for r in still_sealed() if r != 23]
    assert out.startswith(lines(waiting))
    assert module.left_out(True, chosen=23) == waiting


def test_later_with_round_22_never_opens_a_text_of_round_23(monkeypatch, tmp_path):
    # on a stand-in manifest with rounds 22 (committed) and 23 (local) sealed and round 21 fresh
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 22)


def test_round_23_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    check_refused_before_any_pipeline(23, monkeypatch, capsys)


def test_later_would_let_round_23_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(23, monkeypatch, capsys)


def test_the_refusal_of_round_23_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on the round
    check_refusal_in_a_fresh_process(23)
