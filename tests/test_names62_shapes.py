"""names62: a name glued to a video time code in a transcript ("Anouk Kwartelsma00:06:28") is
read as a name before the code and its mention is the whole glued token (the annotation policy,
bench/realtext/names/README.md); inhabitants of countries in the plural ("Oekraïners") alone
are no person; a place adjective before "Nieuws" or "Krant" names a local paper."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.pseudonymise import Pseudonymiser
from wb.dossiers.time_codes import split_time_codes

TRANSCRIPT = (
    "Het verhaal van Anouk Kwartelsma. Ook Bram de Vries vertelt.00:06:08 - 00:06:27 - "
    "Anouk Kwartelsma00:06:28 - 00:06:42 - We gingen naar huis. "
    "Bram de Vries00:06:48 - 00:07:08 - Ja dat klopt."
)


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def test_a_name_glued_to_a_time_code_is_the_whole_glued_token():
    assert _spans(TRANSCRIPT) == [
        (16, 32, "PERSOON", "Anouk Kwartelsma"),
        (38, 51, "PERSOON", "Bram de Vries"),
        (82, 100, "PERSOON", "Anouk Kwartelsma00"),
        (141, 156, "PERSOON", "Bram de Vries00"),
    ]


def test_the_glued_name_gets_the_placeholder_of_its_other_mentions():
    out = Pseudonymiser().dossier([TRANSCRIPT])[0]
    keys = [(r[0], r[1], r[5]) for r in out.replacements]
    assert [k[:2] for k in keys] == [(16, 32), (38, 51), (82, 100), (141, 156)]
    assert keys[0][2] == keys[2][2] and keys[1][2] == keys[3][2] and keys[0][2] != keys[1][2]
    assert "Kwartelsma" not in out.text and "Vries" not in out.text


def test_only_a_capitalised_word_before_a_time_code_is_split():
    # same length, the code's first digit becomes a space; a sentence's end, a lowercase word,
    # a clock time with a space and a longer number stay as written
    assert split_time_codes("Kwartel00:06:28 - x") == "Kwartel 0:06:28 - x"
    assert split_time_codes("Kwartel12:30") == "Kwartel 2:30"
    for text in ("gaan.00:06:08 - x", "om12:30 uur", "Kwartel 12:30", "Kwartel123:45", "A12:30"):
        assert split_time_codes(text) == text
    # no time code (minutes above 59, more digits after the code): nothing changes
    assert split_time_codes("Kwartel12:75") == "Kwartel12:75"
    assert split_time_codes("Kwartel12:30:15:10") == "Kwartel12:30:15:10"


def test_inhabitants_of_countries_in_the_plural_stay():
    text = "De opvang voor Oekraïners en Syriërs in Assen is vol. Marokkanen en Turken ook."
    assert _spans(text) == [(40, 45, "PLAATS", "Assen")]
    # after a first name the same word is a surname and goes with it
    assert _spans("Gisteren kwam Jan Turken langs.") == [(14, 24, "PERSOON", "Jan Turken")]


def test_a_place_adjective_before_nieuws_or_krant_names_a_local_paper():
    text = "In het Lochems Nieuws van 2 mei stond het. De Zwolse Krant schreef erover."
    assert _spans(text) == [
        (7, 21, "ORGANISATIE", "Lochems Nieuws"),
        (46, 58, "ORGANISATIE", "Zwolse Krant"),
    ]
    # a country's adjective or an ordinary word before "Nieuws" names no local paper
    assert _spans("Het Nederlands Nieuws en Goed Nieuws.") == []
