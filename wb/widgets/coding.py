"""The coding widget: a thin view over :class:`wb.coding.session.CodingSession`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from wb.codebook import Codebook
from wb.coding.session import CodingSession
from wb.errors import WbError
from wb.store.project import Project

STATIC = Path(__file__).resolve().parent / "static"
DETAIL_LIMIT = 200  # characters of an unexpected error's own text in the status line


class CodingWidget(anywidget.AnyWidget):
    """Shows a document with codings and suggestions; every click goes to the session."""

    _esm = STATIC / "coding.js"
    _css = STATIC / "coding.css"
    state = traitlets.Dict().tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)

    def __init__(self, session: CodingSession, **kwargs: Any):
        super().__init__(**kwargs)
        self.session = session
        self.on_msg(self._on_message)
        self.refresh()

    def refresh(self, message: str = "") -> None:
        """Send the session's current state to the browser."""
        self.state = self.session.state()
        self.message = message

    def handle(self, content: dict[str, Any]) -> str:
        """Carry out one action from the browser; returns a Dutch status message."""
        s = self.session
        action = content.get("action")
        if action == "code":
            s.code(int(content["start"]), int(content["end"]), str(content["code"]))
            return f"Gecodeerd als '{content['code']}' en opgeslagen."
        if action == "accept":
            s.accept(str(content["key"]))
            return "Suggestie geaccepteerd en opgeslagen."
        if action == "adjust":
            s.adjust(str(content["key"]), int(content["start"]), int(content["end"]))
            return "Suggestie met nieuwe grenzen opgeslagen."
        if action == "reject":
            s.reject(str(content["key"]))
            return "Suggestie afgewezen."
        if action == "resize":
            s.resize(int(content["id"]), int(content["start"]), int(content["end"]))
            return "Grenzen aangepast."
        if action == "delete":
            s.delete(int(content["id"]))
            return "Codering verwijderd."
        if action == "memo":
            s.memo(int(content["id"]), str(content["text"]))
            return "Memo opgeslagen."
        if action == "done":
            path = s.document.path
            if not s.mark_done():
                return f"'{path}' was al klaar gemeld. {s.learning_note()}"
            s.next_open()
            return f"'{path}' klaar gemeld en opgeslagen. {s.learning_note()}"
        if action == "reopen":
            if not s.reopen():
                return "Dit document was niet klaar gemeld."
            path = s.document.path
            return f"'{path}' weer geopend; wb leert er niet meer van als klaar document."
        if action == "undo":
            done = s.undo()
            return f"Ongedaan gemaakt: {done}." if done else "Er is niets om ongedaan te maken."
        if action == "open":
            s.open(int(content["index"]))
            return ""
        return f"Onbekende actie: {action}"

    def _on_message(self, _widget: Any, content: dict[str, Any], _buffers: Any) -> None:
        """Handle one browser message; any error becomes a Dutch status line, never silence."""
        try:
            message = self.handle(content)
        except WbError as exc:
            message = f"Let op: {exc}"
        except Exception as exc:  # a widget must never fail silently
            message = error_message(exc)
        try:
            self.refresh(message)
        except Exception as exc:
            self.message = error_message(exc)


def error_message(exc: BaseException) -> str:
    """A Dutch status line for an unexpected error: what happened, what to do, then the detail."""
    if isinstance(exc, sqlite3.ProgrammingError) and "closed" in str(exc):
        return (
            "Fout: het projectbestand is gesloten (project.close() is uitgevoerd). "
            "Open het project opnieuw en maak de codeerweergave opnieuw; er is niets opgeslagen."
        )
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    if len(detail) > DETAIL_LIMIT:
        detail = detail[: DETAIL_LIMIT - 1] + "…"
    return (
        "Fout: er ging iets mis in wb bij deze handeling; wat eerder is opgeslagen, blijft "
        "bewaard. Probeer het nog eens. Lukt het dan niet: start de kernel opnieuw (menu Kernel), "
        "voer de cellen opnieuw uit en meld het probleem, met de technische details hierna. "
        f"Technische details: {detail}"
    )


def coding_widget(
    project: Project, codebook: Codebook, coder: str, *, corpus: str | None = None
) -> CodingWidget:
    """A coding widget for `coder` over the documents of `project`."""
    return CodingWidget(CodingSession(project, codebook, coder, corpus=corpus))
