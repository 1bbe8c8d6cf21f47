"""user-walk6: the learning note at scale, and a new user's first hour on the CLI.

The note after "Document klaar" counts the reach's suggestions in at most NOTE_LOOKS_AT open
documents (before, in every open document: minutes in a project of hundreds), and counts an
open document's suggestions against that document's own codings (before, the current one's).
A new user in a folder of their own: the README's `codebooks/leernetwerk.yaml` says where wb's own
is; a metadata.csv added after the first import is said at the next ("4 ongewijzigd" only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_coding_done import BOOK, TEXTS, _code_passages, _reach_from_one_sentence

from wb.cli import cli
from wb.codebook import load_codebook
from wb.coding import session as session_module
from wb.coding.session import CodingSession, suggestion_key
from wb.corpus.importer import import_folder
from wb.dossiers.lexicon import load_lexicon
from wb.errors import NotFoundError

__all__ = ["_reach_from_one_sentence"]  # the autouse fixture (MIN_OWN 1) applies here too

LEARNED = "2 documenten klaar; wb leerde daaruit hoe ver uw codes reiken"
REACH = "(zoals uw coderingen)"


def _copies(project, tmp_path: Path, n: int) -> CodingSession:
    """a.txt and b.txt done, then c.txt and `n` copies of it, each with its own last sentence."""
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for k in range(1, n + 1):
        text = TEXTS["c.txt"] + f" Dit is kopie {k}."
        (folder / f"c{k:02d}.txt").write_text(text, encoding="utf-8")
    import_folder(project, folder)
    session = CodingSession(project, BOOK, "Anna")
    for k in (0, 1):
        _code_passages(session, k)
        session.open(k)
        session.mark_done()
    return session


def test_the_note_looks_at_a_few_open_documents_and_says_at_least(project, tmp_path) -> None:
    session = _copies(project, tmp_path, 9)
    assert session_module.NOTE_LOOKS_AT == 8
    assert session.learning_note() == (
        f"{LEARNED} en stelt daarom minstens 8 zinnen extra voor in 8 van de eerste 8 van de 10 "
        "andere documenten (de overige telt wb pas als u ze opent), met als reden 'zoals in de "
        "documenten die u codeerde …'."
    )


def test_the_note_counts_all_when_few_are_open(project, tmp_path) -> None:
    session = _copies(project, tmp_path, 7)
    assert session.learning_note() == (
        f"{LEARNED} en stelt daarom 8 zinnen extra voor in 8 van de 8 andere documenten, met "
        "als reden 'zoals in de documenten die u codeerde …'."
    )


def test_a_coding_in_the_current_document_does_not_hide_a_suggestion_elsewhere(
    project, tmp_path
) -> None:
    session = _copies(project, tmp_path, 1)
    session.open("c.txt")
    reach = [s for s in session.suggestions() if s.rule == REACH]
    assert [(s.start, s.end) for s in reach] == [(59, 84)]
    session.accept(suggestion_key(reach[0]))
    copy = next(d for d in session.documents if d.path == "c01.txt")
    assert [(s.code, s.start, s.end) for s in session._open_suggestions(copy)] == [
        ("Verhuizing", 25, 58),
        ("Verhuizing", 59, 84),
    ]


BUNDLED = Path(__file__).resolve().parent.parent / "codebooks"


def test_the_readmes_codebook_path_outside_the_checkout_says_where_wbs_own_is(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a new user's own folder: no codebooks/ here
    result = CliRunner().invoke(
        cli, ["code", ".", "--codebook", "codebooks/leernetwerk.yaml"], catch_exceptions=False
    )
    assert result.exit_code == 2
    assert result.output == (
        "fout: codebooks/leernetwerk.yaml: bestaat niet; geef het pad van een codeboek (.yaml). "
        f"wb's eigen leernetwerk.yaml staat in {BUNDLED / 'leernetwerk.yaml'}. (WB101)\n"
    )
    with pytest.raises(NotFoundError) as lexicon:
        load_lexicon(Path("codebooks/labels.yaml"))
    assert lexicon.value.message == (
        "bestaat niet; geef het pad van een labellijst (.yaml). "
        f"wb's eigen labels.yaml staat in {BUNDLED / 'labels.yaml'}."
    )
    with pytest.raises(NotFoundError) as other:
        load_codebook(Path("codebooks/mijn_eigen.yaml"))  # no such bundled file: as before
    assert other.value.message == "bestaat niet; geef het pad van een codeboek (.yaml)."


def test_a_metadata_csv_added_later_is_said_at_the_next_import(tmp_path: Path) -> None:
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "overleg.txt").write_text("Marieke opent het overleg.\n", encoding="utf-8")
    (folder / "verhaal.txt").write_text("Ik was negen toen.\n", encoding="utf-8")
    project = str(tmp_path / "p.wbproj")
    runner = CliRunner()
    first = runner.invoke(cli, ["import", str(folder), "--project", project])
    assert first.exit_code == 0
    (folder / "metadata.csv").write_text(
        "file,date,dossier\noverleg.txt,2024-03-12,D1\n", encoding="utf-8"
    )
    again = runner.invoke(cli, ["import", str(folder), "--project", project])
    assert again.exit_code == 0
    assert again.output == (
        "Corpus 'stukken': 0 nieuw, 0 bijgewerkt, 2 ongewijzigd, 0 overgeslagen.\n"
        "  metadata bijgewerkt bij 1 ongewijzigd document: 'overleg.txt'\n"
    )
    shown = runner.invoke(cli, ["documents", "--project", project])
    assert "D1" in shown.output
