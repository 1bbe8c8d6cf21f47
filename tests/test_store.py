"""The project file: schema, migrations, refusing foreign files, concurrency, crash safety."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wb.errors import NewerProjectError, ProjectError
from wb.store import open_project, schema_version
from wb.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parent.parent


def _snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_new_project_records_schema_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with open_project(path) as p:
        assert p.schema_version == len(MIGRATIONS) == schema_version()
        assert [name for name, _ in p.migrations()] == [m.name for m in MIGRATIONS]
        assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in p.conn.execute("SELECT name FROM sqlite_master")}
    for table in (
        "documents",
        "metadata",
        "codebooks",
        "codes",
        "codings",
        "coders",
        "memos",
        "findings",
        "review_decisions",
        "theme_runs",
    ):
        assert table in tables


def test_reopen_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    open_project(path).close()
    with open_project(path) as p:
        assert len(p.migrations()) == len(MIGRATIONS)


def test_missing_migration_is_applied_on_open(tmp_path: Path, monkeypatch) -> None:
    from wb.store import migrations, project

    path = tmp_path / "p.wbproj"
    open_project(path).close()
    extra = migrations.Migration("0099_test_extra", "CREATE TABLE extra (x INTEGER);")
    monkeypatch.setattr(project, "MIGRATIONS", (*MIGRATIONS, extra))
    with open_project(path) as p:
        assert p.migrations()[-1][0] == "0099_test_extra"
        assert p.schema_version == len(MIGRATIONS) + 1
        p.conn.execute("SELECT x FROM extra")


def test_foreign_keys_enforced(project) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        with project.transaction() as conn:
            conn.execute(
                "INSERT INTO metadata (doc_id, key, value, type) VALUES (999, 'a', 'b', 'text')"
            )


def test_text_file_is_not_a_project_and_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notities.txt"
    path.write_text("gewoon tekst\n", encoding="utf-8")
    before = _snapshot(path)
    with pytest.raises(ProjectError) as err:
        open_project(path)
    assert "notities.txt" in str(err.value)
    assert "geen wb-project" in str(err.value)
    assert _snapshot(path) == before
    assert not (tmp_path / "notities.txt-wal").exists()


def test_foreign_sqlite_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE klanten (id INTEGER)")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(ProjectError, match="geen wb-project"):
        open_project(path)
    assert _snapshot(path) == before
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["klanten"]
    conn.close()


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leeg.wbproj"
    path.write_bytes(b"")
    with pytest.raises(ProjectError, match="geen SQLite"):
        open_project(path)
    assert path.read_bytes() == b""


def test_newer_project_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.wbproj"
    open_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE wb_meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(NewerProjectError) as err:
        open_project(path)
    assert "nieuwere versie van wb" in str(err.value)
    assert "999" in str(err.value)
    assert _snapshot(path) == before


def test_missing_project_without_create(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="bestaat niet"):
        open_project(tmp_path / "nergens.wbproj", create=False)
    assert not (tmp_path / "nergens.wbproj").exists()


def test_transaction_rolls_back_on_error(project) -> None:
    with pytest.raises(RuntimeError):
        with project.transaction() as conn:
            conn.execute("INSERT INTO coders (name) VALUES ('Anna')")
            raise RuntimeError("halverwege mis")
    assert project.conn.execute("SELECT COUNT(*) FROM coders").fetchone()[0] == 0


WRITER = textwrap.dedent(
    """
    import sys
    from wb.store import open_project
    from wb.store.project import now

    path, coder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open_project(path) as p:
        coder_id = p.coder_id(coder)
        doc_id = p.conn.execute("SELECT id FROM documents").fetchone()[0]
        code_id = p.conn.execute("SELECT id FROM codes").fetchone()[0]
        for i in range(n):
            with p.transaction() as conn:
                conn.execute(
                    'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", created_at) '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (doc_id, code_id, coder_id, i, i + 5, now()),
                )
    """
)


def test_two_processes_write_2000_codings(tmp_path: Path) -> None:
    path = tmp_path / "samen.wbproj"
    with open_project(path) as p, p.transaction() as conn:
        conn.execute(
            "INSERT INTO documents (corpus, path, text, sha256, n_chars, n_words, format, "
            "encoding, imported_at) VALUES ('c', 'a.txt', 'tekst', 'x', 5, 1, 'txt', 'utf-8', 'n')"
        )
        conn.execute(
            "INSERT INTO codebooks (name, source, created_at, updated_at) "
            "VALUES ('cb', '', 'n', 'n')"
        )
        conn.execute("INSERT INTO codes (codebook_id, path, name) VALUES (1, 'A', 'A')")
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    procs = [
        subprocess.Popen([sys.executable, str(script), str(path), coder, "1000"], cwd=REPO)
        for coder in ("Anna", "Bram")
    ]
    assert [proc.wait(timeout=240) for proc in procs] == [0, 0]
    with open_project(path) as p:
        counts = dict(
            p.conn.execute(
                "SELECT coders.name, COUNT(*) FROM codings JOIN coders ON coders.id = coder_id "
                "GROUP BY coders.name"
            )
        )
    assert counts == {"Anna": 1000, "Bram": 1000}
