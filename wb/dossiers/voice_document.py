"""What kind of document a label stands in: a court's own ruling, a text about one case, or
neither. Read from document metadata (genre, organisation, author) or, without metadata, from
the ruling's own header (an ECLI number, a court's name with "Beschikking", "Vonnis", ...).

Two things follow for the voice rules (:mod:`wb.dossiers.voice`):

* ``author``: in a ruling the court is the author, so "Het hof oordeelt dat er sprake is van X"
  and "De rechtbank stelt vast dat ..." are the author's own findings (asserted), like
  "De Raad stelt vast" in a Raad report. The lower court named in an appeal ruling stays
  someone else ("de rechtbank heeft overwogen" in a ruling of the hof: attributed).
* ``case``: a ruling, a summary of one, or a report in a family's dossier (metadata with a
  ``dossier``) is about one particular case, so its short title lines describe that case
  ("Verplaatsing hoofdverblijf na ouderonthechting"): asserted, where the title of a general
  page is discussed; and a list of signs in it lists what was seen in that family.
* ``summary``: someone else's summary of one ruling, where the court's finding goes on in the
  next sentences of its paragraph as a party's account does in a ruling (labels61).

Genre metadata is read from the keys ``genre``, ``soort``, ``documentsoort``, ``type`` and
``doctype``: a genre whose first word names a ruling ("uitspraak", "beschikking", "rechtspraak
(inhoudsindicatie)", "overwegingen van het hof") is the court's own text; a genre that only
mentions one ("samenvatting van een uitspraak", "nieuws over een uitspraak") is about a case,
written by someone else, also when the text copies the ruling's header (labels26).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wb.lang import table, word_set

# (ECLI code prefix, words naming the court, words by which its ruling names itself)
COURTS = tuple(
    (code.upper(), frozenset(found.split()), frozenset(own.split()))
    for code, found, own in table("voice_courts.txt", 3)
)
COURT_WORDS = frozenset(w for _, found, _ in COURTS for w in found)
RULING_WORDS = word_set("voice_ruling_words.txt")
GENRE_KEYS = ("genre", "soort", "documentsoort", "type", "doctype")
HEADER_LINES = 8
_ECLI = re.compile(r"\bECLI:NL:([A-Z]+):\d{4}:\w+")
# "het hof", "in hoger beroep", "appelschrift": of RB and GH only the hof hears appeals
_APPEAL = re.compile(r"\b[Hh]et hof\b|\bin hoger beroep\b|\bappelschrift|\bin appel\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class DocumentKind:
    """Whether a text is a court's own ruling (author: its words for itself) or about a case."""

    ruling: bool = False
    case: bool = False
    author: frozenset[str] = frozenset()
    summary: bool = False  # someone else's summary of one ruling (labels61)


PLAIN = DocumentKind()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _court(code_or_words: str | list[str]) -> frozenset[str] | None:
    """The author words of the court named by an ECLI code or by words ("Gerechtshof X")."""
    for code, found, own in COURTS:
        if isinstance(code_or_words, str):
            if code_or_words.upper().startswith(code):
                return own
        elif found & set(code_or_words):
            return own
    return None


def ruling_header(text: str) -> frozenset[str] | None:
    """The court's words for itself when the text opens with a ruling's header, else None.

    A header is an ECLI number in the first lines, or a line naming a court ("Rechtbank
    Limburg", "Gerechtshof Amsterdam") together with a line naming a ruling ("Beschikking",
    "Inhoudsindicatie") among the first lines. A news item that cites the ruling at its end, or
    opens with a headline "Rechtbank veroordeelt ...", has no such header.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEADER_LINES]
    for line in lines[:3]:
        m = _ECLI.search(line)
        if m:
            return _court(m.group(1)) or frozenset()
    court = None
    ruling = False
    for line in lines:
        words = _words(line)
        if not words or len(words) > 8:
            continue
        if court is None and words[0] in COURT_WORDS:
            court = _court(words[:1])
        if set(words) & RULING_WORDS and len(words) <= 3:
            ruling = True
    return court if court is not None and ruling else None


def _genre(meta: Mapping[str, Any]) -> str:
    return " ".join(str(meta.get(k) or "") for k in GENRE_KEYS).strip().lower()


def document_kind(meta: Mapping[str, Any] | None, text: str) -> DocumentKind:
    """The kind of the document from its metadata, else from its own header (see the module)."""
    genre = _genre(meta or {})
    words = _words(genre)
    if words and words[0] not in RULING_WORDS and set(words) & RULING_WORDS:
        # "samenvatting uitspraak": a summary by someone else, also where it copies the
        # ruling's header (labels26)
        return DocumentKind(case=True, summary=True)
    header = ruling_header(text)
    if header is not None or (words and words[0] in RULING_WORDS):
        own = header or _court(words) or _court(_words(_organisation(meta or {})))
        if not own:  # a ruling of the hof names itself "het hof" and hears appeals
            own = _court("GH") if _APPEAL.search(text + " " + genre) else _court("RB")
        return DocumentKind(ruling=True, case=True, author=own or frozenset())
    if set(words) & RULING_WORDS or (meta or {}).get("dossier"):
        return DocumentKind(case=True)  # a summary of a ruling, a report in a family's dossier
    return PLAIN


def _organisation(meta: Mapping[str, Any]) -> str:
    keys = ("organisation", "organisatie", "author", "auteur")
    return " ".join(str(meta.get(k) or "") for k in keys)


__all__ = ["PLAIN", "DocumentKind", "document_kind", "ruling_header"]
