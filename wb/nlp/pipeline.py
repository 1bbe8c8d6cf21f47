"""Load wb's Dutch spaCy pipeline: nl_core_news_sm when installed, else the offline one.

The offline pipeline ``wb-offline-nl`` is a spaCy pipeline package shipped inside wb
(``wb/nlp/data/wb_offline_nl``: config, tokenizer, tagger weights). Both are loaded by
``spacy.load`` through :func:`load_package`, so the packaged model path is the one in use.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import wb.nlp.lemmatizer  # registers the spaCy factory wb_lemmatizer
import wb.nlp.sentences  # registers the spaCy factory wb_sentence_fix
import wb.nlp.tagger  # registers the spaCy factory wb_tagger
from wb.errors import PipelineError
from wb.nlp.lexicon import package_version

MODEL = "nl_core_news_sm"
OFFLINE_NAME = "wb-offline-nl"
OFFLINE_VERSION = "2.0.0"
OFFLINE_DIR = Path(__file__).parent / "data" / "wb_offline_nl"
OFFLINE_PIPES = ("sentencizer", "wb_sentence_fix", "wb_tagger", "wb_lemmatizer")


def model_installed() -> bool:
    """True when the nl_core_news_sm package is installed."""
    return importlib.util.find_spec(MODEL) is not None


@lru_cache(maxsize=2)
def load(prefer_model: bool = True) -> Language:
    """Dutch pipeline: nl_core_news_sm if installed and preferred, else wb's offline one."""
    if prefer_model and model_installed():
        return load_package(MODEL)
    return load_package(OFFLINE_DIR)


def load_package(name: str | Path) -> Language:
    """Load a spaCy pipeline package by name or folder, with a Dutch error when it fails."""
    try:
        return spacy.load(name)
    except (OSError, ValueError, KeyError) as exc:
        label = name if isinstance(name, str) else f"{OFFLINE_NAME} ({name})"
        advice = (
            "installeer het opnieuw of verwijder het om de offline pijplijn te gebruiken"
            if isinstance(name, str)
            else "installeer wb opnieuw"
        )
        raise PipelineError(
            f"Het spaCy-model {label} is geïnstalleerd maar kan niet worden geladen "
            f"({exc}); {advice}."
        ) from exc


def build_offline(tagger: wb.nlp.tagger.TaggerModel) -> Language:
    """Blank Dutch tokenizer + sentencizer + sentence fix + wb tagger + wb lemmatiser."""
    nlp = spacy.blank("nl")
    for name in OFFLINE_PIPES:
        nlp.add_pipe(name)
    nlp.get_pipe("wb_tagger").model = tagger
    nlp.meta["name"] = OFFLINE_NAME
    nlp.meta["version"] = OFFLINE_VERSION
    nlp.meta["description"] = (
        "wb: offline Nederlandse pijplijn (tokens, zinnen, woordsoorten, lemma's)"
    )
    nlp.meta["license"] = "CC BY-SA 4.0 (tagger weights, from UD Dutch dev data); code MIT"
    nlp.meta["sources"] = [
        {"name": "UD Dutch Alpino dev", "license": "CC BY-SA 4.0"},
        {"name": "UD Dutch LassySmall dev", "license": "CC BY-SA 4.0"},
        {"name": "OpenTaal word list (hunspell-nl)", "license": "BSD-3-Clause / CC BY 3.0"},
        {"name": "spacy-lookups-data, simplemma", "license": "MIT"},
    ]
    return nlp


def write_offline(tagger: wb.nlp.tagger.TaggerModel, path: Path = OFFLINE_DIR) -> None:
    """Write the offline pipeline package (config, meta, tokenizer, tagger weights)."""
    build_offline(tagger).to_disk(path, exclude=["vocab"])


def package_meta(name: str | Path) -> dict[str, Any] | None:
    """meta.json of a pipeline package without loading it (None when not found)."""
    if isinstance(name, Path):
        path = name / "meta.json"
    else:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            return None
        base = Path(next(iter(spec.submodule_search_locations)))
        found = sorted(base.glob("*/meta.json"))
        path = found[0] if found else base / "meta.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Which pipeline, lemmatiser and package versions are in use."""
    name = nlp.meta.get("name", "")
    lang = nlp.meta.get("lang", nlp.lang)
    full_name = name if name == OFFLINE_NAME else f"{lang}_{name}"
    if "wb_lemmatizer" in nlp.pipe_names:
        lemmatizer = wb.nlp.lemmatizer.DESCRIPTION
    elif "lemmatizer" in nlp.pipe_names:
        mode = getattr(nlp.get_pipe("lemmatizer"), "mode", "?")
        lemmatizer = f"spaCy ({mode})"
    else:
        lemmatizer = "geen"
    return {
        "name": full_name,
        "version": nlp.meta.get("version"),
        "pipes": list(nlp.pipe_names),
        "lemmatizer": lemmatizer,
        "spacy": spacy.__version__,
        "spacy_lookups_data": package_version("spacy-lookups-data"),
        "simplemma": package_version("simplemma"),
    }
