"""names50: shapes of round 36's misses (bench/README.md, names50), on made-up snippets: a
regulation's title, a list of national bodies, a local party of two words among national ones,
a member in capitals with diacritics, signers and vote-table lines with a capitalised particle,
a function word as surname before a party in brackets, an inverted bibliography name, a
numbered room, a bare "Bureau Leerplicht" and a region as surname after a particle."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def test_regulation_title_is_no_organisation():
    text = (
        "Officiële naam regelingSubsidieregeling Sociaal Domein Epe\n"
        "Deze regeling vervangt de 'Subsidieregeling Sociaal Domein Epe 2010'."
    )
    assert _spans(text) == [(55, 58, "PLAATS", "Epe"), (118, 121, "PLAATS", "Epe")]
    text = "Subsidieregeling Jeugd en Welzijn Epe\n\nArtikel 1. Begrippen"
    assert _spans(text) == [(34, 37, "PLAATS", "Epe")]
    # a document's noun at the end of the line before is no title's head
    text = "Zie het verslag\nSociaal Domein Epe werkt samen met de school."
    assert _spans(text) == [(16, 34, "ORGANISATIE", "Sociaal Domein Epe")]


def test_items_after_national_organisations_stay():
    text = (
        "Zo werkt de gemeente samen met landelijke fondsen zoals het Leesfonds, Stichting "
        "Boekenkast en de Taalbond om kinderen te helpen."
    )
    assert _spans(text) == []


def test_two_word_local_party_among_national_parties():
    text = "De coalitie: PvdA, Sterk Lokaal, CDA en D66 hebben een akkoord."
    assert _spans(text) == [(19, 31, "ORGANISATIE", "Sterk Lokaal")]
    assert _spans("Voor stemden VVD, CDA en Tweede Kamer.") == []


def test_member_in_capitals_with_diacritics():
    text = "Nr. 12 MOTIE VAN HET LID ÖZTÜRK\n\nVoorgesteld 3 maart 2020"
    assert _spans(text) == [(25, 31, "PERSOON", "ÖZTÜRK")]


def test_motion_signer_with_capitalised_particle_and_list_label():
    text = (
        "verzoekt de regering iets te doen,\n\nen gaat over tot de orde van de dag.\n\n"
        "Bakker\n\nTer Velde\n\nIndieners\n"
    )
    assert _spans(text) == [(74, 80, "PERSOON", "Bakker"), (82, 91, "PERSOON", "Ter Velde")]


def test_particle_and_word_alone_on_a_line_is_a_surname():
    text = "Stemming\n\nCU\n\nVan Dalen\n\nVVD\n\nDen Haag\n\nSGP\n"
    assert _spans(text) == [(14, 23, "PERSOON", "Van Dalen"), (30, 38, "PLAATS", "Den Haag")]


def test_function_word_surname_after_initials_before_party_in_brackets():
    text = "Daar sprak de heer P.J. Al (LBW) over de zaak. Toen zei mevrouw R. Ze verzoekt iets."
    assert _spans(text) == [(19, 26, "PERSOON", "P.J. Al"), (28, 31, "ORGANISATIE", "LBW")]


def test_inverted_bibliography_name_is_replaced_whole():
    text = "Zie: Velde, P.K. ter (2019). Over zorg. Ook Velde schreef erover."
    assert _spans(text) == [(5, 20, "PERSOON", "Velde, P.K. ter"), (44, 49, "PERSOON", "Velde")]
    text = "Verwijs als volgt: Kwarts, G. (2013). Ook G. Kwarts sprak."
    rows = Pseudonymiser().dossier([text])[0].replacements
    assert [(r[0], r[1], r[5]) for r in rows] == [(19, 29, "[PERSOON-1]"), (42, 51, "[PERSOON-1]")]


def test_numbered_room_is_no_place():
    assert _spans("De bijeenkomst is in Vergaderzaal 3 van het stadhuis.") == []


def test_bare_bureau_leerplicht_stays():
    text = "Het Regionaal Bureau Leerplicht (RBL) en Bureau Leerplicht Kwarland werken samen."
    assert _spans(text) == [(41, 67, "ORGANISATIE", "Bureau Leerplicht Kwarland")]


def test_region_after_first_name_and_particle_is_the_surname():
    text = "Dat zei Lotte van Brabant, de voorzitter."
    assert _spans(text) == [(8, 25, "PERSOON", "Lotte van Brabant")]
