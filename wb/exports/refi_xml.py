"""Shared REFI-QDA helpers: namespaces, GUIDs, schema validation and safe XML parsing."""

from __future__ import annotations

import functools
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from wb.errors import RefiError

if TYPE_CHECKING:
    from lxml import etree

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
SCHEMA_DIR = Path(__file__).with_name("schemas")
SCHEMAS = {"project": "Project-mrt2019.xsd", "codebook": "Codebook.xsd"}
GUID_RE = re.compile(
    r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?"
)
COLOR3_RE = re.compile(r"#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])")
COLOR6_RE = re.compile(r"#[0-9a-fA-F]{6}")


class RefiSchemaError(RuntimeError):
    """wb produced REFI XML that does not validate: a bug in wb, not a user error."""


def normalise_guid(value: str | None) -> str:
    """A GUID in one canonical form: lowercase, no braces (other identifiers are kept as is)."""
    value = (value or "").strip()
    match = GUID_RE.fullmatch(value)
    return match.group(1).lower() if match else value


def stable_guid(namespace: uuid.UUID, key: str) -> str:
    """A deterministic GUID for an object: uuid5 of the project identity and the object key."""
    return str(uuid.uuid5(namespace, key))


def normalise_color(value: str | None) -> str | None:
    """A REFI colour as #rrggbb (expanding #rgb), or None when absent or malformed."""
    value = (value or "").strip()
    if COLOR6_RE.fullmatch(value):
        return value.lower()
    match = COLOR3_RE.fullmatch(value)
    if match:
        return "#" + "".join(c * 2 for c in match.groups()).lower()
    return None


def local(tag: object) -> str:
    """The local name of an element tag, whatever its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: Element, name: str) -> list[Element]:
    """Direct children with this local name (any namespace)."""
    return [child for child in element if local(child.tag) == name]


def child(element: Element, name: str) -> Element | None:
    """The first direct child with this local name, or None."""
    found = children(element, name)
    return found[0] if found else None


def child_text(element: Element, name: str) -> str:
    """Text of the first direct child with this local name ('' when absent)."""
    found = child(element, name)
    return (found.text or "") if found is not None else ""


def parse_xml(data: bytes, *, path: str, member: str | None = None) -> Element:
    """Parse untrusted XML, refusing DOCTYPEs and entities (no external access ever happens)."""
    where = f"{path}:{member}" if member else path
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise RefiError(
            "bevat een DOCTYPE of entiteiten; die zijn niet toegestaan in REFI-bestanden en "
            "worden om veiligheidsredenen geweigerd. Exporteer het bestand opnieuw uit het "
            "programma waarmee het gemaakt is.",
            path=where,
        ) from exc
    except Exception as exc:  # expat ParseError and encoding errors
        position = getattr(exc, "position", None)  # (line, column) of expat's ParseError
        at = f" (fout op regel {position[0]}, kolom {position[1] + 1})" if position else ""
        raise RefiError(
            f"is geen geldige XML{at}. Is het bestand beschadigd? Exporteer het opnieuw.",
            path=where,
        ) from exc


@functools.cache
def _schema(kind: str) -> etree.XMLSchema:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.parse(str(SCHEMA_DIR / SCHEMAS[kind]), parser)
    return etree.XMLSchema(doc)


def validate(root: etree._Element, kind: str) -> None:
    """Validate wb's own output against the bundled REFI schema; raise RefiSchemaError if not."""
    schema = _schema(kind)
    if not schema.validate(root):
        errors = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:5])
        raise RefiSchemaError(f"internal error: REFI {kind} XML does not validate: {errors}")
