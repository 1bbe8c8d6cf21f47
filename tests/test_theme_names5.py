"""Theme names a reader recognises (themes-names5, issue 11 §3).

A name whose every noun is a public body, an office, an act of governance or a stock noun
("college van burgemeester", "voornemen van minister", "goede voorbeeld") says who acts or how
well, not what the theme is about: the next candidate names the theme. Made-up passages in the
register of the field (no words of an evaluation text).
"""

from __future__ import annotations

from wb.themes.furniture_names import is_furniture_name, name_nouns, specific_keywords
from wb.themes.phrase_names import theme_label

# Council letters: the college's title is in every passage, the waiting lists in two.
COLLEGE = [
    "Het college van burgemeester en wethouders wil de wachtlijsten in de jeugdhulp korter maken.",
    "Het college van burgemeester en wethouders schrijft over de wachtlijsten in de jeugdhulp.",
    "Volgens het college van burgemeester en wethouders groeit de vraag naar jeugdhulp.",
]
COLLEGE_KW = ["college", "burgemeester", "wachtlijsten", "jeugdhulp", "wethouders"]

# A stock phrase in two passages; the topic's phrase is written once.
VOORBEELD = [
    "De gemeente geeft het goede voorbeeld met een vaste contactpersoon voor pleegouders.",
    "Pleegouders noemen het goede voorbeeld van de buurgemeente.",
    "Pleegouders willen minder wisselingen in de begeleiding.",
]
VOORBEELD_KW = ["voorbeeld", "contactpersoon", "pleegouders", "wisselingen", "gemeente"]

# The minister's intention: every phrase of two passages is furniture but one.
VOORNEMEN = [
    "Het voornemen van de minister is de leeftijdsgrens in de jeugdhulp te verhogen.",
    "Het voornemen van de minister stuit op kritiek van de leeftijdsgrens in de jeugdhulp.",
    "Jongeren willen na hun achttiende hulp houden.",
]
VOORNEMEN_KW = ["voornemen", "minister", "leeftijdsgrens", "jeugdhulp", "jongeren"]


def test_names_made_only_of_furniture_nouns() -> None:
    assert is_furniture_name("college van burgemeester")
    assert is_furniture_name("commissie over de brief")
    assert is_furniture_name("voornemen van minister")
    assert is_furniture_name("goede voorbeeld")
    assert is_furniture_name("belangrijke voorwaarden")
    assert is_furniture_name("afspraken met de gemeenten")
    # one noun of the name says what about
    assert not is_furniture_name("overgang van jeugdzorg")
    assert not is_furniture_name("rol van de gemeente")
    assert not is_furniture_name("voorbeeld van een pleeggezin")
    assert not is_furniture_name("wachtlijsten in de jeugdhulp")
    # a body with only an adjective is a term of the field, left to the body rule (themes21)
    assert not is_furniture_name("gecertificeerde instelling")
    assert not is_furniture_name("pleegzorg")
    assert not is_furniture_name("college en wachtlijst")


def test_the_nouns_of_a_name_and_lemmas() -> None:
    assert name_nouns("pleegouders van het minderjarige kind") == ["pleegouders", "kind"]
    assert name_nouns("goede voorbeeld") == ["voorbeeld"]
    # as lemma: the plural written form is read through its lemma too
    assert is_furniture_name("besluiten van ministers", ["besluit", "van", "minister"])
    assert specific_keywords(["college", "burgemeester", "wachtlijsten", "jeugdhulp"])
    # one specific keyword ("kost" of a committee's letter) is not enough
    assert not specific_keywords(["commissie", "kost", "verzoek", "brief", "reactie"])
    # one word: an office is furniture, an act may be the topic; "X en Y" with a stock noun is
    assert is_furniture_name("wethouder")
    assert not is_furniture_name("amendement")
    assert is_furniture_name("geld en voorbeeld")
    assert not is_furniture_name("machtiging en uithuisplaatsing")


def test_a_college_title_gives_way_to_the_topic() -> None:
    # before themes-names5: "college van burgemeester" (three passages, best keyword "college")
    assert theme_label(COLLEGE, COLLEGE_KW, COLLEGE_KW) == "wachtlijsten in de jeugdhulp"
    # when no one of the five best keywords is specific, the title may name the theme
    assert theme_label(COLLEGE, ["college", "burgemeester"], []) == "college van burgemeester"


def test_a_stock_phrase_gives_way_to_the_topic() -> None:
    # before themes-names5: "goede voorbeeld"
    assert theme_label(VOORBEELD, VOORBEELD_KW, VOORBEELD_KW) == (
        "vaste contactpersoon voor pleegouders"
    )


def test_the_ministers_intention_gives_way_to_its_content() -> None:
    # before themes-names5: "voornemen van de minister"
    assert theme_label(VOORNEMEN, VOORNEMEN_KW, VOORNEMEN_KW) == "leeftijdsgrens in de jeugdhulp"
