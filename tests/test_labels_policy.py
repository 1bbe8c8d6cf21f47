"""The three annotation policies of labels-policy (2026-12-05, issue 11 §1): a self-judgement is a
label, a reported act that judges conduct is a description aimed at a person, a judgement of a
bare plural group follows who applies it. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import described, hits, label_finder

from wb.dossiers.description_acts import acts

DESCRIPTION = "negatieve typering"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement the speaker applies to themselves: asserted, like any label
        ("Ik ben een slechte moeder.", [(11, 25, "slechte moeder", "asserted")]),
        ("Ik voelde me een slechte vader.", [(17, 30, "slechte vader", "asserted")]),
        ("Wij zijn slechte ouders, dat weet ik.", [(9, 23, "slechte ouders", "asserted")]),
        # inside a quote the usual rules give attributed
        (
            "‘Je denkt dan dat je een slechte mama bent,’ vertelt ze.",
            [(25, 37, "slechte mama", "attributed")],
        ),
        # a feeling of the speaker is no judgement
        ("Ik was boos.", []),
    ],
)
def test_self_judgement_is_a_label(text: str, expected: list[tuple]) -> None:
    found = [(a, b, t, v) for a, b, t, label, v in hits(label_finder(), text)]
    assert found == expected
    assert all(h[3] == DESCRIPTION for h in hits(label_finder(), text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # person subject, person object, a passive with a person as subject or agent
        ("Hij kleineert zijn dochter waar iedereen bij is.", [(4, 13, "kleineert", "asserted")]),
        ("Hij treiterde hen door voorbij haar huis te rijden.", [(4, 13, "treiterde", "asserted")]),
        ("Op alle scholen is mijn zoon kapotgepest.", [(29, 40, "kapotgepest", "asserted")]),
        ("Liam werd dagelijks gekleineerd door de juf.", [(20, 31, "gekleineerd", "asserted")]),
        ("Ik weet dat hij haar kleineert.", [(21, 30, "kleineert", "asserted")]),
        # a list of acts: the verbs after the first one with a person
        (
            "Ex-partners terroriseren, vernederen en mishandelen elkaar.",
            [(12, 24, "terroriseren", "asserted"), (26, 36, "vernederen", "asserted")],
        ),
        # an idiom with a person subject; the voice follows "volgens"
        (
            "Volgens moeder maakt vader misbruik van de situatie.",
            [(15, 39, "maakt vader misbruik van", "attributed")],
        ),
        (
            "Zo maakte ze misbruik van mijn stiefvader.",
            [(3, 25, "maakte ze misbruik van", "asserted")],
        ),
        # reports of an act without a judging word, no person, a thing as subject, a noun
        ("Hij schreeuwde tegen zijn dochter en sloeg de deur dicht.", []),
        ("Het systeem werd misbruikt.", []),
        ("De twijfel kwelde hem.", []),
        ("Pesten komt op veel scholen voor.", []),
        ("Medewerkers worden geïntimideerd door ouders.", []),
    ],
)
def test_reported_acts_that_judge_conduct(text: str, expected: list[tuple]) -> None:
    found = [(a, b, t, v) for a, b, t, label, v in hits(label_finder("rules"), text)]
    assert found == expected


def test_act_list_is_data_without_event_verbs() -> None:
    """The verbs are a word list; verbs of a plain event or a named offence are not in it."""
    assert {"treiteren", "kleineren", "vernederen", "pesten", "chanteren"} <= acts()
    assert not {"slaan", "schelden", "bedreigen", "mishandelen", "intimideren"} & acts()


def test_infinitive_clause_opened_by_a_person() -> None:
    text = (
        "Dit doet de narcist door de andere ouder in het bijzijn van het kind te vernederen, "
        "te kleineren en vals te beschuldigen."
    )
    assert described(text) == ["vernederen", "kleineren"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author's judgement of a bare plural group, also with "sommige"
        (
            "Vaders die hun kinderen opstoken, beseffen niet wat ze aanrichten.",
            [(24, 32, "opstoken", "asserted")],
        ),
        ("Moeders die frustreren zijn er genoeg.", [(12, 22, "frustreren", "asserted")]),
        ("Sommige kinderen chanteren hun ouders.", [(17, 26, "chanteren", "asserted")]),
        # a condition, a question, a naming: discussed
        (
            "Als ouders hun kinderen kleineren, lijdt het kind.",
            [(24, 33, "kleineren", "discussed")],
        ),
        ("Vaders gedragen zich als schapen?", [(21, 32, "als schapen", "discussed")]),
        (
            "Ouders die hun kinderen kleineren, noemen we onveilige ouders.",
            [(24, 33, "kleineren", "discussed"), (45, 61, "onveilige ouders", "discussed")],
        ),
    ],
)
def test_group_judgement_follows_who_applies_it(text: str, expected: list[tuple]) -> None:
    found = [(a, b, t, v) for a, b, t, label, v in hits(label_finder(), text)]
    assert found == expected


def test_group_rule_turns_a_discussed_reading() -> None:
    """ "Stiefmoeders zijn vaak jaloers." is read as discussed (a general statement) without the
    group rule; with it the author's judgement of the group is asserted."""
    import wb.dossiers.label_voices as voices

    text = "Stiefmoeders zijn vaak jaloers. Vaders gedragen zich als schapen."
    with_rule = [h[4] for h in hits(label_finder(), text)]
    keep = voices.group_judgement
    voices.group_judgement = lambda *args: False
    try:
        without = [h[4] for h in hits(label_finder(), text)]
    finally:
        voices.group_judgement = keep
    assert with_rule == ["asserted", "asserted"]
    assert without == ["discussed", "asserted"]
