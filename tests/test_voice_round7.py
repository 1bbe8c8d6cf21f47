"""Voice rules read from the round-7 errors: a reporting sentence after the term, feelings
that apply no label, and "geen medewerking" as a variant of niet-meewerkend."""

from __future__ import annotations

import pytest
from label_finders import voices

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence of the paragraph reports this one
        ("Het kind zit klem tussen de ouders. Dat stelt de moeder.", "attributed"),
        ("Het kind zit klem tussen de ouders. Aldus de vader.", "attributed"),
        ("De ouders voeren een vechtscheiding. Dit vertelt de grootmoeder.", "attributed"),
        # no reporting verb, the author as subject, or a blank line between: no attribution
        ("Het kind zit klem tussen de ouders. Dat blijkt uit het dossier.", "asserted"),
        ("Het kind zit klem tussen de ouders. Dat zeggen wij al jaren.", "asserted"),
        ("Het kind zit klem tussen de ouders.\n\nDat zegt de moeder.", "asserted"),
        ("Het kind zit klem tussen de ouders. De moeder zegt dat ook.", "asserted"),
        ("Het kind zit klem tussen de ouders. Zo zegt de moeder dat zij bang is.", "asserted"),
        # a feeling with an infinitive applies no label; with a clause it does
        (
            "Ze hebben het gevoel te moeten kiezen voor de ene ouder en komen daardoor klem te "
            "zitten.",
            "asserted",
        ),
        ("Moeder heeft het gevoel dat het kind klem zit tussen de ouders.", "attributed"),
        # "geen medewerking (te zullen) verlenen" is the label, not its negation
        (
            "De moeder heeft er blijk van gegeven geen medewerking te zullen verlenen aan de "
            "omgangsregeling.",
            "asserted",
        ),
        ("Vader verleent geen medewerking aan het onderzoek.", "asserted"),
    ],
)
def test_round7_rule_voices(rules: LabelFinder, text: str, expected: str) -> None:
    found = voices(rules, text)
    assert len(found) == 1, found
    assert found[0][1] == expected


def test_reporting_sentence_after_the_term_in_the_default(default: LabelFinder) -> None:
    text = (
        "Ouders die hun kinderen blootstellen aan een vechtscheiding schaden hun kinderen. "
        "Dat zegt Kinderombudsman Marc Dullaert."
    )
    assert voices(default, text) == [("vechtscheiding", "attributed")]


def test_geen_medewerking_span(rules: LabelFinder) -> None:
    text = "Moeder verleent geen medewerking. Vader werkt niet mee."
    assert voices(rules, text) == [
        ("geen medewerking", "asserted"),
        ("werkt niet mee", "asserted"),
    ]
