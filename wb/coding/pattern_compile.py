"""Compile one codebook pattern into the lookup tables of a :class:`wb.coding.suggest.Suggester`.

A phrase is indexed by the forms (lowercase and lemma) of its first word, a one-word phrase
also as a separable verb (and, with ``expand``, inside compounds and as an agent noun's verb);
an all-of pattern keeps the forms of each word; a regex is checked and compiled; a token
pattern goes to spaCy's Matcher. The tables are read by :mod:`wb.coding.matching`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex
from spacy.language import Language

from wb.codebook import CodebookError, Pattern, regex_problem
from wb.coding import evidence
from wb.coding.compounds import agent_verb
from wb.coding.matching import _AllOf, _Phrase, _Separable
from wb.nlp.separable import split_separable

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester


def pattern_forms(nlp: Language, words: str) -> tuple[frozenset[str], ...]:
    """Per word of a pattern, its lowercase form and its lemma as the pipeline reads them."""
    doc = nlp.make_doc(words)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return tuple(frozenset({t.lower_, t.lemma_.lower()}) for t in doc if not t.is_space)


def compile_pattern(suggester: Suggester, pattern: Pattern, code: str) -> None:
    """Add one pattern of `code` to the suggester's tables (phrases, all-of, regexes, tokens)."""
    rule = pattern.rule
    if pattern.kind == "phrase":
        words = pattern_forms(suggester.nlp, pattern.value)
        phrase = _Phrase(words, code, rule)
        for first in words[0]:
            suggester.phrases_[first].append(phrase)
        if len(words) == 1:
            for form in words[0]:
                if suggester.expand:  # the word inside a compound; an agent noun's verb
                    suggester.inner_[form].append(phrase)
                    if verb := agent_verb(form):
                        form = verb
                        suggester.phrases_[verb].append(_Phrase((frozenset({verb}),), code, rule))
                split = split_separable(form)
                if split:
                    sep = _Separable(*split, code=code, rule=rule)
                    suggester.separables_[split[1]].append(sep)
    elif pattern.kind == "all":
        lemmas = tuple(frozenset().union(*pattern_forms(suggester.nlp, w)) for w in pattern.value)
        splits = tuple(
            tuple(split for form in sorted(forms) if (split := split_separable(form)))
            for forms in lemmas
        )
        suggester.all_of_.append(_AllOf(lemmas, splits, code, rule))
        words = tuple(str(w).lower() for w in pattern.value)
        joined = "".join(words)
        verb = split_separable(joined) == words
        if "participle" in evidence.ENABLED and len(words) > 1 and not verb:
            # its words written as one: {all: [uit, huis, plaatsen]} in "uithuisplaatsen";
            # not a particle + verb ({all: [terug, kijken]}): that is the verb of its own
            suggester.phrases_[joined].append(_Phrase((frozenset({joined}),), code, rule))
    elif pattern.kind == "regex":
        problem = regex_problem(pattern.value)
        if problem is not None:  # a Pattern made in code, not loaded through a codebook
            raise CodebookError(suggester.codebook.name, [(pattern.line, problem)])
        compiled = regex.compile(pattern.value, regex.IGNORECASE | regex.VERSION0)
        suggester.regexes_.append((compiled, code, rule))
    elif pattern.kind == "tokens":
        key = f"{code}\x00{rule}"
        value = [
            {k: (v.lower() if k == "LEMMA" and isinstance(v, str) else v) for k, v in t.items()}
            for t in pattern.value
        ]
        suggester.matcher_.add(key, [value])
        suggester.matcher_rules_[suggester.nlp.vocab.strings[key]] = (code, rule)
