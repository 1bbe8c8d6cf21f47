"""JupyterLab in Dutch: the settings override `make lab` writes, and the installed pack."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from wb.lab_locale import NEWS, PLUGIN, write_overrides


def test_overrides_make_dutch_the_default_and_keep_other_settings(tmp_path: Path) -> None:
    path = write_overrides(tmp_path / "settings")
    assert json.loads(path.read_text(encoding="utf-8")) == {
        PLUGIN: {"locale": "nl_NL"},
        NEWS: {"fetchNews": "false"},
    }
    theme = {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}
    path.write_text(json.dumps({**theme, PLUGIN: {"locale": "en"}}), encoding="utf-8")
    write_overrides(path.parent)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        **theme,
        PLUGIN: {"locale": "en"},
        NEWS: {"fetchNews": "false"},
    }


def test_the_dutch_language_pack_is_installed() -> None:
    entry_points = metadata.entry_points(group="jupyterlab.languagepack")
    assert "nl_NL" in {ep.name for ep in entry_points}
