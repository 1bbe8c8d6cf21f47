"""names-orgs5 (organisations that transfer, 2026-12-07): a court ruling's party written in
capitals right before "gevestigd te" is one organisation, with or without a legal form in front,
over one line break after a connector, and its Title Case form elsewhere in the text is the same
one; national bodies, anonymised parties and a lawyer's office ("kantoorhoudende te") stay as
before. Made-up names (a real place only where one must be known), exact spans and
placeholders."""

from wb.dossiers.org_caps_parties import caps_party_mentions
from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_party_in_capitals_before_gevestigd_is_one_organisation_also_in_title_case():
    text = (
        "tegen\n\nde vereniging met volledige rechtsbevoegdheid\n\nBOND VAN KWARTUINDERS,\n\n"
        "gevestigd te Amsterdam,\n\ngedaagde. Eiser is lid van de Bond van Kwartuinders."
    )
    assert _replaced(text) == [
        (54, 75, "BOND VAN KWARTUINDERS", "[ORGANISATIE-1]"),
        (91, 100, "Amsterdam", "[PLAATS-1]"),
        (133, 154, "Bond van Kwartuinders", "[ORGANISATIE-1]"),
    ]


def test_the_name_goes_on_over_a_line_break_after_a_connector():
    text = (
        "tegen\n\nde vereniging\n\nVERENIGING VOOR KWARVIKS ONDERWIJS TE\n\nROTTERDAM EN "
        "OMGEVING,\n\ngevestigd te Rotterdam,\n\nverweerster."
    )
    assert _replaced(text) == [
        (
            22,
            82,
            "VERENIGING VOOR KWARVIKS ONDERWIJS TE\n\nROTTERDAM EN OMGEVING",
            "[ORGANISATIE-1]",
        ),
        (98, 107, "Rotterdam", "[PLAATS-1]"),
    ]


def test_a_heading_line_before_the_party_is_no_part_of_its_name():
    text = "UITSPRAAK\n\nKWARTUIN HOLDING,\ngevestigd te Utrecht, en handelend onder de naam"
    spans = [(m.start, m.end, m.text, m.source) for m in caps_party_mentions(text)]
    assert spans == [(11, 27, "KWARTUIN HOLDING", "caps-party")]


def test_national_bodies_anonymised_parties_and_lawyers_stay():
    text = (
        "in de zaak van\n\nRAAD VOOR DE KINDERBESCHERMING,\n\ngevestigd te Den Haag,\n\nverzoeker."
    )
    assert _replaced(text) == [(62, 70, "Den Haag", "[PLAATS-1]")]
    text = "tegen\n\nde stichting\n[gedaagde],\ngevestigd te [plaats],\nverweerster."
    assert _replaced(text) == []
    assert caps_party_mentions("advocaat: mr. P. KWAST,\n\nkantoorhoudende te Utrecht.") == []
    assert caps_party_mentions("A.B.,\ngevestigd te Utrecht") == []


def test_an_acronym_of_the_name_elsewhere_is_its_short_form():
    text = (
        "tegen\n\nde vereniging\n\nVERENIGING VOOR KWARVIKS ONDERWIJS TE\n\nROTTERDAM EN "
        "OMGEVING,\n\ngevestigd te Rotterdam,\n\nverweerster, hierna: de VKO. De VKO en de KWR "
        "zijn het oneens."
    )
    assert [(s, e, text[s:e], ph) for s, e, _, ph in _replaced(text)] == [
        (
            22,
            82,
            "VERENIGING VOOR KWARVIKS ONDERWIJS TE\n\nROTTERDAM EN OMGEVING",
            "[ORGANISATIE-1]",
        ),
        (98, 107, "Rotterdam", "[PLAATS-1]"),
        (134, 137, "VKO", "[ORGANISATIE-1]"),
        (142, 145, "VKO", "[ORGANISATIE-1]"),
    ]


def test_a_national_acronym_is_no_short_form_of_the_party():
    text = (
        "tegen\n\nGEMEENSCHAPPELIJKE GEZONDHEIDS DIENST KWARVIK,\n\ngevestigd te Utrecht. "
        "De GGD en de GGDK zijn het eens."
    )
    spans = [(m.start, m.end, m.text) for m in caps_party_mentions(text)]
    assert spans == [
        (7, 52, "GEMEENSCHAPPELIJKE GEZONDHEIDS DIENST KWARVIK"),
        (90, 94, "GGDK"),
    ]
