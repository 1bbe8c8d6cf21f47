"""The theme model: BERTopic with an offline, seeded stack and a cluster count chosen by silhouette.

Stages (each a parameter, each replaceable): embedding (:mod:`wb.themes.embed`, default TF-IDF
+ SVD on lemmas) -> reduction (PCA to 10 dimensions, L2-normalised; or UMAP, or any object with
``fit``/``transform``) -> clustering (:class:`SilhouetteKMeans`: KMeans for every k in a range
that grows with the corpus, the k with the best silhouette wins; passages with a negative
silhouette are outliers) -> outlier reduction (an outlier joins its nearest theme when it is at
least as close as 95% of that theme's own members) -> c-TF-IDF on lemmas without Dutch and
domain stop words -> MaximalMarginalRelevance keywords. BERTopic never loads a model itself: it
gets precomputed embeddings and an embedding object, never a model name.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClusterMixin

from wb.errors import InvalidChoiceError, NothingToDoError
from wb.themes.embed import default_threads, get_embedder, lemma_pairs, stop_words
from wb.themes.segments import Segment

MIN_LEMMAS = 3  # passages with fewer content lemmas (headings, "Agenda") are outliers


class SilhouetteKMeans(ClusterMixin, BaseEstimator):
    """KMeans with k chosen by the mean silhouette over a range; negative silhouette -> -1."""

    def __init__(
        self,
        n_clusters: int | str = "auto",
        k_min: int = 5,
        k_max: int = 30,
        outlier_silhouette: float | None = 0.0,
        sample_size: int = 2000,
        n_init: int = 10,
        seed: int = 0,
    ):
        self.n_clusters = n_clusters
        self.k_min = k_min
        self.k_max = k_max
        self.outlier_silhouette = outlier_silhouette
        self.sample_size = sample_size
        self.n_init = n_init
        self.seed = seed

    def candidate_ks(self, n: int) -> list[int]:
        """The k values tried for n passages: k_min..min(k_max, n // 6), at least 2.

        n // 6 (was n // 10): on small subsets of corpora/ (40-70 passages) it raised NMI from
        .38 to .56 and ARI from .10 to .18 (bench/README.md).
        """
        if self.n_clusters != "auto":
            return [max(1, min(int(self.n_clusters), n))]
        hi = max(2, min(self.k_max, n // 6))
        lo = max(2, min(self.k_min, hi))
        return list(range(lo, hi + 1))

    def fit(self, X: np.ndarray, y: Any = None) -> SilhouetteKMeans:
        """Cluster X; sets labels_, n_clusters_, silhouettes_ (k -> mean silhouette)."""
        from sklearn.cluster import KMeans
        from sklearn.metrics import silhouette_samples, silhouette_score

        X = np.asarray(X)
        n = len(X)
        ks = self.candidate_ks(n)
        self.silhouettes_: dict[int, float] = {}
        best = None
        for k in ks:
            km = KMeans(n_clusters=k, n_init=self.n_init, random_state=self.seed).fit(X)
            if len(ks) == 1 or k < 2 or len(set(km.labels_)) < 2:
                best = km
                break
            score = float(
                silhouette_score(
                    X,
                    km.labels_,
                    sample_size=min(self.sample_size, n),
                    random_state=self.seed,
                )
            )
            self.silhouettes_[k] = score
            if best is None or score > self.silhouettes_[best.n_clusters]:
                best = km
        labels = best.labels_.astype(int).copy()
        self.n_clusters_ = int(best.n_clusters)
        if self.outlier_silhouette is not None and self.n_clusters_ > 1:
            s = silhouette_samples(X, labels)
            labels[s < self.outlier_silhouette] = -1
        self.labels_ = labels
        return self


def make_reduction(kind: str | Any, n: int, n_components: int, seed: int) -> Any:
    """The reduction stage: 'pca' (normalised), 'umap', 'none', or an object used as is."""
    if not isinstance(kind, str):
        return kind
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, Normalizer

    dims = max(2, min(n_components, n - 2))
    if kind == "pca":
        from sklearn.decomposition import PCA

        return make_pipeline(PCA(n_components=dims, random_state=seed), Normalizer())
    if kind == "umap":
        from umap import UMAP

        neighbours = max(2, min(15, n - 1))
        return UMAP(
            n_neighbors=neighbours,
            n_components=dims,
            min_dist=0.0,
            metric="cosine",
            random_state=seed,
            n_jobs=1,
        )
    if kind == "none":
        return make_pipeline(FunctionTransformer(), Normalizer())
    raise InvalidChoiceError(f"onbekende reductie '{kind}'; kies uit: pca, umap, none.")


class _Backend:
    """Adapter that makes a wb embedder a BERTopic BaseEmbedder (used for MMR word vectors)."""

    def __new__(cls, embedder: Any):
        from bertopic.backend import BaseEmbedder

        class Adapter(BaseEmbedder):
            def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
                return self.embedding_model.embed(list(documents))

            def embed_words(self, words: list[str], verbose: bool = False) -> np.ndarray:
                return self.embedding_model.embed_words(list(words))

        return Adapter(embedding_model=embedder)


def without_empty_themes(themes: list[dict[str, Any]], labels: np.ndarray) -> list[dict[str, Any]]:
    """The themes that have a keyword; the passages of one without any become outliers (-1) in
    ``labels`` (in place): a theme without one readable keyword has no name either ("thema 13"),
    and a summary shows no empty theme (themes11)."""
    empty = [t["id"] for t in themes if not t["keywords"]]
    labels[np.isin(labels, empty)] = -1
    return [t for t in themes if t["keywords"]]


def _check_theme_count(n_themes: int | str, n_passages: int) -> None:
    """Refuse a number of themes below 2 or not below the number of passages, in Dutch."""
    if n_themes == "auto":
        return
    if isinstance(n_themes, bool) or not isinstance(n_themes, int) or n_themes < 2:
        raise InvalidChoiceError(
            f"aantal thema's {n_themes!r} kan niet; geef een geheel getal van 2 of meer, of "
            "'auto' (wb kiest dan het aantal dat het best scheidt)."
        )
    if n_themes >= n_passages:
        raise InvalidChoiceError(
            f"{n_themes} thema's kan niet: er zijn {n_passages} passages met genoeg tekst (ten "
            f"minste {MIN_LEMMAS} inhoudswoorden); vraag om minder thema's dan passages, of "
            "gebruik 'auto'."
        )


class ThemeModel:
    """Themes of passages with BERTopic; scikit-learn style (fit -> themes_, labels_)."""

    def __init__(
        self,
        embedder: str | Any = "tfidf",
        n_themes: int | str = "auto",
        reduction: str | Any = "pca",
        n_components: int = 10,
        clustering: Any = None,
        max_themes: int = 30,
        top_n_words: int = 10,
        diversity: float = 0.1,
        reduce_outliers: bool = True,
        extra_stop_words: Sequence[str] = (),
        seed: int = 0,
    ):
        self.embedder = embedder
        self.n_themes = n_themes
        self.reduction = reduction
        self.n_components = n_components
        self.clustering = clustering
        self.max_themes = max_themes
        self.top_n_words = top_n_words
        self.diversity = diversity
        self.reduce_outliers = reduce_outliers
        self.extra_stop_words = extra_stop_words
        self.seed = seed

    def _embedder(self) -> Any:
        if isinstance(self.embedder, str):
            if self.embedder == "tfidf":
                return get_embedder("tfidf", seed=self.seed)
            return get_embedder(self.embedder, threads=default_threads())
        return self.embedder

    def fit(
        self, segments: Sequence[Segment | str], embeddings: np.ndarray | None = None
    ) -> ThemeModel:
        """Fit on passages (Segments or strings); `embeddings` skips the embedding stage."""
        texts = [_without_speaker(s) for s in segments]
        stop = stop_words(self.extra_stop_words)
        pairs = _cached_pairs(texts, stop)
        lemmas = [" ".join(lemma for lemma, *_ in p) for p in pairs]
        # keywords are ranked among the tagger's nouns only (the clustering sees every lemma)
        nouns = [" ".join(lemma for lemma, _, pos in p if pos == "NOUN") for p in pairs]
        self.texts_, self.pairs_, self.stop_ = texts, pairs, stop
        keep = np.array([len(lem.split()) >= MIN_LEMMAS for lem in lemmas], dtype=bool)
        if keep.sum() < 4:
            raise NothingToDoError(
                f"te weinig tekst om thema's te vinden: {int(keep.sum())} passages met ten minste "
                f"{MIN_LEMMAS} inhoudswoorden (er zijn er minstens 4 nodig)."
            )
        _check_theme_count(self.n_themes, int(keep.sum()))
        embedder = self._embedder()
        if embeddings is None:
            source = lemmas if getattr(embedder, "input", "text") == "lemmas" else texts
            embeddings = embedder.embed([t for t, k in zip(source, keep, strict=True) if k])
        elif len(embeddings) == len(texts):
            embeddings = np.asarray(embeddings)[keep]
        self.embedder_ = embedder
        self.embeddings_ = np.asarray(embeddings, dtype=np.float32)
        docs = [lem for lem, k in zip(nouns, keep, strict=True) if k]
        if not any(docs):
            docs = [lem for lem, k in zip(lemmas, keep, strict=True) if k]
        topics = self._fit_bertopic(docs, self.embeddings_)
        labels = np.full(len(texts), -1, dtype=int)
        labels[keep] = topics
        self.kept_ = keep
        self.themes_ = without_empty_themes(self._themes(labels), labels)
        self.labels_ = labels
        return self

    def _fit_bertopic(self, docs: list[str], X: np.ndarray) -> np.ndarray:
        from bertopic import BERTopic
        from bertopic.representation import MaximalMarginalRelevance
        from bertopic.vectorizers import ClassTfidfTransformer
        from sklearn.feature_extraction.text import CountVectorizer

        n = len(docs)
        clustering = self.clustering or SilhouetteKMeans(
            n_clusters=self.n_themes, k_max=self.max_themes, seed=self.seed
        )
        vectorizer = CountVectorizer(token_pattern=r"\S+", min_df=2 if n >= 50 else 1)
        model = BERTopic(
            embedding_model=_Backend(self.embedder_),
            umap_model=make_reduction(self.reduction, n, self.n_components, self.seed),
            hdbscan_model=clustering,
            vectorizer_model=vectorizer,
            ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
            representation_model=MaximalMarginalRelevance(
                diversity=self.diversity, top_n_words=self.top_n_words
            ),
            top_n_words=max(30, self.top_n_words),
            calculate_probabilities=False,
            verbose=False,
        )
        topics = np.asarray(model.fit_transform(docs, embeddings=X)[0], dtype=int)
        self.clustering_ = clustering
        self.outlier_share_before_reduction_ = float(np.mean(topics == -1))
        if self.reduce_outliers and (topics == -1).any() and (topics != -1).any():
            threshold = _join_threshold(X, topics, model.topic_embeddings_, model._outliers)
            self.outlier_threshold_ = threshold
            reduced = model.reduce_outliers(
                docs, list(topics), strategy="embeddings", embeddings=X, threshold=threshold
            )
            topics = np.asarray(reduced, dtype=int)
            _quiet_update_topics(
                model,
                docs,
                topics=list(topics),
                vectorizer_model=vectorizer,
                ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
                representation_model=MaximalMarginalRelevance(
                    diversity=self.diversity, top_n_words=self.top_n_words
                ),
                top_n_words=max(30, self.top_n_words),
            )
        self.bertopic_ = model
        return topics

    def _themes(self, labels: np.ndarray) -> list[dict[str, Any]]:
        from wb.themes.phrase_names import theme_label
        from wb.themes.words import readable_keywords

        themes = []
        for tid in sorted(set(labels.tolist()) - {-1}):
            ranked = [w for w, _ in self.bertopic_.get_topic(tid) or []]
            members = np.flatnonzero(labels == tid)
            keywords, lemmas = readable_keywords(
                ranked, [self.pairs_[i] for i in members], self.stop_, self.top_n_words
            )
            # a name an earlier theme of this run holds gives way to the next candidate
            taken = [t["label"] for t in themes]
            label = theme_label([self.texts_[i] for i in members], keywords, lemmas, taken=taken)
            themes.append(
                {
                    "id": int(tid),
                    "label": label or f"thema {tid}",
                    "keywords": keywords,
                    "lemmas": lemmas,
                    "size": len(members),
                }
            )
        from wb.themes.name_pairs import distinguish_names

        members_of = [np.flatnonzero(labels == t["id"]) for t in themes]
        themes = distinguish_names(themes, [[self.texts_[i] for i in m] for m in members_of])
        return [self._with_head(t, m) for t, m in zip(themes, members_of, strict=True)]

    def _with_head(self, theme: dict[str, Any], members: np.ndarray) -> dict[str, Any]:
        """The theme with its name's head first among its keywords when it is a keyword below
        the five best or one of the theme's 30 best c-TF-IDF words (themes-words)."""
        from wb.themes.head_keywords import keywords_with_head
        from wb.themes.words import readable_keywords

        model = self.bertopic_
        row = np.asarray(model.c_tf_idf_[theme["id"] + model._outliers].todense()).ravel()
        vocab = model.vectorizer_model.get_feature_names_out()
        ranked = [vocab[i] for i in np.argsort(-row, kind="stable")[:30] if row[i] > 0]
        pool, pool_lemmas = readable_keywords(
            ranked, [self.pairs_[i] for i in members], self.stop_, 30
        )
        keywords, lemmas = keywords_with_head(
            theme["label"], theme["keywords"], theme["lemmas"], pool, pool_lemmas, self.top_n_words
        )
        return {**theme, "keywords": keywords, "lemmas": lemmas}

    @property
    def outlier_share_(self) -> float:
        """Share of passages that remain outliers (-1) after outlier reduction."""
        return float(np.mean(self.labels_ == -1))


_PAIR_CACHE: dict[tuple[int, frozenset[str]], tuple[list[str], list[list[tuple[str, ...]]]]] = {}


def _cached_pairs(texts: list[str], stop: frozenset[str]) -> list[list[tuple[str, ...]]]:
    """lemma_pairs with word classes, remembered for the last corpus (stability runs tag once)."""
    key = (hash(tuple(texts)), stop)
    hit = _PAIR_CACHE.get(key)
    if hit is None or hit[0] != texts:
        _PAIR_CACHE.clear()
        hit = _PAIR_CACHE[key] = (list(texts), lemma_pairs(texts, stop, tags=True))
    return list(hit[1])


def _quiet_update_topics(model: Any, docs: list[str], **params: Any) -> None:
    """update_topics without BERTopic's warning about custom topic assignments."""
    log = logging.getLogger("BERTopic")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        model.update_topics(docs, **params)
    finally:
        log.setLevel(level)


def _without_speaker(segment: Segment | str) -> str:
    """The passage text without a 'Rol (organisatie): ' prefix."""
    if isinstance(segment, Segment) and segment.speaker:
        _head, sep, rest = segment.text.partition(": ")
        return rest if sep else segment.text
    return segment.text if isinstance(segment, Segment) else str(segment)


def _join_threshold(X: np.ndarray, topics: np.ndarray, topic_vecs: Any, offset: int) -> float:
    """Cosine similarity an outlier needs: the 5th percentile of members to their own theme."""
    vecs = np.asarray(topic_vecs, dtype=np.float64)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    Xn = X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    members = topics != -1
    sims = np.einsum("ij,ij->i", Xn[members], vecs[topics[members] + offset])
    return float(np.quantile(sims, 0.05))
