"""Words a reader understands: word classes, names, written forms and noun-phrase theme labels.

Decisions:

* Word classes come from ``token.pos_`` when the pipeline sets it (UPOS); otherwise from the
  Dutch hunspell word list (``/usr/share/hunspell/nl.dic``, Debian package ``hunspell-nl``):
  an entry with an infinitive flag (``Vi``) and no noun flag is a verb, an ``A*`` flag an
  adjective, a ``Z*``/``Y*``/``S*`` flag a noun. A lowercase word of 6+ letters the list does not
  hold is taken as a compound noun ("wachtlijst", "jeugdbeschermer"). Without the list every
  content word counts as a noun (graceful, less strict).
* Names: a word written with a capital where a sentence does not start is a name (or an
  organisation); a capitalised word at a sentence start counts only when its lowercase form is
  in the word list. Keywords and labels are shown as written, never as a lemma, so a lemmatiser
  error ("keet" from "keten") cannot reach a reader.
* A theme label is the most frequent noun phrase (ADJ* NOUN, optionally followed by
  van/met/voor/... DET? ADJ* NOUN) in the theme's passages whose head is one of the theme's
  keywords; without one, the two best keywords.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from wb.lang import word_set

DICTIONARY_PATHS = ("/usr/share/hunspell/nl.dic", "/usr/share/hunspell/nl_NL.dic")
# Words that are valid Dutch but say nothing as a theme word (issue 11 §3: "nodig").
GENERIC_WORDS = word_set("theme_generic_words.txt")
# Pronominal adverbs ("waarbij", "daardoor", "hierin") are function words.
_PRONOMINAL = re.compile(
    r"^(?:waar|daar|hier|er)(?:aan|achter|bij|binnen|door|in|langs|mee|na|naar|naast|om|onder|"
    r"op|over|tegen|toe|tussen|uit|van|voor|zonder)$"
)
# Common nouns of the field: too common as keywords, fine inside a label ("contact met vader").
DOMAIN_NOUNS = word_set("theme_domain_nouns.txt")
LINKS = word_set("theme_links.txt")
DETERMINERS = word_set("theme_determiners.txt")
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;…\"“”‘’'(\[•\-–—]\s*$|^\s*$")


@functools.lru_cache(maxsize=1)
def dictionary() -> dict[str, str] | None:
    """The hunspell Dutch word list as word -> its affix flags joined by spaces, or None."""
    for name in DICTIONARY_PATHS:
        path = Path(name)
        if not path.is_file():
            continue
        words: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
            word, _, flags = line.partition("/")
            words[word] = f"{words[word]} {flags}" if word in words else flags
        return words
    return None


def _flags(word: str) -> set[str] | None:
    entry = dictionary().get(word)  # type: ignore[union-attr]
    if entry is None:
        return None
    return {part[i : i + 2] for part in entry.split() for i in range(0, len(part), 2)}


def _adjective_base(word: str) -> str | None:
    """The base of an inflected adjective in the word list ("lange" -> "lang", "grote")."""
    if not word.endswith("e") or len(word) < 4:
        return None
    stem = word[:-1]
    candidates = [stem]
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        candidates.append(stem[:-1] + stem[-2] + stem[-1])  # grot -> groot
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # vette -> vet
    if stem.endswith("v"):
        candidates.append(stem[:-1] + "f")  # lieve -> lief
    if stem.endswith("z"):
        candidates.append(stem[:-1] + "s")  # boze -> boos
        candidates.append(stem[:-2] + stem[-2] + "s" if len(stem) >= 3 else stem)
    for c in candidates:
        flags = _flags(c)
        if flags and any(f[:1] == "A" for f in flags):
            return c
    return None


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Dutch function words (spaCy's stop words), lowercase."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS)


@functools.lru_cache(maxsize=65536)
def word_classes(word: str, pos: str = "") -> frozenset[str]:
    """Possible classes of a lowercase word: subsets of NOUN, ADJ, VERB, PROPN, OTHER."""
    if pos:
        mapped = {"NOUN": "NOUN", "PROPN": "PROPN", "ADJ": "ADJ", "VERB": "VERB", "AUX": "VERB"}
        return frozenset({mapped.get(pos, "OTHER")})
    words = dictionary()
    if words is None:
        return frozenset({"NOUN", "ADJ"})
    flags = _flags(word)
    if flags is None:
        if _adjective_base(word) or word.endswith(("ende", "erde")):
            return frozenset({"ADJ"})
        from wb.nlp import lemmatize

        lemma = lemmatize(word)
        if lemma != word and lemma in words:
            return word_classes(lemma)
        return frozenset({"NOUN"}) if len(word) >= 6 else frozenset({"OTHER"})
    classes = set()
    noun = any(f[:1] in ("Z", "Y", "S") for f in flags)
    if noun:
        classes.add("NOUN")
    if any(f[:1] == "A" for f in flags):
        classes.add("ADJ")
    if "Vi" in flags and not noun:
        classes.add("VERB")
    if not classes:  # in the list without a class flag: a form of another word ("verloor")
        from wb.nlp import lemmatize

        lemma = lemmatize(word)
        if lemma != word and lemma in words:
            return word_classes(lemma)
        classes.add("OTHER")  # adverbs and other words without a class flag ("achteraf")
    return frozenset(classes)


def is_known_word(word: str) -> bool:
    """True when the word is in the Dutch word list (always True without the list)."""
    words = dictionary()
    return True if words is None else word in words


def is_bare_verb(word: str) -> bool:
    """True for a word that can only be a verb ("zeggen", "lopen")."""
    return word_classes(word) == frozenset({"VERB"})


def at_sentence_start(text: str, start: int) -> bool:
    """True when the word at `start` opens a sentence, line or quote."""
    before = text[max(0, start - 3) : start]
    return start == 0 or "\n" in before or bool(_SENTENCE_END.search(before))


def is_name_token(text: str, start: int, word: str, pos: str = "") -> bool:
    """True when the written word at `start` is a name (PROPN or capitalised mid-sentence)."""
    if pos == "PROPN":
        return True
    if not word[:1].isupper():
        return False
    if not at_sentence_start(text, start):
        return True
    return not is_known_word(word.lower()) and dictionary() is not None and word[1:].islower()


def written_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of every alphabetic word of a text."""
    return [(m.start(), m.group()) for m in _WORD.finditer(text)]


