"""Names for themes that mix passages of several documents and share no phrase.

Decisions:

* A theme without a repeated or joining noun phrase is named by its lead nouns: the nouns the
  tagger sees in the most of the theme's passages (its *coverage*), ties broken by keyword rank.
  A keyword seen in one passage only of a theme of three or more ("college", "kern": a word one
  text uses often) does not lead; a noun that is no keyword leads only when it is in at least
  half of the passages ("familierecht" under "ontwikkeling, kern").
* A singular noun that only stands bare after a preposition ("uit huis", "in huis", "op
  vakantie") is part of a fixed expression there, not a topic, and does not lead; a bare
  plural ("voor jeugdigen") does.
* Ties go to the better keyword, then to the longer noun (a compound is more specific).
* One noun in more passages than every other, and in at least half of them, names the theme
  alone; otherwise the two lead nouns are joined by "en" ("uithuisplaatsing en wachtlijst"):
  they never share a phrase, or the phrase steps before would have named the theme. The second
  is the best lead noun that shares a passage with the first; without one the later steps name
  the theme (themes21).
* A single lead noun is shown in the phrase that joins it to the best keyword, when the
  passages hold one ("contact met oma").
* Before them, a noun phrase that one passage repeats ("voortgezet ouderschap" twice in the
  title of a bill) names the theme when it holds one of its five best keywords.
* Stop words, shell nouns, generic words and names never lead (the same filters as keywords),
  nor do vague heads (``theme_vague_heads.txt``: "evaluatie", "minuten", "staatssecretaris")
  or public bodies (``theme_body_nouns.txt``: "college", "gemeente"; with a complement a
  phrase step may still name them).
* Before two loose keywords (themes6): the phrase that holds the best keyword that is no vague
  head; when no keyword is specific, the phrase that holds the noun of the most passages. A
  phrase of two content words that two passages share comes first (themes8: "biologische
  ouders" of three passages before "gedegen advies" of one).
* A singular noun before a postposition ("het huis uit omdat") is a direction, like one bare
  after a preposition, and does not lead (themes8).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from wb.lang import word_set
from wb.themes.head_phrases import phrase_head
from wb.themes.words import (
    DETERMINERS,
    LINKS,
    _in_heads,
    _plain_ok,
    content_words,
    fixed_expression_words,
    function_words,
    is_name_token,
    is_vague,
    is_vague_head,
    noun_form,
    tagged_noun_phrases,
)

# Public bodies ("college", "gemeente", "rechtbank") say who acts, not what about (themes8).
BODY_NOUNS = word_set("theme_body_nouns.txt")


def _bare_after_link(words: Sequence, i: int, text: str) -> bool:
    """True when singular noun i follows a preposition directly ("uit huis", "op vakantie"), or
    a postposition follows it ("het huis uit omdat", "de deur uit."): a direction, no topic."""
    if _before_postposition(words, i, text):
        return True
    if i == 0:
        return False
    prev = words[i - 1]
    between = text[prev.start + len(prev.text) : words[i].start]
    singular = words[i].text.lower() == words[i].lemma.lower()  # "voor jeugdigen" is no idiom
    return (
        singular
        and between.strip() == ""
        and prev.pos == "ADP"
        and prev.text.lower() not in DETERMINERS
    )


def _before_postposition(words: Sequence, i: int, text: str) -> bool:
    """True when noun i is followed by a preposition that takes no noun phrase of its own ("het
    huis uit omdat", "de trap op."): the word after it is no determiner, noun, adjective,
    pronoun or number, or a punctuation mark comes first."""
    if i + 1 >= len(words) or words[i + 1].pos != "ADP":
        return False
    adp = words[i + 1]
    if text[words[i].start + len(words[i].text) : adp.start].strip():
        return False  # "huis, uit ..."
    if i + 2 >= len(words):
        return True
    after = words[i + 2]
    if text[adp.start + len(adp.text) : after.start].strip():
        return True  # "het huis uit." / "het huis uit, ..."
    return after.pos not in ("DET", "NOUN", "ADJ", "PRON", "NUM", "PROPN")


def _keyword_ranks(
    keywords: Sequence[str],
    lemmas: Sequence[str],
    n: int,
    skip: Callable[[str], bool] | None = None,
) -> dict[str, int]:
    """Place (0 = best) of each of the `n` best keywords, then of the `n` best lemmas not among
    them; words for which `skip` is true are left out."""
    rank: dict[str, int] = {}
    for ranked in (keywords[:n], lemmas[:n]):
        for r, w in enumerate(ranked):
            if skip is None or not skip(w):
                rank.setdefault(w, r)
    return rank


def lead_nouns(
    passages: Sequence[str], keywords: Sequence[str], lemmas: Sequence[str] = ()
) -> list[tuple[str, int]]:
    """(written noun, passages it is in) of the nouns that may lead a theme name, best first."""
    return [(form, len(where)) for form, where in _lead_nouns(passages, keywords, lemmas)]


def _lead_nouns(
    passages: Sequence[str], keywords: Sequence[str], lemmas: Sequence[str] = ()
) -> list[tuple[str, frozenset[int]]]:
    """(written noun, indices of the passages it is in) of the lead nouns, best first."""
    from wb.themes.embed import DOMAIN_STOP_WORDS, tagged_words

    stop = function_words() | DOMAIN_STOP_WORDS
    rank = _keyword_ranks(keywords, lemmas, 10)
    cover: Counter[str] = Counter()
    where: dict[str, set[int]] = {}
    forms: dict[str, Counter[str]] = {}
    free: set[str] = set()  # nouns seen at least once not bare after a preposition
    for j, (text, words) in enumerate(zip(passages, tagged_words(list(passages)), strict=True)):
        here = set()
        fixed = fixed_expression_words(words, text)
        for i, w in enumerate(words):
            if w.pos != "NOUN" or i in fixed or is_name_token(text, w.start, w.text, w.pos):
                continue
            lemma, low = w.lemma.lower(), w.text.lower()
            if low in LINKS:
                continue
            here.add(lemma)
            forms.setdefault(lemma, Counter())[low] += 1
            if not _bare_after_link(words, i, text):
                free.add(lemma)
        cover.update(here)
        for lemma in here:
            where.setdefault(lemma, set()).add(j)
    n = len(passages)
    out = []
    for lemma, count in cover.items():
        form = noun_form(lemma, forms[lemma])
        if lemma not in free or not (_plain_ok(form, stop) and _plain_ok(lemma, stop)):
            continue
        if is_vague(lemma) or is_vague(form):  # "evaluatie", "minuten" alone name nothing
            continue
        if _in_heads(lemma, BODY_NOUNS) or _in_heads(form, BODY_NOUNS):  # "college" alone
            continue
        keyword = lemma in rank or form in rank
        if keyword and n >= 3 and count < 2:
            continue
        if not keyword and 2 * count < n:
            continue
        out.append((form, count, rank.get(lemma, rank.get(form, 10)), frozenset(where[lemma])))
    # ties: the better keyword, then the longer (more specific) noun: a compound names its kind
    out.sort(key=lambda t: (-t[1], t[2], -len(t[0]), t[0]))
    return [(form, seen) for form, _, _, seen in out]


def lead_noun_name(
    passages: Sequence[str], keywords: Sequence[str], lemmas: Sequence[str] = ()
) -> str:
    """One lead noun when it clearly leads, else the two lead nouns joined by "en", or ""."""
    lead = _lead_nouns(passages, keywords, lemmas)
    if not lead:
        return ""
    (first, in1), *rest = lead
    if not rest or (len(in1) > len(rest[0][1]) and 2 * len(in1) >= len(passages)):
        return _with_keyword(passages, first, keywords, lemmas) or first
    # the second noun shares a passage with the first: two nouns no passage writes together
    # name two scenes, not one theme ("verbetering en pleegouder", themes21)
    second = next((form for form, where in rest if where & in1), "")
    return f"{first} en {second}" if second else ""


def _with_keyword(
    passages: Sequence[str], head: str, keywords: Sequence[str], lemmas: Sequence[str]
) -> str:
    """The noun phrase that joins the lead noun and the best of the ten best keywords
    ("contact met oma" for "contact"), or ""."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    rank = _keyword_ranks(keywords, lemmas, 10)
    best, best_key = "", (99, 0, "")
    counts: Counter[str] = Counter()
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for text in passages:
        for key, written, parts in tagged_noun_phrases(text):
            counts[key] += 1
            found.append((key, written, parts))
    for key, written, parts in found:
        content = content_words(written)
        if head not in (*parts, *content) or len(content) > 4:
            continue
        if any(p in DOMAIN_STOP_WORDS for p in content) or is_vague_head(key, written):
            continue
        hit = min(
            (rank[p] for p in (*parts, *content) if p in rank and p != head),
            default=None,
        )
        if hit is None:
            continue
        order = (hit, -counts[key], written)
        if order < best_key:
            best, best_key = written, order
    return best


def repeated_phrase(
    passages: Sequence[str], keywords: Sequence[str], lemmas: Sequence[str], max_words: int = 5
) -> str:
    """A noun phrase of two or more content words that one passage writes at least twice and
    that holds one of the theme's five best keywords (the best-ranked one wins), or ""."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    rank = _keyword_ranks(keywords, lemmas, 5)
    best, best_key = "", (99, 0, "")
    for text in passages:
        phrases = tagged_noun_phrases(text, cores=True)
        counts = Counter(key for key, _, _ in phrases)
        for key, written, parts in phrases:
            if counts[key] < 2 or len(parts) < 2 or len(key.split()) > max_words:
                continue
            content = content_words(written)
            if any(p in DOMAIN_STOP_WORDS for p in content) or is_vague_head(key, written):
                continue
            hit = min(
                (rank[p] for p in (*parts, *content) if p in rank),
                default=None,
            )
            if hit is None:
                continue
            order = (hit, -counts[key], written)
            if order < best_key:
                best, best_key = written, order
    return best


def keyword_phrase(
    passages: Sequence[str], keywords: Sequence[str], lemmas: Sequence[str], max_words: int = 5
) -> str:
    """The noun phrase (two or more content words, no vague head) that holds the best keyword
    that is no vague head, seen in the most passages; or "" (themes6: before two keywords)."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    rank = _keyword_ranks(keywords, lemmas, 10, skip=is_vague)
    seen: Counter[str] = Counter()
    shown: dict[str, str] = {}
    hit: dict[str, int] = {}
    for text in passages:
        here = set()
        for key, written, parts in tagged_noun_phrases(text, cores=True):
            content = content_words(written)
            if len(parts) < 2 or len(key.split()) > max_words or is_vague_head(key, written):
                continue
            if any(p in DOMAIN_STOP_WORDS for p in content):
                continue
            best = min((rank[p] for p in (*parts, *content) if p in rank), default=None)
            if best is None:
                continue
            head = phrase_head(key, written)
            here.add(key)
            # a keyword in the phrase's head before one only in its complement (themes13):
            # "lunch op het kantoor" names a scene, not the theme of "kantoor"
            hit[key] = min(hit.get(key, best + 100), best + (0 if head & rank.keys() else 100))
            shown[key] = min(shown.get(key, written), written)
        seen.update(here)
    if not seen:
        return ""
    key = min(seen, key=lambda k: (hit[k], -seen[k], shown[k]))
    return shown[key]


def covered_nouns(passages: Sequence[str]) -> list[str]:
    """Lemmas of the nouns in two or more passages that may name a theme (no stop, shell,
    generic or vague word, no name), most passages first, then the longer noun."""
    from wb.themes.embed import DOMAIN_STOP_WORDS, tagged_words

    stop = function_words() | DOMAIN_STOP_WORDS
    cover: Counter[str] = Counter()
    for text, words in zip(passages, tagged_words(list(passages)), strict=True):
        fixed = fixed_expression_words(words, text)
        cover.update(
            {
                w.lemma.lower()
                for i, w in enumerate(words)
                if w.pos == "NOUN"
                and i not in fixed
                and not is_name_token(text, w.start, w.text, w.pos)
            }
        )
    ok = [
        (lemma, n)
        for lemma, n in cover.items()
        if n >= 2 and _plain_ok(lemma, stop) and not is_vague(lemma) and lemma not in LINKS
    ]
    return [lemma for lemma, _ in sorted(ok, key=lambda t: (-t[1], -len(t[0]), t[0]))]
