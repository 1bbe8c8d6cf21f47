"""user-walk3: a REFI-QDA, Word or Excel file, or a label list, given where a codebook is asked
(and a codebook given as label list) says what it is and what to give (exit 2, nothing run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "map"
    f.mkdir()
    (f / "a.txt").write_text("De moeder staat op de wachtlijst.\n", encoding="utf-8")
    return f


def _code(folder: Path, codebook: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["code", str(folder), "--codebook", str(codebook)])
    return result.exit_code, result.output


def test_a_qdc_as_codebook_names_refi_and_wb_import(tmp_path: Path, folder: Path) -> None:
    qdc = tmp_path / "boek.qdc"
    qdc.write_text('<?xml version="1.0" encoding="utf-8"?><CodeBook/>', encoding="utf-8")
    assert _code(folder, qdc) == (
        2,
        f"fout: {qdc}: is een REFI-QDA-bestand (uit ATLAS.ti, NVivo, MAXQDA of QualCoder), geen "
        f"codeboek in YAML. Lees het in een project in met `wb import {qdc} --project PROJECT`; "
        "hier is een codeboek in YAML nodig, zoals codebooks/leernetwerk.yaml. (WB110)\n",
    )


def test_a_word_file_as_codebook_says_write_yaml(tmp_path: Path, folder: Path) -> None:
    docx = tmp_path / "codeboek.docx"
    docx.write_bytes(b"PK\x03\x04 not really word")
    assert _code(folder, docx) == (
        2,
        f"fout: {docx}: is een Word-bestand, geen codeboek in YAML. Schrijf een codeboek als "
        "tekstbestand (.yaml), zoals codebooks/leernetwerk.yaml, in een teksteditor (Kladblok, "
        "TextEdit of JupyterLab). (WB110)\n",
    )


def test_an_excel_file_as_label_list_says_write_yaml(tmp_path: Path, folder: Path) -> None:
    xlsx = tmp_path / "labels.xlsx"
    xlsx.write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["labels", str(folder), "--lexicon", str(xlsx)])
    assert result.exit_code == 2
    assert result.output == (
        f"fout: {xlsx}: is een Excel-bestand, geen labellijst in YAML. Schrijf een labellijst als "
        "tekstbestand (.yaml), zoals codebooks/labels.yaml, in een teksteditor (Kladblok, "
        "TextEdit of JupyterLab). (WB110)\n"
    )


def test_the_label_list_as_codebook_is_named_a_label_list(folder: Path) -> None:
    labels = ROOT / "codebooks" / "labels.yaml"
    assert _code(folder, labels) == (
        2,
        f"fout: {labels}: het codeboek heeft 1 probleem; er is niets geladen (WB131):\n"
        "  - regel 1: dit lijkt een labellijst (die hoort bij wb labels --lexicon); een codeboek "
        "begint met 'name:' en 'codes:' (een lijst van codes), zoals codebooks/leernetwerk.yaml\n",
    )


def test_another_yaml_as_codebook_says_the_shape(tmp_path: Path, folder: Path) -> None:
    other = tmp_path / "ander.yaml"
    other.write_text("naam: Proef\n", encoding="utf-8")
    code, output = _code(folder, other)
    assert code == 2
    assert output.splitlines()[1] == (
        "  - regel 1: een codeboek begint met 'name:' en 'codes:' (een lijst van codes), zoals "
        "codebooks/leernetwerk.yaml"
    )


def test_the_codebook_as_label_list_is_named_a_codebook(folder: Path) -> None:
    book = ROOT / "codebooks" / "leernetwerk.yaml"
    result = CliRunner().invoke(cli, ["labels", str(folder), "--lexicon", str(book)])
    assert result.exit_code == 2
    assert result.output == (
        f"fout: {book}: de labellijst heeft 1 probleem; er is niets geladen (WB132):\n"
        "  - regel 1: dit lijkt een codeboek (dat hoort bij wb code --codebook); een labellijst "
        "is een lijst van termen, of begint met 'labels:', zoals codebooks/labels.yaml\n"
    )
