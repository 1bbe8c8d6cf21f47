"""The theme summary for the leernetwerk: Markdown, self-contained HTML or DOCX.

Per theme: name, keywords, size, stability (with "instabiel" when under the threshold),
perspectives, three representative quotes (pseudonymised, see :mod:`wb.themes.context`) and the
documents they come from (their names pseudonymised too, with the same placeholders); first an
overview of themes by perspective (HTML: a stacked bar chart as inline SVG, plus the table;
Markdown and DOCX: the table). Stability is told in one plain
Dutch sentence, not as an index. Decisions:

* Keywords that are (part of) a name the pseudonymiser finds in the documents are left out.
* HTML: every text is escaped; no script at all, the chart is inline SVG drawn here (plotly.js
  inline made the file 4.8 MB), so the file stays small and never loads anything.
* The file is written to a temporary file in the same folder and then moved into place.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.atomic import no_folder_error, write_atomic
from wb.errors import InvalidChoiceError
from wb.exports.written import Written
from wb.themes.context import (
    Quote,
    by_metadata,
    person_words,
    representative_quotes,
    safe_keywords,
)
from wb.themes.store import ThemeRun, load_run, stability_word

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project

FORMATS = ("md", "html", "docx")
TITLE = "Thema's voor de onderzoeksagenda"
H_KEYWORDS = "Trefwoorden"
H_SIZE = "Omvang"
H_STABILITY = "Stabiliteit"
H_PERSPECTIVES = "Perspectieven"
H_QUOTES = "Citaten"
NOTE = (
    "Citaten zijn gepseudonimiseerd: namen van personen en organisaties zijn vervangen door "
    "plaatshouders zoals [PERSOON-1], genummerd per dossier."
)
NUMBER_WORDS = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht"}


@dataclass
class ThemeSummary:
    """Everything the summary shows about one theme."""

    id: int
    name: str
    keywords: list[str]
    size: int
    share: float
    stability: float | None
    stability_text: str
    perspectives: dict[str, int]
    n_runs: int = 0
    quotes: list[Quote] = field(default_factory=list)


def summarise(
    project: Project, run: ThemeRun, *, column: str = "perspective", n_quotes: int = 3
) -> tuple[list[ThemeSummary], pd.DataFrame]:
    """The per-theme summaries and the overview table (themes x perspective) of a run."""
    from wb.dossiers.pseudonymise import pseudonymise_for_project

    table = by_metadata(project, run, column)
    shown = pseudonymise_for_project(project).document_names(project)
    names = run.names()
    hidden = person_words(project, run)
    total = max(1, len(run.segments))
    out = []
    for theme in run.themes:
        row = table.loc[names[theme["id"]]]
        out.append(
            ThemeSummary(
                id=theme["id"],
                name=names[theme["id"]],
                keywords=safe_keywords(theme, hidden),
                size=theme["size"],
                share=theme["size"] / total,
                stability=theme.get("stability"),
                stability_text=stability_word(theme),
                perspectives={str(k): int(v) for k, v in row.items() if v},
                n_runs=int(run.params.get("n_runs") or 0),
                quotes=[
                    replace(q, doc=shown.get(q.doc, q.doc))  # the file name pseudonymised too
                    for q in representative_quotes(project, run, theme["id"], n=n_quotes)
                ],
            )
        )
    return out, table


def export_summary(
    project: Project,
    path: str | Path,
    *,
    run_id: int | None = None,
    format: str | None = None,
    column: str = "perspective",
) -> Written:
    """Write the theme summary of a run (default: the latest) as .md, .html or .docx; return
    its path, which counts the themes (:class:`~wb.exports.written.Written`)."""
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InvalidChoiceError(
            f"onbekend formaat '{fmt or path.suffix}'; kies uit: {', '.join(FORMATS)}.", path=path
        )
    if not path.parent.is_dir():
        raise no_folder_error(path)
    run = load_run(project, run_id)
    themes, table = summarise(project, run, column=column)
    if fmt == "md":
        data = render_markdown(run, themes, table).encode("utf-8")
    elif fmt == "html":
        data = render_html(run, themes, table).encode("utf-8")
    else:
        data = render_docx(run, themes, table)
    write_atomic(path, data)
    return Written.file(path, len(themes), "thema", "thema's")


# -- shared texts ---------------------------------------------------------------------------
def _runs_text(n: Any) -> str:
    n = int(n) if isinstance(n, (int, float)) else 0
    return f"Bij {NUMBER_WORDS.get(n, str(n))} herhaalde runs" if n > 1 else "Bij herhaalde runs"


def _division_change(ari: float) -> str:
    """How much a division into themes changed, as the end of an inverted Dutch clause."""
    if ari >= 0.8:
        return "bleef de indeling in thema's vrijwel gelijk"
    if ari >= 0.6:
        return "bleef de indeling in thema's grotendeels gelijk"
    if ari >= 0.4:
        return "veranderde de indeling in thema's deels"
    return "veranderde de indeling in thema's sterk; lees de thema's als een eerste schets"


ONE_RUN = "De stabiliteit is niet gemeten (maar één run)."


def _one_run(n_runs: Any) -> bool:
    """True when the themes come from a single run: nothing was compared, so nothing measured."""
    return isinstance(n_runs, (int, float)) and int(n_runs) == 1


def overall_stability_sentence(n_runs: Any, ari: Any) -> str:
    """One plain Dutch sentence on how much the whole division changed between repeated runs."""
    if not isinstance(ari, (int, float)) or _one_run(n_runs):
        return ONE_RUN
    return f"{_runs_text(n_runs)} met een ander startpunt {_division_change(ari)}."


def comparison_sentence(ari: float, other: Any) -> str:
    """One plain Dutch sentence on how much one run's division differs from run `other`'s (by
    their adjusted Rand index `ari`)."""
    return f"Vergeleken met de run met startpunt {other} {_division_change(ari)}."


def theme_stability_sentence(stability: float | None, word: str, n_runs: Any) -> str:
    """One plain Dutch sentence on how often a theme came back in repeated runs."""
    if stability is None:
        return "Niet gemeten: dit thema ontstond door splitsen."
    if _one_run(n_runs):
        return "Niet gemeten: er was maar één run."
    if stability >= 0.75:
        how = "kwam dit thema steeds terug"
    elif stability >= 0.5 and word != "instabiel":
        how = "kwam dit thema meestal terug"
    elif stability >= 0.5:  # under wb's threshold: "meestal terug (instabiel)" would contradict
        how = "kwam dit thema maar deels terug"
    elif stability >= 0.3:
        how = "kwam dit thema maar soms terug"
    else:
        how = "viel dit thema meestal uiteen"
    return f"{_runs_text(n_runs)} {how} ({word})."


def when_text(stamp: str) -> str:
    """A stored UTC time stamp in local time, the Dutch way: ``4 december 2026, 21:37``."""
    import datetime

    from wb.corpus.display import dutch_date

    try:
        return dutch_date(datetime.datetime.fromisoformat(stamp).astimezone())
    except (TypeError, ValueError):
        return str(stamp)


def _intro(run: ThemeRun) -> list[str]:
    p = run.params
    stab = run.result.get("stability", {})
    lines = [
        f"Thema-run {run.id} van {when_text(run.created_at)}: {len(run.themes)} thema's in "
        f"{len(run.segments)} passages (rekenmethode {p.get('embedder')}, "
        f"startpunt {p.get('seed')}).",
        f"{overall_stability_sentence(p.get('n_runs'), stab.get('ari'))} Passages zonder thema: "
        f"{_pct(run.result.get('outlier_share', 0))}.",
    ]
    if run.edits:
        n = len(run.edits)
        lines.append(f"Door onderzoekers bewerkt: {n} {'bewerking' if n == 1 else 'bewerkingen'}.")
    lines.append(NOTE)
    return lines


def _overview(table: pd.DataFrame) -> str:
    return f"Overzicht: thema's per {str(table.columns.name or 'perspectief').lower()}"


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _size_text(t: ThemeSummary) -> str:
    return f"{t.size} passages ({_pct(t.share)})"


def _stability_text(t: ThemeSummary) -> str:
    return theme_stability_sentence(t.stability, t.stability_text, t.n_runs)


def _perspective_text(t: ThemeSummary) -> str:
    ranked = sorted(t.perspectives.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{k} ({v})" for k, v in ranked) or "-"


def _source(q: Quote) -> str:
    return f"{q.doc}, tekens {q.start}-{q.end}"


def _table_rows(table: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    header = [table.index.name or "thema", *map(str, table.columns), "totaal"]
    rows = [
        [str(name), *(str(int(v)) for v in row), str(int(sum(row)))]
        for name, row in zip(table.index, table.to_numpy().tolist(), strict=True)
    ]
    return header, rows


# -- Markdown ---------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_<>|])")


def md_escape(text: str) -> str:
    """Text with Markdown's special characters backslash-escaped (no HTML, no emphasis)."""
    text = _MD_SPECIAL.sub(r"\\\1", str(text))
    return "\\" + text if text.startswith(("#", "+", "-")) else text


