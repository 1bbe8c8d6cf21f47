"""Dutch word lists for the offline lemmatiser, read from installed PyPI packages only.

Sources (all MIT-licensed, nothing is downloaded):

* spacy-lookups-data: ``nl_lemma_lookup`` (form -> lemma, about 213k forms) and
  ``nl_lemma_index`` (known lemmas per part of speech, about 200k).
* simplemma: its Dutch dictionary (form -> lemma, about 370k forms).
* wb's own ``data/lemma_exceptions.tsv`` (irregular forms and corrections, wins over both).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from wb.errors import PipelineError

DATA_DIR = Path(__file__).parent / "data"
EXCEPTIONS_FILE = DATA_DIR / "lemma_exceptions.tsv"


def package_version(name: str) -> str | None:
    """Installed version of a distribution, or None."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _spacy_table(name: str) -> dict:
    try:
        import spacy_lookups_data
    except ImportError as exc:
        raise PipelineError(
            "Het pakket spacy-lookups-data ontbreekt; installeer wb opnieuw "
            "(pip install spacy-lookups-data)."
        ) from exc
    path = Path(spacy_lookups_data.__file__).parent / "data" / f"nl_lemma_{name}.json.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise PipelineError(
            f"De Nederlandse lemmatabel {path.name} van spacy-lookups-data kan niet worden "
            "gelezen; installeer spacy-lookups-data opnieuw."
        ) from exc


def _simplemma_dictionary() -> Mapping[str, str]:
    """simplemma's Dutch form -> lemma mapping (empty when simplemma is unavailable)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
        )
    except ImportError:
        return {}
    try:
        table = DefaultDictionaryFactory().get_dictionary("nl")
        first = next(iter(table), "")
    except Exception:  # any failure means: work without simplemma (pipeline_info says so)
        return {}
    if isinstance(first, bytes):  # older simplemma releases keep raw bytes
        return {k.decode(): v.decode() for k, v in table.items()}
    return table


def read_exceptions(path: Path = EXCEPTIONS_FILE) -> dict[str, str]:
    """Read ``form<TAB>lemma`` lines; ``#`` starts a comment."""
    table: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(
            f"Het bestand {path.name} van wb ontbreekt; installeer wb opnieuw.", path=path
        ) from exc
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
            raise PipelineError(
                "Verwacht 'vorm<TAB>lemma'; herstel deze regel.", path=path, line=number
            )
        table[cols[0].strip().lower()] = cols[1].strip().lower()
    return table


class Lexicon:
    """Form -> lemma tables and the set of known lemmas."""

    def __init__(self) -> None:
        self.exceptions = read_exceptions()
        self.lookup: dict[str, str] = {
            k.lower(): v.lower() for k, v in _spacy_table("lookup").items()
        }
        index = _spacy_table("index")
        self.simplemma = _simplemma_dictionary()
        self.lemmas: set[str] = set()
        for pos in ("noun", "verb", "adj", "adv"):
            self.lemmas.update(w.lower() for w in index.get(pos, ()))
        # lemmas of some form in the tables (the index also holds inflected forms)
        self.lemma_values: set[str] = set(self.lookup.values())
        self.lemma_values.update(v.lower().replace("_", "") for v in self.simplemma.values())
        self.verbs: set[str] = {
            w.lower() for w in index.get("verb", ()) if w.endswith("en")
        } & self.lemma_values
        self.lemmas.update(self.lemma_values)
        self.lemmas.update(self.exceptions.values())

    def simplemma_lemma(self, form: str) -> str | None:
        """simplemma's dictionary lemma for a lowercase form (``_`` removed), or None."""
        lemma = self.simplemma.get(form)
        if lemma is None:
            return None
        return lemma.lower().replace("_", "")

    def table_lemma(self, form: str) -> str | None:
        """Lemma from the tables, by priority: wb exceptions, spaCy lookup, simplemma."""
        lemma = self.exceptions.get(form)
        if lemma is not None:
            return lemma
        lemma = self.lookup.get(form)
        if lemma is not None:
            return lemma
        return self.simplemma_lemma(form)

    def is_known(self, form: str) -> bool:
        """True when the form is in a table or is a known lemma."""
        return (
            form in self.lemmas
            or form in self.lookup
            or form in self.exceptions
            or self.simplemma.get(form) is not None
        )


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon (loaded once, about a second)."""
    return Lexicon()
