"""labels52: lexicon variants of five terms, a positive term in a labelling frame, compound
problem words, a care need, and lacks with a determiner or coordinated adjectives. Written
sentences, exact spans and labels (voices are labels-voice's and not asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.dossiers.labels import LabelFinder
from wb.dossiers.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
TYPING = "negatieve typering"


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(LEXICON).fit()


def found(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.label) for h in finder.find("t", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De jeugdbeschermer noemt de probleemontkennende opstelling van vader.",
            [("probleemontkennende", "gebrek aan probleembesef")],
        ),
        (
            "Vader had geen enkel inzicht in de gevolgen van zijn gedrag.",
            [("geen enkel inzicht in de gevolgen van zijn gedrag", "gebrek aan probleembesef")],
        ),
        (
            "Moeder heeft geen inzicht in haar eigen gedrag.",
            [("geen inzicht in haar eigen gedrag", "gebrek aan probleembesef")],
        ),
        (
            "Zij kan onvoldoende reflecteren op haar rol in het conflict.",
            [("onvoldoende reflecteren op", "weinig zelfreflectie")],
        ),
        (
            "De Raad ziet dat vader niet goed kan reflecteren op zijn aandeel.",
            [("niet goed kan reflecteren op", "weinig zelfreflectie")],
        ),
        (
            "Moeder is beperkt in haar emotionele beschikbaarheid voor de kinderen.",
            [("beperkt in haar emotionele beschikbaarheid", "emotioneel onbeschikbaar")],
        ),
        (
            "Er is sprake van een beperkte emotionele beschikbaarheid van vader.",
            [("beperkte emotionele beschikbaarheid", "emotioneel onbeschikbaar")],
        ),
        (
            "De ouders onttrekken zich aan de hulpverlening.",
            [("onttrekken zich aan de hulpverlening", "zorgmijdend")],
        ),
        (
            "De GI vreest dat moeder zich weer aan de hulpverlening onttrekt.",
            [("zich weer aan de hulpverlening onttrekt", "zorgmijdend")],
        ),
        (
            "Vader zou de kinderen negatief beïnvloeden.",
            [("negatief beïnvloeden", "beïnvloed")],
        ),
        (
            "Het negatief beïnvloeden van de kinderen door moeder duurt voort.",
            [("negatief beïnvloeden", "beïnvloed")],
        ),
        # the finite verb keeps its own span
        ("De rechter ziet dat vader het kind negatief beïnvloedt.", [("beïnvloedt", "beïnvloed")]),
        ("Je bent veel te beschermend, zegt haar zus.", [("te beschermend", "overbezorgd")]),
        ("Volgens de school is moeder te bezorgd.", [("te bezorgd", "overbezorgd")]),
        (
            "Het verslag noemt de strijdvolle scheiding van de ouders.",
            [("strijdvolle scheiding", "vechtscheiding")],
        ),
        # not a form: an infinitive with "te", a child withheld from school, a bare denial
        ("Zij wil het kind te beschermen tegen de kou.", []),
        ("Vader wilde het kind graag beschermen.", []),
        ("Het onttrekken van de kinderen aan de leerplicht is strafbaar.", []),
        ("Het is niet de bedoeling om te reflecteren op het verleden.", []),
    ],
)
def test_lexicon_variants(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame that clears the person: a clearly positive adjective is no label
        ("De ouders worden voortaan als onschuldig aangemerkt.", []),
        ("Moeder werd door de school als betrouwbaar beschouwd.", []),
        # a negative term in the same frame stays
        (
            "Moeder werd door de school als onbetrouwbaar bestempeld.",
            [("onbetrouwbaar", "onbetrouwbaar")],
        ),
    ],
)
def test_positive_frame(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound on "problematiek" with the ties of the bare head
        (
            "Het verzoek werd afgewezen omdat hij kampte met gokproblematiek.",
            [("gokproblematiek", TYPING)],
        ),
        (
            "Het verzoek werd afgewezen omdat hij kampt met agressieproblematiek.",
            [("agressieproblematiek", TYPING)],
        ),
        ("Vanwege zijn agressieproblematiek is hij geschorst.", [("agressieproblematiek", TYPING)]),
        # no tie to one person: no label
        ("Er is veel aandacht voor complexe omgangsproblematiek.", []),
        ("Ouders met agressieproblematiek krijgen hulp.", []),
        # a care need: "nodig" after the head in its clause
        ("De ouders zien niet wat het kind vanuit zijn eigen problematiek nodig heeft.", []),
        (
            "Moeder kampt met psychische problematiek en heeft hulp nodig.",
            [("psychische problematiek", TYPING)],
        ),
    ],
)
def test_problem_compounds_and_care_need(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens het rapport beschikken beide ouders over beperkte sensitieve en"
            " responsieve vaardigheden.",
            [("beperkte sensitieve en responsieve vaardigheden", TYPING)],
        ),
        (
            "Ook heeft de moeder onvoldoende pedagogische vaardigheden.",
            [("onvoldoende pedagogische vaardigheden", TYPING)],
        ),
        (
            "Volgens de GI beschikken beide ouders over beperkte sociaal-emotionele vaardigheden.",
            [("beperkte sociaal-emotionele vaardigheden", TYPING)],
        ),
        # no person has it
        ("Het huis heeft de ruimte maar onvoldoende voorzieningen.", []),
    ],
)
def test_lacks(finder: LabelFinder, text: str, expected: list) -> None:
    assert found(finder, text) == expected


def test_lexicon_terms_have_the_new_variants() -> None:
    terms = {t.label: t for t in load_lexicon(LEXICON).terms}
    expect = {
        "gebrek aan probleembesef": {"probleemontkennend", "probleemontkenning"},
        "weinig zelfreflectie": {"onvoldoende ... reflecteren op", "niet goed ... reflecteren op"},
        "emotioneel onbeschikbaar": {"beperkte emotionele beschikbaarheid"},
        "zorgmijdend": {"zich ... aan ... hulpverlening onttrekken"},
        "vechtscheiding": {"strijdvolle scheiding", "strijdvolle echtscheiding"},
    }
    for label, variants in expect.items():
        assert variants <= set(terms[label].variants), label
        assert terms[label].why and terms[label].alternative
    assert set(terms["overbezorgd"].exact) == {"te beschermend", "te bezorgd"}
    assert "negatief beïnvloeden" in terms["beïnvloed"].exact
