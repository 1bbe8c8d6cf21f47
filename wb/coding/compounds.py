"""A one-word pattern inside a compound of the text (codebook suggestions with ``expand``).

A researcher writes the word of a topic ("verzuim", "leerplicht", "thuiszitter"); texts write it
as a part of a longer word ("schoolverzuim", "leerplichtwet", "thuiszittersproblematiek"). A
pattern word of at least :data:`MIN_LETTERS` letters matches a text word whose compound split
(wb's lexicon, every part a known word) has it as head or as first part. An agent noun of a
separable verb ("thuiszitter") also finds the verb, whole or split ("zit al maanden thuis").
A compound the codebook itself writes elsewhere (the project's name "Leernetwerk", another code's
"steuncultuur") belongs to that place and is no hit of its part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wb.codebook import Codebook

#: Letters a pattern word needs before it is looked for inside compounds (not "rust", "kind").
MIN_LETTERS = 6
#: Letters a text word needs before it is split into parts.
MIN_COMPOUND = 9
#: A compound's head is also read as the text writes it, where the lemma out of context clipped
#: it ("kinderarmoede": "armoede", not only "armoed"; codes24).
LITERAL_HEAD = True


@lru_cache(maxsize=65536)
def _split(lemma: str) -> tuple[str, ...]:
    """The known parts of a compound lemma, its head as the text writes it; () for no compound."""
    from wb.nlp import compound_parts, is_known, lemmatize

    if len(lemma) < MIN_COMPOUND or not lemma.isalpha():
        return ()
    parts = compound_parts(lemma)
    # every part a known word of 4+ letters: "aan" + "melding" is a verb's noun, no compound
    if len(parts) < 2 or any(len(p) < 4 or not is_known(p) for p in parts):
        return ()
    head = parts[-1]
    if LITERAL_HEAD and not lemma.endswith(head):
        # the parts come from the word's lemma out of context, which may clip a noun's -e
        # ("kinderarmoede" -> "kinder" + "armoed"): the head as the text writes it counts too
        source = lemmatize(lemma)
        cut = len(source) - len(head)
        if source.endswith(head) and cut > 0 and lemma.startswith(source[:cut]):
            head = lemma[cut:]
    return (*parts[:-1], head)


@lru_cache(maxsize=65536)
def compound_ends(lemma: str) -> frozenset[str]:
    """The head and the first part (as a lemma, linking s off) of a compound lemma, or none."""
    from wb.nlp import is_known, lemmatize

    parts = _split(lemma)
    if not parts:
        return frozenset()
    head = parts[-1]
    modifier = lemma[: len(lemma) - len(head)]
    found = {head, parts[0], lemmatize(parts[0]), modifier, lemmatize(modifier)}
    if modifier.endswith("s") and is_known(modifier[:-1]):
        found |= {modifier[:-1], lemmatize(modifier[:-1])}
    return frozenset(w for w in found if len(w) >= MIN_LETTERS and w != lemma and is_known(w))


def compound_head(lemma: str) -> str:
    """The head of a compound lemma ("echtscheiding" -> "scheiding") when it has at least
    :data:`MIN_LETTERS` letters, else ''."""
    parts = _split(lemma)
    return parts[-1] if parts and len(parts[-1]) >= MIN_LETTERS else ""


def agent_verb(word: str) -> str:
    """The separable verb of an agent noun ("thuiszitter" -> "thuiszitten"), or ''."""
    from wb.nlp import is_known
    from wb.nlp.separable import split_separable

    if not word.endswith("er"):
        return ""
    verb = word[:-2] + "en"
    return verb if is_known(verb) and split_separable(verb) else ""


def codebook_words(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Each word the codebook writes (and its lemma), with the codes whose text holds it ('' for
    the codebook's name)."""
    from wb.nlp import lemmatize

    owners: dict[str, set[str]] = {}
    texts = [("", codebook.name)]
    for code in codebook.walk():
        words = [str(w) for p in code.patterns if p.kind in ("phrase", "all") for w in p.value]
        text = " ".join([code.name, code.description, code.include, code.exclude, *words])
        texts.append((code.path, " ".join([text, *code.examples])))
    for path, text in texts:
        for word in re.findall(r"\w+", text.lower()):
            for form in {word, lemmatize(word)}:
                owners.setdefault(form, set()).add(path)
    return {w: frozenset(o) for w, o in owners.items()}


def elsewhere(word: str, code: str, owners: dict[str, frozenset[str]]) -> bool:
    """True when the codebook writes the compound in another code's text or in its own name."""
    return bool(owners.get(word, frozenset()) - {code})
