"""Feature strings of word types for wb's tagger (``wb.nlp.tagger``), from the word and wb's
lexicon: word, suffixes, shape, word classes of the form and its lemma, OpenTaal's classes, and
the verb-form tests the tagger's rules use; and the features of each token of a sentence
(:func:`sentence_features`, with the clause context of :func:`context_keys`) that training and
tagging sum alike."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wb.lang import word_set
from wb.nlp.lexicon import Lexicon

OFFSETS = (-2, -1, 0, 1, 2)
BOS, EOS = "<s>", "</s>"
# Frequent function words: their own class in pair features ("ze werken", "de werken").
FUNCTION_WORDS = word_set("tagger_function_words.txt")
_DIGIT = re.compile(r"\d")
_NOUN_BIT = 1  # wb.nlp.lexicon.POS_BITS["noun"]
VERB_BIT = 2  # wb.nlp.lexicon.POS_BITS["verb"]


def shape(word: str) -> str:
    """Coarse shape: a (lower), A (capital), AA (all caps), 9 (digits), . (punctuation) ..."""
    if word.isalpha():
        if word.islower():
            return "a"
        if word.isupper():
            return "AA" if len(word) > 1 else "A1"
        return "A" if word[0].isupper() and word[1:].islower() else "Aa"
    if _DIGIT.search(word):
        return "9" if word.isdigit() else "9x"
    if not any(ch.isalnum() for ch in word):
        return "."
    if "-" in word:
        return "A-" if word[0].isupper() else "a-"
    return "A'" if word[0].isupper() else "x"


class WordFeatures:
    """Feature strings of word types, from the word and wb's lexicon."""

    def __init__(self, lexicon: Lexicon, own_class: frozenset[str] = FUNCTION_WORDS) -> None:
        self.lexicon = lexicon
        # words that are their own class in pair features (function words, frequent words)
        self.own_class = own_class

    def classes(self, word: str) -> tuple[str, str, str]:
        """(word-class bits of the form, of its table lemma, OpenTaal capital kind)."""
        lex = self.lexicon
        low = word.lower()
        mask = lex.pos_mask.get(low, 0)
        lemma = lex.table.get(low)
        if lemma is None:
            lemma_class = "?" if low not in lex.lemmas else "k"
        elif lemma == low:
            lemma_class = "="
        else:
            lemma_class = str(lex.pos_mask.get(lemma, 0))
        return str(mask), lemma_class, lex.caps.get(low, "-")

    def word_class(self, word: str) -> str:
        """Small class of a word for pair features: function words themselves, else word
        classes and shape."""
        if word in (BOS, EOS):
            return word
        low = word.lower()
        if low in self.own_class:
            return low
        mask, lemma_class, cap = self.classes(word)
        return f"{mask}|{lemma_class}|{cap}|{shape(word)}"

    def verbal(self, word: str) -> bool:
        """True for a form that looks like an infinitive or participle of a known verb."""
        low = word.lower()
        lex = self.lexicon
        lemma = lex.table.get(low, low)
        if lemma not in lex.verbs:
            return False
        return low == lemma or low.startswith("ge") or "ge" in low[2:6] or low.endswith("en")

    def verb_form(self, word: str) -> int:
        """2 for a form that looks like a participle of a known verb (ge-, -d, -t, -en), 1 for
        a verb lemma (infinitive), 0 otherwise; wider than :meth:`verbal` (for the rules)."""
        low = word.lower()
        lex = self.lexicon
        lemma = lex.table.get(low, low)
        if lemma not in lex.verbs and low not in lex.verbs:
            return 0
        if low == lemma:
            return 1
        if low.startswith("ge") or "ge" in low[2:6] or low.endswith(("d", "t", "en")):
            return 2
        return 0

    def reading(self, low: str) -> int:
        """FINITE_READING, ADJ_READING and PLURAL_NOUN_READING bits of a lowercase form
        (tagger_rules): a finite form of a known verb ('las', 'wacht'; not the infinitive, not
        a ge- participle), an adjective ('mis'), a plural noun in -en ('werken' -> 'werk')."""
        lex = self.lexicon
        lemma = lex.pos_exc["VERB"].get(low) or lex.table.get(low, low)
        finite = lemma != low and lemma in lex.verbs and not low.startswith("ge")
        noun = lex.pos_exc["NOUN"].get(low, low) != low and low.endswith("en")
        return (
            (1 if finite else 0) | (2 if lex.pos_mask.get(low, 0) & 4 else 0) | (4 if noun else 0)
        )

    def present_participle(self, low: str) -> bool:
        """True for a present participle of a known verb ('winnende', 'lopend', 'gaande')."""
        stem = low[: -len(low.rsplit("d", 1)[1]) - 1] if "d" in low[-3:] else ""
        lex = self.lexicon
        return stem.endswith("n") and (
            stem in lex.verbs or bool(lex.pos_mask.get(stem, 0) & VERB_BIT)
        )

    def compound_noun(self, word: str) -> bool:
        """True for a capitalised hyphenated compound whose last part is a lowercase noun."""
        if not word[:1].isupper() or "-" not in word[1:-1]:
            return False
        head = word.rsplit("-", 1)[1]
        if not (head.isalpha() and head.islower()):
            return False
        lex = self.lexicon
        mask = lex.pos_mask.get(head, 0) | lex.pos_mask.get(lex.table.get(head, head), 0)
        return bool(mask & _NOUN_BIT)

    def by_offset(self, word: str) -> dict[int, list[str]]:
        """Features of a word when it stands at each offset from the tagged token."""
        if word in (BOS, EOS):
            return {k: [f"{k}w{word}"] for k in OFFSETS}
        low = word.lower()
        mask, lemma_class, cap = self.classes(word)
        sh = shape(word)
        own = [
            f"w{low}",
            f"c{sh}",
            f"m{mask}",
            f"l{lemma_class}",
            f"o{cap}",
            f"ml{mask}|{lemma_class}|{cap}|{sh}",
        ]
        own += [f"s{n}{low[-n:]}" for n in (1, 2, 3, 4, 5) if len(low) > n]
        hun = self.lexicon.word_classes.get(low, "-")
        own += [f"h{hun}", f"hs{hun}|{sh}|{mask}"]
        head = word.rsplit("-", 1)[-1]
        if head != word and head:  # FARC-rebellen: the classes of the part after the hyphen
            head_mask, head_lemma, _ = self.classes(head)
            own.append(f"y{head_mask}|{head_lemma}|{shape(head)}")
        own.append(f"p{low[:3]}" if len(low) > 4 else "p")
        near = [
            f"w{low}",
            f"c{sh}",
            f"m{mask}",
            f"l{lemma_class}",
            f"o{cap}",
            f"s2{low[-2:]}",
            f"s3{low[-3:]}",
            f"h{hun}",
        ]
        far = [f"w{low}", f"m{mask}", f"c{sh}"]
        out: dict[int, list[str]] = {0: [f"0{f}" for f in own]}
        for k in (-1, 1):
            out[k] = [f"{k}{f}" for f in near]
        for k in (-2, 2):
            out[k] = [f"{k}{f}" for f in far]
        return out


