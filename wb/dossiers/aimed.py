"""Person-aimed candidates judged by a learned model: structure proposes, a model decides.

A candidate is any content word, on a list or not, that stands in a shape aimed at a person
(:func:`shapes`):

* ``attr``: an adjective or participle before a person noun ("de boze moeder", "een
  controlerende vader"; up to two more adjectives, a comma, "en"/"of" or a degree word between);
* ``pred``: an adjective or noun in a clause with a person subject and a copula ("zij is
  dwangmatig", "mijn vader is een egoïst", "dat hij soms dwars was");
* ``adj``: an adjective in a clause with a person subject and no copula ("hij reageerde
  agressief");
* ``verb``: the verb of a clause with a person subject ("zij traineert de boel");
* ``compl``: what a person object is said to be ("ik vond hem saai", "noemde haar een
  leugenaar");
* ``poss``: a person's noun after a possessive ("haar achterdocht");
* ``type``: a noun for a type of person by its form: a head in -ist, -aar or -ling
  ("egoïst"), or a compound on a person noun ("loedermoeder", "probleemkind").

A person noun is a word of ``person_nouns.txt``, ``voice_person_words.txt`` or
``scope_person_roles.txt``, also as the head of a compound or as a diminutive. Every candidate
is described by the features of :func:`wb.dossiers.judging.features` (lemma, word class,
endings, CLiPS polarity and subjectivity, the evaluative and judging lists, negation, quotes,
context) plus its shapes, a degree word before it (``aimed_degree_words.txt``), a negator in its
clause, whether the word is in the OpenTaal list, and the kind of document (a court's ruling, a
case text, other). :class:`wb.dossiers.judging.JudgingModel` scores them with the weights of
``wb/lang/nl/aimed_weights.json`` (``bench/train_aimed.py``; feature names and weights only).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.judging import JudgingModel, features, token_runs
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, resource, word_set
from wb.nlp import is_known

WEIGHTS = resource("aimed_weights.json")
SHAPES = ("attr", "pred", "adj", "verb", "compl", "poss", "type")
_CONTENT = frozenset({"ADJ", "NOUN", "VERB", "ADV", "PROPN", "X"})
_PRONOUNS = by_kind("aimed_pronouns.txt")
_SUBJECTS = _PRONOUNS["subject"]
_OBJECTS = _PRONOUNS["object"]
_POSSESSIVES = _PRONOUNS["possessive"]
_BOUNDS = frozenset({",", ";", ":", "(", ")", "?", "!", ".", "–", "—"}) | word_set(
    "aimed_bounds.txt"
)
_AGENT_ENDINGS = ("ist", "isten", "aar", "aars", "ling", "lingen")
_JOIN = frozenset({",", "en", "of"})


@cache
def _persons() -> frozenset[str]:
    names = ("person_nouns.txt", "voice_person_words.txt", "scope_person_roles.txt")
    return frozenset(fold(w) for name in names for w in word_set(name))


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in word_set(name))


def _keys(token: Any) -> set[str]:
    return {fold(token.text), fold(token.lemma_ or token.text)}


def is_person(token: Any) -> bool:
    """A person noun, also as a compound's head or a diminutive ("puberdochter", "jongetje")."""
    return token.pos_ in ("NOUN", "PROPN") and person_key(_keys(token), _persons())


def _plain_person(token: Any) -> bool:
    return bool(_keys(token) & _persons())


def _word(token: Any) -> bool:
    """A content word of three letters or more (a name only when it is a Dutch word)."""
    if not token.is_alpha or len(token.text) < 3 or token.pos_ not in _CONTENT:
        return False
    if token.pos_ in ("PROPN", "X"):
        return token.text.isupper() or is_known(token.text.lower())
    return True


def _subject(doc: Doc, i: int) -> bool:
    """A person subject: a personal pronoun, a person noun or a name not after a preposition."""
    token = doc[i]
    if token.pos_ == "PRON":
        return token.lower_ in _SUBJECTS
    if not (token.pos_ == "PROPN" or is_person(token)):
        return False
    h = i - 1
    while h >= 0 and i - h <= 3 and doc[h].pos_ in {"DET", "PRON", "ADJ", "NUM"}:
        h -= 1
    return not (h >= 0 and doc[h].pos_ == "ADP")


def _clauses(sent: Any) -> list[tuple[int, int]]:
    """Token bounds [a, b) of the clauses of a sentence: split at clause punctuation and
    subordinating conjunctions."""
    out, a = [], sent.start
    for t in sent:
        if t.lower_ in _BOUNDS or t.pos_ == "SCONJ":
            if t.i > a:
                out.append((a, t.i))
            a = t.i + (t.pos_ != "SCONJ")
    if sent.end > a:
        out.append((a, sent.end))
    return out


def _after_preposition(doc: Doc, i: int, a: int) -> bool:
    h = i - 1
    while h >= a and i - h <= 3 and doc[h].pos_ in {"DET", "ADJ", "NUM", "PRON"}:
        h -= 1
    return h >= a and doc[h].pos_ == "ADP"


