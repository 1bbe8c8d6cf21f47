"""Character bounds of a document's sentences: which sentence holds a matched span."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class SentenceBounds:
    """Character bounds of a document's sentences, for finding the sentence around a span."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.starts = [start for start, _ in sentences]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence(s) containing [start, end), without outer whitespace."""
        if not self.sentences:
            return start, end
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_left(self.starts, end) - 1)
        s_start, s_end = self.sentences[first][0], max(self.sentences[last][1], end)
        text = self.text
        while s_start < start and text[s_start].isspace():
            s_start += 1
        while s_end > end and text[s_end - 1].isspace():
            s_end -= 1
        return min(s_start, start), s_end


__all__ = ["SentenceBounds"]
