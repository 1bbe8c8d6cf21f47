"""A parent or child judged unable to parent or reflect: "de moeder is niet in staat de kinderen
een veilige opvoedomgeving te bieden".

"in staat", denied by a word of lack right before it (``description_capability_degrees.txt``
plus "minder"; "meer", "goed", "langer" and "bereid of" may stand between: "niet (meer) in
staat", "minder goed in staat", "niet bereid of in staat"), is a description aimed at a person
when what follows is a task of parenting, care, insight or reflection
(``description_capability_tasks.txt``): "om ... te VERB" or "te VERB" in the same clause, or
"tot" + a noun ("niet in staat tot zelfreflectie"); or the complement names the person's role
("hun relatie als ouders vorm te geven"). The span runs from the word of lack to the
verb or noun that closes the complement. Annotation policy of 2026-12-05 (labels-capacity).
"bij machte" counts as "in staat" (``description_capability_unable_heads.txt``), "altijd" and
"steeds" may stand between ("niet altijd in staat"), and a verb of change or reflection in the
complement counts as a task (``description_capability_change_verbs.txt``: "niet in staat om de
situatie te veranderen", "niet bij machte ... te reflecteren"; labels-aimed3). A denied verb
of showing stands for the word of lack: "(de moeder) heeft niet laten zien dat zij in staat is
om ..." (labels62).

Out of scope: circumstantial or practical incapacity ("door ziekte niet in staat te werken",
"niet in staat om naar de zitting te komen", "financieel niet in staat"), a bare "niet in
staat" without a complement ("daartoe niet in staat"), and a capacity said of a professional or
an institution (the nearest noun before, not in a prepositional phrase, is a role of
``voice_roles.txt`` or a body of ``description_capability_bodies.txt`` and no family person:
"de gezinsvoogd is niet in staat ...", "Jeugdzorg was niet in staat ...").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set, words

DEGREES = word_set("description_capability_degrees.txt") | word_set(
    "description_capability_unable_degrees.txt"
)
_BETWEEN = word_set("description_capability_unable_between.txt")
_TASKS = word_set("description_capability_tasks.txt")
_CHANGES = by_kind("description_capability_change_verbs.txt", fold)
_HEAD_PAIRS = frozenset(
    tuple(pair.split()) for pair in words("description_capability_unable_heads.txt")
)
_PREFIXES = tuple(w[:-1] for w in _TASKS if w.endswith("-"))
_HEADS = tuple(w[1:] for w in _TASKS if w.startswith("-"))
_ROLES = word_set("voice_roles.txt") | word_set("description_capability_bodies.txt")
_CLAUSE_END = word_set("description_capability_unable_ends.txt")
_SUBORDINATORS = word_set("tagger_subordinators.txt")
_SHOWING = word_set("description_capability_showing.txt")
_REACH = 24  # labels60: 16 cut a complement with a time phrase before its object


def _task(word: str) -> bool:
    """A word of the task list: whole, by its first part or by its compound head."""
    return word in _TASKS or word.startswith(_PREFIXES) or word.endswith(_HEADS)


def _keys(doc: Doc, k: int) -> set[str]:
    """Folded text and lemma of token k, and particle + verb for "op te voeden"."""
    keys = {fold(doc[k].text), fold(doc[k].lemma_)}
    if k >= 2 and fold(doc[k - 1].text) == "te" and doc[k].pos_ == "VERB":
        keys |= {fold(doc[k - 2].text) + key for key in list(keys)}
    return keys - {""}


def task_keys(doc: Doc, k: int) -> list[str]:
    """The keys of token k that are task words ("belang", "opvoedomgeving", "op te voeden")."""
    return [key for key in _keys(doc, k) if _task(key)]


def _degree(doc: Doc, i: int) -> int | None:
    """The word of lack before "in" at i ("niet", "onvoldoende", "minder goed"), or None."""
    h = i - 1
    while h >= 0 and i - h <= 4:
        word = fold(doc[h].text)
        if word in DEGREES:
            return h
        if word not in _BETWEEN:
            return _denied_showing(doc, i)
        h -= 1
    return _denied_showing(doc, i)


def _denied_showing(doc: Doc, i: int) -> int | None:
    """ "niet heeft laten zien dat zij in staat is": "in" at i after a subject (a pronoun, or a
    noun with its determiner) and "dat", which follow a verb of showing
    (``description_capability_showing.txt``) with a word of lack at most three words before it;
    the index of that word, else None (labels62)."""
    h = i - 1
    if h >= 0 and doc[h].pos_ in {"NOUN", "PROPN"} and h > 0 and doc[h - 1].pos_ == "DET":
        h -= 1
    elif not (h >= 0 and doc[h].pos_ == "PRON"):
        return None
    h -= 1
    if h < 1 or fold(doc[h].text) != "dat" or fold(doc[h - 1].lemma_) not in _SHOWING:
        return None
    for g in range(h - 2, max(-1, h - 5), -1):
        if fold(doc[g].text) in DEGREES:
            return g
        if doc[g].is_punct:
            return None
    return None


def _second_infinitive(doc: Doc, m: int, stop: int) -> bool:
    """A second "te" + verb after "en" at m-1 before the clause ends: a coordinated
    complement ("te bedwingen en het goede voorbeeld te geven")."""
    for n in range(m, min(stop, len(doc) - 1)):
        word = fold(doc[n].text)
        if word in _CLAUSE_END or doc[n].pos_ in {"VERB", "AUX", "SCONJ"}:
            return False
        if word == "te" and doc[n + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def _complement_end(doc: Doc, j: int) -> tuple[int, list[int]] | None:
    """The last token of the complement after "staat" at j-1, with the tokens to read for a task."""
    k = j
    while k < len(doc) and (doc[k].pos_ == "AUX" or fold(doc[k].text) == "te"):
        if fold(doc[k].text) == "te" and k + 1 < len(doc) and doc[k + 1].pos_ != "AUX":
            break  # "in staat te zorgen": te belongs to the complement
        k += 1
    if k < len(doc) and fold(doc[k].text) == "tot":
        for m in range(k + 1, min(k + 5, len(doc))):
            if doc[m].pos_ in {"NOUN", "PROPN"}:
                return m, list(range(k + 1, m + 1))
            if fold(doc[m].text) in _CLAUSE_END:
                return None
        return None
    end = None
    m = k
    while m < len(doc) and m - k < _REACH:
        word = fold(doc[m].text)
        if word == "en" and end is not None and _second_infinitive(doc, m + 1, k + _REACH):
            m += 1  # "om zichzelf te bedwingen en het goede voorbeeld te geven" (labels39)
            continue
        if (word in _CLAUSE_END and word != "en") or (word == "en" and end is not None):
            break
        if word == "te" and m + 1 < len(doc) and doc[m + 1].pos_ in {"VERB", "AUX"}:
            end = m + 1
            m += 1
        m += 1
    if end is None:
        return None
    return end, list(range(k, m))


def _succeed(token: Any) -> bool:
    """A form of "slagen" (to succeed): "slagen" (often tagged as the noun "slag"), "slaagt",
    "slaagde", "geslaagd"."""
    word = fold(token.text)
    return word == "slagen" or word.startswith(("slaag", "geslaagd"))


def _complement_start(doc: Doc, i: int) -> int | None:
    """Where the complement starts when "in" at i opens "in staat" or "er (niet) in slagen":
    "niet in staat om ...", "(als ouders) er niet in slagen om ...", "(dat vader) er niet in
    geslaagd is ..." (labels39: the same judgement of capacity with another verb), and the
    main-clause order "slagen er niet in de kinderen buiten hun strijd te houden", "slaagt er
    niet in om ..." (labels41: the lead's reading of policy line 6, synthetic D1-02); else None."""
    if (fold(doc[i].text), fold(doc[i + 1].text)) in _HEAD_PAIRS:
        return i + 2  # "in staat", "bij machte"
    if fold(doc[i].text) != "in":
        return None
    for h in range(i - 1, max(-1, i - 4), -1):
        if fold(doc[h].text) == "er":
            if _succeed(doc[i + 1]):
                return i + 2  # "er niet in slagen", "er niet in geslaagd"
            return i + 1 if h and _succeed(doc[h - 1]) else None  # "slaagt er niet in"
    return None


