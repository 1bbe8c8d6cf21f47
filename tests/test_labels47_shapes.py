"""labels47 (issue 11 §1, after round 35): participles of act verbs ("gepest", "de pestende
jongens"; not denied), behaviour judged by a negative or blaming adjective ("moeilijk gedrag",
"verwijtbare gedrag", "slecht levensgedrag"), adjectives coordinated with a label ("manipulatief
en achterbaks"), a judging verb ending a relative clause on a person ("ouders die op dit punt
tekortschieten"), "zich afzijdig houden", whining ("jengelen"), rules ignored ("trekken zich
niets aan van"), "aso-" and "kak-" as scolding first parts and four lexicon variants. Written
sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

TYPING = "negatieve typering"


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Een kind dat gepest wordt, trekt zich vaak terug.",
            [(13, 19, "gepest", TYPING, "discussed")],
        ),
        ("Hoe is het om gepest te worden?", [(14, 20, "gepest", TYPING, "discussed")]),
        (
            "De moeder deed aangifte tegen de pestende jongens uit haar klas.",
            [(33, 41, "pestende", TYPING, "asserted")],
        ),
        (
            "De jongen vertoont al maanden moeilijk gedrag in de klas.",
            [(30, 45, "moeilijk gedrag", TYPING, "asserted")],
        ),
        (
            "Het hof rekent vader het verwijtbare gedrag aan.",
            [(25, 43, "verwijtbare gedrag", TYPING, "asserted")],
        ),
        (
            "De rechtbank spreekt van slecht levensgedrag van de moeder.",
            [(25, 44, "slecht levensgedrag", TYPING, "attributed")],
        ),
        (
            # "achterbaks" joins the lexicon term; "vals" (tagged NOUN here) is found as the
            # first of a list of judging adjectives (labels-judging3; b26 annotates it)
            "Zij zijn vals, manipulatief en achterbaks.",
            [
                (9, 13, "vals", TYPING, "asserted"),
                (15, 27, "manipulatief", "manipulatief", "asserted"),
                (31, 41, "achterbaks", TYPING, "asserted"),
            ],
        ),
        (
            "Zij is volgens hem jaloers en onzeker.",
            [
                (19, 26, "jaloers", TYPING, "attributed"),
                (30, 37, "onzeker", TYPING, "attributed"),
            ],
        ),
        (  # labels57: the group a plan is about is discussed (was asserted)
            "De gemeente wil ouders die op dit punt tekortschieten, beter helpen.",
            [(39, 53, "tekortschieten", TYPING, "discussed")],
        ),
        (  # labels57: as above
            "De minister wil ouders die zich afzijdig houden harder aanpakken.",
            [(32, 47, "afzijdig houden", TYPING, "discussed")],
        ),
        ("Vader houdt zich afzijdig.", [(6, 25, "houdt zich afzijdig", TYPING, "asserted")]),
        ("Onze zoon jengelt de hele dag.", [(10, 17, "jengelt", TYPING, "asserted")]),
        ("Zij komt uit een echt kakgezin.", [(22, 30, "kakgezin", TYPING, "asserted")]),
        (
            "De burgemeester wil asogezinnen uit hun huis zetten.",
            [(20, 31, "asogezinnen", TYPING, "discussed")],
        ),
        (
            "Mijn schoonouders trekken zich niets aan van onze regels.",
            [(18, 36, "trekken zich niets", TYPING, "discussed")],
        ),
        (
            "Hij trekt zich nergens iets van aan.",
            [(4, 22, "trekt zich nergens", TYPING, "asserted")],
        ),
        (
            "Sommige ouders zijn echte helicopterouders.",
            [(26, 42, "helicopterouders", "hyperouder", "asserted")],
        ),
        (
            "Ze voeden hun kinderen overbeschermd op.",
            [(23, 36, "overbeschermd", "overbezorgd", "asserted")],
        ),
        (
            "Die verwennerij moet stoppen, zegt vader.",
            [(4, 15, "verwennerij", "verwend", "attributed")],
        ),
        (
            "Het claimgedrag van oma wekt irritatie.",
            [(4, 15, "claimgedrag", "claimend", "asserted")],
        ),
    ],
)
def test_found(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het pesten op school is een groot probleem.", []),  # the phenomenon, no one's act
        ("Het is fijn dat zij op deze school niet gepest wordt.", []),  # denied
        ("De gemeente helpt ouders die niet tekortschieten.", []),  # denied in the relative clause
        ("Zij trok zich het verdriet van haar moeder erg aan.", []),  # no denial
        ("De regering trekt zich niets aan van de kritiek.", []),  # no person
        ("De school hield zich afzijdig.", []),  # no person
        ("Het geluid van de motor jengelt.", []),  # no person
        ("Hij liet zich niet zomaar alles meer aantrekken.", []),  # "niet zomaar"
        ("De leerkracht sprak op een kleinerende toon.", []),  # a participle before a thing
        ("Het kind laat zorgelijk gedrag zien.", []),  # concern, no judgement
        ("Zijn gedrag is veranderd sinds de verhuizing.", []),  # no judging adjective
        # a feeling beside the judgement: since labels-aimed5 the anger of a concrete child is
        # found too (labels-policy2 line 2)
        (
            "Na het gesprek bleef haar dochter boos en opstandig.",
            [(34, 38, "boos", TYPING, "asserted"), (42, 51, "opstandig", TYPING, "asserted")],
        ),
        # "bozig" was in no list; labels-aimed's person_judging_adjectives.txt holds it
        (
            "Zo leuk en lief als ons dochtertje is, zo bozig en onhandelbaar is onze zoon.",
            [(42, 47, "bozig", TYPING, "asserted"), (51, 63, "onhandelbaar", TYPING, "asserted")],
        ),
        # a positive conjunct stays out
        (
            "Het kind is groot en manipulatief.",
            [(21, 33, "manipulatief", "manipulatief", "asserted")],
        ),
        # the list describes a thing
        (
            "De kinderen groeien op in een onveilige en onvoorspelbare situatie.",
            [(43, 57, "onvoorspelbare", "onvoorspelbaar", "asserted")],
        ),
    ],
)
def test_left_out(text: str, expected: list) -> None:
    assert spans(text) == expected
