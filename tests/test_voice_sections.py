"""Attribution over sentences and paragraphs in a ruling (written snippets, not evaluation
texts): a separable reporting verb over an insert, a party's account that goes on, the
sections under a heading with a party's position, numbered grounds, and where the court's own
voice takes over again."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.voice_document import document_kind
from wb.dossiers.voice_sections import heading_line, position_section

RULING = {"genre": "rechtspraak (uitspraak)"}


def spans(text: str, meta: dict | None = RULING) -> list[tuple[int, int, str, str]]:
    """(start, end, text, voice) of every hit with the rules' voices."""
    return [(a, b, t, v) for a, b, t, _, v in hits(label_finder("rules"), text, meta)]


def test_separable_verb_over_an_insert_introduces_what_follows() -> None:
    text = (
        "Het hof.\n\nDe moeder voert in haar appelschrift, kort samengevat, het volgende aan.\n"
        "De rechtbank heeft de vader gevolgd. Er is sprake van een ouderstrijd."
    )
    assert spans(text) == [(141, 152, "ouderstrijd", "attributed")]


def test_particle_before_colon_keeps_the_quote_in_scope() -> None:
    text = "Het hof.\n\nTer onderbouwing voert de vader aan: de moeder is manipulatief."
    assert spans(text) == [(60, 72, "manipulatief", "attributed")]
    # guard: without the particle a colon far from the cue still ends its scope
    text = "De vader zegt veel over de zaak en het kind: de moeder is manipulatief."
    assert spans(text, None) == [(58, 70, "manipulatief", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court announces its own reasoning: what follows is its own again
        (
            "Het hof.\n\nDe moeder voert het volgende aan. De vader is manipulatief. "
            "Het hof overweegt als volgt. Er is sprake van een ouderstrijd.",
            [(56, 68, "manipulatief", "attributed"), (120, 131, "ouderstrijd", "asserted")],
        ),
        # the court opens the sentence itself, without a reporting verb
        (
            "Het hof.\n\nDe moeder stelt dat het kind klem zit. "
            "Het hof overweegt dat de vader manipulatief is.",
            [(39, 47, "klem zit", "attributed"), (80, 92, "manipulatief", "asserted")],
        ),
        (
            "Het hof.\n\nDe moeder stelt dat het kind klem zit. "
            "Voorts is het hof van oordeel dat er een ouderstrijd is.",
            [(39, 47, "klem zit", "attributed"), (90, 101, "ouderstrijd", "asserted")],
        ),
        # the lower court named in an appeal is not the author: the mother's account goes on
        (
            "Het hof.\n\nDe moeder stelt dat het kind klem zit. De rechtbank heeft dat "
            "miskend. Er is sprake van een ouderstrijd.",
            [(39, 47, "klem zit", "attributed"), (102, 113, "ouderstrijd", "attributed")],
        ),
    ],
)
def test_the_court_speaks_again(text: str, expected: list) -> None:
    assert spans(text) == expected


def test_an_appeal_ruling_without_het_hof_is_the_hofs() -> None:
    kind = document_kind(RULING, "De moeder is in hoger beroep gekomen.")
    assert kind.author == frozenset({"hof", "gerechtshof"})
    assert document_kind(RULING, "De moeder verzoekt gezag.").author >= {"rechtbank"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het hof.\n\nHet standpunt van de moeder\n\nDe vader is manipulatief.\n\n"
            "Er is sprake van een ouderstrijd.\n\nDe beoordeling\n\n"
            "Er is sprake van een ouderstrijd.",
            [
                (51, 63, "manipulatief", "attributed"),
                (87, 98, "ouderstrijd", "attributed"),
                (138, 149, "ouderstrijd", "asserted"),
            ],
        ),
        # the court's own sentence under the heading stays asserted
        (
            "Het hof.\n\nDe stellingen van partijen\n\nHet hof overweegt dat de vader "
            "manipulatief is.",
            [(69, 81, "manipulatief", "asserted")],
        ),
        # guard: no ruling, or a heading without a position noun
        (
            "Rechtbank Amsterdam\nBeschikking\n\nDe feiten\n\nDe vader is manipulatief.",
            [(56, 68, "manipulatief", "asserted")],
        ),
    ],
)
def test_a_party_position_section(text: str, expected: list) -> None:
    assert spans(text) == expected


