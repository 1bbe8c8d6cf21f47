"""REFI-QDA exchange: .qdc/.qdpx export validates, round trips, foreign files, hostile files."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from wb.codebook import parse_codebook
from wb.errors import InputError
from wb.exports.refi_export import export_qdc, export_qdpx
from wb.exports.refi_import import import_qdc, import_qdpx
from wb.store import open_project
from wb.store.codebooks import code_ids, save_codebook, stored_codebook
from wb.store.codings import add_coding, codings_table, get_memo, set_memo
from wb.store.documents import (
    content_hash,
    count_words,
    documents_table,
    iter_documents,
    set_metadata,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "refi"
BUNDLED = Path(__file__).resolve().parents[1] / "wb" / "exports" / "schemas"
SCHEMA_DIR = SHARED if SHARED.is_dir() else BUNDLED
NS = "urn:QDA-XML:project:1.0"

BOOK = parse_codebook(
    """
name: jeugd
codes:
  - name: Ouder
    description: Alles over ouders.
    color: "#aa3300"
    codes:
      - name: Contactverlies
        description: Contact met een ouder valt weg.
  - name: School
    color: "#00ff00"
"""
)
TEXT_A = "Het kind 😀 mist school.\nDe vader belt niet meer: contactverlies."
TEXT_B = "Tweede verslag over de ouder en café."


def _schema(name: str) -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / name), parser))


def _fill(project) -> None:
    with project.transaction() as conn:
        for path, text in (("a.txt", TEXT_A), ("sub/b.txt", TEXT_B)):
            conn.execute(
                "INSERT INTO documents (corpus, path, text, sha256, n_chars, n_words, format, "
                "encoding, imported_at) VALUES ('c', ?, ?, ?, ?, ?, 'txt', 'utf-8', "
                "'2024-01-02T03:04:05+00:00')",
                (path, text, content_hash(text), len(text), count_words(text)),
            )
        set_metadata(
            project,
            1,
            {
                "datum": date(2023, 7, 4),
                "leeftijd": 9,
                "score": 0.1,
                "actief": True,
                "dossier": "D1",
            },
        )
        set_metadata(project, 2, {"datum": date(2024, 1, 31), "dossier": "D1", "naam": "Jan"})
    save_codebook(project, BOOK)
    ids = code_ids(project, "jeugd")
    first = add_coding(project, 1, ids["School"], "Anna", 9, 23)
    add_coding(project, 1, ids["Ouder/Contactverlies"], "Bram", 49, 63)
    add_coding(project, 1, ids["Ouder"], "Anna", 8, 10)  # the emoji
    add_coding(project, 2, ids["Ouder"], "Bram", 26, 31)
    set_memo(project, "coding", first, "Let op: schoolverzuim?", "Anna")
    set_memo(project, "document", 2, "Verslag is onvolledig.", "Bram")
    set_memo(project, "code", ids["School"], "Ruim opvatten.", "Anna")
    set_memo(project, "project", None, "Projectmemo.", "Anna")


def _codings(project) -> pd.DataFrame:
    cols = ["corpus", "document", "code", "codebook", "coder", "start", "end", "memo", "text"]
    return codings_table(project)[cols].reset_index(drop=True)


def _memos(project) -> list[tuple[str, str]]:
    return sorted(project.conn.execute("SELECT target, text FROM memos"))


def test_export_validates_against_both_schemas(project, tmp_path: Path) -> None:
    _fill(project)
    qdpx = export_qdpx(project, tmp_path / "uit.qdpx").path
    with zipfile.ZipFile(qdpx) as zf:
        names = zf.namelist()
        qde = etree.fromstring(zf.read("project.qde"))
        texts = {n: zf.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    _schema("Project-mrt2019.xsd").assertValid(qde)
    assert sorted(texts.values()) == sorted([TEXT_A, TEXT_B])
    sources = qde.findall(f".//{{{NS}}}TextSource")
    assert all(s.get("plainTextPath") == f"internal://{s.get('guid')}.txt" for s in sources)
    cases = qde.findall(f".//{{{NS}}}Case")
    assert [(c.get("name"), len(c.findall(f"{{{NS}}}SourceRef"))) for c in cases] == [("D1", 2)]
    types = {v.get("name"): v.get("typeOfVariable") for v in qde.iter(f"{{{NS}}}Variable")}
    assert types == {
        "actief": "Boolean",
        "datum": "Date",
        "dossier": "Text",
        "leeftijd": "Integer",
        "naam": "Text",
        "score": "Float",
    }
    qdc = export_qdc(project, tmp_path / "uit.qdc")
    _schema("Codebook.xsd").assertValid(etree.parse(str(qdc)))
    book = export_qdc(BOOK, tmp_path / "model.qdc")
    _schema("Codebook.xsd").assertValid(etree.parse(str(book)))


def test_export_is_deterministic(project, tmp_path: Path) -> None:
    _fill(project)
    first = export_qdpx(project, tmp_path / "1.qdpx").path.read_bytes()
    assert export_qdpx(project, tmp_path / "2.qdpx").path.read_bytes() == first
    assert not list(tmp_path.glob("*.tmp"))


def test_round_trip_loses_nothing_visible(project, tmp_path: Path) -> None:
    _fill(project)
    qdpx = export_qdpx(project, tmp_path / "uit.qdpx").path
    with open_project(tmp_path / "terug.wbproj") as back:
        report = import_qdpx(back, qdpx, corpus="c")
        assert report.codings == 4 and not report.skipped and not report.renamed
        assert [(d.path, d.text) for d in iter_documents(back)] == [
            (d.path, d.text) for d in iter_documents(project)
        ]
        pd.testing.assert_frame_equal(documents_table(back), documents_table(project))
        assert documents_table(back)["datum"].dtype.kind == "M"  # a date stays a date
        pd.testing.assert_frame_equal(_codings(back), _codings(project))
        assert list(codings_table(back)["created_at"]) == list(codings_table(project)["created_at"])
        old, new = stored_codebook(project), stored_codebook(back)
        assert new.name == old.name
        assert [(c.path, c.description, old.color_of(c.path)) for c in old.walk()] == [
            (c.path, c.description, new.color_of(c.path)) for c in new.walk()
        ]
        assert _memos(back) == _memos(project)
        again = import_qdpx(back, qdpx, corpus="c")  # importing twice adds nothing
        assert again.codings == 0 and again.codings_existing == 4
        assert len(codings_table(back)) == 4


def test_qdc_round_trip(project, tmp_path: Path) -> None:
    qdc = export_qdc(BOOK, tmp_path / "jeugd.qdc")
    book = import_qdc(project, qdc)
    assert book.name == "jeugd"
    assert [(c.path, c.description, c.color) for c in stored_codebook(project).walk()] == [
        (c.path, c.description, BOOK.color_of(c.path)) for c in BOOK.walk()
    ]


# -- foreign tools ------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _u16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


NVIVO_RAW = "Eerste regel 😀 over school.\r\nTweede regel 🎉 over de moeder.\r\n"


def _nvivo(tmp_path: Path) -> Path:
    raw = NVIVO_RAW
    s1, s2, s3 = raw.index("school"), raw.index("😀"), raw.index("moeder")
    sels = [(s1, s1 + 6, "school"), (s2, s2 + 1, "ouder"), (s3, s3 + 6, "ouder")]
    sel_xml = "".join(
        f'<PlainTextSelection guid="5a7c3b8e-0000-4000-8000-00000000010{i}" '
        f'startPosition="{_u16(raw, a)}" endPosition="{_u16(raw, b)}" '
        f'creatingUser="{{0f1e2d3c-0000-4000-8000-000000000001}}">'
        f'<Coding guid="5a7c3b8e-0000-4000-8000-00000000020{i}" '
        f'creatingUser="0F1E2D3C-0000-4000-8000-000000000001">'
        f'<CodeRef targetGUID="6b000000-0000-4000-8000-0000000000{c}"/></Coding>'
        + ('<NoteRef targetGUID="7c000000-0000-4000-8000-000000000001"/>' if i == 0 else "")
        + "</PlainTextSelection>"
        for i, (a, b, c) in enumerate(
            (a, b, {"school": "01", "ouder": "02"}[k]) for a, b, k in sels
        )
    )
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="NVivo studie" origin="NVivo 14 for Windows (14.23.0.0)">
 <Users><User guid="0f1e2d3c-0000-4000-8000-000000000001" name="Eva"/></Users>
 <CodeBook><Codes>
  <Code guid="6b000000-0000-4000-8000-000000000001" name="School" isCodable="true" color="#0A0"/>
  <Code guid="6b000000-0000-4000-8000-000000000002" name="Ouder" isCodable="true"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="8d000000-0000-4000-8000-000000000001" name="Geboren" typeOfVariable="Date"/>
  <Variable guid="8d000000-0000-4000-8000-000000000002" name="Rol" typeOfVariable="Text"/>
 </Variables>
 <Cases><Case guid="9e000000-0000-4000-8000-000000000001" name="Gezin 1">
  <VariableValue><VariableRef targetGUID="8d000000-0000-4000-8000-000000000001"/>
   <DateValue>2012-05-06</DateValue></VariableValue>
  <VariableValue><VariableRef targetGUID="8d000000-0000-4000-8000-000000000002"/>
   <TextValue>kind</TextValue></VariableValue>
  <SourceRef targetGUID="1a000000-0000-4000-8000-000000000001"/>
 </Case></Cases>
 <Sources>
  <TextSource guid="1a000000-0000-4000-8000-000000000001" name="Interview Eva"
   plainTextPath="internal://1a000000-0000-4000-8000-000000000001.txt">{sel_xml}</TextSource>
  <PictureSource guid="1a000000-0000-4000-8000-000000000002" name="Tekening"
   path="internal://1a000000-0000-4000-8000-000000000002.png">
   <PictureSelection guid="1a000000-0000-4000-8000-000000000003" firstX="1" firstY="1"
    secondX="5" secondY="5"/>
  </PictureSource>
 </Sources>
 <Notes><Note guid="7c000000-0000-4000-8000-000000000001" name="memo"
   creatingUser="0f1e2d3c-0000-4000-8000-000000000001">
   <PlainTextContent>Belangrijk fragment.</PlainTextContent></Note></Notes>
</Project>"""
    data = b"\xef\xbb\xbf" + raw.encode("utf-8")
    return _zip(
        tmp_path / "nvivo.qdpx",
        {"project.qde": qde, "Sources/1a000000-0000-4000-8000-000000000001.txt": data},
    )


