"""Importing a folder: one transaction, no-op re-import, errors naming the file, crash safety."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wb.corpus.importer import ImportFailed, import_folder, scan_folder
from wb.errors import InputError, SkippedFileWarning
from wb.store import open_project
from wb.store.documents import documents_table, get_document

REPO = Path(__file__).resolve().parent.parent


def _corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"verslag_{i:02d}.txt").write_text(
            f"Verslag {i}.\n\nDe kinderen hoorden het nieuws op {i + 1} maart.\n", encoding="utf-8"
        )
    (folder / "metadata.csv").write_text(
        "file,date,perspective\n"
        + "".join(f"verslag_{i:02d}.txt,{i % 28 + 1} maart 2023,ouder\n" for i in range(n)),
        encoding="utf-8",
    )
    return folder


def _count(project) -> int:
    return project.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def test_import_shows_a_bar_per_file_only_when_asked(project, tmp_path: Path, capsys) -> None:
    folder = _corpus(tmp_path / "verslagen")
    import_folder(project, folder)
    assert capsys.readouterr().err == ""
    import_folder(project, _corpus(tmp_path / "andere"), progress=True)
    err = capsys.readouterr().err
    assert "Bestanden lezen:" in err and "0/3" in err and "?" not in err  # no "?bestand/s"


def test_import_stores_text_and_typed_metadata(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    report = import_folder(project, folder)
    assert report.added == ["verslag_00.txt", "verslag_01.txt", "verslag_02.txt"]
    doc = get_document(project, "verslag_01.txt")
    assert doc.corpus == "verslagen"
    assert doc.text == "Verslag 1.\n\nDe kinderen hoorden het nieuws op 2 maart."
    assert doc.metadata == {"date": dt.date(2023, 3, 2), "perspective": "ouder"}
    table = documents_table(project)
    assert list(table["document"]) == ["verslag_00.txt", "verslag_01.txt", "verslag_02.txt"]
    assert list(table["woorden"]) == [10, 10, 10]
    assert str(table["date"].dtype).startswith("datetime64")


def test_reimport_same_content_is_a_noop(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    import_folder(project, folder)
    before = project.conn.execute("SELECT id, sha256, version FROM documents").fetchall()
    report = import_folder(project, folder)
    assert report.added == [] and report.updated == []
    assert report.unchanged == ["verslag_00.txt", "verslag_01.txt", "verslag_02.txt"]
    assert project.conn.execute("SELECT id, sha256, version FROM documents").fetchall() == before


def test_reimport_changed_text_keeps_previous_version(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    import_folder(project, folder)
    (folder / "verslag_00.txt").write_text("Nieuwe tekst.\n", encoding="utf-8")
    report = import_folder(project, folder)
    assert report.updated == ["verslag_00.txt"]
    doc = get_document(project, "verslag_00.txt")
    assert (doc.text, doc.version) == ("Nieuwe tekst.", 2)
    old = project.conn.execute(
        "SELECT version, text FROM document_versions WHERE doc_id = ?", (doc.id,)
    ).fetchall()
    assert old == [(1, "Verslag 0.\n\nDe kinderen hoorden het nieuws op 1 maart.")]


def test_bad_file_stops_import_and_names_it(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    (folder / "leeg.txt").write_text("", encoding="utf-8")  # empty: skipped, not a failure
    (folder / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(ImportFailed) as err, pytest.warns(SkippedFileWarning):
        import_folder(project, folder)
    message = str(err.value)
    assert "leeg.txt" not in message and "plaatje.txt" in message
    assert "niets geïmporteerd" in message and "--skip-bad" in message
    assert _count(project) == 0
    assert project.conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_skip_bad_imports_the_rest_and_lists_skipped(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    (folder / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    report = import_folder(project, folder, skip_bad=True)
    assert len(report.added) == 3
    assert [name for name, _ in report.skipped] == ["plaatje.txt"]
    assert "plaatje.txt" in report.summary()
    assert _count(project) == 3


def test_oversized_file_is_refused(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen")
    (folder / "groot.txt").write_text("woord " * 2000, encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"groot\.txt"):
        import_folder(project, folder, max_bytes=5000)
    assert _count(project) == 0


def test_missing_folder_and_empty_folder(project, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="bestaat niet"):  # was "is geen map" (user-walk8)
        import_folder(project, tmp_path / "bestaat-niet")
    (tmp_path / "a.txt").write_text("een bestand", encoding="utf-8")
    with pytest.raises(InputError, match="is geen map"):
        import_folder(project, tmp_path / "a.txt")
    (tmp_path / "leeg").mkdir()
    with pytest.raises(InputError, match="bevat geen documenten"):
        import_folder(project, tmp_path / "leeg")


def test_unreadable_kinds_are_listed_as_skipped_with_a_hint(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "dossier", n=1)
    names = ("oud.doc", "scan.JPG", "tabel.xlsx", "notitie.xyz", "truth.yaml", "README.md")
    for name in (*names, ".DS_Store"):
        (folder / name).write_bytes(b"\x00\x01")
    report = import_folder(project, folder)
    assert report.added == ["verslag_00.txt"]
    assert report.skipped == [
        (
            "notitie.xyz",
            "bestandstype '.xyz' wordt niet gelezen; sla het op als .docx, .md, .odt, .pdf, .txt",
        ),
        ("oud.doc", "sla .doc op als .docx (Word: Opslaan als > Word-document)"),
        (
            "scan.JPG",
            "een afbeelding wordt niet gelezen; zet de scan in een PDF (bijv. "
            "'Afdrukken naar PDF'), wb leest gescande PDF's met OCR",
        ),
        (
            "tabel.xlsx",
            "een spreadsheet wordt niet als document gelezen; zet de tekst in .docx, .odt of .txt",
        ),
        (
            "truth.yaml",
            "een gegevensbestand, geen document: wb laat het liggen (metadata hoort in "
            "metadata.csv)",
        ),
    ]
    summary = report.summary().splitlines()
    assert summary[0].endswith("1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 5 overgeslagen.")
    assert (
        "  overgeslagen: 'oud.doc': sla .doc op als .docx (Word: Opslaan als > Word-document)"
        in (summary)
    )
    stored = project.conn.execute("SELECT skipped FROM imports").fetchone()[0]
    assert [item["file"] for item in json.loads(stored)] == [
        "notitie.xyz",
        "oud.doc",
        "scan.JPG",
        "tabel.xlsx",
        "truth.yaml",
    ]


def test_folder_with_only_unreadable_files_says_what_to_do(project, tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "rapport.doc").write_bytes(b"\xd0\xcf")
    with pytest.raises(InputError) as err:
        import_folder(project, folder)
    assert str(err.value).endswith(
        "bevat geen documenten om te importeren (.docx, .md, .odt, .pdf, .txt).\n"
        "  - 'rapport.doc': sla .doc op als .docx (Word: Opslaan als > Word-document)"
    )


def test_scan_skips_readme_hidden_and_unknown(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c", n=1)
    (folder / "README.md").write_text("# uitleg\n", encoding="utf-8")
    (folder / ".verborgen.txt").write_text("x\n", encoding="utf-8")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.md").write_text("Tekst.\n", encoding="utf-8")
    assert [p.relative_to(folder).as_posix() for p in scan_folder(folder)] == [
        "sub/b.md",
        "verslag_00.txt",
    ]


def test_metadata_row_without_file_is_a_warning(project, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "verslagen", n=1)
    with (folder / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("weg.txt,1 april 2023,jongere\n")
    report = import_folder(project, folder)
    assert report.warnings == [
        "metadata.csv noemt 'weg.txt', maar dat bestand staat niet in de map."
    ]


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from wb.corpus.importer import import_folder
    from wb.store import open_project

    def on_file(name):
        if name == "verslag_10.txt":
            print("MIDDEN", flush=True)
            time.sleep(120)

    with open_project(sys.argv[1]) as p:
        import_folder(p, sys.argv[2], on_file=on_file)
    """
)


def test_sigkill_during_import_leaves_project_as_before(tmp_path: Path) -> None:
    path = tmp_path / "crash.wbproj"
    with open_project(path) as p:
        import_folder(p, _corpus(tmp_path / "eerder", n=2))
    folder = _corpus(tmp_path / "groot", n=40)
    script = tmp_path / "kill_me.py"
    script.write_text(KILLED_IMPORT, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path), str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "MIDDEN"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with open_project(path) as p:
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = p.conn.execute("SELECT corpus, COUNT(*) FROM documents GROUP BY corpus").fetchall()
        assert rows == [("eerder", 2)]
        assert p.conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 1
        report = import_folder(p, folder)
        assert len(report.added) == 40
