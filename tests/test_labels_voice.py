"""Voice rules for terms that are talked about (``discussed``), on small real snippets.

Each case comes from a real public Dutch text in bench/realtext/labels (tune material); the
guards below them show that the same rule leaves a term applied to a person alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import self_terms

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(LEXICON).fit()


def voices(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.voice) for h in finder.find("t.txt", text, self_terms=self_terms(None))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of bare nouns after a colon (richtlijn-scheiding)
        (
            "Specifieke ernstige gevolgen na een scheiding kunnen zijn: loyaliteitsconflicten, "
            "parentificatie, psychotrauma en hechtingsproblematiek.",
            [
                ("loyaliteitsconflicten", "discussed"),
                ("parentificatie", "discussed"),
                ("hechtingsproblematiek", "discussed"),
            ],
        ),
        # a name or a translation (denkpositief-narcisme, medirecord-pas)
        (
            "Het gaat om het Engelse parental alienation, dat vaak voorkomt.",
            [("parental alienation", "discussed")],
        ),
        # an apposition that calls the term a translation (wikipedia-ouderverstotingssyndroom)
        (
            "Het ouderverstotingssyndroom, een vertaling van het Engelse Parental Alienation "
            "Syndrome, is omstreden.",
            [
                ("ouderverstotingssyndroom", "discussed"),
                ("Parental Alienation Syndrome", "discussed"),
            ],
        ),
        (
            "Ook ‘parental alienation’ genoemd, wanneer een kind geen contact wil.",
            [("parental alienation", "discussed")],
        ),
        # a question that names no person (Kamervragen kv-tk-2022Z18101)
        (
            "Vraag 6\nHoeveel aanbod is er inmiddels tegen vechtscheidingen? Graag een overzicht.",
            [("vechtscheidingen", "discussed")],
        ),
        # a generic present-tense statement with an abstract noun as subject
        # (vechtscheidingshulp-special)
        (
            "Ouderverstoting door het kind wordt veroorzaakt door oudervervreemding door de "
            "andere ouder.",
            [("Ouderverstoting", "discussed"), ("oudervervreemding", "discussed")],
        ),
        # an abstract noun with the term as a bare noun after "van" (nu-specialist, stellanova)
        (
            "De experts adviseren een specialist voor de aanpak van vechtscheidingen.",
            [("vechtscheidingen", "discussed")],
        ),
        (
            "De kern van het probleem van ouderverstoting ligt niet bij het kind.",
            [("ouderverstoting", "discussed")],
        ),
        # a relation between terms, the text about itself (denkpositief-narcisme)
        (
            "Daarna zullen wij de relatie uitleggen tussen ouderverstoting en narcisme.",
            [("ouderverstoting", "discussed"), ("narcisme", "discussed")],
        ),
        (
            "In dit artikel benaderen we ouderverstoting vanuit de psychopathologie.",
            [("ouderverstoting", "discussed")],
        ),
        # a care noun a few words before "voor" (kv-tk-2022Z18101)
        (
            "Er wordt een behandeling ontwikkeld voor complexe omgangsproblematiek en "
            "parental alienation.",
            [("parental alienation", "discussed")],
        ),
        # a name split over a line break (tk-2022D47437)
        (
            "Wat heeft u gedaan met het Adviesrapport van het Expertteam\nOuderverstoting te "
            "bewerkstelligen? Kunt u dit beschrijven?",
            [("Ouderverstoting", "discussed")],
        ),
        # a general title with a bare plural person word (known gap of the first rounds)
        ("Kinderen in een conflictscheiding\n\nTekst.", [("conflictscheiding", "discussed")]),
        # a quoted statement as headline is reported speech (nhnieuws-dekker)
        (
            "'Ouderverstoting kent alleen maar verliezers'\n\nTekst.",
            [("Ouderverstoting", "attributed")],
        ),
    ],
)
def test_discussed_by_sentence_structure(finder: LabelFinder, text: str, expected: list) -> None:
    assert voices(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moeder is manipulatief, narcistisch en agressief.", "asserted"),
        ("Is de moeder manipulatief?", "asserted"),
        ("Ouderverstoting en de gevolgen voor de minderjarige\n\nTekst.", "asserted"),
        ("Ouderverstoting ontstond toen moeder het kind manipuleerde.", "asserted"),
        ("Er is sprake van ouderverstoting door de vader.", "asserted"),
    ],
)
def test_the_rules_leave_terms_applied_to_a_person(
    finder: LabelFinder, text: str, expected: str
) -> None:
    assert voices(finder, text)[-1][1] == expected


def test_a_generic_you_question_is_discussed(finder: LabelFinder) -> None:
    # was pinned asserted above; guide line 18 (labels-policy5): a generic "je" applies the term
    # to no one in particular
    text = "Heb je te maken met oudervervreemding? Lees dan verder."
    assert voices(finder, text)[-1][1] == "discussed"
