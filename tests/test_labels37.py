"""labels37 (issue 11 §1, after round 29): "verwenning" as a form of the lexicon's verwend,
"rot-" as a judging first part of a person compound, guidance a parent withholds ("geen grenzen
stellen"), a rebuke in the imperative ("doe niet zo moeilijk", "stel je niet aan"), an upbringing
judged as faulty ("slecht opgevoed"), titles as a type of pampered child ("prinsjes en
prinsesjes") and a predicate put before its copula and subject ("zo
onhandelbaar is onze zoon"). Written sentences, not evaluation texts; every expected hit is
missing on main 98709c1."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder, voiced_spans

MODES = [None, "rules"]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of verwennen carries the lexicon's label verwend
        (
            "Emotionele verwenning door de ouders maakt een kind onzeker.",
            [(11, 21, "verwenning", "asserted")],
        ),
        (
            "De juf ziet bij veel gezinnen materiële verwenning van de kinderen.",
            [(40, 50, "verwenning", "attributed")],
        ),
        # "rot-" + a person noun types the person
        ("Zijn zoon schold haar uit voor rotmoeder.", [(31, 40, "rotmoeder", "asserted")]),
        ("Het rotte fruit lag op tafel.", []),
        # guidance withheld: a word of lack, a noun of guidance and a verb of giving
        (
            "Ouders die hun kinderen geen grenzen stellen, krijgen later problemen.",
            [(24, 44, "geen grenzen stellen", "asserted")],
        ),
        (
            "Vader is lief voor de kinderen, maar hij stelt geen grenzen.",
            [(41, 59, "stelt geen grenzen", "asserted")],
        ),
        (
            "De ouders maken ruzie en bieden daardoor onvoldoende structuur aan hun zoon.",
            [(25, 62, "bieden daardoor onvoldoende structuur", "asserted")],
        ),
        (
            "Moeder geeft haar dochter geen duidelijke regels.",
            [(7, 48, "geeft haar dochter geen duidelijke regels", "asserted")],
        ),
        # receiving is said of the child, a school is a professional, no person: none
        ("Het meisje raakt ontregeld waar zij te weinig structuur krijgt.", []),
        ("De school biedt geen structuur aan de leerlingen.", []),
        ("Er zijn geen regels voor de omgang vastgelegd.", []),
        # a rebuke in the imperative opens its clause
        (
            "‘Pap, doe nou niet zo kinderachtig,’ zei ze.",
            [(6, 34, "doe nou niet zo kinderachtig", "attributed")],
        ),
        (
            "Hij riep: “Stel je toch niet zo aan!”",
            [(11, 35, "Stel je toch niet zo aan", "attributed")],
        ),
        ("Ik doe niet zo moeilijk over het eten.", []),
        ("Als je niet zo moeilijk doet, gaat het goed.", []),
        # an upbringing judged as faulty
        (
            "Het gedrag komt door een gebrekkige opvoeding thuis.",
            [(25, 45, "gebrekkige opvoeding", "asserted")],
        ),
        (
            "Had moeder haar kinderen maar beter opgevoed, vindt oma.",
            [(30, 44, "beter opgevoed", "attributed")],
        ),
        (
            "Volgens de buurvrouw zijn die jongens slecht opgevoed.",
            [(38, 53, "slecht opgevoed", "attributed")],
        ),
        ("Zij wilde hem goed opvoeden.", []),
        # two titles in the plural or diminutive joined by "en" type pampered children
        (
            "De juf vindt dat ze als prinsjes en prinsesjes worden behandeld.",
            [(24, 46, "prinsjes en prinsesjes", "attributed")],
        ),
        ("De koning en koningin bezochten de school.", []),
        # a predicate put before its copula and subject
        (
            "Zo vriendelijk als zijn broer is, zo brutaal en onhandelbaar is onze zoon.",
            [(37, 44, "brutaal", "asserted"), (48, 60, "onhandelbaar", "asserted")],
        ),
        ("Belangrijk is de moeder in dit verhaal.", []),
    ],
)
def test_labels37_shapes(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == expected


def test_labels37_labels() -> None:
    """The lexicon form keeps its term's label; the shapes are negative typering."""
    finder = label_finder()
    assert [h[3] for h in hits(finder, "Emotionele verwenning maakt een kind onzeker.")] == [
        "verwend"
    ]
    found = hits(finder, "Vader is lief, maar hij stelt geen grenzen.")
    assert [(h[2], h[3]) for h in found] == [("stelt geen grenzen", "negatieve typering")]
