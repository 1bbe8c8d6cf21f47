"""Labelling frames: a term put on a person by a verb or noun of labelling, beyond the lexicon.

The frame marks the term as a label, whatever the term is (with word classes only):

* a labelling verb (``wb/lang/nl/label_frame_verbs.txt``) with "als" (or "voor" after
  uitmaken) and the term: "wordt weggezet als lastig", "dat zij als onbetrouwbaar werd
  bestempeld"; a describing verb (``label_frame_describing.txt``) only with a bare noun or a
  judging word as term: "Een vader staat beschreven als alcoholist", not "Moeder beschrijft
  Noah als een gevoelige jongen";
* a labelling noun (``label_frame_nouns.txt``) with the term in quotes (also after "als"):
  "het etiket ‘borderline’", "kwalificaties krijgen als 'verstandelijk beperkt'"; not after
  "een" ("een label als ouderverstoting verandert ...": an example, talked about);
* a naming verb (``label_frame_naming.txt``) with the term in quotes right before it and a
  person named before the quote ("heb ik haar ‘stom kind’ genoemd"; not "Ook ‘X’ genoemd"),
  or after an object pronoun ("Ik noem het kinderroof, moederberoving of mensenhandel": each
  item of the list is a term).

A term of one clearly positive adjective (CLiPS polarity at least 0.3: "worden als onschuldig
aangemerkt", "als betrouwbaar beschouwd") is no label: the frame clears the person (labels52;
the policy keeps positive forms out).

A person must stand in the sentence (a person noun, a role, a personal pronoun or a name), so
"de situatie wordt beschreven als zorgelijk" is no label. The term is the quoted words, or a run
of adjectives and nouns (no leading article, at most four words, not a bare person noun or a
name). Its voice: asserted when the author applies the term (a first-person subject of an
active frame: "Ik noem het ..."), attributed otherwise (a passive frame, a noun frame, someone
else); the finder keeps negated and reads a first-person frame inside a quote as attributed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_nouns import judging_nouns
from wb.dossiers.descriptions import evaluative_words
from wb.dossiers.lexicon import fold
from wb.lang import table, word_set

LABEL = "etiket (kader)"
VERBS = word_set("label_frame_verbs.txt")
DESCRIBING = word_set("label_frame_describing.txt")
NOUNS = word_set("label_frame_nouns.txt")
NAMING = word_set("label_frame_naming.txt")
OBJECTS = word_set("label_frame_objects.txt")
PASSIVES = word_set("label_frame_passives.txt")
ALLEGED = word_set("voice_alleged.txt")
FIRST_PERSON = word_set("voice_first_person.txt")
_PERSONS = (
    word_set("person_nouns.txt")
    | word_set("voice_person_words.txt")
    | word_set("voice_roles.txt")
    | word_set("voice_personal_pronouns.txt")
)
_BARE_PERSONS = word_set("person_nouns.txt") | word_set("voice_person_words.txt")
_OPEN = frozenset("'‘“„\"")
_CLOSE = frozenset("'’”\"")
_TERM_POS = frozenset({"ADJ", "NOUN"})
_JOIN = frozenset({",", "of", "en"})
_MAX_WORDS = 4
_MAX_QUOTED = 8
_POSITIVE = 0.3  # CLiPS polarity from which an adjective clears rather than labels

Frame = tuple[int, int, str]  # start, end, voice


def _lemma(token: Any) -> str:
    return fold(token.lemma_ or token.text)


@cache
def _positive_adjectives() -> frozenset[str]:
    """Adjectives of CLiPS that are clearly positive (polarity at least 0.3): "onschuldig"."""
    return frozenset(
        fold(word)
        for word, polarity, _ in table("subjectivity_adjectives.txt", 3)
        if float(polarity) >= _POSITIVE
    )


def _clears(doc: Doc, a: int, b: int) -> bool:
    """A term of one clearly positive adjective ("als onschuldig aangemerkt")."""
    token = doc[a]
    keys = {fold(token.text), _lemma(token)}
    return b - a == 1 and token.pos_ == "ADJ" and bool(keys & _positive_adjectives())


def _person_in(sent: Any) -> bool:
    """Whether a person noun, role, personal pronoun or name stands in the sentence."""
    return any(t.pos_ == "PROPN" or fold(t.text) in _PERSONS or _lemma(t) in _PERSONS for t in sent)


def _quoted(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """Token range of the words in quotes that open at token i, or None."""
    if i >= end or doc[i].text not in _OPEN:
        return None
    for j in range(i + 1, min(end, i + _MAX_QUOTED + 2)):
        if doc[j].text in _CLOSE:
            return (i + 1, j) if j > i + 1 else None
    return None


def _run(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """Token range of an unquoted term from token i: (een/de/het) adjectives and nouns, at most
    four words, ending in an adjective or noun; not a bare person noun or a name."""
    if i < end and doc[i].pos_ == "DET":
        i += 1
    j = i
    while j < end and j - i < _MAX_WORDS and (doc[j].pos_ in _TERM_POS or _degree(doc, j, end)):
        j += 1
    while j > i and doc[j - 1].pos_ not in _TERM_POS:
        j -= 1
    if j == i:
        return None
    if j - i == 1 and (_lemma(doc[i]) in _BARE_PERSONS or fold(doc[i].text) in _BARE_PERSONS):
        return None
    return i, j


def _degree(doc: Doc, j: int, end: int) -> bool:
    """An adverb of degree right before an adjective ("zeer onbetrouwbaar")."""
    return doc[j].pos_ == "ADV" and j + 1 < end and doc[j + 1].pos_ == "ADJ"


def _terms(doc: Doc, i: int, end: int, quoted_only: bool = False) -> list[tuple[int, int]]:
    """The term (quoted or a run) from token i, and the further items of a list ("X, Y of Z")."""
    out: list[tuple[int, int]] = []
    while i < end and len(out) < 4:
        q = _quoted(doc, i, end)
        span = (q[0], q[1]) if q else (None if quoted_only else _run(doc, i, end))
        if span is None:
            break
        out.append(span)
        nxt = span[1] + (1 if q else 0)
        if nxt < end and doc[nxt].lower_ in _JOIN:
            i = nxt + 1
        else:
            break
    return out


def _first_person_active(doc: Doc, sent: Any, cue: int) -> bool:
    """The author (or a quoted speaker) applies the term: a first-person pronoun in the clause of
    an active frame ("Ik noem het ...", "heb ik haar ... genoemd")."""
    window = doc[max(sent.start, cue - 10) : min(sent.end, cue + 3)]
    if any(_lemma(t) in PASSIVES and t.pos_ == "AUX" for t in window):
        return False
    return any(fold(t.text) in FIRST_PERSON for t in window)


def _verb_frames(doc: Doc, sent: Any) -> list[tuple[int, tuple[int, int]]]:
    """(cue, term range) for "beschreven als X", "zet haar weg als X", "als X bestempeld"."""
    out = []
    end = sent.end
    for k in range(sent.start, end):
        token = doc[k]
        lemma = _lemma(token)
        cue = None
        if token.pos_ in {"VERB", "AUX"} and lemma in VERBS | DESCRIBING:
            cue = k
        elif token.pos_ in {"ADP", "ADV"} and fold(token.text) + _separable_base(doc, sent, k) in (
            VERBS
        ):
            cue = k  # "zet haar weg als": the particle closes the verb
        if cue is None:
            continue
        for j in range(cue + 1, min(end, cue + 4)):
            word = doc[j].lower_
            if word == "als" or (word == "voor" and lemma == "uitmaken"):
                out += [(cue, t) for t in _terms(doc, j + 1, end) if _fits(doc, lemma, t)]
                break
        else:
            # verb-final: "dat zij als onbetrouwbaar werd bestempeld"
            for j in range(cue - 1, max(sent.start, cue - 7), -1):
                if doc[j].lower_ == "als":
                    found = _terms(doc, j + 1, cue)
                    out += [(cue, t) for t in found if t[1] >= cue - 3 and _fits(doc, lemma, t)]
                    break
    return out


def _fits(doc: Doc, lemma: str, term: tuple[int, int]) -> bool:
    """A labelling verb takes any term; a describing verb a bare noun ("als alcoholist") or a
    term with a judging word ("als onbetrouwbaar", "als een manipulatieve moeder")."""
    if lemma not in DESCRIBING:
        return True
    a, b = term
    if b - a == 1 and doc[a].pos_ == "NOUN" and (a == 0 or doc[a - 1].pos_ != "DET"):
        return True
    judging = evaluative_words() | judging_nouns()
    return any({fold(t.text), fold(t.lemma_)} & judging for t in doc[a:b])


def _separable_base(doc: Doc, sent: Any, k: int) -> str:
    """The lemma of the nearest verb before a particle in its clause ("zet ... weg")."""
    for j in range(k - 1, max(sent.start, k - 6) - 1, -1):
        if doc[j].pos_ == "VERB":
            return _lemma(doc[j])
        if doc[j].text in {",", ";", ":"}:
            break
    return "\0"


def _noun_frames(doc: Doc, sent: Any) -> list[tuple[int, tuple[int, int]]]:
    """(cue, term range) for "het etiket ‘X’", "kwalificaties krijgen als 'X'"."""
    out = []
    for k in range(sent.start, sent.end):
        token = doc[k]
        if token.pos_ not in {"NOUN", "PROPN"} or not (
            _lemma(token) in NOUNS or fold(token.text) in NOUNS
        ):
            continue
        if k > sent.start and doc[k - 1].lower_ == "een":
            continue  # "een label als ouderverstoting ...": a term as an example, talked about
        for j in range(k + 1, min(sent.end, k + 4)):
            if doc[j].text in _OPEN:
                out += [(k, t) for t in _terms(doc, j, sent.end, quoted_only=True)]
                break
    return out


def _naming_frames(doc: Doc, sent: Any) -> list[tuple[int, tuple[int, int]]]:
    """(cue, term range) for "heb haar ‘stom kind’ genoemd" and "Ik noem het X, Y of Z"."""
    out = []
    for k in range(sent.start, sent.end):
        if doc[k].pos_ not in {"VERB", "AUX"} or _lemma(doc[k]) not in NAMING:
            continue
        if k - 1 > sent.start and doc[k - 1].text in _CLOSE:
            j = k - 2
            while j > max(sent.start, k - _MAX_QUOTED - 2) and doc[j].text not in _OPEN:
                j -= 1
            if doc[j].text in _OPEN and j + 1 < k - 1 and _named_person(doc, sent, j):
                out.append((k, (j + 1, k - 1)))
                continue
        j = k + 1
        while j < sent.end and doc[j].pos_ == "ADV":
            j += 1
        if j < sent.end and fold(doc[j].text) in OBJECTS and doc[j].pos_ in {"PRON", "DET"}:
            found = _act_named(doc, _terms(doc, j + 1, sent.end), sent.end)
            # "het" read as an article ("noemt het probleem"): only a list or a quote is a term
            if doc[j].pos_ == "PRON" or len(found) > 1 or doc[j + 1].text in _OPEN:
                out += [(k, t) for t in found]
    return out


def _act_named(doc: Doc, found: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The term after an act that is named (labels30): in "noemde het ‘X’ van je kind ‘Y’",
    the quoted X with "van" after it is the act, Y is the term put on it."""
    if len(found) != 1 or found[0][1] + 1 >= end or doc[found[0][1] + 1].lower_ != "van":
        return found
    for k in range(found[0][1] + 2, min(end, found[0][1] + 2 + _MAX_QUOTED)):
        if doc[k].text in {",", ";", ":", "."}:
            break
        if doc[k].text in _OPEN and _quoted(doc, k, end):
            return _terms(doc, k, end, quoted_only=True)
    return []


