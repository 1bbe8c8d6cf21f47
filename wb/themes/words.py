"""Words a reader understands: word classes, names, written forms and noun phrases.

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
* Noun phrases are ADJ* NOUN, optionally followed by van/met/voor/... DET? ADJ* NOUN; a theme's
  name is chosen from them in phrase_names.py.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wb.lang import table, word_set, words

if TYPE_CHECKING:
    from wb.themes.embed import Word

DICTIONARY_PATHS = ("/usr/share/hunspell/nl.dic", "/usr/share/hunspell/nl_NL.dic")
# Words that are valid Dutch but say nothing as a theme word (issue 11 §3: "nodig"), and shell
# nouns ("aanleiding", "situatie", "begin") whose meaning comes from the clause around them.
GENERIC_WORDS = word_set("theme_generic_words.txt") | word_set("theme_shell_nouns.txt")
# Pronominal adverbs ("waarbij", "daardoor", "hierin") are function words.
_PRONOMINAL = re.compile(
    r"^(?:waar|daar|hier|er)(?:aan|achter|bij|binnen|door|in|langs|mee|na|naar|naast|om|onder|"
    r"op|over|tegen|toe|tussen|uit|van|voor|zonder)$"
)
# Common nouns of the field: too common as keywords, fine inside a label ("contact met vader").
DOMAIN_NOUNS = word_set("theme_domain_nouns.txt")
LINKS = word_set("theme_links.txt")
# Time and quantity units, meta nouns, kinds of text, nouns of stock phrases, speakers: they may be
# keywords but head no theme name ("minuten met een rechter", "wereld van verschil").
# Nouns for any person ("personen", "leden"): vague heads, and no content word of a phrase.
PERSON_NOUNS = word_set("theme_person_nouns.txt")
VAGUE_HEADS = word_set("theme_vague_heads.txt") | PERSON_NOUNS
# Role nouns ("rechter", "voorzitter") never modify a noun: a role tagged ADJ before one is a
# subject before an object, "de rechter ouders [laat verplichten]" (themes14).
ROLE_WORDS = frozenset(row[0] for row in table("roles.txt", 3))
# Possessives may stand in a phrase but are not shown ("behandeling van klachten", themes8).
POSSESSIVES = word_set("theme_possessives.txt")
DETERMINERS = word_set("theme_determiners.txt") | POSSESSIVES
# Kinds of text and meta nouns that keep a compound vague ("kamerbrief", "beleidsreactie").
VAGUE_COMPOUND_ENDS = word_set("theme_vague_compound_ends.txt")
# Fixed expressions that work as a preposition ("in verband met"): their nouns are no phrase part.
FIXED_EXPRESSIONS = tuple(tuple(line.split()) for line in words("theme_fixed_expressions.txt"))
# Idioms ("met de deur in huis vallen"): none of their words is part of a name (themes8).
IDIOMS = tuple(tuple(line.split()) for line in words("theme_idioms.txt"))
# a participle of a verb with a separable prefix ("voortgezet", "opgelegde", "uitgesproken")
_SPLIT_PARTICIPLE = re.compile(r"^[a-z]{2,5}ge[a-z]{2,}(?:d|t|de|te|en)$")
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
        if lemma != word and lemma in words and word not in _FOLLOWING:
            found = _classes_of_lemma(word, lemma)
            if found == {"VERB"} and _plural_of_noun(word):  # "betrokkenen" (themes-plurals)
                return found | {"NOUN"}
            return found
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
        if lemma != word and lemma in words and word not in _FOLLOWING:
            found = _classes_of_lemma(word, lemma)
            # a verb's stem the list holds with a past-tense flag only ("zicht" of "zichten",
            # "huur" of "huren") is a noun too when wb's lemma tables know it as one: its lemma
            # alone reads it as a bare verb (themes-plurals)
            stem = any(f[:1] == "V" and f != "Vi" for f in flags)
            if found == {"VERB"} and stem and _table_noun(word):
                return found | {"NOUN"}
            return found
        classes.add("OTHER")  # adverbs and other words without a class flag ("achteraf")
    return frozenset(classes)


_FOLLOWING: set[str] = set()  # words whose lemma word_classes is reading now (a lemma cycle)


def _table_noun(word: str) -> bool:
    """True when wb's lemma tables (spaCy's Dutch index and exceptions) know the word itself as
    a noun ("zicht", "boete")."""
    from wb.nlp.lexicon import POS_BITS, get_lexicon

    return bool(get_lexicon().pos_mask.get(word, 0) & POS_BITS["noun"])


def _plural_of_noun(word: str) -> bool:
    """True when the word is a regular plural (-n, -en, -s) of the noun wb's lemma tables give it
    as a NOUN and the word list knows that noun ("betrokkenen" of "betrokkene")."""
    from wb.nlp import _lemmatizer

    noun = _lemmatizer().tagged_lemma(word, "NOUN", plural=True)
    if noun == word or word not in {noun + e for e in ("n", "en", "s")} or noun in _FOLLOWING:
        return False
    return "NOUN" in _classes_of_lemma(word, noun)


def _classes_of_lemma(word: str, lemma: str) -> frozenset[str]:
    """The classes of a word's lemma; a lemma that leads back to the word ("voorhand",
    "voorhanden") is not followed again."""
    _FOLLOWING.add(word)
    try:
        return word_classes(lemma)
    finally:
        _FOLLOWING.discard(word)


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
    if _PRONOMINAL.match(word) or is_emphasised(word):
        return False
    if is_bare_verb(word):
        return False
    classes = word_classes(word)
    return bool(classes & {"NOUN", "ADJ"})


COMMON_PHRASE_WEIGHT = 0.2  # as much as the fifth keyword
_PLURAL_ENDINGS = ("en", "s", "'s", "eren")


def noun_form(lemma: str, written: Counter[str]) -> str:
    """How a reader sees a noun: its lemma when the text writes it so or as a regular plural
    ("wachtlijsten" -> "wachtlijst", "kinderen" -> "kind"), else its most frequent written form
    (a lemmatiser error such as "keet" from "keten" or "gevoelen" from "gevoelens" stays out)."""
    if lemma in written:
        return lemma
    form = written.most_common(1)[0][0]
    for ending in _PLURAL_ENDINGS:
        if form == lemma + ending and not (ending == "s" and lemma.endswith("en")):
            return lemma
    # a noun in -e takes -n ("boete" -> "boeten"): the plural the word list knows only as a
    # verb ("boeten") would read as a bare verb (themes-plurals)
    if lemma.endswith("e") and form == lemma + "n":
        return lemma
    if form in _spelled_plurals(lemma):
        return lemma
    # a plural with a halved vowel that the word list knows only as a verb ("ogen", "sporen")
    # reads as a bare verb: its noun lemma says what it is ("oog", "spoor") (themes14)
    if form == _halved_plural(lemma) and is_bare_verb(form) and "NOUN" in word_classes(lemma):
        return lemma
    return form


def _halved_plural(lemma: str) -> str:
    """The plural of a noun with a long vowel written double before its last consonant, written
    once in the open syllable ("oog" -> "ogen", "spoor" -> "sporen"), or ""."""
    m = re.search(r"(?:^|[^aeiou])(aa|ee|oo|uu)([b-df-hj-np-tv-z])$", lemma)
    if not m or m.group(2) in "sf":  # "huis" -> "huizen": a voiced plural (_spelled_plurals)
        return ""
    return lemma[: m.start(1)] + lemma[m.start(1)] + m.group(2) + "en"


_SHORT_VOWEL = re.compile(r"(?:^|[^aeiouy])[aeiou]([b-df-hj-np-tv-z])$")
_LONG_VOWEL = re.compile(r"(?:aa|ee|oo|uu|ie|ei|ij|ui|ou|au|eu|oe)[sf]$")


def _spelled_plurals(lemma: str) -> set[str]:
    """Plurals that keep the vowel and change only the spelling of the last consonant:
    doubled after a short vowel ("plek" -> "plekken") or voiced after a long one ("huis" ->
    "huizen", "brief" -> "brieven"). A halved vowel ("keet" -> "keten") is not one of them:
    "keten" is a word of its own."""
    out = set()
    if m := _SHORT_VOWEL.search(lemma):
        out.add(lemma + m.group(1) + "en")
    if _LONG_VOWEL.search(lemma):
        out.add(lemma[:-1] + {"s": "z", "f": "v"}[lemma[-1]] + "en")
    return out


def placeholder_words(text: str, tokens: Sequence[Word]) -> frozenset[int]:
    """Indexes of the words inside a publisher's placeholder ("minderjarige" of "[minderjarige
    1]", :mod:`wb.nlp.placeholders`): they stand for a name, so they make no keyword, no part of
    a noun phrase and no lead noun; the clustering still reads them (themes18)."""
    from wb.nlp.placeholders import in_placeholder, placeholder_spans

    held = placeholder_spans(text) if "[" in text else []
    if not held:
        return frozenset()
    return frozenset(i for i, w in enumerate(tokens) if in_placeholder(held, w.start))


def fixed_expression_words(tokens: Sequence[Word], text: str = "") -> frozenset[int]:
    """Indexes of the inner words of fixed expressions that work as a preposition ("verband" of
    "in verband met", ``theme_fixed_expressions.txt``), of every word of an idiom ("deur" and
    "huis" of "met de deur in huis vallen", ``theme_idioms.txt``) and of a frozen expression
    ("zijde" of "van de zijde van"): no part of a noun phrase, no lead noun. Given the `text`
    of the tokens, also the words of a publisher's placeholder (:func:`placeholder_words`)."""
    low = [w.text.lower() for w in tokens]
    out: set[int] = set()
    for exprs, inner in ((FIXED_EXPRESSIONS, 1), (IDIOMS, 0)):
        for expr in exprs:
            n = len(expr)
            for i, first in enumerate(low[: len(low) - n + 1]):
                if first == expr[0] and tuple(low[i : i + n]) == expr:
                    out.update(range(i + inner, i + n - inner))
    from wb.themes.frozen_forms import frozen_expression_words

    held = placeholder_words(text, tokens) if text else frozenset()
    return frozenset(out) | frozen_expression_words(tokens) | held  # "van de zijde van" (themes12)


