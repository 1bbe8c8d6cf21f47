"""What ux9 left for ux10 (bench/README.md, "ux10"): labels per dossier, progress, export lines."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.dossiers import dossier_key

LABELLED = "Volgens vader is moeder overbezorgd en houdt zij de kinderen thuis van school."
# Three families; D10's and D2's reports are older than D1's, so date order mixes them.
FAMILIES = {
    "a_melding.txt": ("D2", "2021-11-08"),
    "b_melding.txt": ("D10", "2021-12-01"),
    "c_verslag.txt": ("D2", "2022-01-24"),
    "d_verzoek.txt": ("D1", "2022-02-15"),
    "e_raad.txt": ("D1", "2022-06-28"),
    "f_los.txt": ("", "2020-01-01"),
}


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def _families(tmp_path: Path) -> Path:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    rows = ["file,dossier,date"]
    for i, (name, (dossier, date)) in enumerate(FAMILIES.items()):
        (folder / name).write_text(f"Rapport {i}.\n\n{LABELLED}\n", encoding="utf-8")
        rows.append(f"{name},{dossier},{date}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_dossier_names_sort_as_a_reader_counts_them() -> None:
    names = ["D10", "", "d2", "D1", "D2a"]
    assert sorted(names, key=dossier_key) == ["D1", "d2", "D2a", "D10", ""]


def test_labels_are_listed_per_dossier_then_by_date_in_table_and_json(tmp_path: Path) -> None:
    folder, target = _families(tmp_path), tmp_path / "labels.json"
    code, out = _invoke("labels", str(folder), "--json", str(target))
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].split() == ["dossier", "label", "stem", "document", "zin"]
    rows = [line.split() for line in lines[2:-2]]
    shown = [(r[0], r[-len(LABELLED.split()) - 1]) for r in rows if r[0].startswith("D")]
    assert shown == [
        ("D1", "d_verzoek.txt"),
        ("D1", "e_raad.txt"),
        ("D2", "a_melding.txt"),
        ("D2", "c_verslag.txt"),
        ("D10", "b_melding.txt"),
    ]
    assert lines[-3].split()[:3] == ["overbezorgd", "toegeschreven", "f_los.txt"]  # no dossier
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [h["doc"] for h in data["labels"]] == [
        "d_verzoek.txt",
        "e_raad.txt",
        "a_melding.txt",
        "c_verslag.txt",
        "b_melding.txt",
        "f_los.txt",
    ]
    first = {h["doc"]: h["first_seen"] for h in data["labels"]}
    assert (first["e_raad.txt"], first["c_verslag.txt"]) == ("d_verzoek.txt", "a_melding.txt")
