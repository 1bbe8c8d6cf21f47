"""Import REFI-QDA .qdpx projects and .qdc codebooks written by wb or other tools.

Everything is read in memory from the archive (never extracted), checked for path escapes and
size limits (:mod:`wb.exports.refi_zip`) and parsed without DTDs or entities
(:func:`wb.exports.refi_xml.parse_xml`); the project is changed in one transaction.

Mapping: the codebook is named after ``Project@name`` (a .qdc after its file name) and merged
into a stored codebook of that name; code paths come from the nesting (``/`` in a name becomes
``-``; a second code with the same name under one parent becomes ``Naam (2)``, reported);
non-codable codes are kept as group codes. Text sources become documents of one corpus (default:
the file's stem) named after the source; metadata comes from the source's variable values, then
from its cases; a case whose name is not already visible becomes metadata ``case``. Codings get
the coder named by ``creatingUser`` (or ``onbekend``). Notes become memos on their target (coding,
document, code); notes on the project or on nothing become the project memo. Non-text sources
and selections are skipped and listed in the report.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wb.codebook import Code, Codebook
from wb.errors import (
    ConflictError,
    NotFoundError,
    NothingToDoError,
    RefiError,
    one_line,
    quote_name,
)
from wb.exports.refi_read import ProjectReader, RefiCode, RefiProject, decode_text, parse_codes
from wb.exports.refi_xml import child, local, parse_xml
from wb.exports.refi_zip import SafeArchive
from wb.store.codebooks import code_ids, codebook_exists, save_codebook
from wb.store.codings import add_coding, find_coding, get_memo, set_created, set_memo
from wb.store.documents import (
    content_hash,
    find_stored,
    get_metadata,
    insert_document,
    record_import,
    set_metadata,
)
from wb.store.project import Project, now

UNKNOWN_CODER = "onbekend"


@dataclass
class RefiImportReport:
    """What a .qdpx import did."""

    corpus: str
    codebook: str
    origin: str = ""
    documents_added: list[str] = field(default_factory=list)
    documents_unchanged: list[str] = field(default_factory=list)
    codes: int = 0
    codings: int = 0
    codings_existing: int = 0
    memos: int = 0
    renamed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A short Dutch summary for people."""
        lines = [
            f"REFI-import ({self.origin or 'onbekend programma'}) in corpus '{self.corpus}', "
            f"codeboek '{self.codebook}': {len(self.documents_added)} documenten nieuw, "
            f"{len(self.documents_unchanged)} al aanwezig, {self.codes} codes, "
            f"{self.codings} coderingen ({self.codings_existing} al aanwezig), "
            f"{self.memos} memo's, {len(self.skipped)} overgeslagen."
        ]
        lines += [f"  hernoemd: {old} -> {new}" for old, new in self.renamed]
        lines += [f"  overgeslagen: {what}: {why}" for what, why in self.skipped]
        lines += [f"  let op: {w}" for w in self.warnings]
        return "\n".join(one_line(line) for line in lines)  # names from the file stay on a line


# -- codebook -----------------------------------------------------------------------------------


