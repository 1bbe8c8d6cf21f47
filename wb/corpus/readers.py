"""Read documents (.txt, .md, .docx, .odt, .pdf) into one normalised text.

Text conventions (offsets into ``ReadResult.text`` are what everything else uses):

* Newlines are ``"\\n"`` only, the text is Unicode NFC and whitespace at the very end (final
  newline included) is removed, for every format. Otherwise .txt/.md text is kept exactly as
  written (leading blank lines and indentation too), so offsets follow the source file; only a
  BOM and the front matter (with the blank lines after it) are cut off.
* .docx/.odt: one block per paragraph, heading or list item (no bullet or number), blocks
  separated by a blank line (``"\\n\\n"``), like paragraphs in a .txt file. Empty paragraphs
  are dropped. A table is one block with one line per row, cells joined by ``" | "`` (a cell's
  own paragraphs, line breaks and nested tables become one line; no space at the end of a row;
  empty rows dropped). Deleted/moved-away tracked changes, footnotes, comments and text boxes
  are not read (text boxes give a warning).
* .pdf: the text layer of each page (pypdf); pages without one are read by OCR in Dutch
  (:mod:`wb.corpus.ocr`, tesseract). The page texts are cleaned by :mod:`wb.corpus.pdf_clean`:
  running headers, footers and page numbers removed, wrapped lines joined into paragraphs
  (blank line between paragraphs), hyphenation at line ends undone, a sentence across a page
  break joined. ``ReadResult.source`` is ``"ocr"`` when OCR read a page, with the mean word
  confidence (0-100) in ``ocr_confidence``.
* .txt/.md: UTF-8 (BOM stripped), UTF-16 with BOM, else cp1252 with a warning. YAML front matter
  is parsed and cut off; Markdown syntax is kept as written.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from wb.corpus.display import dutch_number
from wb.corpus.metadata import split_front_matter
from wb.errors import EmptyDocumentError, ReadError

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".odt", ".pdf"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
CELL_SEPARATOR = " | "

# ASCII control bytes that do not occur in text files (tab, LF, VT, FF, CR, ^Z are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class ReadResult:
    """The text of one document with its front matter, encoding and Dutch warnings."""

    text: str
    front_matter: dict
    encoding: str
    warnings: list[str]
    source: str = "text"  # "ocr" when (part of) the text was read by OCR
    ocr_confidence: float | None = None  # mean word confidence of the OCR, 0-100


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one document into normalised text; raises ReadError/MetadataError with Dutch text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(
            f"bestandstype '{suffix or '(geen extensie)'}' wordt niet ondersteund. "
            f"Ondersteund zijn: {kinds}. Sla het document op in een van deze formaten.",
            path=path,
        )
    size = _check_file(path, max_bytes)
    if size == 0:
        raise EmptyDocumentError(
            "is leeg (0 bytes). Controleer of het juiste bestand is opgeslagen.",
            path=path,
            why="0 bytes",
        )
    try:
        if suffix in (".txt", ".md"):
            result = _read_plain(path)
        elif suffix == ".docx":
            result = _read_docx(path, max_bytes)
        elif suffix == ".odt":
            result = ReadResult(_read_odt(path, max_bytes), {}, "odt", [])
        else:
            result = _read_pdf(path, max_bytes)
    except PermissionError:
        raise _unreadable(path) from None
    except RecursionError:
        raise ReadError(
            "is te diep genest om te lezen. Sla het opnieuw op (bijv. als .txt) en importeer "
            "opnieuw.",
            path=path,
        ) from None
    except OSError as exc:
        raise ReadError(
            f"kan niet worden gelezen ({exc.strerror or exc}). Controleer het bestand.", path=path
        ) from None
    text = normalise_text(result.text).rstrip()
    if not text.strip():
        raise EmptyDocumentError(
            "is leeg: er staat geen tekst in. Controleer het bestand.",
            path=path,
            why=_why_empty(suffix, result.front_matter),
        )
    return ReadResult(
        text,
        result.front_matter,
        result.encoding,
        result.warnings,
        result.source,
        result.ocr_confidence,
    )


def _why_empty(suffix: str, front_matter: dict) -> str:
    """Why a document of more than 0 bytes counts as empty, in a few Dutch words."""
    if front_matter:
        return "alleen front matter, geen tekst"
    if suffix in (".txt", ".md"):
        return "alleen witruimte, geen tekst"
    return "er staat geen tekst in"


def normalise_text(text: str) -> str:
    """Newlines to "\\n" and Unicode NFC; nothing else changes (read_document also rstrips)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _trim(text: str) -> str:
    """Drop leading blank lines and whitespace at the end."""
    return re.sub(r"\A(?:[ \t\f\v]*\n)+", "", text).rstrip()


