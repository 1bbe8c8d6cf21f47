"""Theme names headed by a best keyword, never a comma list (themes20, issue 11 §3).

Made-up passages in the register of the field (no words of an evaluation text).
"""

from __future__ import annotations

from wb.themes.head_phrases import keyword_head_phrase, phrase_head, phrase_with
from wb.themes.name_pairs import distinguish_names
from wb.themes.phrase_names import theme_label

# A bill on spousal maintenance: the law's system in two passages, pensions in two.
ALIMENTATIE = [
    "Het wetsvoorstel wijzigt het stelsel van partneralimentatie ingrijpend.",
    "Een herziening van het stelsel van partneralimentatie is al lang beloofd.",
    "De verdeling van pensioen bij scheiding blijft buiten het wetsvoorstel.",
    "Ook over pensioen bij scheiding stelden de leden vragen.",
]
ALIMENTATIE_KW = ["wijziging", "wet", "partneralimentatie", "pensioen", "leden"]

# Divorce and school: no phrase is in two passages. Before themes20 the phrase seen once that
# joins two keywords named it ("kinderen op school": the second keyword and a common noun).
SCHOOL = [
    "Kinderen op school merken de spanning van een echtscheiding thuis.",
    "De leerkracht voert een gesprek met de ouders na de echtscheiding.",
    "Bij de ontbinding van een huwelijk verandert er veel voor een kind.",
]
SCHOOL_KW = ["echtscheiding", "school", "leerkracht", "gesprek", "ontbinding", "tijd", "rust"]
SCHOOL_KW += ["huwelijk"]

# Waiting lists: the best keyword heads phrases in several passages.
WACHTLIJST = [
    "De wachtlijst voor jeugdhulp in de gemeente is opnieuw langer geworden.",
    "Ouders zien hun kind maanden op de wachtlijst voor jeugdhulp staan.",
    "De wethouder wil de wachtlijst voor jeugdhulp dit jaar halveren.",
    "Een lange wachtlijst betekent dat problemen in het gezin groter worden.",
]
WACHTLIJST_KW = ["wachtlijst", "jeugdhulp", "wethouder", "gezin", "problemen"]

# Two themes both named after the family guardian; the second is about the wider family.
VOOGD_A = [
    "De gezinsvoogd bezocht het gezin elke week na de ondertoezichtstelling.",
    "Volgens de gezinsvoogd verloopt de ondertoezichtstelling goed.",
    "De gezinsvoogd schreef een verslag over de ondertoezichtstelling.",
]
VOOGD_B = [
    "De gezinsvoogd sprak met de familie van de vader over een logeeradres.",
    "De familie van de vader wil het kind in de weekenden opvangen.",
    "De gezinsvoogd vindt dat de familie van de vader een rol kan spelen.",
]


def test_the_head_of_a_phrase_is_its_noun_before_the_link_word() -> None:
    assert phrase_head("vriend van de kinderarts", "vriend van de kinderarts") == {"vriend"}
    assert phrase_head("lang wachtlijst", "lange wachtlijsten") == {"wachtlijst", "wachtlijsten"}


def test_a_phrase_of_two_passages_with_a_keyword_in_its_complement_stays() -> None:
    # tried and not kept: "pensioen bij scheiding" (headed by the fourth keyword) before the
    # phrase of the third keyword's complement
    assert theme_label(ALIMENTATIE, ALIMENTATIE_KW, ALIMENTATIE_KW) == (
        "stelsel van partneralimentatie"
    )


def test_without_a_shared_phrase_a_keyword_heads_the_name_with_a_keyword_modifier() -> None:
    # "ontbinding" (fifth keyword) heads a phrase whose modifier is a keyword too (eighth)
    assert theme_label(SCHOOL, SCHOOL_KW, SCHOOL_KW) == "ontbinding van een huwelijk"
    assert keyword_head_phrase(SCHOOL, SCHOOL_KW, SCHOOL_KW) == "ontbinding van een huwelijk"
    # without "huwelijk" among the ten best keywords the modifier is of one passage: a scene
    assert keyword_head_phrase(SCHOOL, SCHOOL_KW[:5], SCHOOL_KW[:5]) == ""


def test_a_keyword_heading_phrases_in_several_passages_names_the_theme() -> None:
    assert theme_label(WACHTLIJST, WACHTLIJST_KW, WACHTLIJST_KW) == "wachtlijst voor jeugdhulp"


def test_the_best_keyword_with_its_most_frequent_modifier() -> None:
    assert keyword_head_phrase(WACHTLIJST, WACHTLIJST_KW, WACHTLIJST_KW) == (
        "wachtlijst voor jeugdhulp"
    )
    # a modifier of one passage that is no keyword names a scene: nothing
    assert keyword_head_phrase(WACHTLIJST, ["problemen"], ["probleem"]) == ""
    # a taken name gives way; "lange wachtlijst" is in one passage only and "lange" no keyword
    taken = ["wachtlijst voor jeugdhulp"]
    assert keyword_head_phrase(WACHTLIJST, WACHTLIJST_KW, WACHTLIJST_KW, taken=taken) == ""
    assert keyword_head_phrase(WACHTLIJST, ["wachtlijst", "lange"], [], taken=taken) == (
        "lange wachtlijst"
    )


def test_a_phrase_with_the_head_and_the_keyword() -> None:
    assert phrase_with(VOOGD_B, ["familie", "vader"]) == "familie van de vader"
    assert phrase_with(VOOGD_B, ["familie", "wethouder"]) == ""


def test_two_themes_with_one_head_are_told_apart_by_a_phrase_not_a_list() -> None:
    themes = [
        {"label": "gezinsvoogd", "keywords": ["gezinsvoogd", "ondertoezichtstelling"]},
        {"label": "gezinsvoogd", "keywords": ["gezinsvoogd", "familie", "vader"]},
    ]
    distinguish_names(themes, [VOOGD_A, VOOGD_B])
    # the first theme's own keyword heads no phrase of its passages: both nouns
    assert [t["label"] for t in themes] == [
        "gezinsvoogd en ondertoezichtstelling",
        "familie van de vader",
    ]


def test_without_passages_two_nouns_are_joined_by_en() -> None:
    themes = [
        {"label": "gezinsvoogd", "keywords": ["gezinsvoogd", "ondertoezichtstelling"]},
        {"label": "gezinsvoogd", "keywords": ["gezinsvoogd", "familie", "vader"]},
    ]
    distinguish_names(themes)
    assert [t["label"] for t in themes] == [
        "gezinsvoogd en ondertoezichtstelling",
        "gezinsvoogd en familie",
    ]
