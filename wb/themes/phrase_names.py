"""A theme's name from its own noun phrases: the phrase of two or more content words in the most
passages that holds one of the theme's best keywords, else a phrase that joins two of them, else
the two best keywords (split from words.py, which keeps the word classes and written forms)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from wb.themes.furniture_names import is_furniture_name, specific_keywords
from wb.themes.offensive_words import is_offensive, offensive_name
from wb.themes.words import (
    COMMON_PHRASE_WEIGHT,
    DETERMINERS,
    DOMAIN_NOUNS,
    LINKS,
    content_words,
    is_vague,
    is_vague_head,
    tagged_noun_phrases,
)


def theme_label(
    passages: Sequence[str],
    keywords: Sequence[str],
    lemmas: Sequence[str] = (),
    max_words: int = 5,
    taken: Iterable[str] = (),
) -> str:
    """A short noun phrase for the theme, or its two best keywords.

    Candidates are the noun phrases (tagger word classes) of at least two content words that
    occur in at least two of the theme's passages and hold one of its five best keywords (or
    their lemmas) or occur in half of them ("gesloten jeugdzorg": jeugdzorg is too common to be a
    keyword); the one with the most passages (times the weight of its best keyword) wins
    and is shown in its most frequent written form. Numbers, months and other stop words of the
    field do not count as content words; its common nouns (kind, vader, jeugdzorg) do.
    Without such a phrase, a phrase seen once that joins two of the theme's ten best keywords
    ("toezicht op de jeugdbescherming"), or one of them and a common noun of the field
    ("kind met een kinderbeschermingsmaatregel"), names it instead of two loose keywords;
    before that, the best keyword that heads a phrase names it with a modifier that is a keyword
    too or is written in two passages (:func:`wb.themes.head_phrases.keyword_head_phrase`);
    without those, its lead nouns do (:func:`wb.themes.lead_nouns.lead_noun_name`); the last
    resort is two keywords joined by "en", never a comma list (themes20), and only two that one
    passage writes together, else the best keyword alone (themes21). A public body without a
    complement ("algemene commissie") names the theme only when no other of its five best
    keywords is specific (themes21). A name whose every noun is a body, an office, an act of
    governance or a stock noun ("college van burgemeester", "goede voorbeeld") gives way at
    every step when two of the five best keywords are none of these; it is kept when only the
    last resort is left (themes-names5).
    A name in ``taken`` (of an earlier theme of the run) gives way to the next candidate.
    An uninflected attributive adjective of the name is shown inflected when its passages write
    it so or its noun is a plural ("concrete maatregelen", themes-adjform).
    """
    from wb.themes.adjective_forms import reader_form

    return reader_form(_label(passages, keywords, lemmas, max_words, taken), passages)


def _label(
    passages: Sequence[str],
    keywords: Sequence[str],
    lemmas: Sequence[str],
    max_words: int,
    taken: Iterable[str],
) -> str:
    """The theme's name as its passages write it (see :func:`theme_label`)."""
    if not keywords:
        return ""
    taken = frozenset(taken)
    from wb.themes.embed import DOMAIN_STOP_WORDS

    top: dict[str, float] = {}
    # a vague keyword ("leden", "brief") weighs no phrase: "wet van de leden" is no topic
    vague = {r for r, w in enumerate(keywords[:5]) if is_vague(w)}
    vague |= {r for r, w in enumerate(lemmas[:5]) if is_vague(w)}
    for r, w in enumerate(keywords[:5]):
        if r not in vague:
            top[w] = top.get(w, 1 - r / 5)
    for r, w in enumerate(lemmas[:5]):
        if r not in vague:
            top.setdefault(w, 1 - r / 5)
    allowed = DOMAIN_NOUNS
    seen: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    parts_of: dict[str, tuple[str, ...]] = {}
    for text in passages:
        phrases = tagged_noun_phrases(text, cores=True)
        seen.update({key for key, _, _ in phrases})
        for key, written, parts in phrases:
            forms.setdefault(key, Counter())[written] += 1
            parts_of[key] = parts
    # a public body without a complement ("algemene commissie") says who, not what: it names
    # the theme only when no other of the five best keywords could head a name (themes21)
    body_ok = not any(not is_vague(w) and not _body(w) for w in keywords[:5])
    # a name of bodies, offices and stock nouns only says who acts (themes-names5)
    furnished = specific_keywords(keywords) or specific_keywords(lemmas)
    best, best_score = "", 0.0
    kept = ""  # the first furniture name: kept when only the last resort is left
    for key, count in seen.items():
        parts = parts_of[key]
        if count < 2 or len(parts) < 2 or len(key.split()) > max_words:
            continue
        written = [
            w for w in forms[key].most_common(1)[0][0].split() if w not in LINKS | DETERMINERS
        ]
        if any(p in DOMAIN_STOP_WORDS and p not in allowed for p in written):
            continue
        if is_vague_head(key, forms[key].most_common(1)[0][0]):
            continue
        # a phrase in half the passages names the theme even without a keyword in it
        common = COMMON_PHRASE_WEIGHT if 2 * count >= len(passages) else 0.0
        weight = max((top[p] for p in (*parts, *written) if p in top), default=common)
        score = count * weight
        phrase = min(forms[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if phrase in taken or (not body_ok and _body_only(phrase)) or offensive_name(phrase):
            continue
        if furnished and is_furniture_name(phrase, key.split()):
            kept = kept or phrase
            continue
        if score > best_score or (score == best_score and score and phrase < best):
            best, best_score = phrase, score
    if best and not _cut_name(best):
        return best
    from wb.themes.head_phrases import keyword_head_phrase
    from wb.themes.lead_nouns import covered_nouns, keyword_phrase, lead_noun_name, repeated_phrase

    specific = [w for w in keywords if not is_vague(w) and not is_offensive(w)]
    steps = (
        # the best keyword with its most frequent modifier (themes20)
        lambda: keyword_head_phrase(passages, keywords, lemmas, max_words, taken),
        lambda: _joining_phrase(seen, forms, parts_of, keywords, lemmas, max_words),
        lambda: repeated_phrase(passages, keywords, lemmas, max_words),
        lambda: lead_noun_name(passages, keywords, lemmas),
        # a phrase two passages share before one seen once with a keyword (themes8)
        lambda: _shared_phrase(seen, forms, parts_of, max_words),
        lambda: keyword_phrase(passages, keywords, lemmas, max_words),
        # no keyword says what the theme is about: its nouns in the most passages do
        lambda: not specific and keyword_phrase(passages, covered_nouns(passages), [], max_words),
    )
    for step in steps:
        name = step()
        if name and name not in taken and not _cut_name(name) and not offensive_name(name):
            if furnished and is_furniture_name(name):
                kept = kept or name
            elif body_ok or not _body_only(name):
                return name
    if kept:  # a furniture name says more than two loose keywords (themes-names5)
        return kept
    # never a comma list (themes20); two keywords only when one passage holds both (themes21)
    decent = [w for w in keywords if not is_offensive(w)] or list(keywords)
    ranked = [w for w in specific if body_ok or not _body(w)] or specific or decent
    second = next((w for w in ranked[1:5] if _together(passages, ranked[0], w)), "")
    return f"{ranked[0]} en {second}" if second else ranked[0]


def _body(word: str) -> bool:
    """True for a public body as lemma or plural ("commissie", "gemeenten")."""
    from wb.themes.lead_nouns import BODY_NOUNS
    from wb.themes.words import _in_heads

    return _in_heads(word.lower(), BODY_NOUNS)


def _body_only(name: str) -> bool:
    """True for a name headed by a public body with no complement ("vaste commissie")."""
    words = name.split()
    return not any(w in LINKS or w == "en" for w in words) and _body(words[-1])


def _together(passages: Sequence[str], a: str, b: str) -> bool:
    """True when one passage writes both words (a plural as its stem: a word starting with it)."""

    def stem(w: str) -> str:
        return w[:-2] if w.endswith("en") and len(w) > 5 else w[:-1] if w.endswith("s") else w

    ra, rb = (re.compile(rf"\b{re.escape(stem(w))}", re.IGNORECASE) for w in (a, b))
    return any(ra.search(p) and rb.search(p) for p in passages)


def _cut_name(name: str) -> bool:
    """True for a name cut after a link word, determiner, possessive or pronoun genitive
    ("rekening met ieders", "contact met de"): no topic a reader recognises (themes11)."""
    from wb.themes.frozen_forms import is_pronoun_genitive

    last = name.split()[-1].strip(",")
    return last in LINKS or last in DETERMINERS or is_pronoun_genitive(last)


def _shared_phrase(
    seen: Counter[str],
    forms: dict[str, Counter[str]],
    parts_of: dict[str, tuple[str, ...]],
    max_words: int,
) -> str:
    """The noun phrase of two or more content words in the most passages (at least two) whose
    head is no vague head, though it holds no keyword; or "" (themes6: before two keywords)."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    best, best_key = "", (0, 0, "")
    for key, count in seen.items():
        if count < 2 or len(parts_of[key]) < 2 or len(key.split()) > max_words:
            continue
        phrase = min(forms[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        content = [w for w in phrase.split() if w not in LINKS | DETERMINERS]
        if is_vague_head(key, phrase) or any(
            p in DOMAIN_STOP_WORDS and p not in DOMAIN_NOUNS for p in content
        ):
            continue
        order = (count, len(content), phrase)
        if order[:2] > best_key[:2] or (order[:2] == best_key[:2] and phrase < best):
            best, best_key = phrase, order
    return best


def _joining_phrase(
    seen: Counter[str],
    forms: dict[str, Counter[str]],
    parts_of: dict[str, tuple[str, ...]],
    keywords: Sequence[str],
    lemmas: Sequence[str],
    max_words: int,
) -> str:
    """The phrase seen once that joins the most weight of the theme's ten best keywords."""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    weight: dict[str, float] = {}
    for ranked in (keywords[:10], lemmas[:10]):
        for r, w in enumerate(ranked):
            weight.setdefault(w, 1 - r / 10)
    best, best_score = "", 0.0
    for key in seen:
        if len(key.split()) > max_words:
            continue
        phrase = min(forms[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        content = set(content_words(phrase))  # "wet van de leden": one content word
        parts = set(parts_of[key]) | content
        if any(p in DOMAIN_STOP_WORDS and p not in DOMAIN_NOUNS for p in content):
            continue
        if is_vague_head(key, phrase):  # "minuten met een rechter", "wereld van verschil"
            continue
        hits = {p for p in parts if p in weight}
        field = {p for p in parts if p in DOMAIN_NOUNS} - hits
        # two keywords, or one keyword and a common noun of the field
        if not hits or len(content) < 2 or len(hits) + len(field) < 2:
            continue
        score = sum(weight[p] for p in hits) + COMMON_PHRASE_WEIGHT * bool(field)
        if score > best_score or (score == best_score and phrase < best):
            best, best_score = phrase, score
    return best
