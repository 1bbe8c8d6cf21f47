"""names-orgs: coined one-word names of local organisations (org_coined.py), on made-up snippets."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_coined import coined_org_mentions
from wb.dossiers.pseudonymise import Pseudonymiser


def _found(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_a_coined_compound_on_an_organisation_head_after_an_article_is_an_organisation() -> None:
    text = "Anna helpt elke week bij de Knuffelbank. Ook de Pannenkoekfabriek doet mee."
    assert _found(text) == [
        (0, 4, "Anna", "PERSOON"),
        (28, 39, "Knuffelbank", "ORGANISATIE"),
        (48, 65, "Pannenkoekfabriek", "ORGANISATIE"),
    ]


def test_after_a_bracket_and_a_preposition() -> None:
    text = "De scholen (van Klusjeswijzer) doen mee."
    assert [(m.start, m.end, m.source) for m in coined_org_mentions(text)] == [
        (16, 29, "coined-org")
    ]


def test_the_other_mentions_get_the_same_placeholder() -> None:
    text = "Wij helpen bij de Knuffelbank. De Knuffelbank is open op zaterdag."
    result = Pseudonymiser().dossier([text])[0]
    assert (
        result.text == "Wij helpen bij de [ORGANISATIE-1]. De [ORGANISATIE-1] is open op zaterdag."
    )


def test_dictionary_words_laws_and_generic_kinds_stay() -> None:
    text = (
        "De ouders zijn bekend bij de Rechtbank en het Jongerenwerk, volgens de Jeugdwet. "
        "Zij gingen naar het Veiligheidshuis."
    )
    assert coined_org_mentions(text) == []
    assert _found(text) == []


def test_no_cue_sentence_start_or_capitalised_run_gives_no_name() -> None:
    assert coined_org_mentions("De Knuffelbank is open op zaterdag.") == []
    assert coined_org_mentions("Hij zit bij de Knuffelbank Zuid.") == []
    assert coined_org_mentions("Dat is Knuffelbank.") == []


def test_the_lowercase_word_elsewhere_in_the_text_keeps_it_an_ordinary_word() -> None:
    text = "Een knuffelbank is handig. Wij helpen bij de Knuffelbank."
    assert _found(text) == []
