"""Adjectives that judge a person's character or conduct beyond the evaluative lists (labels-aimed).

The evaluative lists of :mod:`wb.dossiers.descriptions` hold strongly negative words; many words
that type a parent or child ("een eigenwijs kind", "een betweterige oma", "die vader is laks",
"overlastgevende jongeren") are mild in the CLiPS lexicon or missing, and a wider polarity
threshold brought more false hits than matches (labels25). This module reads a hand list of such
words (``wb/lang/nl/person_judging_adjectives.txt``, general Dutch) and uses it only where the
words are said of a person:

* attributive, before a person noun (more adjectives, "en" or a comma may stand between): "een
  betweterige oma", "criminele, overlastgevende jongeren"; a two-word entry matches the compound
  spelled apart ("overlast veroorzakende kinderen"); the span is the adjective (both words);
* as predicate of a copula with a person subject, by the same shapes as the evaluative words
  (:func:`wb.dossiers.descriptions._copula_predicates`): "Ze is soft", "zo bokkig is onze zoon";
* after "zich gedragen/opstellen" (a degree word may stand between, also the infinitive): "gedraagt
  zich ronduit onbeschoft", "begon zich vreemd te gedragen"; here any adjective with a negative
  CLiPS polarity counts too, since the verb itself says the adjective is about conduct, and "niet"
  + a norm word ("niet normaal", "niet netjes"). The span is the adjective ("niet" included).

Feelings and states are no part of the list; a feeling adjective in a scene or after "werd" stays
out by the guards of :mod:`wb.dossiers.description_states`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wb.dossiers.description_parties import party_persons
from wb.dossiers.description_states import STATE_ADJECTIVES, scene_state, state_predicate
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, table, word_set, words

_LIST = "person_judging_adjectives.txt"
_KINDS = by_kind("description_person_adjective_words.txt")
_CONDUCT = _KINDS["gedrag"]
_REFLEXIVES = _KINDS["wederkerend"]
_NORMS = word_set("description_conduct_norms.txt")
_TOO_FACTS = word_set("description_too_facts.txt")
_TOO = _KINDS["te"]


@lru_cache(maxsize=1)
def person_judging_adjectives() -> frozenset[str]:
    """The folded one-word lemmas of the hand list."""
    return frozenset(fold(w) for w in words(_LIST) if " " not in w)


@lru_cache(maxsize=1)
def _split_compounds() -> frozenset[tuple[str, str]]:
    """Two-word entries: a compound adjective spelled apart ("overlast veroorzakend")."""
    return frozenset(tuple(fold(w).split()) for w in words(_LIST) if " " in w)  # type: ignore[misc]


@lru_cache(maxsize=1)
def _negative_polarity() -> frozenset[str]:
    """CLiPS adjectives with a negative mean polarity (only for the conduct frame)."""
    return frozenset(
        fold(w) for w, pol, _subj in table("subjectivity_adjectives.txt", 3) if float(pol) < 0
    )


def _split_compound_at(doc: Doc, j: int) -> bool:
    """ "overlast veroorzakende": doc[j-1] + doc[j] is a two-word entry (participle inflected)."""
    if j == 0:
        return False
    word = fold(doc[j].text)
    forms = {word, word[:-1] if word.endswith("e") else word}
    return any((fold(doc[j - 1].text), f) in _split_compounds() for f in forms)


def _person(token: object, persons: frozenset[str]) -> bool:
    """A person noun; also a plural whose lemma the tagger cut to an adjective ("jongeren":
    jong, tagged NOUN or ADJ) when its singular is a person noun ("jongere")."""
    from wb.dossiers.descriptions import _is_person

    if _is_person(token, persons):
        return True
    word = fold(token.text)  # type: ignore[attr-defined]
    return token.pos_ in {"NOUN", "ADJ"} and word.endswith("n") and word[:-1] in persons  # type: ignore[attr-defined]


def _listed(doc: Doc, j: int) -> bool:
    """An inflected word of the list the tagger read as an adverb ("overlastgevende")."""
    word = fold(doc[j].text)
    stem = word[:-1] if word.endswith("e") else ""
    return doc[j].pos_ == "ADV" and stem in person_judging_adjectives()


def _end(adjective: object, noun: object, last: bool) -> int:
    """The span's end: the noun's for the adjective nearest the noun ("overlastgevende
    jongeren", as the description pattern spans "boze moeder"), else the adjective's own."""
    token = noun if last else adjective
    return token.idx + len(token.text)  # type: ignore[attr-defined]


def _attributive(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """ "een betweterige oma", "drukke, eigenwijze en soms brutale kinderen": adjectives of the
    hand list or the evaluative lists before a person noun; a comma, "en"/"of", a line break
    or an adverb after "en"/comma may stand between them."""
    from wb.dossiers.descriptions import _adverb, _is_adjective

    extra = person_judging_adjectives() | adjectives
    parties = party_persons(doc)
    spans = []
    for k, token in enumerate(doc):
        if k == 0 or not (_person(token, persons) or k in parties):
            continue
        j = k - 1
        spans_before = len(spans)
        while j >= 0 and k - j <= 8:
            if _split_compound_at(doc, j):
                if not scene_state(doc, j - 1, k):
                    end = doc[j] if spans_before == len(spans) else None
                    spans.append((doc[j - 1].idx, _end(end or doc[j], token, end is not None)))
                j -= 2
            elif (_is_adjective(doc, j, extra, evaluative=True) or _listed(doc, j)) and not _adverb(
                doc, j, k
            ):
                if not scene_state(doc, j, k):
                    last = spans_before == len(spans)
                    spans.append((doc[j].idx, _end(doc[j], token, last)))
                j -= 1
            elif doc[j].is_space and j + 1 == k:
                j -= 1  # a line break between adjective and noun (a heading's end)
            elif doc[j].pos_ == "ADV" and j > 0 and doc[j - 1].lower_ in {",", "en", "of"}:
                j -= 1  # "en soms brutale"
            elif doc[j].text.lower() in {",", "en", "of"} or _is_adjective(doc, j, extra, False):
                j -= 1
            else:
                break
    return spans


def _conduct(doc: Doc, adjectives: frozenset[str]) -> list[tuple[int, int]]:
    """ "gedraagt zich (ronduit) onbeschoft", "zich vreemd (te) gedragen"."""
    judging = adjectives | person_judging_adjectives() | _negative_polarity()
    spans = []
    for v, verb in enumerate(doc):
        lemma = fold(verb.lemma_)
        if lemma == "dragen" and fold(verb.text).startswith("gedr"):
            lemma = "gedragen"  # the lemmatizer reads "gedraagt" as a form of dragen
        if verb.pos_ not in {"VERB", "AUX"} or lemma not in _CONDUCT:
            continue
        window = range(max(0, v - 5), min(len(doc), v + 5))
        if not any(doc[i].lower_ in _REFLEXIVES and doc[i].pos_ == "PRON" for i in window):
            continue
        for k in window:
            adj = doc[k]
            if adj.pos_ != "ADJ" or fold(adj.text).endswith("e") or k == v:
                continue
            if k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
                continue  # attributive or grading the next word
            if any(doc[i].pos_ in {"PUNCT", "SCONJ", "CCONJ"} for i in range(min(k, v), max(k, v))):
                continue  # another clause
            keys = {fold(adj.text), fold(adj.lemma_)}
            if keys & STATE_ADJECTIVES:
                continue  # "gedraagt zich boos naar haar": a feeling
            negated = k > 0 and doc[k - 1].lower_ == "niet"
            if negated and keys & _NORMS:
                spans.append((doc[k - 1].idx, adj.idx + len(adj.text)))
            elif not negated and keys & judging and not keys & _NORMS:
                spans.append((adj.idx, adj.idx + len(adj.text)))
    return spans


@lru_cache(maxsize=1)
def _positive() -> frozenset[str]:
    """CLiPS adjectives with a clearly positive mean polarity (>= .3, as label_frames)."""
    return frozenset(
        fold(w) for w, pol, _subj in table("subjectivity_adjectives.txt", 3) if float(pol) >= 0.3
    )


_OPENERS = _KINDS["bijzin"]


def _clause_final(doc: Doc, k: int, persons: frozenset[str]) -> tuple[int, int] | None:
    """ "(dat) de ouders van deze kinderen vaak te onzichtbaar zijn (in ...)": "te" + adjective
    before a copula that ends a subordinate clause; the subject is the first noun phrase after
    the clause's conjunction, a person noun or third-person pronoun (not the noun of a
    prepositional phrase after it)."""
    from wb.dossiers.descriptions import _COPULAS, _SUBJECT_PRONOUNS

    if k + 1 >= len(doc) or fold(doc[k + 1].lemma_) not in _COPULAS:
        return None
    j = k - 2
    while j >= 0 and doc[j].lower_ not in _OPENERS and doc[j].pos_ not in {"PUNCT", "VERB", "AUX"}:
        j -= 1
    if j < 0 or doc[j].lower_ not in _OPENERS:
        return None
    i = j + 1
    while i < k and (
        doc[i].pos_ in {"DET", "ADJ"}
        or (doc[i].pos_ == "PRON" and doc[i].lower_ not in _SUBJECT_PRONOUNS)
    ):
        i += 1
    subject = doc[i] if i < k - 1 else None
    if subject is None:
        return None
    if not (subject.lower_ in _SUBJECT_PRONOUNS or _person(subject, persons)):
        return None
    return doc[k - 1].idx, doc[k].idx + len(doc[k].text)


def _too_much(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """ "ouders zijn te onzichtbaar", "(vindt) sommige ouders té streng": "te" + an uninflected
    adjective as predicate of a copula with a person subject (the shapes of
    :func:`wb.dossiers.descriptions._copula_predicates`), or right after a person noun that is
    the object of "vinden"; a trait in excess is a judgement. Not a fact or state ("te jong",
    "te moe": ``description_too_facts.txt``, the feeling adjectives), nor "te" + an adjective
    before a noun or preposition ("te groot voor", "te veel tijd"). The span runs from "te"."""
    from wb.dossiers.descriptions import _copula_predicates

    candidates = {}
    for k in range(1, len(doc)):
        adj, too = doc[k], doc[k - 1]
        if too.lower_ not in _TOO or adj.pos_ != "ADJ" or fold(adj.text).endswith("e"):
            continue
        keys = {fold(adj.text), fold(adj.lemma_)}
        if keys & (_TOO_FACTS | STATE_ADJECTIVES) or keys & _positive():
            continue  # "te jong", "te moe", "te lief": a fact, a state, a kindness
        if keys & adjectives:
            continue  # an evaluative word: the description pattern spans it without "te"
        if k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}:
            continue
        candidates[adj.idx] = k
    if not candidates:
        return []
    words_ = frozenset(fold(doc[k].text) for k in candidates.values())
    spans = []
    for a, _b in _copula_predicates(doc, words_, persons):
        if a in candidates:
            k = candidates[a]
            spans.append((doc[k - 1].idx, doc[k].idx + len(doc[k].text)))
    spans += [s for k in candidates.values() if (s := _clause_final(doc, k, persons))]
    for k in candidates.values():
        i = k - 2  # "vindt sommige ouders té streng"
        if i < 1 or not _person(doc[i], persons):
            continue
        if any(fold(t.lemma_) == "vinden" for t in doc[max(0, i - 4) : i]):
            spans.append((doc[k - 1].idx, doc[k].idx + len(doc[k].text)))
    return spans


def find_person_adjectives(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of the hand list's adjectives said of a person, and conduct adjectives
    after "zich gedragen/opstellen" (with word classes only)."""
    if not doc.has_annotation("POS"):
        return []
    from wb.dossiers.descriptions import _copula_predicates

    spans = _attributive(doc, persons, adjectives)
    spans += [
        s
        for s in _copula_predicates(doc, person_judging_adjectives(), persons)
        if not state_predicate(doc, s[0])
    ]
    return spans + _conduct(doc, adjectives) + _too_much(doc, persons, adjectives)


__all__ = ["find_person_adjectives", "person_judging_adjectives"]
