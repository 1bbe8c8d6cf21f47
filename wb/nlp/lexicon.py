"""Dutch word lists for the offline lemmatiser, read from installed PyPI packages only.

Sources (all MIT-licensed, nothing is downloaded):

* spacy-lookups-data: ``nl_lemma_lookup`` (form -> lemma, about 213k forms) and
  ``nl_lemma_index`` (known lemmas per part of speech, about 200k).
* simplemma: its Dutch dictionary (form -> lemma, about 370k forms).
* wb's own ``data/lemma_exceptions.tsv`` (irregular forms and corrections, wins over both).
* ``data/opentaal_caps.tsv.gz``: words the OpenTaal list (Debian's hunspell-nl; Revised BSD or
  CC BY 3.0) only knows with a capital, names marked (built by ``bench/make_name_list.py``).

The merged tables are cached once per package versions in wb's cache folder (``marshal``), so
a new process does not rebuild them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import marshal
import os
from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from wb.atomic import write_atomic
from wb.errors import PipelineError, WbError

DATA_DIR = Path(__file__).parent / "data"
EXCEPTIONS_FILE = DATA_DIR / "lemma_exceptions.tsv"
CAPS_FILE = DATA_DIR / "opentaal_caps.tsv.gz"
CLASSES_FILE = DATA_DIR / "opentaal_classes.tsv.gz"


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


# Word-class bits of a form in the tables (spaCy's index and exception tables).
POS_BITS = {"noun": 1, "verb": 2, "adj": 4, "adv": 8, "adp": 16, "det": 32, "pron": 64}
CACHE_FORMAT = "5"  # bump when the cached state changes shape


def cache_dir() -> Path:
    """wb's cache folder: ``$WB_CACHE_DIR``, else ``$XDG_CACHE_HOME/wb``, else ``~/.cache/wb``."""
    explicit = os.environ.get("WB_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wb"


def read_caps(path: Path = CAPS_FILE) -> dict[str, str]:
    """OpenTaal's capital-only words, lowercased: ``N`` for names, ``C`` for other words."""
    caps: dict[str, str] = {}
    for line in _bundled_lines(path):
        word, _, kind = line.partition("\t")
        low = word.lower()
        if caps.get(low) != "N":
            caps[low] = kind
    return caps


def read_word_classes(path: Path = CLASSES_FILE) -> dict[str, str]:
    """OpenTaal's lowercase words with the first letters of their affix flags (``huis`` ->
    ``CVYZ``; see ``bench/make_word_classes.py``)."""
    return dict(line.split("\t", 1) for line in _bundled_lines(path) if "\t" in line)


def _bundled_lines(path: Path) -> list[str]:
    """The lines of a gzipped UTF-8 data file that ships with wb."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except OSError as exc:
        raise PipelineError(
            f"Het bestand {path.name} van wb ontbreekt; installeer wb opnieuw.", path=path
        ) from exc
    return text.splitlines()


def _build_state() -> dict:
    """Read all tables from the installed packages (about a second)."""
    exceptions = read_exceptions()
    # the tables hold a few lemmas with a trailing space ("gemoederen" -> "gemoed ", "hertogen",
    # noun "sloten" -> "slot "): stripped here
    lookup = {k.lower(): v.lower().strip() for k, v in _spacy_table("lookup").items()}
    index = _spacy_table("index")
    exc = _spacy_table("exc")
    simplemma = {k: v.lower().replace("_", "") for k, v in _simplemma_dictionary().items()}
    table = dict(simplemma)
    table.update(lookup)
    table.update(exceptions)
    lemma_values = set(lookup.values()) | set(simplemma.values())
    lemmas: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        lemmas.update(w.lower() for w in index.get(pos, ()))
    lemmas |= lemma_values
    lemmas.update(exceptions.values())
    verbs = {w.lower() for w in index.get("verb", ()) if w.endswith("en")} & lemma_values
    pos_mask: dict[str, int] = {}
    for source in (index, exc):
        for pos, words in source.items():
            bit = POS_BITS.get(pos)
            if bit:
                for word in words:
                    low = word.lower()
                    pos_mask[low] = pos_mask.get(low, 0) | bit
    pos_exc = {
        pos.upper(): {k.lower(): v[0].lower().strip() for k, v in exc.get(pos, {}).items() if v}
        for pos in ("noun", "verb", "adj")
    }
    return {
        "exceptions": exceptions,
        "pos_exc": pos_exc,
        "table": table,
        "lemmas": sorted(lemmas),
        "lemma_values": sorted(lemma_values),
        "verbs": sorted(verbs),
        "pos_mask": pos_mask,
        "caps": read_caps(),
        "word_classes": read_word_classes(),
    }


def _cache_key() -> str:
    parts = [
        CACHE_FORMAT,
        package_version("spacy-lookups-data") or "",
        package_version("simplemma") or "",
        hashlib.sha1(EXCEPTIONS_FILE.read_bytes()).hexdigest(),
        hashlib.sha1(CAPS_FILE.read_bytes()).hexdigest(),
        hashlib.sha1(CLASSES_FILE.read_bytes()).hexdigest(),
    ]
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:16]


def _load_state() -> dict:
    """The tables from wb's cache folder, built and cached on first use."""
    try:
        path = cache_dir() / f"lexicon-{_cache_key()}.marshal"
    except OSError:
        return _build_state()
    try:
        state = marshal.loads(path.read_bytes())
        if isinstance(state, dict) and state.get("format") == CACHE_FORMAT:
            return state
    except (OSError, ValueError, EOFError, TypeError):
        pass
    state = _build_state()
    state["format"] = CACHE_FORMAT
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(state))
    except (OSError, WbError):
        pass  # a read-only home: work without the cache
    return state


class Lexicon:
    """Form -> lemma tables, the set of known lemmas and word-class hints per form."""

    def __init__(self, state: dict | None = None) -> None:
        state = state if state is not None else _load_state()
        self.exceptions: dict[str, str] = state["exceptions"]
        # exceptions > spaCy lookup > simplemma (``_`` removed), merged
        self.table: dict[str, str] = state["table"]
        self.lemmas: set[str] = set(state["lemmas"])
        # lemmas of some form in the tables (the index also holds inflected forms)
        self.lemma_values: set[str] = set(state["lemma_values"])
        self.verbs: set[str] = set(state["verbs"])
        self.pos_mask: dict[str, int] = state["pos_mask"]
        # spaCy's exception tables per word class: NOUN/VERB/ADJ -> form -> lemma
        self.pos_exc: dict[str, dict[str, str]] = state["pos_exc"]
        self.caps: dict[str, str] = state["caps"]
        # OpenTaal's lowercase words -> first letters of their affix flags (word-class hint)
        self.word_classes: dict[str, str] = state["word_classes"]

    def table_lemma(self, form: str) -> str | None:
        """Lemma from the tables, by priority: wb exceptions, spaCy lookup, simplemma."""
        return self.table.get(form)

    def is_known(self, form: str) -> bool:
        """True when the form is in a table or is a known lemma."""
        return form in self.lemmas or form in self.table


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon (from wb's cache folder; built once, about a second)."""
    return Lexicon()
