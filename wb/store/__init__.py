"""Project file storage: SQLite with WAL, foreign keys and named migrations."""

from wb.store.project import Project, open_for_reading, open_project, schema_version

__all__ = ["Project", "open_for_reading", "open_project", "schema_version"]
