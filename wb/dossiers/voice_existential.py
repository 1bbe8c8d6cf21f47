"""Sentences that open with "er is"/"er zijn" and say what a term means or what always holds
(labels32, after round 25): voice ``discussed``.

* :func:`sprake_condition`: a definition by condition. "Er is sprake van X wanneer/als/indien
  ...", "Van X is (pas) sprake als ...": the sentence says when the term applies, not that it
  applies to someone; the term and every term of the condition after it (the definiens) are
  talked about. The term must follow "sprake van" with at most a few words and an optional comma
  before the conditional opener (``voice_condition_openers.txt``), the verb "zijn" is in the
  present, and the sentence names no one in particular (no name, no court placeholder, no person
  word after a definite determiner or possessive other than role words that stand for anyone,
  no pronoun of a case). "Er is sprake van X." without a condition stays applied (the assertion
  guard keeps it, :mod:`wb.dossiers.voice_assertion`).
* :func:`existential_type`: "Er is (ook) altijd/steeds een X (die ...) en een Y (die ...)": an
  existential sentence with an adverb of always or habit (``voice_always_adverbs.txt``,
  ``voice_habitual_adverbs.txt``) before "een" describes the parts of a phenomenon, of no one
  in particular; every term of the sentence is discussed under the same conditions on persons.

* :func:`kinds_you_have` (voice17, after round 35): "(Zo) heb je ouders die ..., ouders die ...
  en ...": a generic "je" with a present "hebben" introduces kinds of people, a bare plural
  person noun with a relative clause; every term after it in the sentence names or describes
  such a kind (policy line 9: the term names the type), of no one in particular.

Word classes and short word lists only; no phrase of a tune text.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_generic import CONDITION_OPENERS
from wb.dossiers.voice_shapes import citation_tokens
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import DEFINITION_NOUNS
from wb.lang import word_set

_ALWAYS = word_set("voice_always_adverbs.txt") | word_set("voice_habitual_adverbs.txt")
_CASE_PRONOUNS = word_set("voice_case_pronouns.txt")
_DEFINITE = word_set("voice_definite_determiners.txt")
_NEUTRAL = word_set("voice_assertion_neutral_persons.txt")
_ONE = frozenset({"een", "één"})
_NP_REACH = 6  # words between "sprake van" and the conditional opener
_ENDS = frozenset({".", ";", ":", "?", "!"})


def _words(tokens: list[Any]) -> list[int]:
    return [k for k, t in enumerate(tokens) if not t.is_space and t.text not in QUOTE_MARKS]


def _present_be(token: Any) -> bool:
    return token.lemma_.lower() == "zijn" and "Pres" in token.morph.get("Tense")


def no_one_in_particular(tokens: list[Any]) -> bool:
    """True when the sentence names no one: no name (a source in brackets aside), no court
    placeholder, no pronoun of a case, no singular person word after a definite determiner or
    possessive except role words that stand for anyone ("het kind", "de andere ouder"); a
    definite plural ("de kinderen") is a group."""
    cited = citation_tokens(tokens) | _concept_names(tokens)
    for k, t in enumerate(tokens):
        if (t.pos_ == "PROPN" and k not in cited) or t.text == "[" or t.lower_ in _CASE_PRONOUNS:
            return False
        lemma = t.lemma_.lower()
        person = t.lower_ in PERSON_WORDS or lemma in PERSON_WORDS
        if not person or not k or tokens[k - 1].lower_ not in _DEFINITE:
            continue
        plural = "Plur" in t.morph.get("Number") or t.lower_ != lemma
        if not plural and t.lower_ not in _NEUTRAL:
            return False
    return True


def _concept_names(tokens: list[Any]) -> set[int]:
    """Positions of a capitalised name that ends in a definition noun ("... Syndroom"): the name
    of a condition, no one's name (voice17)."""
    out: set[int] = set()
    run: list[int] = []
    for k, t in enumerate([*tokens, None]):
        if t is not None and t.text[:1].isupper() and t.text.isalpha():
            run.append(k)
            continue
        if run and tokens[run[-1]].lower_ in DEFINITION_NOUNS:
            out.update(run)
        run = []
    return out


def _sprake_at(tokens: list[Any], words: list[int]) -> int | None:
    """The position after "sprake van" in "Er is (ADV) sprake van" or after "sprake" in
    "Van X is (ADV) sprake" (the position after "van"), else None."""
    low = [tokens[k].lower_ for k in words]
    if len(low) < 5:
        return None
    if low[0] == "er" and _present_be(tokens[words[1]]):
        n = 2
        while n < len(low) and tokens[words[n]].pos_ == "ADV" and low[n] != "sprake":
            n += 1
        if n + 1 < len(low) and low[n] == "sprake" and low[n + 1] == "van":
            return words[n + 1] + 1
        return None
    if low[0] == "van":
        return words[0] + 1
    return None


