"""Labels and voices read from the round-8 errors (written sentences, not the evaluation texts):
lexicon gaps, classification frames, generic groups that are named, hedges of a generic "je",
laws after "volgens", definitions, quoted judgements of a person and application frames."""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # known gaps: the child drawn into the fight, a combative parent, psychological abuse
        (
            "Vader betrekt de kinderen steeds in de strijd.",
            [(6, 45, "betrekt de kinderen steeds in de strijd", "kind in de strijd betrekken")],
        ),
        ("De ouders zijn strijdvaardig.", [(15, 28, "strijdvaardig", "strijdvaardig")]),
        (
            "Er is sprake van geestelijke kindermishandeling.",
            [(17, 47, "geestelijke kindermishandeling", "geestelijke kindermishandeling")],
        ),
        # a lack of insight or motivation in a construction ("ontbreekt het ... aan")
        (
            "Vader ontbreekt het aan probleeminzicht.",
            [(6, 39, "ontbreekt het aan probleeminzicht", "gebrek aan probleembesef")],
        ),
        (
            "De moeder is onvoldoende gemotiveerd voor hulp.",
            [(13, 36, "onvoldoende gemotiveerd", "onvoldoende gemotiveerd")],
        ),
        # a bare "in de knel", a compound of "verstoting", a participle as judgement
        ("Het kind in de knel.", [(9, 19, "in de knel", "klem zitten")]),
        (
            "Het kind toont een verstotingsreactie.",
            [(19, 37, "verstotingsreactie", "ouderverstoting")],
        ),
        ("Het zijn ruziënde ouders.", [(9, 24, "ruziënde ouders", "negatieve typering")]),
    ],
)
def test_round8_lexicon_spans(default: LabelFinder, text: str, expected: list) -> None:
    assert [(a, b, t, label) for a, b, t, label, _ in hits(default, text)] == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # classification of a case or phenomenon: the term is talked about
        (
            "Ruim duizend scheidingen worden gezien als een vechtscheiding.",
            "vechtscheiding",
            "discussed",
        ),
        (
            "Oudervervreemding is door de rechtbank gekwalificeerd als geestelijk geweld.",
            "Oudervervreemding",
            "discussed",
        ),
        (
            "De rechtbank noemde ouderverstoting een vorm van kindermishandeling.",
            "ouderverstoting",
            "discussed",
        ),
        # ... but a particular person classified stays someone's judgement
        ("Moeder wordt gezien als manipulatief.", "manipulatief", "attributed"),
        ("De raad noemt moeder manipulatief.", "manipulatief", "attributed"),
        # a generic group named by a term: not this family
        (
            "Ouders die hun kind tegen de ander opzetten, worden vaak manipulatief genoemd.",
            "manipulatief",
            "discussed",
        ),
        (
            "Ouders die hun kind tegen de ander opzetten, worden vaak manipulatief genoemd.",
            "tegen de ander opzetten",
            "discussed",
        ),
        # a law after "volgens" is no speaker; a generic "je" with a hedge is the author
        (
            "Is ouderverstoting strafbaar volgens art. 300 Sr?",
            "ouderverstoting",
            "discussed",
        ),
        (
            "Je zou kunnen zeggen dat dit kind in een loyaliteitsconflict zit.",
            "loyaliteitsconflict",
            "asserted",
        ),
        (
            "Moeder zegt dat het kind in een loyaliteitsconflict zit.",
            "loyaliteitsconflict",
            "attributed",
        ),
        # "weten te vinden" is to find, not to think
        (
            "Vooral vechtende ouders weten de ombudsman te vinden.",
            "vechtende ouders",
            "asserted",
        ),
        # a definition: the terms in the definiens are talked about too
        (
            "Ouderverstoting is de situatie waarin een kind klem zit tussen de ouders.",
            "klem zit",
            "discussed",
        ),
        ("Zo moet het verstoten van ouders voorkomen worden.", "verstoten", "discussed"),
        # "je kind" in a question heading is anyone's child
        ("Ouderverstoting: wat als je kind je niet meer wil zien?", "Ouderverstoting", "discussed"),
        # a quoted judgement of a person is someone else's, a quoted bare term is discussed
        ("Ik ben zo'n 'gestoorde moeder' volgens hen.", "gestoorde moeder", "attributed"),
        ("Dat is zo'n 'gestoorde moeder'.", "gestoorde moeder", "attributed"),
        (
            "Het woord komt voor als 'ouderverstoting' in veel stukken.",
            "ouderverstoting",
            "discussed",
        ),
        # "de gevolgen van een X" talks about the phenomenon
        ("De gevolgen van een loyaliteitsconflict zijn groot.", "loyaliteitsconflict", "discussed"),
        # "de ene ouder ... de andere ouder": parents in general
        (
            "Bij ouderverstoting zet de ene ouder het kind tegen de andere ouder op.",
            "tegen de andere ouder op",
            "discussed",
        ),
    ],
)
def test_round8_rule_voices(rules: LabelFinder, text: str, term: str, expected: str) -> None:
    found = {t: v for _, _, t, _, v in hits(rules, text)}
    assert found[term] == expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # application frames keep the author's assertion about particular children
        ("De kinderen hadden te maken met een loyaliteitsconflict.", "loyaliteitsconflict"),
        ("De kinderen zijn in een loyaliteitsconflict beland.", "loyaliteitsconflict"),
        ("Er is sprake van een vechtscheiding.", "vechtscheiding"),
    ],
)
def test_round8_default_keeps_applied_terms(default: LabelFinder, text: str, term: str) -> None:
    found = {t: v for _, _, t, _, v in hits(default, text)}
    assert found[term] == "asserted"
