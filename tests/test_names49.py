"""names49: places after round 35 (bench/README.md, names49): a known place opening with a
clipped article under any apostrophe, a Belgian postcode after a unit, region adjectives, a
document's title after a capitalised document noun."""

from wb.dossiers.entities import detect_dossier


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def test_clipped_article_place_with_any_apostrophe():
    text = "Ze wonen in ’t Zandt en werken in ‘t Goy."
    assert _spans(text) == [(12, 20, "PLAATS", "’t Zandt"), (34, 40, "PLAATS", "‘t Goy")]


def test_clipped_article_place_at_a_line_start():
    assert _spans("‘t Zandt: Op 1 mei opent het dorpshuis.") == [(0, 8, "PLAATS", "‘t Zandt")]


def test_surname_with_clipped_article_stays_a_person():
    assert _spans("Merlijn in 't Loo zei het.") == [(0, 17, "PERSOON", "Merlijn in 't Loo")]
    text = "Ze wonen aan de Dorpsweg in ’t Loo."
    assert _spans(text) == [(16, 24, "ADRES", "Dorpsweg"), (28, 34, "PLAATS", "’t Loo")]


def test_belgian_postcode_after_a_unit():
    assert _spans("Adres: Kerkstraat 2 bus 4, 2000 Kwarlo. Tel.") == [
        (7, 19, "ADRES", "Kerkstraat 2"),
        (27, 31, "POSTCODE", "2000"),
        (32, 38, "PLAATS", "Kwarlo"),
    ]
    assert _spans("Adres: Dorpsweg 12 (3e verdieping) 3500 Kwarlo.") == [
        (7, 18, "ADRES", "Dorpsweg 12"),
        (35, 39, "POSTCODE", "3500"),
        (40, 46, "PLAATS", "Kwarlo"),
    ]


def test_region_adjectives_and_gewest():
    assert _spans("De Waalse regering en het Vlaams Gewest overleggen.") == [
        (3, 9, "PLAATS", "Waalse"),
        (26, 39, "PLAATS", "Vlaams Gewest"),
    ]


def test_title_after_capitalised_document_noun():
    text = "Bijlage(n) : Onderwerp : Verordening Jeugdhulp Oldambt 2015 Datum : 8 oktober"
    assert _spans(text) == [(47, 54, "PLAATS", "Oldambt")]
