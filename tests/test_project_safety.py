"""Project files that are read-only, of an unknown schema, or that a failed command would leave."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.errors import ReadOnlyProjectError, SchemaError
from wb.store import open_for_reading, open_project
from wb.store import project as project_module
from wb.store.documents import iter_documents


def _project_with_a_document(tmp_path: Path) -> Path:
    folder = tmp_path / "notities"
    folder.mkdir()
    (folder / "a.txt").write_text("De ouders werkten goed samen.\n", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# -- schema version -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["drie", "3.0", ""])
def test_schema_version_that_is_not_a_number_is_refused_unchanged(
    tmp_path: Path, value: str
) -> None:
    path = _project_with_a_document(tmp_path)
    _edit(path, f"UPDATE wb_meta SET value = '{value}' WHERE key = 'schema_version'")
    before = path.read_bytes()
    with pytest.raises(SchemaError) as err:
        open_project(path)
    assert f"onleesbare schemaversie ({value!r}, verwacht een getal)" in str(err.value)
    assert path.read_bytes() == before
    result = CliRunner().invoke(cli, ["documents", "--project", str(path)])
    assert result.exit_code == 2
    assert "fout: " in result.output and "schemaversie" in result.output
    assert path.read_bytes() == before


def test_unknown_migration_is_refused_unchanged(tmp_path: Path) -> None:
    path = _project_with_a_document(tmp_path)
    _edit(path, "INSERT INTO wb_migrations (name, applied_at) VALUES ('0099_toekomst', 'x')")
    before = path.read_bytes()
    with pytest.raises(SchemaError, match=r"1 schemawijziging\(en\) die deze wb niet kent"):
        open_project(path)
    assert path.read_bytes() == before
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "notities"), "--project", str(path)])
    assert result.exit_code == 2 and "'0099_toekomst'" in result.output
    assert path.read_bytes() == before


# -- read-only files ----------------------------------------------------------------------------


@contextlib.contextmanager
def _immutable(*paths: Path) -> Iterator[None]:
    """`chattr +i` (works as root too); the test is skipped where the file system refuses it."""
    done = []
    try:
        for path in paths:
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
                pytest.skip("chattr +i is not available here")
            done.append(path)
        yield
    finally:
        for path in done:
            subprocess.run(["chattr", "-i", str(path)], check=True)


def test_immutable_project_reads_and_refuses_writes_in_dutch(tmp_path: Path) -> None:
    path = _project_with_a_document(tmp_path)
    before = path.read_bytes()
    runner = CliRunner()
    with _immutable(path):
        listing = runner.invoke(cli, ["documents", "--project", str(path)])
        assert listing.exit_code == 0, listing.output
        assert "a.txt" in listing.output
        shown = runner.invoke(cli, ["show", "a.txt", "--project", str(path)])
        assert "De ouders werkten goed samen." in shown.output
        out = tmp_path / "uit.csv"
        exported = runner.invoke(cli, ["export", str(path), "--format", "csv", "--out", str(out)])
        assert exported.exit_code == 0, exported.output
        written = runner.invoke(cli, ["import", str(tmp_path / "notities"), "--project", str(path)])
        assert written.exit_code == 2
        assert written.output.startswith(f"fout: {path}: is alleen-lezen")
        assert "Traceback" not in written.output
    assert path.read_bytes() == before


def test_read_only_folder_without_wal_files_still_reads(tmp_path: Path) -> None:
    path = _project_with_a_document(tmp_path)
    for extra in tmp_path.glob("p.wbproj-*"):
        extra.unlink()
    with _immutable(path, tmp_path), open_for_reading(path) as project:
        assert project.readonly
        assert [d.path for d in iter_documents(project)] == ["a.txt"]


def test_write_access_is_checked_before_sqlite_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project_with_a_document(tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(project_module.os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(ReadOnlyProjectError, match="is alleen-lezen"):
        open_project(path)
    with open_for_reading(path) as project:
        assert project.readonly
        assert [d.path for d in iter_documents(project)] == ["a.txt"]
        with pytest.raises(ReadOnlyProjectError, match="wb kan er niets in opslaan"):
            project.coder_id("Anna")
    assert path.read_bytes() == before


def test_read_only_open_falls_back_to_an_immutable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project_with_a_document(tmp_path)
    monkeypatch.setattr(project_module, "READ_ONLY_MODES", ("mode=geen", "immutable=1"))
    with open_project(path, create=False, readonly=True) as project:
        assert [d.path for d in iter_documents(project)] == ["a.txt"]


def test_read_only_project_that_needs_a_schema_update_is_refused(tmp_path: Path) -> None:
    path = _project_with_a_document(tmp_path)
    _edit(path, "DELETE FROM wb_migrations WHERE name = '0003_review'")
    before = path.read_bytes()
    with pytest.raises(ReadOnlyProjectError, match="moet eerst worden bijgewerkt"):
        open_project(path, readonly=True)
    assert path.read_bytes() == before


# -- nothing is created on failure --------------------------------------------------------------


def test_import_of_a_missing_path_leaves_no_project(tmp_path: Path) -> None:
    runner = CliRunner()
    for source in ("bestaat-niet", "bestaat-niet.qdpx", "bestaat-niet.qdc"):
        path = tmp_path / "nieuw.wbproj"
        result = runner.invoke(cli, ["import", str(tmp_path / source), "--project", str(path)])
        assert result.exit_code == 2, result.output
        assert "bestaat-niet" in result.output
        assert sorted(p.name for p in tmp_path.iterdir()) == [], source


def test_a_failed_block_keeps_a_project_that_holds_data(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with pytest.raises(RuntimeError), open_project(path) as project:
        project.coder_id("Anna")
        raise RuntimeError("later mislukt")
    assert path.exists()
    with pytest.raises(RuntimeError), open_project(path) as project:
        raise RuntimeError("bestond al")
    assert path.exists()
