"""A problem word with only describing adjectives, named as the cause of a failing: "vanwege
haar persoonlijke problematiek is zij niet bij machte ...", "sprake van persoonlijke problematiek
bij de moeder, waardoor zij ...", "kampt met persoonlijke problematiek, wat heeft geleid tot een
onveilige situatie" (labels63).

labels-policy2 line 3: "(persoonlijke/eigen/ernstige) problematiek" is a judgement of the parent
when it explains or introduces their failing, and no label when it names a care need or a
neutral condition ("Zij werkt aan haar persoonlijke problematiek", "heeft te kampen met complexe
persoonlijke problematiek"). :mod:`wb.dossiers.description_problems` leaves a phrase whose
adjectives all describe out (labels44); this module lets it back in when a cause word of
``description_problem_causes.txt`` stands right before it (after one determiner or possessive)
or opens the clause after its comma.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind


@lru_cache(maxsize=1)
def _causes() -> dict[str, frozenset[str]]:
    return by_kind("description_problem_causes.txt", fold)


def _cause_before(doc: Doc, first: int) -> bool:
    """ "vanwege haar ...", "door de ...", "gelegen in de ...": a cause word right before the
    phrase starting at first, after at most one determiner or possessive."""
    p = first - 1
    if p >= 0 and doc[p].pos_ in {"DET", "PRON"}:
        p -= 1
    if p < 0:
        return False
    one = fold(doc[p].text)
    two = f"{fold(doc[p - 1].text)} {one}" if p > 0 else ""
    return bool({one, two} & _causes().get("voor", frozenset()))


def _cause_after(doc: Doc, k: int) -> bool:
    """ ", waardoor ...", ", wat (heeft) geleid tot ...": after the head at k (and its tie "bij
    de moeder", "van haar ouders": at most three words without a verb) a comma, then a cause word
    or "wat"/"hetgeen" and a form of "leiden" within three words."""
    c = k + 1
    while c < len(doc) and c - k <= 4 and doc[c].text != ",":
        if doc[c].pos_ in {"VERB", "AUX"} or doc[c].is_punct:
            return False
        c += 1
    if c >= len(doc) or doc[c].text != "," or c + 1 >= len(doc):
        return False
    opener = fold(doc[c + 1].text)
    if opener in _causes().get("na", frozenset()):
        return True
    if opener not in {"wat", "hetgeen"}:
        return False
    leads = _causes().get("leidt", frozenset())
    return any(fold(t.lemma_) in leads or fold(t.text) in leads for t in doc[c + 2 : c + 5])


def plural_tie(doc: Doc, k: int, persons: frozenset[str]) -> bool:
    """ "van haar ouders": "van" or "bij", a possessive and a person noun (also plural) right
    after the head at k: the parents of one child, a concrete pair."""
    if k + 3 >= len(doc) or doc[k + 1].lower_ not in {"van", "bij"}:
        return False
    owner, noun = doc[k + 2], doc[k + 3]
    if owner.pos_ != "PRON" or owner.lower_ not in {"haar", "zijn", "hun"}:
        return False
    return noun.pos_ == "NOUN" and bool({fold(noun.text), fold(noun.lemma_)} & persons)


def named_as_cause(doc: Doc, first: int, k: int) -> bool:
    """Whether the problem phrase doc[first:k+1] is named as the cause of something."""
    return _cause_before(doc, first) or _cause_after(doc, k)


__all__ = ["named_as_cause", "plural_tie"]