def sprake_condition(tokens: list[Any], at: int) -> bool:
    """True for a term defined by a condition: "Er is sprake van X wanneer ...", "Van X is pas
    sprake als ..." (the term itself or a term of the condition after it)."""
    words = _words(tokens)
    first = _sprake_at(tokens, words)
    if first is None or at < first:
        return False
    later = [k for k in words if k >= first]
    opener = _van_opener(tokens, later) if tokens[words[0]].lower_ == "van" else None
    if tokens[words[0]].lower_ != "van":
        n = 0
        while n < len(later) and tokens[later[n]].lower_ not in CONDITION_OPENERS:
            if n >= _NP_REACH or tokens[later[n]].text in _ENDS or tokens[later[n]].pos_ == "AUX":
                return False
            n += 1
        opener = later[n] if 0 < n < len(later) else None
    if opener is None:
        return False
    return _clause_verb(tokens, opener) and no_one_in_particular(tokens)


def _van_opener(tokens: list[Any], later: list[int]) -> int | None:
    """In "Van X is (ADV) sprake als ...": the position of the conditional opener, else None."""
    n = next((i for i, k in enumerate(later) if _present_be(tokens[k])), None)
    if n is None or n > _NP_REACH:
        return None
    n += 1
    while n < len(later) and tokens[later[n]].pos_ == "ADV" and tokens[later[n]].lower_ != "sprake":
        n += 1
    if n + 1 >= len(later) or tokens[later[n]].lower_ != "sprake":
        return None
    opener = later[n + 1]
    return opener if tokens[opener].lower_ in CONDITION_OPENERS else None


def _clause_verb(tokens: list[Any], opener: int) -> bool:
    """True when a verb (finite, or a plural present) follows the opener in its clause
    ("wanneer een kind ... sluit"), so "als" opens a condition, not "als gevolg van" or "als
    bedoeld in"; "als het gaat om" limits a claim to a matter ("Er is sprake van een
    niet-meewerkende moeder als het gaat om ..."), it sets no condition for the term."""
    after = [t for t in tokens[opener + 1 : opener + 4] if not t.is_space]
    if len(after) >= 2 and after[0].lower_ == "het" and after[1].lemma_.lower() == "gaan":
        return False
    for t in tokens[opener + 1 :]:
        if t.text in _ENDS or t.text == ",":
            return False
        # a plural present ("wanneer ouders blijven procederen") is tagged as an infinitive
        if t.pos_ in {"AUX", "VERB"} and {"Fin", "Inf"} & set(t.morph.get("VerbForm")):
            return True
    return False


def existential_type(tokens: list[Any], at: int) -> bool:
    """True for a term in "Er is/zijn (ADV) steeds/altijd/vaak (ADV) een ...": the parts of a
    phenomenon, of no one in particular."""
    words = _words(tokens)
    if len(words) < 4 or tokens[words[0]].lower_ != "er" or not _present_be(tokens[words[1]]):
        return False
    n, always = 2, False
    while n < len(words) and tokens[words[n]].pos_ in {"ADV", "ADJ"}:
        always = always or tokens[words[n]].lower_ in _ALWAYS
        n += 1
    if not always or n >= len(words) or tokens[words[n]].lower_ not in _ONE:
        return False
    return words[n] < at and no_one_in_particular(tokens)


def _you_have(tokens: list[Any], words: list[int]) -> int | None:
    """The position after "heb je"/"je hebt" (after at most two opening adverbs) in a present
    statement, else None."""
    n = 0
    while n < min(2, len(words)) and tokens[words[n]].pos_ == "ADV":
        n += 1
    if n + 1 >= len(words):
        return None
    a, b = tokens[words[n]], tokens[words[n + 1]]
    pair = (a.lower_, b.lower_)
    if pair in {("heb", "je"), ("je", "hebt"), ("heb", "jij"), ("jij", "hebt")}:
        return n + 2
    return None


def kinds_you_have(tokens: list[Any], at: int) -> bool:
    """True for a term after "(Zo) heb je (ook) [ADJ] PERSONS die ...": kinds of people are
    named; the sentence is no question and holds no name (a condition's name aside) and no
    court placeholder."""
    words = _words(tokens)
    n = _you_have(tokens, words)
    if n is None or tokens[words[-1]].text == "?":
        return False
    while n < len(words) and tokens[words[n]].pos_ in {"ADV", "ADJ"}:
        n += 1
    if n + 1 >= len(words):
        return False
    head, rel = tokens[words[n]], tokens[words[n + 1]]
    person = head.lower_ in PERSON_WORDS or head.lemma_.lower() in PERSON_WORDS
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")
    if not (person and plural and rel.lower_ == "die"):
        return False
    if words[n] >= at:
        return False
    # pronouns and possessives ("hun kind", "zodat ze ...") point back at the kinds named
    cited = citation_tokens(tokens) | _concept_names(tokens)
    return not any(
        (t.pos_ == "PROPN" and k not in cited) or t.text == "[" for k, t in enumerate(tokens)
    )


__all__ = ["existential_type", "kinds_you_have", "no_one_in_particular", "sprake_condition"]
