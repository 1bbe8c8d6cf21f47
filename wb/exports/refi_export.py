"""Export a codebook as REFI-QDA .qdc and a whole project as .qdpx.

Mapping (see also :mod:`wb.exports.refi_import`):

* codes: nested ``<Code>`` with ``color`` (#rrggbb) and ``<Description>``; all codes are codable.
  With more than one codebook in the project, each codebook becomes a non-codable group code.
* coders: ``<User>``; documents: ``<TextSource>`` with ``plainTextPath="internal://<GUID>.txt"``,
  the text exactly as stored (UTF-8, ``\\n``), so code-point offsets match. The source name is
  the document path (``corpus/path`` when the project holds more than one corpus).
* codings: one ``<PlainTextSelection>`` per coding (0-based code points, end exclusive) holding
  one ``<Coding creatingUser>`` with its ``<CodeRef>``.
* memos: ``<Notes><Note>`` with inline ``<PlainTextContent>``, referred to by ``<NoteRef>`` on
  the selection (coding memo), the source (document memo), the code (code memo) or the project.
* metadata: one ``<Variable>`` per key (Text/Date/Integer/Float/Boolean) and the values twice:
  as ``<VariableValue>`` on each source (exact, per document) and in ``<Cases>``. Documents
  with a ``dossier``/``case``/``casus`` value form one case per value (holding the values that
  all its documents share); other documents are a case of their own.
* ``Project@name`` is the name of the project's only codebook (so importing restores it),
  otherwise the project file's stem.
* GUIDs are uuid5 of the project's creation stamp and the object's identity, so exporting
  again gives the same bytes; nothing extra is stored in the project.
"""

from __future__ import annotations

import math
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

import wb
from wb.atomic import write_atomic
from wb.codebook import Code, Codebook
from wb.exports.refi_xml import CODEBOOK_NS, PROJECT_NS, stable_guid, validate
from wb.exports.written import Written
from wb.store.codebooks import code_tree_rows, codebook_names
from wb.store.codings import all_memos, coders, export_codings
from wb.store.documents import decode_value, document_rows, raw_metadata
from wb.store.project import Project

CASE_KEYS = ("dossier", "case", "casus")
ZIP_STAMP = (1980, 1, 1, 0, 0, 0)
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TYPES = {"text": "Text", "date": "Date", "int": "Integer", "float": "Float", "bool": "Boolean"}
_VALUE_TAGS = {
    "Text": "TextValue",
    "Date": "DateValue",
    "Integer": "IntegerValue",
    "Float": "FloatValue",
    "Boolean": "BooleanValue",
}


@dataclass
class _Node:
    """One code to write: `key` identifies it for its GUID, `db_id` links codings to it."""

    key: str
    name: str
    description: str = ""
    color: str | None = None
    codable: bool = True
    db_id: int | None = None
    children: list[_Node] = field(default_factory=list)


def _x(text: str) -> str:
    """Text without characters XML 1.0 cannot hold."""
    return _XML_BAD.sub("", text)


def _stamp(value: str | None) -> str | None:
    """A stored timestamp as xsd:dateTime, or None when it cannot be read."""
    try:
        return datetime.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def _project_namespace(project: Project) -> uuid.UUID:
    created = project.created_at
    return uuid.uuid5(uuid.NAMESPACE_URL, f"wb-project:{created or project.path.name}")


# -- codes --------------------------------------------------------------------------------------


def _model_nodes(codebook: Codebook) -> list[_Node]:
    def node(code: Code) -> _Node:
        return _Node(
            key=f"code:{codebook.name}:{code.path}",
            name=code.name,
            description=code.description,
            color=codebook.color_of(code.path),
            children=[node(c) for c in code.codes],
        )

    return [node(c) for c in codebook.codes]


def _project_nodes(project: Project) -> list[_Node]:
    rows = code_tree_rows(project)
    books: dict[str, list[_Node]] = {}
    by_id: dict[int, _Node] = {}
    for code_id, _, name, description, color, path, book in rows:
        by_id[code_id] = _Node(f"code:{book}:{path}", name, description or "", color, True, code_id)
        books.setdefault(book, [])
    for code_id, parent_id, *_, book in rows:
        parent = by_id.get(parent_id) if parent_id is not None else None
        (parent.children if parent else books[book]).append(by_id[code_id])
    if len(books) == 1:
        return next(iter(books.values()))
    return [
        _Node(f"book:{name}", name, codable=False, children=nodes) for name, nodes in books.items()
    ]


