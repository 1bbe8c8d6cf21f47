"""wb: a Dutch qualitative research workbench.

The names a notebook needs are importable from ``wb`` itself (``from wb import open_project``);
they load on first use, so ``import wb`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> (module, attribute in that module).
_API: dict[str, tuple[str, str]] = {
    # project file and documents
    "open_project": ("wb.store.project", "open_project"),
    "open_for_reading": ("wb.store.project", "open_for_reading"),
    "Project": ("wb.store.project", "Project"),
    "import_folder": ("wb.corpus.importer", "import_folder"),
    "documents_table": ("wb.store.documents", "documents_table"),
    "get_document": ("wb.store.documents", "get_document"),
    "iter_documents": ("wb.store.documents", "iter_documents"),
    "dutch_date": ("wb.corpus.display", "dutch_date"),
    "dutch_tables": ("wb.corpus.display", "dutch_tables"),
    "report_date": ("wb.corpus.dossiers", "report_date"),
    "corpora_dir": ("wb.config", "corpora_dir"),
    "find_repo_dir": ("wb.config", "find_repo_dir"),
    "environment_info": ("wb.info", "environment_info"),
    "format_info": ("wb.info", "format_info"),
    "load_pipeline": ("wb.nlp", "load"),
    # coding
    "load_codebook": ("wb.codebook", "load_codebook"),
    "suggest_project": ("wb.coding.apply", "suggest_project"),
    "apply_suggestions": ("wb.coding.apply", "apply_suggestions"),
    "describe_rule": ("wb.coding.reasons", "describe_rule"),
    "load_gold": ("wb.coding.evaluate", "load_gold"),
    "score_suggestions": ("wb.coding.evaluate", "score_suggestions"),
    "CodingSession": ("wb.coding.session", "CodingSession"),
    "CodingWidget": ("wb.widgets", "CodingWidget"),
    "codings_table": ("wb.store.codings", "codings_table"),
    "agreement": ("wb.coding.agreement", "agreement"),
    "agreement_table": ("wb.coding.agreement", "agreement_table"),
    "overall_table": ("wb.coding.agreement", "overall_table"),
    "disagreements": ("wb.coding.agreement", "disagreements"),
    "in_dutch": ("wb.coding.agreement", "in_dutch"),
    "code_frequencies": ("wb.coding.analysis", "code_frequencies"),
    "cooccurrence": ("wb.coding.analysis", "cooccurrence"),
    "heatmap": ("wb.coding.analysis", "heatmap"),
    "retrieve": ("wb.coding.analysis", "retrieve"),
    "export_qdpx": ("wb.exports.refi_export", "export_qdpx"),
    "export_qdc": ("wb.exports.refi_export", "export_qdc"),
    "import_qdpx": ("wb.exports.refi_import", "import_qdpx"),
    "export_codings": ("wb.exports.tables", "export_codings"),
    "export_decisions": ("wb.exports.tables", "export_decisions"),
    # dossiers
    "analyse_dossiers": ("wb.dossiers.analyse", "analyse_dossiers"),
    "dossier_documents": ("wb.dossiers.analyse", "dossier_documents"),
    "label_corpus": ("wb.dossiers.labels", "label_corpus"),
    "detect_reuse": ("wb.dossiers.reuse", "detect_reuse"),
    "write_pseudonymised": ("wb.dossiers.pseudonymise", "write_pseudonymised"),
    "Pseudonymiser": ("wb.dossiers.pseudonymise", "Pseudonymiser"),
    "pseudonymise_for_project": ("wb.dossiers.pseudonymise", "pseudonymise_for_project"),
    "add_names": ("wb.store.name_lists", "add_names"),
    "remove_names": ("wb.store.name_lists", "remove_names"),
    "name_lists": ("wb.store.name_lists", "name_lists"),
    "read_name_list": ("wb.dossiers.pseudonymise", "read_name_list"),
    "ReviewSession": ("wb.dossiers.review", "ReviewSession"),
    "serve_review": ("wb.dossiers.review_server", "serve"),
    "write_dossier_report": ("wb.dossiers.report", "write_dossier_report"),
    "decisions_table": ("wb.exports.readable", "decisions_table"),
    "labels_in_dutch": ("wb.exports.readable", "labels_in_dutch"),
    "VOICES": ("wb.exports.readable", "VOICES"),
    # themes
    "themes_for_project": ("wb.themes", "themes_for_project"),
    "themes_for_folder": ("wb.themes", "themes_for_folder"),
    "save_run": ("wb.themes.store", "save_run"),
    "load_run": ("wb.themes.store", "load_run"),
    "rename_theme": ("wb.themes.store", "rename"),
    "merge_themes": ("wb.themes.store", "merge"),
    "split_theme": ("wb.themes.store", "split"),
    "undo_theme_edit": ("wb.themes.store", "undo"),
    "by_metadata": ("wb.themes.context", "by_metadata"),
    "code_overlap": ("wb.themes.context", "code_overlap"),
    "over_time": ("wb.themes.context", "over_time"),
    "overview_figure": ("wb.themes.context", "overview_figure"),
    "representative_quotes": ("wb.themes.context", "representative_quotes"),
    "export_summary": ("wb.exports.theme_summary", "export_summary"),
    "overall_stability_sentence": ("wb.exports.theme_summary", "overall_stability_sentence"),
    "comparison_sentence": ("wb.exports.theme_summary", "comparison_sentence"),
    "when_text": ("wb.exports.theme_summary", "when_text"),
    "theme_stability_sentence": ("wb.exports.theme_summary", "theme_stability_sentence"),
    # errors
    "WbError": ("wb.errors", "WbError"),
}

__all__ = ["__version__", *sorted(_API)]


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use."""
    try:
        module, attribute = _API[name]
    except KeyError:
        raise AttributeError(f"module 'wb' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
