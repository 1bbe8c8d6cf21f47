"""A person named by a verb of bad conduct: "een drammende vader", "zeurouders", "treiteraars".

Word classes and lemmas, not phrases (labels-aimed2). A verb of conduct that types whoever does
it (``wb/lang/nl/description_conduct_doer_verbs.txt`` and the judging verbs of
:func:`wb.dossiers.description_verbs.judging_verbs`: schreeuwen, drammen, zeuren, tegenwerken,
...) counts in three word forms that name the person by it:

- its present participle right before a person noun, one adjective between allowed: "een
  drammende vader", "hun afdwalende kinderen" (span participle to noun); not for a verb of
  sound (kind "geluid": schreeuwen, krijsen), whose participle reports a scene as often
  ("schreeuwende kinderen houden me uit mijn slaap": wrong hits in tune batches 34-38), nor
  for an act verb of :mod:`wb.dossiers.description_acts` (pesten, treiteren), whose
  participle that module spans alone ("de pestende jongens": "pestende");
- a compound noun of its stem and a person noun as head: "zeurouder", "schreeuwouders" (span
  the word);
- its noun of the doer, the stem + -er/-der/-aar/-ster: "treiteraars", "drammer" (span the
  word).

The verb itself with a person as subject is no label here ("de kinderen schreeuwen op het
plein" reports a scene): the word forms name the person by the conduct, as the adjective of
"de boze moeder" does.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_acts import acts
from wb.dossiers.description_persons import person_key
from wb.dossiers.description_verbs import judging_verbs
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_DOER_ENDINGS = ("aars", "aar", "ders", "der", "sters", "ster", "ers", "er")


@cache
def conduct_verbs(sound: bool = True) -> frozenset[str]:
    """The folded lemmas of the conduct verbs (own list plus the judging verbs), with or
    without the verbs of sound."""
    kinds = by_kind("description_conduct_doer_verbs.txt", fold)
    verbs = kinds.get("gedrag", frozenset()) | judging_verbs()
    return verbs | kinds.get("geluid", frozenset()) if sound else verbs


def _verb_of_stem(stem: str) -> bool:
    """Whether stem + "en" (or with its last consonant doubled: "dram" -> drammen) is a conduct
    verb."""
    if len(stem) < 3:
        return False
    verbs = conduct_verbs()
    return stem + "en" in verbs or stem + stem[-1] + "en" in verbs


def _participle(token: Any) -> bool:
    """A present participle of a conduct verb, used as adjective: "drammende", "afdwalend"."""
    word = fold(token.text)
    if token.pos_ not in {"VERB", "ADJ"} or not word.endswith(("ende", "end")):
        return False
    stem = word[:-4] if word.endswith("ende") else word[:-3]
    verb = stem + "en"
    # an act verb's participle ("de pestende jongens") is description_acts' own hit, span "pestende"
    return len(stem) >= 3 and verb in conduct_verbs(sound=False) and verb not in acts()


def _person(token: Any, persons: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and person_key({fold(token.text), fold(token.lemma_)}, persons)


def _compound(token: Any, persons: frozenset[str]) -> bool:
    """ "zeurouder": a conduct verb's stem + a person noun as head."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    for key in {fold(token.text).replace("-", ""), fold(token.lemma_).replace("-", "")}:
        for p in persons:
            if len(p) >= 4 and key.endswith(p) and _verb_of_stem(key[: -len(p)]):
                return True
    return False


def _doer(token: Any) -> bool:
    """ "treiteraar(s)", "drammer": a conduct verb's stem + a doer ending."""
    if token.pos_ != "NOUN":
        return False
    word = fold(token.text)
    return any(word.endswith(e) and _verb_of_stem(word[: -len(e)]) for e in _DOER_ENDINGS)


def find_conduct_doers(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of persons named by a conduct verb (module doc)."""
    spans = []
    for k, token in enumerate(doc):
        end = token.idx + len(token.text)
        if _compound(token, persons) or _doer(token):
            spans.append((token.idx, end))
            continue
        if not _person(token, persons):
            continue
        for j in (k - 1, k - 2):
            if j < 0 or (j == k - 2 and doc[k - 1].pos_ != "ADJ"):
                break
            if _participle(doc[j]):
                spans.append((doc[j].idx, end))
                break
    return spans


__all__ = ["conduct_verbs", "find_conduct_doers"]
