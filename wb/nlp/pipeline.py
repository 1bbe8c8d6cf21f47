"""Load wb's Dutch spaCy pipeline: nl_core_news_sm when installed, else the offline one."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

import wb.nlp.lemmatizer  # registers the spaCy factory wb_lemmatizer
import wb.nlp.sentences  # registers the spaCy factory wb_sentence_fix
from wb.errors import PipelineError
from wb.nlp.lexicon import package_version

MODEL = "nl_core_news_sm"
OFFLINE_NAME = "wb-offline-nl"
OFFLINE_VERSION = "1.0.0"


def model_installed() -> bool:
    """True when the nl_core_news_sm package is installed."""
    return importlib.util.find_spec(MODEL) is not None


@lru_cache(maxsize=2)
def load(prefer_model: bool = True) -> Language:
    """Dutch pipeline: nl_core_news_sm if installed and preferred, else wb's offline one."""
    if prefer_model and model_installed():
        try:
            return spacy.load(MODEL)
        except (OSError, ValueError) as exc:
            raise PipelineError(
                f"Het spaCy-model {MODEL} is geïnstalleerd maar kan niet worden geladen "
                f"({exc}); installeer het opnieuw of verwijder het om de offline pijplijn "
                "te gebruiken."
            ) from exc
    return build_offline()


def build_offline() -> Language:
    """Blank Dutch tokenizer + sentencizer + sentence fix + wb lemmatiser (no download)."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("wb_sentence_fix")
    nlp.add_pipe("wb_lemmatizer")
    nlp.meta["name"] = OFFLINE_NAME
    nlp.meta["version"] = OFFLINE_VERSION
    nlp.meta["description"] = "wb: offline Nederlandse pijplijn (tokens, zinnen, lemma's)"
    return nlp


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
