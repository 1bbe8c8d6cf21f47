"""labels-voice5 (2026-12-06): gold `discussed` read as `asserted` (tune), guide line 17.

Written sentences, not taken from an evaluation text, with the exact voices of the default
finder and of the rules alone. The lead's clarification under line 17: a bare plural group that
is the subject of a measure or obligation with a modal ("moeten worden gestraft", "moeten
verplicht worden ...", "moeten een boete krijgen"), also in a clause after "hoe" or "dat" and
with the term in the group's relative clause, is the group the measure applies to: discussed
(:func:`wb.dossiers.voice_plan_groups.measure_subject`). Controls: a past tense, a copula, a
passive without a modal, a group with a determiner, a group that is no subject of the measure.
Then a term in the predicate of a condition clause, whoever its subject (guide line 3):
"voor iedere keer dat de vader weigert mee te werken", "als zijn vader een onaardige opmerking
maakt", "Daar waar ouders hun kinderen verwaarlozen, ..."
(:func:`wb.dossiers.voice_conditions.condition_predicate`); controls: a past tense, a named
person's event, "als" meaning "as", a clause inside the condition, the condition's subject.
"""

from __future__ import annotations

import pytest
from label_finders import term_voices

from wb.dossiers.voice_conditions import condition_predicate
from wb.dossiers.voice_plan_groups import plan_group_phrase

# (text, default voices, rules voices); the comment gives main's voice (both alike)
CASES = [
    # main: asserted
    (
        "Ouders die hun kinderen verwaarlozen, moeten worden gestraft.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # main: attributed
    (
        "Ouders van criminele jongeren moeten verplicht worden een cursus te volgen, vindt de "
        "wethouder.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    # main: asserted
    (
        "Ouders van spijbelende kinderen moeten een boete krijgen.",
        [("spijbelende kinderen", "discussed")],
        [("spijbelende kinderen", "discussed")],
    ),
    # main: asserted (a description of a bare plural group)
    (
        "Ouders die falen, moeten verplicht een cursus volgen.",
        [("falen", "discussed")],
        [("falen", "discussed")],
    ),
    # main: asserted (the clause after "hoe")
    (
        "De school wil weten hoe pestende kinderen zouden moeten worden aangepakt.",
        [("pestende", "discussed")],
        [("pestende", "discussed")],
    ),
    # controls
    # main: asserted (a past tense: what happened, line 16)
    (
        "Ouders die hun kinderen verwaarlozen, werden gestraft.",
        [("verwaarlozen", "asserted")],
        [("verwaarlozen", "asserted")],
    ),
    # main: asserted (a modal without a measure)
    (
        "Ouders die falen, moeten beter opletten.",
        [("falen", "asserted")],
        [("falen", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_measure_subject_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Ouders die falen, moeten worden gestraft.", "falen", True),
        ("Brutale pubers moeten harder gestraft kunnen worden.", "brutale", True),
        ("Ouders van lastige jongeren moeten verplicht worden te helpen.", "lastige", True),
        ("Ouders van brutale kinderen moeten een boete krijgen.", "brutale", True),
        ("De minister zegt dat ouders die falen, moeten worden gestraft.", "falen", True),
        (
            "Gezinnen waarin het misgaat, vanwege lastige ouders, moeten worden geholpen.",
            "lastige",
            True,
        ),
        ("Ouders die falen, werden gestraft.", "falen", False),
        ("Kinderen die falen, worden onhandelbaar.", "falen", False),
        ("Lastige jongeren worden vaak als wapen ingezet.", "lastige", False),
        ("De ouders van lastige jongeren moeten worden gestraft.", "lastige", False),
        ("Ouders die boos zijn, onmachtig omdat het wordt afgedaan.", "boos", False),
        ("Zo moeten ouders van lastige jongeren worden gestraft.", "lastige", False),
    ],
)
def test_measure_subject_phrase(finder, text: str, term: str, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    at = low.index(term)
    assert plan_group_phrase(tokens, at, at + 1) is expected


# (text, default voices, rules voices); main's voice in the comment (both alike)
CONDITION_CASES = [
    # main: asserted
    (
        "Het gezin krijgt een boete voor iedere keer dat de vader weigert mee te werken aan de "
        "regeling.",
        [("weigert mee te werken", "discussed")],
        [("weigert mee te werken", "discussed")],
    ),
    # main: asserted
    (
        "Wat doet het met een kind als zijn vader een onaardige opmerking maakt?",
        [("onaardige opmerking", "discussed")],
        [("onaardige opmerking", "discussed")],
    ),
    # main: asserted (a description of a bare plural group)
    (
        "Daar waar ouders hun kinderen verwaarlozen, mag de gemeente ingrijpen.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # controls, as on main
    (
        "Wanneer de vader boos werd, sloeg hij zijn manipulatieve dochter.",
        [("manipulatieve", "asserted")],
        [("manipulatieve", "asserted")],
    ),
    (
        "De bom barst als Sanne tegen alle adviezen in met haar manipulatieve vriend weggaat.",
        [("manipulatieve", "asserted")],
        [("manipulatieve", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CONDITION_CASES)
def test_condition_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Wanneer zij consequent de omgang frustreert, grijpt de rechter in.", "frustreert", True),
        ("Het hangt af van in hoeverre het kind agressief is.", "agressief", True),
        ("Als zulke pestkoppen nog meer overlast geven, grijpt de school in.", "overlast", True),
        ("Als zulke pestkoppen nog meer overlast geven, grijpt de school in.", "pestkoppen", False),
        ("Wanneer hij boos werd, sloeg hij de deur dicht.", "boos", False),
        ("Zij stelt zich op als slachtoffer en vergeet haar kinderen.", "vergeet", False),
        ("Hij zou zich vergissen wanneer hij denkt dat zij manipuleert.", "manipuleert", False),
        ("Als de man wiens handen los zitten.", "los", False),
    ],
)
def test_condition_predicate(finder, text: str, term: str, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    assert condition_predicate(tokens, low.index(term)) is expected
