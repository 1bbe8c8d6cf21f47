"""What ux9 left for ux10 (bench/README.md, "ux10"): labels per dossier, progress, export lines."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.dossiers import dossier_key
from wb.store import open_project

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"

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
    # ux13: the last line says where --json wrote the whole result
    assert lines.pop() == f"Geschreven: {target} (het volledige resultaat als JSON)."
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


def _two_reports(tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.", encoding="utf-8")
    (folder / "b.txt").write_text("Vader is zorgmijdend.", encoding="utf-8")
    dates = "file,dossier,date\na.txt,D,2024-01-01\nb.txt,D,2024-02-01\n"
    (folder / "metadata.csv").write_text(dates, encoding="utf-8")
    return folder


def test_review_and_report_say_each_step_of_the_analysis_when_asked(tmp_path: Path, capsys) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers

    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, _two_reports(tmp_path))
        capsys.readouterr()
        analyse_dossiers(project, LEXICON, progress=True)
        lines, bar = capsys.readouterr().err.split("\r", 1)
        assert (
            lines == "Overgenomen passages zoeken in 2 rapporten…\nTaalmodel en labellijst laden…\n"
        )
        assert bar.startswith("Labels zoeken:   0%|          | 0/2 [")
        analyse_dossiers(project, LEXICON)  # quiet unless asked (a notebook, a pipe)
        assert capsys.readouterr().err == ""


def test_labels_say_loading_and_the_copied_passages_around_the_bar(tmp_path: Path, capsys) -> None:
    from wb.dossiers.labels import label_corpus

    label_corpus(_two_reports(tmp_path), LEXICON, progress=True)
    err = capsys.readouterr().err
    assert err.startswith("Taalmodel en labellijst laden…\n\rLabels zoeken:")
    assert err.endswith("\rOvergenomen passages zoeken in 2 rapporten…\n")  # bar cleared


BOOK = """\
name: proef
codes:
  - name: School
    patterns: [school]
    codes:
      - name: Leraar
  - name: Thuis
"""


def test_every_export_format_ends_with_one_line_file_and_count(tmp_path: Path) -> None:
    from wb.codebook import parse_codebook
    from wb.coding.session import CodingSession

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp het kind. Thuis ging het goed.", "utf-8")
    p = tmp_path / "p.wbproj"
    assert _invoke("import", str(folder), "--project", str(p))[0] == 0
    with open_project(p) as project:
        session = CodingSession(project, parse_codebook(BOOK), "Anna", suggest=False)
        session.code(3, 9, "School")
    lines = {}
    for fmt in ("qdpx", "qdc", "csv", "xlsx"):
        out = tmp_path / f"uit.{fmt}"
        code, output = _invoke("export", str(p), "--format", fmt, "--out", str(out))
        assert code == 0, output
        lines[fmt] = output
    out = tmp_path / "oordelen.xlsx"
    code, lines["oordelen"] = _invoke(
        "export", str(p), "--format", "xlsx", "--decisions", "--out", str(out)
    )
    assert lines == {
        "qdpx": f"Geschreven: {tmp_path / 'uit.qdpx'} (1 codering).\n",
        "qdc": f"Geschreven: {tmp_path / 'uit.qdc'} (3 codes).\n",
        "csv": f"Geschreven: {tmp_path / 'uit.csv'} (1 codering).\n",
        "xlsx": f"Geschreven: {tmp_path / 'uit.xlsx'} (1 codering).\n",
        "oordelen": f"Geschreven: {out} (nog geen oordelen: alleen de kolomkoppen).\n",
    }
    assert (tmp_path / "uit.qdc").read_text(encoding="utf-8").count("<Code ") == 3


def test_documents_name_wbs_own_columns_in_dutch_next_to_the_users_keys(tmp_path: Path) -> None:
    from wb.coding.analysis import document_metadata

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp.", "utf-8")
    (folder / "metadata.csv").write_text("file,format,formaat\na.txt,brief,A4\n", "utf-8")
    p = tmp_path / "p.wbproj"
    assert _invoke("import", str(folder), "--project", str(p))[0] == 0
    code, out = _invoke("documents", "--project", str(p))
    assert code == 0
    assert out.splitlines()[0].split() == [
        *("id", "corpus", "document", "woorden", "tekens", "formaat", "versie"),
        *("meta_formaat", "format"),  # the user's keys, sorted; 'formaat' gives way to wb's
    ]
    assert out.splitlines()[2].split() == ["1", "c", "a.txt", "3", "16", "txt", "1", "A4", "brief"]
    with open_project(p) as project:  # the analyses tell wb's columns from the user's by name
        assert list(document_metadata(project).columns) == ["meta_formaat", "format"]