def _unreadable(path: Path) -> ReadError:
    return ReadError(
        "kan niet worden geopend: geen leesrechten. Pas de rechten aan of kopieer het bestand "
        "naar een map waar u wel mag lezen.",
        path=path,
    )


def _check_file(path: Path, max_bytes: int) -> int:
    """Size of `path` in bytes; ReadError when missing, not a file or larger than max_bytes."""
    try:
        if not path.is_file():
            what = "is een map, geen bestand" if path.is_dir() else "bestaat niet"
            raise ReadError(f"{what}. Controleer de naam en de map.", path=path)
        size = path.stat().st_size
    except PermissionError:
        raise _unreadable(path) from None
    if size > max_bytes:
        raise ReadError(
            f"is te groot: {_mb(size)} MB, de grens is {_mb(max_bytes)} MB. Splits het document, "
            f"of verhoog de grens met {_raise_limit(size)}.",
            path=path,
        )
    return size


def _mb(n: int) -> str:
    return dutch_number(n / (1024 * 1024), 1)


def _raise_limit(size: int) -> str:
    """The `wb import` option that lets a file of `size` bytes in."""
    return f"--max-mb {size // (1024 * 1024) + 1} (wb import)"


# --- plain text ---------------------------------------------------------------------------


def _read_plain(path: Path) -> ReadResult:
    data = path.read_bytes()
    text, encoding, warnings = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_matter, body = split_front_matter(text, path=path)
    return ReadResult(body, front_matter, encoding, warnings)


def _decode(data: bytes, path: Path) -> tuple[str, str, list[str]]:
    """Decode text bytes: UTF-8 (BOM), UTF-16 (BOM), else cp1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _binary(path) from None
        if "\x00" in text:
            raise _binary(path)
        return text, "utf-16", []
    if b"\x00" in data or _control_share(data) > _MAX_CONTROL_SHARE:
        raise _binary(path)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ReadError(
            "heeft een onbekende tekencodering (geen UTF-8 en geen Windows-1252). "
            "Open het in een teksteditor en sla het op als UTF-8.",
            path=path,
        ) from None
    warning = (
        f"{path}: is geen UTF-8; gelezen als Windows-1252 (cp1252). Controleer letters als "
        "ë, é en € in de tekst en sla het bestand bij voorkeur op als UTF-8."
    )
    return text, "cp1252", [warning]


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _binary(path: Path) -> ReadError:
    return ReadError(
        "lijkt geen tekstbestand (binair). Is de extensie juist? Exporteer het document als "
        ".txt (UTF-8), .docx, .odt of .pdf.",
        path=path,
    )


# --- zipped XML (docx, odt) ---------------------------------------------------------------


def _read_zipped_xml(path: Path, member: str, max_bytes: int, kind: str) -> Element:
    """Parse `member` of the zip at `path` with defusedxml, refusing oversized members."""
    corrupt = ReadError(
        f"is beschadigd of geen {kind}. Open het in Word of LibreOffice, sla het opnieuw op "
        "en importeer opnieuw.",
        path=path,
    )
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.file_size > max_bytes:
                raise _too_large_inside(path, member, info.file_size, max_bytes)
            with zf.open(info) as fh:
                data = fh.read(max_bytes + 1)
    except PermissionError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ):
        raise corrupt from None
    if len(data) > max_bytes:
        raise _too_large_inside(path, member, len(data), max_bytes)
    try:
        return SafeET.fromstring(data)
    except (ParseError, DefusedXmlException, ValueError):
        raise corrupt from None


def _too_large_inside(path: Path, member: str, size: int, max_bytes: int) -> ReadError:
    return ReadError(
        f"is uitgepakt te groot ({member}: {_mb(size)} MB, de grens is {_mb(max_bytes)} MB). "
        f"Splits het document, of verhoog de grens met {_raise_limit(size)}.",
        path=path,
    )


def _blocks_to_text(blocks: Iterator[str]) -> str:
    return "\n\n".join(b for b in blocks if b.strip())


def _table_text(rows: list[list[str]]) -> str:
    """One line per row, cells joined by CELL_SEPARATOR (line end trimmed); empty rows dropped."""
    lines = []
    for cells in rows:
        cells = [" ".join(c.split()) for c in cells]
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells).rstrip())
    return "\n".join(lines)


# --- docx -----------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_INLINE = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_W_SKIP = {_MC_FALLBACK, _W + "txbxContent", _W + "del", _W + "moveFrom", _W + "rPr", _W + "pPr"}
TEXT_BOX_WARNING = (
    "bevat tekstvakken; de tekst daarin is niet ingelezen. Zet die tekst zo nodig in de "
    "gewone tekst en importeer opnieuw."
)


def _read_docx(path: Path, max_bytes: int) -> ReadResult:
    root = _read_zipped_xml(path, "word/document.xml", max_bytes, "Word-bestand (.docx)")
    body = root.find(_W + "body")
    if body is None:
        raise ReadError(
            "is beschadigd of geen Word-bestand (geen documenttekst gevonden). Open het in Word, "
            "sla het opnieuw op als .docx en importeer opnieuw.",
            path=path,
        )
    has_boxes = next(body.iter(_W + "txbxContent"), None) is not None
    warnings = [f"{path}: {TEXT_BOX_WARNING}"] if has_boxes else []
    return ReadResult(_blocks_to_text(_docx_blocks(body)), {}, "docx", warnings)


def _docx_blocks(container: Element) -> Iterator[str]:
    for child in container:
        if child.tag == _W + "p":
            yield _docx_inline(child)
        elif child.tag == _W + "tbl":
            yield _table_text(_docx_rows(child))
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            yield from _docx_blocks(child)


def _docx_rows(table: Element) -> list[list[str]]:
    """Cells of the table's own rows (a nested table is read inside its cell)."""
    return [
        [" ".join(_docx_blocks(tc)) for tc in tr.findall(_W + "tc")]
        for tr in table.findall(_W + "tr")
    ]


