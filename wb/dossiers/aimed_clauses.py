"""Descriptions aimed at a person judged clause by clause by a learned model (labels-aimedml).

A sentence that mentions a person (a person noun, also as a compound's head, a name, or a
personal, object or possessive pronoun) is split into clauses at clause punctuation and
subordinating conjunctions; each clause is one candidate. :func:`clause_features` describes it
by general features only, never by the identity of an ordinary word: which person it names and
how (subject pronoun of the third or first/second person, person noun, name, object pronoun,
possessive), a copula with an adjective or noun, negation, negated capability ("niet in staat",
"kan niet", "onvoldoende"), degree words and "te" before an adjective, the word classes it holds
and their pairs in order, its words on the evaluative and judging lists of ``wb/lang/nl`` (with
the lemma of a word on the general evaluative lists built from the CLiPS subjectivity lexicon,
``evaluative_adjectives*.txt``) and their CLiPS polarity, quotes, a question, a heading, and the
kind of document. :class:`wb.dossiers.judging.JudgingModel` scores the clause with weights
written by ``bench/train_aimed_clauses.py --write PATH`` (feature names and weights only). No
weights ship with wb: on the tune texts the added spans cost more precision than they gain in
recall (bench/README.md, "labels-aimedml"), so the detector is an experiment, used only when a
model is given (``LabelFinder(..., aimed_clauses=JudgingModel.load(path))``). The span of a
clause judged aimed runs from its first to its last marked word (evaluative, judging, problem or
capability word, a negator, a degree word); a clause without a marked word gives no span.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.aimed import is_person
from wb.dossiers.judging import JudgingModel, _lists, _subjectivity
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set

_PRONOUNS = by_kind("aimed_pronouns.txt")
_FIRST_SECOND = word_set("aimed_clause_persons.txt")
_NEGATORS = word_set("voice_negators.txt") | word_set("aimed_clause_negators.txt")
_BOUNDS = frozenset({",", ";", ":", "(", ")", "?", "!", ".", "–", "—", "maar", "want"})
_MODALS = word_set("aimed_clause_modals.txt")
_QUOTES = frozenset("'\"“”„«»‘’")
_ENDINGS = ("loos", "achtig", "zuchtig", "baar", "ig", "isch", "end")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in word_set(name))


@cache
def _evaluative() -> frozenset[str]:
    return _words("evaluative_adjectives.txt") | _words("evaluative_adjectives_lexicon.txt")


@cache
def _copulas() -> frozenset[str]:
    return _words("voice_assertion_copulas.txt")


def _forms(token: Any) -> tuple[str, str, str]:
    word = fold(token.text)
    return (word, fold(token.lemma_ or token.text), word.removesuffix("e"))


def _person_kind(token: Any) -> str | None:
    """How a token names a person: 'subj3', 'subj12', 'obj', 'poss', 'noun', 'name' or None."""
    low = token.lower_
    if token.pos_ == "PRON" or (token.pos_ == "DET" and low in _PRONOUNS["possessive"]):
        if low in _PRONOUNS["possessive"] and token.pos_ == "DET":
            return "poss"
        if low in _PRONOUNS["subject"]:
            return "subj12" if low in _FIRST_SECOND else "subj3"
        if low in _PRONOUNS["object"]:
            return "obj"
        return None
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha:
        return "name"
    if is_person(token):
        return "noun"
    return None


def clauses(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds [a, b) of the clauses of the sentences that mention a person."""
    out: list[tuple[int, int]] = []
    if not doc.has_annotation("SENT_START"):
        return out
    for sent in doc.sents:
        if not any(_person_kind(t) for t in sent):
            continue
        a = sent.start
        for t in sent:
            if t.lower_ in _BOUNDS or t.pos_ == "SCONJ":
                if t.i > a:
                    out.append((a, t.i))
                a = t.i + 1
        if sent.end > a:
            out.append((a, sent.end))
    return [(a, b) for a, b in out if any(doc[i].is_alpha for i in range(a, b))]


def marked(doc: Doc, i: int) -> bool:
    """A word that can carry a judgement: evaluative, judging, problem or capability lists, a
    CLiPS-negative adjective, a negator or a degree word."""
    token = doc[i]
    forms = _forms(token)
    if token.lower_ in _NEGATORS or forms[0] in _words("aimed_degree_words.txt"):
        return True
    if any(f in _evaluative() for f in forms):
        return True
    if any(f in words for words in _lists().values() for f in forms):
        return True
    value = next((_subjectivity()[f] for f in forms if f in _subjectivity()), None)
    return value is not None and value[0] <= -0.2


