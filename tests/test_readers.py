"""Document readers: real .txt/.md/.docx/.odt/.pdf fixtures made in tmp_path."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from wb.corpus.readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, ReadResult, read_document
from wb.errors import MetadataError, OcrUnavailable, ReadError


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- plain text and encodings -------------------------------------------------------------


def test_supported_suffixes_and_default_limit() -> None:
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".docx", ".odt", ".pdf"})
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "De coöperatie, één keer €5.\n".encode())
    assert read_document(path) == ReadResult("De coöperatie, één keer €5.", {}, "utf-8", [])


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + "Één regel.".encode())
    assert read_document(path) == ReadResult("Één regel.", {}, "utf-8-sig", [])


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "oud.txt", "De coöperatie, één keer €5.".encode("cp1252"))
    result = read_document(path)
    assert result.text == "De coöperatie, één keer €5."
    assert result.encoding == "cp1252"
    assert result.warnings == [
        f"{path}: is geen UTF-8; gelezen als Windows-1252 (cp1252). Controleer letters als "
        "ë, é en € in de tekst en sla het bestand bij voorkeur op als UTF-8."
    ]


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "kladblok.txt", "Één\r\ntwee".encode("utf-16"))
    assert read_document(path) == ReadResult("Één\ntwee", {}, "utf-16", [])


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"een\r\ntwee\rdrie\n\r\nvier\r\n")
    assert read_document(path).text == "een\ntwee\ndrie\n\nvier"


def test_nfd_becomes_nfc(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "e\u0301e\u0301n café".encode())
    text = read_document(path).text
    assert text == "\u00e9\u00e9n caf\u00e9"
    assert len(text) == 8


def test_plain_text_kept_as_is_except_whitespace_at_the_end(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\n  \n  Inspringing blijft.  \nEinde.  \n\n \n")
    assert read_document(path).text == "\n  \n  Inspringing blijft.  \nEinde."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", r"is leeg \(0 bytes\)"),
        (b"  \n\t\r\n  ", "is leeg: er staat geen tekst in"),
    ],
)
def test_empty_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path / "leeg.txt", data)
    with pytest.raises(ReadError, match=message) as info:
        read_document(path)
    assert "leeg.txt" in str(info.value)


def test_binary_png_header(tmp_path: Path) -> None:
    path = write(tmp_path / "plaatje.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50))
    with pytest.raises(ReadError, match=r"lijkt geen tekstbestand \(binair\)") as info:
        read_document(path)
    assert str(info.value).startswith(f"{path}: ")


def test_binary_control_characters_without_nul(tmp_path: Path) -> None:
    path = write(tmp_path / "raar.md", b"tekst" + bytes(range(1, 9)) * 10)
    with pytest.raises(ReadError, match="binair"):
        read_document(path)


def test_oversized(tmp_path: Path) -> None:
    path = write(tmp_path / "groot.txt", b"a" * 3 * 1024 * 1024)
    with pytest.raises(ReadError) as info:
        read_document(path, max_bytes=1024 * 1024)
    assert str(info.value) == (
        f"{path}: is te groot: 3,0 MB, de grens is 1,0 MB. Splits het document, of verhoog de "
        "grens met --max-mb 4 (wb import)."
    )


@pytest.mark.parametrize("name", ["notulen.doc", "notulen.rtf", "notulen"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, b"tekst")
    with pytest.raises(ReadError, match=r"Ondersteund zijn: \.docx, \.md, \.odt, \.pdf, \.txt\."):
        read_document(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"weg\.txt: bestaat niet"):
        read_document(tmp_path / "weg.txt")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "geheim.txt", b"tekst")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ReadError, match=r"geheim\.txt: kan niet worden geopend: geen leesrechten"):
        read_document(path)


# --- front matter -------------------------------------------------------------------------


def test_front_matter_typed_and_body_exact(tmp_path: Path) -> None:
    source = (
        "---\r\n"
        "datum: 4 juli 2023\r\n"
        "interview_date: 2023-07-05\r\n"
        "respondent: R07\r\n"
        "leeftijd: 14\r\n"
        "toestemming: true\r\n"
        "thema's: [school, ouders]\r\n"
        "leeg:\r\n"
        "---\r\n"
        "\r\n"
        "I: Hoe gaat het?\r\n"
        "R: Goed.\r\n"
    )
    path = write(tmp_path / "int07.md", source.encode())
    result = read_document(path)
    assert result.front_matter == {
        "datum": datetime.date(2023, 7, 4),
        "interview_date": datetime.date(2023, 7, 5),
        "respondent": "R07",
        "leeftijd": 14,
        "toestemming": True,
        "thema's": "school, ouders",
    }
    assert result.text == "I: Hoe gaat het?\nR: Goed."
    assert result.encoding == "utf-8"


def test_empty_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"---\n---\nTekst.\n")
    assert read_document(path) == ReadResult("Tekst.", {}, "utf-8", [])


def test_horizontal_rule_later_is_not_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"Tekst.\n---\nMeer.\n")
    assert read_document(path) == ReadResult("Tekst.\n---\nMeer.", {}, "utf-8", [])


def test_bad_front_matter_yaml_line(tmp_path: Path) -> None:
    path = write(tmp_path / "kapot.md", b"---\ntitel: goed\nrespondent: [R1, R2\n---\nTekst\n")
    with pytest.raises(MetadataError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert info.value.line == 3  # the unclosed "[" is on line 3 of the file
    assert "kapot.md, regel 3: " in str(info.value)
    assert "geen geldige YAML" in str(info.value)


def test_bad_front_matter_mapping_value_line(tmp_path: Path) -> None:
    path = write(tmp_path / "kapot.md", b"---\na: 1\nb: 2\nc: d: e\n---\nTekst\n")
    with pytest.raises(MetadataError) as info:
        read_document(path)
    assert info.value.line == 4


def test_bad_date_in_front_matter_names_key_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"---\nrespondent: R1\ndatum: ergens in juli\n---\nTekst\n")
    with pytest.raises(MetadataError, match="'ergens in juli' in 'datum' is geen geldige datum"):
        read_document(path)
    with pytest.raises(MetadataError) as info:
        read_document(path)
    assert info.value.line == 3


def test_unclosed_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"---\ntitel: x\nTekst\n")
    with pytest.raises(MetadataError, match="geen afsluitende regel '---'") as info:
        read_document(path)
    assert info.value.line == 1


def test_front_matter_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"---\n- een\n- twee\n---\nTekst\n")
    with pytest.raises(MetadataError, match="geen lijst van 'sleutel: waarde'-regels"):
        read_document(path)


def test_front_matter_duplicate_key(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"---\ndatum: 2023-01-01\ndatum: 2023-01-02\n---\nTekst\n")
    with pytest.raises(
        MetadataError, match=r"'datum' staat twee keer .*\(ook op regel 2\)"
    ) as info:
        read_document(path)
    assert info.value.line == 3


def test_front_matter_only_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", b"---\ntitel: x\n---\n\n")
    with pytest.raises(ReadError, match="is leeg"):
        read_document(path)


# --- docx -----------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Eerste alinea over de coöperatie.")
    document.add_paragraph("")  # spacer paragraphs are dropped
    document.add_paragraph("Tweede alinea.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Naam", "Rol"], ["Anna", "moeder"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Na de tabel.")
    path = tmp_path / "verslag.docx"
    document.save(path)
    assert read_document(path) == ReadResult(
        "Eerste alinea over de coöperatie.\n\nTweede alinea.\n\nNaam | Rol\nAnna | moeder"
        "\n\nNa de tabel.",
        {},
        "docx",
        [],
    )


def test_docx_tabs_and_line_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Een")
    run = paragraph.add_run()
    run.add_break()
    run.add_text("twee\tdrie")
    path = tmp_path / "a.docx"
    document.save(path)
    assert read_document(path).text == "Een\ntwee\tdrie"


def test_docx_corrupt_zip(tmp_path: Path) -> None:
    path = write(tmp_path / "kapot.docx", b"PK\x03\x04 dit is geen zip")
    with pytest.raises(ReadError, match=r"kapot\.docx: is beschadigd of geen Word-bestand"):
        read_document(path)


def test_docx_zip_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "leeg.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("iets.txt", "hallo")
    with pytest.raises(ReadError, match=r"leeg\.docx: is beschadigd of geen Word-bestand"):
        read_document(path)


def test_docx_zip_bomb_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b" " * (2 * 1024 * 1024))
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(ReadError, match=r"is uitgepakt te groot \(word/document.xml: 2,0 MB"):
        read_document(path, max_bytes=1024 * 1024)


def test_docx_entity_expansion_refused(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "entiteit.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)
    with pytest.raises(ReadError, match=r"entiteit\.docx: is beschadigd"):
        read_document(path)


# --- odt ------------------------------------------------------------------------------------

ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office:version="1.3">
  <office:body>
    <office:text>
      <text:sequence-decls/>
      <text:h text:outline-level="1">Verslag gesprek</text:h>
      <text:p>Eerste  alinea,<text:s text:c="3"/>met   extra
        spaties.</text:p>
      <text:p/>
      <text:p>Kolom<text:tab/>twee<text:line-break/>nieuwe regel <text:span>en
      een span</text:span>.</text:p>
      <text:list>
        <text:list-item><text:p>punt één</text:p></text:list-item>
        <text:list-item><text:p>punt twee</text:p>
          <text:list><text:list-item><text:p>genest</text:p></text:list-item></text:list>
        </text:list-item>
      </text:list>
      <table:table table:name="T1">
        <table:table-column table:number-columns-repeated="2"/>
        <table:table-header-rows>
          <table:table-row>
            <table:table-cell><text:p>Naam</text:p></table:table-cell>
            <table:table-cell><text:p>Rol</text:p></table:table-cell>
          </table:table-row>
        </table:table-header-rows>
        <table:table-row>
          <table:table-cell><text:p>Anna</text:p></table:table-cell>
          <table:table-cell><text:p>moeder</text:p><text:p>van Tim</text:p></table:table-cell>
        </table:table-row>
      </table:table>
      <text:p>Slot.</text:p>
    </office:text>
  </office:body>
</office:document-content>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    manifest:version="1.3">
  <manifest:file-entry manifest:full-path="/"
      manifest:media-type="application/vnd.oasis.opendocument.text"/>
  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def write_odt(path: Path, content: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_odt_blocks_in_order(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "gesprek.odt", ODT_CONTENT)
    assert read_document(path) == ReadResult(
        "Verslag gesprek\n\n"
        "Eerste alinea,   met extra spaties.\n\n"
        "Kolom\ttwee\nnieuwe regel en een span.\n\n"
        "punt één\n\npunt twee\n\ngenest\n\n"
        "Naam | Rol\nAnna | moeder van Tim\n\n"
        "Slot.",
        {},
        "odt",
        [],
    )


def test_odt_without_content_xml(tmp_path: Path) -> None:
    path = tmp_path / "kapot.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(ReadError, match=r"kapot\.odt: is beschadigd of geen OpenDocument"):
        read_document(path)


def test_odt_malformed_xml(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "kapot.odt", "<office:document-content><niet dicht>")
    with pytest.raises(ReadError, match=r"kapot\.odt: is beschadigd of geen OpenDocument"):
        read_document(path)


# --- pdf ------------------------------------------------------------------------------------


def test_pdf_two_pages_in_order(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text="Eerste pagina over de zitting.")
    pdf.add_page()
    pdf.cell(text="Tweede pagina met de uitspraak.")
    path = tmp_path / "vonnis.pdf"
    pdf.output(str(path))
    result = read_document(path)
    assert result == ReadResult(
        "Eerste pagina over de zitting.\n\nTweede pagina met de uitspraak.", {}, "pdf", []
    )


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WB_TESSERACT", "wb-tesseract-bestaat-niet")
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(OcrUnavailable) as info:
        read_document(path)
    assert str(info.value) == (
        f"{path}: is een scan zonder tekstlaag en OCR is niet beschikbaar: het programma "
        "tesseract ontbreekt. Installeer tesseract met Nederlandse taaldata (Debian/Ubuntu: "
        "sudo apt-get install tesseract-ocr tesseract-ocr-nld; macOS: brew install tesseract "
        "tesseract-lang) en importeer opnieuw."
    )


def test_pdf_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path / "kapot.pdf", b"%PDF-1.4\n dit is rommel zonder einde")
    with pytest.raises(ReadError, match=r"kapot\.pdf: is beschadigd of geen geldige PDF"):
        read_document(path)


def test_pdf_encrypted(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(text="Geheim.")
    pdf.set_encryption(owner_password="eigenaar", user_password="gebruiker")
    path = tmp_path / "geheim.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match=r"geheim\.pdf: is beveiligd met een wachtwoord"):
        read_document(path)


def test_docx_tracked_changes_text_boxes_and_nested_table(tmp_path: Path) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    xml = (
        f"<w:document {w} {mc}><w:body>"
        "<w:p><w:r><w:t>Het </w:t></w:r>"
        "<w:del><w:r><w:delText>oude</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>nieuwe</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space='preserve'> plan.</w:t></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r>"
        "<w:t>In een tekstvak</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:t>In een tekstvak</w:t></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>buiten</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>binnen 1</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>binnen 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>In een inhoudsbesturingselement.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
        "<w:sectPr/></w:body></w:document>"
    )
    path = tmp_path / "wijzigingen.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)
    result = read_document(path)
    assert result.text == (
        "Het nieuwe plan.\n\nbuiten binnen 1 | binnen 2 |\n\nIn een inhoudsbesturingselement."
    )
    assert result.warnings == [
        f"{path}: bevat tekstvakken; de tekst daarin is niet ingelezen. Zet die tekst zo nodig "
        "in de gewone tekst en importeer opnieuw."
    ]
