"""Cut documents into segments (paragraphs or speaker turns) with exact character offsets.

A paragraph is a block of text between blank lines (a blank line may hold spaces or tabs), the
same unit as ``corpora/themes.csv`` uses. Offsets index the text as :func:`read_document` returns
it (front matter removed), so ``text[start:end]`` is the segment's text exactly. In minutes the
finer unit ``"turn"`` splits a paragraph where a line starts a speaker turn
(``Rol (organisatie): ...``); lines such as ``Aanwezig: ...`` or ``Doel 1: ...`` do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wb.corpus import turns
from wb.corpus.paragraphs import paragraph_spans
from wb.errors import InvalidChoiceError, NotFoundError
from wb.themes import procedure

UNITS = ("paragraph", "turn")

NOT_SPEAKERS = turns.NOT_SPEAKERS  # kept for callers of this module


MIN_PASSAGE_WORDS = 6  # shorter segments ("Gaat uw gang.", "Motie") carry no theme
_PAGE = re.compile(
    r"^\s*(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|of|/)\s*\d+)?\s*$|^\s*[\d\s/.|-]+\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-•*▪◦–]|\d+[.)]|[a-z][.)])\s*")
_TIMESTAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\b")
_FINAL = re.compile(r"[.!?…;,\"”’')\]]\s*$")


def is_furniture(text: str) -> bool:
    """True for a heading or page furniture, which is not a passage.

    Page numbers ("Pagina 3 van 12"), bullets without text, time stamps, speaker labels alone
    ("De voorzitter:"), lines in capitals, blocks of short lines without final punctuation
    (headings, metadata), blocks of three or more short lines none of which ends a sentence (a
    ruling's heading with its parties), a ruling's party lines and list items of documents
    received (:mod:`wb.themes.procedure`) and segments of fewer than MIN_PASSAGE_WORDS words.
    """
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return True
    words = re.findall(r"\w+", text)
    if len(words) < MIN_PASSAGE_WORDS:
        return True
    content = [_BULLET.sub("", ln) for ln in lines]
    if all(_PAGE.match(ln) or _TIMESTAMP.match(ln) or not ln for ln in content):
        return True
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        return True
    if procedure.is_party_line(text) or procedure.is_document_item(text):
        return True
    if all(len(ln.split()) <= 12 for ln in content):
        # every line short and none ends a sentence: a heading, title block or metadata; with
        # three lines or more, a line may end in a comma or semicolon (a party block)
        ends = _FINAL if len(content) < 3 else _SENTENCE_END
        return not any(ends.search(ln) for ln in content)
    return False


_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def _is_heading(text: str) -> bool:
    """True for a one-line heading: short, letters, no final punctuation and no colon at the end."""
    line = text.strip()
    return (
        "\n" not in line
        and len(line.split()) <= 12
        and re.search(r"[^\W\d_]{2}", line) is not None
        and not _FINAL.search(line)
        and not line.endswith(":")
    )


#: a short line that recurs word for word in this many documents is a site's furniture
RECURRING_DOCS = 3


def _line_key(text: str) -> str | None:
    """A one-line segment of at most 12 words, lowercased with its spacing and dots evened out
    ("Bezig met laden.... (Bekijk nu de volledige tekst)"); None for anything longer."""
    line = text.strip()
    if "\n" in line or len(line.split()) > 12:
        return None
    return re.sub(r"\s+", " ", re.sub(r"\.{2,}|…", "...", line.lower()))


def recurring_lines(segments: list[Segment]) -> set[str]:
    """The short one-line segments found word for word in RECURRING_DOCS documents or more: the
    furniture of the pages they were scraped from ("Bezig met laden.... (Bekijk nu de volledige
    tekst)", "Lees verder"), not a passage each document wrote."""
    docs: dict[str, set[str]] = {}
    for s in segments:
        if key := _line_key(s.text):
            docs.setdefault(key, set()).add(s.doc)
    return {key for key, found in docs.items() if len(found) >= RECURRING_DOCS}


def furniture_flags(segments: list[Segment]) -> list[bool]:
    """Per segment, True when it is furniture (:func:`is_furniture`), a short line that recurs in
    several documents (:func:`recurring_lines`) or a dated step of a ruling's procedure section
    (from a procedure heading up to the next heading of the same document)."""
    flags, doc, in_procedure = [], None, False
    recurring = recurring_lines(segments)
    for s in segments:
        if s.doc != doc:
            doc, in_procedure = s.doc, False
        if procedure.is_procedure_heading(s.text):
            in_procedure = True
            flags.append(True)
            continue
        furniture = is_furniture(s.text) or _line_key(s.text) in recurring
        if furniture and _is_heading(s.text):
            in_procedure = False
        flags.append(furniture or (in_procedure and procedure.is_dated_step(s.text)))
    return flags


def drop_furniture(segments: Iterable[Segment]) -> list[Segment]:
    """The segments that are passages: headings and page furniture left out."""
    segments = list(segments)
    return [s for s, f in zip(segments, furniture_flags(segments), strict=True) if not f]


@dataclass(frozen=True)
class Segment:
    """One passage of a document: its name, exact character span and text."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None


_speaker = turns.speaker
turn_spans = turns.turn_spans


def segment_text(doc: str, text: str, unit: str = "paragraph") -> list[Segment]:
    """Segments of one document's text, in order, with exact offsets."""
    if unit not in UNITS:
        raise InvalidChoiceError(f"onbekende eenheid '{unit}'; kies uit: {', '.join(UNITS)}.")
    out = []
    for start, end in paragraph_spans(text):
        if unit == "paragraph":
            out.append(Segment(doc, start, end, text[start:end], _speaker(text[start:end])))
            continue
        for s, e, speaker in turn_spans(text, start, end):
            out.append(Segment(doc, s, e, text[s:e], speaker))
    return out


def segment_documents(docs: Iterable[tuple[str, str]], unit: str = "paragraph") -> list[Segment]:
    """Segments of several (name, text) documents, in the given order."""
    return [seg for name, text in docs for seg in segment_text(name, text, unit)]


def read_folder_texts(folders: str | Path | Iterable[str | Path]) -> list[tuple[str, str]]:
    """(name, text) of every document in one or more folders; names are 'folder/relpath'.

    Read by the one folder reader (:mod:`wb.corpus.folder`): an empty document is skipped with
    a warning; no document with text in any folder is an error naming the (first) folder.
    """
    from wb.corpus.folder import read_folder_documents

    if isinstance(folders, (str, Path)):
        folders = [folders]
    folders = [Path(f) for f in folders]
    docs = []
    for folder in folders:
        if not folder.is_dir():
            raise NotFoundError("is geen map. Geef een map met documenten op.", path=folder)
        read = read_folder_documents(folder, required=len(folders) == 1)
        docs += [(f"{folder.resolve().name}/{d.name}", d.read.text) for d in read.documents]
    if not docs:
        from wb.corpus.importer import no_documents

        raise NotFoundError(no_documents(folders[0], purpose="om te lezen"), path=folders[0])
    return docs
