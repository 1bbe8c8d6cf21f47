"""List items: the lines after a line that ends in a colon take that line's code (codes22).

A text lists what a sentence announces: "Een pleegkind van 18 jaar en ouder mag bijvoorbeeld
beslissen over:" and then one line each, "paspoort aanvragen", "verzekeringen". The items rarely
hold the code's words, and a short line without final punctuation reads as a heading, so neither
the description nor a passage (:mod:`wb.coding.passages`) reaches them; a coder gives them the
code of the line that opens the list (on the sets codes-codes8, 58 of the 64 list lines after a
coded opening line share its code). A line takes code X when

* it is a line of a block of lines (no empty line between) in which an earlier line ends in a
  colon, the list's opening; the nearest such line counts. The unit is the line: a list's lines
  often run into one sentence ("paspoort aanvragen" and "verzekeringen" on two lines, both in
  small letters, read as a soft wrap), and each line is one suggestion;
* the sentence that ends the opening line has X on its own evidence (pattern, description,
  example) and no other code (an opening line with two codes does not say which one its list
  carries: codes5's list of youth-care services after "vragen of klachten over:", coded with
  Vertrouwenspersoon and Klachtrecht, took both and the second was wrong), and X is no
  perspective or experience code;
* the line's sentence has no code of its own evidence but X, and no exclude clause or rejected
  look-alike speaks against X in the line.

A list whose first item begins with a small letter ends at the first line that begins with a
capital (``CASE_ENDS``): the text resumes there. A parliamentary report's opening "... overleg
gevoerd met ... over:" lists one or two documents in small letters and then goes on in whole
sentences ("Van het overleg brengen de commissies ... verslag uit.", "Voorzitter: ...") without
an empty line; every such line took the opening's code, and none was right (codes-precision).

Reason "in een opsomming na «...»", rule ``(passage)``, score ``SCORE``. A line that has X on
its own evidence keeps that suggestion alone. ``Suggester(..., list_items=False)`` turns it
off, ``list_items="all"`` lets an opening line with several codes give them all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from wb.coding.rank import CodeModel
from wb.coding.sentence_kinds import is_heading, sentence_features

#: Read the lines after a line that ends in a colon as items of its list: "single" when the
#: opening line has one code, "all" with every code it has, False not at all.
LIST_ITEMS = "single"
#: A list whose first item begins with a small letter ends at a line that begins with a capital.
CASE_ENDS = True
#: Score of an item's suggestion: as a bridged passage's.
SCORE = 0.3
#: Most characters of the opening line quoted in the reason.
QUOTE_CHARS = 40


@dataclass(frozen=True)
class Item:
    """One line of a list: where it is, its sentence and the sentence that opens the list."""

    start: int
    end: int
    index: int  # the sentence that holds the line
    opening: int  # the sentence that ends the list's opening line


def list_items(sents: Sequence[Span]) -> list[Item]:
    """The lines that follow a line ending in a colon in the same block of lines (no empty
    line between), each with the sentence that ends the nearest such line before it.

    A list's lines often run into one sentence ("paspoort aanvragen\nverzekeringen": a line
    that ends in a small letter before one that begins with one reads as a soft wrap), so the
    unit is the line, not the sentence. With ``CASE_ENDS``, a list whose first item begins with
    a small letter ends at a line that begins with a capital."""
    if not sents:
        return []
    text = sents[0].doc.text
    starts = [s.start_char for s in sents]
    out: list[Item] = []
    opening: int | None = None
    small: bool | None = None  # whether the list's first item begins with a small letter
    pos = 0
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip():
            opening = None  # an empty line ends the block
        else:
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            index = max(0, bisect_right(starts, a) - 1)
            first = text[a]
            if opening is not None and small and CASE_ENDS and first.isupper():
                opening = None  # a capital after items in small letters: the text goes on
            if opening is not None and index != opening:
                if small is None:
                    small = first.islower()
                out.append(Item(a, b, index, opening))
            if line.rstrip().endswith(":"):
                opening = max(0, bisect_right(starts, b - 1) - 1)
                small = None
        pos = stop + 1
    return out


def listed_in_document(
    model: CodeModel,
    sents: Sequence[Span],
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    *,
    skip: frozenset[str] = frozenset(),
    single: bool = True,
) -> list[tuple[Item, str, str]]:
    """(item, code, reason) for the lines of a list that take a code of its opening line
    (`feats[i]` None: the sentence takes none, unless it is shaped like a heading; `given`:
    codes of each sentence's own evidence);
    a sentence with a code of its own that the opening line lacks takes none, and with `single`
    an opening line with two or more codes gives none."""
    out: list[tuple[Item, str, str]] = []
    for item in list_items(sents):
        codes = given[item.opening] - skip
        # a list's last line before an empty line is shaped like a heading: it is an item here
        taken = feats[item.index] is not None or is_heading(sents[item.index].text)
        if not taken or not codes or given[item.index] - codes:
            continue
        if single and len(codes) > 1:
            continue
        opening = " ".join(sents[item.opening].text.split())
        if len(opening) > QUOTE_CHARS:
            opening = opening[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        line = sentence_features(sents[0].doc.char_span(item.start, item.end, "expand"))
        for code in sorted(codes):
            if model.excluded(code, line) is not None or model.rejected_like(code, line):
                continue
            out.append((item, code, f"in een opsomming na «{opening}»"))
    return out


__all__ = ["CASE_ENDS", "LIST_ITEMS", "SCORE", "Item", "list_items", "listed_in_document"]
