"""An upbringing judged as faulty: "slecht opgevoed", "een verkeerde opvoeding", "(als ouders
hun kinderen) beter hadden opgevoed", "lastig op te voeden" (labels37).

A word of fault (``wb/lang/nl/description_upbringing_words.txt``, kind ``fout``: slecht,
verkeerd, gebrekkig, beter, lastig, ...; also inflected: "verkeerde") with at most two words
between it and a form of "opvoeden" or "opvoeding" (kind ``vorm``; "op te voeden" too, and the
inflected participle: "slecht opgevoede kinderen", labels50), in one
clause (no punctuation between). Not a word of fault that is denied or graded up by "niet"
right before it ("niet slecht opgevoed"). The span runs from the word of fault to the form.

labels56: a noun of the parent's role (kind ``rol``: opvoeder, ouderschap, moederschap, also as
the head of a compound: "slechte opvoeders", "slecht stiefmoederschap") ends the span too, after
a word of fault that is no comparison or difficulty (kind ``mild``: "moeilijk ouderschap" is a
hard time, "beter ouderschap" a goal).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_GAP = 2
_STOPS = frozenset(".,;:!?()")


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_upbringing_words.txt (fout, vorm)."""
    return by_kind("description_upbringing_words.txt", fold)[kind]


def _fault(word: str) -> bool:
    return word in _words("fout") or (word.endswith("e") and word[:-1] in _words("fout"))


def _role(word: str) -> bool:
    """A noun of the parent's role, also as the head of a compound ("stiefmoederschap")."""
    return any(word == r or (word.endswith(r) and len(word) > len(r) + 2) for r in _words("rol"))


def _form_end(doc: Doc, j: int, fault: str = "slecht") -> int | None:
    """The last token of a form of opvoeden starting at j ("opgevoed", "op te voeden"), or of
    a role noun after a word of fault that is not mild (labels56)."""
    if fold(doc[j].text) in _words("vorm"):
        return j
    if doc[j].pos_ == "NOUN" and _role(fold(doc[j].text)):
        mild = fault in _words("mild") or fault.removesuffix("e") in _words("mild")
        return None if mild else j
    words = [fold(t.text) for t in doc[j : j + 3]]
    return j + 2 if words == ["op", "te", "voeden"] else None


def find_upbringing_faults(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of an upbringing judged as faulty (see the module doc)."""
    spans = []
    for i, token in enumerate(doc):
        if not _fault(fold(token.text)):
            continue
        if i and fold(doc[i - 1].text) == "niet":
            continue
        for j in range(i + 1, min(len(doc), i + _GAP + 2)):
            if doc[j].text in _STOPS:
                break
            end = _form_end(doc, j, fold(token.text))
            if end is not None:
                spans.append((token.idx, doc[end].idx + len(doc[end].text)))
                break
    return spans


__all__ = ["find_upbringing_faults"]
