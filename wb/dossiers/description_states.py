"""A feeling adjective on a person that tells a state, not a type: "een boze vader met een vuist
op tafel", "Vader werd boos".

The description pattern (:mod:`wb.dossiers.descriptions`) reads "de boze moeder" as a typing
(the seed files, issue 11). An adjective of a feeling
(``wb/lang/nl/description_state_adjectives.txt``) tells a state instead, which the annotation
scope leaves out, when

* attributive, with no definite or pointing determiner before it ("de", "die", "zo'n" keep the
  type), and the person is shown in a scene: a preposition of place or company right after
  the person noun ("boze moeders aan mijn tafeltje", ``description_scene_prepositions.txt``),
  "er" with a form of "zijn", "staan", "zitten" or "komen" before it in the sentence ("er
  waren een boze vader ..."), or a time word of a story before it in the sentence
  ("Uiteindelijk ...", ``description_scene_words.txt``);
* attributive in a caption: a verbless line that holds nothing but the adjective and a
  singular person noun without a determiner ("Boos kind" under a photo). A singular count
  noun needs a determiner in a Dutch sentence; a bare one on a line of its own names what a
  picture shows, a moment, not a type (labels51);
* a predicate of "worden", "raken" or "blijven", or of "zijn" in the past tense ("werd boos",
  "was boos", "blijft haar dochter boos"), within three words before it or right after it
  ("(dat) vader boos werd").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

STATE_ADJECTIVES = frozenset(fold(w) for w in word_set("description_state_adjectives.txt"))
_SCENE_WORDS = word_set("description_scene_words.txt")
_SCENE_PREPOSITIONS = word_set("description_scene_prepositions.txt")
_KEEP_TYPE = word_set("description_type_determiners.txt")
_BECOME = frozenset({"worden", "raken", "blijven"})
_THERE_VERBS = word_set("description_scene_verbs.txt")
_PREDICATE_REACH = 3


def _state_word(token: Any) -> bool:
    text = fold(token.text)
    # "woedende": the participle's bare form (its lemma is the verb "woeden")
    return bool({text, text.removesuffix("e"), fold(token.lemma_)} & STATE_ADJECTIVES)


def scene_state(doc: Doc, first: int, k: int) -> bool:
    """True when the description doc[first:k+1] opens with a feeling adjective and the person
    (doc[k]) is shown in a scene, with no definite determiner before the adjective."""
    if not _state_word(doc[first]):
        return False
    if first and doc[first - 1].lower_ in _KEEP_TYPE:
        return False
    if first > 1 and doc[first - 2].lower_ == "zo" and doc[first - 1].lower_ in {"'n", "’n"}:
        return False  # "zo’n" as two tokens
    if k + 1 < len(doc) and doc[k + 1].lower_ in _SCENE_PREPOSITIONS:
        return True
    if _caption(doc, first, k):
        return True
    sent = doc[first].sent if doc.has_annotation("SENT_START") else doc[:first]
    before = [t for t in sent if t.i < first]
    if any(t.lower_ in _SCENE_WORDS for t in before):
        return True
    return any(
        t.lower_ == "er"
        and any(u.lemma_.lower() in _THERE_VERBS for u in before[max(0, n - 2) : n + 3])
        for n, t in enumerate(before)
    )


def _caption(doc: Doc, first: int, k: int) -> bool:
    """True when doc[first:k+1] is a line of its own ending in a singular noun: a caption."""
    if doc[k].morph.get("Number") != ["Sing"]:
        return False
    text = doc.text
    start, end = doc[first].idx, doc[k].idx + len(doc[k].text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .:")


def state_predicate(doc: Doc, start: int) -> bool:
    """True when the adjective at character offset start is a feeling adjective predicated by
    "worden", "raken", "blijven" or a past "zijn" within three words before it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not _state_word(span[0]):
        return False
    i = span[0].i
    after = doc[i + 1 : i + 2]  # "(dat) vader boos werd": the copula at the clause's end
    for t in [*doc[max(0, i - _PREDICATE_REACH) : i], *after]:
        lemma = t.lemma_.lower()
        if t.pos_ not in {"AUX", "VERB"}:
            continue
        if lemma in _BECOME or (lemma == "zijn" and "Past" in t.morph.get("Tense")):
            return True
    return False


__all__ = ["STATE_ADJECTIVES", "scene_state", "state_predicate"]
