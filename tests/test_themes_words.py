"""Offensive words out of theme keywords and names; keywords that show the name's head
(themes-words, issue 11 §3). Made-up snippets only."""

from __future__ import annotations

import pytest

from wb.errors import LanguageDataError
from wb.themes.head_keywords import keywords_with_head, name_head
from wb.themes.name_pairs import _told_apart
from wb.themes.offensive_words import (
    is_offensive,
    offensive_name,
    read_offensive_words,
)
from wb.themes.phrase_names import theme_label
from wb.themes.words import readable_keywords

PAMPHLET = [
    "Het pamflet noemde haar een vuile kankerhoer en dreigde met geweld.",
    "In het pamflet stond dat de vuile kankerhoer moest oppassen voor geweld.",
    "De jeugdbeschermer deed aangifte van bedreiging na het pamflet.",
]


@pytest.mark.parametrize(
    "word",
    [
        "kankerhoer",
        "kankerhoeren",
        "Kankerhoer",
        "hoer",
        "hoeren",
        "straathoer",
        "klerewijf",
        "kutzooi",
        "kankerjood",
        "teringlijder",
        "mongolen",
        "trutten",
        "klootzak",
    ],
)
def test_offensive_words(word):
    assert is_offensive(word)


@pytest.mark.parametrize(
    "word",
    [
        "kanker",
        "kankerpatiënt",
        "kankeronderzoek",
        "kankerlijder",
        "tyfusepidemie",
        "verhoer",  # "ver" + "hoer": too short a modifier
        "negeren",  # a verb, not the plural of a slur
        "kleren",
        "klerenhanger",
        "handel",  # "=del": whole word only
        "achtersteven",  # "=teef": whole word only
        "onbeschoft",  # "=schoft"
        "ingesleten",  # "sleten" is no plural of "slet"
        "jood",  # a target word only after a curse
        "pestkop",
        "jeugdbeschermer",
    ],
)
def test_ordinary_words(word):
    assert not is_offensive(word)


def test_offensive_name():
    assert offensive_name("vuile kankerhoer")
    assert not offensive_name("signalen over geweld")


def test_keywords_leave_out_a_slur():
    pairs = [
        [
            ("kankerhoer", "kankerhoer", "NOUN"),
            ("pamflet", "pamflet", "NOUN"),
            ("bedreiging", "bedreiging", "NOUN"),
        ]
    ]
    ranked = ["kankerhoer", "pamflet", "bedreiging"]
    assert readable_keywords(ranked, pairs, frozenset(), 10) == (
        ["pamflet", "bedreiging"],
        ["pamflet", "bedreiging"],
    )


def test_no_name_with_a_slur():
    # main named this theme "vuile kankerhoer" (the phrase two passages write)
    kw = ["kankerhoer", "pamflet", "bedreiging"]
    assert theme_label(PAMPHLET, kw, kw) == "pamflet"
    assert theme_label(PAMPHLET, kw[1:], kw[1:]) == "pamflet"


def test_told_apart_without_a_slur():
    assert _told_apart("vuile pamflet", "kankerhoer", PAMPHLET) == "vuile pamflet en kankerhoer"


def test_malformed_list_line(tmp_path):
    path = tmp_path / "woorden.txt"
    path.write_text("# uitleg\nhoer\nKanker Hoer\n", encoding="utf-8")
    with pytest.raises(LanguageDataError) as err:
        read_offensive_words(path)
    assert err.value.line == 3
    assert "'Kanker Hoer'" in str(err.value)


def test_list_format(tmp_path):
    path = tmp_path / "woorden.txt"
    path.write_text("hoer\n=del\nkut-\nkanker-?\n~jood\n", encoding="utf-8")
    words = read_offensive_words(path)
    assert words.insults == {"hoer"}
    assert words.whole == {"del"}
    assert words.curses == ("kut",)
    assert words.diseases == ("kanker",)
    assert words.targets == {"jood"}


def test_name_head():
    assert name_head("personeel in de jeugdzorg") == "personeel"
    assert name_head("gezinsvoogd en familie") == "gezinsvoogd"
    assert name_head("structurele personeelstekorten bij de politie") == "personeelstekorten"


KW = ["gemeente", "tekort", "ziekteverzuim", "probleem", "ministerie", "wachtlijst", "personeel"]


def test_head_below_the_five_best_comes_first():
    kw, lem = keywords_with_head("personeel in de jeugdzorg", KW, KW)
    assert kw == ["personeel", *KW[:6]]
    assert lem == kw


def test_head_among_the_five_best_stays():
    kw, lem = keywords_with_head("tekort in de zorg", KW, KW)
    assert (kw, lem) == (KW, KW)


def test_head_from_the_distinctive_words_by_plural():
    kw, lem = keywords_with_head(
        "structurele personeelstekorten",
        KW,
        KW,
        ["leegloop", "personeelstekort"],
        ["leegloop", "personeelstekort"],
        size=7,
    )
    assert kw == ["personeelstekort", *KW[:6]]
    assert lem == kw


def test_head_that_is_no_distinctive_word_is_not_added():
    kw, _ = keywords_with_head("agressie tegen medewerkers", KW, KW, ["leegloop"], ["leegloop"])
    assert kw == KW


def test_furniture_head_is_not_moved():
    kw, _ = keywords_with_head("college van burgemeester", KW, KW, ["college"], ["college"])
    assert kw == KW
