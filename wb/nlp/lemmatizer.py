"""wb's Dutch lemmatiser: lemma tables, wb exceptions, suffix rules and compound heads.

Works without a part-of-speech tagger. A word form is lowercased and looked up in, by priority,
wb's exception table, simplemma's Dutch dictionary and spaCy's Dutch lookup table; a word none
of them knows goes through suffix rules (plurals, diminutives, verb endings, participles,
comparatives), then through compound splitting (the lemma of the longest known head, with the
modifier kept as written: ``loyaliteitsconflicten`` -> ``loyaliteitsconflict``).

Case: lemmas are lowercase, except for words that no table or rule knows and that are written
with a capital (names, acronyms: ``Amsterdam``, ``NK``), which keep their spelling. Codebook
matching compares lemmas case-insensitively.

Noun/verb homographs in -en take the table's reading (``zorgen`` -> ``zorg``), so a codebook
pattern ``zorgen`` matches both the verb and the noun, because patterns are lemmatised too.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from wb.nlp.lexicon import Lexicon, get_lexicon
from wb.nlp.rules import rule_lemma, split_head, strip_link

_ORDINAL = re.compile(r"^(\d+)(?:e|de|ste)$")
# Words after which a noun-plural/infinitive homograph (werken, zorgen) is read as a verb.
VERB_CONTEXT = frozenset(
    "te om kan kunnen kon konden moet moeten moest moesten wil willen wilde wilden zal zullen "
    "zou zouden mag mogen mocht mochten ga gaat gaan ging gingen blijft blijven laat laten "
    "we wij ze zij jullie u ik je jij hij".split()
)
# Prefixes that look like words but do not make compounds (verliezen is not ver + liezen).
VERB_PREFIXES = frozenset({"ver", "ont", "her", "mis", "over", "onder", "door", "voor", "achter"})
DESCRIPTION = "wb: uitzonderingen + simplemma + spaCy-lookup + regels + samenstellingen"


class DutchLemmatizer:
    """Maps Dutch word forms to lemmas, with a cache per form."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or get_lexicon()
        self._cache: dict[str, str] = {}
        # noun plurals that are also infinitives, read as verbs in a verb context
        self.verb_readings: dict[str, str] = {}

    def lemma(self, form: str) -> str:
        """Lowercase lemma of a word form (see module docstring for the case rule)."""
        low = form.lower()
        lemma = self._cache.get(low)
        if lemma is None:
            lemma = self._compute(low, depth=0)
            self._cache[low] = lemma
        return lemma

    def cased_lemma(self, form: str) -> str:
        """Lemma, keeping the spelling of capitalised words that nothing knows."""
        lemma = self.lemma(form)
        if 1 < len(form) <= 5 and form.isupper():
            return form  # acronym: EK, NK, VN
        if form[:1].isupper() and lemma == form.lower() and not self.is_known(lemma):
            return form
        return lemma

    def is_known(self, word: str) -> bool:
        """True when the lexicon knows the lowercase word as a form or a lemma."""
        return self.lexicon.is_known(word)

    def _compute(self, low: str, depth: int) -> str:
        if not any(ch.isalpha() for ch in low):
            return low
        ordinal = _ORDINAL.match(low)
        if ordinal:
            return ordinal.group(1)  # 19e, 49ste -> 19, 49 (as for eerste -> één)
        lex = self.lexicon
        lemma = lex.table_lemma(low)
        if lemma is not None:
            return self._prefer_own_reading(low, lemma)
        if "-" in low.strip("-"):
            prefix, _, last = low.rpartition("-")
            return prefix + "-" + self._compute(last, depth + 1) if last else low
        lemma = rule_lemma(low, lex.lemmas.__contains__)
        if lemma is not None:
            return lemma
        if depth < 2:
            split = split_head(low, lex.is_known, self._is_modifier)
            if split is not None:
                modifier, head = split
                return modifier + self._compute(head, depth + 1)
        return low

    def _prefer_own_reading(self, low: str, lemma: str) -> str:
        """Resolve word-class clashes between the form and the table's lemma."""
        lex = self.lexicon
        if lemma == low or low in lex.exceptions:
            return lemma
        if low.endswith("en") and low in lex.verbs:
            # werken, zitten: plural noun by default, the verb after te, kan, wil, ze, ...
            self.verb_readings[low] = low
            return lemma
        if lemma in (low + "en", low + low[-1] + "en") and low in lex.lemma_values:
            return low  # start, kaart, stap: the nouns, not the verbs starten, kaarten ...
        if lemma.endswith(("d", "t")) and low.endswith("e"):
            verb = lex.table_lemma(lemma)
            if verb is not None and verb in lex.verbs:
                return verb  # gemengde -> gemengd -> mengen (inflected participle)
        if low.endswith("end"):
            verb = low[:-3] + "en"
            if verb in lex.verbs:
                return verb  # verdedigend -> verdedigen (present participle)
        return lemma

    def _is_modifier(self, modifier: str) -> bool:
        known = self.lexicon.is_known
        if modifier in VERB_PREFIXES:
            return False
        if strip_link(modifier, known) is not None:
            return True
        return split_head(modifier, known, lambda m: strip_link(m, known) is not None) is not None

    def compound_parts(self, word: str) -> list[str]:
        """Known parts of a compound's lemma, linking elements removed; else ``[lemma]``."""
        return self._split_lemma(self.lemma(word), depth=0)

    def _split_lemma(self, lemma: str, depth: int) -> list[str]:
        known = self.lexicon.is_known
        if depth > 3:
            return [lemma]
        split = split_head(lemma, known, self._is_modifier)
        if split is None:
            return [lemma]
        modifier, head = split
        base = strip_link(modifier, known)
        if base is None:
            base = modifier
        # a modifier that is itself a compound keeps its parts only when it is no known word
        if known(base):
            return [base, head]
        return [*self._split_lemma(base, depth + 1), head]


@Language.factory("wb_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LemmatizerComponent:
    """spaCy factory of wb's lemmatiser component."""
    return LemmatizerComponent(DutchLemmatizer())


class LemmatizerComponent:
    """spaCy component setting ``token.lemma_`` with :class:`DutchLemmatizer`."""

    def __init__(self, lemmatizer: DutchLemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._by_orth: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token."""
        cache = self._by_orth
        strings = doc.vocab.strings
        verb_readings = self.lemmatizer.verb_readings
        previous = ""
        for token in doc:
            lemma = cache.get(token.orth)
            if lemma is None:
                lemma = strings.add(self.lemmatizer.cased_lemma(token.text))
                cache[token.orth] = lemma
            if previous in VERB_CONTEXT and verb_readings:
                verb = verb_readings.get(token.lower_)
                if verb is not None:
                    lemma = strings.add(verb)
            token.lemma = lemma
            previous = token.lower_
        return doc
