"""The project file: one SQLite database holding documents, codings, findings and theme runs."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from wb.errors import NewerProjectError, ProjectError, ReadOnlyProjectError, SchemaError
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


def _uri(path: Path, query: str) -> str:
    """A SQLite URI for `path` (names with '?', '#' or '%' are quoted)."""
    return f"{path.resolve().as_uri()}?{query}"


def _check_existing(path: Path, create: bool = True) -> None:
    """Refuse, without changing the file, anything that is not a wb project we can open; what
    to do instead says a new file name only where wb would make the project (`create`)."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise ProjectError(_not_a_project(path, create), path=path)
    try:
        ro = _connect_readonly(path, check_same_thread=True)
        try:
            tables = {r[0] for r in ro.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "wb_meta" not in tables:
                raise ProjectError(
                    "is een SQLite-bestand maar geen wb-project. Kies een nieuwe bestandsnaam; "
                    "wb maakt dan een nieuw project.",
                    path=path,
                )
            meta = dict(ro.execute("SELECT key, value FROM wb_meta"))
            applied = []
            if "wb_migrations" in tables:
                applied = [r[0] for r in ro.execute("SELECT name FROM wb_migrations ORDER BY id")]
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
    raw = meta.get("schema_version", "0")
    try:
        version = int(str(raw).strip())
    except ValueError:
        raise SchemaError(
            f"heeft een onleesbare schemaversie ({str(raw)[:40]!r}, verwacht een getal); wb opent "
            "het niet en heeft het niet gewijzigd. Gebruik een reservekopie van het project.",
            path=path,
        ) from None
    if version > schema_version():
        raise NewerProjectError(
            f"is gemaakt met een nieuwere versie van wb (schemaversie {version}, deze wb kent "
            f"tot en met {schema_version()}). Werk wb bij (pip install -U wb) en open het opnieuw; "
            "het bestand is niet gewijzigd.",
            path=path,
        )
    known = {m.name for m in MIGRATIONS}
    unknown = [str(name)[:60] for name in applied if name not in known]
    if unknown:
        listed = ", ".join(repr(n) for n in unknown[:5])
        raise SchemaError(
            f"bevat {len(unknown)} schemawijziging(en) die deze wb niet kent ({listed}); het is "
            "waarschijnlijk gemaakt met een andere of nieuwere versie van wb. Werk wb bij en open "
            "het opnieuw; het bestand is niet gewijzigd.",
            path=path,
        )


class Project:
    """An open wb project file; use :func:`open_project` to get one."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False, created: bool = False
    ):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        #: True when this open made the file; a `with` block that fails then removes it again.
        self.created = created

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        # A `with` block that made the file and failed before storing anything leaves no file.
        remove = exc_type is not None and self.created and self._is_empty()
        self.close()
        if remove:
            _remove_project_files(self.path)

    def _is_empty(self) -> bool:
        """Whether no table but wb's own bookkeeping holds a row."""
        try:
            tables = [
                r[0]
                for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if r[0] not in ("wb_meta", "wb_migrations") and not r[0].startswith("sqlite_")
            ]
            return not any(
                self.conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables
            )
        except sqlite3.Error:
            return False

    def __repr__(self) -> str:
        return f"<wb.Project {self.path}>"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: all of it is stored, or nothing."""
        if self.conn.in_transaction:
            # Nested use joins the outer transaction.
            yield self.conn
            return
        if self.readonly:
            raise _read_only(self.path)
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


#: How a read-only project is opened, in order: read-only, then (when not even the -wal/-shm
#: files beside it can be made) as an unchangeable file.
READ_ONLY_MODES = ("mode=ro", "immutable=1")


def _connect_readonly(path: Path, *, check_same_thread: bool = False) -> sqlite3.Connection:
    """A connection that cannot write, for files on read-only disks or without write rights."""
    error: sqlite3.Error | None = None
    for query in READ_ONLY_MODES:
        try:
            conn = sqlite3.connect(
                _uri(path, query),
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=check_same_thread,
            )
        except sqlite3.OperationalError as exc:
            error = exc
            continue
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            conn.close()
            error = exc
            continue
        return conn
    assert error is not None
    raise error


def _read_only(path: Path) -> ReadOnlyProjectError:
    return ReadOnlyProjectError(
        "is alleen-lezen (schrijfbeveiligd, of op een schijf of in een map waarin niet geschreven "
        "mag worden); wb kan er niets in opslaan. Lezen kan wel (bijv. wb documents). Maak het "
        "bestand en de map schrijfbaar, of werk in een kopie.",
        path=path,
    )


def _writable(path: Path) -> bool:
    """Whether the file (when it exists) and its folder can be written (for -wal/-shm files)."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _is_read_only_error(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"))


