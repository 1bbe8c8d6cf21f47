"""Themes: cluster passages of minutes and stories into themes with BERTopic, fully offline."""

from wb.themes.embed import E5Embedder, TfidfSvdEmbedder, USEEmbedder, get_embedder
from wb.themes.model import SilhouetteKMeans, ThemeModel
from wb.themes.run import (
    themes_for_folder,
    themes_for_project,
    themes_for_segments,
    write_json,
    write_tables,
)
from wb.themes.segments import Segment, segment_documents, segment_text
from wb.themes.stability import StabilityReport, compare_runs, fit_with_stability
from wb.themes.store import ThemeRun, load_run, merge, rename, save_run, split, undo

__all__ = [
    "E5Embedder",
    "Segment",
    "SilhouetteKMeans",
    "StabilityReport",
    "TfidfSvdEmbedder",
    "ThemeModel",
    "ThemeRun",
    "USEEmbedder",
    "compare_runs",
    "fit_with_stability",
    "get_embedder",
    "load_run",
    "merge",
    "rename",
    "save_run",
    "segment_documents",
    "segment_text",
    "split",
    "themes_for_folder",
    "themes_for_project",
    "themes_for_segments",
    "undo",
    "write_json",
    "write_tables",
]
