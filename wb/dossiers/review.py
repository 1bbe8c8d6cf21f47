"""The review session behind the review page: flagged passages per dossier, pseudonymised.

Ervaringsdeskundigen judge each flagged passage ("terecht gesignaleerd" / "niet terecht"), may
add a comment and their own wording; decisions are stored in the project file with reviewer and
time, can be changed, and undone. All logic lives here, so it is tested without a browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any, Protocol

from wb.store.documents import Document, iter_documents
from wb.store.findings import current_decisions, decide, findings, withdraw
from wb.store.project import Project

CONTEXT = 300
_WORDS = re.compile(r"\w+", re.UNICODE)


class Masked(Protocol):
    """A pseudonymised text with an offset map from the original."""

    text: str

    def to_new(self, offset: int, *, end: bool = False) -> int:
        """Offset in the pseudonymised text of an offset in the original."""
        ...


Pseudonymiser = Callable[[dict[str, str]], dict[str, Masked]]


def pseudonymise_texts(texts: dict[str, str]) -> dict[str, Masked]:
    """Pseudonymise one dossier's texts (given in date order) with consistent placeholders."""
    from wb.dossiers.pseudonymise import pseudonymise_dossier

    names = list(texts)
    return dict(zip(names, pseudonymise_dossier([texts[n] for n in names]), strict=True))


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


class ReviewSession:
    """Flagged passages of a project's dossiers, shown pseudonymised, with decisions."""

    def __init__(self, project: Project, *, pseudonymiser: Pseudonymiser | None = None):
        self.project = project
        self._pseudonymise = pseudonymiser or pseudonymise_texts
        self._masked: dict[str, dict[int, Masked]] = {}
        self._undo: list[int] = []

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

    def _excerpt(self, masked: Masked, start: int, end: int) -> dict[str, str]:
        s, e = masked.to_new(start), masked.to_new(end, end=True)
        text = masked.text
        a = max(0, s - CONTEXT)
        b = min(len(text), e + CONTEXT)
        return {"before": text[a:s], "text": text[s:e], "after": text[e:b]}

    def items(self, dossier: str) -> list[dict[str, Any]]:
        """Every flagged passage of a dossier, in report order, with context and decision."""
        docs = self._dossier_docs(dossier)
        order = {d.id: i for i, d in enumerate(docs)}
        by_id = {d.id: d for d in docs}
        masked = self._masked_texts(dossier, docs)
        decided = current_decisions(self.project)
        out = []
        for f in findings(self.project):
            if f.doc_id not in order or f.payload.get("boilerplate"):
                continue
            doc = docs[order[f.doc_id]]
            item: dict[str, Any] = {
                "id": f.id,
                "kind": f.kind,
                "doc": doc.label,
                "doc_id": doc.id,
                "date": str(doc.metadata.get("date", "")),
                "order": order[f.doc_id],
                "position": f.start,
                **self._excerpt(masked[doc.id], f.start, f.end),
                "decision": decided.get(f.id),
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
                            "copied_from",
                        )
                    }
                )
            elif f.kind == "reuse":
                src = f.payload["source"]
                source_doc = by_id.get(src.get("doc_id"))
                if source_doc is not None:
                    m = masked[source_doc.id]
                    item["source"] = {
                        "doc": source_doc.label,
                        "doc_id": source_doc.id,
                        **self._excerpt(m, src["start"], src["end"]),
                    }
                    left, right = copied_words(item["source"]["text"], item["text"])
                    item["source"]["copied"] = left
                    item["copied"] = right
                item["origin"] = f.payload.get("origin", {}).get("doc")
                item["similarity"] = f.payload.get("similarity")
            out.append(item)
        return sorted(out, key=lambda i: (i["order"], i["position"], i["id"]))

    def decide(
        self,
        finding_id: int,
        reviewer: str,
        decision: str,
        comment: str = "",
        alternative: str = "",
    ) -> int:
        """Store a decision (replacing an earlier one on the same passage)."""
        decision_id = decide(
            self.project, finding_id, reviewer, decision, comment=comment, alternative=alternative
        )
        self._undo.append(decision_id)
        return decision_id

    def undo(self) -> bool:
        """Withdraw the last decision of this session; False when there is none."""
        if not self._undo:
            return False
        withdraw(self.project, self._undo.pop())
        return True
