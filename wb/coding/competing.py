"""Two unrelated codes' pattern hits in one sentence: the one the other's evidence explains goes.

A codebook's broad word of one branch ("stiefouder" for *Samengesteld gezin*, "klacht" for
*Klachtrecht voor jongeren*, "jeugdbescherming" for *Kinderbeschermingsmaatregel*) often stands
in a sentence on a narrower code of another branch whose own pattern hits there too
(``{all: [stiefouder, gezag]}`` for *Positie van de stiefouder*, "vertrouwenspersoon",
"klacht" for *Klachten en toezicht*). Within one sentence, a code's pattern hit loses to another
code's hit when

* **whole** (``WHOLE``): the other hit's pattern holds all of its words and more (``stiefouder``
  inside ``{all: [stiefouder, gezag]}``): the other finds the same word with more of the topic;
* **covered** (``COVERED``): the other code's own codebook text (name, description, include,
  patterns) writes every word of its hit, while its own text does not write every word of the
  other's hit: the other code explains both hits, it explains only its own. The hits' words
  are read as lemmas, as the texts are (``LEMMAS``: "ouders" is the "ouder" a text writes).

Never between relatives: not the parent, a child or (``SIBLINGS``) a sibling, which the codebook
tells apart itself (exclude clauses, child over parent); never a hit of a word of the code's
own name (``NAMED``: "rechter" stays with *Rol van de rechter*) that few codes' texts share
(``NAMED_DISTINCT``: "toestemming" of *Toestemming van ouders met gezag*, written by most codes
of its codebook, names the whole domain and keeps nothing, codes47); a code with one hit that
nothing outdoes keeps its place; regex and token patterns have no words and take no part; who
speaks (a perspective code) does not compete (the caller leaves those out). Computed from the
codebook alone, nothing tuned per set (codes29).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from wb.codebook import Codebook
from wb.coding.suggestion import Suggestion

#: A hit whose pattern another code's hit holds whole (plus more words) goes (codes29).
WHOLE = True
#: A hit whose words the other code's own text writes, while the reverse is not so, goes.
COVERED = True
#: A hit of a word of the code's own name (*Rol van de rechter*'s "rechter") is never outdone.
NAMED = True
#: ... only a name word few codes' texts share (at most the model's ``share_max``): a word
#: every code of the codebook writes ("toestemming" in *Toestemming van ouders met gezag* and in
#: eight other codes' texts) names the whole domain, not this code (codes47).
NAMED_DISTINCT = True
#: Codes of one parent (siblings) do not compete here: the codebook tells them apart itself.
SIBLINGS = True
#: A code that lost its hit here is not carried back into the sentence by a neighbour/passage.
STOP = True
#: The covered test reads a pattern's words as lemmas, as the codes' own text is read: "ouders"
#: of ``{all: [toestemming, ouders]}`` is the "ouder" another code's text writes (codes47).
LEMMAS = True


def pattern_words(codebook: Codebook) -> dict[tuple[str, str], frozenset[str]]:
    """Per (code path, rule), the words of that pattern (phrase and all-of patterns only)."""
    return {
        (code.path, p.rule): words
        for code in codebook.walk()
        for p in code.patterns
        if (words := p.words)
    }


def pattern_lemmas(
    words: Mapping[tuple[str, str], frozenset[str]], lemmas: Callable[[str], list[str]]
) -> dict[frozenset[str], frozenset[str]]:
    """Per pattern's words, their lemmas (a word without a content lemma stays as written)."""
    return {ws: frozenset(x for w in ws for x in (lemmas(w) or [w])) for ws in set(words.values())}


def related(a: str, b: str, siblings: bool = True) -> bool:
    """True when one code is the other's ancestor (or the same code), or, with `siblings`,
    both have the same parent: codes of one branch, which the codebook tells apart itself."""
    if a == b or a.startswith(b + "/") or b.startswith(a + "/"):
        return True
    return siblings and "/" in a and a.rsplit("/", 1)[0] == b.rsplit("/", 1)[0]


def outdone(
    hits: Sequence[Suggestion],
    words: Mapping[tuple[str, str], frozenset[str]],
    own: Mapping[str, set[str]],
    *,
    whole: bool = True,
    covered: bool = True,
    named: Mapping[str, set[str]] | None = None,
    lemmas: Mapping[frozenset[str], frozenset[str]] | None = None,
) -> set[str]:
    """The codes of one sentence's pattern hits whose every hit another code's hit outdoes.

    `words`: from :func:`pattern_words`; `own`: per code, the lemmas its codebook text writes
    whole (the model's ``CodeInfo.whole``); `lemmas`: from :func:`pattern_lemmas`, the words'
    lemmas for the covered test."""
    found = [(s.code, words.get((s.code, s.rule), frozenset())) for s in hits]
    codes = {c for c, _ in found}
    if len(codes) < 2:
        return set()
    out = set()
    for code in codes:
        mine = [w for c, w in found if c == code]
        if not all(mine) or (named and any(w & named.get(code, set()) for w in mine)):
            continue  # a regex or token pattern of its own, or its own name's word, stands
        if all(
            any(
                not related(code, other, SIBLINGS)
                and theirs
                and _beats(theirs, other, w, code, own, whole=whole, covered=covered, lemmas=lemmas)
                for other, theirs in found
            )
            for w in mine
        ):
            out.add(code)
    return out


def _beats(
    theirs: frozenset[str],
    other: str,
    mine: frozenset[str],
    code: str,
    own: Mapping[str, set[str]],
    *,
    whole: bool,
    covered: bool,
    lemmas: Mapping[frozenset[str], frozenset[str]] | None = None,
) -> bool:
    if whole and mine < theirs:
        return True
    if not covered:
        return False
    if lemmas:
        mine, theirs = lemmas.get(mine, mine), lemmas.get(theirs, theirs)
    return mine <= own.get(other, set()) and not theirs <= own.get(code, set())


__all__ = [
    "COVERED",
    "LEMMAS",
    "NAMED",
    "NAMED_DISTINCT",
    "SIBLINGS",
    "STOP",
    "WHOLE",
    "outdone",
    "pattern_lemmas",
    "pattern_words",
    "related",
]
