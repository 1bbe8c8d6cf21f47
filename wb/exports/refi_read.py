"""Read REFI-QDA XML (project.qde, .qdc) into plain data, tolerating real tools' deviations."""

from __future__ import annotations

import codecs
import re
import textwrap
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from wb.exports.refi_xml import (
    child,
    child_text,
    children,
    local,
    normalise_color,
    normalise_guid,
)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_OTHER_SOURCES = ("PictureSource", "AudioSource", "VideoSource")


@dataclass
class RefiCode:
    """A code as written in the file."""

    guid: str
    name: str
    description: str
    color: str | None
    codable: bool
    children: list[RefiCode] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class RefiCoding:
    """One coding of a span (start/end already in wb offsets, or None for the whole source)."""

    code: str
    user: str
    created: str | None
    start: int | None
    end: int | None
    notes: list[str] = field(default_factory=list)


@dataclass
class RefiSource:
    """A text source with its text (\\n line ends) and codings in code points."""

    guid: str
    name: str
    text: str
    codings: list[RefiCoding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class RefiProject:
    """Everything wb takes from a project.qde."""

    name: str
    origin: str
    users: dict[str, str] = field(default_factory=dict)
    codes: list[RefiCode] = field(default_factory=list)
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)
    cases: list[tuple[str, dict[str, Any], list[str]]] = field(default_factory=list)
    sources: list[RefiSource] = field(default_factory=list)
    notes: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    project_notes: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def decode_text(data: bytes) -> str:
    """Decode a text file: BOM-aware (UTF-8/UTF-16), otherwise UTF-8; the BOM is dropped."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8")


def offset_mapper(raw: str, *, utf16: bool) -> tuple[str, Callable[[int, bool], int]]:
    """Text with \\n line ends, and a map from offsets in `raw` (code points or UTF-16 units)."""
    astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(raw))] if utf16 else []
    astral_set = set(astral)
    crlf = [m.start() for m in re.finditer("\r\n", raw)]

    def convert(offset: int, is_end: bool) -> int:
        point = offset
        if astral:
            point = offset - bisect_left(astral, offset)
            if is_end and offset - 1 in astral_set:
                point += 1  # an end inside a surrogate pair keeps the whole character
        return point - bisect_left(crlf, point)

    return raw.replace("\r\n", "\n").replace("\r", "\n"), convert


def _description(raw: str) -> str:
    """A description; pretty-printed XML text (starting with a newline) is dedented and trimmed."""
    return textwrap.dedent(raw).strip() if raw[:1] in ("\n", "\r") else raw


def parse_codes(container: Element | None) -> list[RefiCode]:
    """The code tree under a <Codes> (or <Code>) element."""
    out = []
    for el in children(container, "Code") if container is not None else []:
        out.append(
            RefiCode(
                guid=normalise_guid(el.get("guid")),
                name=el.get("name") or "",
                description=_description(child_text(el, "Description")),
                color=normalise_color(el.get("color")),
                codable=(el.get("isCodable") or "true").strip().lower() not in ("false", "0"),
                children=parse_codes(el),
                notes=_refs(el, "NoteRef"),
            )
        )
    return out


def _refs(el: Element, name: str) -> list[str]:
    return [normalise_guid(r.get("targetGUID")) for r in children(el, name)]


def typed_value(element: Element) -> Any:
    """The Python value of a <VariableValue>'s value element (text when it cannot be read)."""
    for value_el in element:
        kind = local(value_el.tag)
        text = (value_el.text or "").strip()
        if kind == "VariableRef" or not kind.endswith("Value"):
            continue
        try:
            if kind == "BooleanValue":
                return text.lower() in ("true", "1")
            if kind == "IntegerValue":
                return int(text)
            if kind == "FloatValue":
                return float(Decimal(text))
            if kind == "DateValue":
                return date.fromisoformat(text[:10])
            if kind == "DateTimeValue":
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
                return moment.date() if moment.time() == datetime.min.time() else text
        except (ValueError, InvalidOperation):
            return text
        return value_el.text or ""
    return None


def _under(root: Element, container: str, name: str) -> list[Element]:
    found = child(root, container)
    return children(found, name) if found is not None else []


def _values(el: Element) -> dict[str, Any]:
    out = {}
    for vv in children(el, "VariableValue"):
        ref = child(vv, "VariableRef")
        value = typed_value(vv)
        if ref is not None and value is not None and value != "":
            out[normalise_guid(ref.get("targetGUID"))] = value
    return out


