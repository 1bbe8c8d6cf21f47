"""Round 9 of the real theme texts (collect-themes): 20 fresh texts about children in complex
divorces and youth care, sealed until the lead's one measurement (2026-12-06 07:16 UTC, main
3349a127, `--readable --round 9 --later`), split `fresh` since.
The tests check the manifest, the files and their sha256, the restore hints of the texts kept only
in the git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
round 9 runs without --later now while rounds 10 and 11 stay out; no test here runs wb on the
texts."""

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


def test_round_9_counts_licences_and_persons():
    genres = {
        "uitspraak": 4,
        "debat": 3,
        "nieuws": 3,
        "kamervragen": 2,
        "verslag": 2,
        "ouderverhaal": 2,
        "rapport": 1,
        "kamerstuk": 1,
        "blog": 1,
        "notulen": 1,
    }
    # at least half public, so a new machine has most of the round without any look-up
    persons = round_persons(9, "fresh", {True: 12, False: 8}, genres)
    assert (len(persons), sum(map(len, persons.values()))) == (19, 83)
    # annotators of a ruling, inverted as a reference list writes them, then in running order
    assert persons["crvb-2021-1327"][:2] == ["Wit, J.C. de", "Linthorst, E.M."]
    assert persons["crvb-2021-1327"][-3:] == ["J.C. de Wit", "E. Linthorst", "L.R.J. Folkers"]
    # a committee's members by surname, one split by a line-break hyphen, one only in a group's
    # name ("Fractie-Otten"), one also with initials
    senate = persons["kst-31839-S"]
    assert len(senate) == 32 and senate[:2] == ["Blokhuis", "Dekker"]
    assert {"Oomen- Ruijten", "Otten", "A.J.M. van Kesteren", "Van Kesteren"} <= set(senate)
    # a writer quoted in a speech, next to the speaker
    assert persons["h-tk-19961997-4434-4451"] == ["Dittrich", "Astafjev"]
    # initials before the surname: members of a disciplinary board, lawyers, an advocate-general
    assert persons["skj-16-159t-klacht-gezinsvoogd-omgang"][:2] == ["M. Fiege", "C.M.H.M. van Lent"]
    assert persons["ghams-2017-965"] == ["J.F.M. van Weegberg", "Q. Overeijnder"]
    assert persons["phr-2014-22"] == ["F.F. Langemeijer"]
    # first names a newspaper made up for a father and his son, and a columnist's first name
    assert persons["nrc-2003-omgangshuis-rotterdam"] == ["Roberto", "Ron"]
    assert persons["libelle-hanneke-kind-jarig-niet-bij-mij"] == ["Hanneke"]
    # an inspectorate's announcement that names nobody
    assert "ijenv-onderzoek-toeslagenaffaire-jeugdbescherming-2022" not in persons


def test_round_9_sha256_of_committed_and_local_texts():
    check_themes_files(9)
    texts = THEMES / "texts"
    # a paragraph number before the cut-off fragment stays
    assert (texts / "ghams-2017-965.txt").read_text(encoding="utf-8").endswith("2016.\n\n2.4\n")
    # a motion ends at its last whole clause
    motion = (texts / "h-tk-20102011-50-4.txt").read_text(encoding="utf-8")
    assert motion.endswith("een belangrijke bijdrage kan leveren;\n")
    assert "verzoekt de regering" not in motion
    # an answer ends at its last whole sentence
    answer = (texts / "kv-tk-2025Z02482.txt").read_text(encoding="utf-8")
    assert answer.endswith("rond deze gezinnen.\n") and "Ik begrijp de kritiek" not in answer
    # furniture of the stored page is kept
    assert answer.startswith("[overzicht] [activiteiten]")
    report = (texts / "kst-31839-274.txt").read_text(encoding="utf-8")
    assert "\n\nInhoudsopgave\n\nI.\n\n" in report


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    check_restore_hints(9, 8, 6)  # two queries found two texts each: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    module = bench()
    manifest = module.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 9 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert module.round_splits(9, manifest) == ["fresh"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    check_stored_excerpts(9)


def test_round_9_urls_and_document_numbers_are_unused_elsewhere():
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-19961997-4434", "h-tk-19961997-4515", "h-tk-20102011-50-4", "kst-31839-s"]
    numbers += ["doc/10702890", "31839-274", "kst-34238", "34238/3", "2025z02482", "2025d14506"]
    numbers += ["2025d49568", "phr:2014:22", "hr:2014:748", "ghams:2017:965", "crvb:2021:1327"]
    numbers += ["rbrot:2019:52", "7649604-a828300", "nieuws/152937", "20230413/felle"]
    numbers += ["view/1283020", "16-159t", "16.159t", "b913692d", "nieuws/317574"]
    check_new_urls(9, numbers)


def test_round_9_was_measured_and_runs_while_round_10_stays_out(capsys):
    # round 9 was measured once (2026-12-06 07:16 UTC, main 3349a127) and is fresh since; round 10
    # (tests/test_themes_round10.py) is sealed, and round 11 (_round11.py); round 9 runs without
    # --later now, as rounds 2-8 do
    check_measured_round_runs(9, still_sealed(), capsys)


def test_the_one_measurement_of_round_8_kept_round_9_out(monkeypatch, capsys):
    # `--readable --round 8 --later` asks for round 8's texts only and prints the lines of the
    # sealed rounds 10 and 11; the texts are never fetched here (real_texts is a recorder)
    module, out = one_measurement(8, monkeypatch, capsys)
    assert out.startswith(lines(still_sealed()))
    assert module.left_out(True, chosen=8) == still_sealed()


def test_later_with_round_8_never_opens_a_text_of_another_sealed_round(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 8 waited
    check_later_opens_one_sealed_round(bench(), monkeypatch, tmp_path, 8)


def test_later_would_let_round_9_through_to_the_measurement(monkeypatch, capsys):
    check_later_lets_through(9, monkeypatch, capsys)
