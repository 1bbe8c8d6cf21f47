"""names46: the transfer check's shape classes (bench/names_transfer.py) and the shape probe
(bench/names_shape_probe.py), on made-up lines with exact expectations."""

from tests.realtext_helpers import bench_module


def test_context_shapes_of_a_span() -> None:
    shape = bench_module("names_transfer").context_shape
    text = "Voorzitter\nDrielsma\nAanwezig: Vlemminx, Ottink en Jansen\nNaam\tDrielsma\n"
    at = text.index("Drielsma")
    assert shape(text, at, at + 8) == "whole line"
    at = text.index("Ottink")
    assert shape(text, at, at + 6) == "in a list"
    at = text.rindex("Drielsma")
    assert shape(text, at, at + 8) == "table cell"
    text = "Volgens wethouder Vlemminx is het geld op."
    at = text.index("Vlemminx")
    assert shape(text, at, at + 8) == "after title/role"
    text = "Zij werkt bij Vlemmerhof als hulpverlener."
    at = text.index("Vlemmerhof")
    assert shape(text, at, at + 10) == "after org cue"


def test_form_shapes_of_a_name() -> None:
    form = bench_module("names_transfer").form_shape
    assert form("PERSOON", "J.P. Drielsma") == "initials + name"
    assert form("ORGANISATIE", "GGD Zuidkwelm") == "acronym + 1 word(s)"
    assert form("ORGANISATIE", "Kwelmzorg") == "1 word, compound on care/org noun (unknown)"
    assert form("", "Kinderopvang") == "1 word (dictionary)"


def test_misses_follow_the_bench_scoring() -> None:
    misses = bench_module("names_transfer").misses
    text = "Stichting Kwelm en Drielsma. Jeugd"
    item = {
        "text": text,
        "identifiers": [
            {"start": 0, "end": 15, "type": "ORGANISATIE", "text": "Stichting Kwelm"},
            {"start": 19, "end": 27, "type": "PERSOON", "text": "Drielsma"},
        ],
        "keep": [{"start": 29, "end": 34, "text": "Jeugd"}],
    }
    # "Stichting" readable counts as caught (bench_names' legal-form allowance)
    missed, replaced = misses(item, [[10, 15, "[ORGANISATIE-1]"], [29, 34, "[X-1]"]])
    assert [m["text"] for m in missed] == ["Drielsma"]
    assert [w["text"] for w in replaced] == ["Jeugd"]


def test_parse_rounds() -> None:
    parse = bench_module("names_transfer").parse_rounds
    assert parse("26-28,31") == {26, 27, 28, 31}


def test_probe_fills_every_template() -> None:
    probe = bench_module("names_shape_probe")
    runs = probe.runs()
    assert all("{" not in text for *_, text, _ in runs)
    assert all(name in text for *_, text, name in runs)
    assert probe.caught("a Drielsma b", "Drielsma", [(2, 10)])
    assert not probe.caught("Drielsma en Drielsma", "Drielsma", [(0, 8)])


def _spans(text: str) -> list[tuple[str, str]]:
    from wb.dossiers.pseudonymise import Pseudonymiser

    result = Pseudonymiser().dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in result.replacements]


def test_kind_code_title_after_report_noun_and_kind() -> None:
    # the title of a childcare inspection report: the name runs up to the kind code, lowercase
    # link words included; the report's noun and the kind stay readable
    text = "Inspectierapport Gastouderbureau Kwelm aan Huis (GOB) Kerkstraat 5 Registratienummer"
    assert _spans(text) == [("Kwelm aan Huis", "[ORGANISATIE-1]"), ("Kerkstraat 5", "[ADRES-1]")]


def test_kind_code_title_with_an_adjective_before_the_kind() -> None:
    text = "Inspectierapport Christelijke Kinderopvang De Kwelmhoeve (KDV) Registratienummer"
    assert _spans(text) == [("De Kwelmhoeve", "[ORGANISATIE-1]")]


def test_kind_code_title_on_its_own_line_teaches_the_name() -> None:
    text = (
        "Inspectierapport\n\nZonnig Kinderopvang aan huis (GOB)\n\n"
        "GOB Zonnig Kinderopvang aan huis is in 2013 gestart."
    )
    name = ("Zonnig Kinderopvang aan huis", "[ORGANISATIE-1]")
    assert _spans(text) == [name, name]


def test_kind_code_title_with_a_legal_form_teaches_the_short_name() -> None:
    text = "Inspectierapport Kwelmhonk B.V. (KDV)\n\nDe houder van Kwelmhonk meldt dat."
    assert _spans(text) == [
        ("Kwelmhonk B.V.", "[ORGANISATIE-1]"),
        ("Kwelmhonk", "[ORGANISATIE-1]"),
    ]


def test_kind_code_without_a_name_replaces_nothing() -> None:
    assert _spans("Inspectierapport gastouderbureau (GOB) Kerkstraat 5") == [
        ("Kerkstraat 5", "[ADRES-1]")
    ]


def test_a_laws_short_form_in_brackets_stays() -> None:
    text = "Dat volgt uit de Wet gemeentelijke kwelmhulp (Wgk). De Wgk geldt ook voor Drielsma."
    assert _spans(text) == [("Drielsma", "[PERSOON-1]")]
    assert _spans("Op grond van de Kwelmwet (Kw) is de gemeente bevoegd.") == []


def test_a_name_in_brackets_after_a_law_with_another_letter_stays_a_name() -> None:
    assert _spans("Tijdens de Wet kwelmzorg (Marloes) sprak ze.") == [("Marloes", "[PERSOON-1]")]
