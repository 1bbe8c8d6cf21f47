"""The rules' replaced spans on the names bench texts, from the current code or a past commit.

For the learned names model (bench/train_names_model.py) the rules' own decision is a feature.
Run on the current code every tune text is in-sample for the rules (they were written after
reading it); run on the commit a round was frozen at (``code_frozen`` in the rounds table of
bench/realtext/names/manifest.yaml) the round is unseen by the rules, as it was when it was
measured once. ``spans(commit, items)`` extracts that commit's tree with ``git archive`` into a
cache folder, runs its pseudonymiser in a child process on the given texts, and caches the
spans as JSON (keyed by commit and text id). Texts only go in and spans only come out; the cache
lives outside the repository (``/tmp/wb_names_rule_spans`` or $WB_RULE_SPANS).

Usage: python bench/names_rule_spans.py COMMIT [ROUND ...]  (prints counts; fills the cache)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("WB_RULE_SPANS", "/tmp/wb_names_rule_spans"))

RUNNER = r"""
import json, sys
texts = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    from wb.dossiers.pseudonymise import Pseudonymiser
    run = lambda t: Pseudonymiser().dossier([t])[0]
except ImportError:
    from wb.dossiers.pseudonymise import pseudonymise_dossier
    run = lambda t: pseudonymise_dossier([t])[0]
from wb.dossiers.entities import detect_dossier
out = {}
for key, text in texts.items():
    found = {(m.start, m.end): (m.source, m.tier) for m in detect_dossier([text])[0]}
    rows = run(text).replacements
    out[key] = [[r[0], r[1], r[4], r[5], *found.get((r[0], r[1]), ("", 9))] for r in rows]
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
"""


def _tree(commit: str) -> Path:
    """The commit's tree, extracted once into the cache folder."""
    folder = CACHE / "trees" / commit
    if not (folder / "wb").exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit, "wb"], check=True, capture_output=True
        ).stdout
        with tempfile.TemporaryFile() as handle:
            handle.write(archive)
            handle.seek(0)
            with tarfile.open(fileobj=handle) as tar:
                tar.extractall(folder, filter="data")
    return folder


def spans(commit: str | None, items: list[dict]) -> dict[str, list[tuple]]:
    """Text id -> the rules' replaced spans (start, end, type, placeholder, detector, tier);
    commit None = the current code."""
    name = commit or "current"
    path = CACHE / f"spans3_{name}.json"
    cached = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    todo = {i["id"]: i["text"] for i in items if i["id"] not in cached}
    if todo and commit is None:
        from wb.dossiers.entities import detect_dossier
        from wb.dossiers.pseudonymise import Pseudonymiser

        pseudonymiser = Pseudonymiser()
        for key, text in todo.items():
            found = pseudonymiser.dossier([text])[0].replacements
            mentions = {(m.start, m.end): (m.source, m.tier) for m in detect_dossier([text])[0]}
            cached[key] = [[*r[:2], *r[4:6], *mentions.get(r[:2], ("", 9))] for r in found]
    elif todo:
        tree = _tree(commit)
        with tempfile.TemporaryDirectory() as tmp:
            src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
            src.write_text(json.dumps(todo), encoding="utf-8")
            env = dict(os.environ, PYTHONPATH=str(tree))
            subprocess.run(
                [sys.executable, "-c", RUNNER, str(src), str(dst)], check=True, env=env, cwd=tmp
            )
            cached |= json.loads(dst.read_text(encoding="utf-8"))
    if todo:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cached), encoding="utf-8")
    return {i["id"]: [tuple(s) for s in cached[i["id"]]] for i in items}


def main() -> None:
    """Fill the cache for one commit (and some rounds)."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_names import load, selected

    commit = None if sys.argv[1] == "current" else sys.argv[1]
    rounds = {int(r) for r in sys.argv[2:]}
    # a sealed round is never run: selected() without --later leaves it out
    items = [
        i for i in selected(load(), ["names_rule_spans"]) if not rounds or i["round"] in rounds
    ]
    found = spans(commit, items)
    print(commit or "current", len(found), "texts", sum(map(len, found.values())), "spans")


if __name__ == "__main__":
    main()
