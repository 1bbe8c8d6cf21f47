"""Sentence shapes that decide a voice, added after round 23 (labels30).

* :func:`postposed_tag`: a reporting clause put after what is said, with a separable verb
  whose particle ends the sentence (", legt X uit.", ", vult X aan.", ", geeft X aan."): the
  same cue as ", zegt X." (rule 5 of :mod:`wb.dossiers.voice`), so what stands before it is
  attributed to X.
* :func:`without_clause`: the term inside an infinitive clause opened by "zonder" and closed by
  "te" + verb ("zonder mij iets op te leggen of mijn vader als een X te bestempelen"): the term
  is not applied (negated). "zonder dat ..." and a term after the clause has closed ("zonder
  het te beseffen, ... X") are left alone.
* :func:`plural_possibility`: a bare plural type that opens the sentence, named by the term
  ("Narcisten kunnen ...") or by the term and a plural noun ("Narcistische ouders kunnen ..."),
  directly followed by a present form of "kunnen": what such people can do, of no one in
  particular (discussed), as "een X kan ..." already is
  (:func:`wb.dossiers.voice_generic.indefinite_possibility`).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import PARTICLES, SPEECH_TAGS, STRONG_VERBS, WEAK_VERBS

_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "X"})
_QUOTE_MARKS = QUOTE_MARKS
_OPENERS = frozenset("•·-–—*")
_SUBJECT_REACH = 4
_WITHOUT_REACH = 14
_CITATION_REACH = 8
_INSERT_REACH = 6


def postposed_tag(tokens: list[Any], low: list[str], lemmas: list[str], k: int) -> str | None:
    """The reporting verb (with its particle) of a postposed clause ", VERB SUBJECT PARTICLE."
    at token k; None when token k opens no such clause."""
    if k == 0 or low[k - 1] != "," or tokens[k].pos_ not in {"VERB", "AUX"}:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= _SUBJECT_REACH and tokens[j].pos_ in _SUBJECT_POS:
        if low[j] in PARTICLES and _sentence_end(tokens, j + 1):
            break
        j += 1
    if j == k + 1 or j >= len(tokens) or low[j] not in PARTICLES:
        return None
    if not _sentence_end(tokens, j + 1):
        return None
    lemma = lemmas[k]  # the tagger may already give the whole verb ("legt ... uit": uitleggen)
    verb = lemma if lemma.startswith(low[j]) else low[j] + lemma
    return verb if verb in SPEECH_TAGS | STRONG_VERBS | WEAK_VERBS else None


def _sentence_end(tokens: list[Any], j: int) -> bool:
    """True when only a full stop, "!", a quote mark or space follows from token j on."""
    rest = [t for t in tokens[j:] if not t.is_space]
    return all(t.text in {".", "!"} or t.text in _QUOTE_MARKS for t in rest)


def without_clause(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term inside "zonder ... te VERB" (the infinitive at or after the term, earlier
    infinitives of the clause joined by "of"/"en")."""
    low = [t.lower_ for t in tokens]
    opener = None
    for j in range(at - 1, max(-1, at - _WITHOUT_REACH), -1):
        if low[j] in {",", ";", ":", ".", "(", ")", "?", "!"} or "\n" in tokens[j].text:
            return False
        if tokens[j].pos_ == "SCONJ" and low[j] not in {"zonder", "om", "als"}:
            return False
        if low[j] == "te" and not _joined(low, j):
            return False  # "zonder het te beseffen X": the clause closed before the term
        if low[j] == "zonder":
            opener = j
            break
    if opener is None or low[opener + 1 : opener + 2] == ["dat"]:
        return False
    for j in range(max(at, upto - 3), min(len(tokens) - 1, upto + 4)):
        if low[j] in {",", ";", ":", ".", "?", "!"}:
            return False
        if low[j] == "te" and tokens[j + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def _joined(low: list[str], j: int) -> bool:
    """True when the infinitive "te X" at j is followed by "of"/"en" (coordinated clauses)."""
    return low[j + 2 : j + 3] in (["of"], ["en"]) or low[j + 3 : j + 4] in (["of"], ["en"])


def plural_possibility(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "Narcisten kunnen ...", "Narcistische ouders kunnen ...": a bare plural opening
    the sentence with "kunnen" (present) right after it."""
    first = 0
    while first < len(tokens) and (
        tokens[first].is_space or tokens[first].text in _QUOTE_MARKS | _OPENERS
    ):
        first += 1
    if at != first:
        return False
    head = upto - 1
    if tokens[head].pos_ == "ADJ" and upto < len(tokens) and tokens[upto].pos_ == "NOUN":
        head = upto  # "Narcistische ouders": the term is the adjective
    if any(t.pos_ not in {"ADJ", "NOUN", "PROPN"} for t in tokens[at:head]):
        return False
    noun = tokens[head]
    if noun.pos_ != "NOUN" or not _plural(noun):
        return False
    verb = tokens[head + 1] if head + 1 < len(tokens) else None
    return (
        verb is not None
        and verb.lemma_.lower() == "kunnen"
        and "Pres" in verb.morph.get("Tense")
        and "Plur" in verb.morph.get("Number")
    )


def _plural(token: Any) -> bool:
    """True for a plural noun (by the tagger, else by its ending)."""
    number = token.morph.get("Number")
    if number:
        return "Plur" in number
    return token.lower_.endswith(("en", "s"))


def citation_tokens(tokens: list[Any]) -> set[int]:
    """Indices of the tokens inside a bracketed reference with a number ("(Source 10)",
    "(Jansen, 2019)"): a source cited, not a person the sentence is about."""
    out: set[int] = set()
    opened = None
    for k, t in enumerate(tokens):
        if t.text == "(":
            opened = k
        elif t.text == ")" and opened is not None:
            inside = range(opened + 1, k)
            if k - opened <= _CITATION_REACH and any(tokens[j].like_num for j in inside):
                out.update(inside)
            opened = None
    return out


def insert_cue(tokens: list[Any], cue: int, at: int) -> bool:
    """True when the cue at `cue` is a participle inside an insert that closes before the term
    at `at` ("Curling ouders, ook wel X genoemd (bron), onderscheiden zich door ... Y": the
    naming reaches X, not Y)."""
    if "Part" not in tokens[cue].morph.get("VerbForm"):
        return False
    opened = any(t.text == "," for t in tokens[max(0, cue - _INSERT_REACH) : cue])
    closed = any(t.text == "," for t in tokens[cue + 1 : at])
    return opened and closed


def apposition_subject(tokens: list[Any], at: int, upto: int, cue: int) -> bool:
    """True when the term stands in an apposition right before the cue's verb ("Jan (41),
    buitengesloten vader, ziet zijn dochter niet"): the verb is the subject's own, not a
    reporting clause put after the term."""
    if cue < 1 or tokens[cue - 1].text != ",":
        return False
    if any(
        t.pos_ in {"VERB", "AUX"} or t.text in {",", ".", ";", ":"} for t in tokens[upto : cue - 1]
    ):
        return False
    k = at - 1
    while k >= 0 and at - k <= 3 and tokens[k].pos_ in {"DET", "ADJ", "NUM", "ADV"}:
        k -= 1
    if k < 1 or tokens[k].text != ",":
        return False
    head = tokens[k - 1]
    return head.pos_ in {"PROPN", "NOUN"} or head.text == ")"


__all__ = [
    "apposition_subject",
    "citation_tokens",
    "insert_cue",
    "plural_possibility",
    "postposed_tag",
    "without_clause",
]
