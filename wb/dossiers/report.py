"""A self-contained HTML report per dossier: timeline, labels, copied passages, decisions.

All dossier text in it is pseudonymised and escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from wb.atomic import no_folder_error, write_atomic
from wb.corpus.display import dutch_date
from wb.corpus.dossiers import report_date
from wb.dossiers.analyse import dossier_documents
from wb.dossiers.review import ReviewSession
from wb.errors import UnknownItemError
from wb.exports.written import Written
from wb.progress import reports, step
from wb.store.documents import Document
from wb.store.project import Project

CSS = """
body{font-family:system-ui,sans-serif;max-width:72em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.5}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em;font-size:.92em}
th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top;
overflow-wrap:break-word;hyphens:manual}
th{background:#f2f2f2}.ctx{color:#555}.hit{background:#fff3c4;font-weight:600}
td.passage{width:50%}td.doc{width:14%}td.label{width:12%}td.verdict{width:12%}
mark{background:#f9c74f}.small{color:#555;font-size:.9em}.nowrap{white-space:nowrap}
.timeline li{margin:.2em 0}
@media (max-width:50em){table,tbody,tr,td,th{display:block;width:auto!important}
tr{border:1px solid #ccc;margin:0 0 .8em}tr:first-child,th{display:none}
td{border:0;border-top:1px solid #eee}
td[data-head]::before{content:attr(data-head) ": ";font-weight:600}}
"""
VOICE = {
    "asserted": "door het rapport zelf gesteld",
    "attributed": "toegeschreven",
    "discussed": "besproken als term",
    "negated": "ontkend",
}
NOT_APPLIED = ("discussed", "negated")  # no label applied to the family
# What "terecht" / "niet terecht" means per group of the review page (wb saw it right or not).
DECISION = {
    "label": {"terecht": "labelende taal", "niet terecht": "hier geen label"},
    "term": {"terecht": "geen label op het gezin", "niet terecht": "toch een label"},
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
    # "…" only where text is left out: by the review excerpt, or here by shortening the context
    lead = part.get("cut_before", True) or bool(part["before"][: -len(before) or None].strip())
    trail = part.get("cut_after", True) or bool(part["after"][len(after) :].strip())
    return (
        f'<span class="ctx">{"…" if lead else ""}{escape(before)}</span>'
        f'<span class="hit">{body}</span>'
        f'<span class="ctx">{escape(after)}{"…" if trail else ""}</span>'
    )


#: An item a clean re-search no longer found, kept for its decision (``wb report --opnieuw``).
EARLIER = "uit een eerdere zoekronde: bij het laatste zoeken niet meer gevonden"


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


def _cell(head: str, body: str, kind: str = "") -> str:
    """One table cell that names its column on narrow screens (data-head)."""
    cls = f" class='{kind}'" if kind else ""
    return f"<td{cls} data-head='{escape(head)}'>{body}</td>"


def _label_table(items: list[dict[str, Any]], empty: str, titles: dict[str, str]) -> str:
    """The HTML table of label items, or a paragraph saying there are none."""
    if not items:
        return f"<p>{escape(empty)}</p>"
    rows = [
        "<table><tr><th>Rapport</th><th>Label</th><th>Passage</th><th>Herkomst</th>"
        "<th>Oordeel</th></tr>"
    ]
    for i in items:
        origin = [f"eerst in: {escape(titles.get(i['first_seen'] or '', i['first_seen'] or ''))}"]
        if i.get("copied_from"):
            source = titles.get(i["copied_from"], i["copied_from"])
            origin.append(f"overgenomen uit: {escape(source)}")
        if i.get("earlier_search"):
            origin.append(EARLIER)
        voice = escape(VOICE.get(i["voice"], i["voice"] or ""))
        rows.append(
            "<tr>"
            + _cell("Rapport", escape(titles.get(i["doc"], i["doc"])), "doc")
            + _cell("Label", f"{escape(i['label'] or '')}<br><span class='small'>{voice}</span>")
            + _cell("Passage", _excerpt(i), "passage")
            + _cell("Herkomst", "<br>".join(origin), "small")
            + _cell("Oordeel", _decision(i), "verdict")
            + "</tr>"
        )
    rows.append("</table>")
    return "".join(rows)


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
    found = [i for i in items if i["kind"] == "label"]
    labels = [i for i in found if i.get("voice") not in NOT_APPLIED]
    mentions = [i for i in found if i.get("voice") in NOT_APPLIED]
    copies = [i for i in items if i["kind"] == "reuse"]
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>Dossier {escape(dossier)} — wb</title><style>{CSS}</style></head><body>",
        f"<h1>Dossier {escape(dossier)}</h1>",
        "<p class='small'>Gemaakt met wb. Namen, adressen en andere gegevens zijn vervangen door "
        "[PERSOON-1] enzovoort. De tekst is alleen lokaal opgeslagen.</p>",
        "<h2>Tijdlijn van de rapporten</h2><ol class='timeline'>",
    ]
    titles = {d.label: _title(d, session.title(dossier, d)) for d in docs}
    for d in docs:
        n_labels = sum(1 for i in labels if i["doc_id"] == d.id)
        n_copies = sum(1 for i in copies if i["doc_id"] == d.id)
        org = d.metadata.get("organisation") or d.metadata.get("organisatie") or ""
        org = session.shown(dossier, org)
        date = dutch_date(report_date(d.metadata, d.path))
        parts.append(
            f"<li><strong class='nowrap'>{escape(date)}</strong>"
            f" — {escape(session.title(dossier, d))}"
            + (f" ({escape(str(org))})" if org else "")
            + f" <span class='small'>{_count(n_labels, 'label', 'labels')}, "
            f"{_count(n_copies, 'overgenomen passage', 'overgenomen passages')}; "
            f"bestand {escape(session.shown_file(dossier, d.path))}</span></li>"
        )
    parts.append("</ol><h2>Labels</h2>")
    parts.append(_label_table(labels, "Geen labels gevonden.", titles))
    parts.append(
        "<h2>Besproken of ontkend</h2><p class='small'>De term wordt hier besproken (als begrip, "
        "titel of naam) of uitdrukkelijk ontkend; het rapport plakt hem niet op het gezin.</p>"
    )
    parts.append(_label_table(mentions, "Geen besproken of ontkende termen.", titles))
    parts.append("<h2>Overgenomen passages</h2>")
    if copies:
        parts.append(
            "<table><tr><th>Later rapport</th><th>Bron (eerder rapport)</th><th>Overeenkomst</th>"
            "<th>Oordeel</th></tr>"
        )
        for i in copies:
            src = i.get("source")
            source = (
                f"<strong>{escape(titles.get(src['doc'], src['doc']))}</strong><br>"
                f"{_excerpt(src, src.get('copied'))}"
                if src
                else "?"
            )
            origin = i.get("origin")
            if origin and src and origin != src["doc"]:
                first = escape(titles.get(origin, origin))
                source += f"<br><span class='small'>voor het eerst in {first}</span>"
            if i.get("earlier_search"):
                source += f"<br><span class='small'>{EARLIER}</span>"
            sim = i.get("similarity")
            target = (
                f"<strong>{escape(titles.get(i['doc'], i['doc']))}</strong><br>"
                f"{_excerpt(i, i.get('copied'))}"
            )
            parts.append(
                "<tr>"
                + _cell("Later rapport", target, "passage")
                + _cell("Bron", source)
                + _cell("Overeenkomst", "" if sim is None else f"{100 * sim:.0f}%", "nowrap")
                + _cell("Oordeel", _decision(i), "verdict")
                + "</tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>Geen overgenomen passages gevonden.</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _count(n: int, one: str, more: str) -> str:
    """'1 label', '3 labels'."""
    return f"{n} {one if n == 1 else more}"


def _title(doc: Document, title: str) -> str:
    """'Raadsrapport, 28 juni 2022': the document's (pseudonymised) title and date for people."""
    date = report_date(doc.metadata, doc.path)
    return f"{title}, {dutch_date(date)}" if date else title


def write_dossier_report(
    project: Project, dossier: str, out: str | Path, *, progress: bool = False
) -> Written:
    """Write the dossier report atomically; return its path, which counts the dossier's reports
    (:class:`~wb.exports.written.Written`). With `progress`, a step line on stderr first."""
    out = Path(out)
    if not out.parent.is_dir():
        raise no_folder_error(out)  # `wb report` makes it; here the caller does
    n = len(dossier_documents(project, dossier))
    if n:  # an unknown dossier is said by dossier_report_html, without a step line first
        step(f"Dossierrapport {dossier} schrijven: {reports(n)} pseudonimiseren…", progress)
    html = dossier_report_html(project, dossier)
    return Written.file(write_atomic(out, html), n, "rapport", "rapporten")
