"""names70: addresses, schools and coined organisations on made-up Dutch snippets (exact
spans): a square named again after "de", a house number's two capitals apart, a street and number
split by a line break, a firm's name with a particle before its legal form and its "&" short form,
a club's name in capitals with its place's adjective and quotes and the same name with one
capital, a club on a place by its water, a music society's name after its kind, a mention the
next words make into the longer name the text writes elsewhere, the school a team plays for
("team van de X"), "School op de X", a photographer's firm on a photo credit's line, a
letterhead's postcode letters before a place in capitals."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    """The replaced strings of one text with their placeholders."""
    pseudo = Pseudonymiser().dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def test_a_square_named_again_after_de_is_the_same_address() -> None:
    text = (
        "Hij verkocht vis op de Markt te Kwarstad (hierna: de Markt). Later stond hij weer "
        "op onder meer de Markt."
    )
    assert _spans(text) == [
        ("Markt", "[ADRES-1]"),
        ("Kwarstad", "[PLAATS-1]"),
        ("Markt", "[ADRES-1]"),
        ("Markt", "[ADRES-1]"),
    ]
    # without "op/aan de Markt" in the text, "de Markt" stays a word (the market)
    assert _spans("De gemeente wil de Markt van zorg beter regelen.") == []


def test_two_capitals_after_a_house_number_belong_to_the_address() -> None:
    text = "6. Vaststellen bestemmingsplan Kwarweg 1 AA te Kwarstad 7. Vaststellen nota."
    assert _spans(text) == [("Kwarweg 1 AA", "[ADRES-1]"), ("Kwarstad", "[PLAATS-1]")]
    # four digits and two capitals stay a postcode
    text = "Het adres is Kwarvikstraat 12, 1234 AB Kwarstad."
    assert _spans(text) == [
        ("Kwarvikstraat 12", "[ADRES-1]"),
        ("1234 AB", "[POSTCODE-1]"),
        ("Kwarstad", "[PLAATS-1]"),
    ]


def test_a_street_and_number_split_by_a_line_break() -> None:
    text = (
        "clubhuis Kwak, Kwarviklaantje 12 te Zeist, en clubhuis Vonk, Kwarviklaantje\n\n"
        "14 te Zeist."
    )
    spans = _spans(text)
    assert ("Kwarviklaantje 12", "[ADRES-1]") in spans
    assert ("Kwarviklaantje\n\n14", "[ADRES-2]") in spans


def test_a_firm_with_a_particle_before_its_legal_form_and_its_short_form() -> None:
    text = "1.       Kwak & Kwek de Kwarp B.V. (hierna: Kwak & Kwek), gevestigd te Kwarstad."
    assert _spans(text) == [
        ("Kwak & Kwek de Kwarp B.V.", "[ORGANISATIE-1]"),
        ("Kwak & Kwek", "[ORGANISATIE-1]"),
        ("Kwarstad", "[PLAATS-1]"),
    ]
    # a person's name before the particle stays the person's, as before
    assert _spans("Anna van Dijk Advies B.V. is opgericht.") == [
        ("Anna van Dijk", "[PERSOON-1]"),
        ("Advies B.V.", "[ORGANISATIE-1]"),
    ]


def test_a_club_in_capitals_with_quotes_and_its_name_with_one_capital() -> None:
    text = (
        'tegen\n\nde vereniging KWARSTADSE VOLKSTUINDERSVERENIGING "KWARLEDE",\n\n'
        "gevestigd te Kwarstad.\n\n2.1. Kwarlede beheert een complex met 248 volkstuinen."
    )
    assert _spans(text) == [
        ('vereniging KWARSTADSE VOLKSTUINDERSVERENIGING "KWARLEDE"', "[ORGANISATIE-1]"),
        ("Kwarstad", "[PLAATS-1]"),
        ("Kwarlede", "[ORGANISATIE-1]"),
    ]


def test_a_club_on_a_place_by_its_water_takes_the_whole_place() -> None:
    text = (
        "Bij besluit heeft de burgemeester de Oranjevereniging Katwijk aan den Rijn een "
        "vergunning verleend voor de Najaarsfeesten Katwijk aan den Rijn 2010."
    )
    assert _spans(text) == [
        ("Oranjevereniging Katwijk aan den Rijn", "[ORGANISATIE-1]"),
        ("Katwijk", "[PLAATS-1]"),
    ]


def test_a_music_society_after_its_kind() -> None:
    text = "d. Mededeling inzake een bijdrage van f.1300 aan fanfare St. Kwarcilia."
    assert _spans(text) == [("St. Kwarcilia", "[ORGANISATIE-1]")]
    text = "Het koor Kwarlando zong. Harmonie De Kwak trad op met de schutterij Sint Kwarjoris."
    assert _spans(text) == [
        ("Kwarlando", "[ORGANISATIE-1]"),
        ("Harmonie De Kwak", "[ORGANISATIE-2]"),  # a capitalised kind is part of it (names-orgs3)
        ("Sint Kwarjoris", "[ORGANISATIE-3]"),
    ]
    assert _spans("De harmonie speelde. Het koor Ook zong mee.") == []


def test_a_mention_the_next_words_make_into_a_longer_one_is_that_name() -> None:
    text = (
        "Deze kinderen wil stichting Kwarfonds Kwarmeren gelijke kansen bieden.\n\n"
        "Stichting Kwarfonds Kwarmeren is in oktober 2019 gestart."
    )
    assert _spans(text) == [
        ("stichting Kwarfonds Kwarmeren", "[ORGANISATIE-1]"),
        ("Stichting Kwarfonds Kwarmeren", "[ORGANISATIE-1]"),
    ]


def test_the_schools_a_team_plays_for_and_a_school_named_by_a_phrase() -> None:
    text = (
        "De finale van het schoolschaak werd gewonnen door teams van KSA en Kwarhof. "
        "Uiteindelijk werd het team van de Kwarhof kampioen voor School op de Kwarberg. "
        "Het team van De Kleine Kwak werd derde."
    )
    assert _spans(text) == [
        ("KSA", "[SCHOOL-1]"),
        ("Kwarhof", "[SCHOOL-2]"),
        ("Kwarhof", "[SCHOOL-2]"),
        ("School op de Kwarberg", "[SCHOOL-3]"),
        ("De Kleine Kwak", "[SCHOOL-4]"),
    ]
    # "School" stays readable before a school named after its street (names69)
    assert _spans("Het team van School Kwarviklaan won de beker.") == [
        ("Kwarviklaan", "[SCHOOL-1]")
    ]
    # a first name, a place and a national body after "team van" stay to their own rules
    text = "Het team van Anna won niet. Het team van Utrecht ook niet. Het team van de GGD kwam."
    assert _spans(text) == [("Anna", "[PERSOON-1]"), ("Utrecht", "[PLAATS-1]")]


def test_a_photographers_firm_on_a_photo_credits_line() -> None:
    text = "Foto: Mike Kwarvik - Kwarvik Fotografie\n\nNog zes dagen en dan vieren we Koningsdag."
    assert _spans(text) == [
        ("Mike Kwarvik", "[PERSOON-1]"),
        ("Kwarvik Fotografie", "[ORGANISATIE-1]"),
    ]
    assert _spans("Natuur Fotografie Voor Beginners") == []  # a title in Title Case


def test_postcode_letters_between_a_street_and_a_place_in_capitals() -> None:
    text = "t.a.v. de heer J. Kwarvik\nKwarviklaan SC BERGSCHENHOEK\nDatum 28 januari 2014"
    assert _spans(text) == [
        ("J. Kwarvik", "[PERSOON-1]"),
        ("Kwarviklaan", "[ADRES-1]"),
        ("SC", "[POSTCODE-1]"),
        ("BERGSCHENHOEK", "[PLAATS-1]"),
    ]
    # a particle before the street is the street's ("van Kwarghlaan"), not the person's surname
    text = "t.a.v. de heer J. Kwarvik van Kwarghlaan SC BERGSCHENHOEK\nDe heer Kwarvik schreef."
    assert _spans(text) == [
        ("J. Kwarvik", "[PERSOON-1]"),
        ("van Kwarghlaan", "[ADRES-1]"),
        ("SC", "[POSTCODE-1]"),
        ("BERGSCHENHOEK", "[PLAATS-1]"),
        ("Kwarvik", "[PERSOON-1]"),
    ]


def test_the_shape_table_reads_shapes_from_words() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from names_addr_org_table import address_shape, org_shape

    assert address_shape("Kwarweg 1 AA", "plan ", 900, "x" * 80) == (
        "house number with a letter suffix"
    )
    assert address_shape("Kwarviklaan\n\n14", "", 900) == "street and number split by a line break"
    assert address_shape("SC", "Kwarviklaan ", 100, "Kwarviklaan SC KWARSTAD") == (
        "postcode (letters) + town"
    )
    assert address_shape("Markt", "de ", 900, "x" * 80) == "street or square without number"
    assert org_shape("KSA", "van ") == "acronym"
    assert org_shape("Kwarlede", "de ") == '"de/het X" without a kind noun'
    assert org_shape("KwarSupport", ", ") == "one coined word in mixed case"
    assert org_shape("Kwak & Kwek", "hierna: ") == "several words without a kind noun"
    assert org_shape("Stichting Kwarfonds", "de ") == "with a kind noun"
