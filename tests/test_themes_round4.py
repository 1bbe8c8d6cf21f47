"""Round 4 of the real theme texts (collect-codes): 20 fresh texts, sealed until a lead's one
measurement (`--readable --round 4 --later`). The tests check the manifest, the files and their
sha256, that the URLs are new, and that bench_themes.py leaves round 4 out of every run and refuses
it without --later before anything of wb loads; no test here runs wb on the texts."""

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


def _bench():
    return bench_module("bench_themes")


def test_round_4_counts_licences_and_persons():
    texts = _round(4)
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
    assert (len(persons), sum(map(len, persons.values()))) == (14, 24)
    assert persons["h-tk-20182019-62-12"] == ["Van Gent", "Van Toorenburg"]
    assert persons["nd-web-van-jeugdzorg"] == [
        "Jojanneke van den Berge",
        "Jojanneke",
        "Jamie",
        "Nando",
    ]
    assert "kst-31839-913" not in persons  # a minister's letter that names nobody


def test_round_4_sha256_of_committed_and_local_texts():
    for t in _round(4):
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        folder = THEMES / "texts" if t["committed"] else LOCAL
        path = folder / f"{t['id']}.txt"
        if t["committed"] or path.is_file():  # news and blogs only on the collecting machine
            assert hashlib.sha256(path.read_bytes()).hexdigest() == t["sha256"], t["id"]
    letter = (THEMES / "texts" / "kst-31839-913.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment is gone: the text ends with a whole sentence
    assert letter.endswith("ook in dit stadium verbeterd kan worden.2\n")


def test_round_4_urls_are_unused_elsewhere():
    urls = [_bare(t["url"]) for t in _round(4)]
    assert len(set(urls)) == 20
    earlier = {_bare(t["url"]) for n in (1, 2, 3) for t in _round(n)}
    assert not set(urls) & earlier
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path


def test_rounds_4_and_5_are_sealed_and_stay_out_of_every_run(capsys):
    bench = _bench()
    assert bench.sealed_rounds() == [4, 5]  # round 5: collect-themes, tests/test_themes_round5.py
    assert bench.left_out(False) == [4, 5] and bench.left_out(True, chosen=4) == [5]
    assert bench.round_splits(4) == ["sealed"]
    line = (
        "verzegeld: ronde 4 blijft buiten deze run (eenmalig meten: --readable --round 4 --later)\n"
    )
    line5 = line.replace("4", "5")
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (line + line5, "")
    assert bench.announce_sealed(3, False) is True  # round 3, measured, runs
    assert capsys.readouterr() == (line + line5, "")
    assert bench.announce_sealed(4, False) is False
    assert capsys.readouterr() == (
        line + line5,
        "ronde 4 is verzegeld: niet gemeten zonder --later\n",
    )
    assert bench.announce_sealed(4, True) is True  # the one measurement keeps round 5 out
    assert capsys.readouterr() == (line5, "")
    # the texts of a sealed round are not even read without later
    assert bench.real_texts("sealed", 4) == ([], [])


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_round_4_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    bench = _bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", _refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", _refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "4"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: ronde 4 blijft buiten deze run" in out.out
    assert out.err == "ronde 4 is verzegeld: niet gemeten zonder --later\n"


def test_later_would_let_round_4_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "4", "--later"])
    bench.main()
    assert calls == [(4, True)]
    line5 = (
        "verzegeld: ronde 5 blijft buiten deze run (eenmalig meten: --readable --round 5 --later)"
    )
    assert capsys.readouterr() == (line5 + "\n", "")  # round 5 stays sealed


def test_the_refusal_of_round_4_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 4
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        "sys.argv = ['bench_themes.py', '--readable', '--round', '4']\n"
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
    assert "ronde 4 is verzegeld: niet gemeten zonder --later" in done.stderr