def display_forms(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Per lemma its most frequent written (lowercase) form among (lemma, written) pairs."""
    counts: dict[str, Counter[str]] = {}
    for lemma, written in pairs:
        counts.setdefault(lemma, Counter())[written] += 1
    return {lemma: c.most_common(1)[0][0] for lemma, c in counts.items()}


def keyword_ok(word: str, stop: frozenset[str]) -> bool:
    """A written keyword a reader understands: no stop/generic word, bare verb or non-word."""
    if len(word) < 3 or word in stop or word in GENERIC_WORDS or not word.isalpha():
        return False
    if _PRONOMINAL.match(word):
        return False
    if is_bare_verb(word):
        return False
    classes = word_classes(word)
    return bool(classes & {"NOUN", "ADJ"})


def noun_phrases(text: str, stop: frozenset[str] | None = None) -> list[str]:
    """Noun phrases of a text as written (lowercase): ADJ* NOUN ((link) DET? ADJ* NOUN)?."""
    stop = function_words() if stop is None else stop
    words = written_words(text)
    out = []
    i = 0
    n = len(words)

    def content(j: int) -> str | None:
        if j >= n:
            return None
        start, w = words[j]
        if is_name_token(text, start, w):
            return None
        low = w.lower()
        if low in stop or low in GENERIC_WORDS or len(low) < 3:
            return None
        return low

    def gap(a: int, b: int) -> bool:  # only spaces between word a and word b
        end = words[a][0] + len(words[a][1])
        return text[end : words[b][0]].strip() == ""

    while i < n:
        j = i
        adjs = []
        while (
            (w := content(j)) is not None
            and "ADJ" in word_classes(w)
            and j + 1 < n
            and gap(j, j + 1)
        ):
            adjs.append(w)
            j += 1
        head = content(j)
        if head is None or "NOUN" not in word_classes(head) or is_bare_verb(head):
            i += 1
            continue
        phrase = [*adjs, head]
        k = j + 1
        if k < n and words[k][1].lower() in LINKS and gap(j, k):
            m = k + 1
            if m < n and words[m][1].lower() in DETERMINERS and gap(k, m):
                m += 1
            while (w := content(m)) is not None and "ADJ" in word_classes(w) and m + 1 < n:
                if not gap(m, m + 1) or content(m + 1) is None:
                    break
                m += 1
            tail = content(m)
            if tail is not None and "NOUN" in word_classes(tail) and gap(m - 1, m):
                phrase = [*adjs, head, *(words[q][1].lower() for q in range(k, m)), tail]
        out.append(" ".join(phrase))
        i = j + 1
    return out


def theme_label(passages: Sequence[str], keywords: Sequence[str], max_words: int = 5) -> str:
    """A short noun phrase for the theme, or its two best keywords.

    Candidates are the noun phrases of at least two content words that occur in at least two of
    the theme's passages and hold one of its five best keywords; the one with the most passages
    (times the weight of its best keyword) wins. Numbers, months and other stop words of the
    field do not count as content words; its common nouns (kind, vader, jeugdzorg) do.
    """
    if not keywords:
        return ""
    from wb.themes.embed import DOMAIN_STOP_WORDS

    top = {w: 1 - r / 5 for r, w in enumerate(keywords[:5])}
    allowed = DOMAIN_NOUNS
    seen: Counter[str] = Counter()
    for text in passages:
        seen.update(set(noun_phrases(text)))
    best, best_score = "", 0.0
    for phrase, count in seen.items():
        parts = [p for p in phrase.split() if p not in LINKS | DETERMINERS]
        if count < 2 or len(parts) < 2 or len(phrase.split()) > max_words:
            continue
        if any(p in DOMAIN_STOP_WORDS and p not in allowed for p in parts):
            continue
        weight = max((top[p] for p in parts if p in top), default=0.0)
        score = count * weight
        if score > best_score or (score == best_score and score and phrase < best):
            best, best_score = phrase, score
    # fallback: the two best keywords, words that can only be nouns first
    order = sorted(
        keywords,
        key=lambda k: (word_classes(k) != {"NOUN"}, "NOUN" not in word_classes(k)),
    )
    return best or ", ".join(order[:2])


def readable_keywords(
    ranked_lemmas: Sequence[str],
    pairs: Iterable[Sequence[tuple[str, str]]],
    stop: frozenset[str],
    top_n: int = 10,
) -> tuple[list[str], list[str]]:
    """(keywords as written, their lemmas): ranked lemmas a reader understands, top_n of them.

    A lemma that never occurs among the theme's (lemma, written) pairs is left out, so is a
    written form that is a stop/generic word, a bare verb or no noun/adjective.
    """
    forms = display_forms(p for passage in pairs for p in passage)
    keywords: list[str] = []
    lemmas: list[str] = []
    for lemma in ranked_lemmas:
        form = forms.get(lemma)
        if form is None or form in keywords or not keyword_ok(form, stop):
            continue
        keywords.append(form)
        lemmas.append(lemma)
        if len(keywords) >= top_n:
            break
    return keywords, lemmas
