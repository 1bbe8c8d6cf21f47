"""Checks shared by the test files of the real theme rounds (tests/test_themes_round*.py).

Each round's file states its own facts (counts, genres, persons, document numbers, which rounds
are sealed) and calls these checks. They read the manifest, sha256 values, restore hints and
stored excerpts, and run bench_themes.py's sealed switch with the measurement replaced; no check
runs wb on the texts or reads a text of a sealed round.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from types import ModuleType
from typing import Any

import pytest
from realtext_helpers import REPO, THEMES, bare_url, bench_module, themes_round

RAW = REPO / "bench" / "data" / "restore_raw" / "themes"
LINE = (
    "verzegeld: ronde {r} blijft buiten deze run (eenmalig meten: --readable --round {r} --later)"
)
REFUSED = "ronde {r} is verzegeld: niet gemeten zonder --later\n"


def bench() -> ModuleType:
    """bench/bench_themes.py as a module."""
    return bench_module("bench_themes")


def lines(rounds: list[int]) -> str:
    """The lines a run prints for the sealed rounds it leaves out."""
    return "".join(LINE.format(r=r) + "\n" for r in rounds)


def still_sealed() -> list[int]:
    """The rounds sealed now: round 23 (collect-ct4, 2026-12-07), waiting for its one measurement;
    rounds 3-22 were measured once each (round 21 on 2026-12-07 17:05 UTC, main bff46429, round 22
    on 2026-12-07 20:22 UTC, main 374d6500)."""
    rounds = (13, 14, 15, 16, 17, 18, 19, 20, 21, 22)
    assert all(bench().round_splits(r) == ["fresh"] for r in rounds)
    return [23]


def refuse(*args: Any, **kwargs: Any) -> None:
    """A stand-in for anything that must not load or run while a round is sealed."""
    raise AssertionError("loaded while sealed")


def round_persons(
    number: int, split: str, committed: dict[bool, int], genres: dict[str, int]
) -> dict[str, list[str]]:
    """Assert the round's 20 distinct texts, their split, committed count and genres, that a text
    is committed exactly when public and its file is in git exactly then; return the persons
    annotated per text (texts that name somebody only)."""
    texts = themes_round(number)
    assert len(texts) == 20 and len({t["id"] for t in texts}) == 20
    assert {t["split"] for t in texts} == {split}
    assert Counter(t["committed"] for t in texts) == committed
    assert Counter(t["genre"] for t in texts) == genres
    for t in texts:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        path = THEMES / "texts" / f"{t['id']}.txt"
        assert path.is_file() == t["committed"], t["id"]  # news and blogs never in git
    return {t["id"]: t["persons"] for t in texts if t.get("persons")}


def check_restore_hints(number: int, count: int, distinct: int) -> None:
    """Assert each local text of the round has a restore hint (pages corpus, a query the search
    tool sends whole), no committed text has one; `count` hints, `distinct` queries."""
    texts = themes_round(number)
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
    assert len(hints) == count
    assert len(set(hints)) == distinct


def check_stored_excerpts(number: int) -> None:
    """Each stored excerpt at hand gives back its text (the sha256 fits); skip when none is."""
    # restoring is hashing, not reading wb's output: the raw excerpt is cut until its sha256 fits
    path = REPO / "bench" / "restore_texts" / "restore_themes.py"
    spec = importlib.util.spec_from_file_location("restore_themes", path)
    restorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(restorer)
    found = 0
    for t in themes_round(number):
        raw_file = RAW / f"{t['id']}.json"
        if not raw_file.is_file():  # a new machine: one look-up of restore.query brings it back
            continue
        hit = restorer.find(json.loads(raw_file.read_text(encoding="utf-8")), t["sha256"])
        assert hit is not None, t["id"]
        assert hashlib.sha256(hit[1].encode("utf-8")).hexdigest() == t["sha256"], t["id"]
        found += 1
    if not found:
        pytest.skip(f"no stored excerpt of round {number} on this machine")


def check_new_urls(number: int, numbers: list[str] | None = None) -> None:
    """Assert the round's 20 URLs are distinct and in no earlier round nor other manifest, and
    (lowercase) `numbers` (a Kamerstuk, ruling, article under another address) in no earlier id
    or URL nor other manifest."""
    urls = [bare_url(t["url"]) for t in themes_round(number)]
    assert len(set(urls)) == 20
    earlier = [t for n in range(1, number) for t in themes_round(n)]
    assert not set(urls) & {bare_url(t["url"]) for t in earlier}
    numbers = numbers or []
    assert not [n for n in numbers for t in earlier if n in f"{t['id']} {t['url']}".lower()]
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            text = path.read_text(encoding="utf-8")
            found = {bare_url(u) for u in re.findall(r"https?://[^\s\"',}]+", text)}
            assert not set(urls) & found, path
            assert not [n for n in numbers if n in text.lower()], path


def check_measured_round_runs(number: int, sealed: list[int], capsys: Any) -> None:
    """A measured (fresh) round runs without --later; the `sealed` rounds stay out of every run."""
    module = bench()
    assert module.sealed_rounds() == sealed
    assert module.round_splits(number) == ["fresh"]
    assert module.left_out(False) == sealed and module.left_out(True, chosen=number) == sealed
    assert module.announce_sealed(None, False) is True
    assert capsys.readouterr() == (lines(sealed), "")
    assert module.announce_sealed(number, False) is True
    assert capsys.readouterr() == (lines(sealed), "")


def check_sealed_round_stays_out(number: int, measured: int, capsys: Any) -> list[int]:
    """A sealed round is left out of every run, refused without --later (also when a measured
    round runs), let through with it, and its texts are not read; returns the sealed rounds."""
    module = bench()
    sealed = module.sealed_rounds()
    assert module.round_splits(number) == ["sealed"]
    assert module.left_out(False) == sealed and module.left_out(True) == sealed
    others = [r for r in sealed if r != number]
    assert module.left_out(True, chosen=number) == others
    assert module.announce_sealed(None, False) is True
    assert capsys.readouterr() == (lines(sealed), "")
    assert module.announce_sealed(measured, False) is True  # a measured round runs
    assert capsys.readouterr() == (lines(sealed), "")
    assert module.announce_sealed(number, False) is False
    assert capsys.readouterr() == (lines(sealed), REFUSED.format(r=number))
    assert module.announce_sealed(number, True) is True
    assert capsys.readouterr() == (lines(others), "")
    # the texts of a sealed round are not even read without later and its round
    assert module.real_texts("sealed", number) == ([], [])
    assert module.real_texts("sealed", None, True) == ([], [])
    return sealed


def one_measurement(number: int, monkeypatch: Any, capsys: Any) -> tuple[ModuleType, str]:
    """Run `--readable --round N --later` with real_texts a recorder (no text is fetched): it asks
    for round N's texts only and does not print round N's line; returns bench_themes and the
    printed output for the caller's check of the other rounds' lines."""
    module = bench()
    asked = []
    monkeypatch.setattr(module, "real_texts", lambda *args: asked.append(args) or ([], []))
    monkeypatch.setattr(module, "readable_row", refuse)
    argv = ["bench_themes.py", "--readable", "--round", str(number), "--later"]
    monkeypatch.setattr(sys, "argv", argv)
    module.main()
    if number in module.sealed_rounds():
        assert asked == [("sealed", number, True)]
    assert {a[1] for a in asked} == {number}
    out = capsys.readouterr()
    assert out.err == ""
    assert LINE.format(r=number) not in out.out
    return module, out.out


def check_refused_before_any_pipeline(number: int, monkeypatch: Any, capsys: Any) -> None:
    """`--readable --round N` without --later exits 2 before wb's pipeline or a text loads."""
    module = bench()
    import wb.nlp

    monkeypatch.setattr(wb.nlp, "load", refuse, raising=False)
    monkeypatch.setattr(wb.nlp, "_lemmatizer", refuse)
    for name in ("readable", "real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(module, name, refuse)
    monkeypatch.setattr(sys, "argv", ["bench_themes.py", "--readable", "--round", str(number)])
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert stop.value.code == 2
    out = capsys.readouterr()
    assert f"verzegeld: ronde {number} blijft buiten deze run" in out.out
    assert out.err == REFUSED.format(r=number)


def check_later_lets_through(number: int, monkeypatch: Any, capsys: Any) -> None:
    """`--readable --round N --later` reaches the measurement (replaced here, never run)."""
    module = bench()
    calls = []
    for name in ("real_texts", "segment_documents", "readable_row"):
        monkeypatch.setattr(module, name, refuse)
    monkeypatch.setattr(module, "readable", lambda *args: calls.append(args))
    argv = ["bench_themes.py", "--readable", "--round", str(number), "--later"]
    monkeypatch.setattr(sys, "argv", argv)
    module.main()
    assert calls == [(number, True)]
    assert capsys.readouterr() == (lines([r for r in module.sealed_rounds() if r != number]), "")


def check_refusal_in_a_fresh_process(number: int, manifest: dict | None = None) -> None:
    """In a fresh process, the refusal of round N exits 2 and loads no pipeline module (on a
    stand-in `manifest` when given)."""
    stand_in = f"bench_themes.real_manifest = lambda path=None: {manifest!r}\n" if manifest else ""
    # the measurement itself is replaced first, so a broken refusal can never run wb on the round
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'bench')!r})\n"
        "import bench_themes\n"
        f"{stand_in}"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit('measured while sealed')\n"
        "for name in ('readable', 'real_texts', 'segment_documents', 'readable_row'):\n"
        "    setattr(bench_themes, name, stop)\n"
        f"sys.argv = ['bench_themes.py', '--readable', '--round', '{number}']\n"
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
    assert f"ronde {number} is verzegeld: niet gemeten zonder --later" in done.stderr
