"""Voice shapes read from the tune rounds (issue 11 §1, labels22): the reader's situation told
as the writer's own ("En zo kom jij in een X terecht"), generic statements about an indefinite
person or thing, definitions inside quotes and in a naming sentence, contested denials, and
experiences "met" someone. Written sentences, not evaluation texts; each voice below changes
when its rule is switched off."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def voices(text: str, voice_model: str | None = None) -> list[tuple[str, str]]:
    """(span text, voice) of every hit of the default (or rules) finder."""
    return [(h[2], h[4]) for h in found(label_finder(voice_model), text)]


@pytest.mark.parametrize(
    "text",
    [
        "En zo kom jij in een vechtscheiding terecht.",
        "Na een tijd heb je drie jaar vechtscheiding achter de rug.",
    ],
)
def test_the_readers_situation_as_the_writers_own_is_asserted(text: str) -> None:
    # guide line 18 (labels-policy5): a generic "je" applies the term to no one in particular
    assert voices(text) == [("vechtscheiding", "discussed")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Als je in een vechtscheiding terechtkomt, zoek dan hulp.", "discussed"),
        ("Ben je in een vechtscheiding beland?", "discussed"),
        ("Je kunt zo in een vechtscheiding belanden.", "discussed"),
    ],
)
def test_advice_and_questions_to_the_reader_are_not_kept_asserted(text: str, voice: str) -> None:
    assert voices(text) == [("vechtscheiding", voice)]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Een onveilig gehecht kind heeft dat vertrouwen niet (Jansen, 2008).", "onveilig gehecht"),
        ("Een verstotende ouder ziet het kind als bezit.", "verstotende ouder"),
    ],
)
def test_an_indefinite_subject_of_a_present_statement_is_discussed(
    model: str | None, text: str, term: str
) -> None:
    assert voices(text, model) == [(term, "discussed")]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Een verstotende ouder zag het kind als bezit.", "verstotende ouder"),
        ("Een onveilig gehecht kind van Tim heeft dat vertrouwen niet.", "onveilig gehecht"),
    ],
)
def test_an_indefinite_subject_in_the_past_or_with_a_name_stays(text: str, term: str) -> None:
    assert voices(text, "rules") == [(term, "asserted")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_terms_in_what_a_name_stands_for_are_discussed(model: str | None) -> None:
    text = (
        "Wat er met je kind gebeurt tijdens een vechtscheiding met een narcist heet: "
        "ouderverstoting."
    )
    assert voices(text, model) == [
        ("vechtscheiding", "discussed"),
        ("narcist", "discussed"),
        ("ouderverstoting", "discussed"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_experiences_with_someone_are_no_report_of_a_view(model: str | None) -> None:
    text = "De pleegouders delen hun ervaringen met agressieve ouders."
    assert voices(text, model) == [("agressieve", "asserted")]


def test_an_experience_that_a_clause_states_still_reports() -> None:
    text = "De moeder heeft de ervaring dat vader agressief is."
    assert voices(text, "rules") == [("agressief", "attributed")]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Kinderombudsman: “Ouderverstoting is een ernstige vorm van kindermishandeling.”",
            "Ouderverstoting",
        ),
        (
            'In zijn boek staat: "Het ouderverstotingssyndroom is een ziekte en moet genezen '
            'worden."',
            "ouderverstotingssyndroom",
        ),
    ],
)
def test_a_quoted_sentence_that_says_what_the_term_is_discusses_it(
    model: str | None, text: str, term: str
) -> None:
    assert voices(text, model) == [(term, "discussed")]


def test_a_quote_that_applies_the_term_stays_attributed() -> None:
    text = "Vader: “Moeder is manipulatief, een vorm van ouderverstoting.”"
    assert voices(text, "rules") == [
        ("manipulatief", "attributed"),
        ("ouderverstoting", "attributed"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_contested_denial_is_not_negated(model: str | None) -> None:
    text = (
        "Ten onrechte heeft de rechtbank geoordeeld dat zij het niet aannemelijk acht dat het "
        "kind klem of verloren zou raken."
    )
    assert voices(text, model) == [("klem of verloren", "attributed")]


def test_a_denial_without_contest_stays_negated() -> None:
    text = "Het hof acht het niet aannemelijk dat het kind klem of verloren zou raken."
    assert voices(text, "rules") == [("klem of verloren", "negated")]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    "text",
    [
        "De moeder is ten onrechte als manipulatief weggezet.",
        "Moeder is onterecht manipulatief genoemd door de Raad.",
    ],
)
def test_a_term_right_after_a_word_of_contest_is_negated(model: str | None, text: str) -> None:
    assert voices(text, model) == [("manipulatief", "negated")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_what_someone_seems_and_is_not_in_reality_is_negated(model: str | None) -> None:
    text = "Hij komt op vreemden over als een manipulatief kind. In werkelijkheid is hij bang."
    assert voices(text, model) == [("manipulatief", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "Hij komt op vreemden over als een manipulatief kind. Hij is bang.",
        "Hij komt binnen als een manipulatief kind. In werkelijkheid is hij bang.",
    ],
)
def test_seeming_without_a_word_of_reality_or_reality_without_seeming_stays(text: str) -> None:
    assert voices(text, "rules") == [("manipulatief", "asserted")]


def test_a_habit_frees_an_application_frame_for_the_model() -> None:
    text = "Als coach krijg ik vaak te maken met vechtscheidingen."
    assert voices(text) == [("vechtscheidingen", "discussed")]


def test_a_habit_of_a_particular_person_keeps_the_frame() -> None:
    text = "De moeder heeft vaak te maken met ouderverstoting."
    assert voices(text) == [("ouderverstoting", "asserted")]


def test_ten_aanzien_van_after_a_topic_noun_names_the_topic() -> None:
    text = "Hier geven we een aanvulling ten aanzien van ouderverstoting bij jonge kinderen."
    assert voices(text, "rules") == [("ouderverstoting", "discussed")]


def test_ten_aanzien_van_without_a_topic_noun_is_no_topic() -> None:
    text = "Ten aanzien van de ouderverstoting door moeder heeft vader gelijk."
    assert voices(text, "rules") == [("ouderverstoting", "asserted")]


def test_exposing_a_child_to_the_term_applies_it() -> None:
    text = "Ze stellen het kind onder meer bloot aan geruzie en manipulaties."
    assert voices(text) == [("manipulaties", "asserted")]


def test_exposing_children_in_general_is_left_to_the_model() -> None:
    text = "Ouders stellen kinderen bloot aan een loyaliteitsconflict."
    assert voices(text) == [("loyaliteitsconflict", "discussed")]


RULING = {"genre": "rechtspraak (uitspraak)"}
REPORT = (
    "2.2. In het rapport wordt door de onderzoekers het volgende geconcludeerd.\n"
    "A1. Het meisje is elf jaar. Zij woont bij haar moeder. Zij gaat naar school. Zij heeft "
    "twee broers. Zij sport graag. Zij leest veel. Zij heeft een laag zelfbeeld.\n"
)


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_reports_conclusions_announced_in_a_ruling_go_on_over_lines(model: str | None) -> None:
    text = REPORT + "A2. Dit duidt op een ernstig loyaliteitsconflict."
    hits = found(label_finder(model), text, RULING)
    assert [(h[2], h[4]) for h in hits] == [("loyaliteitsconflict", "attributed")]


def test_the_court_opening_a_sentence_ends_the_reports_conclusions() -> None:
    text = (
        REPORT + "2.3. De rechtbank overweegt als volgt. Er is sprake van een loyaliteitsconflict."
    )
    hits = found(label_finder("rules"), text, RULING)
    assert [(h[2], h[4]) for h in hits] == [("loyaliteitsconflict", "asserted")]


STORY = (
    "{opening}“Het nieuws kwam als een donderslag. Mijn man wilde scheiden.\n\n"
    "Niet rooskleurig\n\n"
    "Ik sprak hem weer na een half jaar. Hij wilde praten.\n\n"
    "Ontheemd\n\n"
    "Door de vechtscheiding waren de jaren zwaar. Je voelt je ontheemd."
)


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_story_printed_as_one_quote_after_the_speakers_name(model: str | None) -> None:
    assert voices(STORY.format(opening="Sanne: "), model) == [("vechtscheiding", "attributed")]


def test_a_quote_mark_inside_the_first_line_opens_no_story() -> None:
    text = STORY.format(opening="Het nieuws, zei ze: ")
    assert voices(text, "rules") == [("vechtscheiding", "asserted")]


def test_a_word_of_the_case_at_hand_keeps_the_term_applied() -> None:
    text = (
        "Omgangsrecht; niet-nakoming omgangsregeling vormt in het onderhavige geval grond voor "
        "een gezagswijziging."
    )
    assert voices(text) == [("niet-nakoming", "asserted")]


def test_without_the_case_at_hand_the_model_decides() -> None:
    text = (
        "Omgangsrecht; niet-nakoming omgangsregeling vormt in het algemeen grond voor een "
        "gezagswijziging."
    )
    assert voices(text) == [("niet-nakoming", "discussed")]


@pytest.mark.parametrize("model", [None, "rules"])
def test_a_condition_about_anyone_reads_over_an_insert(model: str | None) -> None:
    text = (
        "Het is schadelijk voor een kind, indien een ouder, vaak zonder het zelf te beseffen, "
        "het kind betrekt in de conflicten tussen ouders."
    )
    assert voices(text, model) == [("betrekt in de conflicten", "discussed")]


def test_a_condition_about_a_particular_parent_over_an_insert_stays() -> None:
    text = (
        "Het is schadelijk voor een kind, indien de moeder, zonder het te beseffen, het kind "
        "betrekt in de conflicten."
    )
    assert voices(text, "rules") == [("betrekt in de conflicten", "asserted")]
