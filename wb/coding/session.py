"""A coding session: one coder, one codebook, the documents of a project, with undo.

All logic of the coding widget lives here, so it is tested without a browser. Every action is
stored in the project file at once; undo reverses the last action, also in the file.

A coder who has coded a document fully marks it done ("Document klaar", :meth:`mark_done`).
The suggestions then learn from that document whole (``Suggester.learn_document``: every
sentence the coder left uncoded counts as refused), among which how far this coder's codes
reach around the codebook's own evidence (:mod:`wb.coding.coder_reach`, from two documents
done); the documents not yet done get fresh suggestions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wb.codebook import Codebook
from wb.coding.coded_whole import learn_whole
from wb.coding.evaluate import sentence_index
from wb.coding.suggest import Suggester, Suggestion, ranked, sentence_features
from wb.coding.suggestion import BEYOND_RULES
from wb.errors import InvalidChoiceError, NothingToDoError, UnknownItemError
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import (
    add_coding,
    coding_record,
    delete_coding,
    document_codings,
    get_memo,
    reject_suggestion,
    rejected_suggestions,
    restore_coding,
    set_memo,
    set_span,
    withdraw_rejection,
)
from wb.store.documents import Document, get_document, iter_documents
from wb.store.done import done_documents, mark_done, reopen_done
from wb.store.project import Project

NOTE_LOOKS_AT = 8
"""The learning note counts the reach's suggestions in at most this many open documents, the
ones after the current document (the coder opens them next; their suggestions stay cached)."""


def _count(n: int, one: str, many: str) -> str:
    """'1 zin', '3 zinnen': a number with its noun in Dutch."""
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class CodingView:
    """A coding as the widget shows it."""

    id: int
    code: str
    coder: str
    start: int
    end: int
    text: str
    memo: str
    origin: str


def suggestion_key(s: Suggestion) -> str:
    """Stable key of a suggestion within a document: code and sentence span."""
    return f"{s.code}|{s.start}|{s.end}"


class CodingSession:
    """State of one coder coding the documents of a project against a codebook."""

    def __init__(
        self,
        project: Project,
        codebook: Codebook,
        coder: str,
        *,
        corpus: str | None = None,
        suggest: bool = True,
        options: Mapping[str, Any] | None = None,
    ):
        if not coder.strip():
            raise InvalidChoiceError("Vul eerst uw naam als codeur in.")
        self.project = project
        self.codebook = codebook
        self.coder = coder.strip()
        self.corpus = corpus
        self.codebook_id = save_codebook(project, codebook)
        self.code_ids = code_ids(project, codebook.name)
        self.coder_id = project.coder_id(self.coder)
        self.documents: list[Document] = iter_documents(project, corpus)
        if not self.documents:
            raise NothingToDoError(
                "Het project bevat nog geen documenten; importeer eerst een map."
            )
        self.index = 0
        self._suggestions: dict[int, list[Suggestion]] = {}
        self._undo: list[tuple[str, Callable[[], None]]] = []
        self._suggester = None
        self._starts: dict[int, list[int]] = {}  # sentence starts of the coded documents
        self._processed: dict[int, tuple[str, Any]] = {}  # doc id: (text, spaCy Doc)
        if suggest:
            # `options` go to the suggestion model (wb.coding.rank.CodeModel), e.g. use_nearest
            self._suggester = Suggester(codebook, expand=True, **(options or {})).fit()
            nlp = self._suggester.nlp
            self._suggester.fit_corpus(nlp.pipe(d.text for d in self.documents))
            self._relearn()

    # -- navigation -----------------------------------------------------------------------
    @property
    def document(self) -> Document:
        """The document being coded."""
        return self.documents[self.index]

    def open(self, ref: int | str) -> Document:
        """Go to a document by position in the list or by its path."""
        if isinstance(ref, int):
            if not 0 <= ref < len(self.documents):
                raise UnknownItemError(
                    f"document {ref} bestaat niet (0-{len(self.documents) - 1})."
                )
            self.index = ref
        else:
            paths = [d.path for d in self.documents]
            if ref not in paths:
                raise UnknownItemError(f"document '{ref}' staat niet in deze sessie.")
            self.index = paths.index(ref)
        self.documents[self.index] = get_document(self.project, self.document.id)
        return self.document

    def next(self) -> Document:
        """Go to the next document (stays at the last)."""
        return self.open(min(self.index + 1, len(self.documents) - 1))

    def previous(self) -> Document:
        """Go to the previous document (stays at the first)."""
        return self.open(max(self.index - 1, 0))

    # -- what is shown ----------------------------------------------------------------------
    def codings(self, *, all_coders: bool = False) -> list[CodingView]:
        """Codings of the current document (by this coder unless `all_coders`)."""
        rows = document_codings(
            self.project, self.document.id, None if all_coders else self.coder_id
        )
        text = self.document.text
        return [
            CodingView(i, code, coder, s, e, text[s:e], get_memo(self.project, "coding", i), o)
            for i, code, coder, s, e, o in rows
        ]

    def suggestions(self) -> list[Suggestion]:
        """Suggestions for the current document not yet accepted, adjusted or rejected (none
        in a document marked done: the coder left its other sentences uncoded on purpose)."""
        if self._suggester is None or self.is_done:
            return []
        return self._open_suggestions(self.document)

    def _open_suggestions(self, doc: Document) -> list[Suggestion]:
        """The suggestions for `doc` not yet accepted, adjusted or rejected by this coder."""
        assert self._suggester is not None
        if doc.id not in self._suggestions:
            self._suggestions[doc.id] = self._suggester.suggest_doc(
                doc.path, self._nlp(doc), doc.metadata
            )
        decided = rejected_suggestions(self.project, doc.id, self.coder_id)
        coded = {
            (code, start, end)
            for _, code, _, start, end, _ in document_codings(self.project, doc.id, self.coder_id)
        }
        seen: set[str] = set()
        out = []
        for s in self._suggestions[doc.id]:
            key = suggestion_key(s)
            if key in seen or (s.code, s.start, s.end) in decided | coded:
                continue
            seen.add(key)
            out.append(s)
        return out

    def find_codes(self, query: str = "") -> list[str]:
        """Code paths whose path, description or examples contain `query` (case-insensitive)."""
        q = query.strip().lower()
        out = []
        for code in self.codebook.walk():
            haystack = " ".join([code.path, code.description, *code.examples]).lower()
            if q in haystack:
                out.append(code.path)
        return out

    # -- actions (each stored at once, each undoable) --------------------------------------
    def code(self, start: int, end: int, code: str, *, origin: str = "manual") -> int:
        """Code the span [start, end) of the current document with `code`."""
        code_id = self._code_id(code)
        start, end = self._trim(start, end)
        coding_id = add_coding(
            self.project, self.document.id, code_id, self.coder, start, end, origin=origin
        )
        self._push(f"coderen met '{code}'", lambda: delete_coding(self.project, coding_id))
        if self.is_done:
            self._relearn()  # a document done is learned whole, with this coding
        else:
            self._learn(self.document, start, end, code, True)
        return coding_id

    def accept(self, key: str) -> int:
        """Accept a suggestion: store its sentence as a coding."""
        s = self._suggestion(key)
        return self.code(s.start, s.end, s.code, origin="suggestion")

    def adjust(self, key: str, start: int, end: int) -> int:
        """Accept a suggestion with other boundaries."""
        s = self._suggestion(key)
        return self.code(start, end, s.code, origin="suggestion")

    def reject(self, key: str) -> None:
        """Reject a suggestion; it is not shown again to this coder."""
        s = self._suggestion(key)
        code_id = self._code_id(s.code)
        decision_id = reject_suggestion(
            self.project, self.document.id, code_id, self.coder_id, s.start, s.end
        )
        self._push(
            f"afwijzen van '{s.code}'",
            lambda: withdraw_rejection(self.project, decision_id),
        )
        self._learn(self.document, s.start, s.end, s.code, False)

    def resize(self, coding_id: int, start: int, end: int) -> None:
        """Change the boundaries of one of this coder's codings."""
        old = self._own_coding(coding_id)
        start, end = self._trim(start, end)
        self._set_span(coding_id, start, end)
        self._push("grenzen aanpassen", lambda: self._set_span(coding_id, old.start, old.end))
        if self.is_done:
            self._relearn()

    def delete(self, coding_id: int) -> None:
        """Delete one of this coder's codings (with its memo)."""
        old = self._own_coding(coding_id)
        record = coding_record(self.project, coding_id)
        delete_coding(self.project, coding_id)

        def restore() -> None:
            restore_coding(self.project, record)
            if old.memo:
                set_memo(self.project, "coding", coding_id, old.memo, self.coder)

        self._push(f"verwijderen van codering '{old.code}'", restore)
        self._relearn()

    def memo(self, coding_id: int, text: str) -> None:
        """Write the memo of one of this coder's codings."""
        old = self._own_coding(coding_id).memo
        set_memo(self.project, "coding", coding_id, text, self.coder)
        self._push(
            "memo schrijven", lambda: set_memo(self.project, "coding", coding_id, old, self.coder)
        )

    # -- documents done ---------------------------------------------------------------------
    @property
    def done(self) -> set[int]:
        """Ids of the documents this coder marked as fully coded with this codebook."""
        return done_documents(self.project, self.coder_id, self.codebook_id)

    @property
    def is_done(self) -> bool:
        """True when the current document is marked done."""
        return self.document.id in self.done

    def mark_done(self) -> bool:
        """Mark the current document as fully coded ("Document klaar") and learn from it whole;
        False (and nothing to undo) when it was marked already."""
        doc = self.document
        if not mark_done(self.project, doc.id, self.coder_id, self.codebook_id):
            return False
        self._push(
            f"klaar melden van '{doc.path}'",
            lambda: reopen_done(self.project, doc.id, self.coder_id, self.codebook_id),
        )
        self._relearn()
        return True

    def reopen(self) -> bool:
        """Take the done mark off the current document ("Document weer openen"); False (and
        nothing to undo) when it was not marked."""
        doc = self.document
        if not reopen_done(self.project, doc.id, self.coder_id, self.codebook_id):
            return False
        self._push(
            f"weer openen van '{doc.path}'",
            lambda: mark_done(self.project, doc.id, self.coder_id, self.codebook_id),
        )
        self._relearn()
        return True

    def next_open(self) -> Document:
        """Go to the first document after this one that is not done (else the first before it;
        stays when every document is done)."""
        done = self.done
        n = len(self.documents)
        for step in range(1, n):
            k = (self.index + step) % n
            if self.documents[k].id not in done:
                return self.open(k)
        return self.document

    def learning_note(self) -> str:
        """One Dutch line: what the suggestions learned from the documents marked done."""
        if self._suggester is None:
            return ""
        ids = {d.id for d in self.documents}
        n = len(self.done & ids)
        if n == 0:
            return (
                "Hebt u een document helemaal gecodeerd? Meld het met 'Document klaar': vanaf "
                "twee klare documenten leert wb hoe ver uw codes reiken."
            )
        if n == 1:
            return "1 document klaar; na nog één leert wb hoe ver uw codes reiken."
        reach = self._suggester.reach_model()
        if reach is None:
            return f"{n} documenten klaar."
        if reach.threshold_ is None:
            share = round(10 * reach.precision)
            return (
                f"{n} documenten klaar; wb ziet daarin nog niet dat u steeds verder codeert dan "
                "het codeboek vindt (het voegt pas zinnen toe als dat in uw klare documenten "
                f"minstens {share} van de 10 keer klopte)."
            )
        learned = f"{n} documenten klaar; wb leerde daaruit hoe ver uw codes reiken"
        done = self.done
        n_docs = len(self.documents)
        order = [self.documents[(self.index + k) % n_docs] for k in range(1, n_docs + 1)]
        others = [d for d in order if d.id not in done]
        if not others:
            return f"{learned}; er is geen document meer dat nog niet klaar is."
        looked = others[:NOTE_LOOKS_AT]
        found = Counter(
            d.id
            for d in looked
            for s in self._open_suggestions(d)
            if s.rule == BEYOND_RULES["reach"]
        )
        rest = "het andere document" if len(others) == 1 else f"de {len(others)} andere documenten"
        if len(looked) < len(others):
            rest = f"de eerste {len(looked)} van {rest}"
            later = " (de overige telt wb pas als u ze opent)"
            at_least = "minstens "
        else:
            later = at_least = ""
        if not found:
            return f"{learned}, maar stelt daarom in {rest} (nog) geen zin extra voor{later}."
        where = rest if len(others) == 1 else f"{len(found)} van {rest}"
        sentences = _count(found.total(), "zin", "zinnen")
        return (
            f"{learned} en stelt daarom {at_least}{sentences} extra voor in {where}{later}, "
            "met als reden 'zoals in de documenten die u codeerde …'."
        )

    def undo(self) -> str | None:
        """Reverse the last action (in the project file too); returns what was undone."""
        if not self._undo:
            return None
        label, action = self._undo.pop()
        action()
        self._relearn()
        return label

    @property
    def can_undo(self) -> bool:
        """True when there is an action to undo."""
        return bool(self._undo)

    def state(self) -> dict[str, Any]:
        """Everything the widget needs to draw the current document (JSON-ready)."""
        doc = self.document
        done = self.done
        colors = {c.path: self.codebook.color_of(c.path) for c in self.codebook.walk()}
        return {
            "coder": self.coder,
            "document": {"index": self.index, "path": doc.path, "text": doc.text},
            "documents": [d.path for d in self.documents],
            "done": [k for k, d in enumerate(self.documents) if d.id in done],
            "learning": self.learning_note(),
            "codes": [{"path": p, "color": c} for p, c in colors.items()],
            "codings": [
                {**c.__dict__, "color": colors.get(c.code, "#999999")} for c in self.codings()
            ],
            "suggestions": [
                {
                    "key": suggestion_key(s),
                    "code": s.code,
                    "start": s.start,
                    "end": s.end,
                    "match_start": s.match_start,
                    "match_end": s.match_end,
                    "rule": s.rule,
                    "reason": s.why,
                    "score": round(s.score, 3),
                    "color": colors.get(s.code, "#999999"),
                }
                for s in ranked(self.suggestions())
            ],
            "can_undo": self.can_undo,
        }

    # -- learning from this coder's decisions -------------------------------------------------
    def _learn(self, doc: Document, start: int, end: int, code: str, accepted: bool) -> None:
        """Let the suggestions learn from one decision, then suggest afresh."""
        if self._suggester is None or self._suggester.model_ is None:
            return
        text = doc.text[start:end]
        feats = frozenset().union(*(sentence_features(s) for s in self._suggester.nlp(text).sents))
        model = self._suggester.model_
        model.learn(
            code, feats, accepted=accepted, text=text.strip(), rejected=not accepted, group=doc.id
        )
        if accepted:
            self._learn_runs(doc)
        self._suggestions.clear()

    def _learn_runs(self, doc: Document) -> None:
        """Tell the suggester which sentences of `doc` this coder coded with which codes (a
        code the coder gives to runs of sentences carries to a suggested sentence's neighbour)."""
        assert self._suggester is not None
        if doc.id not in self._starts:
            self._starts[doc.id] = [s.start_char for s in self._suggester.nlp(doc.text).sents]
        starts = self._starts[doc.id]
        codes: list[set[str]] = [set() for _ in starts]
        for _, code, _, start, end, _ in document_codings(self.project, doc.id, self.coder_id):
            first = sentence_index(starts, start)
            for i in range(first, max(first, sentence_index(starts, max(start, end - 1))) + 1):
                codes[i].add(code)
        self._suggester.learn_runs(doc.id, codes)

    def _relearn(self) -> None:
        """Learn again from every coding and rejection of this coder stored in the project; a
        document marked done is learned whole, the documents in the session's order."""
        if self._suggester is None or self._suggester.model_ is None:
            return
        self._suggester.forget()
        done = self.done
        for doc in self.documents:
            rows = [
                (c, a, b)
                for _, c, _, a, b, _ in document_codings(self.project, doc.id, self.coder_id)
            ]
            if doc.id in done:
                self._learn_document(doc, rows)
            else:
                for code, start, end in rows:
                    self._learn(doc, start, end, code, True)
            for code, start, end in rejected_suggestions(self.project, doc.id, self.coder_id):
                self._learn(doc, start, end, code, False)
        self._suggestions.clear()

    def _learn_document(self, doc: Document, codings: list[tuple[str, int, int]]) -> None:
        """Learn from a document marked done (:mod:`wb.coding.coded_whole`)."""
        assert self._suggester is not None
        learn_whole(self._suggester, doc.path, self._nlp(doc), codings, doc.metadata)

    def _nlp(self, doc: Document) -> Any:
        """The processed document (kept while its text stays the same)."""
        assert self._suggester is not None
        kept = self._processed.get(doc.id)
        if kept is None or kept[0] != doc.text:
            kept = self._processed[doc.id] = (doc.text, self._suggester.nlp(doc.text))
        return kept[1]

    # -- helpers ---------------------------------------------------------------------------
    def _push(self, label: str, action: Callable[[], None]) -> None:
        """Remember how to undo an action; `label` names what the coder did ("coderen met 'X'"),
        so the widget's "Ongedaan gemaakt: {label}." says what is now undone."""
        self._undo.append((label, action))

    def _code_id(self, code: str) -> int:
        if code not in self.code_ids:
            raise UnknownItemError(f"code '{code}' staat niet in codeboek '{self.codebook.name}'.")
        return self.code_ids[code]

    def _suggestion(self, key: str) -> Suggestion:
        for s in self.suggestions():
            if suggestion_key(s) == key:
                return s
        raise UnknownItemError(
            "deze suggestie is er niet meer (al beoordeeld?); ververs de weergave."
        )

    def _own_coding(self, coding_id: int) -> CodingView:
        for c in self.codings():
            if c.id == coding_id:
                return c
        raise UnknownItemError("deze codering hoort niet bij u of bij dit document.")

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Clamp to the document and drop surrounding whitespace."""
        text = self.document.text
        start, end = max(0, min(start, end)), min(len(text), max(start, end))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            raise InvalidChoiceError("selecteer eerst een stuk tekst (de selectie is leeg).")
        return start, end

    def _set_span(self, coding_id: int, start: int, end: int) -> None:
        set_span(self.project, coding_id, start, end)
