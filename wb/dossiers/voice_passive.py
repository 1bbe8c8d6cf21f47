"""A term applied to someone in a passive clause of calling or accusing (labels28).

"Vaders wordt meestal X verweten", "U loopt de kans een X genoemd te worden", "Zij werd
als X weggezet": the term stands just before a participle of calling or accusing
(``voice_passive_labelling.txt``) in a clause with a form of "worden" (or of "zijn", the
perfect passive: "Ik ben eens voor X uitgescholden", labels-voice); someone other than the
author applies it to the clause's subject, so the voice is ``attributed``. The agent is left
unnamed, which is why the attribution rules (which look for a speaker) miss it. "X genoemd naar
..." (named after) and "zoals hierboven genoemd" (mentioned) have no term right before the
participle in a passive, so they stay out; so does a clause without a person word or pronoun
("Dit gedrag wordt ook wel X genoemd" names a phenomenon), or one after "wat" ("wat men X
noemt", "wat X wordt genoemd").
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_structure import PERSON_WORDS
from wb.lang import word_set

PARTICIPLES = word_set("voice_passive_labelling.txt")
_EDGES = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "–", "—"})
_PERSONS = word_set("voice_passive_subjects.txt")
_WINDOW = 3  # tokens between the term's end and the participle ("X door velen genoemd")


def _edge(token: Any) -> bool:
    return token.text in _EDGES or "\n" in token.text or token.pos_ == "SCONJ"


def passive_labelling(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term [at, upto) is followed closely by a participle of calling or
    accusing, in a clause with a form of "worden"."""
    part = None
    for k in range(upto, min(len(tokens), upto + _WINDOW + 1)):
        if _edge(tokens[k]):
            return False
        if tokens[k].lower_ in PARTICIPLES:
            part = k
            break
    if part is None:
        return False
    first = at
    while first > 0 and not _edge(tokens[first - 1]):
        first -= 1
    last = part + 1
    while last < len(tokens) and not _edge(tokens[last]):
        last += 1
    clause = tokens[first:last]
    if any(t.lower_ == "wat" for t in tokens[first:at]):
        return False  # "wat in de praktijk X wordt genoemd": a phenomenon named
    if not any(
        t.lemma_.lower() == "worden" or (t.lemma_.lower() == "zijn" and t.pos_ == "AUX")
        for t in clause
        if t.i != tokens[part].i
    ):
        return False  # a passive: "wordt X genoemd", or its perfect "ben voor X uitgescholden"
    # "Dit gedrag wordt ook wel X genoemd" names a phenomenon: only a person is called names
    words = {w for t in clause for w in (t.lower_, t.lemma_.lower())}
    return bool(words & (PERSON_WORDS | _PERSONS))


__all__ = ["PARTICIPLES", "passive_labelling"]
