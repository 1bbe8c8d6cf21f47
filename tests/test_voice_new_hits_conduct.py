"""voice-new-hits (2026-12-06): the voice of a description that names a conduct or its doers.

Written sentences, not taken from an evaluation text. labels-judging's vice, norm-conduct and
offender nouns ("ander wangedrag", "de relschoppers") were read as discussed by the learned
model where the rules said asserted; the ``conduct_noun`` cue of
:mod:`wb.dossiers.voice_assertion` keeps the rules' asserted. Each case gives the hits (span
text and voice) of the default finder and of the rules alone; the first five fail on main
a2ded2e6 (default discussed), the rest are controls that give the same voices there.
"""

from __future__ import annotations

import pytest
from label_finders import found_voices

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice_conduct import conduct_named

# (text, default voices, rules voices)
CASES = [
    # an offender noun the author applies to the people of a scene
    (
        "De burgemeester veroordeelde gisteren de relschoppers.",
        [("relschoppers", "asserted")],
        [("relschoppers", "asserted")],
    ),
    (
        "Het winkelcentrum is een geliefde plek voor nachtelijke herrieschoppers.",
        [("nachtelijke herrieschoppers", "asserted")],
        [("nachtelijke herrieschoppers", "asserted")],
    ),
    # a vice noun for what people did
    (
        "In de wijk bekladden jongeren muren en pleegden ze ander wangedrag.",
        [("ander wangedrag", "asserted")],
        [("ander wangedrag", "asserted")],
    ),
    (
        "Er zit een groep leerlingen op school die door aangetoond wangedrag nergens anders "
        "terecht kan.",
        [("wangedrag", "asserted")],
        [("wangedrag", "asserted")],
    ),
    # a behaviour noun judged by the writer
    (
        "Ik erger me aan dat luie, egocentrische gedrag van de buren.",
        [("egocentrische gedrag", "asserted")],
        [("egocentrische gedrag", "asserted")],
    ),
    # controls: a bare noun opening a statement about the conduct stays the model's
    (
        "Wangedrag is gedrag dat ingaat tegen de normen van een groep.",
        [("Wangedrag", "discussed")],
        [("Wangedrag", "asserted")],
    ),
    ("Jaloezie is een normaal gevoel.", [("Jaloezie", "discussed")], [("Jaloezie", "asserted")]),
    # a definition, a denial, a quote, a naming and a source keep the rules' reading
    (
        "Onder wangedrag verstaan we gedrag dat anderen schaadt.",
        [("wangedrag", "discussed")],
        [("wangedrag", "asserted")],
    ),
    ("Hij heeft geen wangedrag vertoond.", [("wangedrag", "negated")], [("wangedrag", "negated")]),
    (
        "'Die relschoppers moeten de cel in,' zei de minister.",
        [("relschoppers", "attributed")],
        [("relschoppers", "attributed")],
    ),
    (
        "De minister noemt hen relschoppers.",
        [("relschoppers", "attributed")],
        [("relschoppers", "attributed")],
    ),
    (
        "Volgens de juf was het pure jaloezie.",
        [("pure jaloezie", "attributed")],
        [("pure jaloezie", "attributed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def testfound_voices(finder: LabelFinder, rules: LabelFinder, text, default, by_rules) -> None:
    assert found_voices(finder, text) == default
    assert found_voices(rules, text) == by_rules


def _tokens(finder: LabelFinder, text: str) -> list:
    return list(finder.nlp(text))


@pytest.mark.parametrize(
    ("text", "at", "upto", "expected"),
    [
        ("De burgemeester veroordeelde de relschoppers.", 4, 5, True),
        ("Door het gepamper leren ze niets.", 2, 3, True),
        ("Wangedrag is gedrag dat schaadt.", 0, 1, False),  # opens a statement about it
        ("Dat wangedrag is erg.", 1, 2, True),  # a pointing determiner: this conduct
        ("Steeds meer tieners vertonen wangedrag.", 4, 5, False),  # a group in general
        ("Onze buren vertonen wangedrag.", 3, 4, True),  # a possessive: these people
        ("De boze moeder belde.", 1, 3, False),  # a person noun: the aimed cue's
    ],
)
def test_conduct_named(finder: LabelFinder, text, at, upto, expected) -> None:
    assert conduct_named(_tokens(finder, text), at, upto) is expected
