"""What wb runs on: language pipeline and package versions."""

from __future__ import annotations

import platform
from typing import Any

from wb import __version__
from wb.config import package_versions


def environment_info() -> dict[str, Any]:
    """Pipeline in use, its version, and the versions of wb's main packages.

    Read from the pipeline package's meta.json, without loading spaCy (fast).
    """
    from wb.nlp.meta import installed_pipeline_info

    return {
        "wb": __version__,
        "python": platform.python_version(),
        "pipeline": installed_pipeline_info(),
        "packages": package_versions(),
    }


def pipeline_line(pipe: dict[str, Any]) -> str:
    """The pipeline in use in one Dutch line: name, version and what it is."""
    from wb.nlp.meta import MODEL, OFFLINE_NAME

    if pipe["name"] == OFFLINE_NAME:
        what = f"wb's eigen offline pijplijn; het spaCy-model {MODEL} is niet geïnstalleerd"
    elif pipe["name"] == MODEL:
        what = "het Nederlandse spaCy-model"
    else:
        what = "een eigen spaCy-pijplijn"
    return f"Taalpijplijn: {pipe['name']} {pipe['version']} ({what})"


#: Dutch names of the pipeline's fields in `wb info` (package names stay as they are).
PIPELINE_FIELDS = {"pipes": "onderdelen", "tagger": "woordsoorten", "lemmatizer": "lemma's"}


def format_info(info: dict[str, Any]) -> str:
    """Render :func:`environment_info` as Dutch text for the terminal."""
    pipe = info["pipeline"]
    lines = [
        f"wb {info['wb']} (Python {info['python']})",
        pipeline_line(pipe),
    ]
    lines += [
        f"  {PIPELINE_FIELDS.get(k, k)}: {', '.join(v) if isinstance(v, list) else v}"
        for k, v in pipe.items()
        if k not in ("name", "version")
    ]
    lines.append("Pakketten:")
    lines += [f"  {k}: {v}" for k, v in info["packages"].items()]
    lines.append("wb downloadt niets tijdens het werk; alle tekst blijft op deze computer.")
    return "\n".join(lines)