def _content(text: str, w: Word, stop: frozenset[str]) -> bool:
    low = w.text.lower()
    if w.pos == "PROPN" or is_name_token(text, w.start, w.text, w.pos):
        return False
    return len(low) >= 3 and low not in stop and low not in GENERIC_WORDS


def tagged_noun_phrases(
    text: str, stop: frozenset[str] | None = None, cores: bool = False
) -> list[tuple[str, str, tuple[str, ...]]]:
    """(key, written form, content lemmas) of every noun phrase, by the tagger's word classes.

    A phrase is ADJ* NOUN, optionally followed by a link word (van/met/voor/...), a determiner
    and ADJ* NOUN; names (PROPN or capitalised mid-sentence), verbs, adverbs and stop words break
    it. The key joins the lemmas (so "lange wachtlijsten" and "lange wachtlijst" are one phrase).
    With ``cores`` a phrase with a link also yields its ADJ* NOUN start ("lange wachtlijsten" of
    "lange wachtlijsten in de jeugdzorg").
    """
    from wb.themes.embed import tagged_words
    from wb.themes.frozen_forms import frozen_form

    stop = function_words() if stop is None else stop
    words = tagged_words([text])[0]
    n = len(words)
    fixed = fixed_expression_words(words, text)

    def gap(a: int, b: int) -> bool:  # only spaces between word a and word b
        return text[words[a].start + len(words[a].text) : words[b].start].strip() == ""

    def modifier(w: Word) -> bool:  # an adjective or an attributive participle ("gesloten")
        low = w.text.lower()
        participle = w.pos == "VERB" and len(low) >= 6
        participle = participle and (
            low.startswith("ge")
            or bool(_SPLIT_PARTICIPLE.match(low))
            or (len(low) >= 7 and low.endswith("ende"))  # present: "toezichthoudende taak"
        )
        if low in ROLE_WORDS:  # "de rechter ouders": a role before an object (themes14)
            return False
        return (w.pos == "ADJ" or participle) and _content(text, w, stop)

    def adjectives(j: int) -> int:  # index after a run of modifiers directly before a noun
        while j < n and modifier(words[j]):
            if j + 1 >= n or not gap(j, j + 1):
                break
            j += 1
        return j

    def noun(j: int) -> bool:  # no old dative ("koste") or pronoun genitive ("ieders")
        return (
            j < n
            and j not in fixed
            and words[j].pos == "NOUN"
            and _content(text, words[j], stop)
            and not frozen_form(words[j])
        )

    out = []
    i = 0
    while i < n:
        j = adjectives(i)
        if not noun(j):
            i += 1
            continue
        end = j
        k = j + 1
        if k < n and words[k].text.lower() in LINKS and gap(j, k):
            m = k + 1
            if m < n and words[m].text.lower() in DETERMINERS and gap(k, m):
                m += 1
            if m < n and gap(m - 1, m):
                t = adjectives(m)
                if noun(t):
                    end = t
                    if words[k].text.lower() == "tussen":
                        end = _between_pair_end(words, j, t, gap, adjectives, noun)
        for last in (end, j) if cores and end != j else (end,):
            out.append(_phrase(words[i : last + 1]))
        i = j + 1
    return out


