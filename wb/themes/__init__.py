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

__all__ = [
    "E5Embedder",
    "Segment",
    "SilhouetteKMeans",
    "StabilityReport",
    "TfidfSvdEmbedder",
    "ThemeModel",
    "USEEmbedder",
    "compare_runs",
    "fit_with_stability",
    "get_embedder",
    "segment_documents",
    "segment_text",
    "themes_for_folder",
    "themes_for_project",
    "themes_for_segments",
    "write_json",
    "write_tables",
]
