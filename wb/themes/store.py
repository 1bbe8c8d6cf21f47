"""Theme runs in the project file, and the researchers' edits: rename, merge, split, undo.

A run is one row of ``theme_runs``: ``params`` is the result's ``parameters``, ``result`` the
JSON contract of :func:`wb.themes.run.themes_for_project`. Edits change the stored result in one
transaction and are logged in its ``edits`` list, so the naming travels with the run's
parameters. Decisions:

* Every theme has a ``name``; it defaults to its ``label`` (a noun phrase, see
  :mod:`wb.themes.words`).
* Merge: the new theme gets a fresh id (highest id + 1) at the place of the first merged theme;
  its segments are relabelled, its size is the sum, its keywords are the merged themes' keywords
  re-ranked by ``size * (1 - rank / n)`` summed over the themes, and its stability is the
  size-weighted mean of the merged themes' stabilities (an estimate: the merged group was not
  re-measured over seeds). ``merged_from`` lists the old ids.
* Split: the theme's passages are clustered again with KMeans (``k``, ``seed``) on TF-IDF of
  their lemmas, or on the run's sentence encoder (``use``/``e5``) when the run used one and it
  is installed. Keywords of each part: c-TF-IDF of its lemmas against the whole theme. Parts
  have no stability (``None``: not measured) and ``split_from`` names the old id.
* Undo: every log entry keeps the themes and the passages' theme ids from before the edit;
  :func:`undo` restores them and removes the entry.
"""

from __future__ import annotations

import copy
import functools
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wb.errors import InvalidChoiceError, NothingToDoError, UnknownItemError
from wb.store.theme_runs import fetch_run, insert_run, update_result

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from wb.store.project import Project

OUTLIER = -1


@dataclass
class ThemeRun:
    """A stored theme run: id, parameters, the (edited) result and when it was made."""

    id: int
    params: dict[str, Any]
    result: dict[str, Any]
    created_at: str

    @property
    def themes(self) -> list[dict[str, Any]]:
        """The themes, each with id, name, label, keywords, size, stability, stable."""
        return self.result["themes"]

    @property
    def segments(self) -> list[dict[str, Any]]:
        """The passages: doc ('corpus/path'), start, end, theme (-1: outlier)."""
        return self.result["segments"]

    @property
    def edits(self) -> list[dict[str, Any]]:
        """The log of edits, oldest first."""
        return self.result.get("edits", [])

    @property
    def threshold(self) -> float:
        """Stability threshold of the run."""
        return float(self.result.get("stability", {}).get("threshold", 0.6))

    def theme(self, theme_id: int) -> dict[str, Any]:
        """One theme by id."""
        for theme in self.themes:
            if theme["id"] == theme_id:
                return theme
        known = ", ".join(str(t["id"]) for t in self.themes)
        raise UnknownItemError(
            f"thema {theme_id} bestaat niet in run {self.id} (thema's: {known})."
        )

    def names(self) -> dict[int, str]:
        """Theme id -> name; a name used twice gets ' (#id)' so every name is unique."""
        counts = Counter(t.get("name") or t["label"] for t in self.themes)
        out = {}
        for t in self.themes:
            name = t.get("name") or t["label"]
            out[t["id"]] = f"{name} (#{t['id']})" if counts[name] > 1 else name
        return out

    def table(self) -> pd.DataFrame:
        """The themes as a table with Dutch column labels (index: theme id)."""
        import pandas as pd

        rows = [
            {
                "thema": t["id"],
                "naam": t.get("name") or t["label"],
                "trefwoorden": ", ".join(t["keywords"]),
                "passages": t["size"],
                "stabiliteit": t.get("stability"),
                "stabiel": stability_word(t),
            }
            for t in self.themes
        ]
        return pd.DataFrame(rows).set_index("thema")


def stability_word(theme: dict[str, Any]) -> str:
    """'stabiel', 'instabiel' or 'niet gemeten' for a theme."""
    if theme.get("stability") is None:
        return "niet gemeten"
    return "stabiel" if theme.get("stable") else "instabiel"


# -- runs -----------------------------------------------------------------------------------
def save_run(project: Project, result: dict[str, Any]) -> int:
    """Store a themes result as a new run (names default to labels) and return its id."""
    result = copy.deepcopy(result)
    for theme in result["themes"]:
        theme.setdefault("name", theme["label"])
    result.setdefault("edits", [])
    return insert_run(project, result.get("parameters", {}), result)


def load_run(project: Project, run_id: int | None = None) -> ThemeRun:
    """A stored run by id, or the latest one."""
    row = fetch_run(project, run_id)
    if row is None:
        what = "geen thema-runs" if run_id is None else f"geen thema-run {run_id}"
        raise UnknownItemError(f"het project bevat {what}; maak er een met `wb themes`.")
    found_id, params, result, created = row
    for theme in result["themes"]:
        theme.setdefault("name", theme["label"])
    return ThemeRun(found_id, params, result, created)