def _md_cell(text: str) -> str:
    return md_escape(" ".join(str(text).split()))


def render_markdown(run: ThemeRun, themes: list[ThemeSummary], table: pd.DataFrame) -> str:
    """The summary as Markdown."""
    out = [f"# {TITLE}", "", *(line + "\n" for line in _intro(run))]
    header, rows = _table_rows(table)
    out += [f"## {_overview(table)}", "", "| " + " | ".join(map(_md_cell, header)) + " |"]
    out.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    out += ["| " + " | ".join(map(_md_cell, r)) + " |" for r in rows]
    out.append("")
    for t in themes:
        out += [f"## {_md_cell(t.name)}", ""]
        out.append(f"- **{H_KEYWORDS}**: {_md_cell(', '.join(t.keywords))}")
        out.append(f"- **{H_SIZE}**: {_size_text(t)}")
        out.append(f"- **{H_STABILITY}**: {_stability_text(t)}")
        out.append(f"- **{H_PERSPECTIVES}**: {_md_cell(_perspective_text(t))}")
        out += ["", f"### {H_QUOTES}", ""]
        for q in t.quotes:
            out += ["> " + md_escape(line) if line else ">" for line in q.text.splitlines()]
            doc = q.doc.replace("`", "'")
            out += [">", f"> — `{doc}`, tekens {q.start}-{q.end}", ""]
    return "\n".join(out).rstrip() + "\n"


