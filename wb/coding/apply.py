"""Run a codebook over documents and, if asked, store the suggestions as codings."""

from __future__ import annotations

from pathlib import Path

from wb.codebook import Codebook
from wb.coding.suggest import Suggester, Suggestion
from wb.corpus.importer import scan_folder
from wb.corpus.readers import read_document
from wb.store.codebooks import code_ids, save_codebook
from wb.store.documents import iter_documents
from wb.store.project import Project, now


def suggest_folder(codebook: Codebook, folder: Path, *, progress: bool = False) -> list[Suggestion]:
    """Suggestions for every document in a corpus folder (names relative to the folder)."""
    items = [
        (path.relative_to(folder).as_posix(), read_document(path).text)
        for path in scan_folder(folder)
    ]
    return Suggester(codebook).fit().suggest(items, progress=progress)


def suggest_project(
    project: Project, codebook: Codebook, *, corpus: str | None = None, progress: bool = False
) -> list[Suggestion]:
    """Suggestions for every document in a project (names are paths within their corpus)."""
    items = [(doc.path, doc.text) for doc in iter_documents(project, corpus)]
    return Suggester(codebook).fit().suggest(items, progress=progress)


def apply_suggestions(
    project: Project, codebook: Codebook, suggestions: list[Suggestion], coder: str
) -> int:
    """Store every suggestion as a coding by `coder` in one transaction; returns the count."""
    save_codebook(project, codebook)
    ids = code_ids(project, codebook.name)
    coder_id = project.coder_id(coder)
    docs = {doc.path: doc.id for doc in iter_documents(project)}
    stamp = now()
    with project.transaction() as conn:
        conn.executemany(
            'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", origin, rule, '
            "created_at) VALUES (?, ?, ?, ?, ?, 'auto', ?, ?)",
            [
                (docs[s.doc], ids[s.code], coder_id, s.start, s.end, s.rule, stamp)
                for s in suggestions
            ],
        )
    return len(suggestions)
