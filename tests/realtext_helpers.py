"""Readers shared by the tests of the real-text labels batches and theme rounds (bench/realtext).

They read manifests only; no wb code runs on the texts. The names rounds have their own,
larger set of readers in names_rounds_helpers.py.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from manifest_yaml import read_manifest  # noqa: E402

REALTEXT = REPO / "bench" / "realtext"
LABELS = REALTEXT / "labels"
THEMES = REALTEXT / "themes"
VOICES = {"asserted", "attributed", "discussed", "negated"}


def bare_url(url: str) -> str:
    """A URL without scheme, "www." and trailing slash, lowercased, to compare across manifests."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.strip().lower()).rstrip("/")


def labels_texts() -> list[dict]:
    """The text entries of the labels set's manifest."""
    return read_manifest(LABELS / "manifest.yaml")["texts"]


def labels_batch(number: int) -> list[dict]:
    """The labels texts of one batch."""
    return [t for t in labels_texts() if t.get("batch") == number]


def themes_round(number: int) -> list[dict]:
    """The theme texts of one round (round 1 when the entry names none)."""
    manifest = read_manifest(THEMES / "manifest.yaml")
    return [t for t in manifest["texts"] if t.get("round", 1) == number]


def bench_module(name: str) -> ModuleType:
    """A script of bench/ imported as a module (bench_themes, bench_labels, ...)."""
    sys.path.insert(0, str(REPO / "bench"))
    return __import__(name)


def check_committed_labels(texts: list[dict]) -> None:
    """Each labels text has a sha256; a committed one matches it on disk and every annotation
    resolves as its n-th whole-word match; an uncommitted one is not in the texts folder."""
    for t in texts:
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        path = LABELS / "texts" / f"{t['id']}.txt"
        if not t.get("committed"):
            assert not path.exists(), t["id"]
            continue
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == t["sha256"], t["id"]
        text = data.decode("utf-8")
        for item in t["labels"] or []:
            found = re.findall(rf"(?<!\w){re.escape(item['text'])}(?!\w)", text)
            assert len(found) > item.get("n", 0), (t["id"], item)


def check_themes_files(number: int) -> None:
    """Each text of theme round `number` has a sha256 that its file matches where the file is
    at hand (committed, or in the git-ignored bench/data/realtext_themes/), and each person
    annotated in a committed text is written in it."""
    local = REPO / "bench" / "data" / "realtext_themes"
    for t in themes_round(number):
        assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
        path = (THEMES / "texts" if t["committed"] else local) / f"{t['id']}.txt"
        if t["committed"] or path.is_file():  # news and blogs only on the collecting machine
            assert hashlib.sha256(path.read_bytes()).hexdigest() == t["sha256"], t["id"]
        if t["committed"]:
            for person in t.get("persons", []):
                assert person in path.read_text(encoding="utf-8"), (t["id"], person)


def check_later_opens_one_sealed_round(
    bench: ModuleType, monkeypatch: Any, tmp_path: Path, first: int
) -> None:
    """On a stand-in themes manifest with rounds `first` (committed) and `first + 1` (local)
    sealed and `first - 1` fresh: `--later` with one round reads that round's text only, and a
    sealed round is never opened without --later and its round. Text ids are the round's letter
    ("d" for round 4)."""
    import pathlib

    fresh, second = first - 1, first + 1
    letter = {r: chr(96 + r) for r in (fresh, first, second)}
    rows = [(fresh, "fresh", True), (first, "sealed", True), (second, "sealed", False)]
    manifest = {
        "texts": [{"id": "a", "split": "dev", "genre": "g", "committed": True}]
        + [
            {"id": letter[r], "round": r, "split": split, "genre": "g", "committed": committed}
            for r, split, committed in rows
        ]
    }
    monkeypatch.setattr(bench, "real_manifest", lambda path=None: manifest)
    monkeypatch.setattr(bench, "REAL", tmp_path)
    monkeypatch.setattr(bench, "REAL_DATA", tmp_path / "local")
    (tmp_path / "texts").mkdir()
    (tmp_path / "local").mkdir()
    for ident in ("a", letter[fresh], letter[first]):
        (tmp_path / "texts" / f"{ident}.txt").write_text(f"tekst {ident}", encoding="utf-8")
    b = letter[second]
    (tmp_path / "local" / f"{b}.txt").write_text(f"tekst {b}", encoding="utf-8")
    opened: list[str] = []
    read_text = pathlib.Path.read_text

    def spy(self: pathlib.Path, *args: Any, **kwargs: Any) -> str:
        opened.append(self.name)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", spy)
    f = letter[first]
    assert bench.sealed_rounds() == [first, second]
    assert bench.left_out(True, chosen=first) == [second]
    assert bench.left_out(True, chosen=second) == [first]
    assert bench.real_texts("sealed", first, True) == ([(f"g/{f}", f"tekst {f}")], [])
    assert opened == [f"{f}.txt"]
    assert bench.real_texts("sealed", second, False) == ([], [])
    assert bench.real_texts("sealed", None, True) == ([], [])  # --later without a round
    assert opened == [f"{f}.txt"]
    assert bench.real_texts("sealed", second, True) == ([(f"g/{b}", f"tekst {b}")], [])
    assert opened == [f"{f}.txt", f"{b}.txt"]


def check_number_named_only_by(
    number: str, files: list[Path], expected: dict[str, set[str]]
) -> None:
    """Assert that of `files` exactly the set folders in `expected` name `number`, with exactly
    the references given (a Kamerstuk or case number two sets share on purpose)."""
    users = [p for p in files if number in p.read_text(encoding="utf-8")]
    assert sorted(p.parent.name for p in users) == sorted(expected)
    pattern = rf"[\w./:-]*{re.escape(number)}[\w./-]*"
    for path in users:
        found = set(re.findall(pattern, path.read_text(encoding="utf-8")))
        assert found == expected[path.parent.name], path


# bill 35833: codes20 (collect-codes-themes, 2026-12-06) holds two of the bill's own documents,
# its memorandum and a note after the report; a labels batch-45 debate and a names round-48 text
# discuss the bill
BILL_35833_CODES20 = {
    "https://openkamer.org/kamerstuk/35833/6",
    "https://zoek.officielebekendmakingen.nl/kst-35833-3.html",
}
