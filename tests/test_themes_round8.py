"""Round 8 of the real theme texts (collect-themes8): 20 fresh texts about divorce, youth care and
family law, sealed until a lead's one measurement (`--readable --round 8 --later`). The tests check
the manifest, the files and their sha256, the restore hints of the texts kept only in the
git-ignored bench/data (one look-up of the search tool's pages corpus each, then
bench/restore_texts/restore_themes.py ID), that the URLs and document numbers are new, and that
bench_themes.py leaves round 8 out of every run and refuses it without --later before anything of
wb loads, also while round 7 is measured once; no test here runs wb on the texts or reads a text of
round 7."""

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


def test_round_8_counts_licences_and_persons():
    texts = _round(8)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {"sealed"}
    # at least 11 public texts, so a new machine has most of the round without any look-up
    assert Counter(t["committed"] for t in texts) == {True: 12, False: 8}
    assert Counter(t["genre"] for t in texts) == {
        "debat": 5,
        "nieuws": 5,
        "verslag": 2,
        "kamerstuk": 2,
        "blog": 2,
        "kamervragen": 1,
        "kamerbrief": 1,
        "uitspraak": 1,
        "ouderverhaal": 1,
    }
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        committed = THEMES / "texts" / f"{t['id']}.txt"
        assert committed.is_file() == t["committed"], t["id"]  # news and blogs never in git
    persons = {t["id"]: t["persons"] for t in texts if t.get("persons")}
    assert (len(persons), sum(map(len, persons.values()))) == (18, 55)
    # a nickname inside a quoted children's story, in a senator's speech
    assert persons["h-ek-20132014-19-2"] == [
        "De Vries-Leggedoor",
        "Kees Opmeer",
        "Wilma Vlooientheater",
    ]
    # a name inside a cabinet's name ("Rutte III")
    assert persons["rd-draagmoederschap-deelgezag"] == ["Dekker", "Rutte", "Bergkamp"]
    # initials before the surname: lawyers in a ruling, a judge, a committee's chair
    assert persons["rbdha-2021-7300"] == ["B.L. Lok", "R.T.Ph. Jacobs"]
    assert persons["kst-29480-14"] == ["P.A.J. van Teeffelen", "Luchtenveld"]
    assert persons["kst-31265-10"] == ["N. A. Kalsbeek", "Kalsbeek"]
    # a committee's members listed by surname, the chair also in full in the header
    assert persons["kst-33836-54"][:3] == ["Paul van Meenen", "Dekker", "Van Meenen"]
    assert len(persons["kst-33836-54"]) == 13
    # a child's first name, also as the attribution line under her own words
    assert persons["jeugdjournaal-sascha-ouders-ruzie"] == ["Sascha"]
    assert persons["volkskrant-zaak-na-zaak-kinderen-zien"][:2] == [
        "Bas van 't Hoff",
        "Van 't Hoff",
    ]
    # a mother's story and a mediator's page that name nobody
    assert not {"flair-yvonne-zeven-procedures", "scheidingsplanner-hilversum-co-ouderschap"} & set(
        persons
    )


def test_round_8_sha256_of_committed_and_local_texts():
    check_themes_files(8)
    texts = THEMES / "texts"
    ruling = (texts / "rbdha-2021-7300.txt").read_text(encoding="utf-8")
    # the excerpt's cut-off last fragment (an unfinished list item, its bullet too) is gone
    assert ruling.endswith("weer terugbrengt bij de moeder;\n")
    assert "kinderalimentatie" not in ruling
    # a heading and a speaker's line before the cut-off fragment stay
    assert (texts / "kst-35287-3.txt").read_text(encoding="utf-8").endswith("\n\nLeeswijzer\n")
    report = (texts / "kst-33836-54.txt").read_text(encoding="utf-8")
    assert report.endswith("\n\nMevrouw Van Toorenburg (CDA):\n")
    # an unclosed quotation ends at its last whole sentence
    speech = (texts / "h-ek-20132014-19-2.txt").read_text(encoding="utf-8")
    assert speech.endswith("want dan zal ik lachen ten koste van jou.\n")
    # furniture of the stored page is kept
    assert (texts / "kst-33032-N.txt").read_text(encoding="utf-8").startswith("Kamerstuk\nDatum")


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one():
    texts = _round(8)
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
    assert len(set(hints)) == 7  # one query found two of them: one look-up restores both


def test_the_manifest_with_restore_hints_loads_for_the_bench():
    bench = _bench()
    manifest = bench.real_manifest()
    local = [t for t in manifest["texts"] if t.get("round") == 8 and not t["committed"]]
    assert len(local) == 8 and {t["restore"]["corpus"] for t in local} == {"pages"}
    assert bench.round_splits(8, manifest) == ["sealed"]