# Words that join a clause, for the auxiliary-verb context (is ... gewonnen).
CLAUSE_BREAKS = frozenset(", ; : ( )".split()) | word_set("tagger_clause_breaks.txt")
# Name particles: "van der" in "Rafael van der Vaart" is part of a name.
NAME_PARTICLES = word_set("tagger_name_particles.txt")
# Words whose class depends on the shapes of both neighbours: name particles ("van der" in
# "Rafael van der Vaart") and dashes (SYM in a score "2 - 1", PUNCT elsewhere).
SHAPE_CONTEXT = NAME_PARTICLES | frozenset({"-", "–"})


def context_keys(
    words: Sequence[str], feats: WordFeatures, special: frozenset[str]
) -> list[str | None]:
    """Clause context of special words: auxiliaries (a verb form later/earlier in the clause)
    and name particles and dashes (shapes of both neighbours); None for other words."""
    n = len(words)
    lows = [w.lower() for w in words]
    verbal = [feats.verbal(w) for w in words]
    breaks = [low in CLAUSE_BREAKS for low in lows]
    after = [False] * n
    seen = False
    for i in range(n - 1, -1, -1):
        after[i] = seen
        seen = False if breaks[i] else seen or verbal[i]
    keys: list[str | None] = []
    seen = False
    for i, low in enumerate(lows):
        if low not in special:
            keys.append(None)
        elif low in SHAPE_CONTEXT:
            prev = shape(words[i - 1]) if i else BOS
            nxt = shape(words[i + 1]) if i + 1 < n else EOS
            keys.append(f"X{low}|{prev}|{nxt}")
        else:
            keys.append(f"X{low}|{int(after[i])}{int(seen)}")
        seen = False if breaks[i] else seen or verbal[i]
    return keys


def sentence_features(
    words: Sequence[str], feats: WordFeatures, special: frozenset[str] = frozenset()
) -> list[list[str]]:
    """Training features of each token of one sentence (same sums as at tagging time)."""
    keys = context_keys(words, feats, special)
    padded = [BOS, BOS, *words, EOS, EOS]
    by_offset = [feats.by_offset(w) for w in padded]
    classes = [feats.word_class(w) for w in padded]
    out = []
    for i in range(2, len(padded) - 2):
        row = ["bias"]
        for k in OFFSETS:
            row += by_offset[i + k][k]
        row.append(f"P{classes[i - 1]}>{classes[i]}")
        row.append(f"N{classes[i]}>{classes[i + 1]}")
        if i == 2:
            row.append(f"S{classes[i]}")
        key = keys[i - 2]
        if key is not None:
            row.append(key)
        out.append(row)
    return out
