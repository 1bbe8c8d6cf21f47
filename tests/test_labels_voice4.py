"""labels-voice4 (2026-12-06): attributed read as asserted: a report's source, a party's account.

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone: a weak reporting verb whose subject is a
plain noun phrase of a source (a postposed ", concludeert de inspectie." and a fronted "De
regeringspartij vindt dat ...", :mod:`wb.dossiers.voice_sources`), and a ruling's account
introduced with "het volgende" that goes on past someone else's cue inside it
(``Attribution.introduced``), a "maar" before a closing speech tag (", vindt X, moeder van
...") and an inserted source frame (", zo blijkt uit dat rapport,"); the controls give the
same voices on main.
"""

from __future__ import annotations

import pytest
from label_finders import found_labels, hits

from wb.dossiers.voice_sources import fronted_source, postposed_source

RULING = {"genre": "rechtspraak (uitspraak)"}

# (text, default voices, rules voices)
SOURCES = [
    (
        "Hen is onvoldoende uitgelegd waarom dat nodig was en ouders voelden zich buitenspel "
        "gezet, concludeert de inspectie.",
        [("ouders voelden zich buitenspel gezet", "attributed")],
        [("ouders voelden zich buitenspel gezet", "attributed")],
    ),
    (
        "De regeringspartij vindt dat de ouders van deze kinderen vaak te onzichtbaar zijn.",
        [("te onzichtbaar", "attributed")],
        [("te onzichtbaar", "attributed")],
    ),
    (
        "Goed, ze drammen, maar daarmee is niet alles gezegd over deze ouders, vindt Jennifer "
        "Pettersson, moeder van twee kinderen.",
        [("drammen", "attributed")],
        [("drammen", "attributed")],
    ),
    (
        "Zij is, zo blijkt uit dat rapport, weinig gevoelig voor de signalen van het kind.",
        [("weinig gevoelig voor de signalen", "attributed")],
        [("weinig gevoelig voor de signalen", "attributed")],
    ),
    # controls: "maar" with no tag after it, the text's own report, the author's own view, a
    # person as the subject (already an agent)
    (
        "Ze drammen, maar dat vind ik niet erg.",
        [("drammen", "discussed")],
        [("drammen", "asserted")],
    ),
    (
        "Zij is, zo blijkt uit dit rapport, weinig gevoelig voor de signalen van het kind.",
        [("weinig gevoelig voor de signalen", "asserted")],
        [("weinig gevoelig voor de signalen", "asserted")],
    ),
    (
        "Ik vind dat de ouders van deze kinderen vaak te onzichtbaar zijn.",
        [("te onzichtbaar", "asserted")],
        [("te onzichtbaar", "asserted")],
    ),
    (
        "De moeder vindt dat de vader te onzichtbaar is.",
        [("te onzichtbaar", "attributed")],
        [("te onzichtbaar", "attributed")],
    ),
]

ACCOUNT = (
    "De gecertificeerde instelling voert in het verweerschrift het volgende aan.\n"
    "De moeder werkt niet mee. Nergens uit blijkt dat de moeder het belang van de kinderen "
    "voorop stelt.\n"
    "Het enige contact loopt via haar advocaat. Zij reageert niet op brieven. Zij komt niet "
    "naar afspraken.\n"
    "{line}\n"
    "Zij stelde zich zeer passief op."
)


def _voices(finder, text: str, meta: dict | None = None) -> list[tuple[str, str]]:
    return [(h[2], h[4]) for h in hits(finder, text, meta)]


@pytest.mark.parametrize(("text", "default", "by_rules"), SOURCES)
def test_source_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert _voices(finder, text) == default
    assert _voices(rules, text) == by_rules


def test_account_goes_on_past_another_cue(finder, rules) -> None:
    text = ACCOUNT.format(
        line="De vader is wel bereid tot overleg. Hij gunt de kinderen het contact."
    )
    expected = [("werkt niet mee", "attributed"), ("passief", "attributed")]
    assert _voices(finder, text, RULING) == expected
    assert _voices(rules, text, RULING) == expected


def test_account_ends_where_the_court_speaks(finder, rules) -> None:
    text = ACCOUNT.format(line="Het hof overweegt als volgt. Hij gunt de kinderen het contact.")
    expected = [("werkt niet mee", "attributed"), ("passief", "asserted")]
    assert _voices(finder, text, RULING) == expected
    assert _voices(rules, text, RULING) == expected


def test_labels_unchanged(finder) -> None:
    text = "De regeringspartij vindt dat de ouders van deze kinderen vaak te onzichtbaar zijn."
    assert found_labels(finder, text) == [("te onzichtbaar", "negatieve typering")]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Dat is nodig, concludeert de inspectie.", "concludeert", "inspectie"),
        ("Dat is nodig, concludeert de landelijke inspectie.", "concludeert", "inspectie"),
        ("Dat is nodig, concludeert de inspectie in haar rapport.", "concludeert", None),
        ("De regeringspartij vindt dat het nodig is.", "vindt", "regeringspartij"),
        ("De regeringspartij vindt het nodig.", "vindt", None),
        ("Vaak vindt de partij dat het nodig is.", "vindt", None),
    ],
)
def test_source_positions(finder, text: str, verb: str, expected: str | None) -> None:
    doc = finder.nlp(text)
    tokens = list(doc)
    low = [t.lower_ for t in tokens]
    k = low.index(verb)
    found = postposed_source(tokens, low, k)
    found = fronted_source(tokens, low, k) if found is None else found
    assert (tokens[found].text if found is not None else None) == expected


def test_participle_is_no_tag(finder) -> None:
    doc = finder.nlp("Het gaat over vechtscheidingen, en terecht, gezien de serieuze problemen.")
    tokens = list(doc)
    low = [t.lower_ for t in tokens]
    assert postposed_source(tokens, low, low.index("gezien")) is None