def test_import_nvivo_style(project, tmp_path: Path) -> None:
    report = import_qdpx(project, _nvivo(tmp_path))
    doc = iter_documents(project)[0]
    assert (doc.corpus, doc.path) == ("nvivo", "Interview Eva")
    assert doc.text == NVIVO_RAW.replace("\r\n", "\n")
    assert doc.metadata == {"Geboren": date(2012, 5, 6), "Rol": "kind", "case": "Gezin 1"}
    table = codings_table(project)
    got = list(
        zip(table["code"], table["coder"], table["start"], table["end"], table["text"], strict=True)
    )
    text = doc.text
    assert got == [
        ("Ouder", "Eva", text.index("😀"), text.index("😀") + 1, "😀"),
        ("School", "Eva", text.index("school"), text.index("school") + 6, "school"),
        ("Ouder", "Eva", text.index("moeder"), text.index("moeder") + 6, "moeder"),
    ]
    assert list(table["memo"]) == ["", "Belangrijk fragment.", ""]
    assert stored_codebook(project).name == "NVivo studie"
    assert stored_codebook(project)["School"].color == "#00aa00"
    assert [what for what, _ in report.skipped] == ["PictureSource 'Tekening'"]


ATLAS_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="Scheiding" origin="ATLAS.ti 26.0.0">
 <Users><User guid="{{AB000000-0000-4000-8000-00000000000A}}" name="Piet"/></Users>
 <CodeBook><Codes>
  <Code guid="CD000000-0000-4000-8000-000000000001" name="Thema's" isCodable="false">
   <Code guid="CD000000-0000-4000-8000-000000000002" name="Loyaliteit" isCodable="true"
    color="#123456"><Description>Kind kiest kant.</Description></Code>
   <Code guid="CD000000-0000-4000-8000-000000000003" name="Loyaliteit" isCodable="true"/>
   <Code guid="CD000000-0000-4000-8000-000000000004" name="Jij/ik" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="EF000000-0000-4000-8000-000000000001" name="gesprek.txt"
   plainTextPath="internal://EF000000-0000-4000-8000-000000000001.txt">
   <PlainTextSelection guid="EF000000-0000-4000-8000-000000000011" startPosition="4"
    endPosition="8"><Coding guid="EF000000-0000-4000-8000-000000000012"
    creatingUser="AB000000-0000-4000-8000-00000000000a"><CodeRef
    targetGUID="{{CD000000-0000-4000-8000-000000000003}}"/></Coding></PlainTextSelection>
  </TextSource>
  <TextSource guid="EF000000-0000-4000-8000-000000000002" name="inline">
   <PlainTextContent>Vader en moeder.</PlainTextContent>
   <PlainTextSelection guid="EF000000-0000-4000-8000-000000000021" startPosition="0"
    endPosition="5"><Coding guid="EF000000-0000-4000-8000-000000000022">
    <CodeRef targetGUID="CD000000-0000-4000-8000-000000000002"/></Coding></PlainTextSelection>
  </TextSource>
  <TextSource guid="EF000000-0000-4000-8000-000000000003" name="qc" plainTextPath="qc.txt">
   <Coding guid="EF000000-0000-4000-8000-000000000031"
    creatingUser="AB000000-0000-4000-8000-00000000000A">
    <CodeRef targetGUID="CD000000-0000-4000-8000-000000000004"/></Coding>
  </TextSource>
 </Sources>
