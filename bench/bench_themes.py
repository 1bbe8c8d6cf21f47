"""Theme model benchmark: quality per backend on the labelled corpus, then speed on 5,000 passages.

Usage: python bench/bench_themes.py [--skip-speed] [--speed-only] [--n 5000]
       python bench/bench_themes.py --readable   (real texts + held-out synthetic set only)
       python bench/bench_themes.py --readable --round N [--later]   (one real round only)

A real round whose texts have ``split: sealed`` in the manifest (round 23 now; round 9 until
2026-12-06 07:16 UTC, round 10 until 09:38 UTC, round 11 until 12:35 UTC, round 12 until 15:09
UTC, round 13 until 18:03 UTC, round 14 until 20:29 UTC, round 15 until 23:56 UTC, round 16 until
2026-12-07 02:37 UTC, round 17 until 06:00 UTC, round 18 until 08:40 UTC, round 19 until 11:57
UTC, round 20 until 2026-12-07 14:35 UTC, round 21 until 2026-12-07 17:05 UTC, round 22 until
2026-12-07 20:22 UTC) is left out of every run, with a printed line saying so;
``--readable --round N`` of a sealed round is refused (exit code 2) unless ``--later`` is given:
the lead measures it once with ``--round N --later``, which lifts the seal of round N only
(another sealed round stays out).

Readable themes (issue 11 §3), `--readable`: on the real public texts of bench/realtext/themes
(dev and held-out split, see its manifest) and on the synthetic sets (corpora/ and the held-out
bench/themes_heldout/, never tuned on): share of passages without a theme (headings and page
furniture are not passages), keyword quality (share of keywords that are function words, bare
verbs, non-words or lemma errors, names) and names of persons found in labels, keywords or the
pseudonymised quotes; NMI/ARI on both synthetic sets.

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
HELDOUT = REPO / "bench" / "themes_heldout"
REAL = REPO / "bench" / "realtext" / "themes"
REAL_DATA = REPO / "bench" / "data" / "realtext_themes"


def _gold_segments(labels_csv: Path, folders: object, prefix: str = "") -> tuple:
    """Paragraph segments of `folders` with the gold theme of each from `labels_csv`."""
    gold = {}
    with labels_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gold[(f"{prefix}{row['file']}", int(row["paragraph"]))] = row["theme"]
    segs = segment_documents(read_folder_texts(folders))
    seen: dict[str, int] = {}
    labels = []
    for s in segs:
        i = seen.get(s.doc, 0)
        seen[s.doc] = i + 1
        labels.append(gold[(s.doc, i)])
    return segs, np.array(labels)


def labelled_segments():
    """Paragraph segments of the bundled corpus with their gold theme."""
    return _gold_segments(REPO / "corpora" / "themes.csv", FOLDERS)


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


def heldout_segments():
    """Paragraphs of the held-out synthetic set with their gold theme (labels.csv)."""
    return _gold_segments(HELDOUT / "labels.csv", HELDOUT, "themes_heldout/")


def real_split(t: dict) -> str:
    """The split of one manifest text: its own `split`, else held-out when sha1(url) is odd."""
    import hashlib

    if "split" in t:
        return t["split"]
    odd = int(hashlib.sha1(t["url"].encode()).hexdigest(), 16) % 2 == 1
    return "heldout" if odd else "dev"


def real_manifest(path: Path | None = None) -> dict:
    """The manifest of the real theme texts (bench/realtext/themes/manifest.yaml)."""
    from manifest_yaml import read_manifest

    return read_manifest(REAL / "manifest.yaml" if path is None else path)


def round_splits(round_: int, manifest: dict | None = None) -> list[str]:
    """The splits of one real round (1: dev, heldout; 2-12: fresh; 13-14: sealed)."""
    manifest = real_manifest() if manifest is None else manifest
    return sorted({real_split(t) for t in manifest["texts"] if t.get("round", 1) == round_})


def sealed_rounds(manifest: dict | None = None) -> list[int]:
    """The real rounds with texts of split ``sealed`` (never measured; only with --later)."""
    manifest = real_manifest() if manifest is None else manifest
    return sorted({t.get("round", 1) for t in manifest["texts"] if real_split(t) == "sealed"})


def left_out(later: bool, manifest: dict | None = None, chosen: int | None = None) -> list[int]:
    """The sealed rounds a run leaves out: all, or all but `chosen` when `later` is given."""
    return [r for r in sealed_rounds(manifest) if not (later and r == chosen)]


def announce_sealed(chosen: int | None, later: bool, manifest: dict | None = None) -> bool:
    """Print one line per sealed round left out; False when `chosen` is one of them.

    A sealed round (fresh texts, measured once by the lead) is left out of every run, whatever
    the options, until ``--later`` is given together with ``--readable --round N``.
    """
    out = left_out(later, manifest, chosen)
    for r in out:
        print(
            f"verzegeld: ronde {r} blijft buiten deze run "
            f"(eenmalig meten: --readable --round {r} --later)"
        )
    if chosen in out:
        print(f"ronde {chosen} is verzegeld: niet gemeten zonder --later", file=sys.stderr)
        return False
    return True


def real_texts(
    split: str, round_: int | None = None, later: bool = False
) -> tuple[list[tuple[str, str]], list[str]]:
    """(doc, text) of the real texts of one split (and round, 1 when unset) and their persons.

    Sealed texts are never read unless `later` is given with their round (the one measurement).
    """
    manifest = real_manifest()
    docs, persons = [], []
    for t in manifest["texts"]:
        if real_split(t) != split or (round_ is not None and t.get("round", 1) != round_):
            continue
        if real_split(t) == "sealed" and not (later and round_ is not None):
            continue
        folder = REAL / "texts" if t["committed"] else REAL_DATA
        path = folder / f"{t['id']}.txt"
        if not path.is_file():
            continue  # a protected text not downloaded on this machine
        docs.append((f"{t['genre']}/{t['id']}", path.read_text(encoding="utf-8")))
        persons += t.get("persons", [])
    return docs, persons


def keyword_quality(themes: list[dict], texts: list[str]) -> dict[str, float]:
    """Shares of keywords that are function words, bare verbs, non-words or names."""
    from wb.themes.words import function_words, is_bare_verb, is_known_word, is_name_token

    written = {w.lower() for t in texts for w in re.findall(r"\w+", t)}
    lower = {w for t in texts for w in re.findall(r"\w+", t) if w.islower()}
    named = {  # capitalised mid-sentence somewhere, never written in lowercase
        w.lower()
        for t in texts
        for m in re.finditer(r"\w+", t)
        if (w := m.group()) and is_name_token(t, m.start(), w) and w.lower() not in lower
    }
    # a noun shown as its lemma counts as written (in lowercase) when a regular plural of it is
    plural = {w[: -len(e)] for w in lower for e in ("en", "s", "eren") if w.endswith(e)}
    lower |= plural
    written |= plural
    named -= plural
    words = [w for th in themes for w in th["keywords"]]
    n = max(1, len(words))
    fw = function_words()
    flagged = sorted(
        {w for w in words if w in fw or is_bare_verb(w) or w in named}
        | {w for w in words if w not in written and not is_known_word(w)}
    )
    if flagged:
        print("  flagged keywords: " + ", ".join(flagged))
    return {
        "keywords": len(words),
        "function": sum(w in fw for w in words) / n,
        "verb": sum(is_bare_verb(w) for w in words) / n,
        "nonword": sum(w not in written and not is_known_word(w) for w in words) / n,
        "name": sum(w in named for w in words) / n,
    }


def quotes_for(result: dict, docs: dict[str, str], n: int = 3, masked: bool = True) -> list[str]:
    """Per theme the n passages with most keyword lemmas, pseudonymised per corpus (with the
    quote's names of wb.themes.quote_names masked unless `masked` is False)."""
    from wb.themes.context import pseudonymise_documents, quote_names_by_corpus
    from wb.themes.quote_names import mask_quote

    done = pseudonymise_documents(docs)
    names = quote_names_by_corpus(done)
    segs = result["segments"]
    lemmas = lemma_texts([docs[s["doc"]][s["start"] : s["end"]] for s in segs])
    out = []
    for th in result["themes"]:
        keys = set(th.get("lemmas") or th["keywords"])
        ranked = sorted(
            (i for i, s in enumerate(segs) if s["theme"] == th["id"]),
            key=lambda i: -len(keys & set(lemmas[i].split())),
        )
        for i in ranked[:n]:
            s = segs[i]
            p = done[s["doc"]]
            text = p.text[p.to_new(s["start"]) : p.to_new(s["end"], end=True)]
            out.append(mask_quote(text, names[s["doc"]]) if masked else text)
    return out


def name_head(label: str) -> str:
    """The head noun of a theme name: the last word before its first link word, "en" or comma
    ("minuten" of "minuten met een rechter", "focus" of "focus op de ...")."""
    from wb.themes.words import LINKS

    head = []
    for w in label.split():
        w = w.strip(",")
        if w in LINKS or w == "en":
            break
        head.append(w)
        if label.split()[len(head) - 1].endswith(","):
            break
    return head[-1] if head else ""


def heads_in_keywords(themes: list[dict]) -> int:
    """How many theme names have their head noun among the theme's five best keywords (by
    written form or lemma): a name whose head is no keyword says something else than the
    theme's words (themes6)."""
    n = 0
    for t in themes:
        head = name_head(t["label"])
        top = set(t["keywords"][:5]) | set((t.get("lemmas") or [])[:5])
        n += bool(head) and (head in top or head.rstrip("s") in top or head[:-2] in top)
    return n


def names_in(strings: list[str], persons: list[str], ignore_case: bool = False) -> list[str]:
    """The person names (or any of their words of 4+ letters) that occur in the strings; a
    person named by one letter ("C") not inside an abbreviation ("C.D.A."). ignore_case: for
    theme names and keywords, which are lowercased lemmas ("juffer" from the surname Juffer)."""
    found = set()
    flags = re.IGNORECASE if ignore_case else 0
    for p in persons:
        parts = [p] + [w for w in re.findall(r"\w+", p) if len(w) >= 4 and w[0].isupper()]
        for part in parts:
            if len(part) == 1:
                rx, part_flags = rf"(?<![\w.]){part}(?!\w|\.\w)", 0
            else:
                rx, part_flags = rf"\b{re.escape(part)}\b", flags
            if any(re.search(rx, s, part_flags) for s in strings):
                found.add(part)
    return sorted(found)


def also_ordinary(found: list[str], texts: list[str]) -> tuple[list[str], list[str]]:
    """Split name parts found without case into (names, also ordinary words): a part the texts
    also write in lowercase ("jonge moeder" beside "Hugo de Jonge") cannot be told from the word
    in a lowercased theme name, so it is shown apart instead of as a leaked name."""
    lower = {w for t in texts for w in re.findall(r"\w+", t) if w.islower()}
    names = [p for p in found if p.lower() not in lower]
    return names, [p for p in found if p.lower() in lower]


def readable_row(name: str, docs: list[tuple[str, str]], persons: list[str]) -> dict:
    from wb.themes.run import themes_for_segments

    segs = segment_documents(docs)
    result = themes_for_segments(segs, n_runs=3)
    texts = dict(docs)
    q = keyword_quality(result["themes"], list(texts.values()))
    shown = [t["label"] for t in result["themes"]] + [
        w for t in result["themes"] for w in t["keywords"]
    ]
    quotes = quotes_for(result, texts)
    # theme names and keywords are lowercased lemmas: compared without case (until 2026-12-07
    # this compared with case and could not see a lowercased surname); a part the texts also use
    # as an ordinary lowercase word is listed apart (round 20: "Jonge" of "jonge moeder")
    in_labels, ordinary = also_ordinary(
        names_in(shown, persons, ignore_case=True), [*texts.values()]
    )
    row = {
        "set": name,
        "docs": len(docs),
        "segments": len(segs),
        "furniture": result["parameters"]["n_furniture"],
        "passages": len(result["segments"]),
        "outliers": result["outlier_share"],
        "themes": len(result["themes"]),
        **q,
        "names_labels": in_labels,
        "names_labels_ordinary": ordinary,
        "names_quotes": names_in(quotes, persons),
        "labels": [t["label"] for t in result["themes"]],
        "phrase_labels": sum(", " not in t["label"] for t in result["themes"]),
        # two lead nouns joined by "en" (themes5): no comma, but no phrase of the texts either
        "heads": heads_in_keywords(result["themes"]),
        "en_labels": sum(bool(re.fullmatch(r"\w+ en \w+", t["label"])) for t in result["themes"]),
        "keywords_by_theme": [", ".join(t["keywords"]) for t in result["themes"]],
    }
    return row


def synthetic_scores(segs, gold) -> dict:
    from wb.themes.run import themes_for_segments

    result = themes_for_segments(segs, n_runs=1)
    theme = {(s["doc"], s["start"]): s["theme"] for s in result["segments"]}
    labels = np.array([theme.get((s.doc, s.start), -1) for s in segs])
    row = scores(labels, gold)
    row["passage_outliers"] = result["outlier_share"]
    row["themes"] = result["themes"]
    return row


def readable(round_: int | None = None, later: bool = False) -> None:
    """Readable-themes figures; with round_ only the real texts of that manifest round."""
    rows = []
    for split in round_splits(round_ or 1):
        docs, persons = real_texts(split, round_ or 1, later)
        if docs:
            rows.append(readable_row(f"real {split} (round {round_ or 1})", docs, persons))
    synthetic = (
        ()
        if round_
        else (
            ("synthetic corpora/", labelled_segments()),
            ("synthetic held-out", heldout_segments()),
        )
    )
    for name, (segs, gold) in synthetic:
        sc = synthetic_scores(segs, gold)
        print(
            f"{name}: NMI {sc['nmi']:.3f} ARI {sc['ari']:.3f} (all: {sc['nmi_all']:.3f} / "
            f"{sc['ari_all']:.3f}), themes {sc['k']}, passages without theme "
            f"{sc['passage_outliers']:.1%}"
        )
        q = keyword_quality(sc["themes"], [s.text for s in segs])
        print(
            f"  keywords {q['keywords']}: function {q['function']:.1%}, bare verb "
            f"{q['verb']:.1%}, non-word {q['nonword']:.1%}, name {q['name']:.1%}"
        )
        print("  labels: " + " | ".join(t["label"] for t in sc["themes"]))
        print(
            f"  names with their head among the 5 best keywords: "
            f"{heads_in_keywords(sc['themes'])} of {len(sc['themes'])}"
        )
        for t in sc["themes"]:
            print(f"    {t['label']}: {', '.join(t['keywords'])}")
    print()
    print(
        "| set | docs | segments | furniture | passages | without theme | themes | phrase names | "
        "function | bare verb | non-word | name | names in labels/keywords | names in quotes |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['set']} | {r['docs']} | {r['segments']} | {r['furniture']} | {r['passages']} "
            f"| {r['outliers']:.1%} | {r['themes']} "
            f"| {r['phrase_labels']} of {r['themes']} ({r['en_labels']} 'X en Y') "
            f"| {r['function']:.1%} | {r['verb']:.1%} "
            f"| {r['nonword']:.1%} | {r['name']:.1%} | {', '.join(r['names_labels']) or '-'}"
            + (
                f" (also ordinary words: {', '.join(o)})"
                if (o := r["names_labels_ordinary"])
                else ""
            )
            + f" | {', '.join(r['names_quotes']) or '-'} |"
        )
    for r in rows:
        print(
            f"{r['set']}: names with their head among the 5 best keywords: "
            f"{r['heads']} of {r['themes']}"
        )
        print(f"{r['set']} labels: " + " | ".join(r["labels"]))
        for label, words in zip(r["labels"], r["keywords_by_theme"], strict=True):
            print(f"  {label}: {words}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--speed-child", type=int, default=0)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--readable", action="store_true")
    parser.add_argument("--round", type=int, default=0, help="--readable on one real round only")
    parser.add_argument(
        "--later",
        action="store_true",
        help="also a sealed real round (split: sealed), with --readable --round N: the one "
        "measurement, by the lead",
    )
    args = parser.parse_args()
    chosen = (args.round or None) if args.readable else None
    if not announce_sealed(chosen, args.later):
        sys.exit(2)
    if args.readable:
        readable(args.round or None, args.later)
        return
    if args.speed_child:
        speed_child(args.speed_child)
        return
    if not args.speed_only:
        print_table(quality())
    if not args.skip_speed:
        speed(args.n)


if __name__ == "__main__":
    main()
