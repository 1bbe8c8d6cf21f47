"""labels-lexicon3 (2026-12-07): paraphrases of lexicon terms as word classes over lemmas.

Written sentences, not taken from an evaluation text, with the exact spans, labels and voices
of the default finder. A word of a variant written as alternatives with ``|`` stands for any of
them ("niet|geen|onvoldoende ... meewerken|samenwerken"); such a variant matches by lemmas only.
Forms: a modifier with a diacritic before a one-word head variant ("heroïneverslaafd", split
as written) and a one-word type of parent with another parent noun ("curlingmoeder").
Controls: "niet alleen ... samenwerken" (``label_not_only.txt``), "zet zich in om het conflict"
(the preposition must stand before the noun of the fight), a comma inside the gap, bare
"geen inzicht", and a parent on himself ("dat ik de omgang ... tegenhoud",
``label_self_subjects.txt``).
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.label_matching import ALT, alternatives
from wb.dossiers.lexicon_derived import other_parents

CASES = [
    (
        "Vader werkt nauwelijks mee aan het onderzoek.",
        [(6, 22, "werkt nauwelijks", "niet-meewerkend", "asserted")],
    ),
    (
        "Moeder weigert elke samenwerking met de voogd.",
        [(7, 32, "weigert elke samenwerking", "niet-meewerkend", "asserted")],
    ),
    (
        "Volgens de voogd is moeder niet bereid om mee te werken.",
        [(27, 55, "niet bereid om mee te werken", "niet-meewerkend", "attributed")],
    ),
    (
        "Moeder is volgens de rechter niet bereid geweest om mee te werken.",
        [(29, 65, "niet bereid geweest om mee te werken", "niet-meewerkend", "attributed")],
    ),
    (
        "Zij laten zich niet begeleiden door de voogd.",
        [(4, 30, "laten zich niet begeleiden", "niet-meewerkend", "asserted")],
    ),
    (
        "De vader weigert iedere vorm van begeleiding.",
        [(9, 44, "weigert iedere vorm van begeleiding", "zorgmijdend", "asserted")],
    ),
    ("Zij wil de zorg vermijden.", [(11, 25, "zorg vermijden", "zorgmijdend", "discussed")]),
    (
        "Moeder wil geen behandeling voor haar zoon.",
        [(7, 27, "wil geen behandeling", "zorgmijdend", "asserted")],
    ),
    (
        "Moeder heeft de omgang met de vader steeds tegengewerkt.",
        [
            (
                16,
                55,
                "omgang met de vader steeds tegengewerkt",
                "belemmert het contact",
                "asserted",
            )
        ],
    ),
    (
        "Moeder sleept de kinderen mee in de ruzie.",
        [
            (
                7,
                41,
                "sleept de kinderen mee in de ruzie",
                "kind in de strijd betrekken",
                "asserted",
            )
        ],
    ),
    (
        "De kinderen worden aan het gevecht blootgesteld.",
        [(19, 47, "aan het gevecht blootgesteld", "kind in de strijd betrekken", "asserted")],
    ),
    (
        "Toch hield vader zich er nooit aan.",
        [(5, 34, "hield vader zich er nooit aan", "houdt zich niet aan afspraken", "discussed")],
    ),
    (
        "De afspraak is opnieuw niet nagekomen.",
        [
            (
                3,
                37,
                "afspraak is opnieuw niet nagekomen",
                "houdt zich niet aan afspraken",
                "asserted",
            )
        ],
    ),
    (
        "Hij toont geen enkel inzicht in wat zijn gedrag betekent.",
        [(4, 28, "toont geen enkel inzicht", "gebrek aan probleembesef", "asserted")],
    ),
    (
        "Vader toont weinig inzicht in zijn aandeel.",
        [(6, 26, "toont weinig inzicht", "gebrek aan probleembesef", "asserted")],
    ),
    (
        "Moeder stelt zich steeds op als slachtoffer.",
        [(7, 43, "stelt zich steeds op als slachtoffer", "slachtofferrol", "asserted")],
    ),
    # forms: a modifier with a diacritic before a head variant, a type of parent with another
    # parent noun as its head
    (
        "Haar broer was heroïneverslaafd, zegt ze.",
        [(15, 31, "heroïneverslaafd", "verslaafd", "attributed")],
    ),
    (
        "Ze noemt zichzelf een curlingmoeder.",
        [(22, 35, "curlingmoeder", "hyperouder", "attributed")],
    ),
    # controls
    ("De school wil niet alleen met ouders samenwerken.", []),
    ("De ouders zetten zich in om het conflict op te lossen.", []),
    ("Vader kreeg geen hulp, hij wilde dat wel.", []),
    ("De moeder heeft geen inzicht in de stukken.", []),
    ("Vader zegt: 'Niemand mag denken dat ik de omgang met haar moeder tegenhoud.'", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paraphrases_found(text: str, expected: list) -> None:
    assert hits(label_finder(), text) == expected


def test_alternatives() -> None:
    keys = {"niet": frozenset({"niet"}), "geen": frozenset({"geen"}), "hulp": frozenset({"hulp"})}
    out = alternatives("niet|geen hulp", lambda w: (keys[w],))
    assert out == (frozenset({"niet", "geen"}), frozenset({"hulp"}))
    assert ALT == "|"


def test_variant_with_alternatives_has_no_surface_match() -> None:
    finder = label_finder()
    variant = next(v for v in finder.variants_ if ALT in v.text)
    assert variant.regex.search("niet|geen meewerken") is None
    assert not variant.compound


def test_other_parents() -> None:
    assert other_parents("curlingouder") == ["curlingmoeder", "curlingvader"]
    assert other_parents("tijgermoeder") == ["tijgerouder", "tijgervader"]
    assert other_parents("ouder") == []  # no modifier
    assert other_parents("helikopter ouder") == []