def _between_pair_end(
    words: Sequence[Word],
    j: int,
    t: int,
    gap: Callable[[int, int], bool],
    adjectives: Callable[[int], int],
    noun: Callable[[int], bool],
) -> int:
    """The end of a phrase "N tussen X" (N at j, X at t): the second party's noun after "tussen X
    en" ("contact tussen ouder en kind" is one phrase), t without "en" ("contact tussen ouders"),
    and j when the second party is no noun ("contact tussen kind en één van de ouders" gives
    "contact", never the cut "contact tussen kind") (themes10)."""
    n = len(words)
    e = t + 1
    if not (e < n and words[e].text.lower() == "en" and gap(t, e)):
        return t
    m = e + 1
    if m < n and words[m].text.lower() in DETERMINERS and m + 1 < n and gap(m, m + 1):
        m += 1
    last = adjectives(m) if m < n and gap(m - 1, m) else n
    return last if noun(last) else j


def _phrase(span: Sequence[Word]) -> tuple[str, str, tuple[str, ...]]:
    """(key of lemmas, written form, content lemmas) of a run of tagged words; a possessive is
    left out of the key and the written form ("behandeling van hun klachten" is shown as
    "behandeling van klachten" and counts with it)."""

    def lemma(w: Word) -> str:
        return w.lemma.lower() if w.pos in ("NOUN", "ADJ") else w.text.lower()

    span = [w for w in span if w.text.lower() not in POSSESSIVES]
    key = " ".join(lemma(w) for w in span)
    written = " ".join(w.text.lower() for w in span)
    skip = LINKS | DETERMINERS | {"en"}
    parts = tuple(
        lemma(w)
        for w in span
        if w.text.lower() not in skip and (len(span) == 1 or not _in_heads(lemma(w), PERSON_NOUNS))
    )
    return key, written, parts


