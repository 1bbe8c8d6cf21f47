"""names43: shapes after round 33 (tune), on made-up sentences with exact spans."""

from wb.dossiers.entity_data import is_known_name, is_ordinary
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier(texts)[i]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


def _types(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    return [(word, ph.strip("[]").rsplit("-", 1)[0]) for word, ph in _spans(texts, i)]


# --- persons ------------------------------------------------------------------------------

MEMBERS = "de leden Wolkema, Tessa Huberts en Van der Kwast"


def test_members_repeated_four_times_keep_their_particles_and_patronymic() -> None:
    # "Van der" and "Huberts en" open the same pair four times: no table label
    text = "\n\n".join(f"• de nota van {MEMBERS} (stuk {n});" for n in range(1, 5))
    spans = _spans([text])
    assert [w for w, _ in spans][:3] == ["Wolkema", "Tessa Huberts", "Van der Kwast"]
    assert len(spans) == 12
    assert {ph for w, ph in spans if w == "Tessa Huberts"} == {"[PERSOON-2]"}
    assert {ph for w, ph in spans if w == "Van der Kwast"} == {"[PERSOON-3]"}


def test_repeated_heading_word_is_still_a_label() -> None:
    # the guard of repeated_labels holds for a dictionary word ("Rol en aanbod ...")
    text = " ".join(f"Rol en aanbod Kwarteam{n}." for n in "ABCD")
    assert all(not w.startswith("Rol") for w, _ in _spans([text]))


def test_patronymic_is_no_guessed_compound() -> None:
    assert not is_ordinary("Huberts")  # "hub" + "erts" is no compound: Hubert's son
    assert is_ordinary("Peters")  # a dictionary word ("peter") stays one


def test_first_name_is_no_adjective_of_a_two_letter_stem() -> None:
    # "Nele" - "l" + "e" is "ne", no adjective: only a doubled consonant drops ("dolle")
    assert is_known_name("Nele") and not is_ordinary("Nele")
    assert is_ordinary("Dolle") and is_ordinary("Kleine")


def test_mother_with_an_unlisted_first_name_before_her_quote() -> None:
    text = "Mama Nele «We bellen elke week.»\n\nNele «Dat gaat goed.»"
    assert _spans([text]) == [("Nele", "[PERSOON-1]"), ("Nele", "[PERSOON-1]")]


# --- places -------------------------------------------------------------------------------


def test_place_that_is_a_word_opens_a_sentence_after_a_mid_sentence_use() -> None:
    text = 'We zijn met Putten in gesprek. Het is nog onduidelijk."Putten scoort hoog, zegt hij.'
    assert _types([text]) == [("Putten", "PLAATS"), ("Putten", "PLAATS")]


def test_place_that_is_a_word_stays_when_the_text_also_writes_it_lowercase() -> None:
    text = "We zijn met Putten in gesprek. Putten graven is zwaar. Ze putten moed."
    assert _types([text]) == [("Putten", "PLAATS")]


def test_unknown_last_item_of_a_list_of_two_known_places() -> None:
    text = "Het werkgebied is Kennemerland, Amstelland en Kwarlanden."
    assert _types([text])[-1] == ("Kwarlanden", "PLAATS")


def test_dictionary_word_after_two_known_places_stays() -> None:
    text = "Het werkgebied is Kennemerland, Amstelland en Omgeving."
    assert all(w != "Omgeving" for w, _ in _spans([text]))


def test_place_glued_to_a_label_word() -> None:
    text = "Logo Stichting Kwartwerk WoerdenStichting Kwartwerk in Woerden helpt jongeren."
    assert _types([text])[:3] == [
        ("Stichting Kwartwerk", "ORGANISATIE"),
        ("WoerdenStichting", "PLAATS"),
        ("Kwartwerk", "ORGANISATIE"),
    ]


# --- organisations ------------------------------------------------------------------------


def test_legal_form_name_opens_a_sentence() -> None:
    text = "Stichting Kwartwerk won de prijs. Kwartwerk gaat jongeren opleiden."
    assert _spans([text]) == [
        ("Stichting Kwartwerk", "[ORGANISATIE-1]"),
        ("Kwartwerk", "[ORGANISATIE-1]"),
    ]


def test_legal_form_word_written_in_lowercase_stays_at_a_sentence_start() -> None:
    text = "Stichting Buurtzorg won de prijs. Buurtzorg is nodig. Er is buurtzorg in de wijk."
    assert _spans([text]) == [("Stichting Buurtzorg", "[ORGANISATIE-1]")]


def test_date_ends_an_organisation_name_and_region_then_place() -> None:
    text = "GGD Fryslân Tytsjerksteradiel 01-06-2016 Jaarlijks onderzoek Definitief"
    assert _types([text]) == [("GGD Fryslân", "ORGANISATIE"), ("Tytsjerksteradiel", "PLAATS")]


def test_role_word_opens_a_located_name_after_a_head() -> None:
    text = "Inspectierapport gastouderbureau 2016 Gastouderbureau Moeder aan Zee te Sneek"
    assert _types([text]) == [("Moeder aan Zee", "ORGANISATIE"), ("Sneek", "PLAATS")]


def test_one_noun_before_te_stays_a_kind() -> None:
    text = "Hij meldde het bij het Bureau Vertrouwensartsen te Zwolle."
    assert _types([text]) == [("Zwolle", "PLAATS")]


def test_contents_entry_and_document_noun_before_a_head_are_no_names() -> None:
    text = (
        "Inhoud Pedagogisch beleid ........ 5 Kwaliteit gastouderbureau ........ 11 "
        "Inspectie-items ........ 13\n2 van 20 Inspectierapport gastouderbureau jaarlijks"
    )
    assert _spans([text]) == []


def test_capitalised_link_word_in_a_domain_run_is_a_title() -> None:
    text = "Zij zijn onderdeel van Samen Voor Goede Zorg Kennemerland."
    assert _types([text]) == [("Kennemerland", "PLAATS")]


def test_title_after_a_project_noun_and_one_of_a_kind() -> None:
    text = (
        "Het project Local Future Kwartet is gestart. "
        "Er is een extra Join Us groep gestart voor jongeren."
    )
    assert _spans([text]) == []
