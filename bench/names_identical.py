"""Dump every replacement wb's pseudonymiser makes, to check that a change keeps output identical.

Writes JSON with one row per replacement (doc id, start, end, new start, new end, type,
placeholder) and each pseudonymised text's SHA-256, for:

* every text of the **tune** rounds of bench/realtext/names/ that is present here (committed or
  in the git-ignored bench/data/realtext_names/), each on its own as bench/bench_names.py runs it;
  sealed and held-out rounds are never read (the split comes from manifest.yaml before any text
  is opened);
* the synthetic dossier corpus corpora/dossiers/ (per dossier, as bench/bench_pseudonymise.py);
* the seed files in ../shared/seeds/ when present (one folder = one dossier), each also alone;
* the same material once more with a user's keep and replace list, through one Pseudonymiser.

Run it on two checkouts and compare the files (``sha256sum``): equal files, equal output.

Texts of bench/data/ may be restored while you work: ``--write-ids IDS.txt`` writes the ids of the
tune texts present now (one a line) and exits; ``--ids IDS.txt`` then reads exactly those texts
(also in bench/names_profile.py), so a before and an after run compare the same material.

Usage: python bench/names_identical.py OUT.json [--learned] [--ids IDS.txt] [--seeds DIR]
       python bench/names_identical.py --write-ids IDS.txt
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import yaml

from wb.dossiers.pseudonymise import Pseudonymised, Pseudonymiser, pseudonymise_corpus

REPO = Path(__file__).resolve().parent.parent
NAMES = REPO / "bench" / "realtext" / "names"
LOCAL = REPO / "bench" / "data" / "realtext_names"
DOSSIERS = REPO / "corpora" / "dossiers"
SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.is_dir():  # a worktree under /work/wt/NAME: shared/ is two levels up
    SEEDS = REPO.parent.parent / "shared" / "seeds"
if "--seeds" in sys.argv:  # a detached worktree elsewhere (/tmp/...): name the folder
    SEEDS = Path(sys.argv[sys.argv.index("--seeds") + 1])


def option(name: str) -> str | None:
    """The value after ``name`` on the command line, or None."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def frozen_ids() -> list[str] | None:
    """The ids listed in the file after ``--ids`` (one a line), or None without that option."""
    path = option("--ids")
    return Path(path).read_text(encoding="utf-8").split() if path else None


def tune_texts(ids: list[str] | None = None) -> dict[str, str]:
    """id -> text of every tune-round text present here (other splits are never opened).

    With ``ids``, exactly those texts (each must be a tune text present here).
    """
    manifest = yaml.safe_load((NAMES / "manifest.yaml").read_text(encoding="utf-8"))
    split_of = {r["round"]: r["split"] for r in manifest["rounds"]}
    items = json.loads((NAMES / "annotations.json").read_text(encoding="utf-8"))
    texts = {}
    for item in items:
        if split_of.get(item["round"]) != "tune":
            continue
        folder = NAMES / "texts" if item["licence"] == "public" else LOCAL
        path = folder / f"{item['id']}.txt"
        if path.exists():
            texts[item["id"]] = path.read_text(encoding="utf-8")
    if ids is None:
        return texts
    missing = [i for i in ids if i not in texts]
    if missing:
        sys.exit(f"{len(missing)} ids of --ids are no tune text present here: {missing[:5]}")
    return {i: texts[i] for i in ids}


def rows(label: str, docs: dict[str, Pseudonymised]) -> list[list]:
    """One row per replacement, and one per document with the SHA-256 of its new text."""
    out: list[list] = []
    for doc, pseudo in docs.items():
        digest = hashlib.sha256(pseudo.text.encode()).hexdigest()
        out.append([label, doc, "text", digest])
        out.extend([label, doc, *r] for r in pseudo.replacements)
    return out


def dump(pseudonymiser_args: dict, label: str) -> list[list]:
    """Every replacement on all the material with one Pseudonymiser."""
    out: list[list] = []
    pseudo = Pseudonymiser(**pseudonymiser_args)
    tune = tune_texts(frozen_ids())
    out += rows(f"{label}tune", {k: pseudo.dossier([t])[0] for k, t in tune.items()})
    out += rows(f"{label}dossiers", pseudonymise_corpus(DOSSIERS, pseudonymiser=pseudo))
    if SEEDS.is_dir():
        out += rows(f"{label}seeds", pseudonymise_corpus(SEEDS, pseudonymiser=pseudo))
        seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
        out += rows(f"{label}seed", {k: pseudo.dossier([t])[0] for k, t in seeds.items()})
    return out


def main() -> None:
    """Write the dump to the file given as first argument."""
    if "--write-ids" in sys.argv:
        ids = list(tune_texts())
        Path(option("--write-ids")).write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")
        print(f"{len(ids)} ids -> {option('--write-ids')}")
        return
    target = Path(sys.argv[1])
    learned = "--learned" in sys.argv
    # two dumps compare only when both hold the seed files: say where they are, or that they are not
    print(f"seeds: {SEEDS}" if SEEDS.is_dir() else f"seeds: not found ({SEEDS}), left out: --seeds")
    out = dump({"learned": learned}, "")
    lists = {
        "keep": ["Jeugdbescherming", "Veilig Thuis West", "Horizon"],
        "replace": {"Kompas": "SCHOOL", "Oma Truus": "PERSOON", "Rotterdam": "ORGANISATIE"},
    }
    out += dump({"learned": learned, **lists}, "lists:")
    target.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(out)} rows -> {target}")


if __name__ == "__main__":
    main()
