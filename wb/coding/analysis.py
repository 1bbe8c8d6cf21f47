"""Analysis tables of codings: frequencies, co-occurrence, retrieval and a heatmap.

Decisions (see also the tests):

* Only *active* codings are analysed; orphaned codings (whose span no longer fits the
  document) are left out. ``coder=`` limits every table to one coder's codings.
* Rows are code paths (``A/B``) sorted by path, so children follow their parent; every code
  stored in the project appears, also with zero codings. Codes with the same path in two
  codebooks share one row.
* Documents are labelled by their path; when two corpora hold the same path, every label
  becomes ``corpus/path``. Documents without a value for a metadata column are counted under
  ``(geen waarde)``.
* Co-occurrence, ``mode="segment"``: the text is cut into segments (``unit="paragraph"``:
  blocks separated by blank lines, each segment running on to the next block, so every
  character lies in exactly one segment; ``unit="document"``: the whole document). A code is
  *in* a segment when one of its codings touches it. Cell (a, b) = number of segments holding
  both a and b; diagonal = number of segments holding the code.
* Co-occurrence, ``mode="distance"`` (implied by ``within > 0``): two codings of different
  codes in one document co-occur when at most ``within`` characters lie between them
  (overlapping or touching codings always do). Cell (a, b) = number of such pairs of codings;
  diagonal = number of codings of the code. ``mode="overlap"``: only codings sharing at least
  one character.
* Retrieval context: up to ``context`` characters on each side, a word cut in two by that
  limit is dropped, and the space next to the limit is stripped; ``before + text + after`` is
  always one unbroken piece of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING, Any

from wb.corpus.paragraphs import paragraph_starts
from wb.errors import InvalidChoiceError, UnknownItemError
from wb.store.codebooks import code_rows
from wb.store.codings import codings_table
from wb.store.documents import document_texts, documents_table

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from wb.store.project import Project

NO_VALUE = "(geen waarde)"
COUNTS = ("codings", "documents", "characters")
DATE_FORMATS = {"D": "%Y-%m-%d", "M": "%Y-%m", "Y": "%Y"}
MODES = ("segment", "distance", "overlap")
UNITS = ("paragraph", "document")
_BASE_COLUMNS = {"corpus", "document", "woorden", "tekens", "formaat", "versie"}
_WORDISH = re.compile(r"[\w'’-]")
_AXIS_LABELS = {
    "code": "Code",
    "document": "Document",
    "corpus": "Corpus",
    "date": "Datum",
    "perspective": "Perspectief",
    "organisation": "Organisatie",
    "type": "Soort",
    "title": "Titel",
}


# -- shared helpers -------------------------------------------------------------------------
def document_metadata(project: Project) -> pd.DataFrame:
    """Metadata columns of every document (index: document id; dates as datetime64)."""
    docs = documents_table(project)
    return docs[[c for c in docs.columns if c not in _BASE_COLUMNS]]


def _all_codes(project: Project) -> list[str]:
    return sorted({path for _, path, _ in code_rows(project)})


def _select_codes(project: Project, codes: list[str] | None) -> list[str]:
    known = _all_codes(project)
    if codes is None:
        return known
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UnknownItemError(
            f"onbekende code(s): {', '.join(unknown)}. Codes in het project: "
            f"{', '.join(known) or 'geen'}."
        )
    return list(codes)


def _codings(project: Project, coder: str | None) -> pd.DataFrame:
    table = codings_table(project, with_text=False)
    table = table[table["status"] == "active"]
    if coder is not None:
        table = table[table["coder"] == coder.strip()]
    return table


def _doc_labels(docs: pd.DataFrame) -> dict[int, str]:
    """Column label of each document: its path, or corpus/path when paths repeat."""
    clash = docs["document"].duplicated(keep=False).any()
    return {
        i: f"{corpus}/{path}" if clash else path
        for i, corpus, path in zip(docs.index, docs["corpus"], docs["document"], strict=True)
    }


def _ancestors(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _covered(spans: list[tuple[int, int]]) -> int:
    """Number of characters covered by the union of the spans."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def _sorted_values(values: list[Any]) -> list[Any]:
    try:
        return sorted(set(values))
    except TypeError:
        return sorted(set(values), key=str)