def test_no_ruling_no_position_section() -> None:
    text = "Het standpunt van de moeder\n\nDe vader is manipulatief."
    assert spans(text, None) == [(41, 53, "manipulatief", "asserted")]


def test_position_section_reads_headings_after_a_blank_line() -> None:
    assert heading_line("2.1 Het verweer van de vader")
    assert not heading_line("De vader is manipulatief.")
    text = "Intro.\n\nHet standpunt van de moeder\n\nTekst hier."
    assert position_section(text, text.index("Tekst"), frozenset({"hof"}))
    # a short wrapped line inside a paragraph is no heading
    text = "Lange regel die doorloopt\nstandpunt van de moeder\nTekst hier."
    assert not position_section(text, text.index("Tekst"), frozenset({"hof"}))
    # the author's own position is no party's
    text = "Het standpunt van het hof\n\nTekst hier."
    assert not position_section(text, text.index("Tekst"), frozenset({"hof"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rechtbank Amsterdam\nBeschikking\n\n2.3 De man stelt dat de vrouw manipulatief "
            "is.\n\n2.4 Zij frustreert het contact.\n\n2.5 De rechtbank overweegt dat er een "
            "ouderstrijd is.",
            [
                (63, 75, "manipulatief", "attributed"),
                (89, 111, "frustreert het contact", "attributed"),
                (152, 163, "ouderstrijd", "asserted"),
            ],
        ),
        # guard: a numbered ground that opens with a new subject is not carried over
        (
            "Rechtbank Amsterdam\nBeschikking\n\n2.3 De man stelt dat de vrouw manipulatief "
            "is.\n\n2.4 Het kind zit klem.",
            [(63, 75, "manipulatief", "attributed"), (94, 102, "zit klem", "asserted")],
        ),
    ],
)
def test_numbered_grounds_continue(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or a name inside a phrase with a preposition does not use the term
        (
            "In Nederland wordt de term ouderverstoting veel gebruikt.",
            [(27, 42, "ouderverstoting", "discussed")],
        ),
        (
            "Bij de inzet van de ombudsman Jan Smit staat de term vechtscheiding op de agenda.",
            [(53, 67, "vechtscheiding", "discussed")],
        ),
        # guard: a subject, also after an inserted phrase, or the passive's agent, does
        ("Hij gebruikt de term vechtscheiding.", [(21, 35, "vechtscheiding", "attributed")]),
        (
            "De moeder gebruikt in haar brief de term ouderverstoting.",
            [(41, 56, "ouderverstoting", "attributed")],
        ),
        (
            "Door de moeder wordt de term ouderverstoting gebruikt.",
            [(29, 44, "ouderverstoting", "attributed")],
        ),
    ],
)
def test_who_uses_the_term(text: str, expected: list) -> None:
    assert spans(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about the speaker after an inverted cue: the author describes him
        (
            "De rol van vaders krijgt meer aandacht, ziet hoogleraar Jansen, die de "
            "problematiek van vechtscheidingen al jaren volgt.",
            [(88, 104, "vechtscheidingen", "asserted")],
        ),
        # guard: a relative clause in the reported content, about the object, or the
        # reported statement itself stay attributed
        (
            "De moeder zegt dat de vader, die manipulatief is, niet komt.",
            [(33, 45, "manipulatief", "attributed")],
        ),
        (
            "Moeder noemt de vader, die manipulatief is, een probleem.",
            [(27, 39, "manipulatief", "attributed")],
        ),
        (
            "De vader is manipulatief, zegt de moeder, die het kind beschermt.",
            [(12, 24, "manipulatief", "attributed")],
        ),
    ],
)
def test_a_clause_about_the_speaker(text: str, expected: list) -> None:
    assert spans(text, None) == expected
