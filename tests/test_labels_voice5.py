"""labels-voice5: denials the voice missed on unseen batches (tune, after batch 59).

Written sentences only (no phrase of a real text); exact spans, labels and voices with the
default and the rules-only voice.

* "niet als (een)" denies the noun phrase after it, also over coordinated adjectives
  ("niet als een A, B, X kind"), and "geen A, X jongen" denies the adjective after the comma
  (:mod:`wb.dossiers.voice_denied_lists`);
* a quoted denial before its speech tag ("Ik denk het niet", zegt ze.) denies the question
  before it (voice_denial_sentences.txt, :func:`wb.dossiers.voice_negation.denied_after`);
* "allesbehalve" before a term denies it (voice_negators.txt).
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.voice_denied_lists import denied_as, noun_phrase_start

CASES = [
    (
        "Zie hem als een gewone jongen en niet als een ongewassen, lastig, verwend kind.",
        [
            (46, 56, "ongewassen", "negatieve typering", "negated"),
            (58, 64, "lastig", "negatieve typering", "negated"),
            (66, 78, "verwend kind", "verwend", "negated"),
        ],
    ),
    ("Hij is geen lieve, verwende jongen.", [(19, 27, "verwende", "verwend", "negated")]),
    ("Hij is een lieve, verwende jongen.", [(18, 26, "verwende", "verwend", "asserted")]),
    (
        "Hij is niet lief, agressief en manipulatief.",
        [
            (18, 27, "agressief", "agressief", "asserted"),
            (31, 43, "manipulatief", "manipulatief", "asserted"),
        ],
    ),
    (
        'Ze lachte. ,,Maken al die dingen mij een slechte moeder? Ik denk het niet", zegt ze.',
        [(41, 55, "slechte moeder", "negatieve typering", "negated")],
    ),
    (
        "Is zij een slechte moeder? Ik denk het wel.",
        [(11, 25, "slechte moeder", "negatieve typering", "asserted")],
    ),
    (
        "Zij is allesbehalve een slechte moeder.",
        [(24, 38, "slechte moeder", "negatieve typering", "negated")],
    ),
]


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_voices(voice_model: str | None, text: str, expected: list) -> None:
    assert hits(label_finder(voice_model), text) == expected


def test_noun_phrase_shape() -> None:
    doc = label_finder().nlp("Niet als een ongewassen, lastig, verwend kind.")
    tokens = list(doc)
    at = [t.text for t in tokens].index("verwend")
    assert noun_phrase_start(tokens, at) == 3
    assert denied_as(tokens, 3)
    assert not denied_as(tokens, at)