def _subordinator(doc: Doc, s: int, k: int) -> bool:
    """The word at s, tagged ADP, opens a subordinate clause whose subject ends at k: a word of
    ``tagger_subordinators.txt`` first in its sentence or after punctuation, and no finite verb
    right after the noun phrase ("Indien de instelling niet in staat is ..."; a fronted phrase
    of a main clause is followed by its finite verb: "Als ouder ben je ...", labels50)."""
    if fold(doc[s].text) not in _SUBORDINATORS:
        return False
    if s > 0 and not doc[s].is_sent_start and doc[s - 1].pos_ != "PUNCT":
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is None or "Fin" not in after.morph.get("VerbForm")


def _elided_subject(doc: Doc, k: int, h: int) -> bool:
    """ ", maar" or ", en" at k-1, k with a finite verb right after it and before h: a
    coordinated main clause without its own subject ("had hulp ontvangen, maar was niet in
    staat ..."); its subject is the first clause's (labels60)."""
    return (
        k > 0
        and k + 1 < h
        and doc[k].pos_ == "CCONJ"
        and doc[k - 1].text == ","
        and "Fin" in doc[k + 1].morph.get("VerbForm")
    )


def _first_subject(doc: Doc, k: int, persons: frozenset[str]) -> bool:
    """The first noun of the sentence before k, not in a prepositional phrase, is a
    professional's role (the subject of an elided coordinated clause)."""
    start = doc[k].sent.start
    for m in range(start, k):
        token = doc[m]
        if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        s = m - 1
        while s >= start and doc[s].pos_ in {"DET", "ADJ", "NUM"}:
            s -= 1
        if s >= start and doc[s].pos_ == "ADP":
            continue
        if token.pos_ == "PRON":
            return False
        keys = {fold(token.text), fold(token.lemma_)}
        return bool(keys & _ROLES) and not keys & persons
    return False