def _code_element(
    maker: Callable[..., Any], node: _Node, ns: uuid.UUID, guids: dict[int, str], notes: Any
) -> Any:
    guid = stable_guid(ns, node.key)
    if node.db_id is not None:
        guids[node.db_id] = guid
    attrs = {"guid": guid, "name": _x(node.name), "isCodable": "true" if node.codable else "false"}
    if node.color:
        attrs["color"] = node.color
    el = maker("Code", attrs)
    if node.description:
        maker("Description", parent=el).text = _x(node.description)
    if notes is not None and node.db_id is not None:
        notes(el, "code", node.db_id)
    for sub in node.children:
        el.append(_code_element(maker, sub, ns, guids, notes))
    return el


def _maker(namespace: str) -> Callable[..., Any]:
    def make(tag: str, attrs: dict[str, str] | None = None, *, parent: Any = None) -> Any:
        qname = f"{{{namespace}}}{tag}"
        clean = {k: v for k, v in (attrs or {}).items() if v is not None}
        if parent is None:
            return etree.Element(qname, clean, nsmap={None: namespace})
        return etree.SubElement(parent, qname, clean)

    return make


# -- writing ------------------------------------------------------------------------------------


def _xml_bytes(root: Any, kind: str) -> bytes:
    validate(root, kind)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_qdc(codebook_or_project: Codebook | Project, path: str | Path) -> Written:
    """Write a codebook (or the codes of a project) as a REFI-QDA .qdc file; return its path."""
    make = _maker(CODEBOOK_NS)
    if isinstance(codebook_or_project, Codebook):
        ns = uuid.uuid5(uuid.NAMESPACE_URL, f"wb-codebook:{codebook_or_project.name}")
        nodes = _model_nodes(codebook_or_project)
    else:
        ns = _project_namespace(codebook_or_project)
        nodes = _project_nodes(codebook_or_project)
    if not nodes:
        from wb.errors import NothingToDoError

        where = getattr(codebook_or_project, "path", path)
        raise NothingToDoError(
            "bevat geen codes; er is geen codeboek om te exporteren. Voeg eerst een codeboek toe.",
            path=str(where),
        )
    root = make("CodeBook", {"origin": f"wb {wb.__version__}"})
    codes = make("Codes", parent=root)
    for node in nodes:
        codes.append(_code_element(make, node, ns, {}, None))
    data = _xml_bytes(root, "codebook")
    return Written.file(write_atomic(Path(path), data), _n_nodes(nodes), "code", "codes")


def _n_nodes(nodes: list[_Node]) -> int:
    """The codes in `nodes`, their children included."""
    return sum(1 + _n_nodes(node.children) for node in nodes)


# -- project ------------------------------------------------------------------------------------


def _variable_types(meta: dict[int, dict[str, tuple[str, str]]]) -> dict[str, str]:
    kinds: dict[str, set[str]] = {}
    for values in meta.values():
        for key, (value, kind) in values.items():
            if kind == "float" and not math.isfinite(float(value)):
                kind = "text"
            kinds.setdefault(key, set()).add(kind)
    return {k: _TYPES[v.pop()] if len(v) == 1 else "Text" for k, v in sorted(kinds.items())}


def _value_text(value: str, kind: str, refi_type: str) -> str:
    if refi_type == "Float":
        number = Decimal(repr(decode_value(value, kind)))
        return format(number, "f")
    if refi_type == "Date":
        return date.fromisoformat(value).isoformat()
    return _x(value)