class ProjectReader:
    """Turns a parsed <Project> into a RefiProject; `read_file` fetches archive text files."""

    def __init__(self, root: Element, read_file: Callable[[str], tuple[str, str | None]]):
        self.root = root
        self.read_file = read_file
        origin = root.get("origin") or ""
        self.utf16 = "nvivo" in origin.lower()
        self.project = RefiProject(name=(root.get("name") or "").strip(), origin=origin)

    def read(self) -> RefiProject:
        """Read users, codes, variables, cases, sources and notes."""
        p, root = self.project, self.root
        for user in _under(root, "Users", "User"):
            p.users[normalise_guid(user.get("guid"))] = user.get("name") or user.get("id") or ""
        book = child(root, "CodeBook")
        p.codes = parse_codes(child(book, "Codes")) if book is not None else []
        for var in _under(root, "Variables", "Variable"):
            guid = normalise_guid(var.get("guid"))
            p.variables[guid] = (var.get("name") or "", var.get("typeOfVariable") or "Text")
        for case in _under(root, "Cases", "Case"):
            p.cases.append(
                ((case.get("name") or "").strip(), _values(case), _refs(case, "SourceRef"))
            )
        for note in _under(root, "Notes", "Note"):
            text, _ = self.text_of(note)
            p.notes[normalise_guid(note.get("guid"))] = (
                note.get("name") or "",
                text or "",
                normalise_guid(note.get("creatingUser")),
            )
        p.project_notes = _refs(root, "NoteRef")
        sources = child(root, "Sources")
        for el in list(sources) if sources is not None else []:
            self.source(el)
        return p

    def text_of(self, el: Element) -> tuple[str | None, str | None]:
        """The plain text of a TextSource/Note (inline or from a file) or (None, reason)."""
        inline = child(el, "PlainTextContent")
        if inline is not None:
            return inline.text or "", None
        path = (el.get("plainTextPath") or "").strip()
        if not path:
            return None, "geen platte tekst (alleen opgemaakte tekst of een extern bestand)"
        return self.read_file(path)

    def source(self, el: Element) -> None:
        """Read one child of <Sources>; non-text sources are listed as skipped."""
        kind = local(el.tag)
        name = (el.get("name") or "").strip()
        label = f"{kind} '{name}'"
        if kind == "PDFSource":
            rep = child(el, "Representation")
            n_pdf = len(children(el, "PDFSelection"))
            if n_pdf:
                self.project.skipped.append((label, f"{n_pdf} PDF-selecties (alleen tekst)"))
            if rep is None:
                self.project.skipped.append((label, "PDF zonder tekstweergave"))
                return
            self.text_source(rep, name or rep.get("name") or "", el)
            return
        if kind != "TextSource":
            n = sum(1 for sub in el.iter() if local(sub.tag).endswith("Selection"))
            why = "geen tekstbron (beeld, audio of video)"
            self.project.skipped.append((label, f"{why}; {n} selecties overgeslagen"))
            return
        self.text_source(el, name, el)

    def text_source(self, el: Element, name: str, outer: Element) -> None:
        """Read a TextSource (or a PDF's text representation) with its selections."""
        raw, reason = self.text_of(el)
        guid = normalise_guid(outer.get("guid"))
        if raw is None:
            self.project.skipped.append((f"TextSource '{name}'", reason or "geen tekst"))
            return
        text, convert = offset_mapper(raw, utf16=self.utf16)
        src = RefiSource(guid=guid, name=name, text=text, notes=_refs(outer, "NoteRef"))
        src.values = _values(outer)
        for coding in children(el, "Coding") + (
            children(outer, "Coding") if outer is not el else []
        ):
            src.codings.append(self.coding(coding, None, None, None, []))
        for sel in el:
            if local(sel.tag) != "PlainTextSelection":
                continue
            try:
                start = convert(int(sel.get("startPosition") or ""), False)
                end = convert(int(sel.get("endPosition") or ""), True)
            except ValueError:
                self.project.skipped.append((f"selectie in '{name}'", "ongeldige positie"))
                continue
            notes = _refs(sel, "NoteRef")
            for coding in children(sel, "Coding"):
                src.codings.append(self.coding(coding, sel, start, end, notes))
        self.project.sources.append(src)

    def coding(
        self, el: Element, sel: Element | None, start: int | None, end: int | None, notes: list[str]
    ) -> RefiCoding:
        """One <Coding>; user and time fall back to the selection's."""
        ref = child(el, "CodeRef")
        user = el.get("creatingUser") or (sel.get("creatingUser") if sel is not None else None)
        created = el.get("creationDateTime") or (
            sel.get("creationDateTime") if sel is not None else None
        )
        return RefiCoding(
            code=normalise_guid(ref.get("targetGUID")) if ref is not None else "",
            user=normalise_guid(user),
            created=created,
            start=start,
            end=end,
            notes=[*notes, *_refs(el, "NoteRef")],
        )
