"""Round 9 of the real theme texts (collect-themes): 20 fresh texts about children in complex
divorces and youth care, sealed until a lead's one measurement (`--readable --round 9 --later`).
The tests check the manifest, the files and their sha256, the restore hints of the texts kept only
in the git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py leaves round 9 out of every run and refuses it without --later before anything of
wb loads, also while round 8 is measured once; no test here runs wb on the texts or reads a text of
round 8."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from realtext_helpers import bare_url as _bare
from realtext_helpers import (
    bench_module,
    check_later_opens_one_sealed_round,
    check_themes_files,
)
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"
RAW = REPO / "bench" / "data" / "restore_raw" / "themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)


def _bench():
    return bench_module("bench_themes")


def _lines(rounds: list[int]) -> str:
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def _restorer():
    path = REPO / "bench" / "restore_texts" / "restore_themes.py"
    spec = importlib.util.spec_from_file_location("restore_themes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_round_9_counts_licences_and_persons():
    texts = _round(9)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"sealed"}
    # at least half public, so a new machine has most of the round without any look-up
    assert Counter(t["committed"] for t in texts) == {True: 12, False: 8}
    assert Counter(t["genre"] for t in texts) == {
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
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        committed = THEMES / "texts" / f"{t['id']}.txt"
        assert committed.is_file() == t["committed"], t["id"]  # news and blogs never in git
    persons = {t["id"]: t["persons"] for t in texts if t.get("persons")}
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
    texts = _round(9)
    for t in texts:
        if t["committed"]:
            assert "restore" not in t, t["id"]
            continue
        hint = t["restore"]
        assert set(hint) == {"corpus", "query"}, t["id"]
        assert hint["corpus"] == "pages"
        # the search tool sends the first 400 characters of a query
        assert 20 < len(hint["query"]) <= 400, t["id"]
    hints = [t["restore"]["query"] for t in texts if "restore" in t]
    assert len(hints) == 8
    assert len(set(hints)) == 6  # two queries found two texts each: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    bench = _bench()
    manifest = bench.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 9 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert bench.round_splits(9, manifest) == ["sealed"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    # restoring is hashing, not reading wb's output: the raw excerpt is cut until its sha256 fits
    restorer = _restorer()
    found = 0
    for t in _round(9):
        raw_file = RAW / f"{t['id']}.json"
        if not raw_file.is_file():  # a new machine: one look-up of restore.query brings it back
            continue
        hit = restorer.find(json.loads(raw_file.read_text(encoding="utf-8")), t["sha256"])
        assert hit is not None, t["id"]
        assert hashlib.sha256(hit[1].encode("utf-8")).hexdigest() == t["sha256"], t["id"]
        found += 1
    if not found:
        pytest.skip("no stored excerpt of round 9 on this machine")


def test_round_9_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(9)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in range(1, 9) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-19961997-4434", "h-tk-19961997-4515", "h-tk-20102011-50-4", "kst-31839-s"]
    numbers += ["doc/10702890", "31839-274", "kst-34238", "34238/3", "2025z02482", "2025d14506"]
    numbers += ["2025d49568", "phr:2014:22", "hr:2014:748", "ghams:2017:965", "crvb:2021:1327"]
    numbers += ["rbrot:2019:52", "7649604-a828300", "nieuws/152937", "20230413/felle"]
    numbers += ["view/1283020", "16-159t", "16.159t", "b913692d", "nieuws/317574"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_9_is_sealed_and_stays_out_of_every_run(capsys):
    bench = _bench()
    sealed = bench.sealed_rounds()
    assert sealed in ([8, 9], [9])  # round 8 until the lead's one measurement, then fresh
    assert bench.round_splits(9) == ["sealed"]
    assert bench.left_out(False) == sealed and bench.left_out(True) == sealed
    assert bench.left_out(True, chosen=9) == [r for r in sealed if r != 9]
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(7, False) is True  # round 7, measured, runs
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(9, False) is False
    assert capsys.readouterr() == (
        _lines(sealed),
        "ronde 9 is verzegeld: niet gemeten zonder --later\n",
    )
    assert bench.announce_sealed(9, True) is True
    assert capsys.readouterr() == (_lines([r for r in sealed if r != 9]), "")
    # the texts of a sealed round are not even read without later and its round
    assert bench.real_texts("sealed", 9) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_the_one_measurement_of_round_8_keeps_round_9_sealed(monkeypatch, capsys):
    # `--readable --round 8 --later` asks for round 8's texts only and prints round 9's line;
    # the texts are never fetched here (real_texts is a recorder), so round 8 stays unread too
    bench = _bench()
    asked = []
    monkeypatch.setattr(bench, "real_texts", lambda *args: asked.append(args) or ([], []))
    monkeypatch.setattr(bench, "readable_row", _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "8", "--later"])
    bench.main()
    if 8 in bench.sealed_rounds():
        assert asked == [("sealed", 8, True)]
    assert {a[1] for a in asked} == {8}
    out = capsys.readouterr()
    assert out.out.startswith(_lines([9])) and out.err == ""
    assert LINE.format(r=8) not in out.out
    assert bench.left_out(True, chosen=8) == [9]


def test_later_with_round_8_never_opens_a_text_of_round_9(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one has while round 8 waits
    check_later_opens_one_sealed_round(_bench(), monkeypatch, tmp_path, 8)


def test_round_9_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    bench = _bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", _refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", _refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "9"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: ronde 9 blijft buiten deze run" in out.out
    assert out.err == "ronde 9 is verzegeld: niet gemeten zonder --later\n"


def test_later_would_let_round_9_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "9", "--later"])
    bench.main()
    assert calls == [(9, True)]
    assert capsys.readouterr() == (_lines([r for r in bench.sealed_rounds() if r != 9]), "")


def test_the_refusal_of_round_9_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 9
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        "sys.argv = ['bench_themes.py', '--readable', '--round', '9']\n"
        "try:\n"
        "    bench_themes.main()\n"
        "except SystemExit as stopped:\n"
        "    print('exit', stopped.code)\n"
        "heavy = ('spacy', 'wb.nlp.pipeline', 'wb.nlp.lemmatizer', 'wb.themes.words')\n"
        "print('loaded', sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert done.stdout.splitlines()[-2:] == ["exit 2", "loaded []"]
    assert "ronde 9 is verzegeld: niet gemeten zonder --later" in done.stderr
