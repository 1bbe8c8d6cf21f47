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


def codes() -> dict[str, tuple[list[str], list[str]]]:
    """Per codes set: (present ids, missing ids)."""
    out = {}
    for name, folder in (
        ("codes", "realtext_codes"),
        ("codes2", "realtext_codes2"),
        ("codes3", "realtext_codes3"),
    ):
        path = REPO / "bench/realtext" / name / "manifest.json"
        if not path.exists():
            continue
        docs = json.loads(path.read_text("utf-8"))["documents"]
        pres, miss = [], []
        for d in docs:
            if (REPO / "bench/realtext" / name / "texts" / f"{d['id']}.txt").exists():
                continue
            (pres if (DATA / folder / f"{d['id']}.txt").exists() else miss).append(d["id"])
        out[name] = (pres, miss)
    return out


def main() -> None:
    """Print present / total per set and batch (round)."""
    show = "--list" in sys.argv
    for title, table in (("labels batch", labels()), ("names round", names()), ("", codes())):
        tot_p = tot = 0
        for key in sorted(table, key=lambda k: (str(type(k)), k)):
            pres, miss = table[key]
            tot_p += len(pres)
            tot += len(pres) + len(miss)
            extra = f"  missing: {' '.join(miss)}" if show and miss else ""
            print(f"{title} {key}: {len(pres)}/{len(pres) + len(miss)}{extra}".strip())
        print(f"== {title or 'codes'} total: {tot_p}/{tot}\n")


if __name__ == "__main__":
    main()