def _clean_name(raw: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", raw).replace("/", "-").split())
    return name or "naamloos"


def build_codebook(
    name: str, codes: list[RefiCode], renamed: list[tuple[str, str]]
) -> tuple[Codebook, dict[str, str]]:
    """A wb codebook from a REFI code tree, and the map from code GUID to code path."""
    paths: dict[str, str] = {}

    def convert(items: list[RefiCode], parent: str) -> list[Code]:
        out: list[Code] = []
        used: set[str] = set()
        for item in items:
            base = _clean_name(item.name)
            unique, n = base, 1
            while unique.casefold() in used:
                n += 1
                unique = f"{base} ({n})"
            used.add(unique.casefold())
            path = f"{parent}/{unique}" if parent else unique
            original = f"{parent}/{item.name}" if parent else item.name
            if unique != item.name:
                renamed.append((original, path))
            paths.setdefault(item.guid, path)
            code = Code(name=unique, path=path, description=item.description, color=item.color)
            code.codes = convert(item.children, path)
            out.append(code)
        return out

    return Codebook(name=name, codes=convert(codes, "")), paths


def _merge(existing: Codebook, new: Codebook) -> Codebook:
    """Existing codes stay as they are (patterns too); new codes are added; gaps are filled."""

    def merge(old: list[Code], add: list[Code]) -> None:
        by_name = {c.name: c for c in old}
        for code in add:
            if code.name in by_name:
                target = by_name[code.name]
                target.description = target.description or code.description
                target.color = target.color or code.color
                merge(target.codes, code.codes)
            else:
                old.append(code)

    merge(existing.codes, new.codes)
    return existing


def _save(project: Project, codebook: Codebook) -> Codebook:
    from wb.store.codebooks import stored_codebook

    if codebook_exists(project, codebook.name):
        codebook = _merge(stored_codebook(project, codebook.name), codebook)
    save_codebook(project, codebook)
    return codebook


def import_qdc(project: Project, path: str | Path) -> Codebook:
    """Import a REFI-QDA .qdc codebook into the project (named after the file) and return it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            f"kan niet worden gelezen ({exc}); controleer het pad.", path=path
        ) from exc
    root = parse_xml(data, path=str(path))
    if local(root.tag) != "CodeBook":
        raise RefiError(
            f"is geen REFI-codeboek (hoofdelement <{local(root.tag)}>, verwacht <CodeBook>).",
            path=path,
        )
    codes = parse_codes(child(root, "Codes"))
    if not codes:
        raise NothingToDoError("bevat geen codes; er is niets geïmporteerd.", path=path)
    codebook, _ = build_codebook(_clean_name(path.stem), codes, [])
    with project.transaction():
        return _save(project, codebook)


# -- project ------------------------------------------------------------------------------------


def _find_qde(archive: SafeArchive) -> str:
    top = sorted(n for n in archive.members if "/" not in n and n.lower().endswith(".qde"))
    named = [n for n in top if n.lower() == "project.qde"]
    if named:
        return named[0]
    if len(top) == 1:
        return top[0]
    if not top:
        raise RefiError(
            "bevat geen project.qde (en ook geen ander .qde-bestand); het is geen REFI-project. "
            "Exporteer het project opnieuw als REFI-QDA-project (.qdpx).",
            path=archive.path,
        )
    raise RefiError(
        f"bevat meerdere projectbestanden ({', '.join(top)}) en geen project.qde; "
        "wb weet niet welke te gebruiken.",
        path=archive.path,
    )


def _file_reader(archive: SafeArchive) -> Any:
    def read(ref: str) -> tuple[str | None, str | None]:
        lowered = ref.lower()
        if lowered.startswith(("relative://", "absolute://", "file:")):
            return None, f"tekst staat buiten het archief ({ref}); wb leest alleen het archief"
        name = ref[len("internal://") :] if lowered.startswith("internal://") else ref
        member = archive.find(f"sources/{name}") or archive.find(name)
        if member is None:
            return None, f"bestand '{name}' ontbreekt in het archief"
        try:
            return decode_text(archive.read(member)), None
        except UnicodeDecodeError:
            return None, f"bestand '{member}' is geen UTF-8-tekst"

    return read


def _doc_path(raw: str, guid: str, used: set[str], report: RefiImportReport) -> str:
    base = unicodedata.normalize("NFC", raw.replace("\\", "/")).strip().strip("/")
    base = base or f"bron-{guid[:8]}.txt"
    path, n = base, 1
    while path in used:
        n += 1
        stem, dot, ext = base.rpartition(".")
        path = f"{stem} ({n}).{ext}" if dot and stem else f"{base} ({n})"
    if path != base:
        report.renamed.append((base, path))
    used.add(path)
    return path


def _metadata(refi: RefiProject, source_guid: str, source_name: str, values: dict) -> dict:
    names = {g: n for g, (n, _) in refi.variables.items()}
    meta = {names[g]: v for g, v in values.items() if names.get(g)}
    in_cases = [c for c in refi.cases if source_guid in c[2]]
    for _, case_values, _ in in_cases:
        for g, v in case_values.items():
            if names.get(g):
                meta.setdefault(names[g], v)
    visible = {str(v) for v in meta.values()} | {source_name}
    extra = [name for name, _, _ in in_cases if name and name not in visible]
    if extra and "case" not in meta:
        meta["case"] = "; ".join(extra)
    return meta


def _stamp(value: str | None) -> str | None:
    """A REFI dateTime as wb's UTC ISO timestamp (None when absent or unreadable)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class _Importer:
    """Stores one parsed REFI project inside the caller's transaction."""

    def __init__(self, project: Project, refi: RefiProject, report: RefiImportReport):
        self.project, self.refi, self.report = project, refi, report
        self.doc_ids: dict[str, int] = {}

    def coder(self, user_guid: str) -> str:
        return (self.refi.users.get(user_guid) or "").strip() or UNKNOWN_CODER

    def note_text(self, guids: list[str]) -> tuple[str, str] | None:
        found = [self.refi.notes[g] for g in guids if g in self.refi.notes]
        if not found:
            return None
        if len(found) == 1:
            return found[0][1], self.coder(found[0][2])
        text = "\n\n".join(f"{name}\n{body}" if name else body for name, body, _ in found)
        return text, self.coder(found[0][2])

    def memo(self, target: str, target_id: int | None, guids: list[str]) -> None:
        note = self.note_text(guids)
        if note is None or not note[0].strip():
            return
        text, coder = note
        old = get_memo(self.project, target, target_id)
        if old and text in old:
            return
        set_memo(self.project, target, target_id, f"{old}\n\n{text}" if old else text, coder)
        self.report.memos += 1

    def document(self, corpus: str, path: str, text: str, meta: dict[str, Any]) -> int:
        old = find_stored(self.project, corpus, path)
        if old is not None:
            if old.sha256 != content_hash(text):
                raise ConflictError(
                    f"document {quote_name(path)} staat al in corpus '{corpus}' met een andere "
                    "tekst; er is niets geïmporteerd. Kies een ander corpus (--corpus).",
                    path=str(self.project.path),
                )
            merged = {**get_metadata(self.project, old.id), **meta}
            set_metadata(self.project, old.id, merged)
            self.report.documents_unchanged.append(path)
            return old.id
        fmt = path.rpartition(".")[2].lower() if "." in path.rpartition("/")[2] else "txt"
        doc_id = insert_document(self.project, corpus, path, text, fmt=fmt, encoding="utf-8")
        set_metadata(self.project, doc_id, meta)
        self.report.documents_added.append(path)
        return doc_id

    def run(self, corpus: str, codebook: Codebook, paths: dict[str, str]) -> None:
        ids = code_ids(self.project, codebook.name)
        code_memo_guids: dict[str, list[str]] = {}

        def collect(items: list[RefiCode]) -> None:
            for item in items:
                code_memo_guids.setdefault(item.guid, []).extend(item.notes)
                collect(item.children)

        collect(self.refi.codes)
        used: set[str] = set()
        referenced = set(self.refi.project_notes)
        for src in self.refi.sources:
            if not src.text:
                self.report.skipped.append((f"TextSource '{src.name}'", "lege tekst"))
                continue
            path = _doc_path(src.name, src.guid, used, self.report)
            meta = _metadata(self.refi, src.guid, src.name, src.values)
            doc_id = self.document(corpus, path, src.text, meta)
            self.memo("document", doc_id, src.notes)
            referenced.update(src.notes)
            for coding in src.codings:
                referenced.update(coding.notes)
                self.coding(doc_id, path, src.text, coding, ids, paths)
        for guid, notes in code_memo_guids.items():
            referenced.update(notes)
            if guid in paths and paths[guid] in ids:
                self.memo("code", ids[paths[guid]], notes)
        loose = [g for g in self.refi.notes if g not in referenced]
        self.memo("project", None, self.refi.project_notes + loose)

    def coding(
        self, doc_id: int, path: str, text: str, coding: Any, ids: dict, paths: dict
    ) -> None:
        start = 0 if coding.start is None else coding.start
        end = len(text) if coding.end is None else min(coding.end, len(text))
        code_path = paths.get(coding.code)
        if code_path is None or code_path not in ids:
            self.report.skipped.append((f"codering in '{path}'", "verwijst naar onbekende code"))
            return
        if not 0 <= start < end:
            why = f"positie {coding.start}-{coding.end} ligt niet binnen de tekst"
            self.report.skipped.append((f"codering in '{path}'", why))
            return
        if coding.end is not None and end < coding.end:  # never clipped silently: reported
            self.report.warnings.append(
                f"codering '{code_path}' in '{path}' loopt tot positie {coding.end}, voorbij het "
                f"einde van de tekst ({len(text)} tekens); ingekort tot {start}-{end}. "
                "Controleer deze codering."
            )
        coder = self.coder(coding.user)
        existing = find_coding(self.project, doc_id, ids[code_path], coder, start, end)
        if existing is not None:
            self.report.codings_existing += 1
            coding_id = existing
        else:
            coding_id = add_coding(self.project, doc_id, ids[code_path], coder, start, end)
            stamp = _stamp(coding.created)
            if stamp:
                set_created(self.project, coding_id, stamp)
            self.report.codings += 1
        self.memo("coding", coding_id, coding.notes)


def import_qdpx(
    project: Project, path: str | Path, *, corpus: str | None = None
) -> RefiImportReport:
    """Import a REFI-QDA .qdpx project (sources, codes, codings, memos, metadata) in one go."""
    path = Path(path)
    archive = SafeArchive(path)
    try:
        qde = _find_qde(archive)
        root = parse_xml(archive.read(qde), path=str(path), member=qde)
        if local(root.tag) != "Project":
            raise RefiError(
                f"onderdeel '{qde}' is geen REFI-project (hoofdelement <{local(root.tag)}>).",
                path=path,
            )
        refi = ProjectReader(root, _file_reader(archive)).read()
    finally:
        archive.close()
    corpus = corpus or path.stem
    book_name = _clean_name(refi.name or path.stem)
    report = RefiImportReport(corpus=corpus, codebook=book_name, origin=refi.origin)
    report.skipped += refi.skipped
    codebook, paths = build_codebook(book_name, refi.codes, report.renamed)
    report.codes = len(codebook)
    started = now()
    with project.transaction():
        if codebook.codes:
            _save(project, codebook)
        _Importer(project, refi, report).run(corpus, codebook, paths)
        counts = (len(report.documents_added), 0, len(report.documents_unchanged))
        record_import(project, corpus, str(path.resolve()), started, counts, report.skipped)
    return report
