"""names71: ordinary words that the guessing rules took for names, on made-up Dutch snippets
(exact spans): a royal title alone, a venue named by its kind alone, a play's title in sentence
case, a word before an abbreviated first name, a scan's misread stop word, the school kind "BS"
before a school's name and a school's educational concept before its name."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    """The replaced strings of one text with their placeholders."""
    pseudo = Pseudonymiser().dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def test_a_royal_title_alone_stays() -> None:
    text = (
        "Bij het schuttersfeest schiet de burgemeester namens de Koning het eerste schot.\n"
        "De volgorde is:\na. Den Keizer\nb. Den Koning\n"
        "Wie de vogel raakt, mag zich Koning van het Gilde noemen. Ook de afgaande Koning "
        "schiet mee."
    )
    assert _spans(text) == []


def test_a_surname_that_is_a_royal_title_is_still_replaced() -> None:
    text = "Ik sprak met Martin Koning. Daarna belde mevrouw de Koning en ook F. Keizer."
    assert _spans(text) == [
        ("Martin Koning", "[PERSOON-1]"),
        ("de Koning", "[PERSOON-2]"),
        ("F. Keizer", "[PERSOON-3]"),
    ]
    # a title that opens a longer name is no title alone
    text = "De scholen: Koningin Wilhelminaschool, Prins Kwarvik Kwarschool en meer."
    assert ("Prins Kwarvik", "[PERSOON-1]") in _spans(text)


def test_a_venue_named_by_its_kind_alone_stays() -> None:
    text = "Zaterdag is er een voorstelling in Het Dorpshuis. Kaarten zijn daar te koop."
    assert _spans(text) == []
    # a name of its own after the article is still an organisation
    text = "Zaterdag is er een voorstelling in Het Kwarnest. Kaarten zijn daar te koop."
    assert _spans(text) == [("Het Kwarnest", "[ORGANISATIE-1]")]


def test_a_learned_short_form_that_is_a_kind_stays() -> None:
    text = (
        "Er was overleg met Stichting Sportcentrum over de zaal. De regels worden in overleg "
        "met het Sportcentrum opgesteld."
    )
    assert _spans(text) == [("Stichting Sportcentrum", "[ORGANISATIE-1]")]


def test_a_title_in_sentence_case_stays() -> None:
    text = "Dit jaar spelen we De Tuinman en de Reus in de grote zaal."
    assert _spans(text) == []


def test_a_word_before_an_abbreviated_first_name_is_no_organisation() -> None:
    text = "Aanwezig waren Kwarvik, Staand Adr. Kwarsma en anderen."
    spans = _spans(text)
    assert ("Staand Adr", "[ORGANISATIE-1]") not in spans
    assert all("Staand" not in s for s, _ in spans)


def test_a_misread_stop_word_at_a_sentence_start_stays() -> None:
    text = "Het college stemt in. Yervolgens besluit de raad zonder stemming."
    assert _spans(text) == []


def test_bs_before_a_school_name_stays_readable() -> None:
    text = (
        "BS Kwarhoeven uit Kwarstad speelt in de finale tegen BS St. Kwarijn uit Epe. "
        "Daarvoor won BS Kwarhoeven al eens, net als BS De Kwakel."
    )
    assert _spans(text) == [
        ("Kwarhoeven", "[SCHOOL-1]"),
        ("Kwarstad", "[PLAATS-1]"),
        ("St. Kwarijn", "[SCHOOL-2]"),
        ("Epe", "[PLAATS-2]"),
        ("Kwarhoeven", "[SCHOOL-1]"),
        ("De Kwakel", "[SCHOOL-3]"),
    ]


def test_postcode_letters_bs_are_no_school_kind() -> None:
    text = "Kinderopvang Kwarhonk, Kwarweg 90, 1097 BS Amsterdam. Registratienummer: 123."
    assert ("Amsterdam", "[PLAATS-1]") in _spans(text)
    assert all(p != "[SCHOOL-1]" for _, p in _spans(text))


def test_a_school_concept_before_the_name_stays_readable() -> None:
    text = (
        "De leerlingen van basisschool Jenaplan de Kwarvlieger uit Epe schaatsten. Ook "
        "OBS Montessori De Kwakel deed mee."
    )
    assert _spans(text) == [
        ("de Kwarvlieger", "[SCHOOL-1]"),
        ("Epe", "[PLAATS-1]"),
        ("De Kwakel", "[SCHOOL-2]"),
    ]


def test_a_guidance_document_title_is_no_organisation() -> None:
    text = "De rechter volgt de Handreiking Kwarvik Traditioneel Schieten op dit punt."
    assert all(s != "Handreiking Kwarvik Traditioneel Schieten" for s, _ in _spans(text))


def test_an_office_noun_after_a_role_word_is_no_surname() -> None:
    text = (
        "Het was de vraag van een moeder aan de Leerplichtambtenaar van de gemeente Epe. De "
        "Leerplichtambtenaar reageerde afwijzend."
    )
    assert _spans(text) == [("Epe", "[PLAATS-1]")]
    # a surname no dictionary knows after a role word is still a person
    text = "Ik sprak met moeder Kwarvikkelaars en met wethouder Timmermans."
    assert _spans(text) == [
        ("Kwarvikkelaars", "[PERSOON-1]"),
        ("Timmermans", "[PERSOON-2]"),
    ]
