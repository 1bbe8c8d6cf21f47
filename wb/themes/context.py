"""Themes in context: who speaks about a theme, when, which codes overlap it, and quotes.

Decisions:

* Passages are counted (not documents). Outliers (theme -1) are left out unless asked for.
* Metadata is looked up by the passage's document ('corpus/path'). A document without a value
  counts under its ``type`` when the column is ``perspective`` (the minutes have no perspective
  and count as ``notulen``), otherwise under ``(geen waarde)``; ``fallback=`` changes this.
* Code overlap: a passage *holds* a code when an active coding of it (any coder), or, given a
  codebook, a suggestion's matched words, share at least one character with the passage.
  ``passages`` = number of the theme's passages holding the code, ``aandeel`` = that divided
  by the theme's size.
* Quotes: the theme's passages ranked by the weighted number of theme keywords among their
  lemmas (keyword at rank r of n weighs 1 - r/n), then by the share of their lemmas that are
  keywords; passages with fewer than 3 lemmas are used last, and each document gives one quote
  before any gives a second. Documents are pseudonymised by the project's one pseudonymiser
  (:func:`wb.dossiers.pseudonymise.pseudonymise_for_project`: per dossier, with the project's
  name lists), the same as the review page and the dossier report, and the passage span mapped
  with ``to_new``; a person has one placeholder per dossier in every view.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wb.errors import InvalidChoiceError
from wb.themes.name_keywords import keywords_without, person_name_words
from wb.themes.store import OUTLIER, ThemeRun, run_lemmas

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from wb.codebook import Codebook
    from wb.dossiers.pseudonymise import Pseudonymised
    from wb.store.project import Project

NO_VALUE = "(geen waarde)"
OUTLIER_NAME = "uitschieters"
FALLBACKS = {"perspective": "type"}
LABELS = {
    "perspective": "Perspectief",
    "organisation": "Organisatie",
    "date": "Datum",
    "type": "Soort",
    "corpus": "Corpus",
    "document": "Document",
}
MIN_QUOTE_LEMMAS = 3


@dataclass
class Quote:
    """A pseudonymised passage of a theme, with its document and original span."""

    doc: str
    start: int
    end: int
    text: str
    score: float
    keywords: list[str] = field(default_factory=list)


# -- metadata ---------------------------------------------------------------------------------
def document_values(project: Project, column: str, fallback: str | None = "auto") -> pd.Series:
    """Value of a metadata column per document ('corpus/path'), with the fallback filled in."""
    from wb.store.documents import documents_table

    docs = documents_table(project)
    docs.index = docs["corpus"] + "/" + docs["document"]
    if column not in docs.columns and column in LABELS:
        docs[column] = None  # a known column no document has (yet): every value is missing
    if column not in docs.columns:
        known = ", ".join(c for c in docs.columns if c not in ("woorden", "tekens", "versie"))
        raise InvalidChoiceError(f"onbekende metadatakolom '{column}'; kies uit: {known}.")
    values = docs[column]
    if fallback == "auto":
        fallback = FALLBACKS.get(column)
    if fallback and fallback in docs.columns:
        values = values.fillna(docs[fallback])
    return values.fillna(NO_VALUE)


def _segments(run: ThemeRun, outliers: bool) -> pd.DataFrame:
    import pandas as pd

    seg = pd.DataFrame(run.segments, columns=["doc", "start", "end", "theme"])
    return seg if outliers else seg[seg["theme"] != OUTLIER]


def _theme_order(run: ThemeRun, outliers: bool) -> tuple[list[int], dict[int, str]]:
    names = run.names()
    ids = [t["id"] for t in run.themes]
    if outliers:
        ids.append(OUTLIER)
        names[OUTLIER] = OUTLIER_NAME
    return ids, names


def by_metadata(
    project: Project,
    run: ThemeRun,
    column: str = "perspective",
    *,
    fallback: str | None = "auto",
    outliers: bool = False,
) -> pd.DataFrame:
    """Passages per theme (rows, by name) and metadata value (columns)."""
    import pandas as pd

    values = document_values(project, column, fallback)
    seg = _segments(run, outliers)
    seg = seg.assign(value=seg["doc"].map(values).fillna(NO_VALUE).astype(str))
    ids, names = _theme_order(run, outliers)
    table = pd.crosstab(seg["theme"], seg["value"]).reindex(ids, fill_value=0)
    table.index = [names[i] for i in ids]
    table.index.name = "thema"
    table.columns.name = LABELS.get(column, column)
    return table.astype(int)


def over_time(
    project: Project, run: ThemeRun, column: str = "date", freq: str = "M"
) -> pd.DataFrame:
    """Passages per period (rows, every period from first to last) and theme (columns)."""
    import pandas as pd

    dates = pd.to_datetime(document_values(project, column, fallback=None), errors="coerce")
    seg = _segments(run, outliers=False)
    seg = seg.assign(period=seg["doc"].map(dates).dt.to_period(freq)).dropna(subset=["period"])
    ids, names = _theme_order(run, outliers=False)
    table = pd.crosstab(seg["period"], seg["theme"]).reindex(columns=ids, fill_value=0)
    if len(table):
        table = table.reindex(pd.period_range(table.index.min(), table.index.max()), fill_value=0)
    table.columns = [names[i] for i in ids]
    table.index.name = LABELS.get(column, column)
    table.columns.name = "thema"
    return table.astype(int)


# -- codes ------------------------------------------------------------------------------------
def code_spans(
    project: Project, codebook: Codebook | None = None
) -> dict[str, list[tuple[int, int, str]]]:
    """(start, end, code) per document ('corpus/path'): active codings and suggestions."""
    from wb.store.codings import codings_table
    from wb.store.documents import iter_documents

    spans: dict[str, list[tuple[int, int, str]]] = {}
    codings = codings_table(project, with_text=False)
    codings = codings[codings["status"] == "active"]
    for corpus, doc, start, end, code in zip(
        codings["corpus"],
        codings["document"],
        codings["start"],
        codings["end"],
        codings["code"],
        strict=True,
    ):
        spans.setdefault(f"{corpus}/{doc}", []).append((int(start), int(end), code))
    if codebook is not None:
        from wb.coding.suggest import Suggester

        items = [(d.label, d.text) for d in iter_documents(project)]
        for s in Suggester(codebook).fit().suggest(items):
            spans.setdefault(s.doc, []).append((s.match_start, s.match_end, s.code))
    return spans


def code_overlap(
    project: Project, run: ThemeRun, codebook: Codebook | None = None, top: int = 5
) -> pd.DataFrame:
    """Per theme the `top` codes held by most of its passages (count and share)."""
    import pandas as pd

    spans = code_spans(project, codebook)
    counts: dict[int, dict[str, int]] = {}
    for seg in run.segments:
        if seg["theme"] == OUTLIER:
            continue
        held = {
            code
            for start, end, code in spans.get(seg["doc"], ())
            if start < seg["end"] and end > seg["start"]
        }
        bucket = counts.setdefault(seg["theme"], {})
        for code in held:
            bucket[code] = bucket.get(code, 0) + 1
    names = run.names()
    rows = []
    for theme in run.themes:
        ranked = sorted(counts.get(theme["id"], {}).items(), key=lambda kv: (-kv[1], kv[0]))
        for code, n in ranked[:top]:
            share = round(n / theme["size"], 4) if theme["size"] else 0.0
            rows.append((theme["id"], names[theme["id"]], code, n, share))
    return pd.DataFrame(rows, columns=["thema_id", "thema", "code", "passages", "aandeel"])


# -- quotes -----------------------------------------------------------------------------------
def pseudonymised(text: str) -> Pseudonymised:
    """A text pseudonymised on its own with wb's lists (no project, no dossier; cached)."""
    return _plain_pseudonymiser().dossier([text])[0]


