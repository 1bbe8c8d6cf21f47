"""Candidates and word-identity-free features for judging2's signal (experiment, bench only).

A candidate is a content word in a sentence with a person (labels21's candidates), a word in a
person-aimed shape (labels27's shapes), or an adjective or noun with a negative prior polarity
anywhere (CLiPS, also through a derived adjective: "afgunst" from "afgunstig"). Its features
name no word: word class and morphology, a closed set of derivational endings, polarity and
subjectivity (CLiPS, direct or derived), membership of wb's evaluative and judging lists, the
person-aimed shapes and who the target is (first, second or third person pronoun, a person
noun, a name), negation, degree words, hedges, reported speech, quotes, question, heading, the
document's kind. `LEXICAL` adds labels21's lemma and neighbour features back, for comparison.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wb.dossiers import aimed, judging
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set
from wb.nlp import is_known

# closed-class cues of this experiment (general Dutch, no word of a tune text)
HEDGES = frozenset(
    "misschien wellicht mogelijk mogelijkerwijs waarschijnlijk blijkbaar kennelijk "
    "schijnbaar ogenschijnlijk lijken schijnen eigenlijk soms vaak".split()
)
REPORT = frozenset({"volgens", "aldus", "zegt", "zei", "zeggen", "vertelt", "vertelde"})
ENDINGS = (
    "achtig",
    "erig",
    "zuchtig",
    "loos",
    "loze",
    "baar",
    "bare",
    "isch",
    "ische",
    "ig",
    "ige",
    "lijk",
    "lijke",
    "end",
    "ende",
    "heid",
    "isme",
    "ist",
    "aar",
    "ling",
    "erij",
    "gedrag",
)
DERIVE = ("ig", "isch", "lijk", "achtig", "erig", "zuchtig", "loos", "")


@cache
def _clips() -> dict[str, tuple[float, float]]:
    return judging._subjectivity()


@cache
def _strong() -> frozenset[str]:
    return word_set("voice_strong_verbs.txt") | word_set("voice_weak_verbs.txt")


def polarity(word: str) -> tuple[float, float, str] | None:
    """CLiPS polarity and subjectivity of a word: direct ("d"), or through a derived adjective
    ("afgunst" -> "afgunstig", "vreemdheid" -> "vreemd"; "v")."""
    clips = _clips()
    for form in (word, word.removesuffix("e")):
        if form in clips:
            return (*clips[form], "d")
    bases = [word]
    for suffix in ("heid", "heden", "en", "e", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            bases.append(word[: -len(suffix)])
    for base in bases:
        for suffix in DERIVE:
            form = base + suffix
            if form != word and form in clips:
                return (*clips[form], "v")
    return None


def _negative(word: str) -> bool:
    value = polarity(word)
    return value is not None and value[0] <= -0.2


def candidates(doc: Any, kind: str = "plain", lexical: bool = False) -> list[tuple[int, dict]]:
    """Every candidate of the document with its features."""
    found = aimed.shapes(doc)
    pool = set(judging.candidates(doc)) | set(found)
    for t in doc:
        if t.is_alpha and len(t.text) >= 3 and t.pos_ in ("ADJ", "NOUN"):
            if _negative(fold(t.text)) or _negative(judging._lemma(t)):
                pool.add(t.i)
    return [(i, features(doc, i, found.get(i, set()), kind, lexical)) for i in sorted(pool)]


_KEEP_PREFIXES = (
    "b",
    "p=",
    "m:",
    "cap",
    "len=",
    "p-",
    "p+",
    "person",
    "pron",
    "cop",
    "neg",
    "s:",
    "quote",
    "list:",
    "clips",
)


def features(doc: Any, i: int, found: set[str], kind: str, lexical: bool = False) -> dict:
    """Named features of candidate i; without `lexical` none names a word."""
    token = doc[i]
    sent = token.sent
    base = judging.features(doc, i)
    if lexical:
        out = dict(base)
    else:
        out = {k: v for k, v in base.items() if k.startswith(_KEEP_PREFIXES)}
    word, lemma = fold(token.text), judging._lemma(token)
    for ending in ENDINGS:
        if lemma.endswith(ending) or word.endswith(ending):
            out["end=" + ending] = 1.0
            break
    if lemma.startswith("on") and len(lemma) > 6 and is_known(lemma[2:]):
        out["pre=on+word"] = 1.0
    value = polarity(word) or polarity(lemma)
    if value is not None:
        pol, subj, how = value
        out["pol:" + how] = 1.0
        out["pol"] = pol
        out["polsubj"] = pol * subj
        if pol <= -0.2:
            out[f"polneg&{token.pos_}"] = 1.0
    for shape in sorted(found):
        out["shape=" + shape] = 1.0
        out[f"shape={shape}&{token.pos_}"] = 1.0
        if value is not None and value[0] <= -0.2:
            out[f"shape={shape}&polneg"] = 1.0
    if not found:
        out["shape=none"] = 1.0
    out.update(_target(doc, i, sent))
    degrees = aimed._words("aimed_degree_words.txt")
    if any(fold(t.text) in degrees for t in doc[max(sent.start, i - 2) : i]):
        out["degree"] = 1.0
    if any(t.lower_ in ("niet", "geen", "nooit") for t in doc[max(sent.start, i - 8) : i]):
        out["neg8"] = 1.0
    lemmas = {judging._lemma(t) for t in sent}
    if lemmas & HEDGES:
        out["s:hedge"] = 1.0
    if lemmas & _strong() or {t.lower_ for t in sent} & REPORT:
        out["s:report"] = 1.0
    if is_known(word) or is_known(lemma):
        out["opentaal"] = 1.0
    out["g=" + kind] = 1.0
    return out


def _target(doc: Any, i: int, sent: Any) -> dict:
    """Who the sentence is about: the nearest person word before the candidate."""
    pronouns = by_kind("aimed_pronouns.txt")
    for j in range(i - 1, max(sent.start, i - 8) - 1, -1):
        t = doc[j]
        low = t.lower_
        if t.pos_ == "PRON" and low in pronouns["subject"] | pronouns["object"]:
            person = (
                "1"
                if low in {"ik", "me", "mij", "wij", "we", "ons"}
                else "2"
                if low in {"jij", "je", "jou", "u", "jullie"}
                else "3"
            )
            return {"t:pron" + person: 1.0, "t:dist" + str(min(i - j, 4)): 1.0}
        if t.pos_ == "PROPN":
            return {"t:name": 1.0, "t:dist" + str(min(i - j, 4)): 1.0}
        if aimed.is_person(t):
            return {"t:noun": 1.0, "t:dist" + str(min(i - j, 4)): 1.0}
    after = doc[i + 1 : min(sent.end, i + 4)]
    if any(aimed.is_person(t) for t in after):
        return {"t:after": 1.0}
    return {"t:none": 1.0}