def _docx_inline(node: Element) -> str:
    parts: list[str] = []
    _collect(node, parts, _docx_piece)
    return "".join(parts)


def _docx_piece(el: Element, parts: list[str]) -> bool:
    """Append the text of one docx element; True when its children must not be visited."""
    if el.tag in _W_SKIP:
        return True
    if el.tag == _W + "t":
        parts.append(el.text or "")
    elif el.tag in _W_INLINE:
        parts.append(_W_INLINE[el.tag])
    return False


def _collect(node: Element, parts: list[str], piece: Callable[[Element, list[str]], bool]) -> None:
    for child in node:
        if not piece(child, parts):
            _collect(child, parts, piece)


# --- odt ------------------------------------------------------------------------------------

_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_ODT_SKIP = {_T + "note", _OFFICE + "annotation", _DRAW + "frame"}
_MAX_SPACES = 1000  # a text:s element cannot make the text explode


def _read_odt(path: Path, max_bytes: int) -> str:
    root = _read_zipped_xml(path, "content.xml", max_bytes, "OpenDocument-tekstbestand (.odt)")
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ReadError(
            "is beschadigd of geen OpenDocument-tekstbestand (geen documenttekst gevonden). "
            "Open het in LibreOffice, sla het opnieuw op als .odt en importeer opnieuw.",
            path=path,
        )
    return _blocks_to_text(_odt_blocks(body))


def _odt_blocks(container: Element) -> Iterator[str]:
    for child in container:
        if child.tag in (_T + "p", _T + "h"):
            yield _odt_inline(child)
        elif child.tag == _TABLE + "table":
            yield _table_text(_odt_rows(child))
        elif child.tag in (
            _T + "list",
            _T + "list-item",
            _T + "list-header",
            _T + "section",
            _TABLE + "table-cell",
        ):
            yield from _odt_blocks(child)


