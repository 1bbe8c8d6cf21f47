"""wb-offline-nl: wb's offline Dutch spaCy pipeline, installed as a pipeline package.

``spacy.load("wb_offline_nl")`` finds it by name, the way it finds ``nl_core_news_sm``. The
component factories (``wb_sentence_fix``, ``wb_tagger``, ``wb_lemmatizer``) are wb's code, so
loading imports ``wb.nlp.pipeline`` first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.util import get_model_meta, load_model_from_path

PACKAGE = Path(__file__).parent
DATA = next(PACKAGE.glob("wb_offline_nl-*"))
__version__ = get_model_meta(DATA)["version"]


def load(**overrides: Any) -> Language:
    """Load the pipeline from the package's data folder (spaCy's package entry point)."""
    import wb.nlp.pipeline  # noqa: F401  registers wb's component factories

    return load_model_from_path(DATA, meta=get_model_meta(DATA), **overrides)