</Project>"""


def test_import_atlas_style(project, tmp_path: Path) -> None:
    qdpx = _zip(
        tmp_path / "atlas.qdpx",
        {
            "Scheiding.qde": ATLAS_QDE,
            "sources/EF000000-0000-4000-8000-000000000001.txt": "Het kind twijfelt.",
            "sources/qc.txt": "Hele tekst.",
        },
    )
    report = import_qdpx(project, qdpx, corpus="atlas")
    paths = [c.path for c in stored_codebook(project).walk()]
    assert paths == ["Thema's", "Thema's/Loyaliteit", "Thema's/Loyaliteit (2)", "Thema's/Jij-ik"]
    assert ("Thema's/Loyaliteit", "Thema's/Loyaliteit (2)") in report.renamed
    assert stored_codebook(project)["Thema's/Loyaliteit"].description == "Kind kiest kant."
    table = codings_table(project)
    got = list(zip(table["document"], table["code"], table["coder"], table["text"], strict=True))
    assert got == [
        ("gesprek.txt", "Thema's/Loyaliteit (2)", "Piet", "kind"),
        ("inline", "Thema's/Loyaliteit", "onbekend", "Vader"),
        ("qc", "Thema's/Jij-ik", "Piet", "Hele tekst."),
    ]


def test_import_foreign_qdc(project, tmp_path: Path) -> None:
    qdc = tmp_path / "emoties.qdc"
    qdc.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="Iets">
    <Codes>
        <Code guid="c001" name="Negatief/Druk" isCodable="true" color="#e57373">
            <Description>
                Negatieve emoties.
            </Description>
            <Code guid="c21" name="Woede" isCodable="true" color="#c95858"></Code>
        </Code>
    </Codes>
</CodeBook>""",
        encoding="utf-8",
    )
    book = import_qdc(project, qdc)
    assert [(c.path, c.description, c.color) for c in book.walk()] == [
        ("Negatief-Druk", "Negatieve emoties.", "#e57373"),
        ("Negatief-Druk/Woede", "", "#c95858"),
    ]


