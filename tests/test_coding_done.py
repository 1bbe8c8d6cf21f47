"""codes17: a coder marks a document done ("Document klaar"); the session learns from it whole.

A tiny made-up project of three documents: the coder codes each passage on moving and on
maintenance two sentences long (the pattern's sentence and the one after it). Once two documents
are done, the reach of the codings (codes16) adds the sentence after the pattern's sentence in
the third document, with its Dutch reason; undo and reopening take it away, a reload keeps it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from proef_codebook import proef_book

from wb.coding import reaching
from wb.coding.session import CodingSession, suggestion_key
from wb.corpus.importer import import_folder
from wb.store.done import done_documents, mark_done, reopen_done

BOOK = proef_book()


@pytest.fixture(autouse=True)
def _reach_from_one_sentence(monkeypatch):
    """c.txt has the codebook's own evidence in one sentence (codes30: MIN_OWN 2)."""
    monkeypatch.setattr(reaching, "MIN_OWN", 1)


FILL = [
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De bus was te laat.",
    "De kat slaapt op de bank.",
    "Het regent al de hele dag.",
]
PASSAGES = {
    "a.txt": [
        ("Moeder wil verhuizen naar Groningen. Zij heeft daar een nieuwe baan.", "Verhuizing"),
        ("Vader betaalt geen alimentatie. Hij heeft geen werk meer.", "Alimentatie"),
    ],
    "b.txt": [
        ("De verhuizing is in mei. Het huis is al gekocht.", "Verhuizing"),
        ("De alimentatie is te laag. Het geld is op.", "Alimentatie"),
    ],
}
TEXTS = {
    "a.txt": " ".join([PASSAGES["a.txt"][0][0], *FILL[:3], PASSAGES["a.txt"][1][0], *FILL[3:]]),
    "b.txt": " ".join([*FILL[:2], PASSAGES["b.txt"][0][0], *FILL[2:4], PASSAGES["b.txt"][1][0]])
    + " "
    + " ".join(FILL[4:]),
    "c.txt": "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. "
    + " ".join(FILL[3:]),
}
REASON = (
    "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
    "en in 1 van de 6 zinnen van dit document"
)


@pytest.fixture
def session(project, tmp_path: Path) -> CodingSession:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_folder(project, folder)
    return CodingSession(project, BOOK, "Anna")


def _code_passages(session: CodingSession, index: int) -> None:
    doc = session.open(index)
    for passage, code in PASSAGES[doc.path]:
        start = doc.text.index(passage)
        session.code(start, start + len(passage), code)


def _in_c(session: CodingSession) -> list[tuple[str, str, str]]:
    session.open("c.txt")
    return [(suggestion_key(s), s.rule, s.why) for s in session.suggestions()]


BEFORE = [("Verhuizing|25|58", "verhuizen", "lemma: verhuizen")]
AFTER = [*BEFORE, ("Verhuizing|59|84", "(zoals uw coderingen)", REASON)]


def test_two_documents_done_add_a_suggestion_with_its_reason(session: CodingSession) -> None:
    _code_passages(session, 0)
    _code_passages(session, 1)
    assert _in_c(session) == BEFORE  # coded, not yet done: the reach is not learned
    session.open(0)
    assert session.mark_done() is True
    assert session.learning_note() == (
        "1 document klaar; na nog één leert wb hoe ver uw codes reiken."
    )
    assert _in_c(session) == BEFORE
    session.open(1)
    assert session.mark_done() is True
    assert _in_c(session) == AFTER
    # the note says what the reach added (user-walk5: it no longer promises what may not come)
    assert session.learning_note() == (
        "2 documenten klaar; wb leerde daaruit hoe ver uw codes reiken en stelt daarom 1 zin "
        "extra voor in het andere document, met als reden 'zoals in de documenten die u "
        "codeerde …'."
    )
    state = session.state()
    assert state["done"] == [0, 1]
    assert state["suggestions"][1]["reason"] == REASON
    assert state["suggestions"][1]["score"] == pytest.approx(0.261, abs=0.001)


def test_marking_twice_undo_reopen_and_reload_give_the_same_state(
    session: CodingSession,
) -> None:
    for k in (0, 1):
        _code_passages(session, k)
        session.mark_done()
    assert session.mark_done() is False  # b.txt again: nothing changes, nothing to undo
    assert _in_c(session) == AFTER
    assert session.undo() == "klaar melden van 'b.txt'"
    assert _in_c(session) == BEFORE
    assert session.done == {session.documents[0].id}
    session.open("b.txt")
    session.mark_done()
    assert _in_c(session) == AFTER
    # a new session on the same project file (a reload) learns the same
    again = CodingSession(session.project, BOOK, "Anna")
    assert _in_c(again) == AFTER
    # reopening a document ("Document weer openen") takes the reach away, undo brings it back
    again.open("a.txt")
    assert again.reopen() is True
    assert again.reopen() is False
    assert _in_c(again) == BEFORE
    assert again.undo() == "weer openen van 'a.txt'"
    assert _in_c(again) == AFTER
    # another coder has marked nothing
    other = CodingSession(session.project, BOOK, "Bram")
    assert other.done == set()
    assert _in_c(other) == BEFORE