def content_words(written: str) -> list[str]:
    """The words of a written phrase that carry content: no link word, determiner or noun for
    any person ("wet" of "wet van de leden"); a one-word phrase keeps its word."""
    words_ = [w for w in written.split() if w not in LINKS | DETERMINERS and w != "en"]
    if len(words_) < 2:
        return words_
    return [w for w in words_ if not _in_heads(w, PERSON_NOUNS)]


def noun_phrases(text: str, stop: frozenset[str] | None = None) -> list[str]:
    """Noun phrases of a text as written (lowercase): ADJ* NOUN ((link) DET? ADJ* NOUN)?."""
    return [written for _, written, _ in tagged_noun_phrases(text, stop)]


def is_vague(word: str) -> bool:
    """True for a vague head noun (``theme_vague_heads.txt``), as lemma or regular plural, or a
    compound ending in a kind of text or meta noun (``theme_vague_compound_ends.txt``)."""
    return _in_heads(word, VAGUE_HEADS) or any(
        _in_heads(word[i:], VAGUE_COMPOUND_ENDS) for i in range(3, len(word) - 3)
    )


def _in_heads(word: str, heads: frozenset[str]) -> bool:
    """True when a word is one of `heads` as lemma or regular plural."""
    if word in heads:
        return True
    stem = word[:-2]
    if word.endswith("en") and re.search(r"[aeou][^aeiouy]$", stem):
        if stem[:-1] + stem[-2] + stem[-1] in heads:  # halved vowel: "minuten", "jaren"
            return True
    if word.endswith("en") and word[:-1] in heads:  # "betrokkenen" of "betrokkene"
        return True
    return any(word.endswith(e) and word[: -len(e)] in heads for e in ("en", "s")) or any(
        word in _spelled_plurals(v) for v in heads if word[:2] == v[:2]
    )


