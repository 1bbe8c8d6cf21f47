"""themes12: the frozen "zijde" of "van de zijde van" in themes, a surname before a portfolio."""

from __future__ import annotations

import pytest

from wb.themes.words import dictionary

needs_dictionary = pytest.mark.skipif(dictionary() is None, reason="hunspell-nl missing")


def _pseudonymised(text: str) -> str:
    from wb.dossiers.pseudonymise import Pseudonymiser

    return Pseudonymiser().dossier([text])[0].text


@needs_dictionary
def test_frozen_expression_words() -> None:
    from wb.themes.embed import tagged_words
    from wb.themes.frozen_forms import frozen_expression_words

    words = tagged_words(["De klacht van de zijde van de vader is ongegrond."])[0]
    assert [words[i].text for i in sorted(frozen_expression_words(words))] == [
        "van",
        "de",
        "zijde",
    ]
    words = tagged_words(["Van gemeentelijke zijde kwam geen reactie op de brief."])[0]
    assert sorted(frozen_expression_words(words)) == [0, 1, 2]
    words = tagged_words(["De zijde van de kubus is groen."])[0]
    assert frozen_expression_words(words) == frozenset()


@needs_dictionary
def test_zijde_is_no_keyword_noun() -> None:
    from wb.themes.embed import lemma_pairs
    from wb.themes.words import function_words, readable_keywords

    text = "Aan de zijde van klaagster stond haar advocaat bij de zitting."
    pairs = lemma_pairs([text], tags=True)[0]
    assert pairs == [
        ("zijde", "zijde", "FROZEN"),
        ("klaagster", "klaagster", "NOUN"),
        ("advocaat", "advocaat", "NOUN"),
        ("zitting", "zitting", "NOUN"),
    ]
    assert readable_keywords(["zijde", "zitting"], [pairs], function_words()) == (
        ["zitting"],
        ["zitting"],
    )


@needs_dictionary
def test_no_phrase_on_zijde() -> None:
    from wb.themes.words import tagged_noun_phrases

    text = "De klacht van de zijde van de vader over de omgangsregeling is ongegrond."
    phrases = [p[1] for p in tagged_noun_phrases(text, cores=True)]
    assert phrases == ["klacht", "vader over de omgangsregeling", "vader", "omgangsregeling"]
    assert [p[1] for p in tagged_noun_phrases("Hij heeft de kritiek ter zijde geschoven.")] == [
        "kritiek"
    ]


@needs_dictionary
def test_surname_that_is_a_word_before_a_portfolio() -> None:
    # "Kwarthuis" is made up; "blokhuis"-like compounds are Dutch words, the portfolio after
    # "van" ("Volksgezondheid") must not make the name look like a heading
    text = "Het overleg was met Staatssecretaris Rijtjeshuis van Volksgezondheid, Welzijn en Sport."
    assert _pseudonymised(text) == (
        "Het overleg was met Staatssecretaris [PERSOON-1] van Volksgezondheid, Welzijn en Sport."
    )
    text = "Aanwezig zijn de leden en minister Boerderij van Justitie en Veiligheid."
    assert _pseudonymised(text) == (
        "Aanwezig zijn de leden en minister [PERSOON-1] van Justitie en Veiligheid."
    )


@needs_dictionary
def test_portfolio_alone_stays() -> None:
    text = "De brief aan de staatssecretaris van Volksgezondheid, Welzijn en Sport is verstuurd."
    assert _pseudonymised(text) == text
