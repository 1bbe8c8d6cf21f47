"""Count the git-ignored real texts present per set and batch/round; list the missing ones.

Usage: python bench/restore_texts/count_missing.py [--list]
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench" / "data"


def labels() -> dict[int, tuple[list[str], list[str]]]:
    """Per batch: (present ids, missing ids) of the texts not committed."""
    texts = yaml.safe_load((REPO / "bench/realtext/labels/manifest.yaml").read_text("utf-8"))
    out: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for t in texts["texts"]:
        if t.get("committed"):
            continue
        ok = (DATA / "labels" / f"{t['id']}.txt").exists()
        out[t.get("batch", 1)][0 if ok else 1].append(t["id"])
    return out


def names() -> dict[int, tuple[list[str], list[str]]]:
    """Per round: (present ids, missing ids) of the texts not committed (sha256 checked)."""
    ann = json.loads((REPO / "bench/realtext/names/annotations.json").read_text("utf-8"))
    out: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for item in ann:
        if item["licence"] == "public":
            continue
        path = DATA / "realtext_names" / f"{item['id']}.txt"
        ok = path.exists() and (
            hashlib.sha256(path.read_bytes()).hexdigest() == item.get("sha256", "")
        )
        out[item["round"]][0 if ok else 1].append(item["id"])
    return out


def _sha_ok(path: Path, sha: str | None) -> bool:
    """Whether the file exists and, when a sha256 is given, has it."""
    if not path.exists():
        return False
    return not sha or hashlib.sha256(path.read_bytes()).hexdigest() == sha


def _set_key(name: str) -> tuple[int, str]:
    """Sort key of a codes set name: codes, codes2, ..., codes11."""
    tail = name.removeprefix("codes")
    return (int(tail) if tail.isdigit() else 1, name)


def codes() -> dict[str, tuple[list[str], list[str]]]:
    """Per codes set (codes, codes2 ... codesN): (present ids, missing ids), sha256 checked."""
    out = {}
    sets = [p.parent.name for p in (REPO / "bench/realtext").glob("codes*/manifest.json")]
    for name in sorted(sets, key=_set_key):
        docs = json.loads((REPO / "bench/realtext" / name / "manifest.json").read_text("utf-8"))
        pres, miss = [], []
        for d in docs["documents"]:
            if (REPO / "bench/realtext" / name / "texts" / f"{d['id']}.txt").exists():
                continue
            path = DATA / f"realtext_{name}" / f"{d['id']}.txt"
            (pres if _sha_ok(path, d.get("sha256")) else miss).append(d["id"])
        out[name] = (pres, miss)
    return out


def themes() -> dict[int, tuple[list[str], list[str]]]:
    """Per themes round (round 1 has no key): (present ids, missing ids), sha256 checked."""
    texts = yaml.safe_load((REPO / "bench/realtext/themes/manifest.yaml").read_text("utf-8"))
    out: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for t in texts["texts"]:
        if t.get("committed"):
            continue
        ok = _sha_ok(DATA / "realtext_themes" / f"{t['id']}.txt", t.get("sha256"))
        out[t.get("round", 1)][0 if ok else 1].append(t["id"])
    return out


def main() -> None:
    """Print present / total per set and batch (round)."""
    show = "--list" in sys.argv
    tables = (
        ("labels batch", labels()),
        ("names round", names()),
        ("", codes()),
        ("themes round", themes()),
    )
    for title, table in tables:
        tot_p = tot = 0
        order = _set_key if title == "" else (lambda k: (str(type(k)), k))
        for key in sorted(table, key=order):
            pres, miss = table[key]
            tot_p += len(pres)
            tot += len(pres) + len(miss)
            extra = f"  missing: {' '.join(miss)}" if show and miss else ""
            print(f"{title} {key}: {len(pres)}/{len(pres) + len(miss)}{extra}".strip())
        print(f"== {title or 'codes'} total: {tot_p}/{tot}\n")


if __name__ == "__main__":
    main()
