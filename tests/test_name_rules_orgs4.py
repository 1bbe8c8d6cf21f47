"""names-orgs4 (organisations on unseen rounds, 2026-12-07): a camel-case word after an
organisation's cue ("door", "bij", "van", "heeft", a kind or head word) is an organisation at all
its mentions, with a known place right after it, and so is the same name written as two
capitalised words; kept terms, listed kinds, short forms and metadata labels glued to a value
stay. An organisation named "De X" is the same where the text writes "de X". Made-up names (a
real place only where one must be known), exact spans and placeholders."""

from wb.dossiers.org_article_forms import article_forms
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


def test_a_known_place_right_after_the_name_is_part_of_it():
    text = "Dat zegt de bestuurder van KindKwart Meppel. Later sprak KindKwart ook."
    assert _replaced(text) == [
        (27, 43, "KindKwart Meppel", "[ORGANISATIE-1]"),
        (57, 66, "KindKwart", "[ORGANISATIE-1]"),
    ]
    text = "De kinderen gaan naar de opvang bij KindKwart Den Haag."
    assert _replaced(text) == [(36, 54, "KindKwart Den Haag", "[ORGANISATIE-1]")]


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
        (12, 20, "ORGANISATIE", 1, "kwakdoen"),
        (43, 51, "ORGANISATIE", 1, "kwakdoen"),
    ]


def test_a_name_with_its_capitalised_article_is_the_same_after_a_lowercase_article():
    text = (
        "Gelukkig doen de Kwakdonk en de Schuit het beter. Uit het gesprek met de mensen van "
        "De Kwakdonk blijkt dat. En de Kwakdonk speelt een rol."
    )
    assert _replaced(text) == [
        (17, 25, "Kwakdonk", "[ORGANISATIE-1]"),
        (84, 95, "De Kwakdonk", "[ORGANISATIE-1]"),
        (114, 122, "Kwakdonk", "[ORGANISATIE-1]"),
    ]


def test_article_forms_add_nothing_without_an_organisation_named_with_its_article():
    text = "Het rapport van de Kwakdonk en de Schuit. De Schuit is dicht."
    found = article_forms(text, [])
    assert found == []
