"""The review session behind the review page: flagged passages per dossier, pseudonymised.

Ervaringsdeskundigen judge each flagged passage (stored as "terecht" when wb's signal is right,
"niet terecht" when it is not), may add a comment, their own wording and, for a label, who says
it (the voice); decisions are stored in the project file per reviewer with the time, can be
changed, and undone per reviewer. All logic lives here, so it is tested without a browser.

Each item belongs to one group: ``label`` (a label applied to the family, voice asserted or
attributed), ``term`` (a label word that is only discussed or negated) or ``reuse`` (a passage
copied from an earlier report). Excerpts start and end on word boundaries; dates are Dutch.
An item a clean re-search no longer found is kept for its decision, marked ``earlier_search``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Protocol

from wb.store.documents import Document, iter_documents
from wb.store.findings import EARLIER, current_decisions, decide, findings, withdraw_last
from wb.store.project import Project

if TYPE_CHECKING:
    import pandas as pd

CONTEXT = 200
_WORDS = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s")
TERM_VOICES = ("discussed", "negated")


class Masked(Protocol):
    """A pseudonymised text with an offset map from the original."""

    text: str

    def to_new(self, offset: int, *, end: bool = False) -> int:
        """Offset in the pseudonymised text of an offset in the original."""
        ...


Pseudonymiser = Callable[[dict[str, str]], dict[str, Masked]]


def copied_words(source: str, target: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the words the two passages share, in source and in target."""
    a = [(m.start(), m.end()) for m in _WORDS.finditer(source)]
    b = [(m.start(), m.end()) for m in _WORDS.finditer(target)]
    wa = [source[s:e].lower() for s, e in a]
    wb = [target[s:e].lower() for s, e in b]
    left, right = [], []
    for block in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks():
        if block.size:
            left.append((a[block.a][0], a[block.a + block.size - 1][1]))
            right.append((b[block.b][0], b[block.b + block.size - 1][1]))
    return left, right


def word_bounds(text: str, a: int, b: int, s: int, e: int) -> tuple[int, int]:
    """Context bounds a <= s, e <= b moved inward so no word of the context is cut."""
    if 0 < a < s and not text[a - 1].isspace() and not text[a].isspace():
        m = _SPACE.search(text, a, s)
        a = m.end() if m else s
    if e < b < len(text) and not text[b].isspace() and not text[b - 1].isspace():
        while b > e and not text[b - 1].isspace():
            b -= 1
    return a, b


def document_title(doc: Document) -> str:
    """A document's title for readers (metadata title/titel, else its type, else its name)."""
    from wb.corpus.display import document_title as title

    return title(doc.path, doc.metadata)


def document_date(doc: Document) -> str:
    """A document's date the Dutch way (``28 juni 2022``), or "" when it has none."""
    from wb.corpus.display import dutch_date
    from wb.corpus.dossiers import report_date

    date = report_date(doc.metadata, doc.path)
    if date is not None:
        return dutch_date(date)
    return str(doc.metadata.get("date", doc.metadata.get("datum", "")))


def when(iso: str) -> str:
    """A stored UTC time stamp in local time, the Dutch way: ``3 december 2026, 09:15``."""
    from wb.corpus.display import dutch_date

    return dutch_date(datetime.datetime.fromisoformat(iso).astimezone())


def placeholders(masked: Iterable[Any]) -> dict[str, str]:
    """Original text -> placeholder of every replacement in one dossier's pseudonymised texts."""
    mapping: dict[str, str] = {}
    for text in masked:
        original = getattr(text, "original", "")
        for r in getattr(text, "replacements", ()):
            mapping.setdefault(original[r[0] : r[1]], r[5])
    return mapping


def shown_value(value: object, mapping: dict[str, str]) -> str:
    """A metadata value or memo as the dossier's texts show it: a name in it gets the placeholder
    it has in the texts, a name only this value holds the next free one (added to `mapping`)."""
    from wb.dossiers.pseudonymise import pseudonymise_cell

    text = "" if value is None else str(value)
    return pseudonymise_cell(text, mapping) if text.strip() else text


def shown_file(path: str, mapping: dict[str, str]) -> str:
    """A file name with the dossier's placeholders, as ``wb pseudonymise`` names its copies
    (see :func:`wb.dossiers.pseudonymise.pseudonymise_file_name`)."""
    from wb.dossiers.pseudonymise import pseudonymise_file_name

    return pseudonymise_file_name(path, mapping)


