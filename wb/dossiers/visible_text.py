"""The text as a reader sees it, for name detection: invisible characters out, odd spaces plain.

Text copied from web pages and PDFs can hold characters that do not show: a soft hyphen
("Haar\\u00adlem"), a zero-width space or joiner, a word joiner, a byte order mark inside the
text, direction marks. A reader sees "Haarlem"; the rules would see two words and miss the name
(realtext-contracts). And a no-break space or another Unicode space between "Anja" and
"de Vries" is a space to a reader, not to the rules (which write a space as " ").

:func:`visible` gives the text without the invisible characters and with every such space
written " ", and maps offsets in it back to the original, so the mentions found in it cover
the whole name as written (invisible characters included) and the placeholders replace it all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wb.dossiers.mentions import Mention

# soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, direction marks and
# embeddings, word joiner and invisible operators, direction isolates, byte order mark
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# no-break space, en/em/thin/hair and other fixed-width spaces, narrow no-break, ideographic
ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


@dataclass(frozen=True)
class VisibleText:
    """A text without invisible characters, with where each of its characters came from."""

    text: str
    origin: list[int] | None  # origin[i]: the original offset of text[i]; None: no character out

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end] (invisible characters inside it included)."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1

    def offset(self, original: int) -> int:
        """The offset in the visible text of an original offset (the next visible character)."""
        if self.origin is None:
            return original
        return bisect.bisect_left(self.origin, original)

    def tags(self, tags: dict[int, str] | None) -> dict[int, str] | None:
        """Word classes by offset in the original text -> by offset in the visible text."""
        if tags is None or self.origin is None:
            return tags
        return {self.offset(k): pos for k, pos in tags.items()}

    def as_written(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions found in the visible text with the span of the name as written in the
        original (their text stays the visible one, so "Haar\u00adlem" and "Haarlem" are one
        place)."""
        if self.origin is None:
            return mentions
        out = []
        for m in mentions:
            copy = m.shallow_copy()
            copy.start, copy.end = self.span(m.start, m.end)
            out.append(copy)
        return out


def visible(text: str) -> VisibleText:
    """The text with invisible characters left out and odd spaces written " " (see module)."""
    if ODD_SPACE.search(text):
        text = ODD_SPACE.sub(" ", text)  # the same length: offsets hold
    if not INVISIBLE.search(text):
        return VisibleText(text, None)
    origin: list[int] = []
    done = 0
    for m in INVISIBLE.finditer(text):
        origin.extend(range(done, m.start()))
        done = m.end()
    origin.extend(range(done, len(text)))
    return VisibleText(INVISIBLE.sub("", text), origin)