# -- edits ----------------------------------------------------------------------------------
def rename(project: Project, run_id: int, theme_id: int, name: str) -> None:
    """Give a theme a name (stored in the run)."""
    run_id, theme_id = int(run_id), int(theme_id)  # a pandas row gives numpy integers
    name = " ".join(str(name).split())
    if not name:
        raise InvalidChoiceError("de nieuwe naam van het thema is leeg; geef een naam op.")

    def change(run: ThemeRun) -> None:
        run.theme(theme_id)["name"] = name

    _edit(project, run_id, {"op": "rename", "theme": theme_id, "name": name}, change)


def merge(project: Project, run_id: int, theme_ids: Sequence[int], name: str | None = None) -> int:
    """Merge themes into one new theme and return its id."""
    run_id = int(run_id)
    ids = list(dict.fromkeys(int(t) for t in theme_ids))
    if len(ids) < 2:
        raise InvalidChoiceError("kies minstens twee verschillende thema's om samen te voegen.")

    def change(run: ThemeRun) -> int:
        old = [run.theme(t) for t in ids]
        new_id = max(t["id"] for t in run.themes) + 1
        size = sum(t["size"] for t in old)
        known = [t for t in old if t.get("stability") is not None]
        weight = sum(t["size"] for t in known)
        stability = (
            round(sum(t["stability"] * t["size"] for t in known) / weight, 4) if weight else None
        )
        keywords = merge_keywords([t["keywords"] for t in old], [t["size"] for t in old])
        written = {
            w: lem
            for t in old
            for w, lem in zip(t["keywords"], t.get("lemmas") or t["keywords"], strict=False)
        }
        label = " / ".join(t["label"] for t in old[:2]) or f"thema {new_id}"
        theme = {
            "id": new_id,
            "label": label,
            "name": " ".join(name.split()) if name and name.strip() else label,
            "keywords": keywords,
            "lemmas": [written.get(w, w) for w in keywords],
            "size": size,
            "stability": stability,
            "stable": None if stability is None else stability >= run.threshold,
            "merged_from": ids,
        }
        first = min(run.themes.index(t) for t in old)
        kept = [t for t in run.themes if t["id"] not in ids]
        kept.insert(min(first, len(kept)), theme)
        run.result["themes"] = kept
        for seg in run.segments:
            if seg["theme"] in ids:
                seg["theme"] = new_id
        return new_id

    return _edit(project, run_id, {"op": "merge", "themes": ids, "name": name}, change)


def split(project: Project, run_id: int, theme_id: int, k: int = 2, seed: int = 0) -> list[int]:
    """Split a theme into k themes by clustering its passages again; returns the new ids."""
    run_id, theme_id, k = int(run_id), int(theme_id), int(k)
    if k < 2:
        raise InvalidChoiceError("splitsen kan alleen in minstens 2 delen (k >= 2).")

    def change(run: ThemeRun) -> list[int]:
        parent = run.theme(theme_id)
        members = [i for i, s in enumerate(run.segments) if s["theme"] == theme_id]
        if len(members) < 2 * k:
            raise InvalidChoiceError(
                f"thema {theme_id} heeft {len(members)} passages; te weinig om in {k} delen "
                "te splitsen (minstens 2 per deel)."
            )
        texts = segment_texts(project, run)
        lemmas = run_lemmas(project, run)
        parts = _cluster([texts[i] for i in members], [lemmas[i] for i in members], run, k, seed)
        if len(set(parts.tolist())) < k:
            raise InvalidChoiceError(
                f"de passages van thema {theme_id} lijken te veel op elkaar om in {k} delen te "
                "splitsen; kies een kleinere k."
            )
        n_words = len(parent["keywords"]) or 10
        groups = [
            [lemmas[m] for m, p in zip(members, parts, strict=True) if p == j] for j in range(k)
        ]
        from wb.themes.embed import lemma_pairs, stop_words
        from wb.themes.phrase_names import theme_label
        from wb.themes.words import readable_keywords

        ranked = ctfidf_keywords(groups, 3 * n_words)
        pairs = lemma_pairs([texts[m] for m in members], tags=True)
        readable = [
            readable_keywords(
                ranked[j],
                [p for p, part in zip(pairs, parts, strict=True) if part == j],
                stop_words(),
                n_words,
            )
            for j in range(k)
        ]
        keywords = [kw for kw, _ in readable]
        labels = [
            theme_label([texts[m] for m, p in zip(members, parts, strict=True) if p == j], kw, lem)
            for j, (kw, lem) in enumerate(readable)
        ]
        first_id = max(t["id"] for t in run.themes) + 1
        renamed = parent.get("name") and parent["name"] != parent["label"]
        new = []
        for j in range(k):
            label = labels[j] or f"thema {first_id + j}"
            new.append(
                {
                    "id": first_id + j,
                    "label": label,
                    "name": f"{parent['name']} ({j + 1})" if renamed else label,
                    "keywords": keywords[j],
                    "lemmas": readable[j][1],
                    "size": int(sum(1 for p in parts if p == j)),
                    "stability": None,
                    "stable": None,
                    "split_from": theme_id,
                }
            )
        at = run.themes.index(parent)
        run.result["themes"] = run.themes[:at] + new + run.themes[at + 1 :]
        for m, p in zip(members, parts, strict=True):
            run.segments[m]["theme"] = first_id + int(p)
        return [t["id"] for t in new]

    return _edit(project, run_id, {"op": "split", "theme": theme_id, "k": k, "seed": seed}, change)


