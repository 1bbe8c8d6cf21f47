"""Load wb's Dutch spaCy pipeline: nl_core_news_sm when installed, else the offline one.

The offline pipeline ``wb-offline-nl`` is a spaCy pipeline package installed next to wb
(``models/wb_offline_nl``: config, meta, tagger weights; the components are wb's code). Both are
loaded by name with ``spacy.load`` through :func:`load_package`, so the packaged model path is the
one in use.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import wb.nlp.acronyms  # registers the spaCy factory wb_acronyms
import wb.nlp.lemmatizer  # registers the spaCy factory wb_lemmatizer
import wb.nlp.sentences  # registers the spaCy factory wb_sentence_fix
import wb.nlp.tagger  # registers the spaCy factory wb_tagger
from wb.errors import PipelineError, PipelineNotInstalledError
from wb.nlp.backend import choose_backend
from wb.nlp.meta import (
    MODEL,
    OFFLINE_NAME,
    OFFLINE_PACKAGE,
    describe,
    model_installed,
    offline_dir,
    offline_installed,
)

OFFLINE_VERSION = "2.0.0"
OFFLINE_PIPES = ("sentencizer", "wb_sentence_fix", "wb_tagger", "wb_lemmatizer")


@lru_cache(maxsize=6)
def load(prefer_model: bool = True, backend: str = "wb") -> Language:
    """Dutch pipeline: nl_core_news_sm if installed and preferred, else wb's offline one.

    ``backend`` 'frog' needs the Frog program (a Dutch error says how to install it);
    'auto' uses Frog only when it is installed and usable, else wb's own pipeline.
    """
    choose_backend(backend)
    if prefer_model and model_installed():
        nlp = load_package(MODEL)
        if "wb_acronyms" not in nlp.pipe_names:
            nlp.add_pipe("wb_acronyms", last=True)  # "volgens het OM": PROPN, not "om"
        return _any_readable_length(nlp)
    if not offline_installed():
        raise PipelineNotInstalledError(
            f"De offline taalpijplijn {OFFLINE_NAME} is niet geïnstalleerd en "
            f"{MODEL} ook niet; voer 'make venv' uit in de map van wb, of "
            "'pip install --no-deps -e models/wb_offline_nl'."
        )
    return _any_readable_length(load_package(OFFLINE_PACKAGE, exclude=["tokenizer"]))


def _any_readable_length(nlp: Language) -> Language:
    """The pipeline takes every text wb reads: spaCy's own limit (a million characters) stopped
    `wb labels` and `wb code` on a 2 MB report with a traceback (realtext-contracts); wb reads
    files up to DEFAULT_MAX_BYTES, so no text of a document is longer."""
    from wb.corpus.readers import DEFAULT_MAX_BYTES

    nlp.max_length = max(nlp.max_length, DEFAULT_MAX_BYTES + 1)
    return nlp


def load_package(name: str | Path, exclude: list[str] | None = None) -> Language:
    """Load a spaCy pipeline package by name or folder, with a Dutch error when it fails.

    wb's own package keeps spaCy's Dutch tokenizer as its config builds it (``exclude``
    tokenizer: it is not stored, so it is not built twice).
    """
    try:
        return spacy.load(name, exclude=exclude or [])
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
    nlp.meta["license"] = "CC BY-SA 4.0 (tagger weights, from UD Dutch data); code MIT"
    nlp.meta["sources"] = [
        {"name": "UD Dutch Alpino dev (UD 2.16)", "license": "CC BY-SA 4.0"},
        {"name": "UD Dutch LassySmall dev (UD 2.16)", "license": "CC BY-SA 4.0"},
        {
            "name": (
                "UD Dutch Alpino and LassySmall, older releases 2015-2024 from the git "
                "history (sentences of the UD 2.16 dev and test sets removed; labels "
                "converted to UD 2.16 conventions)"
            ),
            "license": "CC BY-SA 4.0",
        },
        {"name": "OpenTaal word list (hunspell-nl)", "license": "BSD-3-Clause / CC BY 3.0"},
        {"name": "spacy-lookups-data, simplemma", "license": "MIT"},
    ]
    return nlp


def write_offline(tagger: wb.nlp.tagger.TaggerModel, path: Path | None = None) -> Path:
    """Write the offline pipeline package's data (config, meta, tagger weights); its folder."""
    path = path or offline_dir()
    build_offline(tagger).to_disk(path, exclude=["vocab", "tokenizer"])
    return path


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Which pipeline, tagger, lemmatiser and package versions are in use."""
    return describe(
        nlp.meta.get("name", ""),
        nlp.meta.get("version"),
        list(nlp.pipe_names),
        nlp.meta.get("lang", nlp.lang),
    )
