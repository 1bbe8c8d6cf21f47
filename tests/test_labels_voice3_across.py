"""labels-voice3 (2026-12-06): a plan as a reporting cue and a ruling's account that goes on.

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone: "X wil ... INFINITIVE" (someone's plan:
attributed, :mod:`wb.dossiers.voice_plans`; not the group the plan is about), a ruling's
summary of a report that goes on for four sentences (``CONTINUES_REACH``) and a separable
reporting verb over a dash insert ("voert ... - kort samengevat - het volgende aan"); the
controls give the same voices on main.
"""

from __future__ import annotations

import pytest
from label_finders import found_voices, hits, label_finder

from wb.dossiers.voice_plans import plan_target, plan_wish

RULING = {"genre": "rechtspraak (uitspraak)"}

# (text, default voices, rules voices)
# labels59 (policy line 17, labels-policy4): a term in the bare plural group a plan applies to is
# discussed, whoever proposes the plan (was attributed for another's plan, asserted for the
# author's own); a group with a determiner ("de ouders van ...") keeps its reading
PLANS = [
    (
        "De gemeenteraad wil ouders van overlastgevende jongeren beboeten.",
        [("overlastgevende jongeren", "discussed")],
        [("overlastgevende jongeren", "discussed")],
    ),
    (
        "Wethouder Jansen wil de ouders van criminele jongeren harder aanpakken.",
        [("criminele jongeren", "attributed")],
        [("criminele jongeren", "attributed")],
    ),
    # controls: the author's own plan, a conditional wish, "wil dat" (voice17's cue)
    (
        "Ik wil ouders van overlastgevende jongeren beboeten.",
        [("overlastgevende jongeren", "discussed")],
        [("overlastgevende jongeren", "discussed")],
    ),
    (
        "Wij willen ouders van criminele jongeren harder aanpakken.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    (
        "De partij zou criminele jongeren willen opsluiten.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "asserted")],
    ),
    (
        "De minister wil dat ouders van criminele jongeren een boete krijgen.",
        [("criminele jongeren", "attributed")],
        [("criminele jongeren", "attributed")],
    ),
    # controls: the group the plan is about (its object, a relative clause on it), and the
    # subject's own unwillingness (no object before the infinitive)
    # labels57: the group a plan is about is discussed by the rules too (was asserted, the
    # author's fallback once the plan's cue did not reach it; batches 39, 41 and 49 annotate it so)
    (
        "De burgemeester wil asogezinnen uit hun huis zetten.",
        [("asogezinnen", "discussed")],
        [("asogezinnen", "discussed")],
    ),
    (
        "De minister wil ouders die zich afzijdig houden harder aanpakken.",
        [("afzijdig houden", "discussed")],
        [("afzijdig houden", "discussed")],
    ),
    (
        "Vader wilde niet meewerken aan het onderzoek.",
        [("niet meewerken", "asserted")],
        [("niet meewerken", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), PLANS)
def test_plan_voices(text: str, default: list, by_rules: list) -> None:
    assert found_voices(label_finder(), text) == default
    assert found_voices(label_finder("rules"), text) == by_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Kamer wil ouders van criminele jongeren bestraffen.", True),
        ("Kelly wil samen met haar zus uitzoeken hoe het zo kwam.", True),
        ("Dat wil zeggen dat hij boos is.", False),  # the infinitive right after the verb
        ("Een vader die wil scheiden van zijn partner.", False),
        ("Het CDA wil dat de jongeren worden aangepakt.", False),  # voice17's "wil dat"
        ("Natuurlijk wil ze geen broccoli.", False),  # no infinitive
        ("De partij zou jongeren willen opsluiten.", False),  # conditional, not finite
        ("Vader wilde niet meewerken aan het onderzoek.", False),  # no object
    ],
)
def test_plan_wish(text: str, expected: bool) -> None:
    doc = label_finder().nlp(text)
    tokens = list(doc)
    low = [t.lower_ for t in tokens]
    k = next(i for i, t in enumerate(tokens) if t.lemma_ == "willen")
    assert plan_wish(tokens, low, k) is expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("De Kamer wil ouders van criminele jongeren bestraffen.", "criminele", False),
        ("De burgemeester wil asogezinnen uit hun huis zetten.", "asogezinnen", True),
        ("De Kamer wil alle lastige ouders beboeten.", "lastige", True),
        ("De gemeente wil ouders die tekortschieten beter helpen.", "tekortschieten", True),
    ],
)
def test_plan_target(text: str, term: str, expected: bool) -> None:
    tokens = list(label_finder().nlp(text))
    k = next(i for i, t in enumerate(tokens) if t.lemma_ == "willen")
    at = next(i for i, t in enumerate(tokens) if t.text == term)
    assert plan_target(tokens, k, at) is expected


RULINGS = [
    # the raad's account goes on for four sentences: attributed (asserted on main)
    (
        "Het hof.\n\nDe raad stelt dat de moeder veel zorgen heeft. Zij woont alleen. Zij werkt "
        "niet. Zij slaapt slecht. Zij is manipulatief.",
        [(117, 129, "manipulatief", "attributed")],
    ),
    # controls: five sentences on, and after the court's own opening
    (
        "Het hof.\n\nDe raad stelt dat de moeder veel zorgen heeft. Zij woont alleen. Zij werkt "
        "niet. Zij slaapt slecht. Zij eet slecht. Zij is manipulatief.",
        [(133, 145, "manipulatief", "asserted")],
    ),
    (
        "Het hof.\n\nDe raad stelt dat de moeder veel zorgen heeft. Zij woont alleen. Het hof "
        "overweegt als volgt. Zij slaapt slecht. Zij is manipulatief.",
        [(130, 142, "manipulatief", "asserted")],
    ),
    # a separable reporting verb over a dash insert introduces what follows (asserted on main)
    (
        "Het hof.\n\nDe moeder voert in haar beroepschrift, zoals aangevuld ter zitting - kort "
        "samengevat - het volgende aan. Het kind woont bij de vader. Er is sprake van een "
        "ouderstrijd.",
        [(165, 176, "ouderstrijd", "attributed")],
    ),
    (
        "Het hof.\n\nDe moeder voert in haar beroepschrift, zoals aangevuld ter zitting, het "
        "volgende aan. Het kind woont bij de vader. Er is sprake van een ouderstrijd.",
        [(146, 157, "ouderstrijd", "attributed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS)
def test_ruling_account_voices(text: str, expected: list) -> None:
    by_rules = [(a, b, t, v) for a, b, t, _, v in hits(label_finder("rules"), text, RULING)]
    assert by_rules == expected
    default = [(a, b, t, v) for a, b, t, _, v in hits(label_finder(), text, RULING)]
    assert default == expected