def undo(project: Project, run_id: int) -> dict[str, Any]:
    """Undo the last edit of a run; returns the log entry that was undone."""
    with project.transaction():
        run = load_run(project, run_id)
        if not run.edits:
            raise NothingToDoError(
                f"thema-run {run_id} heeft geen bewerkingen om ongedaan te maken."
            )
        entry = run.result["edits"].pop()
        before = entry.pop("before")
        run.result["themes"] = before["themes"]
        for seg, theme in zip(run.segments, before["labels"], strict=True):
            seg["theme"] = theme
        update_result(project, run_id, run.result)
    return entry


def _edit(
    project: Project, run_id: int, entry: dict[str, Any], change: Callable[[ThemeRun], Any]
) -> Any:
    """Apply `change` to the stored run in one transaction and log `entry` with an undo state."""
    from wb.store.project import now

    with project.transaction():
        run = load_run(project, run_id)
        before = {
            "themes": copy.deepcopy(run.themes),
            "labels": [s["theme"] for s in run.segments],
        }
        out = change(run)
        run.result.setdefault("edits", []).append(
            {**entry, "result": out, "at": now(), "before": before}
        )
        update_result(project, run_id, run.result)
    return out


# -- keywords, texts and lemmas ---------------------------------------------------------------
def merge_keywords(keyword_lists: Sequence[Sequence[str]], sizes: Sequence[int]) -> list[str]:
    """Keywords of merged themes re-ranked by the sum of size * (1 - rank / n)."""
    score: dict[str, float] = {}
    for words, size in zip(keyword_lists, sizes, strict=True):
        for rank, word in enumerate(words):
            score[word] = score.get(word, 0.0) + size * (1 - rank / len(words))
    n = max((len(w) for w in keyword_lists), default=10)
    return sorted(score, key=lambda w: -score[w])[:n]


def ctfidf_keywords(groups: Sequence[Sequence[str]], n_words: int = 10) -> list[list[str]]:
    """Top words per group of lemma strings by c-TF-IDF: tf * log(1 + mean words / freq)."""
    counts = [Counter(w for text in g for w in text.split()) for g in groups]
    total: Counter[str] = sum(counts, Counter())
    mean = sum(total.values()) / max(1, len(groups))
    out = []
    for c in counts:
        size = max(1, sum(c.values()))
        score = {w: n / size * math.log(1 + mean / total[w]) for w, n in c.items()}
        out.append(sorted(score, key=lambda w: (-score[w], w))[:n_words])
    return out


def segment_texts(project: Project, run: ThemeRun) -> list[str]:
    """The text of every passage of the run, from the documents in the project."""
    from wb.store.documents import iter_documents

    documents = iter_documents(project)
    by_id = {d.id: d.text for d in documents}
    by_label = {d.label: d.text for d in documents}

    def text_of(segment: dict[str, Any]) -> str | None:
        if "doc_id" in segment:  # runs made since documents are identified by id
            return by_id.get(segment["doc_id"])
        return by_label.get(segment["doc"])

    texts = [text_of(s) for s in run.segments]
    missing = sorted({s["doc"] for s, t in zip(run.segments, texts, strict=True) if t is None})
    if missing:
        raise UnknownItemError(
            f"de thema-run {run.id} noemt documenten die niet (meer) in het project staan: "
            f"{', '.join(missing[:5])}."
        )
    return [t[s["start"] : s["end"]] for s, t in zip(run.segments, texts, strict=True)]


def run_lemmas(project: Project, run: ThemeRun) -> list[str]:
    """Every passage as space-joined content lemmas (stop words left out), cached."""
    return list(_lemmas(tuple(segment_texts(project, run))))


@functools.lru_cache(maxsize=4)
def _lemmas(texts: tuple[str, ...]) -> tuple[str, ...]:
    from wb.themes.embed import lemma_texts

    return tuple(lemma_texts(list(texts)))


def _cluster(texts: list[str], lemmas: list[str], run: ThemeRun, k: int, seed: int) -> np.ndarray:
    """KMeans labels (0..k-1) of passages: on the run's sentence encoder, else TF-IDF."""
    from sklearn.cluster import KMeans

    vectors = None
    embedder = run.params.get("embedder")
    if embedder in ("use", "e5"):
        from wb.themes.embed import EmbeddingUnavailable, get_embedder

        try:
            vectors = get_embedder(embedder).embed(texts)
        except EmbeddingUnavailable:
            vectors = None
    if vectors is None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectors = TfidfVectorizer(sublinear_tf=True, token_pattern=r"\S+").fit_transform(
            [lem or "_" for lem in lemmas]
        )
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit(vectors).labels_
