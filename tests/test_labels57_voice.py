"""labels57 (2026-12-06): the voice of a measure or statement about a category of people.

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone. New: the group a plan is about after a
preposition ("wil bij onwillige ouders ... inhouden"), a relative clause on the plan's object
("wil ouders die ... beboeten") and a condition on the plan with a pronoun subject ("...
beboeten als zij weigeren ...") are discussed (:func:`wb.dossiers.voice_plans.plan_target`,
``Attribution.plan_group``); "Het gaat (dan) om ouders die ..." and, in a quote, "als het gaat
om jonge X die ..." delimit a category (:func:`wb.dossiers.voice_population.group_in_question`).
Controls keep main's voices: a plan about an approach ("wil geen aanpak meer van ouders die
...", now attributed like the planner's other words), a word further on in the plan, a quoted
"Het gaat om ouders die ..." without a condition, a definite group, and a bare plural subject.
labels59 (guide line 17, labels-policy4) turned the approach's group and the plan's "van" group
discussed (:func:`wb.dossiers.voice_plan_groups.plan_group_phrase`); labels-voice5 (the lead's
clarification under line 17) the bare plural subject of a measure ("Ouders die ..., moeten worden
gestraft."), discussed (:func:`wb.dossiers.voice_plan_groups.measure_subject`).
"""

from __future__ import annotations

import pytest
from label_finders import term_voices

from wb.dossiers.voice_plans import plan_clause, plan_target
from wb.dossiers.voice_population import group_in_question

# (text, default voices, rules voices); the comment gives main's voice (both alike)
CASES = [
    # main: attributed
    (
        "De gemeente wil bij onwillige ouders de toeslag inhouden.",
        [("onwillige ouders", "discussed")],
        [("onwillige ouders", "discussed")],
    ),
    # main: asserted
    (
        "Het gaat dan om ouders die hun kinderen verwaarlozen.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # main: attributed
    (
        "„We moeten dat middel kunnen inzetten als het gaat om jonge etters die de straat "
        "terroriseren”, zegt het Kamerlid.",
        [("jonge etters", "discussed")],
        [("jonge etters", "discussed")],
    ),
    # main: attributed, attributed
    (
        "De partij wil ouders van spijbelende kinderen beboeten als zij weigeren mee te werken.",
        [("spijbelende kinderen", "discussed"), ("weigeren mee te werken", "discussed")],
        [("spijbelende kinderen", "discussed"), ("weigeren mee te werken", "discussed")],
    ),
    # main: asserted
    (
        "De partij wil ouders die hun kinderen verwaarlozen kunnen beboeten.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # main: asserted; labels59 (guide line 17, labels-policy4): the group of a measure
    # ("aanpak van ouders die ...") and a plan's "van" group are discussed
    (
        "De partij wil geen vrijblijvende aanpak meer van ouders die hun kinderen verwaarlozen.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # main: attributed
    (
        "De partij wil ouders van criminele jongeren beboeten.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    # controls
    # main: attributed
    (
        "„Het gaat om ouders die hun kinderen verwaarlozen”, zegt de wethouder.",
        [("verwaarlozen", "attributed")],
        [("verwaarlozen", "attributed")],
    ),
    # main: asserted
    (
        "Het gaat om de ouders die hun kinderen verwaarlozen.",
        [("verwaarlozen", "asserted")],
        [("verwaarlozen", "asserted")],
    ),
    # main: asserted (policy 3: a judgement of a bare plural group, the author's);
    # labels-voice5, the lead's decision under guide line 17: a bare plural group that is the
    # subject of a measure with a modal and a passive is the group the measure applies to
    (
        "Ouders die hun kinderen verwaarlozen, moeten worden gestraft.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # the same group in the past tense: what happened to people who exist (line 16)
    (
        "Ouders die hun kinderen verwaarlozen, werden gestraft.",
        [("verwaarlozen", "asserted")],
        [("verwaarlozen", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_category_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "verb", "term", "expected"),
    [
        ("De partij wil bij lastige ouders de toeslag inhouden.", "wil", "lastige", True),
        ("De partij wil ouders die falen beboeten.", "wil", "falen", True),
        ("De partij wil ouders beboeten als zij falen.", "wil", "falen", True),
        ("De partij wil ouders van lastige jongeren beboeten.", "wil", "lastige", False),
        ("De partij wil geen aanpak meer van ouders die falen.", "wil", "falen", False),
    ],
)
def test_plan_target(finder, text: str, verb: str, term: str, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    assert plan_target(tokens, low.index(verb), low.index(term)) is expected


def test_plan_clause(finder) -> None:
    # "dat" as the pipeline reads it here (PRON); a plan: an object ("we") before the infinitive
    text = "Samen met de partners willen we voorkomen dat kinderen in de criminaliteit belanden."
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    assert plan_clause(tokens, low.index("willen"), low.index("criminaliteit")) is True
    assert plan_target(tokens, low.index("willen"), low.index("criminaliteit")) is False


@pytest.mark.parametrize(
    ("text", "term", "quoted", "expected"),
    [
        ("Het gaat dan om ouders die falen.", "falen", False, True),
        ("Het gaat om lastige ouders.", "lastige", False, True),
        ("Hier gaat het vooral om ouders die falen.", "falen", False, True),
        ("Het gaat om ouders die falen.", "falen", True, False),
        ("Maar als het gaat om ouders die falen, grijpen we in.", "falen", True, True),
        ("Het gaat om de ouders die falen.", "falen", False, False),
        ("Het gaat om de vraag of ouders falen.", "falen", False, False),
        ("Ouders die falen, gaan om met hun kinderen.", "falen", False, False),
    ],
)
def test_group_in_question(finder, text: str, term: str, quoted: bool, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    assert group_in_question(tokens, low.index(term), quoted) is expected
