"""Themes5: names for themes that mix passages of several documents and share no phrase."""

from __future__ import annotations

from wb.themes.lead_nouns import lead_noun_name, lead_nouns, repeated_phrase
from wb.themes.phrase_names import theme_label
from wb.themes.words import noun_phrases

# Written for this test (not from any text of the theme checks).
COLLEGE = [
    "Het college bespreekt dinsdag de regels van het college en het college stemt in.",
    "Een grootouder vraagt om meer omgangsrecht, want het omgangsrecht staat nu los van de wet.",
    "De rechter legt het omgangsrecht vast nadat een vader erom vroeg.",
    "De buurman leest voor uit de krant over het omgangsrecht.",
]
LOGEREN = [
    "Na de zomer kwam de hulpverlener weer aan huis om te helpen met de logeeropvang.",
    "In huis was het onrustig, maar de logeeropvang gaf lucht.",
    "Zij wilde dat hij thuis bleef, maar toen ging hij uit huis. Later ging hij naar de "
    "logeeropvang.",
]
VERZUIM = [
    "De mentor zag dat de leerling vaak verzuimde en belde de leerplichtambtenaar.",
    "De leerplichtambtenaar sprak met de mentor over het verzuim.",
    "Een wachtlijst voor dagbesteding hield het verzuim in stand, zei de mentor later.",
    "Het verzuim van de leerling nam toe; de leerplichtambtenaar greep in.",
]
BEZWAAR = [
    "De ouders tekenden bezwaar aan tegen de opgelegde ondertoezichtstelling, want de "
    "opgelegde ondertoezichtstelling vonden zij te zwaar.",
    "Hun advocaat schreef een brief aan de rechtbank.",
]


def test_a_keyword_of_one_passage_does_not_lead_a_mixed_theme():
    keywords = ["college", "grootouder", "omgangsrecht"]
    # "college" is the best keyword but only one passage uses it; "omgangsrecht" is in three
    assert lead_nouns(COLLEGE, keywords, keywords) == [("omgangsrecht", 3)]
    assert theme_label(COLLEGE, keywords, keywords) == "omgangsrecht"


def test_a_noun_bare_after_a_preposition_does_not_lead():
    keywords = ["huis", "logeeropvang", "zomer"]
    # "aan huis", "in huis", "uit huis": as often as "logeeropvang", and ranked higher
    assert lead_nouns(LOGEREN, keywords, keywords) == [("logeeropvang", 3)]
    assert theme_label(LOGEREN, keywords, keywords) == "logeeropvang"


def test_two_lead_nouns_in_as_many_passages_are_joined_by_en():
    keywords = ["leerplichtambtenaar", "mentor", "verzuim", "leerling"]
    assert lead_nouns(VERZUIM, keywords, keywords) == [
        ("leerplichtambtenaar", 3),
        ("mentor", 3),
        ("verzuim", 3),
        ("leerling", 2),
    ]
    assert lead_noun_name(VERZUIM, keywords, keywords) == "leerplichtambtenaar en mentor"
    # a phrase that joins two keywords still comes first
    assert theme_label(VERZUIM, keywords, keywords) == "mentor over het verzuim"


def test_a_phrase_one_passage_repeats_names_the_theme():
    keywords = ["ondertoezichtstelling", "advocaat"]
    assert repeated_phrase(BEZWAAR, keywords, keywords) == "opgelegde ondertoezichtstelling"
    assert theme_label(BEZWAAR, keywords, keywords) == "opgelegde ondertoezichtstelling"
    # without one of the five best keywords in it, a repeated phrase is no name
    assert repeated_phrase(BEZWAAR, ["advocaat", "brief"], []) == ""
    # "brief" is a kind of text, a vague head (themes6): it does not lead, the next noun does
    # "ondertoezichtstelling" is in no passage with "advocaat": no pair then (themes21)
    assert theme_label(BEZWAAR, ["advocaat", "brief"], []) == "advocaat"


def test_a_participle_with_a_separable_prefix_is_a_modifier():
    text = "Na de uitgestelde zitting kwam de rechter met een uitgesproken oordeel."
    assert noun_phrases(text) == [
        "uitgestelde zitting",
        "rechter met een uitgesproken oordeel",
        "uitgesproken oordeel",
    ]


def test_without_nouns_the_two_keywords_stay():
    # joined by "en", never a comma list (themes20)
    assert theme_label(["Zij gaat daar morgen heen."], ["heen", "morgen"], []) == "heen en morgen"


def test_a_single_lead_noun_is_shown_with_the_best_keyword_it_shares_a_phrase_with():
    passages = [
        "Het contact met de buurvrouw werd minder na de verhuizing.",
        "Zij zocht contact via de sportclub.",
        "Het contact liep vast toen de vader verhuisde.",
    ]
    keywords = ["verhuizing", "buurvrouw", "sportclub"]
    # every keyword is in one passage; "contact" is in all three and shares a phrase with one
    assert lead_nouns(passages, keywords, keywords) == [("contact", 3)]
    assert theme_label(passages, keywords, keywords) == "contact met de buurvrouw"
    assert theme_label(passages, ["verhuizing", "sportclub"], []) == "contact"
