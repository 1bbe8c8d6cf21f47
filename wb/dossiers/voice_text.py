"""Where a span stands: quotation marks and sentences (for wb.dossiers.voice)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

# Quote marks as tokens (one set for every voice module): straight and curly, double and single,
# the low „ and ‚, the reversed ‛ and the guillemets.
QUOTE_MARKS = frozenset("'\"“”„«»‘’‛‚‹›")

_OPEN_D, _CLOSE_D = "“„«", "”»"
_ELISIONS = ("s", "t", "n", "k", "r", "m")
_SAME_D = '"”'  # marks that may open as well as close: "…" and the Scandinavian-style ”…”


def _opens(prev: str, nxt: str, ch: str) -> bool:
    """Whether a mark of _SAME_D at this place opens a quote: '"' after no letter or digit and
    not before a space, a line break or the text's end ('gekeren."' closes a column printed as
    one quote, labels40); '”' only where a quote starts (after a space, a line break or "(:",
    before a letter)."""
    if ch == '"':
        return not prev.isalnum() and not nxt.isspace()
    return (prev.isspace() or prev in "(:") and nxt.isalnum()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks.

    A quote that is still open at a blank line may go on in the next paragraphs (an interview
    quoted over several paragraphs): it is closed there by a closing mark that has no opening
    mark of its own in that paragraph, or ends where a paragraph opens a new quote. A quote
    left open for three paragraphs is dropped, unless it opens a paragraph and a later
    paragraph closes it or the text ends first: a story, letter or column printed as one quote
    (its headings inside), also after a speaker's name as its label ("Yvonne: “..."). A "»"
    that opens a paragraph while a quote is still open goes on with that quote (the magazine
    style «...  »... »). A quote that opens the last paragraph and is still open where the text
    ends runs to the end: an excerpt cut off inside a story printed as quotes (labels23), and
    so does one that opens a paragraph and is still open at the end of the text one or two
    paragraphs later (labels26).
    """
    spans: list[tuple[int, int]] = []
    open_at: dict[str, int] = {}
    inner = 0  # quotes opened with "‘" inside an open single quote (labels30: ‘... ‘X’ ...’)
    pending: dict[str, tuple[int, int, int]] = {}  # kind -> (start, paragraphs ago, para end)
    n = len(text)

    def opening(kind: str, i: int) -> None:
        # a new quote in a later paragraph: the old one ran to its end, unless the old one is a
        # story that opens its paragraph and the new one a word or sentence quoted inside it
        # (labels-quotes: "Er bestaat geen ‘nee’ in haar wereld." two paragraphs into a story)
        if kind in pending and not (
            _opens_paragraph(text, pending[kind][0]) and not _opens_paragraph(text, i + 1)
        ):
            start, _, end = pending.pop(kind)
            spans.append((start, end))
        open_at[kind] = i + 1

    def closing(kind: str, i: int) -> None:
        if kind in open_at:
            spans.append((open_at.pop(kind), i))
        elif kind in pending:
            spans.append((pending.pop(kind)[0], i))

    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n" and nxt == "\n" and prev != "\n":
            for kind, (start, ago, end) in list(pending.items()):
                if ago >= 2 and not _opens_paragraph(text, start):
                    del pending[kind]
                else:
                    pending[kind] = (start, ago + 1, end)
            for kind, start in open_at.items():
                pending[kind] = (start, 0, i)
            open_at.clear()
            inner = 0
        elif ch == "," and nxt == "," and "d" not in open_at:  # ,,Dutch newspaper quotes''
            opening("d", i + 1)
        elif ch in "’'" and nxt == ch and "d" in open_at:
            closing("d", i)
        elif ch == "’" and prev == ch:
            continue  # the second mark of a closing ’’ opens nothing (",,...’’Tien", voice17)
        elif ch in _OPEN_D or (ch in _SAME_D and "d" not in open_at and _opens(prev, nxt, ch)):
            if ch == "“" and "d" in open_at:  # German style „…“ closes with “
                closing("d", i)
            else:
                opening("d", i)
        elif ch == "»" and "d" in pending and _paragraph_start(text, i):
            opening("d", i)  # »... opens the next paragraph of a quote that goes on (Humo)
        elif ch in _CLOSE_D or ch == '"':
            closing("d", i)
        elif ch == "‹":  # single guillemets ‹…›
            opening("g", i)
        elif ch == "›":
            closing("g", i)
        elif ch in "'‘’‚‛":
            if prev.isalpha() and nxt.isalpha():
                continue  # apostrophe inside a word: zo'n, auto's
            elision = nxt in _ELISIONS and i + 2 < n and not text[i + 2].isalpha()
            if "s" not in open_at and not prev.isalnum() and not nxt.isspace():
                if elision:
                    continue  # 's avonds, 't
                opening("s", i)
            elif "s" in open_at and ch in "'‘‛" and not prev.isalnum() and nxt.isalpha():
                if not elision:  # a quote inside the quote: its close does not end the outer
                    inner += 1  # one ('... ingetoetst: 'Moeder ... kind'. Ik denk ...')
            elif ("s" in open_at or "s" in pending) and not prev.isspace() and not nxt.isalnum():
                if inner and ch in "’'":
                    inner -= 1
                else:
                    closing("s", i)
                    inner = 0
    for start, _, _ in pending.values():
        if _opens_paragraph(text, start):
            # a story printed as one quote, cut off before its end (labels26: also when the
            # text ends one or two paragraphs after the quote's first, like the last paragraph)
            spans.append((start, n))
    for start in open_at.values():
        if _opens_paragraph(text, start):
            spans.append((start, n))  # the last paragraph opens a quote the excerpt cuts off
    return spans + _dash_lines(text)


