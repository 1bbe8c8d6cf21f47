"""Round 6 of the real theme texts (collect-themes): 20 fresh texts, sealed until a lead's one
measurement (`--readable --round 6 --later`). The tests check the manifest, the files and their
sha256, that the URLs and document numbers are new, and that bench_themes.py leaves round 6 out of
every run and refuses it without --later before anything of wb loads, also while round 5 is
measured once; no test here runs wb on the texts or reads a text of round 5."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from realtext_helpers import bare_url as _bare
from realtext_helpers import bench_module, check_themes_files
from realtext_helpers import themes_round as _round

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)


def _bench():
    return bench_module("bench_themes")


def _lines(rounds: list[int]) -> str:
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def test_round_6_counts_licences_and_persons():
    texts = _round(6)
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
    assert (len(persons), sum(map(len, persons.values()))) == (14, 46)
    # a speaker named short and in full, and a name misspelled inside a compound
    assert persons["h-tk-20062007-4034-4051"] == ["De Pater", "De Pater-van der Meer", "Luchteveld"]
    # a lecture named after a person, and one judge written two ways in one text
    assert persons["huiselijkgeweld-een-gezin-een-rechter"] == [
        "Deirdre Klijn",
        "Johan Vissers",
        "Meillo",
        "Klijn",
        "Vissers",
        "Johan Visser",
    ]
    # initials glued to the family name, in a byline
    byline = persons["pleegzorg-pedagogisch-beslis-model"][:2]
    assert byline == ["A.M.Weterings", "F.A.van der Reijt"]
    assert "kst-33836-21" not in persons  # a letter that names nobody


def test_round_6_sha256_of_committed_and_local_texts():
    check_themes_files(6)
    questions = (THEMES / "texts" / "kv-tk-2025Z09992.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (an unfinished list item of answer 2) is gone
    assert questions.endswith("en selectietraject afgerond; en\n")
    assert "Verklaring van Geen Bezwaar" not in questions


def test_round_6_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(6)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in (1, 2, 3, 4, 5) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Kamerstuk, Kamervraag, Handelingen item or report under another address
    numbers = ["33836-21", "33836/21", "33836-44", "33836/44", "2025z09992", "2025d32853"]
    numbers += ["20242025-2399", "h-tk-20062007-4034", "h-tk-20222023-98", "memorandum 2017-1"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_6_is_sealed_and_stays_out_of_every_run(capsys):
    bench = _bench()
    sealed = bench.sealed_rounds()
    # round 5 was measured (fresh since); round 7 (tests/test_themes_round7.py) is sealed too
    assert sealed == [6, 7]
    assert bench.round_splits(6) == ["sealed"]
    assert bench.left_out(False) == sealed and bench.left_out(True) == sealed
    assert bench.left_out(True, chosen=6) == [r for r in sealed if r != 6]
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(4, False) is True  # round 4, measured, runs
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(6, False) is False
    assert capsys.readouterr() == (
        _lines(sealed),
        "ronde 6 is verzegeld: niet gemeten zonder --later\n",
    )
    assert bench.announce_sealed(6, True) is True
    assert capsys.readouterr() == (_lines([r for r in sealed if r != 6]), "")
    # the texts of a sealed round are not even read without later and its round
    assert bench.real_texts("sealed", 6) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_the_one_measurement_of_round_5_keeps_round_6_sealed(monkeypatch, capsys):
    # `--readable --round 5 --later` asks for round 5's texts only and prints round 6's line;
    # the texts are never fetched here (real_texts is a recorder), so round 5 stays unread too
    bench = _bench()
    asked = []
    monkeypatch.setattr(bench, "real_texts", lambda *args: asked.append(args) or ([], []))
    monkeypatch.setattr(bench, "readable_row", _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "5", "--later"])
    bench.main()
    if 5 in bench.sealed_rounds():
        assert asked == [("sealed", 5, True)]
    assert {a[1] for a in asked} == {5}
    out = capsys.readouterr()
    assert out.out.startswith(_lines([6, 7])) and out.err == ""
    assert LINE.format(r=5) not in out.out
    assert bench.left_out(True, chosen=5) == [6, 7]


# a stand-in manifest with two sealed rounds, as the real one has while round 5 waits
TWO_SEALED = {
    "texts": [
        {"id": "a", "split": "dev", "genre": "g", "committed": True},
        {"id": "d", "round": 4, "split": "fresh", "genre": "g", "committed": True},
        {"id": "e", "round": 5, "split": "sealed", "genre": "g", "committed": True},
        {"id": "f", "round": 6, "split": "sealed", "genre": "g", "committed": False},
    ]
}


def test_later_with_round_5_never_opens_a_text_of_round_6(monkeypatch, tmp_path):
    bench = _bench()
    monkeypatch.setattr(bench, "real_manifest", lambda path=None: TWO_SEALED)
    monkeypatch.setattr(bench, "REAL", tmp_path)
    monkeypatch.setattr(bench, "REAL_DATA", tmp_path / "local")
    (tmp_path / "texts").mkdir()
    (tmp_path / "local").mkdir()
    for ident in "ade":
        (tmp_path / "texts" / f"{ident}.txt").write_text(f"tekst {ident}", encoding="utf-8")
    (tmp_path / "local" / "f.txt").write_text("tekst f", encoding="utf-8")
    opened = []
    read_text = pathlib.Path.read_text

    def spy(self, *args, **kwargs):
        opened.append(self.name)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", spy)
    assert bench.sealed_rounds() == [5, 6]
    assert bench.left_out(True, chosen=5) == [6] and bench.left_out(True, chosen=6) == [5]
    assert bench.real_texts("sealed", 5, True) == ([("g/e", "tekst e")], [])
    assert opened == ["e.txt"]
    assert bench.real_texts("sealed", 6, False) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])  # --later without a round
    assert opened == ["e.txt"]
    assert bench.real_texts("sealed", 6, True) == ([("g/f", "tekst f")], [])
    assert opened == ["e.txt", "f.txt"]


def test_round_6_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    bench = _bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", _refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", _refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "6"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: ronde 6 blijft buiten deze run" in out.out
    assert out.err == "ronde 6 is verzegeld: niet gemeten zonder --later\n"


def test_later_would_let_round_6_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "6", "--later"])
    bench.main()
    assert calls == [(6, True)]
    assert capsys.readouterr() == (_lines([r for r in bench.sealed_rounds() if r != 6]), "")


def test_the_refusal_of_round_6_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 6
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        "sys.argv = ['bench_themes.py', '--readable', '--round', '6']\n"
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
    assert "ronde 6 is verzegeld: niet gemeten zonder --later" in done.stderr