def shapes(doc: Doc) -> dict[int, set[str]]:
    """Token index -> the person-aimed shapes it stands in (see the module)."""
    out: dict[int, set[str]] = {}
    if not doc.has_annotation("SENT_START"):
        return out
    degrees = _words("aimed_degree_words.txt")
    copulas = _words("voice_assertion_copulas.txt")

    def add(i: int, shape: str) -> None:
        if fold(doc[i].text) in degrees or (shape != "type" and is_person(doc[i])):
            return
        if _word(doc[i]):
            out.setdefault(i, set()).add(shape)

    for sent in doc.sents:
        for t in sent:
            if is_person(t):
                j = t.i - 1
                while j >= sent.start and t.i - j <= 4:
                    o = doc[j]
                    if o.pos_ == "ADJ" or (o.pos_ == "VERB" and fold(o.text).endswith(("e", "d"))):
                        add(j, "attr")
                    elif not (o.lower_ in _JOIN or fold(o.text) in degrees):
                        break
                    j -= 1
                if not _plain_person(t) and t.pos_ == "NOUN":
                    add(t.i, "type")
            elif (
                t.pos_ == "NOUN"
                and len(t.text) > 5
                and fold(t.lemma_ or t.text).endswith(_AGENT_ENDINGS)
            ):
                add(t.i, "type")
            if t.lower_ in _POSSESSIVES and t.pos_ in ("PRON", "DET"):
                k = t.i + 1
                while k < sent.end and k - t.i <= 3 and doc[k].pos_ in ("ADJ", "ADV"):
                    k += 1
                if k < sent.end and doc[k].pos_ == "NOUN":
                    add(k, "poss")
            if (t.pos_ == "PRON" and t.lower_ in _OBJECTS) or (is_person(t) and t.pos_ == "NOUN"):
                k = t.i + 1
                while (
                    k < sent.end
                    and k - t.i <= 3
                    and (
                        doc[k].pos_ in ("DET", "PUNCT")
                        or doc[k].lower_ in ("als", "ook", "wel")
                        or fold(doc[k].text) in degrees
                    )
                ):
                    k += 1
                verb = any(doc[h].pos_ in ("VERB", "AUX") for h in range(sent.start, t.i))
                if k < sent.end and verb and doc[k].pos_ in ("ADJ", "NOUN"):
                    if t.pos_ == "PRON" or k > t.i + 1:
                        add(k, "compl")
        for a, b in _clauses(sent):
            subjects = [i for i in range(a, b) if _subject(doc, i)]
            if not subjects:
                continue
            copula = any(fold(doc[i].lemma_) in copulas for i in range(a, b))
            for i in range(a, b):
                t = doc[i]
                if i in subjects or _after_preposition(doc, i, a):
                    continue
                if t.pos_ == "VERB" and fold(t.lemma_) not in copulas:
                    add(i, "verb")
                elif t.pos_ == "ADJ":
                    add(i, "pred" if copula else "adj")
                elif t.pos_ == "NOUN" and copula:
                    add(i, "pred")
    return out


def aimed_features(doc: Doc, i: int, found: set[str], kind: str = "plain") -> dict[str, float]:
    """Named features of candidate i: judging.features plus shapes, degree, negation, genre."""
    token = doc[i]
    out = features(doc, i)
    for shape in sorted(found):
        out["shape=" + shape] = 1.0
        out[f"shape={shape}&{token.pos_}"] = 1.0
        if "clips:pol=neg" in out:
            out[f"shape={shape}&neg_clips"] = 1.0
    before = doc[max(token.sent.start, i - 2) : i]
    if any(fold(t.text) in _words("aimed_degree_words.txt") for t in before):
        out["degree"] = 1.0
    clause = doc[max(token.sent.start, i - 8) : i]
    if any(t.lower_ in ("niet", "geen", "nooit", "allerminst") for t in clause):
        out["neg8"] = 1.0
    if is_known(fold(token.text)) or is_known(fold(token.lemma_ or token.text)):
        out["opentaal"] = 1.0
    out["g=" + kind] = 1.0
    return out


def candidates(doc: Doc, kind: str = "plain") -> list[tuple[int, dict[str, float]]]:
    """Every candidate of the document with its features."""
    return [(i, aimed_features(doc, i, s, kind)) for i, s in sorted(shapes(doc).items())]


@cache
def default_model() -> JudgingModel:
    """The bundled model (wb/lang/nl/aimed_weights.json)."""
    return JudgingModel.load(WEIGHTS)


def kind_name(kind: Any) -> str:
    """ruling, case or plain for a wb.dossiers.voice_document.DocumentKind."""
    return "ruling" if kind.ruling else "case" if kind.case else "plain"


def find_aimed(
    doc: Doc,
    model: JudgingModel | None = None,
    skip: Iterable[tuple[int, int]] = (),
    skip_words: frozenset[str] = frozenset(),
    kind: str = "plain",
) -> list[tuple[int, int]]:
    """Character spans of candidates the model judges at or above its threshold, outside the
    skip spans and not a skip word; neighbouring words merged into one span."""
    model = model or default_model()
    taken = sorted(skip)
    chosen = []
    for i, feats in candidates(doc, kind):
        a, b = doc[i].idx, doc[i].idx + len(doc[i])
        if any(x < b and a < y for x, y in taken) or _keys(doc[i]) & skip_words:
            continue
        if model.score(feats) >= model.threshold:
            chosen.append(i)
    return token_runs(doc, chosen)


__all__ = [
    "SHAPES",
    "aimed_features",
    "candidates",
    "default_model",
    "find_aimed",
    "is_person",
    "kind_name",
    "shapes",
]
