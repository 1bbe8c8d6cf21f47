"""The coding session behind the widget: every action stored at once, and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import parse_codebook
from wb.coding.session import CodingSession, suggestion_key
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store.codings import codings_table

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Gehoord
    patterns: [kind horen]
  - name: Samenwerking
    patterns: [samenwerken]
"""
)
TEXT_A = "De kinderen hoorden het nieuws. Daarna werkten de ouders samen.\n\nTweede alinea."
TEXT_B = "Een ander verslag zonder iets."


@pytest.fixture
def session(project, tmp_path: Path) -> CodingSession:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    import_folder(project, folder)
    return CodingSession(project, BOOK, "Anna")


def _stored(session: CodingSession) -> list[tuple]:
    table = codings_table(session.project)
    return list(zip(table["code"], table["coder"], table["start"], table["end"], strict=True))


def test_suggestions_accept_reject_and_undo(session: CodingSession) -> None:
    keys = [suggestion_key(s) for s in session.suggestions()]
    assert keys == ["Gehoord|0|31", "Samenwerking|32|63"]
    session.accept("Gehoord|0|31")
    assert _stored(session) == [("Gehoord", "Anna", 0, 31)]
    assert [suggestion_key(s) for s in session.suggestions()] == ["Samenwerking|32|63"]
    session.reject("Samenwerking|32|63")
    assert session.suggestions() == []
    assert session.undo() == "afwijzen van 'Samenwerking'"
    assert [suggestion_key(s) for s in session.suggestions()] == ["Samenwerking|32|63"]
    assert session.undo() == "coderen met 'Gehoord'"
    assert _stored(session) == []
    assert session.undo() is None


def test_rejection_is_stored_for_a_new_session(session: CodingSession) -> None:
    session.reject("Gehoord|0|31")
    again = CodingSession(session.project, BOOK, "Anna")
    assert [suggestion_key(s) for s in again.suggestions()] == ["Samenwerking|32|63"]
    other = CodingSession(session.project, BOOK, "Bram")
    assert len(other.suggestions()) == 2


def test_manual_code_resize_memo_delete_and_undo(session: CodingSession) -> None:
    coding = session.code(2, 13, "Gehoord")  # " kinderen h": leading space trimmed
    assert _stored(session) == [("Gehoord", "Anna", 3, 13)]
    session.resize(coding, 3, 19)
    assert session.codings()[0].text == "kinderen hoorden"
    session.memo(coding, "Kinderen hoorden het pas laat.")
    assert session.codings()[0].memo == "Kinderen hoorden het pas laat."
    session.delete(coding)
    assert _stored(session) == []
    session.undo()  # delete
    assert session.codings()[0].memo == "Kinderen hoorden het pas laat."
    assert session.codings()[0].text == "kinderen hoorden"
    session.undo()  # memo
    assert session.codings()[0].memo == ""
    session.undo()  # resize
    assert session.codings()[0].text == "kinderen h"


def test_adjusted_suggestion(session: CodingSession) -> None:
    session.adjust("Samenwerking|32|63", 39, 62)
    assert session.codings()[0].text == "werkten de ouders samen"
    assert session.codings()[0].origin == "suggestion"


def test_errors_are_clear(session: CodingSession) -> None:
    with pytest.raises(InputError, match="selectie is leeg"):
        session.code(63, 65, "Gehoord")
    with pytest.raises(InputError, match="staat niet in codeboek"):
        session.code(0, 5, "Onbekend")
    with pytest.raises(InputError, match="naam als codeur"):
        CodingSession(session.project, BOOK, "  ")


def test_navigation_state_and_code_search(session: CodingSession) -> None:
    assert session.document.path == "a.txt"
    assert session.next().path == "b.txt"
    assert session.next().path == "b.txt"
    assert session.suggestions() == []
    assert session.previous().path == "a.txt"
    state = session.state()
    assert state["document"] == {"index": 0, "path": "a.txt", "text": TEXT_A}
    assert state["documents"] == ["a.txt", "b.txt"]
    assert [c["path"] for c in state["codes"]] == ["Gehoord", "Samenwerking"]
    assert len(state["suggestions"]) == 2 and state["can_undo"] is False
    assert session.find_codes("samen") == ["Samenwerking"]
