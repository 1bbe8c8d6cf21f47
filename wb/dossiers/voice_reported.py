"""Reported speech and cited sources beyond reporting verbs (voice16, issue 11 §1).

* :func:`source_frame`: a document of the case cited as the source of what follows: "In het
  rapport staat (vermeld) dat ...", "Uit het verslag van de raad blijkt dat ...". The document
  (``voice_source_documents.txt``, or a compound ending in one: "raadsrapport") is the one who
  says it; the text's own document ("in dit rapport", "ons verslag") is the author.
* :func:`claim_noun`: a noun of a claim about someone with its content in a "dat"-clause ("de
  beschuldiging door haar ex dat ze niet voor de kinderen kon zorgen", "zijn verwijt dat ..."),
  or in a relative clause on whom the claim is about ("klachten over een aantal kinderen die
  andere kinderen terroriseren", labels61): the one who makes the claim applies the term, not
  the author.
* :func:`continued_report`: indirect speech that goes on in the next sentence. "Mevrouw zegt
  dat haar ex niet goed voor de kinderen zorgde. Hij keek niet naar hen om.": the report is in
  the present, what is reported in the past; a next sentence of the paragraph that opens with a
  third-person pronoun and has only past finite verbs goes on with the reported account (the
  author's own narration stays in the tense of the report).
* :func:`reported_generic`: what a cue reports is about a kind, named by the term as the bare
  plural subject of the "dat"-clause ("Freud beschreef dat narcisten hun energie vooral aan
  zichzelf besteden"): discussed, as the same sentence without the cue is. A judgement said
  of a bare plural group ("Ze denken dat ouders te dom zijn") stays attributed (labels19).
* :func:`past_account` and :func:`reportative` (labels33): a chain of reported sentences.
  "Volgens de moeder weigeren haar kinderen ... . Hij zou hen gedreigd hebben ... . De
  kinderen waren bang dat hij ... zou brengen. Hij treiterde hen ...": after a sentence with
  another party's cue, the next sentence reports with "zou"; every sentence since either
  reports with "zou" too or opens with a third-person pronoun in the past; the chain carries the
  attribution on (:meth:`wb.dossiers.voice_attribution.Attribution.carried`).
* :func:`asks_reader`: a question to the reader ("Hoe houd je als ouder ...?") is the author's
  own; it does not go on with a quote before it.
* :func:`copula_nominal`: a term noun after a copula with only an article, adjectives or
  adverbs between ("Zij is een echte tijgermoeder", "Hij blijft een typische narcist"): the term
  is said of the subject, a predicate like an adjective after "is".
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_tense import finite, only_past
from wb.lang import word_set, words

SOURCE_DOCUMENTS = word_set("voice_source_documents.txt")
_SOURCE_VERBS = words("voice_source_verbs.txt")
IN_VERBS = frozenset(_SOURCE_VERBS[0].split())  # "in het rapport staat"
OUT_VERBS = frozenset(_SOURCE_VERBS[1].split())  # "uit het rapport blijkt"
CLAIM_NOUNS = word_set("voice_claim_nouns.txt")
SELF_DETERMINERS = word_set("voice_source_self.txt")
COPULAS = word_set("voice_assertion_copulas.txt")
REPORT_OPENERS = word_set("voice_report_openers.txt")
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PRON"})
_BETWEEN = frozenset({"DET", "ADJ", "ADV"})
_SOURCE_REACH = 8
_CLAIM_REACH = 6
_STOPS = frozenset(".,;:!?()")


def _document(token: Any) -> bool:
    word = token.lower_
    return word in SOURCE_DOCUMENTS or any(
        word.endswith(d) and len(d) >= 6 and len(word) > len(d) for d in SOURCE_DOCUMENTS
    )


def source_frame(tokens: list[Any], low: list[str], k: int) -> int | None:
    """The position of the cited document when token k is the verb of a source frame ("In het
    rapport staat dat", "Uit het dossier blijkt dat"), else None. The frame opens its clause:
    "in"/"uit", the document phrase, then the verb; "dat" or ":" follows the verb."""
    lemma = tokens[k].lemma_.lower()
    word = low[k]
    if word in IN_VERBS or lemma in IN_VERBS:
        prep = "in"
    elif word in OUT_VERBS or lemma in OUT_VERBS:
        prep = "uit"
    else:
        return None
    rest = low[k + 1 : k + 5]
    if not ("dat" in rest or ":" in rest or ("het" in rest and "volgende" in rest)):
        return None
    j = k - 1
    doc = None
    while j >= 0 and k - j <= _SOURCE_REACH and tokens[j].pos_ in _PHRASE:
        if low[j] == prep and (j == 0 or low[j - 1] in _STOPS or tokens[j - 1].is_space):
            return doc
        if _document(tokens[j]) and tokens[j - 1].lower_ not in ("van", "over"):
            doc = j
        j -= 1
    return None


def source_is_self(low: list[str], doc: int) -> bool:
    """True when the cited document is the text itself: "in dit rapport", "in ons verslag"."""
    return doc > 0 and low[doc - 1] in SELF_DETERMINERS


def claim_noun(tokens: list[Any], low: list[str], k: int) -> bool:
    """True when token k is a claim noun whose content follows in a "dat"-clause within a few
    words ("de beschuldiging door haar ex dat ...", "het verwijt dat ...")."""
    if low[k] not in CLAIM_NOUNS and tokens[k].lemma_.lower() not in CLAIM_NOUNS:
        return False
    if low[k + 1 : k + 2] == ["over"]:
        return _about_relative(tokens, low, k + 2)
    for j in range(k + 1, min(len(low), k + _CLAIM_REACH)):
        if low[j] == "dat":
            return True
        if low[j] in _STOPS or tokens[j].pos_ in {"VERB", "AUX"}:
            return False
    return False


def _about_relative(tokens: list[Any], low: list[str], first: int) -> bool:
    """True when the phrase from first (after "klachten over") is a noun phrase with a relative
    clause: "klachten over een aantal kinderen die andere kinderen terroriseren" says what the
    complaints say of them (labels61)."""
    for j in range(first, min(len(low), first + _CLAIM_REACH + 2)):
        if low[j] in ("die", "dat") and j > first and tokens[j - 1].pos_ in {"NOUN", "PROPN"}:
            return True
        if low[j] in _STOPS or tokens[j].pos_ in {"VERB", "AUX"}:
            return False
    return False


def claim_speaker(low: list[str], k: int) -> list[int]:
    """Positions where the claimant of the claim noun at k may stand, nearest first: after
    "door"/"van" right behind the noun, else the possessive before it ("haar beschuldiging")."""
    out = []
    if k + 1 < len(low) and low[k + 1] in ("door", "van"):
        out += list(range(k + 2, min(len(low), k + 5)))
    j = k - 1
    while j >= 0 and low[j] not in _STOPS and k - j <= 3:
        out.append(j)
        j -= 1
    return out


def continued_report(prev: list[Any], cue: int, cur: list[Any]) -> bool:
    """True when cur goes on with the indirect speech of prev, whose reporting verb stands at
    cue: the verb is present and followed by "dat"; the reported clause has a past finite verb;
    cur opens with a third-person pronoun and its finite verbs are all past."""
    if not finite(prev[cue]) or "Pres" not in prev[cue].morph.get("Tense"):
        return False
    low = [t.lower_ for t in prev]
    try:
        that = low.index("dat", cue + 1, cue + 5)
    except ValueError:
        return False
    if not any(finite(t) and "Past" in t.morph.get("Tense") for t in prev[that + 1 :]):
        return False
    words = [t for t in cur if not t.is_space]
    if not words or words[0].lower_ not in REPORT_OPENERS or words[0].pos_ != "PRON":
        return False
    return only_past(words)


def past_account(tokens: list[Any]) -> bool:
    """True for a sentence that opens with a third-person pronoun and has only past finite
    verbs ("Hij treiterde hen door ..."): in a chain of reported sentences it goes on with the
    account (:func:`reportative`, labels33)."""
    words_ = [t for t in tokens if not t.is_space]
    if not words_ or words_[0].lower_ not in REPORT_OPENERS or words_[0].pos_ != "PRON":
        return False
    return only_past(words_)


def reportative(tokens: list[Any]) -> bool:
    """True for a sentence with "zou"/"zouden": the writer reports what someone else says."""
    return any(t.lower_ in ("zou", "zouden") for t in tokens)


_READER = word_set("voice_reader_subjects.txt")


def asks_reader(tokens: list[Any]) -> bool:
    """True for a question to the reader: it ends in "?" and a finite verb has "je", "jij", "u"
    or "jullie" right after it ("Hoe houd je als ouder het hoofd koel met ...?"). The author
    asks it: it goes on with no one's reported account."""
    words = [t for t in tokens if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    return any(
        finite(t) and n + 1 < len(words) and words[n + 1].lower_ in _READER
        for n, t in enumerate(words)
    )


def copula_nominal(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term noun after a copula with only an article, adjectives or adverbs between
    ("is een echte X", "blijft een X"); the copula must have a subject before it."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or inside[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    k = at - 1
    while k >= 0 and (tokens[k].pos_ in _BETWEEN or tokens[k].is_space):
        k -= 1
    if k <= 0 or k == at - 1:
        return False  # the bare term right after the copula is voice_assertion's own cue
    verb = tokens[k]
    return verb.pos_ in {"AUX", "VERB"} and verb.lemma_.lower() in COPULAS


_SUBJECT_SKIP = frozenset({"ADJ", "ADV"})


def reported_generic(tokens: list[Any], at: int, upto: int) -> bool:
    """True when what a cue reports is a statement about a kind of people or cases, of no one in
    particular ("Freud beschreef dat narcisten hun energie ...", "De arts zegt dat
    narcisten ..."): the term is the bare plural noun (no article, possessive or number) that
    opens the "dat"-clause as its subject, and the clause has no past finite
    verb and no name. A judgement said of such a group stays the speaker's ("Ze denken dat
    ouders te dom zijn ...": attributed, labels19)."""
    that = at - 1
    while that >= 0 and tokens[that].lower_ != "dat":
        if tokens[that].lower_ in _STOPS:
            return False
        that -= 1
    if that < 0:
        return False
    first = that + 1
    while first < at and (tokens[first].pos_ in _SUBJECT_SKIP or tokens[first].is_space):
        first += 1
    subject = tokens[first] if first < len(tokens) else None
    if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number"):
        return False
    if at != first:
        return False  # the term names the kind; "dat ouders te dom zijn" judges them (labels19)
    last = upto
    while last < len(tokens) and tokens[last].lower_ not in _STOPS:
        last += 1
    clause = tokens[that + 1 : last]
    if any(t.pos_ == "PROPN" for t in clause):
        return False
    return not any(finite(t) and "Past" in t.morph.get("Tense") for t in clause)


__all__ = [
    "asks_reader",
    "claim_noun",
    "claim_speaker",
    "continued_report",
    "copula_nominal",
    "reported_generic",
    "source_frame",
    "source_is_self",
]


def document_noun(token: Any) -> bool:
    """True for a noun of a cited document ("rapport", "onderzoeksrapport", "dossier")."""
    return _document(token)
