"""Dutch as JupyterLab's default language: the settings override that `make lab` writes.

JupyterLab reads default settings from ``overrides.json`` in ``<prefix>/share/jupyter/lab/
settings``. Setting the translation plugin's locale there makes the Dutch language pack
(jupyterlab-language-pack-nl-NL) the default; a user can still pick another language in the
menu. Other overrides in the file are kept, and so is a locale someone already chose there.
JupyterLab's news is switched off (it would fetch from the web).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wb.atomic import write_atomic

LOCALE = "nl_NL"
PLUGIN = "@jupyterlab/translation-extension:plugin"
NEWS = "@jupyterlab/apputils-extension:notification"


def default_settings_dir() -> Path:
    """JupyterLab's application settings folder of this Python environment."""
    return Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"


def write_overrides(folder: Path | None = None) -> Path:
    """Make Dutch the default JupyterLab language in `folder`/overrides.json; returns the path."""
    folder = Path(folder) if folder is not None else default_settings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "overrides.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data.setdefault(PLUGIN, {}).setdefault("locale", LOCALE)
    data.setdefault(NEWS, {}).setdefault("fetchNews", "false")  # offline: no news from the web
    return write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))


def main() -> None:
    """Entry point of `python -m wb.lab_locale` (used by `make lab`)."""
    path = write_overrides(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"JupyterLab-taal: Nederlands (standaard, in {path}).")


if __name__ == "__main__":
    main()
