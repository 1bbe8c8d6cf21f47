"""When the words a sentence shares with a code's description are enough to suggest the code.

A description match is a weak kind of evidence: one word that every code of a codebook shares
("kind", "ouder", "school"), the parts of one compound counted each on their own, or a word that
stands in the sentence only inside a name ("Justitie en Veiligheid", "Veilig Thuis") make a
score without saying what the sentence is about. The checks here ask more of it:

* **distinctive lemmas**: a lemma is distinctive for a code when few codes share it (at most
  `share_max`) and it is not common in the project's corpus (idf at least `idf_min`);
* **sentence words, not lemmas**: the parts of a compound ("jeugdbescherming": "jeugd",
  "bescherming") and the word itself are one word of the sentence;
* a match needs `min_words` such words, or one compound the codebook itself writes whole
  ("jeugdbescherming", "ouderpanel"): a long compound names a topic on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Span

from wb.coding.lemmas import _parts, content_lemmas, features

#: Characters after which a capitalised word starts a clause, not a name ("Vraag 2: Kent u").
CLAUSE_OPENERS = frozenset(":;\"“‘'(«-–—•*")


def word_groups(hits: Iterable[str], feats: frozenset[str]) -> dict[str, list[str]]:
    """Hits grouped by the sentence word they come from: a compound's parts go with the
    compound ("rapport" with "raadsrapport"), every other hit is a word of its own."""
    groups: dict[str, list[str]] = {}
    for x in sorted(hits):
        owners = [y for y in feats if y != x and x in _parts(y)]
        key = max(owners, key=lambda y: (len(y), y)) if owners else x
        groups.setdefault(key, []).append(x)
    return groups


def is_compound(lemma: str) -> bool:
    """True for a compound wb's lexicon can split into known words of 4+ letters."""
    from wb.nlp import compound_parts, is_known

    parts = compound_parts(lemma) if len(lemma) >= 10 else []
    return len(parts) >= 2 and all(len(p) >= 4 and is_known(p) for p in parts)


def enough_words(
    hits: Iterable[str],
    feats: frozenset[str],
    whole: frozenset[str] | set[str],
    distinct: Callable[[str], bool],
    min_words: int,
) -> bool:
    """True when the hits hold `min_words` sentence words with a distinctive lemma, or one
    compound of the codebook's own text (`whole`) standing whole in the sentence."""
    groups = word_groups(hits, feats)
    good = [key for key, xs in groups.items() if any(distinct(x) for x in xs)]
    if len(good) >= min_words:
        return True
    return any(key in whole and key in groups[key] and is_compound(key) for key in good)


def distinct_test(
    share: Mapping[str, int], idf: Callable[[str], float], share_max: int, idf_min: float
) -> Callable[[str], bool]:
    """The test of a distinctive lemma: shared by at most `share_max` codes, idf ≥ `idf_min`."""

    def distinct(lemma: str) -> bool:
        return share.get(lemma, 1) <= share_max and idf(lemma) >= idf_min

    return distinct


_NAMES_KEY = ("wb", "sentence_name_lemmas")


def name_lemmas(sent: Span) -> frozenset[str]:
    """Lemmas (with compound parts) that stand in the sentence only inside a name: capitalised
    words after its first word and not opening a clause ("Justitie en Veiligheid")."""
    cache = sent.doc.user_data.setdefault(_NAMES_KEY, {})
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _name_lemmas(sent)
    return found


def _name_lemmas(sent: Span) -> frozenset[str]:
    caps, plain = [], []
    first = True
    prev = ""
    for t in sent:
        if t.is_space:
            continue
        named = not first and t.text[:1].isupper() and prev[-1:] not in CLAUSE_OPENERS
        if prev[-1:] in ".?!" and t.text[:1].isupper():
            named = False  # a new sentence the splitter left inside this one
        (caps if named else plain).append(t)
        first = False
        prev = t.text
    if not caps:
        return frozenset()
    return features(content_lemmas(caps)) - features(content_lemmas(plain))


__all__ = ["distinct_test", "enough_words", "is_compound", "name_lemmas", "word_groups"]