# -- HTML -------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.5}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem}
td.n{text-align:right}blockquote{border-left:4px solid #4e79a7;margin:1rem 0;padding:.25rem 1rem;
background:#f6f8fb;white-space:pre-wrap}.bron{color:#555;font-size:.9em}
.instabiel{color:#b00020;font-weight:bold}
"""


def render_html(run: ThemeRun, themes: list[ThemeSummary], table: pd.DataFrame) -> str:
    """The summary as one self-contained HTML page (chart as inline SVG, no script)."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{e(TITLE)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(TITLE)}</h1>",
        *(f"<p>{e(line)}</p>" for line in _intro(run)),
        f"<h2>{e(_overview(table))}</h2>",
        overview_svg(table),
    ]
    header, rows = _table_rows(table)
    parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
    parts.append("</thead><tbody>")
    for r in rows:
        cells = f"<td>{e(r[0])}</td>" + "".join(f'<td class="n">{e(c)}</td>' for c in r[1:])
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</tbody></table>")
    for t in themes:
        klass = ' class="instabiel"' if t.stability_text == "instabiel" else ""
        parts += [
            f"<section><h2>{e(t.name)}</h2><dl>",
            f"<dt>{e(H_KEYWORDS)}</dt><dd>{e(', '.join(t.keywords))}</dd>",
            f"<dt>{e(H_SIZE)}</dt><dd>{e(_size_text(t))}</dd>",
            f"<dt>{e(H_STABILITY)}</dt><dd{klass}>{e(_stability_text(t))}</dd>",
            f"<dt>{e(H_PERSPECTIVES)}</dt><dd>{e(_perspective_text(t))}</dd></dl>",
            f"<h3>{e(H_QUOTES)}</h3>",
        ]
        for q in t.quotes:
            parts.append(
                f'<blockquote>{e(q.text)}</blockquote><p class="bron">— {e(_source(q))}</p>'
            )
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# -- SVG chart --------------------------------------------------------------------------------
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip


#: Longest theme name shown whole next to its bar; a longer one ends in '…' (the whole name
#: is the label's tooltip).
LABEL_CHARS = 36


def overview_svg(table: pd.DataFrame, width: int = 760) -> str:
    """Horizontal stacked bars (passages per theme, coloured by value) as inline SVG."""
    e = html.escape
    names = [str(n) for n in table.index]
    values = [str(c) for c in table.columns]
    counts = table.to_numpy().tolist()
    totals = [sum(row) for row in counts]
    top = max(totals, default=0) or 1
    # a label of LABEL_CHARS characters fits left of the bars (13 px text: up to ~8 px a letter)
    label_w, bar_h, gap, legend_h = 300, 22, 8, 12 + 26 * ((len(values) + 3) // 4)
    plot_w = width - label_w - 50
    height = legend_h + len(names) * (bar_h + gap) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" '
        f'font-size="13"><title>{e(_overview(table))}</title>'
    ]
    for j, value in enumerate(values):
        x, y = 10 + (j % 4) * 185, 6 + (j // 4) * 26
        colour = PALETTE[j % len(PALETTE)]
        out.append(f'<rect x="{x}" y="{y}" width="14" height="14" fill="{colour}"/>')
        out.append(f'<text x="{x + 20}" y="{y + 12}">{e(value)}</text>')
    for i, (name, row) in enumerate(zip(names, counts, strict=True)):
        y = legend_h + i * (bar_h + gap)
        short = name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"
        out.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end"><title>{e(name)}</title>'
            f"{e(short)}</text>"
        )
        x = float(label_w)
        for j, n in enumerate(row):
            if not n:
                continue
            w = plot_w * n / top
            colour = PALETTE[j % len(PALETTE)]
            out.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}">'
                f"<title>{e(name)} – {e(values[j])}: {n}</title></rect>"
            )
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{totals[i]}</text>')
    out.append("</svg>")
    return "".join(out)


