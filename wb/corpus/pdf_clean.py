"""Clean the text of PDF pages (text layer or OCR) into running text with wb's conventions.

Pure functions on strings; :func:`clean_pages` is what the PDF reader calls. Steps:

1. **Page furniture.** Lines at the top or bottom of a page (up to ``ZONE`` non-blank lines, read
   from the edge inwards, stopping at the first body line) are removed when their *shape*
   (lowercase letters, ``0`` for a number) occurs, the same or nearly (OCR misreadings), at
   the top or bottom of at least half of the pages (and of two): running headers and footers, a
   case number, "Pagina 3 van 12". A page-number line
   ("3", "- 3 -", "blz. 3", "Pagina 3 van 12") at a page edge is removed on every page.
2. **Lines to paragraphs.** A line break is a wrap inside a paragraph when the next line's first
   word would not have fitted on the line (the line is near the typical full width), or when the
   line ends without sentence punctuation and the next starts in lowercase; wrapped lines are
   joined with a space. Every other break (short line, heading, list item, blank line) becomes a
   blank line, so paragraphs are blocks between blank lines as for .docx and .txt. This also
   joins a sentence that runs across a page break, once the furniture between is gone.
3. **Hyphenation.** A word split at a line end ("ouder-" / "verstoting") is joined. The hyphen is
   kept only for a real hyphenated word ("ex-" / "partner" -> "ex-partner"), decided by
   :func:`join_hyphenated`: evidence in the document itself first, then a Dutch word list, then
   the Dutch spelling rules for hyphens (prefixes like ex-/oud-/vice-, a vowel clash as in
   zee-egel, capitals and digits). The default is to join: Dutch writes compounds closed, so a
   line-end hyphen is far more often a break inside a word than a real hyphen. A suspended
   hyphen ("ouder- en kindgesprekken") stays as written.

The result is the text wb stores; all offsets refer to it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from wb.lang import word_set

ZONE = 4
HUNSPELL_NL = Path("/usr/share/hunspell/nl.dic")
HYPHENS = "-\u2010\u00ad"
KEEP_PREFIXES = word_set("pdf_keep_prefixes.txt")
SUSPENDED_NEXT = word_set("pdf_suspended_next.txt")
# vowel pairs that would read as one sound when a compound is closed: zee-egel, auto-ongeluk
_VOWEL_CLASH = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu", "ii"}
)
_PAGE_NUMBER = re.compile(
    r"^[-–—(\[ ]*(?:(?:pagina|pag\.?|blz\.?|blad|page|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:van|/|of|uit)\s*\d{1,4})?[-–—)\] ]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)]$")
_BLOCK_START = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?\s+\S|[-•*–▪◦]\s|[a-z][.)]\s)")
_HYPHEN_END = re.compile(rf"(\w+)[{HYPHENS}]$")
_FIRST_WORD = re.compile(r"^(\w+)")
_WORD = re.compile(r"\w+(?:[-\u2010]\w+)*")
WRAP_SHARE = 0.85


def shape(line: str) -> str:
    """A line's shape for repetition: lowercase letters, "0" for each number, nothing else."""
    return re.sub(r"[\W_]+", "", re.sub(r"\d+", "0", line.lower()))


def is_page_number(line: str) -> bool:
    """True for a page-number line: "3", "- 3 -", "blz. 3", "Pagina 3 van 12", "3/12"."""
    return bool(_PAGE_NUMBER.match(line.strip()))


