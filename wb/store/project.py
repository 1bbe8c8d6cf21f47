"""The project file: one SQLite database holding documents, codings, findings and theme runs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from wb.errors import NewerProjectError, ProjectError
from wb.store.migrations import MIGRATIONS

APP_ID = "wb"
BUSY_TIMEOUT_MS = 60_000
SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """Current UTC time as an ISO 8601 string (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def schema_version() -> int:
    """The schema version this wb writes: the number of known migrations."""
    return len(MIGRATIONS)


def _check_existing(path: Path) -> None:
    """Refuse, without changing the file, anything that is not a wb project we can open."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise ProjectError(
            "is geen wb-project (geen SQLite-bestand). Kies een ander bestand of een nieuwe "
            "bestandsnaam; wb maakt dan een nieuw project.",
            path=path,
        )
    try:
        ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in ro.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "wb_meta" not in tables:
                raise ProjectError(
                    "is een SQLite-bestand maar geen wb-project. Kies een nieuwe bestandsnaam; "
                    "wb maakt dan een nieuw project.",
                    path=path,
                )
            meta = dict(ro.execute("SELECT key, value FROM wb_meta"))
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(
            f"kan niet worden gelezen als wb-project ({exc}). Is het bestand beschadigd? "
            "Gebruik een reservekopie of een nieuwe bestandsnaam.",
            path=path,
        ) from exc
    if meta.get("app") != APP_ID:
        raise ProjectError("is geen wb-project (onbekende toepassing).", path=path)
    version = int(meta.get("schema_version", "0"))
    if version > schema_version():
        raise NewerProjectError(
            f"is gemaakt met een nieuwere versie van wb (schemaversie {version}, deze wb kent "
            f"tot en met {schema_version()}). Werk wb bij (pip install -U wb) en open het opnieuw; "
            "het bestand is niet gewijzigd.",
            path=path,
        )


class Project:
    """An open wb project file; use :func:`open_project` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<wb.Project {self.path}>"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: all of it is stored, or nothing."""
        if self.conn.in_transaction:
            # Nested use joins the outer transaction.
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- facts -----------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        """Schema version recorded in the file."""
        row = self.conn.execute("SELECT value FROM wb_meta WHERE key='schema_version'").fetchone()
        return int(row[0])

    @property
    def created_at(self) -> str | None:
        """When the project file was made (ISO 8601), as recorded in it."""
        row = self.conn.execute("SELECT value FROM wb_meta WHERE key = 'created_at'").fetchone()
        return row[0] if row else None

    def migrations(self) -> list[tuple[str, str]]:
        """Applied migrations as (name, applied_at), oldest first."""
        return list(self.conn.execute("SELECT name, applied_at FROM wb_migrations ORDER BY id"))

    def coder_id(self, name: str) -> int:
        """Id of the coder with this name, created when new."""
        name = name.strip()
        if not name:
            raise ProjectError("De naam van de codeur is leeg; geef een naam op.")
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO coders (name) VALUES (?)", (name,))
            return conn.execute("SELECT id FROM coders WHERE name = ?", (name,)).fetchone()[0]


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: the review server uses the connection from its request threads,
    # one at a time under a lock.
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create the bookkeeping tables when new and apply every migration not yet applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS wb_meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS wb_migrations "
            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
        conn.execute("INSERT OR IGNORE INTO wb_meta VALUES ('app', ?)", (APP_ID,))
        conn.execute("INSERT OR IGNORE INTO wb_meta VALUES ('created_at', ?)", (now(),))
        applied = {r[0] for r in conn.execute("SELECT name FROM wb_migrations")}
        for migration in MIGRATIONS:
            if migration.name in applied:
                continue
            for statement in _statements(migration.sql):
                conn.execute(statement)
            if migration.after is not None:
                migration.after(conn)
            conn.execute(
                "INSERT INTO wb_migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, now()),
            )
        conn.execute(
            "INSERT OR REPLACE INTO wb_meta VALUES ('schema_version', ?)", (str(schema_version()),)
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a migration script into complete statements."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def open_project(path: str | Path, *, create: bool = True) -> Project:
    """Open a wb project file, creating it when it does not exist and `create` is true."""
    path = Path(path)
    if path.is_dir():
        raise ProjectError(
            "is een map; geef een projectbestand op, bijv. project.wbproj.", path=path
        )
    if path.exists():
        _check_existing(path)
    elif not create:
        raise ProjectError("bestaat niet. Controleer het pad of maak een nieuw project.", path=path)
    elif not path.parent.exists():
        raise ProjectError(
            f"de map {path.parent} bestaat niet; maak die eerst aan of kies een ander pad.",
            path=path,
        )
    conn = _connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return Project(path, conn)
