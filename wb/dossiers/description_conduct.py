"""A person's conduct likened to something, as a judgement of that person: "vaders gedragen zich
als schapen", "ze gedragen zich als de koning en koningin".

A form of "zich gedragen" or "zich opstellen" (two verbs of conduct, as in the adverbial shape) with
"zich" and then "als" and a noun phrase, in a clause whose subject is a person noun or personal
pronoun (:func:`wb.dossiers.description_care.person_subject`): the comparison says what the
person is like. The span runs from "als" to the last noun of the phrase (at most six words,
over determiners, adjectives, participles, degree words and "en"). "Het kind gedraagt zich als
een kind van zijn leeftijd" is a comparison too; it is rare in a report and left as a hit.
Tagger word classes only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, person_subject
from wb.dossiers.lexicon import fold

_VERBS = frozenset({"gedragen", "opstellen"})
_PHRASE = frozenset({"DET", "ADJ", "ADV", "NOUN", "PROPN", "CCONJ", "PRON"})


def _conduct_lemma(token: object) -> str:
    """The lemma of a conduct verb; the lemmatizer reads "gedraagt" as a form of dragen."""
    lemma = fold(token.lemma_)  # type: ignore[attr-defined]
    if lemma == "dragen" and fold(token.text).startswith("gedr"):  # type: ignore[attr-defined]
        return "gedragen"
    return lemma


def find_likened_conduct(doc: Doc) -> list[tuple[int, int]]:
    """Character spans "als ... noun" after "zich gedragen/opstellen" of a person (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ not in {"VERB", "AUX"} or _conduct_lemma(token) not in _VERBS:
            continue
        a, b = clause(doc, i)  # "als" (a conjunction to the tagger) ends the clause
        end = doc[i].sent.end
        zich = [j for j in range(a, min(end, b + 1)) if doc[j].lower_ == "zich"]
        als = [j for j in range(i + 1, min(end, i + 5)) if doc[j].lower_ == "als"]
        if not zich or not als or not person_subject(doc, a, b, {i}):
            continue
        last = None
        for j in range(als[0] + 1, min(end, als[0] + 7)):
            participle = doc[j].pos_ == "VERB" and j + 1 < end and doc[j + 1].pos_ == "NOUN"
            if doc[j].pos_ not in _PHRASE and not participle:  # "een verwend nest"
                break
            if doc[j].pos_ in {"NOUN", "PROPN"}:
                last = j
        if last is not None:
            spans.append((doc[als[0]].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_likened_conduct"]