def _named_person(doc: Doc, sent: Any, quote: int) -> bool:
    """Whether a person is the one named, before the quoted term: an object pronoun or a person
    noun ("heb ik haar ‘stom kind’ genoemd"), not a concept ("Ook ‘X’ genoemd, wanneer ...")."""
    for t in doc[max(sent.start, quote - 8) : quote]:
        word = fold(t.text)
        if (word in OBJECTS and word != "het" and t.pos_ == "PRON") or (
            t.pos_ == "NOUN" and (word in _BARE_PERSONS or _lemma(t) in _BARE_PERSONS)
        ):
            return True
    return False


def find_frames(doc: Doc) -> list[Frame]:
    """Character spans of terms put on a person by a labelling frame, with the frame's voice."""
    if not doc.has_annotation("POS") or not doc.has_annotation("SENT_START"):
        return []
    out: list[Frame] = []
    for sent in doc.sents:
        found = _verb_frames(doc, sent) + _noun_frames(doc, sent) + _naming_frames(doc, sent)
        if not found or not _person_in(sent):
            continue
        for cue, (a, b) in found:
            if any(t.pos_ == "PROPN" for t in doc[a:b]) or _clears(doc, a, b):
                continue
            voice = "asserted" if _first_person_active(doc, sent, cue) else "attributed"
            out.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), voice))
    return sorted(set(out))


def repeats(text: str, frames: list[Frame]) -> list[tuple[int, int]]:
    """Other places where the text repeats a term a frame put on someone, as a whole word
    (case aside): a heading "'Verstandelijk beperkt'" over "kwalificaties krijgen als
    'verstandelijk beperkt'". Terms of at least five letters; the voice is the resolver's."""
    out = []
    for a, b, _ in frames:
        term = text[a:b]
        if len(term) < 5:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        out += [(m.start(), m.end()) for m in pattern.finditer(text) if m.start() != a]
    return sorted(set(out))


def alleged(text: str, start: int) -> bool:
    """Whether an adjective of allegation stands right before the term at start ("haar
    vermeende borderline"): someone else claims it."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and fold(before[-1]) in ALLEGED


__all__ = ["LABEL", "alleged", "find_frames", "repeats"]
