"""Metadata: Dutch dates, metadata.csv (`,`/`;`, BOM) and value coercion."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from wb.corpus.metadata import (
    coerce_metadata,
    is_date_key,
    metadata_value_type,
    parse_date,
    read_metadata_csv,
)
from wb.errors import MetadataError

D = datetime.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07-04", D(2023, 7, 4)),
        ("2023-7-4", D(2023, 7, 4)),
        ("4 juli 2023", D(2023, 7, 4)),
        ("12 mei 2023", D(2023, 5, 12)),
        ("1 maart 2021", D(2021, 3, 1)),
        ("1 Maart 2021", D(2021, 3, 1)),
        ("04-07-2023", D(2023, 7, 4)),
        ("4-7-2023", D(2023, 7, 4)),
        ("04/07/2023", D(2023, 7, 4)),
        ("4.7.2023", D(2023, 7, 4)),
        ("4 jul. 2023", D(2023, 7, 4)),
        ("4 jul 2023", D(2023, 7, 4)),
        ("4 mrt. 2023", D(2023, 3, 4)),
        ("31 okt 2022", D(2022, 10, 31)),
        ("dinsdag 4 juli 2023", D(2023, 7, 4)),
        ("  4   juli  2023 ", D(2023, 7, 4)),
        ("29-02-2024", D(2024, 2, 29)),
    ],
)
def test_parse_date_accepted(value: str, expected: datetime.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "juli 2023",  # month only: a day would have to be guessed
        "4-7-23",  # two-digit year
        "2023/07/04",
        "07-31-2023",  # month first (American) is not a valid day-first date
        "31-02-2023",
        "29-02-2023",
        "4 juliet 2023",
        "4 july 2023",
        "4-7/2023",
        "gisteren",
        "",
        "2023-07-04T10:00",
    ],
)
def test_parse_date_rejected(value: str) -> None:
    assert parse_date(value) is None


def test_is_date_key() -> None:
    assert [is_date_key(k) for k in ("date", "Datum", "interview_date", "zitting_datum")] == [
        True,
        True,
        True,
        True,
    ]
    assert [is_date_key(k) for k in ("datumnotatie", "update", "respondent")] == [
        False,
        False,
        False,
    ]


def test_metadata_value_type() -> None:
    values = [D(2023, 1, 1), "x", 3, 2.5, True, False]
    assert [metadata_value_type(v) for v in values] == [
        "date",
        "text",
        "int",
        "float",
        "bool",
        "bool",
    ]


def test_coerce_metadata() -> None:
    values = {
        " datum ": "4 juli 2023",
        "interview_date": datetime.datetime(2023, 7, 5, 10, 30),
        "opgenomen": datetime.datetime(2023, 7, 5, 10, 30),
        "geboren": D(2010, 1, 2),
        "leeftijd": 14,
        "score": 0.5,
        "toestemming": False,
        "code": " 007 ",
        "leeg": "",
        "niets": None,
        "thema's": ["school", "ouders", None],
        "cafe\u0301": "e\u0301e\u0301n",
    }
    assert coerce_metadata(values, path="x.md", line=None) == {
        "datum": D(2023, 7, 4),
        "interview_date": D(2023, 7, 5),
        "opgenomen": "2023-07-05 10:30:00",
        "geboren": D(2010, 1, 2),
        "leeftijd": 14,
        "score": 0.5,
        "toestemming": False,
        "code": "007",
        "thema's": "school, ouders",
        "café": "één",
    }


def test_coerce_metadata_is_idempotent() -> None:
    once = coerce_metadata({"datum": "4-7-2023", "n": 3, "t": "x"}, path="x", line=1)
    assert (
        coerce_metadata(once, path="x", line=1)
        == once
        == {"datum": D(2023, 7, 4), "n": 3, "t": "x"}
    )


def test_coerce_metadata_bad_date() -> None:
    with pytest.raises(MetadataError) as info:
        coerce_metadata({"datum": "volgende week"}, path="a.md", line=3)
    assert str(info.value) == (
        "a.md, regel 3: 'volgende week' in 'datum' is geen geldige datum. Gebruik een van deze "
        "vormen: 2023-07-04, 04-07-2023, 4-7-2023, 4 juli 2023 of 4 jul. 2023 (dag eerst, jaar "
        "met 4 cijfers). Is het geen datum, geef de kolom dan een andere naam."
    )


def test_coerce_metadata_number_in_date_key() -> None:
    with pytest.raises(MetadataError, match="'2023' in 'datum' is geen geldige datum"):
        coerce_metadata({"datum": 2023}, path="a.md", line=2)


def test_coerce_metadata_nested_value() -> None:
    with pytest.raises(MetadataError, match="de waarde van 'ouders' is een geneste structuur"):
        coerce_metadata({"ouders": {"moeder": "A"}}, path="a.md", line=2)


# --- metadata.csv ---------------------------------------------------------------------------


def write_csv(folder: Path, text: str, *, bom: bool = False) -> Path:
    path = folder / "metadata.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_no_metadata_csv(tmp_path: Path) -> None:
    assert read_metadata_csv(tmp_path) == {}


def test_comma_csv(tmp_path: Path) -> None:
    write_csv(
        tmp_path,
        "file,datum,respondent,leeftijd\n"
        "int01.docx,2023-07-04,R1,14\n"
        'sub/int02.txt,4 juli 2023,"Jansen, A.",\n',
    )
    assert read_metadata_csv(tmp_path) == {
        "int01.docx": {"datum": D(2023, 7, 4), "respondent": "R1", "leeftijd": "14"},
        "sub/int02.txt": {"datum": D(2023, 7, 4), "respondent": "Jansen, A."},
    }


def test_semicolon_csv_with_bom_and_dutch_dates(tmp_path: Path) -> None:
    write_csv(
        tmp_path,
        "file;datum;zitting_date;rol\r\n"
        "a.txt;4 juli 2023;12 mei 2023;moeder\r\n"
        "b.txt;1 maart 2021;04-07-2023;vader, stiefvader\r\n"
        ";;;\r\n"
        "sub\\c.pdf;2023-07-04;;\r\n",
        bom=True,
    )
    assert read_metadata_csv(tmp_path) == {
        "a.txt": {"datum": D(2023, 7, 4), "zitting_date": D(2023, 5, 12), "rol": "moeder"},
        "b.txt": {
            "datum": D(2021, 3, 1),
            "zitting_date": D(2023, 7, 4),
            "rol": "vader, stiefvader",
        },
        "sub/c.pdf": {"datum": D(2023, 7, 4)},
    }


def test_file_keys_normalised(tmp_path: Path) -> None:
    write_csv(tmp_path, "File,x\n./map/cafe\u0301.txt ,1\n")
    assert read_metadata_csv(tmp_path) == {"map/café.txt": {"x": "1"}}


def test_bad_date_line_number(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "file;datum\na.txt;4 juli 2023\n\nb.txt;31 juni 2023\nc.txt;1 mei 2023\n",
    )
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(tmp_path)
    assert info.value.line == 4
    assert info.value.path == str(path)
    assert str(info.value).startswith(
        f"{path}, regel 4: '31 juni 2023' in 'datum' is geen geldige datum. Gebruik een van "
        "deze vormen: 2023-07-04, 04-07-2023"
    )


def test_line_number_after_multiline_cell(tmp_path: Path) -> None:
    write_csv(tmp_path, 'file,notitie,datum\na.txt,"twee\nregels",2023-01-01\nb.txt,x,nooit\n')
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(tmp_path)
    assert info.value.line == 4


def test_missing_file_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "bestand;datum\na.txt;2023-01-01\n")
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(tmp_path)
    assert str(info.value) == (
        f"{path}, regel 1: mist de kolom 'file' met de bestandsnamen. Gevonden kolommen: "
        "'bestand', 'datum'. Zet in de eerste regel een kolom 'file'."
    )


def test_duplicate_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "file,rol\na.txt,moeder\nb.txt,vader\n./a.txt,kind\n")
    with pytest.raises(MetadataError) as info:
        read_metadata_csv(tmp_path)
    assert str(info.value) == (
        f"{path}, regel 4: 'a.txt' staat er twee keer in (ook op regel 2). "
        "Voeg de regels samen tot één regel per bestand."
    )


def test_duplicate_column(tmp_path: Path) -> None:
    write_csv(tmp_path, "file,rol,Rol\na.txt,x,y\n")
    with pytest.raises(MetadataError, match="de kolomnaam 'rol' komt meer dan eens voor"):
        read_metadata_csv(tmp_path)


def test_empty_file_cell(tmp_path: Path) -> None:
    write_csv(tmp_path, "file,rol\n,moeder\n")
    with pytest.raises(MetadataError, match="regel 2: de kolom 'file' is leeg"):
        read_metadata_csv(tmp_path)


def test_too_many_cells(tmp_path: Path) -> None:
    write_csv(tmp_path, "file,rol\na.txt,moeder,extra\n")
    with pytest.raises(MetadataError, match="regel 2: deze regel heeft 3 waarden maar er zijn"):
        read_metadata_csv(tmp_path)


def test_trailing_empty_column_from_excel(tmp_path: Path) -> None:
    write_csv(tmp_path, "file;rol;\na.txt;moeder;\n")
    assert read_metadata_csv(tmp_path) == {"a.txt": {"rol": "moeder"}}


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "metadata.csv").write_bytes("file;rol\na.txt;coöperatie\n".encode("cp1252"))
    with pytest.raises(MetadataError, match=r"regel 2: is geen UTF-8\. Sla het in Excel op als"):
        read_metadata_csv(tmp_path)


def test_value_in_unnamed_column(tmp_path: Path) -> None:
    write_csv(tmp_path, "file;rol;;\na.txt;moeder;x;\n")
    with pytest.raises(MetadataError, match="regel 2: waarde 'x' staat in een kolom zonder naam"):
        read_metadata_csv(tmp_path)
