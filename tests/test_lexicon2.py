"""Terms of the lexicon2 sweep (issue 11 §1): labelling terms from glossaries, guidelines and
critiques of youth-care and family-law language, each with its span, label and voice. Written
sentences, not evaluation texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
NEW_LABELS = (
    "münchhausen by proxy",
    "psychopaat",
    "autistische trekken",
    "verstandelijk beperkt",
    "niet-welwillende ouder",
    "grensoverschrijdend gedrag",
    "triangulatie",
    "moeilijk opvoedbaar",
    "weekendvader",
    "draaideurcliënt",
    "ontaarde ouder",
)


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text as (start, end, text, label, voice)."""
    return found(label_finder(None), text)


def test_new_terms_have_a_why_and_an_alternative() -> None:
    lexicon = load_lexicon(LEXICON)
    for label in NEW_LABELS:
        term = lexicon[label]
        assert len(term.why) > 60 and len(term.alternative) > 40, label


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "De kinderarts vermoedt münchhausen by proxy bij moeder.",
            (23, 43, "münchhausen by proxy", "münchhausen by proxy", "attributed"),
        ),
        (
            "De GI spreekt van kindermishandeling door falsificatie.",
            (18, 54, "kindermishandeling door falsificatie", "münchhausen by proxy", "attributed"),
        ),
        (
            "Het ziekenhuis meldde een vermoeden van MBP.",
            (40, 43, "MBP", "münchhausen by proxy", "attributed"),
        ),
        ("Mijn ex is een psychopaat.", (15, 25, "psychopaat", "psychopaat", "asserted")),
        (
            "Vader heeft psychopathische trekken, zegt moeder.",
            (12, 35, "psychopathische trekken", "psychopaat", "attributed"),
        ),
        (
            "Volgens zijn ex heeft vader autistische trekken.",
            (28, 47, "autistische trekken", "autistische trekken", "attributed"),
        ),
        (
            "Moeder is zwakbegaafd, schrijft de gezinsvoogd.",
            (10, 21, "zwakbegaafd", "verstandelijk beperkt", "attributed"),
        ),
        (
            "Moeder is een niet-welwillende ouder.",
            (14, 36, "niet-welwillende ouder", "niet-welwillende ouder", "asserted"),
        ),
        (
            "Vader vertoont grensoverschrijdend gedrag.",
            (15, 41, "grensoverschrijdend gedrag", "grensoverschrijdend gedrag", "asserted"),
        ),
        (
            "De school vindt hem onopvoedbaar.",
            (20, 32, "onopvoedbaar", "moeilijk opvoedbaar", "attributed"),
        ),
        ("Hij is een weekendpapa geworden.", (11, 22, "weekendpapa", "weekendvader", "asserted")),
        (
            "Het rapport noemt hen een draaideurgezin.",
            (26, 40, "draaideurgezin", "draaideurcliënt", "attributed"),
        ),
        (
            "Wat is triangulatie na een scheiding?",
            (7, 19, "triangulatie", "triangulatie", "discussed"),
        ),
        (
            "Volgens de buurvrouw is zij een ontaarde moeder.",
            (32, 47, "ontaarde moeder", "ontaarde ouder", "attributed"),
        ),
    ],
)
def test_new_labels(text: str, hit: tuple[int, int, str, str, str]) -> None:
    assert spans(text) == [hit]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "De gezinsvoogd schrijft dat moeder geen ziekte-inzicht heeft.",
            (35, 54, "geen ziekte-inzicht", "gebrek aan probleembesef", "attributed"),
        ),
        (
            "Volgens de raad heeft vader onvoldoende zicht op zijn eigen aandeel.",
            (
                28,
                67,
                "onvoldoende zicht op zijn eigen aandeel",
                "gebrek aan probleembesef",
                "attributed",
            ),
        ),
        (
            "Moeder heeft een beperkt mentaliserend vermogen.",
            (17, 47, "beperkt mentaliserend vermogen", "weinig zelfreflectie", "asserted"),
        ),
        (
            "De jeugdbeschermer noemt het gezin weerbarstig voor hulp.",
            (35, 56, "weerbarstig voor hulp", "zorgmijdend", "attributed"),
        ),
        ("Vader is een zorgvermijder.", (13, 26, "zorgvermijder", "zorgmijdend", "asserted")),
        (
            "De gezinscoach noemt moeder een onmachtige ouder.",
            (32, 48, "onmachtige ouder", "pedagogische onmacht", "attributed"),
        ),
        (
            "Het gezin staat geregistreerd als risicogezin.",
            (34, 45, "risicogezin", "probleemgezin", "asserted"),
        ),
        (
            "Het kind lijdt volgens de psycholoog onder gespleten loyaliteit.",
            (43, 63, "gespleten loyaliteit", "loyaliteitsconflict", "attributed"),
        ),
        (
            "Moeder is volgens de advocaat van vader een programmerende ouder.",
            (44, 64, "programmerende ouder", "ouderverstoting", "attributed"),
        ),
        (
            "De juf noemt hem een überouder.",
            (21, 30, "überouder", "hyperouder", "attributed"),
        ),
        ("Hij wil geen tijgervader zijn.", (13, 24, "tijgervader", "hyperouder", "negated")),
    ],
)
def test_new_forms_of_known_labels(text: str, hit: tuple[int, int, str, str, str]) -> None:
    assert spans(text) == [hit]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Er is geen sprake van münchhausen by proxy.",
            (22, 42, "münchhausen by proxy", "münchhausen by proxy", "negated"),
        ),
        ("Hij was geen zondagsvader.", (13, 25, "zondagsvader", "weekendvader", "negated")),
        (
            "De rechter wil geen weekend-papa van hem maken.",
            (20, 32, "weekend-papa", "weekendvader", "negated"),
        ),
    ],
)
def test_denied_new_terms(text: str, hit: tuple[int, int, str, str, str]) -> None:
    assert spans(text) == [hit]


@pytest.mark.parametrize(
    "text",
    [
        # "grensoverschrijdend" alone is also "cross-border": only with conduct or a person
        "De grensoverschrijdende samenwerking tussen Nederland en België loopt goed.",
        # triangulation of data is no label: no word of family or conflict in the sentence
        "De onderzoekers hebben de gegevens getrianguleerd.",
        # a condition named as such is no IQ label ("met een verstandelijke beperking")
        "De school begeleidt kinderen met een verstandelijke beperking.",
    ],
)
def test_no_label(text: str) -> None:
    assert spans(text) == []
