"""Shapes after round 21 (issue 11 §1, labels26): other forms of lexicon terms, a term inside a
web address, a coined term, the main clause after a condition about anyone, an indefinite
subject over a bracket, "niet ... een X", a term owned by one person, "!" inside brackets and a
quoted story under a part heading. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.voice_document import document_kind


def spans(text: str, voice_model: str | None = None) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default (or rules) finder in text."""
    return found(label_finder(voice_model), text)


def voices(text: str, voice_model: str | None = None) -> list[tuple[str, str]]:
    """(span text, voice) of every hit."""
    return [(h[2], h[4]) for h in spans(text, voice_model)]


# -- other forms of lexicon terms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Ik had genoeg van zijn labiliteit.", (23, 33, "labiliteit", "instabiel")),
        ("Het gemanipuleer van vader hield niet op.", (4, 16, "gemanipuleer", "manipulatief")),
        ("Het getraineer door vader duurt al maanden.", (4, 14, "getraineer", "traineert")),
        (
            "Volgens de vader brainwashen moeders hun kinderen.",
            (17, 28, "brainwashen", "hersenspoelen"),
        ),
        (
            "Moeder toont een gebrek aan inzicht.",
            (17, 35, "gebrek aan inzicht", "gebrek aan probleembesef"),
        ),
        (
            "De school noemt het kind moeilijk lerend.",
            (25, 40, "moeilijk lerend", "moeilijk lerend"),
        ),
        (
            "Er is geen aanwijzing voor een stoornis in de persoonlijkheid.",
            (31, 61, "stoornis in de persoonlijkheid", "persoonlijkheidsstoornis"),
        ),
    ],
)
def test_other_forms_of_lexicon_terms(text: str, hit: tuple[int, int, str, str]) -> None:
    assert [h[:4] for h in spans(text)] == [hit]


def test_a_child_used_as_a_weapon_a_few_words_apart() -> None:
    text = "Zijn kinderen werden door hem als wapen ingezet."
    assert [h[2:4] for h in spans(text)] == [
        ("kinderen werden door hem als wapen ingezet", "kind als wapen")
    ]
    assert spans("Hij gebruikte een mes als wapen.") == []


def test_tired_of_care_with_a_hyphen() -> None:
    assert [h[2:4] for h in spans("Het gezin is hulpverlening-moe.")] == [
        ("hulpverlening-moe", "hulpverleningsmoe")
    ]
    assert spans("De hulpverlening moet beter.") == []


def test_the_adjective_of_a_fighting_divorce_also_split() -> None:
    text = "Een hoofdstuk over vechtscheidende ouders en vecht scheidende ouders."
    assert [h[:4] for h in spans(text)] == [
        (19, 34, "vechtscheidende", "vechtscheiding"),
        (45, 61, "vecht scheidende", "vechtscheiding"),
    ]


# -- false hits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meer informatie staat op www.vechtscheidingen.nl en bij info@ouderverstoting.be.",
        "Zij is directeur Stichting/ouderverstoting.nl.",
        "Zie https://example.org/ouderverstoting voor de folder.",
    ],
)
def test_a_term_inside_a_web_address_is_no_hit(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text", ["Er is sprake van ouderverstoting.", "Er is sprake van ouderverstoting.De rest."]
)
def test_a_term_before_a_full_stop_stays(text: str) -> None:
    assert [h[2] for h in spans(text)] == ["ouderverstoting"]


