"""user-walk3: metadata.csv with several bad rows names them all at once (exact message, exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.metadata import read_metadata_csv
from wb.errors import MetadataError

ADVICE = (
    "Gebruik een van deze vormen: 2023-07-04, 04-07-2023, 4-7-2023, 4 juli 2023 of 4 jul. 2023 "
    "(dag eerst, jaar met 4 cijfers). Is het geen datum, geef de kolom dan een andere naam."
)


def _folder(tmp_path: Path, rows: list[str]) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("De moeder werkt niet mee.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("\r\n".join(["file;date;dossier", *rows]) + "\r\n")
    return folder


def test_every_bad_row_is_named_with_the_date_advice_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;13-11-2013;R1", "b.txt;2012-13-45;R2", "c.txt;gisteren;R1"])
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(folder)
    assert info.value.line is None
    assert info.value.message == (
        "2 regels kunnen niet worden gelezen:\n"
        "  - regel 3: '2012-13-45' in 'date' is geen geldige datum.\n"
        "  - regel 4: 'gisteren' in 'date' is geen geldige datum.\n"
        "Datums: g" + ADVICE[1:]
    )


def test_one_bad_row_keeps_the_one_line_message(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;13-11-2013;R1", "b.txt;2012-13-45;R2", "c.txt;;R1"])
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(folder)
    assert info.value.line == 3
    assert info.value.message == "'2012-13-45' in 'date' is geen geldige datum. " + ADVICE


def test_rows_of_other_problems_are_listed_without_date_advice(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;1-1-2020;R1;x", ";1-1-2020;R2", "a.txt;;R3"])
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(folder)
    assert info.value.message == (
        "2 regels kunnen niet worden gelezen:\n"
        "  - regel 2: deze regel heeft 4 waarden maar er zijn maar 3 kolommen. Controleer het "
        "scheidingsteken (';') en aanhalingstekens.\n"
        "  - regel 3: de kolom 'file' is leeg. Vul de bestandsnaam in (relatief aan de map, "
        "bijv. interviews/int01.docx) of verwijder de regel."
    )


def test_more_than_ten_bad_rows_are_cut_with_a_count(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    rows = [f"d{i}.txt,{i}/31/2020" for i in range(1, 13)]
    (folder / "metadata.csv").write_text("file,date\n" + "\n".join(rows) + "\n")
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(folder)
    lines = info.value.message.splitlines()
    assert lines[0] == "12 regels kunnen niet worden gelezen:"
    assert lines[1] == "  - regel 2: '1/31/2020' in 'date' is geen geldige datum."
    assert lines[10] == "  - regel 11: '10/31/2020' in 'date' is geen geldige datum."
    assert lines[11] == "  - … en nog 2 regels"


def test_wb_import_exits_2_names_both_rows_and_leaves_no_project(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt;2012-13-45;R1", "b.txt;gisteren;R2", "c.txt;1-1-2020;R1"])
    project = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)])
    assert result.exit_code == 2
    assert result.output.splitlines()[:3] == [
        f"fout: {folder / 'metadata.csv'}: 2 regels kunnen niet worden gelezen (WB120):",
        "  - regel 2: '2012-13-45' in 'date' is geen geldige datum.",
        "  - regel 3: 'gisteren' in 'date' is geen geldige datum.",
    ]
    assert not project.exists()