@functools.cache
def _plain_pseudonymiser() -> Any:
    from wb.dossiers.pseudonymise import Pseudonymiser

    return Pseudonymiser()


def pseudonymised_span(text: str, start: int, end: int) -> str:
    """The pseudonymised text of a span of a document pseudonymised on its own."""
    p = pseudonymised(text)
    return p.text[p.to_new(start) : p.to_new(end, end=True)]


def project_pseudonymised(project: Project) -> dict[str, Pseudonymised]:
    """Every document of the project ('corpus/path') pseudonymised per dossier."""
    from wb.dossiers.pseudonymise import pseudonymise_for_project
    from wb.store.documents import iter_documents

    by_id = pseudonymise_for_project(project).documents(project)
    return {d.label: by_id[d.id] for d in iter_documents(project)}


def project_quote_names(
    project: Project, masked: dict[str, Pseudonymised] | None = None
) -> dict[str, dict[str, str]]:
    """Per document ('corpus/path') its dossier's readable names -> placeholder, for quotes
    (:func:`wb.themes.quote_names.dossier_names`); `masked` is
    :func:`project_pseudonymised` when already at hand."""
    from wb.corpus.dossiers import dossier_of, project_documents

    masked = project_pseudonymised(project) if masked is None else masked
    groups: dict[str, list[str]] = {}
    for doc in project_documents(project):
        groups.setdefault(dossier_of(doc.metadata), []).append(doc.label)
    return _quote_names(masked, groups.values())