# -- voice ----------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_coined_term_is_discussed(model: str | None) -> None:
    text = "Toen de psychiater de term PAS bedacht schreef hij dat vaders vaak liegen."
    assert voices(text, model) == [("PAS", "discussed")]
    assert voices("Vader gebruikt de term ouderverstoting.", model) == [
        ("ouderverstoting", "attributed")
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_term_named_as_a_word_without_a_verb_of_use(model: str | None) -> None:
    text = "Eerst even naar de term curlingouder, die sinds gisteren weer onderwerp van gesprek is."
    assert voices(text, model) == [("curlingouder", "discussed")]
    text = "De psycholoog vertelt over de term vechtscheiding, die in de media vaak valt."
    assert voices(text, model) == [("vechtscheiding", "discussed")]
    text = "Beide ouders gebruiken het woord vechtscheiding om hun situatie te beschrijven."
    assert voices(text, model) == [("vechtscheiding", "attributed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_the_definiens_after_a_referring_verb(model: str | None) -> None:
    text = (
        "Ouderverstoting verwijst naar een situatie waarin een kind zonder goede reden "
        "vervreemd raakt van de andere ouder."
    )
    assert voices(text, model) == [
        ("Ouderverstoting", "discussed"),
        ("vervreemd raakt", "discussed"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_term_called_a_word(model: str | None) -> None:
    text = "Wij vinden vechtscheiding een ongelukkige benaming voor wat er gebeurt."
    assert voices(text, model) == [("vechtscheiding", "discussed")]
    assert voices("Wij vinden moeder een narcist.", model) == [("narcist", "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_the_main_clause_after_a_condition_about_anyone(model: str | None) -> None:
    text = "Als je kind van je vervreemd raakt, wordt het vaak gemanipuleerd."
    assert voices(text, model) == [
        ("vervreemd raakt", "discussed"),
        ("gemanipuleerd", "discussed"),
    ]
    text = "Als je het mij vraagt, is mijn ex manipulatief."
    assert voices(text, model) == [("manipulatief", "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_an_indefinite_person_over_a_bracket_and_what_it_does(model: str | None) -> None:
    text = "Een verstotende (boze) ouder zet het kind onder druk en manipuleert het."
    assert voices(text, model) == [("verstotende", "discussed"), ("manipuleert", "discussed")]
    text = "Een verstotende ouder manipuleerde het kind."
    assert voices(text, model) == [
        ("verstotende ouder", "asserted"),
        ("manipuleerde", "asserted"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_verb_denied_with_niet_and_een(model: str | None) -> None:
    text = "De feiten wijzen niet op een persoonlijkheidsstoornis."
    assert voices(text, model) == [("persoonlijkheidsstoornis", "negated")]


@pytest.mark.parametrize(
    "text", ["Het is niet alleen een vechtscheiding.", "Er valt niet te praten met een narcist."]
)
def test_niet_een_without_a_denial(text: str) -> None:
    assert [v for _, v in voices(text, "rules")] == ["asserted"]


def test_the_writer_names_what_she_described() -> None:
    text = "Ik kookte elke dag en hield het huis schoon. Dat is dus parentificatie, zo weet ik nu."
    assert voices(text) == [("parentificatie", "asserted")]


def test_a_term_owned_by_one_person_stays_asserted() -> None:
    assert voices("Ik was zijn labiliteit zat.") == [("labiliteit", "asserted")]
    assert voices("Dat gesaboteer gebeurde ook op school.") == [("gesaboteer", "asserted")]
    # the same in the present is a habit the model decides
    assert voices("Dat gesaboteer gebeurt ook op school.") == [("gesaboteer", "discussed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_an_exclamation_inside_brackets_ends_no_sentence(model: str | None) -> None:
    text = "Hij stelde dat moeders (in bijna alle gevallen!) hun kinderen hersenspoelen."
    assert voices(text, model) == [("hersenspoelen", "attributed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_quoted_story_under_a_part_heading_runs_to_the_end(model: str | None) -> None:
    text = (
        'Mijn verhaal\n\n(deel 1)\n"Ik woon hier sinds 2003. Mijn zoon is moeilijk lerend.\n\n'
        "Daarna ging het beter."
    )
    assert voices(text, model) == [("moeilijk lerend", "attributed")]
    assert voices(text.replace('"', ""), model) == [("moeilijk lerend", "asserted")]


SUMMARY = (
    "ECLI:NL:RBLIM:2021:1234\n\nRechtbank Limburg\nBeschikking\n\nSamenvatting\n\n"
    "De rechtbank heeft vastgesteld dat er sprake is van ouderverstoting.\n"
)


def test_a_summary_that_copies_the_rulings_header_is_by_someone_else() -> None:
    kind = document_kind({"genre": "samenvatting uitspraak (website)"}, SUMMARY)
    assert (kind.ruling, kind.case, kind.author) == (False, True, frozenset())
    kind = document_kind(None, SUMMARY)
    assert (kind.ruling, kind.author) == (True, {"rechtbank", "kinderrechter", "rechter"})
    meta = {"genre": "samenvatting uitspraak (website)"}
    assert [(h[2], h[4]) for h in found(label_finder(), SUMMARY, meta)] == [
        ("ouderverstoting", "attributed")
    ]
    assert [(h[2], h[4]) for h in found(label_finder(), SUMMARY, None)] == [
        ("ouderverstoting", "asserted")
    ]
