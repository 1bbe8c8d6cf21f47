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
    """Store the suggested passages as codings by `coder` in one transaction; returns the count.

    Several matches of one code in the same sentence make one coding, and a passage this coder
    already has with that code is not stored twice, so applying again adds nothing.
    """
    save_codebook(project, codebook)
    ids = code_ids(project, codebook.name)
    coder_id = project.coder_id(coder)
    docs = {doc.path: doc.id for doc in iter_documents(project)}
    existing = set(
        project.conn.execute(
            'SELECT doc_id, code_id, start, "end" FROM codings WHERE coder_id = ?', (coder_id,)
        )
    )
    rows = {}
    for s in suggestions:
        key = (docs[s.doc], ids[s.code], s.start, s.end)
        if key not in existing and key not in rows:
            rows[key] = s.rule
    stamp = now()
    with project.transaction() as conn:
        conn.executemany(
            'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", origin, rule, '
            "created_at) VALUES (?, ?, ?, ?, ?, 'auto', ?, ?)",
            [(d, c, coder_id, a, b, rule, stamp) for (d, c, a, b), rule in rows.items()],
        )
    return len(rows)


def suggestion_summary(suggestions: list[Suggestion]) -> str:
    """One Dutch line: matches, and the passages (sentence + code) that `--apply` would store.

    A sentence in which a code's patterns match several times gives several matches but one
    passage: apply_suggestions stores one coding per code and sentence.
    """
    passages = len({(s.doc, s.code, s.start, s.end) for s in suggestions})
    docs = len({s.doc for s in suggestions})
    codes = len({s.code for s in suggestions})
    return (
        f"{len(suggestions)} treffers in {passages} passages (zin + code), "
        f"in {docs} documenten voor {codes} codes. Een zin met meer treffers voor één code "
        "is één passage; --apply slaat per passage één codering op."
    )