def _group_labels(
    docs: pd.DataFrame, by: str, freq: str | None
) -> tuple[dict[int, Any], list[Any]]:
    """Map document id -> column label for `by`, and the ordered column labels."""
    import pandas as pd

    if by == "document":
        if freq is not None:
            raise InvalidChoiceError(
                "freq= werkt alleen bij een datumkolom, niet bij by='document'."
            )
        labels = _doc_labels(docs)
        return labels, list(labels.values())
    if by not in docs.columns or (by in _BASE_COLUMNS and by != "corpus"):
        available = ["document", "corpus"] + [c for c in docs.columns if c not in _BASE_COLUMNS]
        raise InvalidChoiceError(
            f"onbekende kolom '{by}'. Beschikbare kolommen: {', '.join(available)}."
        )
    column = docs[by]
    if freq is not None:
        key = freq.upper()
        if key not in DATE_FORMATS:
            raise InvalidChoiceError(
                f"onbekende freq '{freq}'; kies D (dag), M (maand) of Y (jaar)."
            )
        if not pd.api.types.is_datetime64_any_dtype(column):
            raise InvalidChoiceError(
                f"freq= werkt alleen bij een datumkolom; '{by}' bevat geen datums."
            )
    if pd.api.types.is_datetime64_any_dtype(column):
        column = column.dt.strftime(DATE_FORMATS[(freq or "D").upper()])
    labels = {i: (NO_VALUE if pd.isna(v) else v) for i, v in column.items()}
    present = [v for v in labels.values() if v != NO_VALUE]
    columns = _sorted_values(present) + ([NO_VALUE] if len(present) < len(labels) else [])
    return labels, columns


# -- frequencies ----------------------------------------------------------------------------
def code_frequencies(
    project: Project,
    by: str = "document",
    *,
    codes: list[str] | None = None,
    include_children: bool = False,
    count: str = "codings",
    freq: str | None = None,
    coder: str | None = None,
) -> pd.DataFrame:
    """Codes × documents (or × values of a metadata column) table of counts."""
    import pandas as pd

    if count not in COUNTS:
        raise InvalidChoiceError(f"onbekende telling '{count}'; kies {', '.join(COUNTS)}.")
    docs = documents_table(project)
    labels, columns = _group_labels(docs, by, freq)
    rows = _select_codes(project, codes)
    table = _codings(project, coder)
    spans: dict[tuple[str, Any], dict[int, list[tuple[int, int]]]] = {}
    for code, doc_id, start, end in zip(
        table["code"], table["doc_id"], table["start"], table["end"], strict=True
    ):
        for row in _ancestors(code) if include_children else [code]:
            spans.setdefault((row, labels[doc_id]), {}).setdefault(doc_id, []).append((start, end))
    counts: dict[tuple[str, Any], int] = {}
    for key, per_doc in spans.items():
        if count == "codings":
            counts[key] = sum(len(s) for s in per_doc.values())
        elif count == "documents":
            counts[key] = len(per_doc)
        else:
            counts[key] = sum(_covered(s) for s in per_doc.values())
    result = pd.DataFrame(0, index=pd.Index(rows, name="code"), columns=columns, dtype="int64")
    for (code, label), n in counts.items():
        if code in result.index:
            result.loc[code, label] = n
    result.columns.name = by
    return result


# -- co-occurrence --------------------------------------------------------------------------
def segments(text: str, unit: str = "paragraph") -> list[int]:
    """Start offsets of the segments of a text (paragraphs: blocks between blank lines)."""
    if unit == "document":
        return [0]
    return paragraph_starts(text)


def cooccurrence(
    project: Project,
    *,
    mode: str = "segment",
    within: int = 0,
    unit: str = "paragraph",
    codes: list[str] | None = None,
    coder: str | None = None,
) -> pd.DataFrame:
    """Symmetric code × code table of co-occurrences (see the module docstring)."""
    import pandas as pd

    if within < 0:
        raise InvalidChoiceError(f"within moet 0 of groter zijn, niet {within}.")
    if mode == "segment" and within > 0:
        mode = "distance"
    if mode not in MODES:
        raise InvalidChoiceError(f"onbekende mode '{mode}'; kies {', '.join(MODES)}.")
    if unit not in UNITS:
        raise InvalidChoiceError(f"onbekende eenheid '{unit}'; kies {', '.join(UNITS)}.")
    names = _select_codes(project, codes)
    table = _codings(project, coder)
    table = table[table["code"].isin(names)]
    texts = document_texts(project)
    counts: Counter[tuple[str, str]] = Counter()
    for doc_id, group in table.groupby("doc_id"):
        spans = list(zip(group["code"], group["start"], group["end"], strict=True))
        if mode == "segment":
            _count_segments(counts, spans, segments(texts[doc_id], unit))
        else:
            _count_pairs(counts, spans, within if mode == "distance" else -1)
    matrix = pd.DataFrame(
        [[counts[(a, b)] for b in names] for a in names], index=names, columns=names, dtype="int64"
    )
    matrix.index.name = "code"
    matrix.columns.name = "code"
    return matrix


