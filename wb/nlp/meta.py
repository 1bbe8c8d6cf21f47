"""Names and metadata of wb's Dutch pipelines, readable without importing spaCy (``wb info``)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from wb.nlp.lexicon import package_version

MODEL = "nl_core_news_sm"
OFFLINE_NAME = "wb-offline-nl"
OFFLINE_PACKAGE = "wb_offline_nl"
LEMMATIZER = "wb: woordsoort + uitzonderingen + simplemma + spaCy-lookup + regels + samenstellingen"
TAGGER = "wb: lineair model op woordvensters (UD Dutch dev-data, CC BY-SA 4.0)"


def model_installed() -> bool:
    """True when the nl_core_news_sm package is installed."""
    return importlib.util.find_spec(MODEL) is not None


def offline_installed() -> bool:
    """True when wb's own pipeline package wb_offline_nl is installed."""
    return importlib.util.find_spec(OFFLINE_PACKAGE) is not None


def package_folder(name: str) -> Path | None:
    """The folder of an installed pipeline package, found without importing it, or None."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def offline_dir() -> Path:
    """The data folder of the installed wb_offline_nl package (where training writes)."""
    base = package_folder(OFFLINE_PACKAGE)
    if base is None:
        raise FileNotFoundError(OFFLINE_PACKAGE)
    return next(base.glob(f"{OFFLINE_PACKAGE}-*"))


def package_meta(name: str) -> dict[str, Any] | None:
    """meta.json of an installed pipeline package, read without loading it, or None."""
    base = package_folder(name)
    if base is None:
        return None
    for path in [*sorted(base.glob("*/meta.json")), base / "meta.json"]:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return None


def describe(name: str, version: Any, pipes: list[str], lang: str = "nl") -> dict[str, Any]:
    """The fields ``wb info`` shows for a pipeline with these components."""
    full_name = name if name == OFFLINE_NAME else f"{lang}_{name}"
    if "wb_lemmatizer" in pipes:
        lemmatizer = LEMMATIZER
    elif "lemmatizer" in pipes:
        lemmatizer = "spaCy"
    else:
        lemmatizer = "geen"
    if "wb_tagger" in pipes:
        tagger = TAGGER
    elif "tagger" in pipes or "morphologizer" in pipes:
        tagger = "spaCy"
    else:
        tagger = "geen"
    return {
        "name": full_name,
        "version": version,
        "pipes": list(pipes),
        "tagger": tagger,
        "lemmatizer": lemmatizer,
        "spacy": package_version("spacy"),
        "spacy_lookups_data": package_version("spacy-lookups-data"),
        "simplemma": package_version("simplemma"),
    }


def installed_pipeline_info(prefer_model: bool = True) -> dict[str, Any]:
    """What :func:`wb.nlp.load` would load, from the package's meta.json (no spaCy import)."""
    meta = package_meta(MODEL) if prefer_model and model_installed() else None
    if meta is None:
        meta = package_meta(OFFLINE_PACKAGE) or {"name": OFFLINE_NAME, "pipeline": []}
    return describe(
        meta.get("name", ""), meta.get("version"), meta.get("pipeline", []), meta.get("lang", "nl")
    )
