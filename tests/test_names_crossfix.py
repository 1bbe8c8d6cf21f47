"""Three shapes two branches of one session met only on main: a compound's modifier written apart
with its linking -s is an ordinary word, authors cited with their year are no firm, and the last
of compounds joined by "- en" before a region is no coined name."""

from __future__ import annotations

from wb.dossiers.entity_data import is_ordinary
from wb.dossiers.org_municipal_runs import coined_region_mentions
from wb.dossiers.org_partners import partner_firms


def test_a_linking_s_modifier_written_apart_is_ordinary() -> None:
    assert is_ordinary("Ontwikkelings") and is_ordinary("Gezondheids")
    assert not is_ordinary("Kwartelings")  # no dictionary noun before the -s


def test_authors_cited_with_their_year_are_no_firm() -> None:
    assert partner_firms("Zwolsma & Wolkema (2018) laten zien dat het werkt.") == []
    assert partner_firms("Zie Zwolsma & Wolkema, 2018, p. 4.") == []
    firm = partner_firms("Zwolsma & Wolkema helpt ouders bij de scheiding.")
    assert [(m.start, m.end, m.type) for m in firm] == [(0, 17, "ORGANISATIE")]


def test_the_last_of_joined_compounds_before_a_region_is_no_coined_name() -> None:
    assert coined_region_mentions("De Veiligheids- en Kwartelregio Utrecht werkt.") == []
    found = coined_region_mentions("Het bestuur van Kwartelnet Utrecht vergaderde.")
    assert [(m.start, m.end, m.text) for m in found] == [(16, 34, "Kwartelnet Utrecht")]