class _ProjectWriter:
    """Builds project.qde and the source files of one project."""

    def __init__(self, project: Project):
        self.project = project
        self.ns = _project_namespace(project)
        self.make = _maker(PROJECT_NS)
        self.users: dict[int, str] = {}
        self.code_guids: dict[int, str] = {}
        self.memos: dict[tuple[str, int | None], tuple] = {}
        self.note_elements: list[Any] = []
        self.files: list[tuple[str, bytes]] = []
        self.n_codings = 0
        self.orphaned = 0

    def _name(self) -> str:
        """The sole codebook's name (it names the codebook on import), else the file stem."""
        books = codebook_names(self.project)
        return books[0] if len(books) == 1 else self.project.path.stem

    def guid(self, key: str) -> str:
        return stable_guid(self.ns, key)

    def build(self) -> Any:
        make = self.make
        root = make(
            "Project",
            {
                "name": _x(self._name()),
                "origin": f"wb {wb.__version__}",
                "creationDateTime": _stamp(self.project.created_at),
            },
        )
        for memo_id, target, target_id, coder_id, text, created_at, updated_at in all_memos(
            self.project
        ):
            self.memos[(target, target_id)] = (memo_id, coder_id, text, created_at, updated_at)
        coder_rows = coders(self.project)
        if coder_rows:
            users = make("Users", parent=root)
            for coder_id, name in coder_rows:
                self.users[coder_id] = self.guid(f"coder:{name}")
                make("User", {"guid": self.users[coder_id], "name": _x(name)}, parent=users)
        nodes = _project_nodes(self.project)
        if nodes:
            codes = make("Codes", parent=make("CodeBook", parent=root))
            for node in nodes:
                codes.append(_code_element(make, node, self.ns, self.code_guids, self.note_ref))
        self.sources(root)
        holder = make("NoteRef-holder")
        self.note_ref(holder, "project", None)
        if self.note_elements:
            notes = make("Notes", parent=root)
            for note in self.note_elements:
                notes.append(note)
        for ref in list(holder):
            root.append(ref)
        return root

    def note_ref(self, parent: Any, target: str, target_id: int | None) -> None:
        """Add a NoteRef (and its Note) when the target has a memo."""
        memo = self.memos.get((target, target_id))
        if memo is None:
            return
        memo_id, coder_id, text, created_at, updated_at = memo
        guid = self.guid(f"memo:{memo_id}")
        note = self.make(
            "Note",
            {
                "guid": guid,
                "name": f"Memo ({target})",
                "creatingUser": self.users.get(coder_id),
                "creationDateTime": _stamp(created_at),
                "modifiedDateTime": _stamp(updated_at),
            },
        )
        self.make("PlainTextContent", parent=note).text = _x(text)
        self.note_elements.append(note)
        self.make("NoteRef", {"targetGUID": guid}, parent=parent)

    def sources(self, root: Any) -> None:
        docs = document_rows(self.project)
        if not docs:
            return
        multi = len({d[1] for d in docs}) > 1
        meta = raw_metadata(self.project)
        types = _variable_types(meta)
        var_guids = {key: self.guid(f"var:{key}") for key in types}
        if types:
            variables = self.make("Variables", parent=root)
            for key, refi_type in types.items():
                attrs = {"guid": var_guids[key], "name": _x(key), "typeOfVariable": refi_type}
                self.make("Variable", attrs, parent=variables)
        cases_el = self.make("Cases", parent=root) if types else None
        sources = self.make("Sources", parent=root)
        source_guids: dict[int, str] = {}
        names: dict[int, str] = {}
        for doc_id, corpus, path, text, imported_at in docs:
            guid = self.guid(f"doc:{corpus}/{path}")
            source_guids[doc_id] = guid
            names[doc_id] = f"{corpus}/{path}" if multi else path
            src = self.make(
                "TextSource",
                {
                    "guid": guid,
                    "name": _x(names[doc_id]),
                    "plainTextPath": f"internal://{guid}.txt",
                    "creationDateTime": _stamp(imported_at),
                },
                parent=sources,
            )
            self.selections(src, doc_id, len(text))
            self.note_ref(src, "document", doc_id)
            for key, (value, kind) in meta.get(doc_id, {}).items():
                self.variable_value(src, var_guids[key], value, kind, types[key])
            self.files.append((f"sources/{guid}.txt", text.encode("utf-8")))
        if cases_el is not None:
            self.cases(cases_el, meta, types, var_guids, source_guids, names)

    def variable_value(self, parent: Any, var_guid: str, value: str, kind: str, t: str) -> None:
        el = self.make("VariableValue", parent=parent)
        self.make("VariableRef", {"targetGUID": var_guid}, parent=el)
        self.make(_VALUE_TAGS[t], parent=el).text = _value_text(value, kind, t)

    def selections(self, src: Any, doc_id: int, n_chars: int) -> None:
        for coding_id, code_id, coder_id, start, end, created_at, status in export_codings(
            self.project, doc_id
        ):
            if status != "active":
                self.orphaned += 1  # its text is gone: never exported over unrelated new text
                continue
            if not 0 <= start < end <= n_chars or code_id not in self.code_guids:
                continue
            self.n_codings += 1
            stamp = _stamp(created_at)
            user = self.users.get(coder_id)
            sel = self.make(
                "PlainTextSelection",
                {
                    "guid": self.guid(f"selection:{coding_id}"),
                    "startPosition": str(start),
                    "endPosition": str(end),
                    "creatingUser": user,
                    "creationDateTime": stamp,
                },
                parent=src,
            )
            coding = self.make(
                "Coding",
                {
                    "guid": self.guid(f"coding:{coding_id}"),
                    "creatingUser": user,
                    "creationDateTime": stamp,
                },
                parent=sel,
            )
            self.make("CodeRef", {"targetGUID": self.code_guids[code_id]}, parent=coding)
            self.note_ref(sel, "coding", coding_id)

    def cases(
        self,
        parent: Any,
        meta: dict[int, dict[str, tuple[str, str]]],
        types: dict[str, str],
        var_guids: dict[str, str],
        source_guids: dict[int, str],
        names: dict[int, str],
    ) -> None:
        case_key = next((k for k in CASE_KEYS for m in meta.values() if k in m), None)
        groups: dict[str, list[int]] = {}
        for doc_id in source_guids:
            values = meta.get(doc_id, {})
            if case_key and case_key in values:
                groups.setdefault(f"group:{values[case_key][0]}", []).append(doc_id)
            else:
                groups[f"doc:{doc_id}"] = [doc_id]
        for key, doc_ids in groups.items():
            name = key.split(":", 1)[1] if key.startswith("group:") else names[doc_ids[0]]
            case = self.make("Case", {"guid": self.guid(f"case:{key}"), "name": _x(name)})
            shared = dict(meta.get(doc_ids[0], {}))
            for doc_id in doc_ids[1:]:
                other = meta.get(doc_id, {})
                shared = {k: v for k, v in shared.items() if other.get(k) == v}
            for k, (value, kind) in shared.items():
                self.variable_value(case, var_guids[k], value, kind, types[k])
            for doc_id in doc_ids:
                self.make("SourceRef", {"targetGUID": source_guids[doc_id]}, parent=case)
            parent.append(case)