def professional_subject(doc: Doc, h: int, persons: frozenset[str]) -> bool:
    """The nearest noun before h, not in a prepositional phrase, is a professional's role."""
    k = h - 1
    while k >= 0 and doc[k].text not in {".", "!", "?", ";"}:
        token = doc[k]
        if _elided_subject(doc, k, h):
            return _first_subject(doc, k, persons)  # labels60
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            s = k - 1
            while s >= 0 and doc[s].pos_ in {"DET", "ADJ", "NUM"}:
                s -= 1
            if s >= 0 and doc[s].pos_ == "ADP" and not _subordinator(doc, s, k):
                k = s - 1
                continue  # "door ziekte", "vanwege haar problematiek"
            if token.pos_ == "PRON":
                return False
            keys = {fold(token.text), fold(token.lemma_)}
            if s > 0 and doc[s].pos_ == "CCONJ":
                other = {fold(doc[s - 1].text), fold(doc[s - 1].lemma_)}
                if other & persons:
                    return False  # "de ouders en grootouders": a family person coordinated
            return bool(keys & _ROLES) and not keys & persons
        k -= 1
    return False


def _role(doc: Doc, tokens: list[int], persons: frozenset[str]) -> bool:
    """The complement names the person's role: "als ouders", "als vader"."""
    return any(
        fold(doc[k].text) == "als"
        and k + 1 < len(doc)
        and bool({fold(doc[k + 1].text), fold(doc[k + 1].lemma_)} & persons)
        for k in tokens
    )


def _change(doc: Doc, tokens: list[int]) -> bool:
    """A complement of reflection, or of changing a situation or conduct ("om de situatie te
    veranderen", "dit te veranderen"); not of changing a thing ("zijn huis te verbeteren")."""
    keys = {key for k in tokens for key in _keys(doc, k)}
    if keys & _CHANGES.get("reflectie", frozenset()):
        return True
    if not keys & _CHANGES.get("verandering", frozenset()):
        return False
    objects = tuple(_CHANGES.get("object", frozenset()))
    return all(
        fold(doc[k].lemma_).endswith(objects) or fold(doc[k].text).endswith(objects)
        for k in tokens
        if doc[k].pos_ in {"NOUN", "PROPN"}
    )


def find_unable(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of "niet in staat" + a task of parenting or reflection (module doc)."""
    spans = []
    for i in range(len(doc) - 1):
        start = _complement_start(doc, i)
        if start is None:
            continue
        h = _degree(doc, i)
        if h is None:
            continue
        found = _complement_end(doc, start)
        if found is None:
            continue
        end, tokens = found
        if (
            not any(_task(key) for k in tokens for key in _keys(doc, k))
            and not _change(doc, tokens)
            and not _role(doc, tokens, persons)
        ):
            continue
        if professional_subject(doc, h, persons):
            continue
        spans.append((doc[h].idx, doc[end].idx + len(doc[end].text)))
    return spans


__all__ = ["DEGREES", "find_unable", "professional_subject", "task_keys"]
