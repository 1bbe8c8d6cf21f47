"""Text of a corpus folder as the review page shows it, for the terminal and JSON of the CLI.

``wb labels``, ``wb reuse`` and ``wb code`` with ``--pseudonymise`` print and write passages
through wb's one pseudonymiser (:class:`wb.dossiers.pseudonymise.Pseudonymiser`), per dossier
in date order as the review page groups them, so a person has the same placeholder in the
terminal as on the review page. Offsets stay offsets into the original text; file names get the
dossier's placeholders as the copies of ``wb pseudonymise`` are named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.dossiers.pseudonymise import (
    Pseudonymised,
    Pseudonymiser,
    placeholder_mapping,
    pseudonymise_file_name,
)

if TYPE_CHECKING:
    from wb.store.documents import Document
    from wb.store.project import Project


@dataclass
class ShownTexts:
    """Pseudonymised texts and shown file names of a folder's documents, by relative path."""

    texts: dict[str, Pseudonymised]
    names: dict[str, str]

    def span(self, doc: str, start: int, end: int) -> str:
        """The text of [start, end) of the original, as shown (placeholders for names); empty
        for a document the folder does not hold (never its original text)."""
        masked = self.texts.get(doc)
        if masked is None:
            return ""
        return masked.text[masked.to_new(start) : masked.to_new(end, end=True)]

    def name(self, doc: str | None) -> str | None:
        """A document's file name as shown (None stays None)."""
        return None if doc is None else self.names.get(doc, doc)


def shown_folder(folder: Path, pseudonymiser: Pseudonymiser) -> ShownTexts:
    """Every document of a folder pseudonymised per dossier (date order), as the review page
    shows the same documents once imported."""
    from wb.corpus.dossiers import by_dossier, read_folder

    reports, _, _ = read_folder(Path(folder))
    texts: dict[str, Pseudonymised] = {}
    names: dict[str, str] = {}
    for group in by_dossier(reports).values():
        masked = pseudonymiser.dossier([r.text for r in group])
        mapping = placeholder_mapping(masked)
        for report, pseudo in zip(group, masked, strict=True):
            texts[report.doc] = pseudo
            names[report.doc] = pseudonymise_file_name(report.doc, mapping)
    return ShownTexts(texts, names)


def shown_labels(result: dict[str, Any], shown: ShownTexts) -> dict[str, Any]:
    """The ``wb labels`` JSON with text and file names as shown; offsets unchanged."""
    labels = [
        {
            **h,
            "doc": shown.name(h["doc"]),
            "text": shown.span(h["doc"], h["start"], h["end"]),
            "copied_from": shown.name(h.get("copied_from")),
            "first_seen": shown.name(h.get("first_seen")),
        }
        for h in result["labels"]
    ]
    return {**result, "labels": labels, "pseudonymised": True}


def shown_reuse(result: dict[str, Any], shown: ShownTexts) -> dict[str, Any]:
    """The ``wb reuse`` JSON with file names as shown; offsets unchanged."""
    passages = [
        {
            **p,
            **{
                side: {**p[side], "doc": shown.name(p[side]["doc"])}
                for side in ("target", "source", "origin")
                if isinstance(p.get(side), dict)
            },
        }
        for p in result["passages"]
    ]
    return {**result, "passages": passages, "pseudonymised": True}


def shown_project(project: Project) -> ShownTexts:
    """Every document of a project as the review page shows it, by 'corpus/path' label: the
    project's pseudonymiser (its keep and replace lists), per dossier."""
    from wb.dossiers.pseudonymise import pseudonymise_for_project
    from wb.store.documents import iter_documents

    pseudonymiser = pseudonymise_for_project(project)
    masked = pseudonymiser.documents(project)
    texts = {d.label: masked[d.id] for d in iter_documents(project)}
    return ShownTexts(texts, pseudonymiser.document_names(project))


def shown_metadata(project: Project, doc: Document, shown: ShownTexts) -> dict[str, Any]:
    """A document's metadata as the review page shows it: names in text values get the
    dossier's placeholders; the dossier and dates stay."""
    from wb.corpus.dossiers import dossier_of
    from wb.corpus.metadata import is_date_key
    from wb.dossiers.review import shown_value
    from wb.store.documents import iter_documents

    dossier = dossier_of(doc.metadata)
    group = [d for d in iter_documents(project) if dossier and dossier_of(d.metadata) == dossier]
    mapping = placeholder_mapping(shown.texts[d.label] for d in group or [doc])
    return {
        key: value
        if not isinstance(value, str) or key.lower() == "dossier" or is_date_key(key)
        else shown_value(value, mapping)
        for key, value in doc.metadata.items()
    }


def shown_suggestions(data: dict[str, Any], shown: ShownTexts) -> dict[str, Any]:
    """The ``wb code --json`` document with matched text and file names as shown; offsets
    unchanged."""
    suggestions = [
        {
            **s,
            "doc": shown.name(s["doc"]),
            "match": {
                **s["match"],
                "text": shown.span(s["doc"], s["match"]["start"], s["match"]["end"]),
            },
        }
        for s in data["suggestions"]
    ]
    return {**data, "suggestions": suggestions, "pseudonymised": True}