class RefiExportReport(Written):
    """What :func:`export_qdpx` wrote: the .qdpx file (a Path, see :class:`Written`) with
    `codings` exported and `orphaned` left out."""

    orphaned: int = 0

    @property
    def codings(self) -> int:
        """The codings in the file."""
        return self.count or 0


def export_qdpx(project: Project, path: str | Path) -> RefiExportReport:
    """Write the whole project (sources, codes, active codings, memos, metadata) as .qdpx.

    Orphaned codings (whose text was removed by a re-import) are left out; the returned path
    counts them (`orphaned`), and its `summary()` says so.
    """
    writer = _ProjectWriter(project)
    data = _xml_bytes(writer.build(), "project")

    def write(fh: Any) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, content in [("project.qde", data), *writer.files]:
                info = zipfile.ZipInfo(name, date_time=ZIP_STAMP)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, content)

    def write_file(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            write(fh)

    written = write_atomic(Path(path), write_file)
    n = writer.orphaned
    orphaned = (
        f"{n} verweesde {'codering' if n == 1 else 'coderingen'} niet geëxporteerd: hun tekst "
        "bestaat niet meer na een nieuwe import. Bekijk ze met codings_table (status 'orphaned')."
        if n
        else ""
    )
    report = RefiExportReport.file(
        written, writer.n_codings, "codering", "coderingen", note=orphaned
    )
    report.orphaned = writer.orphaned
    return report