def _remove_project_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


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


def _not_a_project(path: Path, create: bool) -> str:
    """What to say of an existing file that is no SQLite file: a document (.txt, .docx, ...)
    goes into a project with `wb import`; only where wb makes projects does a new name help."""
    from wb.corpus.readers import SUPPORTED_SUFFIXES

    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        folder = path.parent
        return (
            "is een document, geen wb-project (.wbproj). Maak van de map met documenten een "
            f"project: wb import {folder} --project {folder.resolve().name or 'project'}.wbproj"
        )
    if create:
        return (
            "is geen wb-project (geen SQLite-bestand). Kies een ander bestand of een nieuwe "
            "bestandsnaam; wb maakt dan een nieuw project."
        )
    return "is geen wb-project (geen SQLite-bestand). Geef een projectbestand (.wbproj) op."


def open_project(path: str | Path, *, create: bool = True, readonly: bool = False) -> Project:
    """Open a wb project file, creating it when it does not exist and `create` is true.

    With `readonly` the file is opened without write access (a read-only disk, `chattr +i`, no
    write rights): reading works, every write transaction raises ReadOnlyProjectError. A file
    that still needs a schema update cannot be opened read-only. Without `readonly`, a file that
    cannot be written raises ReadOnlyProjectError.
    """
    path = Path(path)
    if path.is_dir():
        raise ProjectError(
            "is een map; geef een projectbestand op, bijv. project.wbproj.", path=path
        )
    existed = path.exists()
    if existed:
        _check_existing(path, create)
    elif not create or readonly:
        raise ProjectError("bestaat niet. Controleer het pad of maak een nieuw project.", path=path)
    elif not path.parent.exists():
        raise ProjectError(
            f"de map {path.parent} bestaat niet; maak die eerst aan of kies een ander pad.",
            path=path,
        )
    if readonly:
        return _open_readonly(path)
    if not _writable(path):
        if existed:
            raise _read_only(path)
        raise ReadOnlyProjectError(
            f"kan niet worden gemaakt: in de map {path.parent} mag niet worden geschreven. Kies "
            "een map waarin je mag schrijven.",
            path=path,
        )
    try:
        conn = _connect(path)
    except sqlite3.OperationalError as exc:
        if _is_read_only_error(exc):
            raise _read_only(path) from exc
        raise
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path)
    except sqlite3.OperationalError as exc:
        conn.close()
        if not existed:
            _remove_project_files(path)
        if _is_read_only_error(exc):
            raise _read_only(path) from exc
        raise
    except BaseException:
        conn.close()
        if not existed:
            _remove_project_files(path)
        raise
    return Project(path, conn, created=not existed)


def _open_readonly(path: Path) -> Project:
    """Open an existing, checked project without write access."""
    try:
        conn = _connect_readonly(path)
    except sqlite3.Error as exc:
        raise ProjectError(
            f"kan niet alleen-lezen worden geopend ({exc}); controleer de rechten.", path=path
        ) from exc
    applied = {r[0] for r in conn.execute("SELECT name FROM wb_migrations")}
    missing = [m.name for m in MIGRATIONS if m.name not in applied]
    if missing:
        conn.close()
        raise ReadOnlyProjectError(
            "is alleen-lezen, maar moet eerst worden bijgewerkt naar de schemaversie van deze "
            f"wb ({len(missing)} stap(pen)). Maak het bestand schrijfbaar en open het opnieuw, "
            "of werk in een kopie.",
            path=path,
        )
    conn.execute("PRAGMA foreign_keys = ON")
    return Project(path, conn, readonly=True)


def open_for_reading(path: str | Path) -> Project:
    """Open an existing project to read from: as usual, or read-only when it cannot be written."""
    try:
        return open_project(path, create=False)
    except ReadOnlyProjectError:
        return open_project(path, create=False, readonly=True)
