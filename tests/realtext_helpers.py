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

import yaml

REPO = Path(__file__).resolve().parent.parent
REALTEXT = REPO / "bench" / "realtext"
LABELS = REALTEXT / "labels"
THEMES = REALTEXT / "themes"
VOICES = {"asserted", "attributed", "discussed", "negated"}


def bare_url(url: str) -> str:
    """A URL without scheme, "www." and trailing slash, lowercased, to compare across manifests."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.strip().lower()).rstrip("/")


def labels_texts() -> list[dict]:
    """The text entries of the labels set's manifest."""
    return yaml.safe_load((LABELS / "manifest.yaml").read_text(encoding="utf-8"))["texts"]


def labels_batch(number: int) -> list[dict]:
    """The labels texts of one batch."""
    return [t for t in labels_texts() if t.get("batch") == number]


def themes_round(number: int) -> list[dict]:
    """The theme texts of one round (round 1 when the entry names none)."""
    manifest = yaml.safe_load((THEMES / "manifest.yaml").read_text(encoding="utf-8"))
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
