"""Readable Dutch tables of the `wb code`, `wb labels`, `wb reuse` and `wb themes` results.

The JSON documents are the contract; these tables are what a person reads in a terminal or a
notebook: one row per finding, Dutch column names, long text cut on a word boundary.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.corpus.display import dutch_date, dutch_number

if TYPE_CHECKING:
    import pandas as pd

    from wb.coding.suggestion import Suggestion
    from wb.dossiers.shown_text import ShownTexts
    from wb.store.project import Project

VOICES = {
    "asserted": "door het rapport zelf gesteld",
    "attributed": "toegeschreven",
    "discussed": "besproken",
    "negated": "ontkend",
}
KINDS = {"label": "label", "term": "besproken term", "reuse": "overgenomen passage"}
#: A label whose voice says it is no label on the family: a term talked about, or denied.
TERM_KINDS = {"discussed": "besproken term", "negated": "ontkende term"}
LABEL_COLUMNS = {
    "doc": "rapport",
    "start": "begin",
    "end": "eind",
    "label": "label",
    "text": "tekst",
    "voice": "stem",
    "copied_from": "overgenomen uit",
    "first_seen": "eerst gezien in",
}
SENTENCE_END = re.compile(r"[.!?]\s|\n")


def shorten(text: str, width: int = 80) -> str:
    """`text` on one line, cut on a word boundary at `width` characters with '…' (inside a
    word when the last boundary would keep less than half of `width`)."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if " " in cut and cut.rindex(" ") >= width // 2:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of `text` that holds [start, end)."""
    begin, stop = sentence_bounds(text, start, end)
    return text[begin:stop].strip()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence (or line) of `text` that holds [start, end)."""
    begin = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    m = SENTENCE_END.search(text, end)
    return begin, m.start() + 1 if m else len(text)


def _report_texts(folder: Path) -> tuple[dict[str, str], dict[str, Any], dict[str, str]]:
    """Text, date and dossier of every report in `folder`, by name."""
    from wb.corpus.dossiers import read_folder

    reports, _, _ = read_folder(Path(folder))
    texts = {r.doc: r.text for r in reports}
    return texts, {r.doc: r.date for r in reports}, {r.doc: r.dossier for r in reports}


def labels_in_dutch(table: pd.DataFrame) -> pd.DataFrame:
    """A table of `wb labels` hits with Dutch column names, voices in words and no 'None' where
    a label was not copied."""
    out = table.rename(columns=LABEL_COLUMNS)
    if "stem" in out.columns:
        out["stem"] = out["stem"].map(lambda v: VOICES.get(v, v))
    for column in ("overgenomen uit", "eerst gezien in"):
        if column in out.columns:
            out[column] = out[column].map(lambda v: "" if v is None or v != v else v)  # None, NaN
    return out


def decisions_table(project: Project) -> pd.DataFrame:
    """The reviewers' current decisions as people read them (the review page's download):
    kind, voices and time in Dutch words ("ontkende term", "toegeschreven", "4 december 2026,
    22:14" in local time). :func:`wb.store.findings.decisions_table` keeps the codes and ISO
    times."""
    from wb.dossiers.review import TERM_VOICES, when
    from wb.store.findings import decisions_table as stored

    out = stored(project)
    term = (out["soort"] == "label") & out["stem"].isin(TERM_VOICES)
    out["soort"] = (
        out["soort"].map(lambda v: KINDS.get(v, v)).where(~term, out["stem"].map(TERM_KINDS))
    )
    for column in ("stem", "stem_volgens_beoordelaar"):
        out[column] = out[column].map(lambda v: VOICES.get(v, v))
    out["tijdstip"] = out["tijdstip"].map(lambda v: when(v) if v else "")
    return out


def labels_table(
    result: dict[str, Any], folder: Path, *, width: int = 80, shown: ShownTexts | None = None
) -> pd.DataFrame:
    """One row per label: dossier, label, who says it (voice), document, sentence, in the order
    of `result` (per dossier); with `shown` (``--pseudonymise``) documents and sentences as the
    review page shows them."""
    import pandas as pd

    texts, _, dossiers = _report_texts(folder)

    def sentence(doc: str, start: int, end: int) -> str:
        begin, stop = sentence_bounds(texts.get(doc, ""), start, end)
        return (shown.span(doc, begin, stop) if shown else texts.get(doc, "")[begin:stop]).strip()

    def label(h: dict[str, Any]) -> str:
        found = shown.span(h["doc"], h["start"], h["end"]) if shown else h["text"]
        return label_with_words(h["label"], found)

    rows = [
        (
            dossiers.get(h["doc"], ""),
            label(h),
            VOICES.get(h["voice"], h["voice"]),
            shown.name(h["doc"]) if shown else h["doc"],
            shorten(sentence(h["doc"], h["start"], h["end"]), width),
        )
        for h in result["labels"]
    ]
    return pd.DataFrame(rows, columns=["dossier", "label", "stem", "document", "zin"])


def label_with_words(label: str, found: str) -> str:
    """The label, followed by the words found when they do not spell it ("negatieve typering
    («treitert»)"; a variant: "tegen de ander opzetten («tegen hem op»)")."""

    def squash(text: str) -> str:
        return re.sub(r"[\s\-]", "", text.casefold())

    if not found or squash(label) in squash(found):
        return label
    return f"{label} («{' '.join(found.split())}»)"


def reuse_table(
    result: dict[str, Any], folder: Path, *, width: int = 60, shown: ShownTexts | None = None
) -> pd.DataFrame:
    """One row per copied passage: passage, report it is in, source, date of the source; with
    `shown` (``--pseudonymise``) passages and documents as the review page shows them."""
    import pandas as pd

    texts, dates, _ = _report_texts(folder)
    rows = []
    for p in result["passages"]:
        target, source = p["target"], p["source"]
        if shown:
            passage = shown.span(target["doc"], target["start"], target["end"])
        else:
            passage = texts.get(target["doc"], "")[target["start"] : target["end"]]
        date = dates.get(source["doc"])
        rows.append(
            (
                shorten(passage, width),
                shown.name(target["doc"]) if shown else target["doc"],
                shown.name(source["doc"]) if shown else source["doc"],
                dutch_date(date),
                "standaardtekst" if p["boilerplate"] else "dossier",
            )
        )
    return pd.DataFrame(
        rows, columns=["overgenomen passage", "in rapport", "bron", "datum", "soort"]
    )


def themes_table(result: dict[str, Any]) -> pd.DataFrame:
    """One row per theme, largest first: theme, keywords, size, stability ("-" after one run:
    nothing was compared)."""
    import pandas as pd

    measured = result.get("parameters", {}).get("n_runs") != 1
    rows = [
        (
            t.get("name") or t["label"],
            ", ".join(t["keywords"][:6]),
            t["size"],
            # always two decimals: 1,00 and 0,90, as agreement
            dutch_number(float(t["stability"]), 2) if measured else "-",
            ("ja" if t.get("stable", True) else "nee") if measured else "niet gemeten",
        )
        for t in sorted(result["themes"], key=lambda t: -t["size"])
    ]
    return pd.DataFrame(
        rows, columns=["thema", "trefwoorden", "passages", "stabiliteit", "stabiel"]
    )


def codes_table(suggestions: list[Suggestion], *, limit: int = 15) -> pd.DataFrame:
    """The codes with the most suggested passages (sentence + code): count, documents, and the
    reason most often given, in Dutch."""
    import pandas as pd

    passages: dict[str, set[tuple[str, int, int]]] = {}
    reasons: dict[str, dict[str, int]] = {}
    for s in suggestions:
        passages.setdefault(s.code, set()).add((s.doc, s.start, s.end))
        counted = reasons.setdefault(s.code, {})
        counted[s.why] = counted.get(s.why, 0) + 1
    order = sorted(passages, key=lambda code: (-len(passages[code]), code))[:limit]
    rows = [
        (
            code,
            len(passages[code]),
            len({doc for doc, _, _ in passages[code]}),
            shorten(min(reasons[code], key=lambda r: (-reasons[code][r], r)), 60),
        )
        for code in order
    ]
    return pd.DataFrame(rows, columns=["code", "passages", "documenten", "meest gegeven reden"])


def label_counts(hits: list[dict[str, Any]]) -> str:
    """Labels applied to a family (asserted, attributed) apart from terms only discussed or
    denied, in one Dutch phrase; the counts `wb labels`, `make demo` and notebooks share."""
    voices = {v: sum(1 for h in hits if h["voice"] == v) for v in ("asserted", "attributed")}
    applied = sum(voices.values())  # discussed and negated terms are no label on a family
    other = len(hits) - applied
    return (
        f"{applied} {'label' if applied == 1 else 'labels'} ({voices['asserted']} door het "
        f"rapport zelf gesteld, {voices['attributed']} toegeschreven) en {other} besproken of "
        f"ontkende {'term' if other == 1 else 'termen'}"
    )


def format_table(table: pd.DataFrame) -> str:
    """The table as left-aligned plain text for the terminal ('(geen)' when empty)."""
    if table.empty:
        return "(geen)"
    columns = [str(c) for c in table.columns]
    cells = [[str(v) for v in row] for row in table.itertuples(index=False)]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def format_agreement(data: dict[str, Any]) -> str:
    """The `wb agreement` JSON as a text table with full code names, a total row and decimal
    commas (the JSON keeps its numbers)."""
    rows = [
        (
            row["code"],
            f"{row['coder_a']}/{row['coder_b']}",
            dutch_number(row["percent_agreement"], 2),
            dutch_number(row["kappa"], 3),
            dutch_number(row["alpha"], 3),
        )
        for row in data["per_code"]
    ]
    overall = data["overall"]
    total = (
        "totaal",
        "",
        dutch_number(overall["percent_agreement"], 2),
        dutch_number(overall["kappa"], 3),
        dutch_number(overall["alpha"], 3),
    )
    header = ("code", "codeurs", "%", "kappa", "alfa")
    widths = [max(len(r[i]) for r in [header, *rows, total]) for i in range(5)]

    def line(r: tuple[str, ...]) -> str:
        left = [r[0].ljust(widths[0]), r[1].ljust(widths[1])]
        right = [v.rjust(w) for v, w in zip(r[2:], widths[2:], strict=True)]
        return "  ".join(left + right).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows), line(total)])
