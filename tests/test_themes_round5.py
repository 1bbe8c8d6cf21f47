"""Round 5 of the real theme texts (collect-themes): 20 fresh texts, sealed until a lead's one
measurement (`--readable --round 5 --later`). The tests check the manifest, the files and their
sha256, that the URLs and document numbers are new, and that bench_themes.py leaves round 5 out of
every run and refuses it without --later before anything of wb loads, also when round 4 is
measured; no test here runs wb on the texts."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from realtext_helpers import bare_url as _bare
from realtext_helpers import bench_module
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"
LOCAL = REPO / "bench" / "data" / "realtext_themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)


def _bench():
    return bench_module("bench_themes")


def _lines(rounds: list[int]) -> str:
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def test_round_5_counts_licences_and_persons():
    texts = _round(5)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"sealed"}
    assert Counter(t["committed"] for t in texts) == {True: 9, False: 11}
    assert Counter(t["genre"] for t in texts) == {
        "nieuws": 5,
        "debat": 2,
        "kamerbrief": 2,
        "ombudsmanrapport": 2,
        "rapport": 2,
        "ouderverhaal": 2,
        "blog": 2,
        "kamervragen": 1,
        "vakartikel": 1,
        "notulen": 1,
    }
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        committed = THEMES / "texts" / f"{t['id']}.txt"
        assert committed.is_file() == t["committed"], t["id"]  # news and blogs never in git
    persons = {t["id"]: t["persons"] for t in texts if t.get("persons")}
    assert (len(persons), sum(map(len, persons.values()))) == (12, 27)
    assert persons["h-tk-20042005-5070-5086"] == ["Weisglas", "Luchtenveld"]
    # a party named after its leader ("Groep de Mos") and a family name ("de familie Pirbux")
    assert persons["hartvoordenhaag-raadsvragen-uithuisplaatsingen"] == [
        "Janice Roopram",
        "de Mos",
        "Pirbux",
    ]
    assert "kst-31839-1031" not in persons  # a progress letter that names nobody


def test_round_5_sha256_of_committed_and_local_texts():
    for t in _round(5):
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        folder = THEMES / "texts" if t["committed"] else LOCAL
        path = folder / f"{t['id']}.txt"
        if t["committed"] or path.is_file():  # news and blogs only on the collecting machine
            assert hashlib.sha256(path.read_bytes()).hexdigest() == t["sha256"], t["id"]
        if t["committed"]:
            for person in t.get("persons", []):
                assert person in path.read_text(encoding="utf-8"), (t["id"], person)
    questions = (THEMES / "texts" / "kv-tk-2021Z19916.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (question 8, unfinished) is gone
    assert questions.endswith("Ook wij vinden dat het te vaak niet goed gaat»?\n")
    assert "Vraag 8" not in questions


def test_round_5_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(5)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in (1, 2, 3, 4) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Kamerstuk, Kamervraag or ombudsman report under another address
    numbers = ["2021z19916", "31839-1031", "2024d42023", "31839-1089", "2025d28162", "2004001"]
    numbers += ["2004/001", "2021067", "w03.08.0362", "w03-08-0362"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_5_is_sealed_and_stays_out_of_every_run(capsys):
    bench = _bench()
    sealed = bench.sealed_rounds()
    # round 4 was measured (fresh since); round 6 (tests/test_themes_round6.py) is sealed too
    assert sealed == [5, 6]
    assert bench.round_splits(5) == ["sealed"]
    assert bench.left_out(False) == sealed and bench.left_out(True) == sealed
    assert bench.left_out(True, chosen=5) == [r for r in sealed if r != 5]
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(3, False) is True  # round 3, measured, runs
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(5, False) is False
    assert capsys.readouterr() == (
        _lines(sealed),
        "ronde 5 is verzegeld: niet gemeten zonder --later\n",
    )
    assert bench.announce_sealed(5, True) is True
    assert capsys.readouterr() == (_lines([r for r in sealed if r != 5]), "")
    # the texts of a sealed round are not even read without later and its round
    assert bench.real_texts("sealed", 5) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])


def test_a_run_of_measured_round_4_keeps_round_5_sealed(capsys):
    bench = _bench()
    assert bench.announce_sealed(4, True) is True
    assert capsys.readouterr() == (_lines(bench.sealed_rounds()), "")
    assert 5 in bench.left_out(True, chosen=4) and 5 in bench.left_out(True, chosen=6)


# a stand-in manifest with two sealed rounds, as the real one had while round 4 waited
TWO_SEALED = {
    "texts": [
        {"id": "a", "split": "dev", "genre": "g", "committed": True},
        {"id": "c", "round": 3, "split": "fresh", "genre": "g", "committed": True},
        {"id": "d", "round": 4, "split": "sealed", "genre": "g", "committed": True},
        {"id": "e", "round": 5, "split": "sealed", "genre": "g", "committed": True},
    ]
}


def test_later_reads_the_chosen_sealed_round_only(monkeypatch, tmp_path):
    bench = _bench()
    monkeypatch.setattr(bench, "real_manifest", lambda path=None: TWO_SEALED)
    monkeypatch.setattr(bench, "REAL", tmp_path)
    (tmp_path / "texts").mkdir()
    for ident in "acde":
        (tmp_path / "texts" / f"{ident}.txt").write_text(f"tekst {ident}", encoding="utf-8")
    assert bench.sealed_rounds() == [4, 5]
    assert bench.left_out(True, chosen=4) == [5] and bench.left_out(True, chosen=5) == [4]
    assert bench.real_texts("sealed", 4, True) == ([("g/d", "tekst d")], [])
    assert bench.real_texts("sealed", 5, True) == ([("g/e", "tekst e")], [])
    assert bench.real_texts("sealed", 5, False) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])  # --later without a round
    assert bench.real_texts("fresh", 3) == ([("g/c", "tekst c")], [])


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_round_5_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    bench = _bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", _refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", _refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "5"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: ronde 5 blijft buiten deze run" in out.out
    assert out.err == "ronde 5 is verzegeld: niet gemeten zonder --later\n"


def test_later_would_let_round_5_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "5", "--later"])
    bench.main()
    assert calls == [(5, True)]
    assert capsys.readouterr() == (_lines([r for r in bench.sealed_rounds() if r != 5]), "")


def test_the_refusal_of_round_5_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 5
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        "sys.argv = ['bench_themes.py', '--readable', '--round', '5']\n"
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
    assert "ronde 5 is verzegeld: niet gemeten zonder --later" in done.stderr