def _odt_rows(table: Element) -> list[list[str]]:
    rows = []
    for child in table:
        if child.tag == _TABLE + "table-row":
            cells = [
                " ".join(_odt_blocks(cell)) for cell in child if cell.tag == _TABLE + "table-cell"
            ]
            rows.append(cells)
        elif child.tag in (
            _TABLE + "table-header-rows",
            _TABLE + "table-rows",
            _TABLE + "table-row-group",
        ):
            rows.extend(_odt_rows(child))
    return rows


def _odt_inline(node: Element) -> str:
    """Paragraph text with ODF whitespace rules: runs of spaces collapse, text:s adds spaces."""
    parts: list[str] = []
    after_space = True  # at the start, or after a collapsible space

    def add(text: str | None) -> None:
        nonlocal after_space
        collapsed = re.sub(r"[ \t\r\n]+", " ", text or "")
        if collapsed.startswith(" ") and after_space:
            collapsed = collapsed[1:]
        if collapsed:
            parts.append(collapsed)
            after_space = collapsed.endswith(" ")

    def literal(text: str) -> None:
        nonlocal after_space
        parts.append(text)
        after_space = False

    def walk(el: Element) -> None:
        add(el.text)
        for child in el:
            if child.tag == _T + "s":
                count = child.get(_T + "c", "1")
                literal(" " * min(int(count) if count.isdigit() else 1, _MAX_SPACES))
            elif child.tag == _T + "tab":
                literal("\t")
            elif child.tag == _T + "line-break":
                literal("\n")
            elif child.tag not in _ODT_SKIP:
                walk(child)
            add(child.tail)

    walk(node)
    return "".join(parts).strip(" ")


# --- pdf ------------------------------------------------------------------------------------


LOW_OCR_CONFIDENCE = 70.0


def _read_pdf(path: Path, max_bytes: int) -> ReadResult:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(
                "is beveiligd met een wachtwoord. Sla het op zonder beveiliging "
                "(bijv. 'Afdrukken naar PDF') en importeer opnieuw.",
                path=path,
            )
        pages, total = [], 0
        for page in reader.pages:
            text = _trim(normalise_text(page.extract_text() or ""))
            total += len(text)
            if total > max_bytes:
                raise _too_large_inside(path, "tekstlaag", total, max_bytes)
            pages.append(text)
    except ReadError:
        raise
    except PermissionError:
        raise
    except Exception:  # pypdf raises many kinds of errors on damaged files
        raise ReadError(
            "is beschadigd of geen geldige PDF. Open het in een PDF-lezer, sla het opnieuw op "
            "en importeer opnieuw.",
            path=path,
        ) from None
    from wb.corpus.pdf_clean import clean_pages

    blank = [i for i, text in enumerate(pages) if not text.strip()]
    if not blank:
        return ReadResult(clean_pages(pages), {}, "pdf", [])
    return _read_pdf_ocr(path, pages, blank)


def _read_pdf_ocr(path: Path, pages: list[str], blank: list[int]) -> ReadResult:
    """Read the pages without a text layer by OCR; without tesseract, only the text layer."""
    from wb.corpus.ocr import INSTALL_HINT, mean_confidence, ocr_pdf_pages
    from wb.corpus.pdf_clean import clean_pages
    from wb.errors import OcrUnavailable

    numbers = ", ".join(str(i + 1) for i in blank)
    try:
        read = ocr_pdf_pages(path, blank)
    except OcrUnavailable:
        if len(blank) == len(pages):
            raise
        warning = (
            f"{path}: pagina {numbers} zonder tekstlaag {'is' if len(blank) == 1 else 'zijn'} "
            f"niet gelezen, want OCR is niet beschikbaar. {INSTALL_HINT}"
        )
        return ReadResult(clean_pages(pages), {}, "pdf", [warning])
    pages = [read[i].text if i in read else text for i, text in enumerate(pages)]
    confidence = mean_confidence(read.values())
    shown = "onbekend" if confidence is None else f"{confidence:.0f}%"
    warning = (
        f"{path}: pagina {numbers} {'is' if len(blank) == 1 else 'zijn'} met OCR gelezen "
        f"(gemiddelde zekerheid {shown}); controleer de tekst op leesfouten."
    )
    if confidence is not None and confidence < LOW_OCR_CONFIDENCE:
        warning += " De zekerheid is laag: een scan met hogere resolutie helpt."
    return ReadResult(clean_pages(pages), {}, "pdf", [warning], "ocr", confidence)