# a line of speech opened by a dash, interview or novel style: "– Ik vind hem ..."
_DASH_LINE = re.compile(r"^[ \t]*[–—―][ \t]+(?=[A-ZÀ-Ý])(.+?)[ \t]*$", re.M)


def _dash_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines opened by a dash in a dialogue: at least two such lines that start
    with a capital, one of them a question ("– Wat vindt u?" / "– Ik vind ..."). A list whose
    items open with a dash has no question among them and stays unquoted."""
    lines = [(m.start(1), m.end(1)) for m in _DASH_LINE.finditer(text)]
    if len(lines) < 2 or not any(text[b - 1] == "?" for _, b in lines):
        return []
    return lines


def _paragraph_start(text: str, i: int) -> bool:
    """Whether position i is the first character of a paragraph (after a blank line)."""
    line = text.rfind("\n", 0, i) + 1
    return text[line:i].strip() == "" and (line == 0 or text[:line].endswith("\n\n"))


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the quote whose text starts at start opens its paragraph (only its mark, or
    ",," before it on the line, and a blank line, the text's start or a short heading line
    before that line)."""
    line = text.rfind("\n", 0, start) + 1
    lead = _SPEAKER_LABEL.sub("", text[line:start], count=1)  # "Yvonne: “..." (labels22)
    if lead.strip() not in set(_OPEN_D) | {'"', "'", "‘", ",,"}:
        return False
    if line == 0 or text[:line].endswith("\n\n") or text[:line].strip() == "":
        return True
    if lead != text[line:start]:
        return True  # "Ellis: “..." opens its own line after a single line break (labels-quotes)
    return _under_heading(text, line)  # "(1 van 3)\n“Ik ben ..." (labels26)


def _under_heading(text: str, line: int) -> bool:
    """Whether the line starting at line follows a short line without final punctuation that
    opens its own paragraph: a heading or a part number ("(1 van 3)") over a quoted story."""
    before = text[:line].rstrip("\n")
    start = before.rfind("\n") + 1
    head = before[start:].strip()
    if not head or len(head.split()) > 6 or head[-1] in ".!?;:,":
        return False
    return start == 0 or text[:start].endswith("\n\n")


# a speaker's name as the label of a paragraph-long quote: one or two capitalised words and ":"
_SPEAKER_LABEL = re.compile(r"^\s*[A-Z][\w'-]*(?: [A-Z][\w'-]*)?:\s*")


# Marks that open a quote; spaCy's sentencizer leaves one that follows a sentence end with the
# sentence before ("Het is geprobeerd. ,,", "Maar soms ...''").
_OPENING_QUOTES = frozenset({",,", "„", "“", "‘", "‛", "«", "‹", "‚", "'", '"'})


def sentences(doc: Doc) -> list[Any]:
    """The sentences of doc, or the whole doc as one when it has no sentence boundaries.

    An opening quote mark that the sentencizer left at the end of the sentence before (a space
    before it, none after, the next sentence right after it) opens the next sentence here
    (labels24): ",,Maar soms ...,'' weet X." is one sentence with its quote marks. A "!" or "?"
    inside round brackets ends no sentence (labels26): "dat moeders (in 90% van de gevallen !)
    hun kinderen ..." is one sentence.
    """
    if not len(doc):
        return []
    if not doc.has_annotation("SENT_START"):
        return [doc[:]]
    bounds = [(s.start, s.end) for s in doc.sents]
    for n in range(len(bounds) - 1):
        start, end = bounds[n]
        last = doc[end - 1]
        if end - 1 > start and last.text in _OPENING_QUOTES and not last.whitespace_:
            if doc[end - 2].whitespace_:
                bounds[n] = (start, end - 1)
                bounds[n + 1] = (end - 1, bounds[n + 1][1])
    return [doc[a:b] for a, b in _join_brackets(doc, bounds)]


def _join_brackets(doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences joined where one ends with "!)" or "?)" and the next goes on in lower case."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        if out and _bracket_end(doc, *out[-1]) and doc[start].text[:1].islower():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _bracket_end(doc: Doc, start: int, end: int) -> bool:
    """True when the sentence doc[start:end] ends with "!" or "?" right before ")"."""
    texts = [t.text for t in doc[start:end] if not t.is_space]
    return len(texts) > 2 and texts[-1] == ")" and texts[-2] in {"!", "?"} and "(" in texts