def item_group(kind: str, voice: str | None) -> str:
    """The group an item is shown in: label, term (discussed or negated) or reuse."""
    if kind == "label":
        return "term" if voice in TERM_VOICES else "label"
    return kind


class ReviewSession:
    """Flagged passages of a project's dossiers, shown pseudonymised, with decisions."""

    def __init__(self, project: Project, *, pseudonymiser: Pseudonymiser | None = None):
        self.project = project
        if pseudonymiser is None:
            from wb.dossiers.pseudonymise import pseudonymise_for_project

            pseudonymiser = pseudonymise_for_project(project).texts
        self._pseudonymise = pseudonymiser
        self._masked: dict[str, dict[int, Masked]] = {}
        self._mappings: dict[str, dict[str, str]] = {}

    def _documents(self) -> dict[int, Document]:
        return {d.id: d for d in iter_documents(self.project)}

    def dossiers(self) -> list[str]:
        """Dossier names (the `dossier` metadata column) that have findings."""
        docs = self._documents()
        names = {str(docs[f.doc_id].metadata.get("dossier", "")) for f in findings(self.project)}
        return sorted(n for n in names if n)

    def _dossier_docs(self, dossier: str) -> list[Document]:
        """The dossier's reports in date order (the order the analysis uses)."""
        from wb.corpus.dossiers import project_documents

        return project_documents(self.project, dossier=dossier)

    def _masked_texts(self, dossier: str, docs: list[Document]) -> dict[int, Masked]:
        if dossier not in self._masked:
            masked = self._pseudonymise({str(d.id): d.text for d in docs})
            self._masked[dossier] = {int(k): v for k, v in masked.items()}
        return self._masked[dossier]

    def shown(self, dossier: str, value: object) -> str:
        """A metadata value (title, organisation) as the dossier's texts show it (see
        :func:`shown_value`)."""
        if dossier not in self._mappings:
            masked = self._masked_texts(dossier, self._dossier_docs(dossier)).values()
            self._mappings[dossier] = placeholders(masked)
        return shown_value(value, self._mappings[dossier])

    def shown_file(self, dossier: str, path: str) -> str:
        """A file name as shown to readers (see :func:`shown_file`)."""
        if dossier not in self._mappings:
            self.shown(dossier, "")
        return shown_file(path, self._mappings[dossier])

    def title(self, dossier: str, doc: Document) -> str:
        """A document's title as shown to readers (from its metadata, or from its file name in
        words) with the dossier's placeholders, matched in any case (see :func:`shown_file`)."""
        return self.shown_file(dossier, document_title(doc))

    def _excerpt(self, masked: Masked, start: int, end: int) -> dict[str, Any]:
        s, e = masked.to_new(start), masked.to_new(end, end=True)
        text = masked.text
        a, b = word_bounds(text, max(0, s - CONTEXT), min(len(text), e + CONTEXT), s, e)
        return {
            "before": text[a:s],
            "text": text[s:e],
            "after": text[e:b],
            "cut_before": a > 0,
            "cut_after": b < len(text),
        }

    def progress(self, reviewer: str | None = None) -> list[dict[str, Any]]:
        """Per dossier: passages to judge and how many the reviewer (or anyone) has judged."""
        from wb.corpus.dossiers import dossier_of, project_documents

        dossier = {d.id: dossier_of(d.metadata) for d in project_documents(self.project)}
        decided = current_decisions(self.project, reviewer)
        counts: dict[str, list[int]] = {}
        for f in findings(self.project):
            if f.doc_id in dossier and not f.payload.get("boilerplate"):
                count = counts.setdefault(dossier[f.doc_id], [0, 0])
                count[0] += f.id in decided
                count[1] += 1
        return [
            {"dossier": name, "done": done, "total": total}
            for name, (done, total) in sorted(counts.items())
        ]

    def items(
        self, dossier: str, reviewer: str | None = None, *, decisions: bool = True
    ) -> list[dict[str, Any]]:
        """A dossier's flagged passages in report order, with context and `reviewer`'s decision
        (anyone's latest when `reviewer` is None; none with ``decisions=False``)."""
        docs = self._dossier_docs(dossier)
        order = {d.id: i for i, d in enumerate(docs)}
        by_id = {d.id: d for d in docs}
        masked = self._masked_texts(dossier, docs)
        decided = current_decisions(self.project, reviewer) if decisions else {}
        titles = {d.id: self.title(dossier, d) for d in docs}
        names = {d.id: ", ".join(filter(None, (titles[d.id], document_date(d)))) for d in docs}
        out = []
        for f in findings(self.project):
            if f.doc_id not in order or f.payload.get("boilerplate"):
                continue
            doc = docs[order[f.doc_id]]
            decision = decided.get(f.id)
            if decision is not None:
                decision = {**decision, "when": when(decision["at"])}
            item: dict[str, Any] = {
                "id": f.id,
                "kind": f.kind,
                "group": item_group(f.kind, f.payload.get("voice")),
                "doc": doc.label,
                "doc_id": doc.id,
                "title": titles[doc.id],
                "date": document_date(doc),
                "order": order[f.doc_id],
                "position": f.start,
                **self._excerpt(masked[doc.id], f.start, f.end),
                "decision": decision,
                "earlier_search": bool(f.payload.get(EARLIER)),
            }
            if f.kind == "label":
                item.update(
                    {
                        k: f.payload.get(k)
                        for k in (
                            "label",
                            "voice",
                            "why",
                            "alternative",
                            "first_seen",
                            "first_seen_id",
                            "copied_from",
                            "copied_from_id",
                        )
                    }
                )
                for key in ("first_seen", "copied_from"):
                    item[f"{key}_name"] = names.get(item[f"{key}_id"], item[key])
            elif f.kind == "reuse":
                src = f.payload["source"]
                source_doc = by_id.get(src.get("doc_id"))
                if source_doc is not None:
                    m = masked[source_doc.id]
                    item["source"] = {
                        "doc": source_doc.label,
                        "doc_id": source_doc.id,
                        "title": titles[source_doc.id],
                        "date": document_date(source_doc),
                        **self._excerpt(m, src["start"], src["end"]),
                    }
                    left, right = copied_words(item["source"]["text"], item["text"])
                    item["source"]["copied"] = left
                    item["copied"] = right
                origin = f.payload.get("origin", {})
                item["origin"] = origin.get("doc")
                item["origin_id"] = origin.get("doc_id")
                item["origin_name"] = names.get(item["origin_id"], item["origin"])
                item["similarity"] = f.payload.get("similarity")
            out.append(item)
        return sorted(out, key=lambda i: (i["order"], i["position"], i["id"]))

    def page_items(self, dossier: str, reviewer: str | None) -> list[dict[str, Any]]:
        """The items as the review page gets them: without a reviewer no decisions (no one
        else's decision may show as the reader's own), and every document name pseudonymised
        (the page holds only what it may show)."""
        items = self.items(dossier, reviewer, decisions=bool(reviewer))
        for item in items:
            for key in ("doc", "first_seen", "copied_from", "origin"):
                if item.get(key):
                    item[key] = self.shown_file(dossier, item[key])
            if item.get("source"):
                item["source"]["doc"] = self.shown_file(dossier, item["source"]["doc"])
        return items

    def page_decisions(self, table: pd.DataFrame) -> pd.DataFrame:
        """The decisions table as the review page hands it out: each document name with its
        dossier's placeholders, like everything else on the page."""
        from wb.corpus.dossiers import dossier_of, project_documents

        dossier = {
            (d.corpus, d.path): dossier_of(d.metadata) for d in project_documents(self.project)
        }
        out = table.copy()
        out["document"] = [
            self.shown_file(dossier.get((corpus, path), ""), path)
            for corpus, path in zip(out["corpus"], out["document"], strict=True)
        ]
        return out

    def decide(
        self,
        finding_id: int,
        reviewer: str,
        decision: str,
        comment: str = "",
        alternative: str = "",
        *,
        voice: str = "",
    ) -> int:
        """Store a decision (replacing this reviewer's earlier one on the same passage)."""
        return decide(
            self.project,
            finding_id,
            reviewer,
            decision,
            comment=comment,
            alternative=alternative,
            voice=voice,
        )

    def undo(self, reviewer: str) -> int | None:
        """Withdraw this reviewer's last decision (never another's); its passage id, or None."""
        return withdraw_last(self.project, reviewer)
