"""Themes of a folder of documents or of a project, as the JSON contract of `wb themes`.

``{"themes": [{"id", "label", "keywords", "size", "stability", "stable"}],
"segments": [{"doc", "start", "end", "theme"}], "outlier_share", "stability", "parameters"}``;
theme -1 is an outlier. Offsets are character offsets into the document text as read.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.themes.name_keywords import without_person_keywords
from wb.themes.segments import Segment, drop_furniture, read_folder_texts, segment_documents
from wb.themes.stability import DEFAULT_RUNS, DEFAULT_THRESHOLD, fit_with_stability

if TYPE_CHECKING:
    from wb.store.project import Project


def themes_for_segments(
    segments: Sequence[Segment],
    *,
    n_runs: int = DEFAULT_RUNS,
    stability_threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    progress: bool = False,
    **params: Any,
) -> dict[str, Any]:
    """Fit the theme model with stability runs and return the JSON contract.

    ``progress`` shows a bar per run on stderr (``wb themes`` in a terminal).

    Headings and page furniture (:func:`wb.themes.segments.is_furniture`) are not passages:
    they are left out before fitting and counted in ``parameters["n_furniture"]``.
    """
    n_all = len(segments)
    segments = drop_furniture(segments)
    model, report = fit_with_stability(
        segments,
        n_runs=n_runs,
        threshold=stability_threshold,
        seed=seed,
        progress=progress,
        **params,
    )
    themes = []
    for theme in model.themes_:
        score = report.theme_stability.get(theme["id"], 0.0)
        themes.append(
            {**theme, "stability": round(score, 4), "stable": score >= stability_threshold}
        )
    # a surname that opens a sentence reads as a noun: the shared pseudonymiser decides
    themes = without_person_keywords(themes, segments)
    segs = [
        {"doc": s.doc, "start": s.start, "end": s.end, "theme": int(t)}
        for s, t in zip(segments, model.labels_, strict=True)
    ]
    return {
        "themes": themes,
        "segments": segs,
        "outlier_share": round(model.outlier_share_, 4),
        "stability": report.to_json(),
        "parameters": {
            "embedder": getattr(model.embedder_, "name", type(model.embedder_).__name__),
            "reduction": model.reduction if isinstance(model.reduction, str) else "custom",
            "n_themes": model.n_themes,
            "chosen_n_themes": len(model.themes_),
            "seed": seed,
            "n_runs": n_runs,
            "n_segments": len(segments),
            "n_furniture": n_all - len(segments),
            "outlier_share_before_reduction": round(
                float(model.outlier_share_before_reduction_ * model.kept_.mean())
                + float(1 - model.kept_.mean()),
                4,
            ),
        },
    }


def themes_for_folder(
    folder_or_folders: str | Path | Iterable[str | Path],
    *,
    unit: str = "paragraph",
    **params: Any,
) -> dict[str, Any]:
    """Themes of every document in one or more folders (names are 'folder/relpath')."""
    docs = read_folder_texts(folder_or_folders)
    return _themes_or_hint(segment_documents(docs, unit), unit, **params)


def themes_for_project(
    project: Project, *, corpus: str | None = None, unit: str = "paragraph", **params: Any
) -> dict[str, Any]:
    """Themes of a project's documents (optionally one corpus).

    Each passage names its document by id (``doc_id``, the identity) and as 'corpus/path'
    (``doc``, for people).
    """
    from wb.errors import NothingToDoError
    from wb.store.documents import iter_documents

    documents = iter_documents(project, corpus)
    if not documents:
        raise NothingToDoError(
            "het project bevat geen documenten; importeer eerst met `wb import`."
        )
    ids = {d.label: d.id for d in documents}
    result = _themes_or_hint(
        segment_documents([(d.label, d.text) for d in documents], unit), unit, **params
    )
    for segment in result["segments"]:
        segment["doc_id"] = ids[segment["doc"]]
    return result


#: A sentence that ends a line with text on the next line: a paragraph per line, no blank line.
_LINE_PER_PARAGRAPH = re.compile(r"[.!?:;\"'”)]\n(?=\S)")


def _themes_or_hint(segments: Sequence[Segment], unit: str, **params: Any) -> dict[str, Any]:
    """themes_for_segments; when there is too little text and documents hold paragraphs on
    single lines (no blank line between), the error says so and what to do."""
    from wb.errors import NothingToDoError

    try:
        return themes_for_segments(segments, **params)
    except NothingToDoError as exc:
        docs = {s.doc for s in segments if _LINE_PER_PARAGRAPH.search(s.text)}
        if unit != "paragraph" or not docs:
            raise
        which = "1 document" if len(docs) == 1 else f"{len(docs)} documenten"
        raise NothingToDoError(
            f"{exc.message} Een passage is een alinea: tekst tussen lege regels. In {which} "
            "staan alinea's op losse regels zonder lege regel ertussen; wb leest zulke regels "
            "samen als één passage. Zet een lege regel tussen de alinea's, of voeg meer "
            "documenten toe.",
            path=exc.path,
            line=exc.line,
        ) from None


def write_json(result: dict[str, Any], path: str | Path) -> Path:
    """Write the result as UTF-8 JSON (indented) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_tables(result: dict[str, Any], out_dir: str | Path) -> list[Path]:
    """Write themas.csv (one row per theme) and passages.csv (one row per passage)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    themes_csv = out / "themas.csv"
    measured = result.get("parameters", {}).get("n_runs") != 1  # one run: nothing compared
    with themes_csv.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["thema", "label", "trefwoorden", "passages", "stabiliteit", "stabiel"])
        for t in result["themes"]:
            w.writerow(
                [
                    t["id"],
                    t["label"],
                    " ".join(t["keywords"]),
                    t["size"],
                    t["stability"] if measured else "",
                    ("ja" if t["stable"] else "nee") if measured else "niet gemeten",
                ]
            )
    labels = {t["id"]: t["label"] for t in result["themes"]}
    segments_csv = out / "passages.csv"
    with segments_csv.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["document", "begin", "eind", "thema", "label"])
        for s in result["segments"]:
            label = labels.get(s["theme"], "uitschieter")
            w.writerow([s["doc"], s["start"], s["end"], s["theme"], label])
    return [themes_csv, segments_csv]
