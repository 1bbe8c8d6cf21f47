"""Theme names headed by one of the theme's best keywords (themes20).

Decisions (issue 11 §3: a name is a noun phrase a leernetwerk member recognises):

* When no noun phrase of two or more passages holds one of the theme's five best keywords (the
  first step of :func:`wb.themes.phrase_names.theme_label`), the best keyword that heads a phrase
  of the passages names the theme with its modifier: one that is a keyword too ("ontbinding van
  een huwelijk" for keywords "echtscheiding, ..., ontbinding, ..., huwelijk"), else the most
  frequent one of two or more passages ("wachtlijst voor jeugdhulp"); ties to the shorter, then
  alphabetical phrase. A modifier of one passage that is no keyword names a scene ("aangehaalde
  instellingen", "nieuwe vriend in de hal") and does not count: the older steps follow.
* Tried and not kept (tune rounds 1-13, bench/README.md "themes20"): a phrase of two passages
  headed by a best keyword before one that holds the keyword in its complement changed one name
  of 147, for the worse ("stelsel van partneralimentatie" -> "pensioen bij scheiding"); a head
  with a prepositional complement of one passage changed 33, mostly into scenes.
* Two themes whose names share a head are told apart by a phrase, never by a comma list
  ("gezinsvoogd, familie"): the theme's own phrase that holds the head and its distinguishing
  keyword, else that keyword with its modifier as above, else the two nouns joined by "en".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from wb.themes.words import (
    DETERMINERS,
    DOMAIN_NOUNS,
    LINKS,
    content_words,
    is_vague,
    is_vague_head,
    tagged_noun_phrases,
)


def phrase_head(key: str, written: str) -> set[str]:
    """The head noun of a phrase as lemma and as written: its last word before a link word."""
    out = set()
    for words in (key.split(), written.split()):
        head = []
        for w in words:
            if w in LINKS or w == "en":
                break
            head.append(w)
        if head:
            out.add(head[-1])
    return out


def _usable(key: str, written: str, max_words: int) -> bool:
    """A phrase of two or more content words, no vague head, no stop word of the field."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    content = content_words(written)
    if len(content) < 2 or len(key.split()) > max_words or is_vague_head(key, written):
        return False
    if written.split()[-1] in LINKS | DETERMINERS:
        return False
    return not any(p in DOMAIN_STOP_WORDS and p not in DOMAIN_NOUNS for p in content)


def _phrases(passages: Sequence[str]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """(passages each phrase key is in, written forms of each key) of the passages."""
    seen: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for text in passages:
        here = set()
        for key, written, _ in tagged_noun_phrases(text, cores=True):
            here.add(key)
            forms.setdefault(key, Counter())[written] += 1
        seen.update(here)
    return seen, forms


def _shown(forms: Counter[str]) -> str:
    """The most frequent written form, ties alphabetical."""
    return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def keyword_head_phrase(
    passages: Sequence[str],
    keywords: Sequence[str],
    lemmas: Sequence[str] = (),
    max_words: int = 5,
    taken: Iterable[str] = (),
    heads: Sequence[str] = (),
) -> str:
    """The best keyword (of the five best, no vague word; or the given ``heads``, best first)
    that heads a phrase of the passages, with its most frequent modifier; or ""."""
    rank: dict[str, int] = {}
    if heads:
        for r, w in enumerate(heads):
            rank.setdefault(w, r)
    else:
        for ranked in (keywords[:5], lemmas[:5]):
            for r, w in enumerate(ranked):
                if not is_vague(w):
                    rank.setdefault(w, r)
    weight: dict[str, int] = {}
    for ranked in (keywords[:10], lemmas[:10]):
        for r, w in enumerate(ranked):
            weight.setdefault(w, r)
    taken = frozenset(taken)
    seen, forms = _phrases(passages)
    best, best_key = "", (99, 0, 0, 0, "")
    for key, count in seen.items():
        written = _shown(forms[key])
        head = phrase_head(key, written)
        hit = min((rank[h] for h in head if h in rank), default=None)
        if hit is None or written in taken or not _usable(key, written, max_words):
            continue
        # a modifier that is a keyword too ("onderzoek van de ombudsman") before a frequent one
        words = (set(key.split()) | {w.lower() for w in written.split()}) - head
        other = min((weight[w] for w in words if w in weight), default=None)
        if other is None and count < 2:
            continue  # a modifier of one passage names a scene ("aangehaalde instellingen")
        order = (hit, other is None, -count, len(written.split()), written)
        if order < best_key:
            best, best_key = written, order
    return best


def phrase_with(passages: Sequence[str], words: Sequence[str], max_words: int = 5) -> str:
    """The phrase of the passages in the most passages that holds every one of ``words`` (as
    lemma or written), or ""."""
    seen, forms = _phrases(passages)
    best, best_key = "", (0, 0, "")
    for key, count in seen.items():
        written = _shown(forms[key])
        have = set(key.split()) | {w.lower() for w in written.split()}
        if not all(w in have for w in words) or not _usable(key, written, max_words):
            continue
        order = (-count, len(written.split()), written)
        if not best or order < best_key:
            best, best_key = written, order
    return best
