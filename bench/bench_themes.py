"""Theme model benchmark: quality per backend on the labelled corpus, then speed on 5,000 passages.

Usage: python bench/bench_themes.py [--skip-speed] [--speed-only] [--n 5000]

Quality: notulen + verhalen, one passage per paragraph, labels from corpora/themes.csv. NMI and
ARI are computed on the paragraphs that are not `overig` (headings, agendas, attendance lists)
and, in brackets, on all paragraphs (outliers count as one more cluster). NPMI: mean normalised
PMI of all pairs of each theme's top-10 keywords, from document co-occurrence of lemmas in the
corpus itself (a pair that never co-occurs scores -1). Speed: the default model (TF-IDF + SVD,
5 stability runs) on 5,000 synthetic passages (paragraphs of the corpus with sentences dropped
and shuffled) in a fresh process; peak memory is that process's maximum RSS.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402

from wb.themes.embed import get_embedder, lemma_texts, stop_words  # noqa: E402
from wb.themes.model import ThemeModel  # noqa: E402
from wb.themes.segments import read_folder_texts, segment_documents  # noqa: E402

FOLDERS = [REPO / "corpora" / "notulen", REPO / "corpora" / "verhalen"]


def labelled_segments():
    """Paragraph segments of the bundled corpus with their gold theme."""
    gold = {}
    with (REPO / "corpora" / "themes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gold[(row["file"], int(row["paragraph"]))] = row["theme"]
    segs = segment_documents(read_folder_texts(FOLDERS))
    seen: dict[str, int] = {}
    labels = []
    for s in segs:
        i = seen.get(s.doc, 0)
        seen[s.doc] = i + 1
        labels.append(gold[(s.doc, i)])
    return segs, np.array(labels)


def npmi(
    themes_keywords: list[list[str]],
    lemma_docs: list[str],
    top: int = 10,
    raw_texts: list[str] | None = None,
) -> float:
    """Mean NPMI of keyword pairs per theme, from document co-occurrence in lemma_docs."""
    docs = [set(d.split()) for d in lemma_docs]
    if raw_texts is not None:  # raw-word keywords (BERTopic defaults) are counted as words
        docs = [
            d | set(re.findall(r"\w+", t.lower())) for d, t in zip(docs, raw_texts, strict=True)
        ]
    n = len(docs)
    scores = []
    for words in themes_keywords:
        words = words[:top]
        pair_scores = []
        for a, b in combinations(words, 2):
            pa = sum(a in d for d in docs) / n
            pb = sum(b in d for d in docs) / n
            pab = sum(a in d and b in d for d in docs) / n
            if pab == 0 or pa == 0 or pb == 0:
                pair_scores.append(-1.0)
            elif pab == 1:
                pair_scores.append(1.0)
            else:
                pair_scores.append(np.log(pab / (pa * pb)) / -np.log(pab))
        if pair_scores:
            scores.append(float(np.mean(pair_scores)))
    return float(np.mean(scores)) if scores else float("nan")


def scores(labels: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """NMI/ARI without overig (main) and with everything."""
    m = gold != "overig"
    return {
        "nmi": normalized_mutual_info_score(gold[m], labels[m]),
        "ari": adjusted_rand_score(gold[m], labels[m]),
        "nmi_all": normalized_mutual_info_score(gold, labels),
        "ari_all": adjusted_rand_score(gold, labels),
        "outliers": float(np.mean(labels == -1)),
        "k": len(set(labels.tolist()) - {-1}),
    }


def run_theme_model(segs, gold, lemmas, **params) -> dict:
    t = time.perf_counter()
    model = ThemeModel(**params).fit(segs)
    row = scores(model.labels_, gold)
    row["time"] = time.perf_counter() - t
    row["npmi"] = npmi([th["keywords"] for th in model.themes_], lemmas)
    return row


def run_nmf(segs, gold, lemmas, k: int = 12) -> dict:
    """Baseline: NMF on TF-IDF of lemmas with the true number of themes (favourable)."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    t = time.perf_counter()
    tfidf = TfidfVectorizer(token_pattern=r"\S+", min_df=2, sublinear_tf=True)
    X = tfidf.fit_transform(lemmas)
    nmf = NMF(n_components=k, init="nndsvda", random_state=0, max_iter=500)
    W = nmf.fit_transform(X)
    labels = np.where(W.sum(axis=1) > 0, W.argmax(axis=1), -1)
    vocab = np.array(tfidf.get_feature_names_out())
    keywords = [list(vocab[np.argsort(-h)[:10]]) for h in nmf.components_]
    row = scores(labels, gold)
    row["time"] = time.perf_counter() - t
    row["npmi"] = npmi(keywords, lemmas)
    return row


