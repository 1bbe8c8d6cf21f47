"""labels54: lexicon forms after round 41: care not accepted, help refused or avoided (the
wording of art. 1:255 BW), worries denied, addiction problems, a gap inside "buitenspel
zetten" and "klem zitten", the art. 1:266 BW ground, the strong past of "nakomen", the idiom
"aan zijn laars lappen", PCF and the new term "weinig sensitief". Written sentences, exact
spans and labels (voices are labels-voice's and not asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import found_labels

from wb.dossiers.labels import LabelFinder
from wb.dossiers.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bij aanvang werd de noodzakelijke zorg door de ouders onvoldoende geaccepteerd.",
            [("zorg door de ouders onvoldoende geaccepteerd", "zorgmijdend")],
        ),
        (
            "Het staat niet vast dat vader de zorg onvoldoende accepteert.",
            [("zorg onvoldoende accepteert", "zorgmijdend")],
        ),
        (
            "Een ouder die de zorg niet of onvoldoende accepteert, kan onder toezicht komen.",
            [("zorg niet of onvoldoende accepteert", "zorgmijdend")],
        ),
        (
            "Het gaat om gezinnen die hulpverlening blijven weigeren.",
            [("hulpverlening blijven weigeren", "zorgmijdend")],
        ),
        (
            "De ouders weigeren hulp te aanvaarden.",
            [("weigeren hulp te aanvaarden", "zorgmijdend")],
        ),
        (
            "Moeder had in die periode alle hulp ontweken.",
            [("hulp ontweken", "zorgmijdend")],
        ),
        (
            "Vader wees de aangeboden hulp van de hand.",
            [("wees de aangeboden hulp van de hand", "zorgmijdend")],
        ),
        (
            "Volgens de gezinsvoogd zouden de ouders de zorgen ontkennen.",
            [("zorgen ontkennen", "gebrek aan probleembesef")],
        ),
        (
            "Moeder ontkent de zorgen over de kinderen.",
            [("ontkent de zorgen", "gebrek aan probleembesef")],
        ),
        (
            "Vader heeft een verslavingsprobleem.",
            [("verslavingsprobleem", "verslaafd")],
        ),
        (
            "Kinderen van ouders met verslavingsproblematiek hebben steun nodig.",
            [("verslavingsproblematiek", "verslaafd")],
        ),
        (
            "Mijn ex probeerde de vader buitenspel te zetten.",
            [("buitenspel te zetten", "buitensluiten van een ouder")],
        ),
        (
            "De ouders en de kinderen voelden zich ongehoord en buitenspel gezet.",
            [("buitenspel gezet", "buitensluiten van een ouder")],
        ),
        (
            "De kinderen lijken klem te zitten tussen hun ouders.",
            [("klem te zitten", "klem zitten")],
        ),
        (
            "De Raad ziet dat de kinderen klem blijken te zitten.",
            [("klem blijken te zitten", "klem zitten")],
        ),
        (
            "Ontheffing wegens ongeschiktheid of onmacht tot verzorging en opvoeding.",
            [("ongeschiktheid of onmacht", "pedagogische onmacht")],
        ),
        (
            "Vader bleek ongeschikt of onmachtig zijn plicht tot opvoeding te vervullen.",
            [("ongeschikt of onmachtig", "pedagogische onmacht")],
        ),
        (
            "Moeder zegt dat vader de omgangsregeling niet nakwam.",
            [("omgangsregeling niet nakwam", "houdt zich niet aan afspraken")],
        ),
        (
            "Vader lapte de voorwaarden aan zijn laars.",
            [("lapte de voorwaarden aan zijn laars", "houdt zich niet aan afspraken")],
        ),
        (
            "De kinderarts dacht aan PCF bij de moeder.",
            [("PCF", "münchhausen by proxy")],
        ),
        (
            "Moeder is weinig gevoelig voor de signalen van haar zoon.",
            [("weinig gevoelig voor de signalen", "weinig sensitief")],
        ),
        (
            "De vader is in het contact onvoldoende sensitief.",
            [("onvoldoende sensitief", "weinig sensitief")],
        ),
        (
            "Er is sprake van een gebrek aan sensitiviteit bij moeder.",
            [("gebrek aan sensitiviteit", "weinig sensitief")],
        ),
    ],
)
def test_lexicon_forms(finder: LabelFinder, text: str, expected: list) -> None:
    assert found_labels(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het kind is gevoelig voor geluid.",
        "Zij voelde vooral verdriet en onmacht.",
        "De situatie is uit onmacht ontstaan.",
        "De speler stond buitenspel en het doelpunt werd afgekeurd.",
        "Zij heeft geen verslavingsverleden.",
        "De vader vraagt met klem om een nieuwe regeling.",
        "Moeder vond het moeilijk om hulp te accepteren.",
    ],
)
def test_no_forms(finder: LabelFinder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_beperkt_sensitief_keeps_the_whole_lack(finder: LabelFinder) -> None:
    text = "Beide ouders beschikken over beperkte sensitief-responsieve vaardigheden."
    assert found_labels(finder, text) == [
        ("beperkte sensitief-responsieve vaardigheden", "negatieve typering")
    ]


def test_new_forms_carry_why_and_alternative() -> None:
    lexicon = load_lexicon(LEXICON)
    expected = {
        "zorgmijdend": ["zorg ... onvoldoende accepteren", "hulp ... weigeren", "hulp ontwijken"],
        "gebrek aan probleembesef": ["zorgen ontkennen", "ontkent de zorgen"],
        "verslaafd": ["verslavingsprobleem", "verslavingsproblematiek"],
        "buitensluiten van een ouder": ["buitenspel ... zetten", "buitenspel ... gezet"],
        "klem zitten": ["klem ... te zitten"],
        "pedagogische onmacht": ["ongeschikt of onmachtig", "ongeschiktheid of onmacht"],
        "houdt zich niet aan afspraken": ["omgangsregeling niet nakwam", "aan zijn laars lappen"],
        "weinig sensitief": ["weinig sensitief", "weinig gevoelig voor ... signalen"],
    }
    for label, variants in expected.items():
        term = lexicon[label]
        assert set(variants) <= set(term.variants), label
        assert term.why and term.alternative
    assert "PCF" in lexicon["münchhausen by proxy"].exact
    assert "beperkt sensitief" not in lexicon["weinig sensitief"].variants
