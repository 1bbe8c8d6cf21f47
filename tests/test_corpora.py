"""The bundled corpora: what their READMEs promise is there, and the ground truth matches."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from wb.corpus.importer import scan_folder
from wb.corpus.metadata import read_metadata_csv

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def test_sizes_promised_by_the_issue() -> None:
    assert len(scan_folder(CORPORA / "notulen")) >= 6
    assert len(scan_folder(CORPORA / "verhalen")) >= 8
    meta = read_metadata_csv(CORPORA / "dossiers")
    per_dossier: dict[str, int] = {}
    for values in meta.values():
        per_dossier[values["dossier"]] = per_dossier.get(values["dossier"], 0) + 1
    assert len(per_dossier) == 3 and all(3 <= n <= 6 for n in per_dossier.values())
    for name in ("notulen", "verhalen", "dossiers"):
        assert (CORPORA / name / "README.md").is_file()


def test_dossier_truth_snippets_are_in_the_texts() -> None:
    script = CORPORA / "_build" / "dossiers" / "check_truth.py"
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("OK")


def test_every_paragraph_has_a_theme_label() -> None:
    with (CORPORA / "themes.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    labelled = {(r["file"], int(r["paragraph"])) for r in rows}
    assert len(labelled) == len(rows) == 254
    themes = {r["theme"] for r in rows}
    assert len(themes - {"overig"}) == 12
