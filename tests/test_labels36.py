"""labels36 (issue 11 §1, after round 28): a verb-last order of a contact term ("de kinderen ...
weghoudt bij"; "de andere ouder ... buitensluiten" was dropped), "een te veel aan" + a "-heid" noun
as an "over-" noun ("te veel aan bezorgdheid" as overbezorgdheid), a present tense the tagger reads
as a participle ("tegenwerkt") and "dat" as a determiner inside a clause ("omdat de vader dat
contact ... tegenwerkt"). Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import label_finder, voiced_spans

from wb.dossiers.lexicon_derived import excess_phrases

MODES = [None, "rules"]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judging verb read as a participle, its subject before a determiner "dat"
        (
            "Het gaat mis omdat de vader dat contact bewust tegenwerkt.",
            [(47, 57, "tegenwerkt", "asserted")],
        ),
        # a real participle still needs "hebben": a passive is no judgement of a subject
        ("Het contact werd door de vader tegengewerkt.", []),
        # keeping the children from a parent, verb last with words between
        (
            "Hij zegt dat zijn ex de kinderen al maanden weghoudt bij hem.",
            [(24, 56, "kinderen al maanden weghoudt bij", "attributed")],
        ),
        ("Het kind wordt weggehouden door de moeder.", []),
        # shutting out a parent: no variant with the verb last (it took round 11's passive)
        ("Een kind dat één ouder buitensluit, heeft verdriet.", []),
        # "een te veel aan" + the rest of an "over-" noun
        (
            "Een te veel aan bezorgdheid maakt kinderen onzeker.",
            [(4, 27, "te veel aan bezorgdheid", "asserted")],
        ),
        (
            "De juf ziet bij moeder een teveel aan betrokkenheid.",
            [(27, 51, "teveel aan betrokkenheid", "asserted")],
        ),
    ],
)
def test_labels36_shapes(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == expected


def test_excess_noun_phrases_only_for_heid_nouns() -> None:
    assert excess_phrases("overbezorgdheid") == [
        "overdreven bezorgdheid",
        "overmatig bezorgdheid",
        "te veel aan bezorgdheid",
        "teveel aan bezorgdheid",
    ]
    assert excess_phrases("overbezorgd") == ["overdreven bezorgd", "overmatig bezorgd"]


def test_labels_of_the_new_shapes() -> None:
    finder = label_finder()
    found = [(h.text, h.label) for h in finder.find("t", "Een te veel aan bezorgdheid.")]
    assert found == [("te veel aan bezorgdheid", "overbezorgd")]
