"""What a new user trips over on the command line (user-walk2): `python -m wb`, a folder given
as a name list, a file given as an output folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_python_dash_m_wb_runs_the_command() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "wb", "--help"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Gebruik: wb [OPTIES] OPDRACHT [ARGUMENTEN]...")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["pseudonymise", "MAP", "--out", "uit", "--keep", "lijsten"], "--keep"),
        (["pseudonymise", "MAP", "--out", "uit", "--replace", "lijsten"], "--replace"),
        (["labels", "MAP", "--pseudonymise", "--keep", "lijsten"], "--keep"),
        (["namen", "keep", "--project", "p.wbproj", "--from", "lijsten"], "--from"),
    ],
)
def test_a_folder_as_name_list_says_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], option: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "MAP").mkdir()
    (tmp_path / "MAP" / "a.txt").write_text("Tekst.\n", encoding="utf-8")
    (tmp_path / "lijsten").mkdir()
    (tmp_path / "lijsten" / "nooit.txt").write_text("Kinderen Eerst\n", encoding="utf-8")
    (tmp_path / "p.wbproj").write_bytes(b"")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"fout: Ongeldige waarde voor '{option}': 'lijsten' is een map; geef een lijst (een "
        ".txt-bestand, één term per regel); in die map staan: nooit.txt."
    )
    assert not (tmp_path / "uit").exists()


@pytest.mark.parametrize(
    ("args", "what", "example"),
    [
        (["themes", "MAP", "--out", "werk/a.csv"], "de samenvatting", "werk/themas"),
        (
            ["pseudonymise", "MAP", "--out", "werk/a.csv"],
            "de gepseudonimiseerde kopieën",
            "werk/gedeeld",
        ),
    ],
)
def test_a_file_as_output_folder_says_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], what: str, example: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "MAP").mkdir()
    (tmp_path / "MAP" / "a.txt").write_text("Tekst.\n", encoding="utf-8")
    (tmp_path / "werk").mkdir()
    (tmp_path / "werk" / "a.csv").write_text("x\n", encoding="utf-8")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"fout: Ongeldige waarde voor '--out': 'werk/a.csv' is een bestand; geef een map voor "
        f"{what} (wb maakt die zelf), bijv. {example}."
    )
    assert sorted(p.name for p in (tmp_path / "werk").iterdir()) == ["a.csv"]


OLD = "Moeder vertelt dat zij haar zoon al maanden niet zag. De school meldt zorgen."
NEW = "Moeder vertelt dat zij haar zoon al maanden niet zag. Verder niets."


def test_export_says_origin_and_status_in_dutch(project, tmp_path: Path) -> None:
    import pandas as pd

    from wb.codebook import parse_codebook
    from wb.corpus.importer import import_folder
    from wb.exports.tables import export_codings
    from wb.store.codebooks import code_ids, save_codebook
    from wb.store.codings import add_coding

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(OLD, encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: A\n  - name: B\n"))
    ids = code_ids(project, "cb")
    add_coding(project, 1, ids["A"], "Anna", 0, OLD.index("zag.") + 4)
    add_coding(project, 1, ids["A"], "Anna", 0, 6, origin="suggestion")
    add_coding(project, 1, ids["B"], "Anna", OLD.index("De school"), len(OLD), origin="auto")
    (folder / "a.txt").write_text(NEW, encoding="utf-8")
    import_folder(project, folder)  # "De school meldt zorgen." is gone: its coding is orphaned
    table = pd.read_csv(export_codings(project, tmp_path / "x.csv"), encoding="utf-8-sig")
    rows = table.sort_values("begin")[["code", "herkomst", "status"]].values.tolist()
    assert sorted(rows) == [
        ["A", "eigen codering", "actief"],
        ["A", "suggestie", "actief"],
        ["B", "automatisch (wb code --apply)", "verweesd"],
    ]


def test_echo_table_fits_a_terminal_and_keeps_the_voice_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    from wb.cli import common

    table = pd.DataFrame(
        [("D1", "negatieve typering («laks»)", "door het rapport zelf gesteld", "Moeder is laks.")],
        columns=["dossier", "label", "stem", "zin"],
    )
    monkeypatch.setattr(common, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    common.echo_table(table, full="voeg --json BESTAND toe", uncut=("stem",))
    assert capsys.readouterr().out.splitlines() == [
        "dossier  label      stem                           zin",
        "-------  ---------  -----------------------------  ---------",
        "D1       negatiev…  door het rapport zelf gesteld  Moeder i…",
        "Ingekort met '…': label, zin; volledig: voeg --json BESTAND",
        "toe.",
    ]
    monkeypatch.setattr(common, "stdout_is_terminal", lambda: False)  # a file or pipe: whole
    common.echo_table(table, full="voeg --json BESTAND toe", uncut=("stem",))
    assert capsys.readouterr().out.splitlines()[2] == (
        "D1       negatieve typering («laks»)  door het rapport zelf gesteld  Moeder is laks."
    )


def test_a_same_value_ending_in_a_full_stop_gets_no_second_one() -> None:
    import pandas as pd

    from wb.exports.table_fit import fit_table

    table = pd.DataFrame([("a", "Zij zegt het."), ("b", "Zij zegt het.")], columns=["x", "zin"])
    fitted, notes = fit_table(table, 15)
    assert fitted.columns.tolist() == ["x"]
    assert " ".join(notes) == "In elke rij gelijk, daarom geen kolom: zin Zij zegt het."


def test_wb_labels_in_a_narrow_terminal_fits_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wb.cli import common

    folder = tmp_path / "D9"
    folder.mkdir()
    (folder / "verslag-wijkteam-over-het-gezin.txt").write_text(
        "Volgens vader is moeder overbezorgd en houdt zij het kind thuis van school.\n",
        encoding="utf-8",
    )
    (folder / "raadsrapport-over-het-gezin.txt").write_text(
        "Vader noemt moeder zorgmijdend, omdat zij afspraken bij de jeugdarts niet nakomt.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(common, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "72")
    result = CliRunner().invoke(cli, ["labels", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index(next(x for x in lines if x.startswith("label ")))
    assert lines[start : start + 6] == [
        "label        stem           document               zin",
        "-----------  -------------  ---------------------  ---------------------",
        "zorgmijdend  toegeschreven  raadsrapport-over-he…  Vader noemt moeder z…",
        "overbezorgd  toegeschreven  verslag-wijkteam-ove…  Volgens vader is moe…",
        "In elke rij gelijk, daarom geen kolom: dossier (leeg).",
        "Ingekort met '…': document, zin; volledig: voeg --json BESTAND toe.",
    ]
