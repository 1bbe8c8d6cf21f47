"""The coding widget's Python side: messages from the browser go to the session."""

from __future__ import annotations

from pathlib import Path

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.store.codings import codings_table
from wb.widgets import coding_widget

BOOK = parse_codebook("name: proef\ncodes:\n  - name: Gehoord\n    patterns: [kind horen]\n")


def test_messages_code_accept_undo_and_errors(project, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De kinderen hoorden het. Verder 🙂 niets.", encoding="utf-8")
    import_folder(project, folder)
    widget = coding_widget(project, BOOK, "Anna")
    assert widget.state["suggestions"][0]["key"] == "Gehoord|0|24"
    widget._on_message(widget, {"action": "accept", "key": "Gehoord|0|24"}, [])
    assert widget.message == "Suggestie geaccepteerd en opgeslagen."
    widget._on_message(widget, {"action": "code", "code": "Gehoord", "start": 32, "end": 40}, [])
    table = codings_table(project)
    assert list(zip(table["start"], table["end"], table["text"], strict=True)) == [
        (0, 24, "De kinderen hoorden het."),
        (32, 40, "🙂 niets."),
    ]
    widget._on_message(widget, {"action": "undo"}, [])
    assert widget.message == "Ongedaan gemaakt: coderen met 'Gehoord'."
    widget._on_message(widget, {"action": "code", "code": "Onbekend", "start": 0, "end": 2}, [])
    assert widget.message.startswith("Let op: ")
    assert len(widget.state["codings"]) == 1


def test_a_closed_project_gives_a_dutch_status_line(tmp_path: Path) -> None:
    from wb.store import open_project

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De kinderen hoorden het.", encoding="utf-8")
    project = open_project(tmp_path / "p.wbproj")
    import_folder(project, folder)
    widget = coding_widget(project, BOOK, "Anna")
    assert widget.state["suggestions"][0]["reason"] == "lemma's na elkaar: kind horen"
    widget._on_message(widget, {"action": "open", "index": "x"}, [])
    assert widget.message == (
        "Fout: er ging iets mis in wb bij deze handeling; wat eerder is opgeslagen, blijft "
        "bewaard. Probeer het nog eens. Lukt het dan niet: start de kernel opnieuw (menu Kernel), "
        "voer de cellen opnieuw uit en meld het probleem, met de technische details hierna. "
        "Technische details: ValueError: invalid literal for int() with base 10: 'x'"
    )
    project.close()
    widget._on_message(widget, {"action": "accept", "key": "Gehoord|0|24"}, [])
    assert widget.message == (
        "Fout: het projectbestand is gesloten (project.close() is uitgevoerd). "
        "Open het project opnieuw en maak de codeerweergave opnieuw; er is niets opgeslagen."
    )


def test_document_klaar_and_weer_openen(project, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De kinderen hoorden het.", encoding="utf-8")
    (folder / "b.txt").write_text("Ook hier hoorde het kind niets.", encoding="utf-8")
    import_folder(project, folder)
    widget = coding_widget(project, BOOK, "Anna")
    assert widget.state["done"] == []
    widget._on_message(widget, {"action": "accept", "key": "Gehoord|0|24"}, [])
    widget._on_message(widget, {"action": "done"}, [])
    assert widget.message == (
        "'a.txt' klaar gemeld en opgeslagen. "
        "1 document klaar; na nog één leert wb hoe ver uw codes reiken."
    )
    assert widget.state["done"] == [0]
    assert widget.state["document"]["path"] == "b.txt"  # on to the next document not done
    widget._on_message(widget, {"action": "open", "index": 0}, [])
    assert widget.state["suggestions"] == []
    widget._on_message(widget, {"action": "done"}, [])
    assert widget.message.startswith("'a.txt' was al klaar gemeld.")
    widget._on_message(widget, {"action": "reopen"}, [])
    assert widget.message == "'a.txt' weer geopend; wb leert er niet meer van als klaar document."
    assert widget.state["done"] == []
    widget._on_message(widget, {"action": "undo"}, [])
    assert widget.message == "Ongedaan gemaakt: weer openen van 'a.txt'."
    assert widget.state["done"] == [0]


def test_an_unexpected_error_keeps_its_detail_last_on_one_short_line() -> None:
    from wb.widgets.coding import error_message

    line = error_message(RuntimeError("eerste regel\n  Traceback:\n" + "x" * 300))
    assert line.startswith("Fout: er ging iets mis in wb bij deze handeling;")
    assert "\n" not in line
    detail = line.split("Technische details: ")[1]
    assert detail == "RuntimeError: eerste regel Traceback: " + "x" * 161 + "…"
    assert len(detail) == 200