# -- hostile files ------------------------------------------------------------------------------


def _unchanged(project) -> None:
    for table in ("documents", "codebooks", "codes", "codings", "memos"):
        assert project.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_zip_slip_is_refused(project, tmp_path: Path) -> None:
    qdpx = _zip(
        tmp_path / "slip.qdpx",
        {"project.qde": ATLAS_QDE, "../../evil.txt": "boe", "sources/qc.txt": "x"},
    )
    with pytest.raises(InputError, match=r"slip\.qdpx.*\.\./\.\./evil\.txt.*buiten het archief"):
        import_qdpx(project, qdpx)
    _unchanged(project)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_zip_bomb_is_refused(project, tmp_path: Path) -> None:
    path = tmp_path / "bom.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", ATLAS_QDE)
        with zf.open("sources/qc.txt", "w") as fh:
            zero = bytes(1024 * 1024)
            for _ in range(150):
                fh.write(zero)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match=r"bom\.qdpx.*sources/qc\.txt.*zip-bom"):
        import_qdpx(project, path)
    _unchanged(project)


def test_member_inflating_beyond_its_declared_size_is_refused(project, tmp_path: Path) -> None:
    payload = bytes(50 * 1024 * 1024)  # zlib-compressed zeros behind a header that says 1000 bytes
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = comp.compress(payload) + comp.flush()
    crc, name = zlib.crc32(payload), b"project.qde"
    head = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), 1000, 11, 0)
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), 1000, 11, 0, 0, 0, 0, 0, 0
    )
    local_part = head + name + data
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + 11, len(local_part), 0)
    path = tmp_path / "liegt.qdpx"
    path.write_bytes(local_part + central + name + end)
    with pytest.raises(InputError, match=r"liegt\.qdpx.*project\.qde"):
        import_qdpx(project, path)
    _unchanged(project)