def _edge(lines: list[str], zone: int) -> tuple[list[int], list[int]]:
    """Indices of the first and the last `zone` non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:zone], filled[::-1][:zone]


def find_furniture(pages: list[list[str]], zone: int = ZONE) -> list[set[int]]:
    """Per page, the indices of header/footer lines (running lines and page numbers).

    A shape seen at a page edge on two or more pages, or at an edge of the second, middle or
    last page, is a candidate; an edge line counts for a candidate when it is the same or nearly
    the same (``SIMILAR``, for OCR misreadings), and a candidate found on at least half of the
    pages is furniture.
    """
    edges = [_edge(lines, zone) for lines in pages]
    shapes = [
        {i: shape(lines[i]) for i in top + bottom}
        for lines, (top, bottom) in zip(pages, edges, strict=True)
    ]
    exact: Counter[str] = Counter()
    for page in shapes:
        exact.update(set(page.values()))
    candidates = {s for s, n in exact.items() if n >= 2 and s}
    for sample in {1, len(pages) // 2, len(pages) - 1} & set(range(1, len(pages))):
        candidates.update(s for s in shapes[sample].values() if s)  # when OCR varies every page
    needed = max(2, math.ceil(len(pages) / 2))
    matches = [{i: _similar(s, candidates) for i, s in page.items()} for page in shapes]
    found: Counter[str] = Counter()
    for page in matches:
        found.update({c for cands in page.values() for c in cands})
    repeated = {c for c, n in found.items() if n >= needed}
    result = []
    for lines, (top, bottom), page in zip(pages, edges, matches, strict=True):
        drop: set[int] = set()
        for side in (top, bottom):
            for i in side:
                if i in drop:
                    break
                if page[i] & repeated or is_page_number(lines[i]):
                    drop.add(i)
                else:
                    break
        result.append(drop)
    return result


SIMILAR = 0.9


def _similar(line_shape: str, candidates: set[str]) -> set[str]:
    """The candidate shapes equal or nearly equal to `line_shape`."""
    found = set()
    for cand in candidates:
        if cand == line_shape:
            found.add(cand)
            continue
        matcher = SequenceMatcher(None, line_shape, cand, autojunk=False)
        if matcher.real_quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR:
            found.add(cand)
    return found


def remove_furniture(pages: list[str], zone: int = ZONE) -> list[list[str]]:
    """The pages as lists of lines (whitespace collapsed), without headers and footers."""
    split = [[" ".join(line.split()) for line in page.split("\n")] for page in pages]
    furniture = find_furniture(split, zone)
    return [
        [line for i, line in enumerate(lines) if i not in drop]
        for lines, drop in zip(split, furniture, strict=True)
    ]


@lru_cache(maxsize=1)
def dutch_words() -> Callable[[str], bool]:
    """A lowercase Dutch word check: hunspell-nl's word list when installed, else wb's lexicon."""
    if HUNSPELL_NL.is_file():
        words = set()
        with HUNSPELL_NL.open(encoding="utf-8", errors="replace") as fh:
            next(fh, None)  # the first line is the number of entries
            for line in fh:
                word = line.split("/", 1)[0].strip().replace("ĳ", "ij").replace("Ĳ", "IJ")
                if word:
                    words.add(word.lower())
        return words.__contains__
    from wb.nlp.lexicon import get_lexicon

    return get_lexicon().is_known


def join_hyphenated(
    left: str,
    right: str,
    *,
    known: Callable[[str], bool] | None = None,
    seen: set[str] | frozenset[str] = frozenset(),
) -> str:
    """The word for `left` + "-" at a line end and `right` at the next line's start.

    `known` checks lowercase words (a word list); `seen` holds the document's own lowercase
    words, which decide first.
    """
    joined, hyphenated = left + right, f"{left}-{right}"
    low_joined, low_hyph = joined.lower(), hyphenated.lower()
    if right[:1].isupper() or right[:1].isdigit() or any(c.isdigit() for c in left):
        return hyphenated  # Noord-Brabant, A4-tje, 24-uurs
    if len(left) > 1 and left.isupper():
        return hyphenated  # VN-verdrag, AVG-verzoek
    if low_hyph in seen and low_joined not in seen:
        return hyphenated
    if low_joined in seen:
        return joined
    if known is not None and known(low_joined):
        return joined
    if known is not None and known(low_hyph):
        return hyphenated
    if left.lower() in KEEP_PREFIXES:
        return hyphenated
    if (left[-1:] + right[:1]).lower() in _VOWEL_CLASH:
        return hyphenated
    return joined


MIN_LINES_FOR_WIDTH = 6


def _typical_width(lines: list[str]) -> float:
    """The full line width in characters: the 90th percentile of line lengths (infinite when
    there are too few lines to tell, so that only the lowercase rule joins lines)."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < MIN_LINES_FOR_WIDTH:
        return math.inf
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _is_wrap(line: str, following: str, width: float) -> bool:
    """True when the break between two lines is a wrap inside a paragraph."""
    if _BLOCK_START.match(following):
        return False
    first = following.split(" ", 1)[0]
    if len(line) + 1 + len(first) > WRAP_SHARE * width:
        return True
    return not _SENTENCE_END.search(line) and following[:1].islower()


def join_lines(pages: list[list[str]], *, known: Callable[[str], bool] | None = None) -> str:
    """Join the lines of cleaned pages into paragraphs separated by blank lines."""
    lines: list[str | None] = [line or None for page in pages for line in page]  # None: blank
    width = _typical_width([line for line in lines if line])
    seen = _seen_words(lines)
    pieces: list[str] = []
    previous: str | None = None
    for line in lines:
        if line is None:
            previous = None
            continue
        if previous is None:
            if pieces:
                pieces.append("\n\n")
            pieces.append(line)
        else:
            _join(pieces, previous, line, width, known, seen)
        previous = line
    return "".join(pieces).replace("\u00ad", "")


def _seen_words(lines: list[str | None]) -> set[str]:
    """Lowercase words inside lines (not a line's first word, nor one cut by a hyphen)."""
    seen: set[str] = set()
    for line in lines:
        if line:
            words = _WORD.findall(line)
            if _HYPHEN_END.search(line):
                words = words[:-1]
            seen.update(w.lower() for w in words[1:])
    return seen


def _join(
    pieces: list[str],
    previous: str,
    line: str,
    width: float,
    known: Callable[[str], bool] | None,
    seen: set[str],
) -> None:
    """Append `line` to `pieces`; the last piece ends with the line `previous`."""
    tail = _HYPHEN_END.search(pieces[-1])
    head = _FIRST_WORD.match(line)
    if (
        tail
        and head
        and head.group(1).lower() not in SUSPENDED_NEXT
        and not _BLOCK_START.match(line)
    ):
        left, right = tail.group(1), head.group(1)
        if pieces[-1].endswith("\u00ad"):
            word = left + right
        else:
            word = join_hyphenated(left, right, known=known, seen=seen)
        pieces[-1] = pieces[-1][: tail.start()] + word + line[head.end() :]
        return
    pieces.append(" " if _is_wrap(previous, line, width) else "\n\n")
    pieces.append(line)


def clean_pages(pages: list[str], *, known: Callable[[str], bool] | None = None) -> str:
    """The running text of a PDF's pages: furniture removed, lines and hyphenation joined."""
    cleaned = remove_furniture(pages)
    if known is None and any(_HYPHEN_END.search(line) for page in cleaned for line in page):
        known = dutch_words()
    return join_lines(cleaned, known=known)
