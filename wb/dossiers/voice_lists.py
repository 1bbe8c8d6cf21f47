"""Items of a list of signs (voice ``discussed``): under "Signalen van oudervervreemding:" or a
heading "Kindsignalen", an item such as "• Het kind is agressief" says what may be seen in any
child; it applies no label to a particular person. Used by :mod:`wb.dossiers.voice`."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from wb.dossiers.voice_structure import PERSON_WORDS, PERSONAL
from wb.lang import word_set

SIGNAL_NOUNS = word_set("voice_signal_nouns.txt")
# a list item: a bullet, a dash, or "1." / "a)" at the start of a line
_ITEM = re.compile(r"\s*(?:[•·▪◦●*\-–—]|\d{1,2}[.)]|[a-z][.)])\s+")
_WORD = re.compile(r"[^\W\d_]+")
MAX_ITEMS_UP = 15


def _lines_before(text: str, start: int) -> tuple[str, list[str]]:
    """The line of offset start and the lines before it, nearest first."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a : len(text) if b < 0 else b], text[:a].split("\n")[::-1]


def _introduces_signs(line: str) -> bool:
    """True for "Signalen van X:", "Let op deze kenmerken:", a heading "Kindsignalen"."""
    words = [w.lower() for w in _WORD.findall(line)]
    if not words or len(words) > 14:
        return False
    heading = line.rstrip()[-1:] not in ".!?;," and len(words) <= 6
    if not (line.rstrip().endswith(":") or heading):
        return False
    return any(w.endswith(noun) for w in words for noun in SIGNAL_NOUNS)


def _particular(doc: Doc, a: int, b: int, heading: bool = False) -> bool:
    """True when text [a, b) names a particular person: a name, "[naam]", "mijn zoon"; in a
    heading the first word is capitalised anyway ("Zorgsignalen") and is no name."""
    if "[" in doc.text[a:b]:
        return True
    span = doc.char_span(a, b, alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if any(t.pos_ == "PROPN" for t in tokens[1 if heading else 0 :]):
        return True
    low = [t.lower_ for t in tokens]
    return any(x in PERSONAL and y in PERSON_WORDS for x, y in pairwise(low))


def signal_item(doc: Doc, start: int) -> bool:
    """True when offset start lies in an item of a list introduced as signs (see the module)."""
    text = doc.text
    line, before = _lines_before(text, start)
    m = _ITEM.match(line)
    a = text.rfind("\n", 0, start) + 1
    if not m or _particular(doc, a + m.end(), a + len(line)):
        return False
    end = a  # the lines above, up to the one that introduces the list
    for prev in before[1 : MAX_ITEMS_UP + 1]:
        end -= len(prev) + 1
        if not prev.strip() or _ITEM.match(prev):
            continue
        return _introduces_signs(prev) and not _particular(doc, end, end + len(prev), True)
    return False


__all__ = ["SIGNAL_NOUNS", "signal_item"]
