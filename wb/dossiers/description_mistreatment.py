"""Mistreating a person, in the active voice: "begon de scheidsrechter te intimideren", "(dat)
je Koen achterstelt", "snauwt ze haar zoontje af" (labels-aimed2).

A verb of ``wb/lang/nl/description_mistreatment_verbs.txt`` counts as
:mod:`wb.dossiers.description_acts` counts its act verbs (a person subject, a person object
right after it, a person right before it at the end of its clause, or the person object of an
infinitive clause; not with a noun that is no person as subject), but only in the active voice:
not as a past participle with a form of "worden" or "zijn" or an agent after "door" ("werd door
de buren geïntimideerd" tells what happened to someone; tune batches had those unannotated), and
not as a present participle or a noun. A perfect with "hebben" is active ("heeft haar
afgesnauwd"). Not denied in its clause ("niet alleen" is no denial). The span is the verb. Word
classes and lemmas only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_acts import (
    _infinitive_object,
    _object_after,
    _person_before,
    _persons,
    _pronouns,
    _thing_subject,
)
from wb.dossiers.description_care import clause
from wb.dossiers.description_verbs import _clause_subject, _subject_is_person
from wb.dossiers.lexicon import fold
from wb.lang import words

_DENIALS = frozenset(fold(w) for w in words("description_denials.txt"))
_NOT_ONLY = frozenset(fold(w) for w in words("voice_not_only.txt"))


def _denial(doc: Doc, k: int) -> bool:
    """A denial at k, not "niet alleen" / "niet zomaar" (not only: "dat hij me niet alleen
    bedroog", labels-aimed3)."""
    if fold(doc[k].text) not in _DENIALS:
        return False
    return k + 1 >= len(doc) or fold(doc[k + 1].text) not in _NOT_ONLY


@cache
def mistreatment_verbs() -> frozenset[str]:
    """The folded lemmas of the mistreatment verbs."""
    return frozenset(fold(w) for w in words("description_mistreatment_verbs.txt"))


def _passive(doc: Doc, i: int) -> bool:
    """The participle at i without a form of "hebben" in its clause, or with "door" in it: the
    passive voice ("werd door de buren geïntimideerd", "is achtergesteld")."""
    a, b = clause(doc, i)
    span = doc[a:b]
    if any(t.lower_ == "door" for t in span):
        return True
    return not any(t.pos_ == "AUX" and fold(t.lemma_) == "hebben" for t in span)


def _pronoun_subject(doc: Doc, i: int) -> bool:
    """A personal pronoun as clause subject of the verb at i, also "je" and an inverted one
    ("snauwt ze haar zoontje af")."""
    subject = _clause_subject(doc, i)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in _pronouns():
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "PRON" and nxt.lower_ in _pronouns()


def _finite_or_infinitive(token: Any) -> bool:
    forms = token.morph.get("VerbForm")
    return token.pos_ == "VERB" and ("Fin" in forms or "Inf" in forms or not forms)


def find_mistreatment(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of mistreatment verbs in the active voice with a person (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    people = _persons(persons)
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ != "VERB" or fold(token.lemma_) not in mistreatment_verbs():
            continue
        if fold(token.text).endswith(("ende", "end")) or _thing_subject(doc, i, people):
            continue
        if not _finite_or_infinitive(token) and _passive(doc, i):
            continue
        a, b = clause(doc, i)
        if any(_denial(doc, k) for k in [*range(max(a, i - 3), i), *range(i + 1, b)]):
            continue  # "lacht hem niet uit", "(dat) hij haar nooit afsnauwt": denied
        if (
            _subject_is_person(doc, i, people)
            or _pronoun_subject(doc, i)
            or _object_after(doc, i, people)
            or _person_before(doc, i, people)
            or _infinitive_object(doc, i, people)
        ):
            spans.append((token.idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_mistreatment", "mistreatment_verbs"]