def test_a_document_done_shows_no_open_suggestions(session: CodingSession) -> None:
    session.open("c.txt")
    assert len(session.suggestions()) == 1
    session.mark_done()
    assert session.is_done and session.suggestions() == []
    assert session.next_open().path == "a.txt"  # the first document not done, after c.txt
    session.open("c.txt")
    session.reopen()
    assert [suggestion_key(s) for s in session.suggestions()] == ["Verhuizing|25|58"]


def test_the_store_keeps_one_mark_per_document_coder_and_codebook(
    session: CodingSession,
) -> None:
    project, doc = session.project, session.documents[0].id
    coder, book = session.coder_id, session.codebook_id
    assert mark_done(project, doc, coder, book) is True
    assert mark_done(project, doc, coder, book) is False
    assert done_documents(project, coder, book) == {doc}
    assert done_documents(project, coder, book + 1) == set()
    assert reopen_done(project, doc, coder, book) is True
    assert reopen_done(project, doc, coder, book) is False
    assert done_documents(project, coder, book) == set()


def test_wb_code_with_coder_learns_from_the_documents_done(
    session: CodingSession, tmp_path: Path
) -> None:
    import json

    from click.testing import CliRunner

    from wb.cli import cli

    book = tmp_path / "book.yaml"
    book.write_text(BOOK.to_yaml(), encoding="utf-8")
    out = tmp_path / "s.json"
    args = ["code", str(session.project.path), "--codebook", str(book), "--json", str(out)]

    def run(*more: str) -> tuple[str, list[tuple[str, str, str, str]]]:
        result = CliRunner().invoke(cli, [*args, *more])
        assert result.exit_code == 0, result.output
        rows = json.loads(out.read_text(encoding="utf-8"))["suggestions"]
        return result.output, [(r["doc"], r["code"], r["match"]["text"], r["reason"]) for r in rows]

    for k in (0, 1):
        _code_passages(session, k)
        session.mark_done()
    text, rows = run("--coder", "Anna")
    assert "De suggesties leerden van 2 documenten die 'Anna' klaar meldde" in text
    assert [r for r in rows if r[0] == "c/c.txt"] == [
        ("c/c.txt", "Verhuizing", "verhuizen", "lemma: verhuizen"),
        ("c/c.txt", "Verhuizing", "Daar woont zijn vriendin.", REASON),
    ]
    assert {r[0] for r in rows} == {"c/c.txt"}  # the documents done get none
    text, rows = run()  # without --coder: the codebook alone, every document
    assert "klaar meldde" not in text
    assert {r[0] for r in rows} == {"c/a.txt", "c/b.txt", "c/c.txt"}
    assert all(not r[3].startswith("zoals in de documenten") for r in rows)
    text, _ = run("--coder", "Bram")
    assert "'Bram' heeft nog geen document klaar gemeld met codeboek 'proef'" in text


def test_apply_leaves_the_documents_done_alone(session: CodingSession, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wb.cli import cli
    from wb.store.codings import codings_table

    for k in (0, 1):
        _code_passages(session, k)
        session.mark_done()
    book = tmp_path / "book.yaml"
    book.write_text(BOOK.to_yaml(), encoding="utf-8")
    path = str(session.project.path)
    args = ["code", path, "--codebook", str(book), "--apply", "--coder", "Anna"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "2 coderingen opgeslagen voor codeur 'Anna'" in result.output
    table = codings_table(session.project)
    added = table[table["origin"] == "auto"]
    assert list(zip(added["document"], added["code"], added["text"], strict=True)) == [
        ("c.txt", "Verhuizing", "Vader wil verhuizen naar Utrecht."),
        ("c.txt", "Verhuizing", "Daar woont zijn vriendin."),
    ]


def test_the_order_of_marking_does_not_matter(session: CodingSession) -> None:
    for k in (1, 0):  # b.txt first, then a.txt
        _code_passages(session, k)
        session.mark_done()
    assert _in_c(session) == AFTER
    assert session.state()["suggestions"][1]["score"] == pytest.approx(0.261, abs=0.001)