def test_a_stored_excerpt_at_hand_gives_back_the_local_text():
    # restoring is hashing, not reading wb's output: the raw excerpt is cut until its sha256 fits
    restorer = _restorer()
    found = 0
    for t in _round(8):
        raw_file = RAW / f"{t['id']}.json"
        if not raw_file.is_file():  # a new machine: one look-up of restore.query brings it back
            continue
        hit = restorer.find(json.loads(raw_file.read_text(encoding="utf-8")), t["sha256"])
        assert hit is not None, t["id"]
        assert hashlib.sha256(hit[1].encode("utf-8")).hexdigest() == t["sha256"], t["id"]
        found += 1
    if not found:
        pytest.skip("no stored excerpt of round 8 on this machine")


def test_round_8_urls_and_document_numbers_are_unused_elsewhere():
    texts = _round(8)
    urls = [_bare(t["url"]) for t in texts]
    assert len(set(urls)) == 20
    earlier = [t for n in range(1, 8) for t in _round(n)]
    assert not set(urls) & {_bare(t["url"]) for t in earlier}
    # the same Handelingen item, Kamerstuk, Kamervraag, ruling or article under another address
    numbers = ["h-tk-20132014-47-3", "33311", "34231", "vkyowtlklzyg", "h-ek-20132014-7-14"]
    numbers += ["33514", "h-ek-20132014-19-2", "rbdha:2021:7300", "2021z13220", "2021d32189"]
    numbers += ["20202021-3658", "33032", "33836-54", "33836/54", "29480", "35287-3", "kst-35287"]
    numbers += ["31265-10", "31265/10", "b2204934", "bba38d4f", "1610274", "2347824"]
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {_bare(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def test_round_8_is_sealed_and_stays_out_of_every_run(capsys):
    bench = _bench()
    sealed = bench.sealed_rounds()
    # round 7 was measured once (2026-12-06 01:27 UTC), fresh since; round 9 (_round9.py) sealed
    assert sealed == [8, 9]
    assert bench.round_splits(8) == ["sealed"]
    assert bench.left_out(False) == sealed and bench.left_out(True) == sealed
    assert bench.left_out(True, chosen=8) == [r for r in sealed if r != 8]
    assert bench.announce_sealed(None, False) is True
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(6, False) is True  # round 6, measured, runs
    assert capsys.readouterr() == (_lines(sealed), "")
    assert bench.announce_sealed(8, False) is False
    assert capsys.readouterr() == (
        _lines(sealed),
        "ronde 8 is verzegeld: niet gemeten zonder --later\n",
    )
    assert bench.announce_sealed(8, True) is True
    assert capsys.readouterr() == (_lines([r for r in sealed if r != 8]), "")
    # the texts of a sealed round are not even read without later and its round
    assert bench.real_texts("sealed", 8) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])


def _refuse(*args, **kwargs):
    raise AssertionError("loaded while sealed")


def test_the_one_measurement_of_round_7_keeps_round_8_sealed(monkeypatch, capsys):
    # `--readable --round 7 --later` asks for round 7's texts only and prints round 8's line;
    # the texts are never fetched here (real_texts is a recorder), so round 7 stays unread too
    bench = _bench()
    asked = []
    monkeypatch.setattr(bench, "real_texts", lambda *args: asked.append(args) or ([], []))
    monkeypatch.setattr(bench, "readable_row", _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "7", "--later"])
    bench.main()
    if 7 in bench.sealed_rounds():
        assert asked == [("sealed", 7, True)]
    assert {a[1] for a in asked} == {7}
    out = capsys.readouterr()
    assert out.out.startswith(_lines([8])) and out.err == ""
    assert LINE.format(r=7) not in out.out
    assert bench.left_out(True, chosen=7) == [8, 9]


def test_later_with_round_7_never_opens_a_text_of_round_8(monkeypatch, tmp_path):
    # on a stand-in manifest with two sealed rounds, as the real one had while round 7 waited
    check_later_opens_one_sealed_round(_bench(), monkeypatch, tmp_path, 7)


def test_round_8_without_later_stops_before_any_pipeline(monkeypatch, capsys):
    bench = _bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", _refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", _refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "8"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert "verzegeld: ronde 8 blijft buiten deze run" in out.out
    assert out.err == "ronde 8 is verzegeld: niet gemeten zonder --later\n"


def test_later_would_let_round_8_through_to_the_measurement(monkeypatch, capsys):
    bench = _bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(bench, name, _refuse)
    monkeypatch.setattr(bench, "readable", lambda *args: calls.append(args))  # never measured here
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", "8", "--later"])
    bench.main()
    assert calls == [(8, True)]
    assert capsys.readouterr() == (_lines([r for r in bench.sealed_rounds() if r != 8]), "")


def test_the_refusal_of_round_8_loads_no_pipeline_in_a_fresh_process():
    # the measurement itself is replaced first, so a broken refusal can never run wb on round 8
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        "sys.argv = ['bench_themes.py', '--readable', '--round', '8']\n"
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
    assert "ronde 8 is verzegeld: niet gemeten zonder --later" in done.stderr