def clause_features(doc: Doc, a: int, b: int, kind: str = "plain") -> dict[str, float]:
    """Named 0/1 features of the clause doc[a:b] (see the module)."""
    out: dict[str, float] = {"b": 1.0, "g=" + kind: 1.0}
    sent = doc[a].sent
    toks = [doc[i] for i in range(a, b)]
    people = {k for t in toks if (k := _person_kind(t))}
    for k in people:
        out["person=" + k] = 1.0
    if not people:
        out["person=sentence"] = 1.0
    if "noun" in people and any(
        is_person(t)
        and t.morph.get("Number") == ["Plur"]
        and (t.i == a or doc[t.i - 1].pos_ != "DET")
        for t in toks
    ):
        out["group"] = 1.0  # a bare plural person noun: a kind of people
    lemmas = [_forms(t)[1] for t in toks]
    copula = any(lemma in _copulas() for lemma in lemmas)
    pos = [t.pos_ for t in toks]
    if copula:
        out["cop"] = 1.0
        if "ADJ" in pos:
            out["cop+adj"] = 1.0
        if "NOUN" in pos:
            out["cop+noun"] = 1.0
    negated = [t.i for t in toks if t.lower_ in _NEGATORS]
    if negated:
        out["neg"] = 1.0
        if any(lemma in _MODALS for lemma in lemmas):
            out["neg+modal"] = 1.0
        if any(lemma in _copulas() for lemma in lemmas):
            out["neg+cop"] = 1.0
    text = " ".join(t.lower_ for t in toks)
    if "in staat" in text:
        out["in_staat"] = 1.0
        if negated:
            out["niet_in_staat"] = 1.0
    degrees = _words("aimed_degree_words.txt")
    for t in toks:
        forms = _forms(t)
        nxt = doc[t.i + 1] if t.i + 1 < b else None
        if forms[0] in degrees and nxt is not None and nxt.pos_ == "ADJ":
            out["degree+adj"] = 1.0
        if t.lower_ == "te" and nxt is not None and nxt.pos_ == "ADJ":
            out["te+adj"] = 1.0
        if any(f in _evaluative() for f in forms):
            out["eval"] = 1.0
            out["ev=" + forms[1]] = 1.0
            out["eval&" + t.pos_] = 1.0
        for name, words in _lists().items():
            if any(f in words for f in forms):
                out["list:" + name] = 1.0
        value = next((_subjectivity()[f] for f in forms if f in _subjectivity()), None)
        if value is not None:
            polarity, subjective = value
            if polarity <= -0.2:
                out["clips:neg"] = 1.0
                if subjective >= 0.7:
                    out["clips:neg_subjective"] = 1.0
            if polarity <= -0.5:
                out["clips:strongneg"] = 1.0
            if polarity >= 0.2:
                out["clips:pos"] = 1.0
        if t.pos_ == "ADJ" and forms[1].endswith(_ENDINGS):
            out["adj-end=" + next(e for e in _ENDINGS if forms[1].endswith(e))] = 1.0
        if t.pos_ in ("ADJ", "NOUN") and forms[1].startswith("on") and len(forms[1]) > 6:
            out["on-"] = 1.0
    for x, y in pairwise(toks):
        out[f"bg={x.pos_}_{y.pos_}"] = 1.0  # word-class pairs: the clause's syntax
    for p in ("ADJ", "VERB", "NOUN", "ADV", "AUX"):
        n = pos.count(p)
        out[f"n:{p}={min(n, 3)}"] = 1.0
    out[f"len={min((b - a) // 5, 4)}"] = 1.0
    marks = sum(marked(doc, i) for i in range(a, b))
    out[f"marks={min(marks, 3)}"] = 1.0
    if "person=subj3" in out or "person=noun" in out or "person=name" in out:
        if marks:
            out["third&marked"] = 1.0
        if copula and "ADJ" in pos:
            out["third&cop+adj"] = 1.0
    quotes = sum(1 for t in doc[sent.start : a] if t.text in _QUOTES)
    if quotes % 2 or any(t.text in _QUOTES for t in toks):
        out["quote"] = 1.0
    if sent.text.rstrip().endswith("?"):
        out["question"] = 1.0
    if len(sent) <= 8 and sent.text.rstrip()[-1:] not in ".!?;:":
        out["short"] = 1.0
    if a > sent.start:
        out["opener=" + doc[a - 1].lower_ if doc[a - 1].pos_ == "SCONJ" else "later"] = 1.0
    return out


def clause_span(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """Character span from the clause's first to its last marked word; None without one."""
    marks = [i for i in range(a, b) if marked(doc, i) and doc[i].is_alpha]
    if not marks:
        return None
    first, last = marks[0], marks[-1]
    if doc[last].lower_ in _NEGATORS or fold(doc[last].text) in _words("aimed_degree_words.txt"):
        nxt = next((i for i in range(last + 1, b) if doc[i].pos_ in ("ADJ", "VERB", "NOUN")), None)
        if nxt is None:
            return None  # a negator or degree word alone is no description
        last = nxt
    return doc[first].idx, doc[last].idx + len(doc[last])


def candidates(doc: Doc, kind: str = "plain") -> list[tuple[tuple[int, int], dict[str, float]]]:
    """Every candidate clause (token bounds) with its features."""
    return [((a, b), clause_features(doc, a, b, kind)) for a, b in clauses(doc)]


def find_aimed_clauses(
    doc: Doc,
    model: JudgingModel,
    skip: Iterable[tuple[int, int]] = (),
    kind: str = "plain",
) -> list[tuple[int, int]]:
    """Character spans of clauses the model judges aimed at a person, at or above its threshold,
    where no skip span (a hit already found) overlaps the clause."""
    taken = sorted(skip)
    out = []
    for (a, b), feats in candidates(doc, kind):
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        if any(x < end and start < y for x, y in taken):
            continue
        if model.score(feats) < model.threshold:
            continue
        span = clause_span(doc, a, b)
        if span is not None:
            out.append(span)
    return out


__all__ = [
    "candidates",
    "clause_features",
    "clause_span",
    "clauses",
    "find_aimed_clauses",
    "marked",
]
