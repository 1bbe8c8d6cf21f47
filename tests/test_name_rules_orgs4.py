"""names-orgs4 (organisations on unseen rounds, 2026-12-07): a camel-case word after an
organisation's cue ("door", "bij", "van", "heeft", a kind or head word) is an organisation at all
its mentions, and so is the same name written as two capitalised words; kept terms, listed kinds,
short forms and metadata labels glued to a value stay. Made-up names (a real place only where one
must be known), exact spans and placeholders."""

from wb.dossiers.org_camel_names import camel_org_mentions
from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_camel_case_name_after_a_preposition_is_one_organisation_at_every_mention():
    text = "De kinderen worden opgevangen door KwakDoen. Later belde KwakDoen de ouders."
    assert _replaced(text) == [
        (35, 43, "KwakDoen", "[ORGANISATIE-1]"),
        (57, 65, "KwakDoen", "[ORGANISATIE-1]"),
    ]


def test_the_name_written_as_two_words_is_the_same_organisation():
    text = "Ze worden opgevangen door KwakDoen. Of ze gaan naar Kwak Doen of naar de huisarts."
    assert _replaced(text) == [
        (26, 34, "KwakDoen", "[ORGANISATIE-1]"),
        (52, 61, "Kwak Doen", "[ORGANISATIE-1]"),
    ]


def test_after_heeft_a_kind_or_a_head_word():
    text = "In het voorjaar heeft GemeenteKwakers een ronde gemaakt."
    assert _replaced(text) == [(22, 37, "GemeenteKwakers", "[ORGANISATIE-1]")]
    text = "Zijn pension ligt bij recreatiepark TerKwalt in het bos."
    assert _replaced(text) == [(36, 44, "TerKwalt", "[ORGANISATIE-1]")]
    text = "„Buurthuis KwakSon is de plek voor jongeren”, zegt hij."
    assert _replaced(text) == [(11, 18, "KwakSon", "[ORGANISATIE-1]")]


def test_a_place_after_the_name_is_replaced_as_a_place():
    text = "Dat zegt de bestuurder van KindKwart Meppel."
    assert _replaced(text) == [
        (27, 36, "KindKwart", "[ORGANISATIE-1]"),
        (37, 43, "Meppel", "[PLAATS-1]"),
    ]


def test_kept_terms_listed_kinds_short_forms_and_labels_stay():
    for text in (
        "Het Informatiepunt van de Tweede Kamer der StatenGeneraal.",  # Staten-Generaal
        "Er is een aanpak van JeugdzorgPlus in de regio.",  # "JeugdzorgPlus {NAAM}": a kind
        "Brief van de staatssecretaris en de minister van BiZa.",  # a short form
        "Het debat ging over voorstellen van GroenLinks.",  # a party
        "Gegevens van de regeling\nOrganisatietypeGemeente\nCiteertitelVerordening jeugd",
        "Het eten komt van McKwak of van DeKwak.",  # a glued "Mc" or article
    ):
        spans = {r[2] for r in _replaced(text)}
        assert not spans & {
            "StatenGeneraal",
            "JeugdzorgPlus",
            "BiZa",
            "GroenLinks",
            "OrganisatietypeGemeente",
            "CiteertitelVerordening",
            "McKwak",
            "DeKwak",
        }, (text, spans)


def test_without_a_cue_the_rule_finds_nothing():
    assert camel_org_mentions("Persbericht KwakDoen\nKwakDoen stelt voor om te gaan.") == []
    found = camel_org_mentions("Persbericht KwakDoen\nHet voorstel komt van KwakDoen.")
    assert [(m.start, m.end, m.type, m.tier, m.key) for m in found] == [
        (12, 20, "ORGANISATIE", 2, "kwakdoen"),
        (43, 51, "ORGANISATIE", 2, "kwakdoen"),
    ]
