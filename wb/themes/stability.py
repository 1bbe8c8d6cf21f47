"""How stable are the themes? The same model over several seeds, compared run by run.

Per theme of the reference run (the first seed): the mean over the other runs of the best-match
Jaccard index, i.e. how often its passages end up together again (Hennig 2007, "Cluster-wise
assessment of cluster stability": below 0.5 a cluster has dissolved, above 0.75 it is stable).
Overall: the mean adjusted Rand index over all pairs of runs. Themes under ``threshold`` are
reported as unstable, not hidden. The same seed gives the same result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from wb.themes.model import ThemeModel
from wb.themes.segments import Segment

DEFAULT_RUNS = 5
DEFAULT_THRESHOLD = 0.6


@dataclass
class StabilityReport:
    """Per-theme best-match Jaccard (reference run's theme ids), mean pairwise ARI, runs."""

    seeds: list[int]
    theme_stability: dict[int, float]
    ari: float
    pairwise_ari: list[float] = field(default_factory=list)
    n_themes: list[int] = field(default_factory=list)
    outlier_shares: list[float] = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD

    @property
    def unstable(self) -> list[int]:
        """Theme ids whose stability is below the threshold."""
        return sorted(t for t, s in self.theme_stability.items() if s < self.threshold)

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON types."""
        return {
            "seeds": self.seeds,
            "ari": round(self.ari, 4),
            "pairwise_ari": [round(a, 4) for a in self.pairwise_ari],
            "n_themes": self.n_themes,
            "outlier_shares": [round(s, 4) for s in self.outlier_shares],
            "threshold": self.threshold,
            "themes": {str(t): round(s, 4) for t, s in self.theme_stability.items()},
            "unstable": self.unstable,
        }


def best_match_jaccard(reference: np.ndarray, other: np.ndarray, theme: int) -> float:
    """Largest Jaccard index between `theme`'s passages and any theme (not -1) of `other`."""
    members = reference == theme
    if not members.any():
        return 0.0
    best = 0.0
    for candidate in set(other[members].tolist()) - {-1}:
        inside = other == candidate
        inter = np.logical_and(members, inside).sum()
        union = np.logical_or(members, inside).sum()
        best = max(best, inter / union)
    return float(best)


def compare_runs(
    runs: Sequence[np.ndarray], threshold: float = DEFAULT_THRESHOLD
) -> tuple[dict[int, float], float, list[float]]:
    """(per-theme stability of runs[0], mean pairwise ARI, pairwise ARIs) of label arrays."""
    from sklearn.metrics import adjusted_rand_score

    reference = np.asarray(runs[0])
    others = [np.asarray(r) for r in runs[1:]]
    themes = sorted(set(reference.tolist()) - {-1})
    per_theme = {
        t: float(np.mean([best_match_jaccard(reference, o, t) for o in others])) if others else 1.0
        for t in themes
    }
    pairs = [float(adjusted_rand_score(a, b)) for a, b in combinations(runs, 2)]
    return per_theme, float(np.mean(pairs)) if pairs else 1.0, pairs


def _run_bar(total: int) -> Any:
    """A progress bar over the runs, on stderr, gone when done; each run is shown (few, slow)."""
    from wb.progress import bar

    return bar(total, "Thema's zoeken", "run", mininterval=0)


def fit_with_stability(
    segments: Sequence[Segment | str],
    n_runs: int = DEFAULT_RUNS,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    progress: bool = False,
    **params: Any,
) -> tuple[ThemeModel, StabilityReport]:
    """Fit ThemeModel with seeds seed..seed+n_runs-1; the first run is the reference.

    ``progress`` shows a bar per run (the first, which also reads the passages, is the slowest).
    """
    seeds = [seed + i for i in range(max(1, n_runs))]
    bar = _run_bar(len(seeds)) if progress else None
    reference = ThemeModel(seed=seed, **params).fit(segments)
    # Sentence encoders give the same vectors whatever the seed: embed once, reuse.
    reuse = reference.embeddings_ if getattr(reference.embedder_, "deterministic", False) else None
    models = [reference]
    for s in seeds[1:]:
        if bar is not None:
            bar.update()
        models.append(ThemeModel(seed=s, **params).fit(segments, embeddings=reuse))
    if bar is not None:
        bar.update()
        bar.close()
    runs = [m.labels_ for m in models]
    per_theme, ari, pairs = compare_runs(runs, threshold)
    report = StabilityReport(
        seeds=seeds,
        theme_stability=per_theme,
        ari=ari,
        pairwise_ari=pairs,
        n_themes=[len(m.themes_) for m in models],
        outlier_shares=[m.outlier_share_ for m in models],
        threshold=threshold,
    )
    return reference, report
