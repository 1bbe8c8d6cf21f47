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

from wb.corpus.paragraphs import paragraph_spans
from wb.errors import InvalidChoiceError, NotFoundError
from wb.lang import word_set, words

UNITS = ("paragraph", "turn")

# "Rolnaam (organisatie, rol): tekst" or "Grootmoeder: tekst" at the start of a line.
_TURN = re.compile(
    r"^(?P<role>[A-ZÀ-Ý][\w’'\-]*(?: [\w’'\-]+){0,3})(?: \((?P<org>[^()\n]{1,80})\))?: \S",
    re.MULTILINE,
)
# Words that open a line with a colon but are not a speaker (see corpora/notulen/README.md).
NOT_SPEAKERS = frozenset(words("theme_not_speakers.txt"))
# A speaker's role does not begin with an article, pronoun or conjunction ("Het rare is: ...").
_NOT_ROLE_START = word_set("theme_not_role_start.txt")


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
    (headings, metadata) and segments of fewer than MIN_PASSAGE_WORDS words.
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
    # every line short and none ends a sentence: a heading, title block or metadata
    return all(len(ln.split()) <= 12 and not _FINAL.search(ln) for ln in content)


def drop_furniture(segments: Iterable[Segment]) -> list[Segment]:
    """The segments that are passages: headings and page furniture left out."""
    return [s for s in segments if not is_furniture(s.text)]


@dataclass(frozen=True)
class Segment:
    """One passage of a document: its name, exact character span and text."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None


def _speaker(line: str) -> str | None:
    m = _TURN.match(line)
    if not m:
        return None
    role = m.group("role")
    first = role.split()[0].lower()
    if role.lower() in NOT_SPEAKERS or first in NOT_SPEAKERS | _NOT_ROLE_START:
        return None
    return role + (f" ({m.group('org')})" if m.group("org") else "")


def turn_spans(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Split one paragraph at lines that open a speaker turn; (start, end, speaker)."""
    cuts: list[tuple[int, str | None]] = []
    pos = start
    for line in text[start:end].split("\n"):
        speaker = _speaker(line)
        if speaker is not None or not cuts:
            cuts.append((pos, speaker))
        pos += len(line) + 1
    out = []
    for i, (s, speaker) in enumerate(cuts):
        e = cuts[i + 1][0] if i + 1 < len(cuts) else end
        e = s + len(text[s:e].rstrip())
        if e > s:
            out.append((s, e, speaker))
    return out


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
    """(name, text) of every document in one or more folders; names are 'folder/relpath'."""
    from wb.corpus.importer import scan_folder
    from wb.corpus.readers import read_document

    if isinstance(folders, (str, Path)):
        folders = [folders]
    docs = []
    for folder in map(Path, folders):
        if not folder.is_dir():
            raise NotFoundError("is geen map. Geef een map met documenten op.", path=folder)
        for path in scan_folder(folder):
            rel = path.relative_to(folder).as_posix()
            docs.append((f"{folder.resolve().name}/{rel}", read_document(path).text))
    if not docs:
        raise NotFoundError(
            "bevat geen documenten (.txt, .md, .docx, .odt, .pdf).", path=folders[0]
        )
    return docs