def _count_segments(counts: Counter, spans: list[tuple[str, int, int]], starts: list[int]) -> None:
    """Add each code once per segment it touches, and each pair of codes sharing a segment."""
    present: dict[int, set[str]] = {}
    for code, start, end in spans:
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1) - 1
        for seg in range(first, last + 1):
            present.setdefault(seg, set()).add(code)
    for found in present.values():
        counts.update((code, code) for code in found)
        for a, b in combinations(sorted(found), 2):
            counts.update([(a, b), (b, a)])


def _count_pairs(counts: Counter, spans: list[tuple[str, int, int]], limit: int) -> None:
    """Add each coding on the diagonal, and each pair of codings at most `limit` apart."""
    counts.update((code, code) for code, _, _ in spans)
    for (a, a_start, a_end), (b, b_start, b_end) in combinations(spans, 2):
        gap = max(a_start, b_start) - min(a_end, b_end)
        if a != b and gap <= limit:
            counts.update([(a, b), (b, a)])


# -- retrieval ------------------------------------------------------------------------------
def _inside_word(text: str, i: int) -> bool:
    """True when offset `i` falls between two characters of one word."""
    return 0 < i < len(text) and bool(_WORDISH.match(text[i - 1]) and _WORDISH.match(text[i]))


def context_before(text: str, start: int, size: int) -> str:
    """Up to `size` characters before `start`, without a cut-off word or leading space."""
    cut = max(0, start - size)
    window = text[cut:start]
    if _inside_word(text, cut):
        window = re.sub(r"^[\w'’-]*", "", window)
    return window.lstrip()


def context_after(text: str, end: int, size: int) -> str:
    """Up to `size` characters after `end`, without a cut-off word or trailing space."""
    cut = min(len(text), end + size)
    window = text[end:cut]
    if _inside_word(text, cut):
        window = re.sub(r"[\w'’-]*$", "", window)
    return window.rstrip()


def retrieve(
    project: Project,
    code: str,
    *,
    context: int = 200,
    include_children: bool = True,
    coder: str | None = None,
) -> pd.DataFrame:
    """Every passage of a code with its context and the document's metadata."""
    _select_codes(project, [code])
    table = _codings(project, coder)
    wanted = table["code"] == code
    if include_children:
        wanted |= table["code"].str.startswith(code + "/")
    table = table[wanted].copy()
    texts = document_texts(project)
    docs = zip(table["doc_id"], table["start"], table["end"], strict=True)
    spans = [(texts[d], s, e) for d, s, e in docs]
    table["text"] = [t[s:e] for t, s, e in spans]
    table["before"] = [context_before(t, s, context) for t, s, _ in spans]
    table["after"] = [context_after(t, e, context) for t, _, e in spans]
    columns = ["corpus", "document", "code", "coder", "start", "end"]
    columns += ["before", "text", "after", "memo", "doc_id"]
    table = table[columns]
    meta = document_metadata(project)
    joined = table.join(meta, on="doc_id").drop(columns=["doc_id"])
    return joined


# -- heatmap --------------------------------------------------------------------------------
def heatmap(table: pd.DataFrame, *, title: str = "") -> go.Figure:
    """A plotly heatmap of a frequency or co-occurrence table (Dutch labels, works offline)."""
    import plotly.graph_objects as go

    x_label = _AXIS_LABELS.get(str(table.columns.name), str(table.columns.name or ""))
    y_label = _AXIS_LABELS.get(str(table.index.name), str(table.index.name or "Code"))
    figure = go.Figure(
        go.Heatmap(
            z=table.to_numpy(),
            x=[str(c) for c in table.columns],
            y=[str(i) for i in table.index],
            colorscale="Blues",
            colorbar={"title": {"text": "Aantal"}},
            texttemplate="%{z}",
            hovertemplate=f"{y_label}: %{{y}}<br>{x_label}: %{{x}}<br>"
            "Aantal: %{z}<extra></extra>",
        )
    )
    figure.update_layout(
        title={"text": title},
        height=max(300, 150 + 26 * len(table.index)),
        xaxis={"title": {"text": x_label}, "type": "category", "tickangle": -45},
        yaxis={"title": {"text": y_label}, "type": "category", "autorange": "reversed"},
    )
    return figure
