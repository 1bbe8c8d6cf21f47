"""A codebook noun's verb: "verdeling" in a description also finds "verdeeld" in a sentence.

Compound parts (:func:`wb.coding.lemmas._parts`) already give a long noun in -ing its verb
("mishandeling" -> "mishandelen", 10+ letters). A shorter one in a code's own text ("verdeling",
"regeling", "wijziging") names the act of the verb as well, and a sentence often tells it with
the verb ("de zorg wordt gelijk verdeeld"). Only on the codebook's side: the sentence's nouns stay
as they are, so "woning" in a sentence does not become "wonen".
"""

from __future__ import annotations

#: Shortest noun in -ing whose verb is taken ("woning" and "regeling" yes, "ding" no).
MIN_LENGTH = 6


def ing_verb(lemma: str) -> str:
    """The verb of a noun in -ing that wb's lexicon knows ("verdeling" -> "verdelen"), or ''."""
    from wb.nlp import is_known

    if len(lemma) < MIN_LENGTH or not lemma.endswith("ing"):
        return ""
    verb = lemma[:-3] + "en"
    return verb if is_known(verb) else ""


__all__ = ["MIN_LENGTH", "ing_verb"]
