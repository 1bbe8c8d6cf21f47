"""Themes9: authors of a cited publication in quotes (issue 11 §3). A surname that reads as a
compound of ordinary words ("Zandveer": "zand" + "veer") was left by the fallback; two reference
shapes now show it is a name. Snippets written for this test (not from any text of the checks)."""

from __future__ import annotations

from wb.dossiers.author_citations import author_citations
from wb.dossiers.pseudonymise import Pseudonymiser
from wb.themes.context import pseudonymise_documents


def _masked(*texts: str) -> list[str]:
    return [p.text for p in Pseudonymiser().dossier(list(texts))]


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.source) for m in author_citations(text)]


def test_inverted_name_before_the_year_of_a_reference_list() -> None:
    text = "Steenkamer, R. (2019). Een boek over pleegzorg. Utrecht: Uitgeverij."
    # since names50 the inverted name is replaced whole, initials included (names policy)
    assert _found(text) == [("Steenkamer, R.", "citation-inverted")]
    assert _masked(text) == ["[PERSOON-1] (2019). Een boek over pleegzorg. [PLAATS-1]: Uitgeverij."]


def test_two_inverted_names_before_the_year() -> None:
    text = "[1] Zandveer, K. & Steenkamer, P. (2018). Een titel. In: Tijdschrift 4, p. 1-9."
    assert _found(text) == [
        ("Zandveer, K.", "citation-inverted"),
        ("Steenkamer, P.", "citation-inverted"),
    ]


def test_two_authors_cited_in_the_running_text() -> None:
    assert _found("Dat zeggen Zandveer & Steenkamer (2018) ook.") == [
        ("Zandveer", "citation-pair"),
        ("Steenkamer", "citation-pair"),
    ]
    assert _masked("Zandveer en Steenkamer (2018a) zeggen dat.") == [
        "[PERSOON-1] en [PERSOON-2] (2018a) zeggen dat."
    ]


def test_a_pair_with_a_dictionary_word_or_a_year_not_in_brackets_stays() -> None:
    assert _found("Volgens de Jeugdwet en Regelgeving (2015) is dat zo.") == []
    assert _found("Ouders en Kinderen (2016) zeggen dat.") == []
    assert _found("Zandveer en Steenkamer 2018 zeggen dat.") == []


def test_a_cited_surname_alone_is_found_by_its_reference() -> None:
    text = (
        "Dat benadrukt ook Steenkamer (2019)[2] in zijn artikel.\n\n"
        "Voetnoten:\n[2] Steenkamer, R. (2019). De beslissing. In: Tijdschrift 42, p. 185-189."
    )
    assert _masked(text) == [
        "Dat benadrukt ook [PERSOON-1] (2019)[2] in zijn artikel.\n\n"
        "Voetnoten:\n[2] [PERSOON-1] (2019). De beslissing. In: Tijdschrift 42, p. 185-189."
    ]


def test_a_quote_cut_from_a_document_with_references_shows_no_author() -> None:
    text = (
        "Zandveer & Steenkamer (2018) benadrukken dat grondig onderzoek nodig is.\n\n"
        "[1] Zandveer, K. & Steenkamer, P. (2018). Een titel."
    )
    done = pseudonymise_documents({"c/a": text})["c/a"]
    end = text.index("\n")
    quote = done.text[done.to_new(0) : done.to_new(end, end=True)]
    assert quote == "[PERSOON-1] & [PERSOON-2] (2018) benadrukken dat grondig onderzoek nodig is."


def test_a_capitalised_particle_and_a_stop_word_after_a_role_word_are_a_surname() -> None:
    assert _masked("Zij gaf het plan aan wethouder Van Die en de raad.") == [
        "Zij gaf het plan aan wethouder [PERSOON-1] en de raad."
    ]
    assert _masked("Hij sprak met de heer De Niet over het plan.") == [
        "Hij sprak met de heer [PERSOON-1] over het plan."
    ]


def test_the_stop_word_of_such_a_surname_is_not_replaced_elsewhere() -> None:
    assert _masked(
        "Zij sprak met wethouder Van Die. Die ouders kwamen ook. Van die ouders weet ik niets."
    ) == [
        "Zij sprak met wethouder [PERSOON-1]. Die ouders kwamen ook. Van die ouders weet ik niets."
    ]
    assert _masked("Van Die ouders weet ik niets.", "Hij sprak met de heer Van.") == [
        "Van Die ouders weet ik niets.",
        "Hij sprak met de heer Van.",
    ]
