"""names47: addresses, schools and contact details after round 34 (tune), on made-up sentences."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier([text])[0]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


def test_street_before_postcode_letters_is_an_address() -> None:
    text = "Rapport\nKwarvikstraat GM Harderwijk\nRegistratienummer"
    assert _spans(text) == [
        ("Kwarvikstraat", "[ADRES-1]"),
        ("GM", "[POSTCODE-1]"),
        ("Harderwijk", "[PLAATS-1]"),
    ]


def test_street_and_number_before_postcode_letters() -> None:
    text = "Brief\nKwarvikplein 12 AB Harderwijk\nGeachte leden,"
    assert _spans(text)[:2] == [("Kwarvikplein 12", "[ADRES-1]"), ("AB", "[POSTCODE-1]")]


def test_street_number_then_comma_and_a_known_place() -> None:
    text = "Het spreekuur is in het pand aan de overkant (Kwarvik 208, Harderwijk)."
    assert _spans(text) == [("Kwarvik 208", "[ADRES-1]"), ("Harderwijk", "[PLAATS-1]")]


def test_street_number_then_te_and_a_known_place() -> None:
    text = "Ons kantoor is gevestigd aan Kwarvikdiep 95 te Groningen."
    assert _spans(text) == [("Kwarvikdiep 95", "[ADRES-1]"), ("Groningen", "[PLAATS-1]")]


def test_dictionary_word_and_number_before_a_place_is_no_address() -> None:
    assert _spans("Zie motie 12, Utrecht, en Zaal 3 te Amsterdam.") == [
        ("Utrecht", "[PLAATS-1]"),
        ("Amsterdam", "[PLAATS-2]"),
    ]


def test_dates_and_times_are_no_phone_number() -> None:
    assert _spans("Aanvang-sluiting 12-02-2019 19:00 - 12-02-2019 23:00") == []
    assert _spans("Periode 01-01-201501-01-2017 Onbekend") == []


def test_phone_numbers_still_found() -> None:
    text = "Bel 06-12565009 of 020 - 540 04 40."
    assert _spans(text) == [("06-12565009", "[TELEFOON-1]"), ("020 - 540 04 40", "[TELEFOON-2]")]


def test_named_school_before_the_word_school() -> None:
    text = "De moeder mag het kind inschrijven bij Kwarvik Down School te Harderwijk."
    assert _spans(text) == [("Kwarvik Down School", "[SCHOOL-1]"), ("Harderwijk", "[PLAATS-1]")]


def test_kinds_of_school_before_school_stay() -> None:
    for text in (
        "De Brede School is een samenwerking.",
        "Op de Vrije School leren kinderen.",
        "We gaan naar de Summer School.",
        "De High School was groot.",
    ):
        assert _spans(text) == [], text


def test_bare_street_after_via_with_a_strong_suffix() -> None:
    assert _spans("Het verkeer via de Kwarvikweg loopt vast.") == [("Kwarvikweg", "[ADRES-1]")]


def test_title_case_dictionary_road_after_via_stays() -> None:
    assert _spans("We lopen via de Snelweg en langs een Omweg.") == []


def test_names_after_school_yards_van_de() -> None:
    text = "Een verbod om op schoolpleinen van de Kwarvikhekke en Runde te komen."
    assert _spans(text) == [("Kwarvikhekke", "[SCHOOL-1]"), ("Runde", "[SCHOOL-2]")]


def test_ordinary_word_after_school_van_de_stays() -> None:
    assert _spans("De school van de Toekomst en de scholen van de Gemeente.") == []


def test_dictionary_words_after_an_article_before_school_stay() -> None:
    assert _spans("Het Nationaal Programma School is gestart.") == []
