"""Run the label and reuse analysis on a project's dossier reports and store the findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wb.corpus.dossiers import project_documents, project_reports
from wb.dossiers.judging import LABEL as JUDGING_LABEL
from wb.dossiers.judging import REASON as JUDGING_REASON
from wb.dossiers.labels import LabelFinder, label_report
from wb.dossiers.lexicon import Lexicon, load_lexicon
from wb.dossiers.reuse import ReuseDetector
from wb.dossiers.voice import self_terms
from wb.errors import NothingToDoError
from wb.progress import per_item, step
from wb.progress import reports as count
from wb.store.documents import Document
from wb.store.findings import Replaced, add_findings, findings, meta_value, replace_findings
from wb.store.project import Project

REASONS = {JUDGING_LABEL: JUDGING_REASON}  # why, for a label outside the lexicon
#: wb_meta key: the reports (document ids) the last analysis searched, as JSON.
ANALYSED_KEY = "dossiers_analysed"


def dossier_documents(project: Project, dossier: str | None = None) -> list[Document]:
    """Documents with a `dossier` metadata value (or of one dossier), in report order."""
    return project_documents(project, dossier=dossier)


def no_dossiers(project: Project) -> str:
    """Why a project has no dossier reports, in Dutch, with what to do in the user's own folders
    (those imported that still exist) and wb's example only where it exists."""
    from wb.config import example_hint, shown_path

    rows = project.conn.execute("SELECT DISTINCT folder FROM imports ORDER BY id").fetchall()
    folders = [shown_path(f) for (f,) in rows if Path(f).is_dir()]
    named = ["deze map" if f == "." else f for f in folders]
    where = f"in {' en '.join(named)} " if folders else "in de map met de rapporten "
    again = (
        f"importeer opnieuw: wb import {folders[0]} --project {project.path}"
        if len(folders) == 1
        else "importeer die map opnieuw met wb import"
    )
    example = example_hint("dossiers", "metadata.csv", lead="; zie ", tail="")
    return (
        "het project bevat geen dossierrapporten: geen document heeft een dossier. Zet "
        f"{where}een metadata.csv met de kolommen file, dossier en date (bijv. "
        f"verslag.txt,D1,2024-03-12{example}) en {again}."
    )


def analyse_dossiers(
    project: Project,
    lexicon: Lexicon | str | Path,
    *,
    judging: bool = False,
    progress: bool = False,
    fresh: bool = False,
) -> dict[str, int]:
    """Find labels and copied passages in the project's dossiers and store them as findings;
    ``judging`` adds the learned detector of judging language (:mod:`wb.dossiers.judging`)
    and the learned judge of person-aimed candidates (:mod:`wb.dossiers.aimed`).

    The algorithms see each report under its display name 'corpus/path', which is unique in a
    project; every stored span also carries the document id (``doc_id``), the identity the
    views use. ``progress`` says each step on stderr: a line for the copied passages and the
    pipeline, a bar per report while labels are searched.

    The findings are added to those stored; with ``fresh`` they replace them (a clean re-search,
    :func:`wb.store.findings.replace_findings`): what a reviewer decided on stays, with its
    decision. Either way everything is written in one transaction, after the search.
    """
    reports = project_reports(project)
    if not reports:
        raise NothingToDoError(no_dossiers(project), path=str(project.path))
    # the list first: a wrong file is said before minutes of work, and nothing is written
    lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    ids = {r.doc: r.doc_id for r in reports}
    metadata = {d.id: d.metadata for d in project_documents(project)}
    step(f"Overgenomen passages zoeken in {count(len(reports))}…", progress)
    passages = [_with_ids(p, ids) for p in ReuseDetector().fit(reports).to_dict()["passages"]]
    terms = {t.label: t for t in lexicon.terms}
    step("Taalmodel en labellijst laden…", progress)
    finder = LabelFinder(lexicon, judging=judging, aimed=judging).fit()
    meta = {r.doc: _lower(metadata[r.doc_id]) for r in reports}
    shown = per_item(reports, "Labels zoeken", "rapport", progress)
    hits = {
        r.doc: finder.find(
            r.doc, r.text, self_terms=self_terms(meta[r.doc], r.text), metadata=meta[r.doc]
        )
        for r in shown
    }
    names = [r.doc for r in reports]
    records = label_report(hits, names, {r.doc: r.dossier for r in reports}, passages)
    label_items = [
        {
            "doc_id": ids[r["doc"]],
            "start": r["start"],
            "end": r["end"],
            "key": r["label"],
            "payload": {
                **r,
                "doc_id": ids[r["doc"]],
                "first_seen_id": ids.get(r["first_seen"]),
                "copied_from_id": ids.get(r["copied_from"]),
                "why": terms[r["label"]].why
                if r["label"] in terms
                else REASONS.get(r["label"], ""),
                "alternative": terms[r["label"]].alternative if r["label"] in terms else "",
            },
        }
        for r in records
    ]
    reuse_items = [
        {
            "doc_id": p["target"]["doc_id"],
            "start": p["target"]["start"],
            "end": p["target"]["end"],
            "key": str(p["source"]["doc_id"]),
            "payload": p,
        }
        for p in passages
    ]
    found = {"label": label_items, "reuse": reuse_items}
    meta = {ANALYSED_KEY: _analysed(reports)}
    counts = {
        "labels": len(label_items),
        "passages": sum(1 for p in passages if not p["boilerplate"]),
        "boilerplate": sum(1 for p in passages if p["boilerplate"]),
    }
    if not fresh:
        add_findings(project, found, meta)
        return counts
    replaced: Replaced = replace_findings(project, found, meta)
    return {**counts, "new": replaced.new, "dropped": replaced.dropped, "earlier": replaced.earlier}


def _with_ids(passage: dict[str, Any], ids: dict[str, int | None]) -> dict[str, Any]:
    """A reuse passage whose spans also carry their document id."""
    out = dict(passage)
    for part in ("target", "source", "origin"):
        out[part] = {**passage[part], "doc_id": ids[passage[part]["doc"]]}
    return out


def ensure_analysed(
    project: Project, lexicon: Lexicon | str | Path, *, progress: bool = False
) -> bool:
    """Run the analysis when the project has no findings yet and these reports were not analysed
    before (a project whose reports hold nothing is not searched again at every start); True
    when it ran."""
    if findings(project):
        return False
    if meta_value(project, ANALYSED_KEY) == _analysed(project_reports(project)):
        return False
    analyse_dossiers(project, lexicon, progress=progress)
    return True


def _analysed(reports: list[Any]) -> str:
    """The reports an analysis searched, as stored under ANALYSED_KEY."""
    return json.dumps(sorted(r.doc_id for r in reports))


def _lower(meta: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in meta.items()}