def run_bertopic_defaults(segs, gold, lemmas, embedder: str) -> dict:
    """The failure case: BERTopic's defaults (UMAP 5d + HDBSCAN 10, raw-word vectorizer)."""
    from bertopic import BERTopic
    from hdbscan import HDBSCAN
    from umap import UMAP

    texts = [s.text for s in segs]
    t = time.perf_counter()
    emb = get_embedder(embedder)
    X = emb.embed(lemma_texts(texts) if emb.input == "lemmas" else texts)
    model = BERTopic(
        embedding_model=None,
        umap_model=UMAP(
            n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42
        ),
        hdbscan_model=HDBSCAN(min_cluster_size=10, prediction_data=True),
    )
    labels = np.asarray(model.fit_transform(texts, embeddings=X)[0])
    row = scores(labels, gold)
    row["time"] = time.perf_counter() - t
    ids = sorted(set(labels.tolist()) - {-1})
    keywords = [[w for w, _ in model.get_topic(i)] for i in ids]
    row["npmi"] = npmi(keywords, lemmas, raw_texts=texts)
    return row


def quality() -> list[tuple[str, dict]]:
    segs, gold = labelled_segments()
    lemmas = lemma_texts([s.text for s in segs], stop_words())
    rows = [
        ("BERTopic defaults (USE, UMAP+HDBSCAN)", run_bertopic_defaults(segs, gold, lemmas, "use")),
        (
            "BERTopic defaults (TF-IDF, UMAP+HDBSCAN)",
            run_bertopic_defaults(segs, gold, lemmas, "tfidf"),
        ),
        ("NMF on TF-IDF lemmas, k=12 (baseline)", run_nmf(segs, gold, lemmas)),
    ]
    for name in ("tfidf", "use", "e5"):
        for reduction in ("pca", "umap"):
            label = f"wb ThemeModel {name} + {reduction.upper()} + silhouette-KMeans"
            rows.append(
                (label, run_theme_model(segs, gold, lemmas, embedder=name, reduction=reduction))
            )
    return rows


def print_table(rows: list[tuple[str, dict]]) -> None:
    print("| stack | NMI (all) | ARI (all) | NPMI | outliers | themes | time |")
    print("|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(
            f"| {name} | {r['nmi']:.3f} ({r['nmi_all']:.3f}) | {r['ari']:.3f} ({r['ari_all']:.3f}) "
            f"| {r['npmi']:.3f} | {r['outliers']:.1%} | {r['k']} | {r['time']:.1f} s |"
        )


def synthetic_texts(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """n passages: corpus paragraphs with a sentence dropped and the rest shuffled."""
    segs, _ = labelled_segments()
    pool = [s.text for s in segs if len(s.text.split()) >= 25]
    rng = random.Random(seed)
    docs = []
    for i in range(0, n, 50):
        paras = []
        for _ in range(min(50, n - i)):
            sents = re.split(r"(?<=[.!?])\s+", rng.choice(pool))
            if len(sents) > 2:
                sents.pop(rng.randrange(len(sents)))
            rng.shuffle(sents)
            paras.append(" ".join(sents))
        docs.append((f"synthetisch/{i // 50:03d}.txt", "\n\n".join(paras)))
    return docs


def speed_child(n: int) -> None:
    from wb.themes.run import themes_for_segments

    segs = segment_documents(synthetic_texts(n))
    t = time.perf_counter()
    result = themes_for_segments(segs)
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "passages": len(segs),
                "words": sum(len(s.text.split()) for s in segs),
                "seconds": round(elapsed, 1),
                "peak_mb": round(peak),
                "themes": len(result["themes"]),
                "outlier_share": result["outlier_share"],
                "stability_ari": result["stability"]["ari"],
            }
        )
    )


def speed(n: int) -> None:
    out = subprocess.run(
        [sys.executable, __file__, "--speed-child", str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--speed-child", type=int, default=0)
    parser.add_argument("--n", type=int, default=5000)
    args = parser.parse_args()
    if args.speed_child:
        speed_child(args.speed_child)
        return
    if not args.speed_only:
        print_table(quality())
    if not args.skip_speed:
        speed(args.n)


if __name__ == "__main__":
    main()
