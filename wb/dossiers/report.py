"""A self-contained HTML report per dossier: timeline, labels, copied passages, decisions.

All dossier text in it is pseudonymised and escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from wb.atomic import write_atomic
from wb.dossiers.analyse import dossier_documents
from wb.dossiers.review import ReviewSession, document_date, document_title
from wb.errors import OutputError, UnknownItemError
from wb.store.project import Project

CSS = """
body{font-family:system-ui,sans-serif;max-width:75em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.5}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em;font-size:.92em}
td,th{overflow-wrap:break-word;hyphens:manual}td.passage{width:40%}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}.ctx{color:#666}.hit{background:#fff3c4;font-weight:600}
mark{background:#f9c74f}.small{color:#555;font-size:.9em}
.timeline li{margin:.2em 0}
@media (max-width:55em){table,tbody,tr,td{display:block;width:auto!important}
tr.head{position:absolute;left:-9999px}tr{border:1px solid #ccc;margin:0 0 .8em}
td{border:0;border-top:1px solid #eee}
td::before{content:attr(data-label);display:block;font-weight:600;font-size:.85em;color:#444}}
"""
VOICE = {
    "asserted": "door het rapport zelf gesteld",
    "attributed": "toegeschreven",
    "discussed": "alleen besproken",
    "negated": "ontkend",
}
# What "terecht" / "niet terecht" means per group of the review page (wb saw it right or not).
DECISION = {
    "label": {"terecht": "labelende taal", "niet terecht": "hier geen label"},
    "term": {"terecht": "alleen besproken", "niet terecht": "toch een label"},
    "reuse": {"terecht": "overgenomen tekst", "niet terecht": "geen overname"},
}
SHOWN_CONTEXT = 90


def _tail(text: str, n: int) -> str:
    """The last words of `text`, at most n characters, no word cut."""
    start = max(0, len(text) - n)
    while 0 < start < len(text) and not text[start - 1].isspace():
        start += 1
    return text[start:]


def _head(text: str, n: int) -> str:
    """The first words of `text`, at most n characters, no word cut."""
    end = min(len(text), n)
    while 0 < end < len(text) and not text[end].isspace():
        end -= 1
    return text[:end]


def _excerpt(part: dict[str, Any], marks: list[list[int]] | None = None) -> str:
    text = part["text"]
    if marks:
        out, at = [], 0
        for a, b in marks:
            out += [escape(text[at:a]), f"<mark>{escape(text[a:b])}</mark>"]
            at = b
        body = "".join(out) + escape(text[at:])
    else:
        body = escape(text)
    before = _tail(part["before"], SHOWN_CONTEXT)
    after = _head(part["after"], SHOWN_CONTEXT)
    return (
        f'<span class="ctx">…{escape(before)}</span><span class="hit">{body}</span>'
        f'<span class="ctx">{escape(after)}…</span>'
    )


LABEL_COLUMNS = (
    "Rapport",
    "Label",
    "Passage",
    "Stem",
    "Eerst gezien in",
    "Overgenomen uit",
    "Oordeel",
)
REUSE_COLUMNS = ("Later rapport", "Bron (eerder)", "Overeenkomst", "Oordeel")


def _header_row(columns: tuple[str, ...]) -> str:
    """The header row of a table."""
    return "<tr class='head'>" + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr>"


def _row(columns: tuple[str, ...], cells: list[str]) -> str:
    """A table row; each cell names its column (shown above it on a narrow screen)."""
    out = []
    for column, cell in zip(columns, cells, strict=True):
        cls = " class='passage'" if column == "Passage" else ""
        out.append(f"<td data-label='{escape(column)}'{cls}>{cell}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def _named(part: dict[str, Any]) -> str:
    """A report as readers know it: title and Dutch date."""
    return ", ".join(filter(None, (part.get("title"), part.get("date"))))


def _decision(item: dict[str, Any]) -> str:
    d = item.get("decision")
    if not d:
        return "nog niet beoordeeld"
    extra = f"<br>{escape(d['comment'])}" if d.get("comment") else ""
    own = (
        f"<br><em>Eigen formulering:</em> {escape(d['alternative'])}"
        if d.get("alternative")
        else ""
    )
    verdict = escape(DECISION.get(item.get("group", ""), {}).get(d["decision"], d["decision"]))
    said = escape(VOICE.get(d.get("voice") or "", d.get("voice") or ""))
    voice = f"<br><em>Wie zegt het, volgens de beoordelaar:</em> {said}" if said else ""
    return f"{verdict} ({escape(d['reviewer'])}){voice}{extra}{own}"


def dossier_report_html(
    project: Project, dossier: str, session: ReviewSession | None = None
) -> str:
    """The HTML text of the report of one dossier."""
    session = session or ReviewSession(project)
    docs = dossier_documents(project, dossier)
    if not docs:
        known = ", ".join(session.dossiers()) or "geen"
        raise UnknownItemError(f"dossier '{dossier}' bestaat niet in dit project (wel: {known}).")
    items = session.items(dossier)
    labels = [i for i in items if i["kind"] == "label"]
    copies = [i for i in items if i["kind"] == "reuse"]
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>Dossier {escape(dossier)} — wb</title><style>{CSS}</style></head><body>",
        f"<h1>Dossier {escape(dossier)}</h1>",
        "<p class='small'>Gemaakt met wb. Namen, adressen en andere gegevens zijn vervangen door "
        "[PERSOON-1] enzovoort. De tekst is alleen lokaal opgeslagen.</p>",
        "<h2>Tijdlijn van de rapporten</h2><ol class='timeline'>",
    ]
    for d in docs:
        n_labels = sum(1 for i in labels if i["doc_id"] == d.id)
        n_copies = sum(1 for i in copies if i["doc_id"] == d.id)
        date = document_date(d) or "zonder datum"
        parts.append(
            f"<li><strong>{escape(date)}</strong> — {escape(document_title(d))} "
            f"<span class='small'>({escape(d.label)}): {n_labels} labels, "
            f"{n_copies} overgenomen passages</span></li>"
        )
    parts.append("</ol><h2>Labels</h2>")
    if labels:
        parts.append("<table>" + _header_row(LABEL_COLUMNS))
        for i in labels:
            cells = [
                escape(_named(i)),
                escape(i["label"] or ""),
                _excerpt(i),
                escape(VOICE.get(i["voice"], i["voice"] or "")),
                escape(i["first_seen_name"] or ""),
                escape(i["copied_from_name"] or "—"),
                _decision(i),
            ]
            parts.append(_row(LABEL_COLUMNS, cells))
        parts.append("</table>")
    else:
        parts.append("<p>Geen labels gevonden.</p>")
    parts.append("<h2>Overgenomen passages</h2>")
    if copies:
        parts.append("<table>" + _header_row(REUSE_COLUMNS))
        for i in copies:
            src = i.get("source")
            source = (
                f"<strong>{escape(_named(src))}</strong><br>{_excerpt(src, src.get('copied'))}"
                if src
                else "?"
            )
            origin = i.get("origin_id")
            if origin and src and origin != src["doc_id"]:
                first = escape(i["origin_name"] or "")
                source += f"<br><span class='small'>voor het eerst in {first}</span>"
            sim = i.get("similarity")
            cells = [
                f"<strong>{escape(_named(i))}</strong><br>{_excerpt(i, i.get('copied'))}",
                source,
                "" if sim is None else f"{sim:.2f}",
                _decision(i),
            ]
            parts.append(_row(REUSE_COLUMNS, cells))
        parts.append("</table>")
    else:
        parts.append("<p>Geen overgenomen passages gevonden.</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_dossier_report(project: Project, dossier: str, out: str | Path) -> Path:
    """Write the dossier report atomically and return its path."""
    out = Path(out)
    if not out.parent.is_dir():
        raise OutputError(f"de map {out.parent} bestaat niet; maak haar eerst aan.", path=out)
    html = dossier_report_html(project, dossier)
    return write_atomic(out, html)
