"""Themes4: shell nouns are no keywords, plurals read as their noun, a phrase seen once that
joins two theme words names the theme, and the fresh real round 2 of the theme check."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import yaml

from wb.themes.embed import lemma_pairs, stop_words
from wb.themes.phrase_names import theme_label
from wb.themes.words import (
    GENERIC_WORDS,
    is_emphasised,
    keyword_ok,
    noun_form,
    readable_keywords,
)

REPO = Path(__file__).resolve().parents[1]
THEMES = REPO / "bench" / "realtext" / "themes"

# Written for this test (not from any text of the theme checks).
KLACHT = [
    "Naar aanleiding van de klacht bekeek de ombudsman begin maart de situatie van het gezin "
    "opnieuw.",
    "De situatie bleef onzeker: de wachtlijst voor de plekken in het pleeggezin was lang.",
]
PLEEGZORG = [
    "De wachtlijst voor de pleegzorg groeit en de gemeente zoekt nieuwe pleeggezinnen.",
    "Pleegouders vragen om meer steun van de pleegzorg; de gemeente belooft een gesprek.",
    "Zonder pleeggezin blijft een kind op de wachtlijst, zegt de wethouder.",
]


def test_shell_nouns_are_no_keywords_and_plurals_read_as_their_noun():
    assert {"aanleiding", "begin", "situatie"} <= GENERIC_WORDS
    pairs = lemma_pairs(KLACHT, tags=True)
    assert ("plek", "plekken", "NOUN") in pairs[1]
    ranked = ["aanleiding", "situatie", "begin", "klacht", "plek", "wachtlijst", "pleeggezin"]
    keywords, lemmas = readable_keywords(ranked, pairs, stop_words())
    assert keywords == ["klacht", "plek", "wachtlijst", "pleeggezin"] == lemmas


def test_a_plural_shows_as_its_noun_only_when_the_vowel_stays():
    cases = {
        ("plek", "plekken"): "plek",  # doubled consonant
        ("huis", "huizen"): "huis",  # voiced after a long vowel
        ("brief", "brieven"): "brief",
        ("keet", "keten"): "keten",  # a halved vowel: "keten" is a word of its own
        ("baas", "bazen"): "bazen",
        ("stad", "steden"): "steden",
    }
    assert {k: noun_form(k[0], Counter([k[1]])) for k in cases} == cases


def test_a_phrase_seen_once_that_joins_two_theme_words_names_the_theme():
    words = ["wachtlijst", "pleeggezin", "pleegzorg"]
    # no phrase comes back in two passages; "wachtlijst voor de pleegzorg" joins two keywords
    # and beats "kind op de wachtlijst" (one keyword and a common noun of the field)
    assert theme_label(PLEEGZORG, words, words) == "wachtlijst voor de pleegzorg"
    assert theme_label(PLEEGZORG[2:], ["wachtlijst", "wethouder"]) == "kind op de wachtlijst"
    # "steun van de pleegzorg" holds only one of the words, and each is in one passage of three:
    # the nouns in most passages name the theme, the longer first on a tie (themes5)
    assert theme_label(PLEEGZORG, ["steun", "gesprek"]) == "pleeggezin en wachtlijst"


def _manifest_urls(path: Path) -> set[str]:
    return set(re.findall(r"https?://[^\s\"',}]+", path.read_text(encoding="utf-8")))


def test_round_2_is_fresh_and_complete():
    manifest = yaml.safe_load((THEMES / "manifest.yaml").read_text(encoding="utf-8"))
    fresh = [t for t in manifest["texts"] if t.get("round") == 2]
    assert len(fresh) == 16 and {t["split"] for t in fresh} == {"fresh"}
    assert Counter(t["committed"] for t in fresh) == {True: 6, False: 10}
    assert Counter(t["genre"] for t in fresh) == {
        "ouderverhaal": 5,
        "ombudsmanrapport": 3,
        "nieuws": 3,
        "debat": 2,
        "notulen": 2,
        "kamerbrief": 1,
    }
    for t in fresh:
        assert (t["licence"] == "public") == t["committed"], t["id"]
        if t["committed"]:
            assert (THEMES / "texts" / f"{t['id']}.txt").is_file(), t["id"]
        else:
            assert re.fullmatch(r"[0-9a-f]{64}", t["sha256"]), t["id"]
            local = REPO / "bench" / "data" / "realtext_themes" / f"{t['id']}.txt"
            if local.is_file():  # news and blogs are only on the machine that collected them
                assert hashlib.sha256(local.read_bytes()).hexdigest() == t["sha256"], t["id"]
    # new to every other manifest under bench/realtext/ and to round 1
    urls = {t["url"] for t in fresh}
    assert len(urls) == 16
    assert not urls & {t["url"] for t in manifest["texts"] if t.get("round", 1) == 1}
    for path in (REPO / "bench" / "realtext").glob("*/manifest.*"):
        if path.parent.name != "themes":
            assert not urls & _manifest_urls(path), path


def test_a_sentence_opener_the_texts_write_in_lowercase_is_no_name():
    texts = [
        "Pleegouders vragen om steun. Pieter zag de keten niet. Kalverboer schreef een rapport.",
        "De pleegouders wachten; de keten hapert.",
    ]
    first = lemma_pairs(texts, tags=True)[0]
    assert [lemma for lemma, *_ in first] == ["pleegouder", "steun", "keet", "schrijven", "rapport"]
    # alone, the opener is not written in lowercase anywhere: it may be a name
    assert "pleegouder" not in [lemma for lemma, *_ in lemma_pairs(texts[:1], tags=True)[0]]


def test_an_emphasised_word_is_no_keyword():
    # the tagger may call "wéér" a noun ("het is wéér mis"); the emphasis marks an adverb
    pairs = [[("wéér", "wéér", "NOUN"), ("café", "café", "NOUN"), ("reünie", "reünie", "NOUN")]]
    keywords, _ = readable_keywords(["wéér", "café", "reünie"], pairs, stop_words())
    assert keywords == ["café", "reünie"]
    assert [w for w in ("wél", "één", "café", "crèche") if is_emphasised(w)] == ["wél", "één"]
    assert not keyword_ok("wél", stop_words()) and keyword_ok("crèche", stop_words())
