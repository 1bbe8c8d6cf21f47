"""names42: shapes after round 32 (tune), on made-up sentences with exact spans."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier(texts)[i]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


def _types(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    return [(word, ph.strip("[]").rsplit("-", 1)[0]) for word, ph in _spans(texts, i)]


# --- persons ------------------------------------------------------------------------------


def test_initials_before_a_double_surname_broken_after_its_hyphen() -> None:
    text = "advocaat: mr. K. Wolkema- Brandsma te Zeist\n\nDe zitting was kort."
    assert _spans([text])[0] == ("K. Wolkema- Brandsma", "[PERSOON-1]")


def test_second_first_name_before_particles_and_surname() -> None:
    text = "Volgens de ombudsvrouw Anne Marjet van der Wolkema zijn er klachten."
    assert _spans([text]) == [("Anne Marjet van der Wolkema", "[PERSOON-1]")]


def test_surname_before_van_of_an_organisation_stays_cut() -> None:
    # a university after "van de": no second first name and surname, the person ends before it
    text = "Het rapport is van Prof. Geert Jan Wolkema van de Universiteit van Amsterdam."
    spans = _spans([text])
    assert ("Geert Jan Wolkema", "[PERSOON-1]") in spans
    assert all("Universiteit" not in word for word, _ in spans)


def test_bare_preposition_after_a_first_name_is_no_particle() -> None:
    text = "In Kwarlo is het rustig. Dat is nodig, zegt Hilde uit Kwarlo. Ze is moeder."
    assert _types([text]) == [("Kwarlo", "PLAATS"), ("Hilde", "PERSOON"), ("Kwarlo", "PLAATS")]
    spans = _spans([text])
    assert spans[0][1] == spans[2][1]  # one place, one placeholder


def test_particle_with_article_stays_a_surname() -> None:
    text = "Het verslag is van Sanne uit den Bogaard, de jeugdarts."
    assert _spans([text]) == [("Sanne uit den Bogaard", "[PERSOON-1]")]


# --- phone numbers, e-mail, postcodes -----------------------------------------------------


def test_area_code_alone_after_a_phone_label() -> None:
    text = "Gemeente Kwarlo\nTelefoon: (0513) Fax: (0513) www.kwarlo.nl"
    spans = _spans([text])
    assert ("(0513)", "[TELEFOON-1]") in spans
    assert [w for w, ph in spans if ph == "[TELEFOON-1]"] == ["(0513)", "(0513)"]


def test_area_code_before_a_number_is_one_number() -> None:
    text = "Bel ons: telefoon (0513) 123456 voor een afspraak."
    assert _spans([text]) == [("(0513) 123456", "[TELEFOON-1]")]


def test_email_with_a_misread_last_letter() -> None:
    text = "Vragen? Mail naar info@kwarlo.n! of bel ons."
    assert _spans([text]) == [("info@kwarlo.n!", "[EMAIL-1]")]


def test_email_with_an_exclamation_after_a_full_domain_stays_as_it_is() -> None:
    text = "Mail naar info@kwarlo.nl! Dan horen wij het."
    assert _spans([text]) == [("info@kwarlo.nl", "[EMAIL-1]")]


def test_postcode_letters_between_a_street_and_a_place() -> None:
    text = "Brief aan de raad\nMarktplein XY Harderwijk\nGeachte leden,"
    assert ("XY", "[POSTCODE-1]") in _spans([text])
    assert ("Harderwijk", "[PLAATS-1]") in _spans([text])


def test_post_box_letters_take_their_place() -> None:
    text = "Postbus AB Harderwijk\nGeachte leden, in Harderwijk is het rustig."
    assert _spans([text]) == [
        ("AB", "[POSTCODE-1]"),
        ("Harderwijk", "[PLAATS-1]"),
        ("Harderwijk", "[PLAATS-1]"),
    ]


# --- places, ordinary words -------------------------------------------------------------------


def test_title_case_dateline_of_a_place_that_is_also_a_word() -> None:
    text = "Nieuws\n\nLeiden – Het jongerenwerk opent een nieuw pand."
    assert _spans([text]) == [("Leiden", "[PLAATS-1]")]


def test_place_that_is_a_word_at_a_sentence_start_without_dash_stays() -> None:
    text = "Nieuws\n\nLeiden is een werkwoord en een stad."
    assert _spans([text]) == []


def test_month_in_capitals_after_its_day_is_no_first_name() -> None:
    text = "datum verzonden 21 JAN 2014 ons kenmerk 123"
    assert _spans([text]) == []


def test_first_name_in_capitals_without_a_day_is_still_a_name() -> None:
    text = "Aanwezig: JAN en PIETERNEL"
    assert ("JAN", "[PERSOON-1]") in _spans([text])


def test_dictionary_word_after_a_role_before_a_place_is_a_body() -> None:
    text = "Kinderombudsman Metropool Amsterdam\n\nOp verzoek van de ombudsman."
    assert all(word != "Metropool" for word, _ in _spans([text]))


# --- organisations ------------------------------------------------------------------------


def test_care_domain_and_place_after_lowercase_of() -> None:
    text = "Dat blijkt uit cijfers van Pleegzorg Drenthe. Er zijn wachtlijsten."
    assert _spans([text]) == [("Pleegzorg Drenthe", "[ORGANISATIE-1]")]


def test_plan_title_keeps_its_care_domain() -> None:
    text = "De raad stelde het beleidsplan Jeugdhulp Zutphen 2019-2020 vast."
    assert _spans([text]) == [("Zutphen", "[PLAATS-1]")]


def test_legal_form_name_that_is_a_dictionary_word_is_found_alone() -> None:
    text = (
        "Wethouder Bos en Stichting Vuurtoren tekenden het contract. "
        "Samen met scholen werkt Vuurtoren aan een goed klimaat."
    )
    spans = _spans([text])
    assert ("Vuurtoren", "[ORGANISATIE-1]") in spans
    assert spans.count(("Vuurtoren", "[ORGANISATIE-1]")) == 1
    assert ("Stichting Vuurtoren", "[ORGANISATIE-1]") in spans


def test_legal_form_name_at_a_sentence_start_stays_a_word() -> None:
    text = "Stichting Vuurtoren helpt jongeren. Vuurtoren is ook een woord."
    assert _spans([text]) == [("Stichting Vuurtoren", "[ORGANISATIE-1]")]


def test_acronym_glued_to_organisatie() -> None:
    text = "Deze persoon komt in dienst van de KWB-organisatie. KWB betaalt het salaris."
    assert _spans([text]) == [("KWB", "[ORGANISATIE-1]"), ("KWB", "[ORGANISATIE-1]")]


def test_national_acronym_glued_to_organisatie_stays() -> None:
    text = "Deze persoon komt in dienst van de GGD-organisatie."
    assert _spans([text]) == []


# --- learned names after oud-/ex- and with an ending ----------------------------------------


def test_learned_surname_after_oud_and_ex() -> None:
    texts = ["Mevrouw Anna Kwartelmans is de moeder.", "De oud-Kwartelmans en ex-Kwartelmans."]
    assert _spans(texts) == [("Kwartelmans", "[PERSOON-1]"), ("Kwartelmans", "[PERSOON-1]")]


def test_learned_place_after_ex() -> None:
    texts = ["Het gezin woont in Zoeterwoude.", "Zij is een ex-Zoeterwoude inwoner."]
    assert _spans(texts) == [("Zoeterwoude", "[PLAATS-1]")]


def test_inflected_forms_of_a_learned_surname() -> None:
    texts = ["Mevrouw Anna Kwartelmans is de moeder.", "De Kwartelmansen en Kwartelmanss kwamen."]
    text = "De familie Wolkerinks kwam. Anna Wolkerink zei dat de Wolkerinken er waren."
    assert _spans([text]) == [
        ("Wolkerinks", "[PERSOON-1]"),
        ("Anna Wolkerink", "[PERSOON-1]"),
        ("Wolkerinken", "[PERSOON-1]"),
    ]
    assert _spans(texts)[0] == ("Kwartelmansen", "[PERSOON-1]")


def test_inflected_form_that_is_a_word_stays() -> None:
    # "Koken" is a dictionary word, no plural of the learned surname "Kok"
    text = "Meneer Piet Kok is de vader. Koken doet hij graag."
    assert _spans([text]) == [("Piet Kok", "[PERSOON-1]")]