def is_vague_head(key: str, written: str) -> bool:
    """True when the head noun of a phrase (the last word before its first link word, as lemma
    or as written) is a vague head ("minuten met een rechter", "focus op de wijzigingen") or an
    infinitive the word list knows only as a verb ("wachten op hulp": a bare verb, issue 11)."""
    lemmas, forms = key.split(), written.split()
    cut = next((i for i, w in enumerate(forms) if i and w in LINKS), len(forms))
    head = forms[cut - 1]
    if is_vague(head) or (dictionary() is not None and is_bare_verb(head)):
        return True
    return len(lemmas) == len(forms) and is_vague(lemmas[cut - 1])


def readable_keywords(
    ranked_lemmas: Sequence[str],
    pairs: Iterable[Sequence[tuple[str, ...]]],
    stop: frozenset[str],
    top_n: int = 10,
) -> tuple[list[str], list[str]]:
    """(keywords as a reader sees them, their lemmas): ranked lemmas a reader understands.

    With (lemma, written, UPOS) triples only lemmas the tagger mostly calls NOUN count, shown
    by :func:`noun_form`; with (lemma, written) pairs the most frequent written form counts when
    the word list says it can be a noun or adjective. Stop/generic words and swear words,
    slurs and insults (:mod:`wb.themes.offensive_words`) are always left out.
    """
    from wb.themes.offensive_words import is_offensive

    written: dict[str, Counter[str]] = {}
    classes: dict[str, Counter[str]] = {}
    tagged = False
    for passage in pairs:
        for lemma, form, *pos in passage:
            if pos and pos[0] == "FROZEN":  # an old dative, "koste" (wb.themes.frozen_forms)
                continue
            written.setdefault(lemma, Counter())[form] += 1
            if pos:
                tagged = True
                classes.setdefault(lemma, Counter())[pos[0]] += 1
    keywords: list[str] = []
    lemmas: list[str] = []
    for lemma in ranked_lemmas:
        if lemma not in written:
            continue
        if tagged:
            if classes.get(lemma, Counter()).most_common(1)[0][0] != "NOUN":
                continue
            form = noun_form(lemma, written[lemma])
            ok = _plain_ok(form, stop) and _plain_ok(lemma, stop)
        else:
            form = written[lemma].most_common(1)[0][0]
            ok = keyword_ok(form, stop)
        if not ok or form in keywords or is_offensive(form) or is_offensive(lemma):
            continue  # a slur quoted in a text is no theme word (themes-words)
        keywords.append(form)
        lemmas.append(lemma)
        if len(keywords) >= top_n:
            break
    return keywords, lemmas


def _plain_ok(word: str, stop: frozenset[str]) -> bool:
    """No stop/generic word, pronominal adverb, emphasised word or non-alphabetic word."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in stop
        and word not in GENERIC_WORDS
        and not _PRONOMINAL.match(word)
        and not is_emphasised(word)
    )


def is_emphasised(word: str) -> bool:
    """True for a word with an emphasis accent ("wéér", "wél"): an acute accent on a word that
    is a word without it. A word written with its own accent ("café") is not one."""
    import unicodedata

    plain = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).replace("\u0301", ""))
    return plain != word and dictionary() is not None and is_known_word(plain)
