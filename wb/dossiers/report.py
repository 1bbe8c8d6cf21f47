"""A self-contained HTML report per dossier: timeline, labels, copied passages, decisions.

All dossier text in it is pseudonymised and escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from wb.atomic import write_atomic
from wb.dossiers.analyse import dossier_documents
from wb.dossiers.review import ReviewSession
from wb.errors import InputError
from wb.store.project import Project

CSS = """
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.5}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em;font-size:.92em}
td,th{overflow-wrap:anywhere}td.passage{width:38%}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}.ctx{color:#666}.hit{background:#fff3c4;font-weight:600}
mark{background:#f9c74f}.small{color:#555;font-size:.9em}
.timeline li{margin:.2em 0}
"""
VOICE = {"asserted": "door het rapport zelf gesteld", "attributed": "toegeschreven"}
DECISION = {"terecht": "terecht gesignaleerd", "niet terecht": "niet terecht"}


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
    before, after = part["before"][-90:], part["after"][:90]
    return (
        f'<span class="ctx">…{escape(before)}</span><span class="hit">{body}</span>'
        f'<span class="ctx">{escape(after)}…</span>'
    )


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
    verdict = escape(DECISION.get(d["decision"], d["decision"]))
    return f"{verdict} ({escape(d['reviewer'])}){extra}{own}"


def dossier_report_html(
    project: Project, dossier: str, session: ReviewSession | None = None
) -> str:
    """The HTML text of the report of one dossier."""
    session = session or ReviewSession(project)
    docs = dossier_documents(project, dossier)
    if not docs:
        known = ", ".join(session.dossiers()) or "geen"
        raise InputError(f"dossier '{dossier}' bestaat niet in dit project (wel: {known}).")
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
        date = d.metadata.get("date", "")
        kind = d.metadata.get("type", "")
        parts.append(
            f"<li><strong>{escape(str(date))}</strong> — {escape(d.label)} "
            f"<span class='small'>{escape(str(kind))}: {n_labels} labels, "
            f"{n_copies} overgenomen passages</span></li>"
        )
    parts.append("</ol><h2>Labels</h2>")
    if labels:
        parts.append(
            "<table><tr><th>Rapport</th><th>Label</th><th>Passage</th><th>Stem</th>"
            "<th>Eerst gezien in</th><th>Overgenomen uit</th><th>Oordeel</th></tr>"
        )
        for i in labels:
            parts.append(
                f"<tr><td>{escape(i['doc'])}</td><td>{escape(i['label'] or '')}</td>"
                f"<td class='passage'>{_excerpt(i)}</td>"
                f"<td>{escape(VOICE.get(i['voice'], i['voice'] or ''))}</td>"
                f"<td>{escape(i['first_seen'] or '')}</td>"
                f"<td>{escape(i['copied_from'] or '—')}</td>"
                f"<td>{_decision(i)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>Geen labels gevonden.</p>")
    parts.append("<h2>Overgenomen passages</h2>")
    if copies:
        parts.append(
            "<table><tr><th>Later rapport</th><th>Bron (eerder)</th><th>Overeenkomst</th>"
            "<th>Oordeel</th></tr>"
        )
        for i in copies:
            src = i.get("source")
            source = (
                f"<strong>{escape(src['doc'])}</strong><br>{_excerpt(src, src.get('copied'))}"
                if src
                else "?"
            )
            origin = i.get("origin")
            if origin and src and origin != src["doc"]:
                source += f"<br><span class='small'>voor het eerst in {escape(origin)}</span>"
            sim = i.get("similarity")
            parts.append(
                f"<tr><td><strong>{escape(i['doc'])}</strong><br>{_excerpt(i, i.get('copied'))}"
                f"</td><td>{source}</td><td>{'' if sim is None else f'{sim:.2f}'}</td>"
                f"<td>{_decision(i)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>Geen overgenomen passages gevonden.</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_dossier_report(project: Project, dossier: str, out: str | Path) -> Path:
    """Write the dossier report atomically and return its path."""
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"de map {out.parent} bestaat niet; maak haar eerst aan.", path=out)
    html = dossier_report_html(project, dossier)
    return write_atomic(out, html)
