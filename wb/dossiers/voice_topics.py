"""A term as the topic of talk, the content of an idea or an item of a catalogue (labels-voice6).

Three shapes of "the term itself is talked about" (the annotation guide's `discussed`: "named,
asked or written about", a list of terms; bench/realtext/labels/README.md) that the other rules
read as applied (asserted, or attributed to the one who talks):

* :func:`spoken_about`: a bare plural group after "over" that follows a verb of talking or
  debating in its clause (``voice_topic_verbs.txt``: "Het Kamerlid sprak over criminele
  jongeren", "debatteren over hangjongeren"). The speaker talks about the group as a subject; no
  particular person is judged. A group with a determiner or a possessive ("over zijn
  manipulatieve ex") is someone's account and stays with the attribution rules.
* :func:`idea_content`: the term in the "dat"-clause right after an idea noun with a determiner
  (``voice_idea_nouns.txt``: "het idee dat vaders incompetent zijn", "het vooroordeel dat
  tienermoeders ..."), the clause about a bare plural group: the idea is what the text talks
  about. Not when someone is said to have it ("heeft het idee dat ...": an attribution cue).
  :func:`image_of`: the same nouns before "van een/de X" ("het beeld van de narcist"): an idea
  of the type, unless someone fits it ("voldoet aan het beeld van een X").
* :func:`catalogue_item`: the term is one item of a list of at least three short items that a
  plural noun opens with "als" (``voice_list_openers.txt``: "zaken als roddelen, stoken en
  manipuleren") or that a word of going on closes (``voice_list_closers.txt``: "brutaliteit,
  pesten, spijbelen, vandalisme enz."): kinds of behaviour named, not what someone did.

Word classes and lemmas only (the pipeline has no dependency parse).
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_tense import finite
from wb.lang import word_set

_TOPIC_VERBS = word_set("voice_topic_verbs.txt")
_IDEA_NOUNS = word_set("voice_idea_nouns.txt")
_LIST_OPENERS = word_set("voice_list_openers.txt")
_LIST_CLOSERS = word_set("voice_list_closers.txt")
_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")"})
_SEPARATORS = frozenset({",", "/", "en", "of"})
_DETERMINERS = word_set("voice_idea_determiners.txt")
_HAVING = word_set("voice_idea_having.txt")  # "heeft het idee dat": a cue, not a topic
_TOPIC_REACH = 8  # words from the verb of talking to "over"
_ITEM_WORDS = 3  # words of one list item at most


def _attribute(token: Any) -> bool:
    """An adjective, or a participle used as one ("overlast veroorzakende")."""
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


def _group_opening(tokens: list[Any], at: int) -> int:
    """The index of the word before the bare group the term opens or stands in: back over
    adjectives and participles and the "en"/"," between them."""
    k = at - 1
    while k >= 0:
        t = tokens[k]
        if t.is_space or _attribute(t) or (t.pos_ == "NOUN" and _attribute(tokens[k + 1])):
            k -= 1
        elif t.lower_ in {"en", "of", ","} and k and _attribute(tokens[k - 1]):
            k -= 1
        else:
            break
    return k


def _plural_head(tokens: list[Any], at: int, upto: int) -> bool:
    """Whether the group's head, the first noun from the term on, is plural; a nominalised
    adjective that ends the group counts too (the tagger reads "jongeren" as a comparative)."""
    end = min(len(tokens), upto + 3)
    for k in range(at, end):
        t = tokens[k]
        if t.pos_ in {"NOUN", "PROPN"}:
            return "Plur" in t.morph.get("Number")
        if t.is_punct and t.lower_ != ",":
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.pos_ == "ADJ" and (nxt is None or not (_attribute(nxt) or nxt.pos_ == "NOUN")):
            ends_group = nxt is not None and nxt.lower_ not in {"en", "of", ","}
            return ends_group and t.lower_.endswith("en")
    return False


def spoken_about(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "sprak (in de Kamer) over criminele jongeren": a bare plural group after "over"
    after a verb of talking in the same clause (module)."""
    k = _group_opening(tokens, at)
    if k < 1 or tokens[k].lower_ != "over" or not _plural_head(tokens, at, upto):
        return False
    seen = 0
    for j in range(k - 1, -1, -1):
        t = tokens[j]
        if t.text in _STOPS or seen > _TOPIC_REACH:
            return False
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in _TOPIC_VERBS:
            return True
        seen += not t.is_space
    return False


def idea_content(tokens: list[Any], at: int) -> bool:
    """True for "(klaar met) het idee dat vaders incompetent zijn": the term in the clause of an
    idea noun with a determiner, about a bare plural group (module)."""
    d = at - 1
    while d >= 0 and tokens[d].lower_ != "dat":
        if tokens[d].text in _STOPS:
            return False
        d -= 1
    if d < 2 or tokens[d - 1].lower_ not in _IDEA_NOUNS:
        return False
    if tokens[d - 2].lower_ not in _DETERMINERS:
        return False
    if any(t.lemma_.lower() in _HAVING for t in tokens[max(0, d - 4) : d - 1]):
        return False  # "Ze heeft het idee dat ...": someone's view, the cue decides
    s = d + 1
    while s < len(tokens) and (tokens[s].is_space or tokens[s].pos_ == "ADJ"):
        s += 1
    if s >= len(tokens) or s > at:
        return False
    subject = tokens[s]
    return subject.pos_ == "NOUN" and "Plur" in subject.morph.get("Number")


_FITTING = word_set("voice_idea_fitting.txt")  # "voldoet aan het beeld van een X": applied


def image_of(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "het beeld van de narcist", "mijn beeld van een alcoholist": an idea of the type
    the term names, not a person called so; not when someone fits the image ("voldoet aan het
    beeld van een X", "past in het beeld van een X")."""
    if upto - at != 1 or tokens[at].pos_ != "NOUN" or "Plur" in tokens[at].morph.get("Number"):
        return False
    k = at - 1
    if k < 3 or tokens[k].lower_ not in {"een", "de"} or tokens[k - 1].lower_ != "van":
        return False
    if tokens[k - 2].lower_ not in _IDEA_NOUNS or tokens[k - 3].lower_ not in _DETERMINERS:
        return False
    return k < 4 or tokens[k - 4].lower_ not in _FITTING


def _walk(tokens: list[Any], k: int, step: int) -> tuple[int, int]:
    """From k in direction `step`, over list items of at most three words and their
    separators: (the index where the list ends, the separators passed)."""
    words = seps = 0
    while 0 <= k < len(tokens):
        t = tokens[k]
        if t.is_space:
            k += step
            continue
        if t.lower_ in _SEPARATORS:
            seps += 1
            words = 0
        elif t.is_punct or t.lower_ == "als" or t.lower_.rstrip(".") in _LIST_CLOSERS:
            break
        elif finite(t):
            break
        else:
            words += 1
            if words > _ITEM_WORDS:
                break
        k += step
    return k, seps


def catalogue_item(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "zaken als roddelen, stoken en manipuleren" and "brutaliteit, pesten,
    spijbelen, vandalisme enz.": the term is an item of a catalogue (module)."""
    if upto - at > _ITEM_WORDS:
        return False
    left, before = _walk(tokens, at - 1, -1)
    right, after = _walk(tokens, upto, 1)
    if before + after < 2:
        return False
    opened = left >= 1 and tokens[left].lower_ == "als" and tokens[left - 1].lower_ in _LIST_OPENERS
    closed = right < len(tokens) and tokens[right].lower_.rstrip(".") in _LIST_CLOSERS
    return opened or closed


__all__ = ["catalogue_item", "idea_content", "image_of", "spoken_about"]
