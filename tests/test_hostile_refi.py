"""Hostile .qdpx files: repeated reads of one member count towards the cap; clipped codings show."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wb.errors import InputError
from wb.exports import refi_zip
from wb.exports.refi_import import import_qdpx
from wb.store.codings import codings_table

NS = "urn:QDA-XML:project:1.0"


def _qdpx(path: Path, sources: str, members: dict[str, bytes]) -> Path:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="Proef" origin="proef">
 <CodeBook><Codes>
  <Code guid="c0000000-0000-4000-8000-000000000001" name="Ouder" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>{sources}</Sources>
</Project>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_sources_sharing_one_member_count_every_read(
    project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refi_zip, "MAX_TOTAL_BYTES", 1024 * 1024)
    member = ("Moeder zegt dat het kind de vader niet meer ziet. " * 2000).encode()  # 100 KB
    sources = "".join(
        f'<TextSource guid="a0000000-0000-4000-8000-0000000000{i:02d}" name="bron {i}" '
        'plainTextPath="internal://groot.txt"/>'
        for i in range(16)
    )
    qdpx = _qdpx(tmp_path / "versterker.qdpx", sources, {"sources/groot.txt": member})
    assert len(member) * 16 > refi_zip.MAX_TOTAL_BYTES > len(member) + qdpx.stat().st_size
    with pytest.raises(InputError, match=r"versterker\.qdpx: pakt bij het lezen meer dan 1 MB"):
        import_qdpx(project, qdpx)
    assert project.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_sources_sharing_one_member_under_the_cap_still_import(project, tmp_path: Path) -> None:
    sources = "".join(
        f'<TextSource guid="a0000000-0000-4000-8000-0000000000{i:02d}" name="bron {i}" '
        'plainTextPath="internal://klein.txt"/>'
        for i in range(3)
    )
    report = import_qdpx(
        project, _qdpx(tmp_path / "p.qdpx", sources, {"sources/klein.txt": b"Hoi."})
    )
    assert report.documents_added == ["bron 0", "bron 1", "bron 2"]


def test_codings_past_the_end_of_the_text_are_reported_one_by_one(project, tmp_path: Path) -> None:
    text = "Vader en moeder."  # 16 characters
    selections = "".join(
        f'<PlainTextSelection guid="b0000000-0000-4000-8000-00000000000{i}" '
        f'startPosition="{a}" endPosition="{b}">'
        f'<Coding guid="d0000000-0000-4000-8000-00000000000{i}">'
        '<CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>'
        for i, (a, b) in enumerate([(0, 5), (9, 40), (12, 17), (30, 35)])
    )
    sources = (
        '<TextSource guid="a0000000-0000-4000-8000-000000000001" name="gesprek">'
        f"<PlainTextContent>{text}</PlainTextContent>{selections}</TextSource>"
    )
    report = import_qdpx(project, _qdpx(tmp_path / "p.qdpx", sources, {}))
    table = codings_table(project)
    assert list(zip(table["start"], table["end"], strict=True)) == [(0, 5), (9, 16), (12, 16)]
    assert report.warnings == [
        "codering 'Ouder' in 'gesprek' loopt tot positie 40, voorbij het einde van de tekst "
        "(16 tekens); ingekort tot 9-16. Controleer deze codering.",
        "codering 'Ouder' in 'gesprek' loopt tot positie 17, voorbij het einde van de tekst "
        "(16 tekens); ingekort tot 12-16. Controleer deze codering.",
    ]
    assert report.skipped == [("codering in 'gesprek'", "positie 30-35 ligt niet binnen de tekst")]
    assert "let op: codering 'Ouder' in 'gesprek' loopt tot positie 40" in report.summary()


def test_a_source_name_with_a_newline_stays_on_its_line(project, tmp_path: Path) -> None:
    sources = (
        '<TextSource guid="a0000000-0000-4000-8000-000000000001" name="a&#10;  hernoemd: nep">'
        "<PlainTextContent></PlainTextContent></TextSource>"
    )
    report = import_qdpx(project, _qdpx(tmp_path / "p.qdpx", sources, {}))
    assert report.skipped == [("TextSource 'a\n  hernoemd: nep'", "lege tekst")]
    lines = report.summary().splitlines()
    assert lines[1:] == ["  overgeslagen: TextSource 'a\\n  hernoemd: nep': lege tekst"]
