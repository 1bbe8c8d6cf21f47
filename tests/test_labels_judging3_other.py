"""labels-judging: other judging language without a tie to one person. Vice nouns ("wangedrag",
"zelfzucht", a compound on -zucht), "misbruik van" + a power, idioms of conduct that goes too far
("op stelten zetten", "te ver gaan", "op hoge poten"), norm adjectives before a behaviour noun
("problematisch gedrag") and nouns that name a person by wrong conduct ("relschoppers").
Made-up sentences, exact spans and labels (voices are labels-voice's and not asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.dossiers.labels import LabelFinder

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
        # vice nouns, bare or tied
        ("Het buurtfeest werd verpest door veel wangedrag.", [("wangedrag", TYPING)]),
        ("Ze deed het allemaal uit zelfzucht.", [("zelfzucht", TYPING)]),
        ("Er was sprake van een grote dosis aanstellerij.", [("aanstellerij", TYPING)]),
        ("Zijn heerszucht maakte het gezin kapot.", [("heerszucht", TYPING)]),
        ("Ik denk dat het pure afgunst is.", [("pure afgunst", TYPING)]),
        ("Er was sprake van desinteresse in de kinderen.", [("desinteresse", TYPING)]),
        # guards: a professional or body tied, a feeling of the writer or reader
        ("Er is geklaagd over het wangedrag van de agent.", []),
        ("Mijn jaloezie zat me lange tijd in de weg.", []),
        ("Jouw wrok helpt je niet verder.", []),
        # "misbruik van" + a power or position
        (
            "De rechtbank spreekt van misbruik van het gezag door de vader.",
            [("misbruik van het gezag", TYPING)],
        ),
        (
            "Misbruik van bevoegdheid door moeder bij de erkenning.",
            [("Misbruik van bevoegdheid", TYPING)],
        ),
        ("Er was misbruik van bevoegdheid door de gemeente.", []),
        ("Het rapport gaat over seksueel misbruik van kinderen.", []),
        # idioms of conduct that goes too far
        ("Mijn zoon zet thuis de boel op stelten.", [("op stelten", TYPING)]),
        ("Die vader gaat echt over de schreef.", [("over de schreef", TYPING)]),
        ("Ze ging zo ver over mijn grenzen.", [("over mijn grenzen", TYPING)]),
        ("Ouders moedigen aan maar gaan soms echt te ver.", [("te ver", TYPING)]),
        ("De moeder kwam op hoge poten verhaal halen.", [("op hoge poten", TYPING)]),
        ("Als ouders maken we er soms een potje van.", [("een potje van", TYPING)]),
        # guards: a thing, a clause or a professional as subject, a literal border
        ("De storm zette de hele stad op stelten.", []),
        ("Wat hij daarna schrijft gaat mij te ver.", []),
        ("Een verbod is een stap te ver.", []),
        ("Het Kamerlid vond deze term te ver gaan.", []),
        ("In de zomer gaan we over de grens naar Duitsland.", []),
        # a norm adjective before a behaviour noun
        ("Machtiging uithuisplaatsing. Extreem gedrag minderjarige.", [("Extreem gedrag", TYPING)]),
        ("Veel jongeren vertonen problematisch gedrag.", [("problematisch gedrag", TYPING)]),
        (
            "De wijk heeft last van normoverschrijdend gedrag.",
            [("normoverschrijdend gedrag", TYPING)],
        ),
        ("Het normoverschrijdende gedrag van de leerkracht werd gemeld.", []),
        # a noun that names a person or group by wrong conduct
        ("De nachtelijke relschoppers vernielden alles.", [("nachtelijke relschoppers", TYPING)]),
        # labels-glossary: a lexicon term since ("criminele jongere", a writing guide's label)
        (
            "Ouders van jeugdcriminelen moeten boetes krijgen.",
            [("jeugdcriminelen", "criminele jongere")],
        ),
        ("Wie zijn de grootste boosdoeners?", [("grootste boosdoeners", TYPING)]),
        ("Het voertuig stond de hele nacht op straat.", []),
        ("Het criminele netwerk werd opgerold.", []),
    ],
)
def test_other_judging(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(finder, text) == expected
