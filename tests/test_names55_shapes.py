"""names55: shapes from the misses and leaks of names round 40 (tune), on snippets written here."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_members_in_capitals_with_a_first_name_are_one_person_each() -> None:
    text = "Nr. 12 MOTIE VAN DE LEDEN PIETER VAN KWARTEL EN MOLENAAR\n\nVoorgesteld 3 mei 2020"
    assert _found(text) == [("PIETER VAN KWARTEL", "PERSOON"), ("MOLENAAR", "PERSOON")]
    text = "MOTIE VAN DE LEDEN KWARTEL EN MOLENAAR\n\nVoorgesteld 3 mei 2020"
    assert _found(text) == [("KWARTEL", "PERSOON"), ("MOLENAAR", "PERSOON")]


def test_a_speaker_in_capitals_in_a_verbatim_report_is_a_person() -> None:
    text = (
        "DE HEER VAN KWARTEL: Dat klopt.\nMEVROUW MOLENAAR: Dank u wel.\n"
        "MEVROUW DE VOORZITTER: Het woord is aan u."
    )
    assert _found(text) == [("VAN KWARTEL", "PERSOON"), ("MOLENAAR", "PERSOON")]


def test_van_der_after_a_role_is_a_surname_not_a_preposition() -> None:
    text = (
        "Volgens wethouder van der Kwakel is dat nodig. De burgemeester van den Haag was er niet."
    )
    assert _found(text) == [("van der Kwakel", "PERSOON")]


def test_a_capitalised_particle_and_a_place_after_a_title_are_a_surname() -> None:
    text = "Welkom aan de heer Ter Horst en mevrouw Ten Boer."
    assert _found(text) == [("Ter Horst", "PERSOON"), ("Ten Boer", "PERSOON")]


def test_a_broken_double_surname_after_initials_and_particles_is_one_name() -> None:
    text = "Aanwezig: ir. A.B. van den Kwakel- Molenaar, de heer C. Bos."
    assert _found(text) == [("A.B. van den Kwakel- Molenaar", "PERSOON"), ("C. Bos", "PERSOON")]


def test_the_labels_of_an_attendance_list_are_no_names() -> None:
    text = "de heer A.B. ter Kwakel Afwezig Voorzitter Griffier Notuliste : mevrouw C. Bos"
    assert _found(text) == [("A.B. ter Kwakel", "PERSOON"), ("C. Bos", "PERSOON")]
    text = "de heer Bos, voorzitter Griffier Notuliste : mevrouw C. Jansen"
    assert _found(text) == [("Bos", "PERSOON"), ("C. Jansen", "PERSOON")]


def test_ing_is_a_title_after_another_title() -> None:
    text = "de wethouders mr. Ing. A.B. Kwakel en H. Bos."
    assert _found(text) == [("A.B. Kwakel", "PERSOON"), ("H. Bos", "PERSOON")]


def test_a_case_number_after_a_slash_is_no_postcode() -> None:
    text = "Zaaknummers: 21/1234 JW en 21/5678 JW. Postcode 1234 JW Amsterdam."
    assert _found(text) == [("1234 JW", "POSTCODE"), ("Amsterdam", "PLAATS")]
    assert detect_dossier([text])[0][0].start == text.index("1234 JW A")


def test_a_local_party_in_a_list_with_national_parties_is_an_organisation() -> None:
    text = "Het voorstel kwam, gesteund door Progressief Kwarstad en CDA hiervoor, in de raad."
    assert _found(text) == [("Progressief Kwarstad", "ORGANISATIE")]
    text = "Geen van de partijen (Samen Vooruit, CDA, D66, VVD) was voor."
    assert _found(text) == [("Samen Vooruit", "ORGANISATIE")]


def test_places_and_national_parties_in_such_lists_stay_what_they_are() -> None:
    text = "Bos (CDA, Goes) zei iets. Fracties van PvdA, SP, VVD en ChristenUnie stemden."
    assert _found(text) == [("Bos", "PERSOON"), ("Goes", "PLAATS")]
    text = "Daarover stemden VVD, D66 en Partij voor de Dieren tegen."
    assert _found(text) == []


def test_a_local_radio_and_a_paper_with_its_article_are_organisations() -> None:
    text = "Dat meldde Radio Kwakel. Het stond in Dagblad de Kwarlander en in Dagblad De Telegraaf."
    assert _found(text) == [
        ("Radio Kwakel", "ORGANISATIE"),
        ("Dagblad de Kwarlander", "ORGANISATIE"),
    ]


def test_the_name_after_stichting_alone_is_the_same_organisation() -> None:
    text = "De Stichting Kansrijk Zwolle helpt gezinnen.\n\nKansrijk Zwolle betaalt de contributie."
    found = detect_dossier([text])[0]
    assert [(text[m.start : m.end], m.type) for m in found] == [
        ("Stichting Kansrijk Zwolle", "ORGANISATIE"),
        ("Kansrijk Zwolle", "ORGANISATIE"),
    ]
    assert found[0].key == found[1].key


def test_a_kind_compound_before_its_named_article_stays_readable() -> None:
    text = "Ouders kozen voor Gastouderopvang Het Kwakkertje in Assen."
    assert _found(text) == [("Het Kwakkertje", "ORGANISATIE"), ("Assen", "PLAATS")]


def test_a_club_kind_and_its_name_are_one_organisation() -> None:
    text = "Veel kinderen voetballen bij SV ’t Kwarveld. Zij is voorzitter van SV K.W.J. (Kwiek)."
    assert _found(text) == [("SV ’t Kwarveld", "ORGANISATIE"), ("SV K.W.J.", "ORGANISATIE")]
    text = "Kan VV Kwarstad ook meedoen? Daarna speelde SV De Kwak Ook daar."
    assert _found(text) == [("VV Kwarstad", "ORGANISATIE"), ("SV De Kwak", "ORGANISATIE")]


def test_a_club_named_after_its_village_leaves_the_village_a_place() -> None:
    text = "Kinderen voetballen bij SV ’t Zandt. In ’t Zandt is het rustig."
    found = detect_dossier([text])[0]
    assert [(text[m.start : m.end], m.type) for m in found] == [
        ("SV ’t Zandt", "ORGANISATIE"),
        ("’t Zandt", "PLAATS"),
    ]
