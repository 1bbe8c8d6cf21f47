"""Run a codebook over documents and, if asked, store the suggestions as codings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wb.codebook import Codebook
from wb.coding.coded_whole import learn_whole
from wb.coding.suggest import Suggester, Suggestion
from wb.corpus.folder import read_folder_documents
from wb.errors import InvalidChoiceError
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_auto_codings
from wb.store.documents import iter_documents
from wb.store.done import done_codings
from wb.store.project import Project


def suggest_folder(codebook: Codebook, folder: Path, *, progress: bool = False) -> list[Suggestion]:
    """Suggestions for every document in a corpus folder (names relative to the folder); an
    empty document is skipped with a warning (:mod:`wb.corpus.folder`)."""
    read = {d.name: d.read for d in read_folder_documents(folder).documents}
    items = [(name, r.text) for name, r in read.items()]
    meta = {name: r.front_matter for name, r in read.items()}
    return Suggester(codebook, expand=True).fit().suggest(items, progress=progress, metadata=meta)


def suggest_project(
    project: Project,
    codebook: Codebook,
    *,
    corpus: str | None = None,
    progress: bool = False,
    coder: str | None = None,
) -> list[Suggestion]:
    """Suggestions for every document in a project; `doc` is 'corpus/path', `doc_id` its id.

    With `coder`, the suggestions first learn from the documents that coder marked done with
    this codebook ("Document klaar", :mod:`wb.coding.coded_whole`), and those get none.
    """
    docs = iter_documents(project, corpus)
    ids = {doc.label: doc.id for doc in docs}
    suggester = Suggester(codebook, expand=True).fit()
    done = done_codings(project, coder, codebook.name) if coder else {}
    done = {k: v for k, v in done.items() if k in ids.values()}
    if done:
        processed = dict(zip(ids.values(), suggester.nlp.pipe(d.text for d in docs), strict=True))
        suggester.fit_corpus(processed.values())
        for d in docs:
            if d.id in done:
                learn_whole(suggester, d.label, processed[d.id], done[d.id], d.metadata)
        rest = [d for d in docs if d.id not in done]
        found = [
            s for d in rest for s in suggester.suggest_doc(d.label, processed[d.id], d.metadata)
        ]
    else:
        found = suggester.suggest(
            [(d.label, d.text) for d in docs],
            progress=progress,
            metadata={d.label: d.metadata for d in docs},
        )
    return [replace(s, doc_id=ids[s.doc]) for s in found]


def apply_suggestions(
    project: Project, codebook: Codebook, suggestions: list[Suggestion], coder: str
) -> int:
    """Store the suggested passages as codings by `coder` in one transaction; returns the count.

    Several matches of one code in the same sentence make one coding, and a passage this coder
    already has with that code is not stored twice, so applying again adds nothing. Codebook,
    coder and codings are stored in one transaction: all of it, or nothing. Suggestions must
    come from :func:`suggest_project` (they carry the document id).
    """
    missing = [s.doc for s in suggestions if s.doc_id is None]
    if missing:
        raise InvalidChoiceError(
            f"suggestie zonder document-id ({missing[0]!r}); maak de suggesties met "
            "suggest_project op dit project."
        )
    with project.transaction():
        save_codebook(project, codebook)
        ids = code_ids(project, codebook.name)
        rows: dict[tuple[int, int, int, int], str | None] = {}
        for s in suggestions:
            rows.setdefault((s.doc_id, ids[s.code], s.start, s.end), s.rule)
        return add_auto_codings(project, coder, rows)


def suggestion_summary(suggestions: list[Suggestion]) -> str:
    """One Dutch line: matches, and the passages (sentence + code) that `--apply` would store.

    A sentence in which a code's patterns match several times gives several matches but one
    passage: apply_suggestions stores one coding per code and sentence.
    """
    passages = len({(s.doc, s.code, s.start, s.end) for s in suggestions})
    docs = len({s.doc for s in suggestions})
    codes = len({s.code for s in suggestions})
    return (
        f"{_count(len(suggestions), 'treffer', 'treffers')} in "
        f"{_count(passages, 'passage', 'passages')} (zin + code), "
        f"in {_count(docs, 'document', 'documenten')} voor {_count(codes, 'code', 'codes')}. "
        "Een zin met meer treffers voor één code is één passage; --apply slaat per passage "
        "één codering op."
    )


def _count(n: int, one: str, many: str) -> str:
    """A number with the Dutch singular or plural noun."""
    return f"{n} {one if n == 1 else many}"
