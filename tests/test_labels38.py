"""labels38 (issue 11 §1, after round 30): two lexicon forms and one compound shape. A
variant of lack "geen" + noun is also found with a noun of a very small amount between ("geen
greintje empathie"); the lexicon's verwend also covers a child that gets its way in everything
("altijd hun zin krijgen", "alles zijn zin kreeg"); a person noun + a scolding group head types
a group of parents ("moedermaffia"). Written sentences, not evaluation texts; every expected hit
is missing on main 41c736b."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder, voiced_spans

from wb.dossiers.lexicon_derived import expanded_variants, minimized_lacks

MODES = [None, "rules"]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "geen" + a noun of a small amount + a lexicon noun of lack
        (
            "Volgens de moeder toont vader geen greintje empathie voor zijn zoon.",
            [(30, 52, "geen greintje empathie", "attributed")],
        ),
        (
            "Mijn ex heeft geen sprankje inlevingsvermogen.",
            [(14, 45, "geen sprankje inlevingsvermogen", "asserted")],
        ),
        # no lexicon noun after it, or "geen enkele" (not a noun of a small amount): none
        ("Er was geen greintje twijfel over de datum.", []),
        ("De vader toont geen enkele empathie.", []),
        # "altijd"/"alles" + possessive + "zin krijgen": verwend
        (
            "Het zijn kinderen die altijd hun zin krijgen.",
            [(22, 44, "altijd hun zin krijgen", "asserted")],
        ),
        (
            "De oma zag dat haar kleinzoon in alles zijn zin kreeg.",
            [(33, 53, "alles zijn zin kreeg", "attributed")],
        ),
        # not getting one's way, or "zin krijgen in" (an appetite): none
        ("Ze schopt en slaat als ze haar zin niet krijgt.", []),
        ("Ik krijg altijd zin in chocola na het eten.", []),
        # a person noun + a scolding group head types a group of parents as a whole
        (
            "De moedermaffia had meteen kritiek op haar.",
            [(3, 15, "moedermaffia", "asserted")],
        ),
        (
            "Ze kreeg de 'vadermaffia' over zich heen.",
            [(13, 24, "vadermaffia", "discussed")],
        ),
        # no person noun before the head: none
        ("Het boek gaat over de drugsmaffia in Napels.", []),
    ],
)
def test_labels38_forms(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == expected


def test_labels38_labels() -> None:
    """Both forms keep their lexicon term's label."""
    finder = label_finder()
    found = hits(finder, "Mijn ex heeft geen sprankje inlevingsvermogen.")
    assert [h[3] for h in found] == ["gebrek aan empathie"]
    found = hits(finder, "Het zijn kinderen die altijd hun zin krijgen.")
    assert [h[3] for h in found] == ["verwend"]
    found = hits(finder, "De moedermaffia had meteen kritiek op haar.")
    assert [h[3] for h in found] == ["negatieve typering"]


def test_minimized_lacks() -> None:
    """Only a two-word "geen" + noun variant gets the small-amount forms."""
    assert minimized_lacks("geen empathie") == [
        "geen greintje empathie",
        "geen spoortje empathie",
        "geen sprankje empathie",
        "geen zweem empathie",
        "geen zweempje empathie",
    ]
    assert minimized_lacks("weinig empathie") == []
    assert minimized_lacks("geen eigen inbreng") == []
    assert "geen greintje probleembesef" in expanded_variants(["geen probleembesef"])
