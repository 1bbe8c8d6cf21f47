"""Run the label and reuse analysis on a project's dossier reports and store the findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from wb.dossiers.labels import LabelFinder, label_report
from wb.dossiers.lexicon import Lexicon, load_lexicon
from wb.dossiers.reuse import Report, ReuseDetector
from wb.dossiers.voice import self_terms
from wb.errors import InputError
from wb.store.documents import Document, iter_documents
from wb.store.findings import findings, store_findings
from wb.store.project import Project


def dossier_documents(project: Project) -> list[Document]:
    """Documents with a `dossier` metadata value, in date order (then by name)."""
    docs = [d for d in iter_documents(project) if d.metadata.get("dossier") not in (None, "")]

    def key(d: Document) -> tuple[int, dt.date, str]:
        date = d.metadata.get("date", d.metadata.get("datum"))
        if isinstance(date, dt.date):
            return (0, date, d.path)
        return (1, dt.date.min, d.path)

    return sorted(docs, key=key)


def analyse_dossiers(project: Project, lexicon: Lexicon | str | Path) -> dict[str, int]:
    """Find labels and copied passages in the project's dossiers and store them as findings."""
    docs = dossier_documents(project)
    if not docs:
        raise InputError(
            "het project bevat geen dossierrapporten: importeer een map met een metadata.csv "
            "met de kolommen dossier en date (zie corpora/dossiers).",
            path=str(project.path),
        )
    names = [_name(d) for d in docs]
    by_name = dict(zip(names, docs, strict=True))
    reports = [
        Report(n, str(d.metadata["dossier"]), d.metadata.get("date"), d.text)
        for n, d in zip(names, docs, strict=True)
    ]
    detector = ReuseDetector().fit(reports)
    passages = detector.to_dict()["passages"]
    lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    terms = {t.label: t for t in lexicon.terms}
    finder = LabelFinder(lexicon).fit()
    hits = {
        n: finder.find(n, d.text, self_terms=self_terms(_lower(d.metadata), d.text))
        for n, d in by_name.items()
    }
    dossier_of = {n: str(d.metadata["dossier"]) for n, d in by_name.items()}
    records = label_report(hits, names, dossier_of, passages)
    label_items = [
        {
            "doc_id": by_name[r["doc"]].id,
            "start": r["start"],
            "end": r["end"],
            "key": r["label"],
            "payload": {
                **r,
                "why": terms[r["label"]].why if r["label"] in terms else "",
                "alternative": terms[r["label"]].alternative if r["label"] in terms else "",
            },
        }
        for r in records
    ]
    reuse_items = [
        {
            "doc_id": by_name[p["target"]["doc"]].id,
            "start": p["target"]["start"],
            "end": p["target"]["end"],
            "key": p["source"]["doc"],
            "payload": p,
        }
        for p in passages
    ]
    store_findings(project, "label", label_items)
    store_findings(project, "reuse", reuse_items)
    return {
        "labels": len(label_items),
        "passages": sum(1 for p in passages if not p["boilerplate"]),
        "boilerplate": sum(1 for p in passages if p["boilerplate"]),
    }


def ensure_analysed(project: Project, lexicon: Lexicon | str | Path) -> bool:
    """Run the analysis when the project has no findings yet; True when it ran."""
    if findings(project):
        return False
    analyse_dossiers(project, lexicon)
    return True


def _name(doc: Document) -> str:
    return doc.path


def _lower(meta: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in meta.items()}