# -- DOCX -------------------------------------------------------------------------------------
def render_docx(run: ThemeRun, themes: list[ThemeSummary], table: pd.DataFrame) -> bytes:
    """The summary as a Word document (overview as a table)."""
    import io

    from docx import Document

    doc = Document()
    doc.add_heading(TITLE, level=0)
    for line in _intro(run):
        doc.add_paragraph(_xml_safe(line))
    doc.add_heading(_overview(table), level=1)
    header, rows = _table_rows(table)
    grid = doc.add_table(rows=1 + len(rows), cols=len(header))
    grid.style = "Table Grid"
    for i, row in enumerate([header, *rows]):
        for j, value in enumerate(row):
            grid.cell(i, j).text = _xml_safe(value)
    for t in themes:
        doc.add_heading(_xml_safe(t.name), level=1)
        for label, value in (
            (H_KEYWORDS, ", ".join(t.keywords)),
            (H_SIZE, _size_text(t)),
            (H_STABILITY, _stability_text(t)),
            (H_PERSPECTIVES, _perspective_text(t)),
        ):
            para = doc.add_paragraph()
            para.add_run(f"{label}: ").bold = True
            para.add_run(_xml_safe(value))
        doc.add_heading(H_QUOTES, level=2)
        for q in t.quotes:
            doc.add_paragraph(_xml_safe(q.text), style="Quote")
            doc.add_paragraph(_xml_safe(f"— {_source(q)}")).runs[0].italic = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("", str(text))
