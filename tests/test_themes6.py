"""Themes6: theme names that say something (vague heads: time units, meta nouns, stock phrases)."""

from __future__ import annotations

import pytest

from wb.lang import word_set
from wb.themes.lead_nouns import covered_nouns, keyword_phrase, lead_nouns
from wb.themes.phrase_names import theme_label
from wb.themes.words import GENERIC_WORDS, is_vague, is_vague_head

# Written for this test (not from any text of the theme checks).
MINUTEN = [
    "Ik had tien minuten met een rechter en daarna was de zitting voorbij.",
    "Na twintig minuten met een rechter wist niemand wat de omgangsregeling werd.",
    "De omgangsregeling werd pas na een jaar vastgelegd door de rechtbank.",
]
WERELD = [
    "Voor mijn zoon is de pleegzorg een wereld van verschil.",
    "Voor de kinderen was het een wereld van verschil toen de pleegzorg begon.",
    "De pleegzorg zocht een pleeggezin dichtbij school.",
]
EVALUATIE = [
    "De evaluatie kwam in het voorjaar uit en de evaluatie was kort.",
    "Volgens de evaluatie spreken ouders het ouderschapsplan vaak niet goed door.",
    "In de evaluatie staat dat een mediator bij het ouderschapsplan helpt.",
    "De evaluatie noemt de mediator een steun.",
]
EVALUATIE_VAN = [
    "De evaluatie van het ouderschapsplan kwam in het voorjaar uit.",
    "Volgens de evaluatie van het ouderschapsplan praten ouders er weinig over.",
    "Een mediator helpt ouders bij het gesprek.",
]
WACHTEN = [
    "Het wachten op hulp duurde voor de grootouders een half jaar.",
    "Het wachten op hulp viel de grootouders zwaar.",
    "De grootouders vonden steun in hun netwerk.",
]
HALFJAAR = [
    "Er was een wachtlijst van een halfjaar voor de kindertherapeut.",
    "Na een wachtlijst van een halfjaar kwam er eindelijk een gesprek.",
    "De kindertherapeut zag het kind daarna elke week.",
]
VAAG = [
    "De focus ligt in de praktijk op de wijziging van de certificering van instellingen.",
    "De inspectie volgt de certificering van de instellingen voor jeugdbescherming.",
    "Problemen in de praktijk noemt de inspectie bij de instellingen voor jeugdbescherming.",
]


@pytest.mark.parametrize(
    ("word", "vague"),
    [
        ("minuut", True),
        ("minuten", True),  # a halved vowel
        ("jaren", True),
        ("vragen", True),
        ("wijzigingen", True),
        ("brieven", True),  # a voiced consonant
        ("punten", True),
        ("rechter", False),
        ("wachtlijsten", False),
        ("scholen", False),
        ("kinderen", False),
    ],
)
def test_vague_heads_are_matched_by_lemma_and_plural(word, vague):
    assert is_vague(word) is vague


def test_the_head_of_a_phrase_is_the_noun_before_its_link_word():
    assert is_vague_head("minuut met een rechter", "minuten met een rechter")
    assert is_vague_head("focus op de wijziging", "focus op de wijzigingen")
    assert not is_vague_head("contact met mijn vader", "contact met mijn vader")
    assert not is_vague_head("rechter van de minuut", "rechter van de minuten")
    # an infinitive the word list knows only as a verb is a bare verb, not a head
    assert is_vague_head("wachten op hulp", "wachten op hulp")


def test_a_time_unit_does_not_head_a_name_even_with_a_keyword_after_it():
    keywords = ["minuten", "rechter", "omgangsregeling"]
    lemmas = ["minuut", "rechter", "omgangsregeling"]
    assert theme_label(MINUTEN, keywords, lemmas) == "rechter en omgangsregeling"


def test_a_stock_phrase_of_general_nouns_is_no_name():
    keywords = ["wereld", "verschil", "pleegzorg", "pleeggezin"]
    # "wereld van verschil" is in two passages and joins the two best keywords
    assert theme_label(WERELD, keywords, keywords) == "pleegzorg"


def test_a_meta_noun_does_not_lead_alone():
    keywords = ["evaluatie", "mediator", "ouderschapsplan"]
    # "evaluatie" is in all four passages, more than any other noun
    assert lead_nouns(EVALUATIE, keywords, keywords) == [("mediator", 2), ("ouderschapsplan", 2)]
    assert theme_label(EVALUATIE, keywords, keywords) == "mediator bij het ouderschapsplan"


def test_the_topic_after_a_meta_head_names_the_theme():
    keywords = ["ouderschapsplan", "evaluatie", "mediator"]
    assert theme_label(EVALUATIE_VAN, keywords, keywords) == "ouderschapsplan"


def test_a_vague_noun_after_a_specific_head_stays():
    keywords = ["wachtlijst", "halfjaar", "kindertherapeut"]
    assert theme_label(HALFJAAR, keywords, keywords) == "wachtlijst van een halfjaar"


def test_a_bare_verb_heads_no_name():
    keywords = ["wacht", "grootouder", "netwerk"]
    assert theme_label(WACHTEN, keywords, keywords) == "grootouder"


def test_without_a_specific_keyword_the_nouns_of_most_passages_name_the_theme():
    keywords = ["praktijk", "focus", "wijziging", "problemen"]
    lemmas = ["praktijk", "focus", "wijziging", "probleem"]
    assert keyword_phrase(VAAG, keywords, lemmas) == ""
    assert covered_nouns(VAAG) == ["instelling", "jeugdbescherming", "certificering", "inspectie"]
    assert theme_label(VAAG, keywords, lemmas) == "instellingen voor jeugdbescherming"


def test_the_phrase_holding_the_best_specific_keyword():
    keywords = ["focus", "inspectie", "certificering"]
    # "focus" is vague; "inspectie" is the best specific keyword, in "inspectie bij de
    # instellingen" (the phrase of the tagger) or a phrase with "certificering"
    assert keyword_phrase(VAAG, keywords, keywords) == "inspectie bij de instellingen"


def test_the_vague_heads_list_is_lowercase_words_and_new():
    words = word_set("theme_vague_heads.txt")
    assert len(words) > 60
    assert all(w.isalpha() and w.islower() for w in words)
    # shell nouns and generic words are left out of keywords already: no need to list them here
    assert not words & GENERIC_WORDS
