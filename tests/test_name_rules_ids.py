"""names-ids: fixed-shape identifiers (streets, house numbers, phone numbers, e-mail) in made-up
Dutch snippets, with their exact spans and placeholders."""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.identifiers import pattern_mentions


def test_a_word_between_aan_de_and_in_a_known_place_is_a_street_also_later() -> None:
    text = "Het CJG aan de Brasem in Alblasserdam is open. De balie bij de Brasem blijft."
    assert spans(text) == [
        (15, 21, "Brasem", "[ADRES-1]"),
        (25, 37, "Alblasserdam", "[PLAATS-1]"),
        (63, 69, "Brasem", "[ADRES-1]"),
    ]


def test_a_word_the_text_also_writes_in_lowercase_is_no_street() -> None:
    text = "Zij studeert aan de Hogeschool in Utrecht. Een hogeschool is groot."
    assert spans(text) == [(34, 41, "Utrecht", "[PLAATS-1]")]
    text = "De vergadering aan het Spant in Bussum duurt lang, het spant erom."
    assert spans(text) == [(32, 38, "Bussum", "[PLAATS-1]")]


def test_a_capitalised_article_after_a_label_opens_the_street_before_a_postcode() -> None:
    text = "Secretariaat: De Kwarhoek 11, 9843 BM Grijpskerk"
    assert spans(text) == [
        (14, 28, "De Kwarhoek 11", "[ADRES-1]"),
        (30, 37, "9843 BM", "[POSTCODE-1]"),
        (38, 48, "Grijpskerk", "[PLAATS-1]"),
    ]


def test_a_house_number_after_nummer_belongs_to_the_address() -> None:
    text = "Het verzoek gaat over de schutterij aan de Kwarboschweg nummer 1 te Grubbenvorst."
    assert spans(text) == [
        (43, 64, "Kwarboschweg nummer 1", "[ADRES-1]"),
        (68, 80, "Grubbenvorst", "[PLAATS-1]"),
    ]


def test_an_area_code_in_brackets_with_a_repeated_code_is_one_number() -> None:
    text = "Telefoon (036) 5399995 Fax (036) 036 53 99 925 E-mail"
    assert spans(text) == [
        (9, 22, "(036) 5399995", "[TELEFOON-1]"),
        (27, 46, "(036) 036 53 99 925", "[TELEFOON-2]"),
    ]


def test_an_email_glued_to_a_phone_number_starts_where_the_number_ends() -> None:
    text = "+31 (0)20 2060700info@kwarvos.nl\nOmgang"
    assert spans(text) == [
        (0, 17, "+31 (0)20 2060700", "[TELEFOON-1]"),
        (17, 32, "info@kwarvos.nl", "[EMAIL-1]"),
    ]
    mails = [m for m in pattern_mentions(text) if m.type == "EMAIL"]
    assert [(m.start, m.end, m.text, m.key) for m in mails] == [
        (17, 32, "info@kwarvos.nl", "info@kwarvos.nl")
    ]


def test_a_frisian_street_with_a_title_is_a_street() -> None:
    text = "Over de sloot langs de Dr. Kwarvikstrjitte komt een brug."
    assert spans(text) == [(23, 42, "Dr. Kwarvikstrjitte", "[ADRES-1]")]


def test_vrouwe_before_a_street_named_after_a_lady_is_part_of_it() -> None:
    text = "De school aan de Vrouwe Kwarmildeweg staat leeg."
    assert spans(text) == [(17, 36, "Vrouwe Kwarmildeweg", "[ADRES-1]")]


def test_a_compound_of_ordinary_words_after_aan_het_is_no_street() -> None:
    text = "Zij doen mee aan het Voorleeskampioenschap in Altena."
    assert spans(text) == [(46, 52, "Altena", "[PLAATS-1]")]


def test_a_bracket_before_a_title_leaves_the_title_in_the_street() -> None:
    text = "De school (Vrouwe Kwarmildeweg/Kwarvikweg) staat leeg."
    assert spans(text) == [
        (11, 30, "Vrouwe Kwarmildeweg", "[ADRES-1]"),
        (31, 41, "Kwarvikweg", "[ADRES-2]"),
    ]


def test_a_register_or_case_number_that_passes_the_11_proef_is_no_bsn() -> None:
    for text in (
        "Registratienummer 123456782\n\nToezichthouder: GGD",
        "Zaaknummer : 200.123.456/01",
        "zaaknummer gerechtshof 123.456.782",
        "RSIN 123456782",
    ):
        assert [m for m in pattern_mentions(text) if m.type == "BSN"] == [], text
    mentions = pattern_mentions("Het kind heeft nummer 123456782 in de basisregistratie.")
    assert [(m.start, m.end, m.type) for m in mentions] == [(22, 31, "BSN")]