def test_external_entity_is_refused_and_nothing_read(project, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-123", encoding="utf-8")
    doctype = f'<!DOCTYPE p [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    qde = ATLAS_QDE.replace(
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}',
    ).replace('name="Scheiding"', 'name="&x;"')
    qdpx = _zip(tmp_path / "xxe.qdpx", {"project.qde": qde})
    with pytest.raises(InputError, match=r"xxe\.qdpx:project\.qde.*DOCTYPE"):
        import_qdpx(project, qdpx)
    _unchanged(project)
    dump = "\n".join(project.conn.iterdump())
    assert "GEHEIM" not in dump
    qdc = tmp_path / "xxe.qdc"
    qdc.write_text(qde.replace("Project", "CodeBook"), encoding="utf-8")
    with pytest.raises(InputError, match="DOCTYPE"):
        import_qdc(project, qdc)


def test_corrupt_zip_names_the_file(project, tmp_path: Path) -> None:
    path = tmp_path / "kapot.qdpx"
    path.write_bytes(b"PK\x03\x04 dit is geen zip" + bytes(100))
    with pytest.raises(InputError, match=r"kapot\.qdpx"):
        import_qdpx(project, path)
    _unchanged(project)


def test_qdpx_without_qde_is_refused(project, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("sources/a.txt", "tekst")
    path = tmp_path / "leeg.qdpx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match=r"leeg\.qdpx.*project\.qde"):
        import_qdpx(project, path)
    _unchanged(project)


def test_failure_midway_leaves_project_unchanged(project, tmp_path: Path) -> None:
    _fill(project)
    qdpx = export_qdpx(project, tmp_path / "uit.qdpx").path
    with open_project(tmp_path / "ander.wbproj") as other:
        with other.transaction() as conn:
            conn.execute(
                "INSERT INTO documents (corpus, path, text, sha256, n_chars, n_words, format, "
                "encoding, imported_at) VALUES ('c', 'sub/b.txt', 'anders', 'y', 6, 1, 'txt', "
                "'utf-8', 'nu')"
            )
        with pytest.raises(InputError, match="andere tekst"):
            import_qdpx(other, qdpx, corpus="c")
        assert other.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
        assert other.conn.execute("SELECT COUNT(*) FROM codes").fetchone()[0] == 0
        assert get_memo(other, "project", None) == ""


def test_bundled_schemas_match_shared_copies() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/refi is not available")
    for name in ("Project-mrt2019.xsd", "Codebook.xsd"):
        assert (BUNDLED / name).read_bytes() == (SHARED / name).read_bytes()