def _quote_names(masked: dict[str, Pseudonymised], groups: Any) -> dict[str, dict[str, str]]:
    from wb.themes.quote_names import dossier_names

    out: dict[str, dict[str, str]] = {}
    for labels in groups:
        found = [label for label in labels if label in masked]
        names = dossier_names(masked[label] for label in found)
        out.update((label, names) for label in found)
    for label in masked:
        out.setdefault(label, dossier_names([masked[label]]))
    return out


def pseudonymise_documents(texts: dict[str, str]) -> dict[str, Pseudonymised]:
    """Documents ('corpus/path' -> text) outside a project, pseudonymised one corpus at a time."""
    corpora: dict[str, list[tuple[str, str]]] = {}
    for doc, text in sorted(texts.items()):
        corpora.setdefault(doc.split("/", 1)[0], []).append((doc, text))
    out = {}
    for docs in corpora.values():
        done = _plain_pseudonymiser().dossier([text for _, text in docs])
        out.update((doc, p) for (doc, _), p in zip(docs, done, strict=True))
    return out


def quote_names_by_corpus(masked: dict[str, Pseudonymised]) -> dict[str, dict[str, str]]:
    """Readable names for quotes per document of :func:`pseudonymise_documents` (one corpus,
    one dossier)."""
    corpora: dict[str, list[str]] = {}
    for doc in sorted(masked):
        corpora.setdefault(doc.split("/", 1)[0], []).append(doc)
    return _quote_names(masked, corpora.values())


def representative_quotes(
    project: Project, run: ThemeRun, theme_id: int, n: int = 3, max_chars: int | None = 600
) -> list[Quote]:
    """The n passages that best carry the theme's keywords, pseudonymised."""
    from wb.themes.quote_names import mask_quote

    theme = run.theme(theme_id)
    keywords = list(theme.get("lemmas") or theme["keywords"])
    written = dict(zip(keywords, theme["keywords"], strict=False))
    weight = {w: 1 - r / len(keywords) for r, w in enumerate(keywords)}
    lemmas = run_lemmas(project, run)
    ranked = []
    for i, seg in enumerate(run.segments):
        if seg["theme"] != theme_id:
            continue
        words = lemmas[i].split()
        hits = sorted(set(words) & weight.keys(), key=keywords.index)
        share = sum(w in weight for w in words) / len(words) if words else 0.0
        score = sum(weight[w] for w in hits)
        ranked.append((len(words) >= MIN_QUOTE_LEMMAS, score, share, -i, i, hits))
    ranked.sort(reverse=True)
    chosen: list[tuple[int, float, list[str]]] = []
    seen: set[str] = set()
    for rnd in (0, 1):
        for _long, score, _share, _neg, i, hits in ranked:
            doc = run.segments[i]["doc"]
            if len(chosen) >= n or any(c[0] == i for c in chosen):
                continue
            if rnd == 0 and doc in seen:
                continue
            seen.add(doc)
            chosen.append((i, score, hits))
    masked = project_pseudonymised(project)
    names = project_quote_names(project, masked)
    quotes = []
    for i, score, hits in chosen:
        seg = run.segments[i]
        p = masked[seg["doc"]]
        text = p.text[p.to_new(seg["start"]) : p.to_new(seg["end"], end=True)]
        text = mask_quote(text, names.get(seg["doc"], {}))
        shown = [written.get(h, h) for h in hits]
        quotes.append(
            Quote(seg["doc"], seg["start"], seg["end"], shorten(text, max_chars), score, shown)
        )
    return quotes


def shorten(text: str, max_chars: int | None) -> str:
    """The text cut at a word boundary to at most max_chars characters, with ' …'."""
    if max_chars is None or len(text) <= max_chars:
        return text
    cut = text[: max_chars - 2]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:") + " …"


def person_words(project: Project, run: ThemeRun) -> frozenset[str]:
    """Lowercased words of the names of persons the pseudonymiser finds in the run's documents."""

    used = {s["doc"] for s in run.segments}
    words: set[str] = set()
    for name, p in project_pseudonymised(project).items():
        if name in used:
            words |= person_name_words(p)
    return frozenset(words)


#: the theme's keywords without words that are (part of) a person's name
safe_keywords = keywords_without


# -- chart ------------------------------------------------------------------------------------
def overview_figure(
    project: Project, run: ThemeRun, column: str = "perspective", *, fallback: str | None = "auto"
) -> go.Figure:
    """Stacked bar chart: passages per theme, coloured by metadata value."""
    import plotly.graph_objects as go

    table = by_metadata(project, run, column, fallback=fallback)
    label = LABELS.get(column, column)
    fig = go.Figure(
        [go.Bar(name=str(value), x=list(table.index), y=table[value].tolist()) for value in table]
    )
    fig.update_layout(
        barmode="stack",
        title=f"Thema's per {label.lower()}",
        xaxis_title="Thema",
        yaxis_title="Passages",
        legend_title=label,
        template="plotly_white",
    )
    return fig
