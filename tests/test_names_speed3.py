"""names-speed3: the pseudonymiser's helpers rewritten for speed keep their exact answers.

Learned words found with str.find instead of one pattern each, alternatives of a
case-insensitive word list gathered behind their first letter, patterns that no longer start
inside a word, the prefix test of kept terms, and a person's parts worked out once per dossier.
"""

from __future__ import annotations

import re

from wb.dossiers.entities import detect_dossier
from wb.dossiers.entity_data import LOW, ROLES, TITLES
from wb.dossiers.name_context import _local_party_rx
from wb.dossiers.name_shapes import SHORT_FORM
from wb.dossiers.org_names import LOWER_LETTER
from wb.dossiers.org_words import _kept_term_opens, kept_terms
from wb.dossiers.person_parts import person
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import (
    literal_spans,
    longest_first,
    longest_first_by_letter,
    text_memo,
)

SNIPPET = (
    "Horizon-medewerker Anna de Vries (wethouder) sprak met Horizon. Het Horizon-Team en "
    "xHorizon niet; Horizon-\nteam ook niet. Horizon"
)


def _old_spans(text: str, word: str, hyphen_low: bool = False) -> list[tuple[int, int]]:
    after = rf"(?!\w|-(?![{LOW}]))" if hyphen_low else r"(?![\w-])"
    return [m.span() for m in re.finditer(lead_first(rf"(?<![\w-]){re.escape(word)}{after}"), text)]


def test_literal_spans_on_a_dutch_snippet() -> None:
    assert literal_spans(SNIPPET, "Horizon") == [(55, 62), (123, 130)]
    # a hyphen before a lowercase letter may follow: "Horizon-medewerker" holds the name
    assert literal_spans(SNIPPET, "Horizon", LOWER_LETTER) == [(0, 7), (55, 62), (123, 130)]
    assert literal_spans(SNIPPET, "Anna de Vries") == [(19, 32)]
    assert literal_spans(SNIPPET, "Kwarvik") == []


def test_literal_spans_equal_the_patterns_they_replace() -> None:
    texts = [SNIPPET, "aa aaa a-a a_a aé a1 'a ’a a-é a-", "Mr. Mr.Mr. Mr. -Mr. Mr.-x", ""]
    for text in texts:
        for word in ("Horizon", "a", "aa", "Mr.", "a-", "é", "Anna de Vries"):
            assert literal_spans(text, word) == _old_spans(text, word)
            assert literal_spans(text, word, LOWER_LETTER) == _old_spans(text, word, True)
    # (an empty word: the pattern's own empty matches)
    assert literal_spans("a b", "") == [
        m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", "a b")
    ]


def test_longest_first_by_letter() -> None:
    entries = ["mentor", "wijkagent", "mr.", "wethouder", "Maatje", "voogd"]
    assert longest_first(entries) == r"wijkagent|wethouder|mentor|Maatje|voogd|mr\."
    assert (
        longest_first_by_letter(entries) == r"w(?:ijkagent|ethouder)|m(?:entor|aatje|r\.)|v(?:oogd)"
    )
    # not all opening with an ASCII letter: the plain alternation
    assert longest_first_by_letter(["één", "twee"]) == longest_first(["één", "twee"])
    assert longest_first_by_letter(["de heer", "x"], space="[ ]") == r"d(?:e[ ]heer)|x(?:)"
    # inside (?i:...) the same matches as the plain alternation, titles and roles included
    words = {*TITLES, *ROLES}
    text = (
        "De Heer Bos (Samen Sterk), WETHOUDER Kok (Lijst Pim) en mevr. Smit; dhr.Jansen, "
        "Pleegouder Visser, MR. Ali, İnge, ſchool"
    )
    old = re.compile(rf"(?<![\w.])(?i:{longest_first(words, space='[ ]')})[ ]+\w+")
    new = re.compile(rf"(?<![\w.])(?i:{longest_first_by_letter(words, space='[ ]')})[ ]+\w+")
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m[0] for m in new.finditer(text)][:3] == ["De Heer Bos", "WETHOUDER Kok", "mevr. Smit"]


def test_patterns_that_start_at_a_word_give_the_same_matches() -> None:
    old_short = re.compile(r"(?P<word>[\w-]{4,})[ ]\((?P<short>[A-Z][a-z]?[A-Za-z]{0,5})\)")
    text = (
        "de Participatiewet (Pwet) en de Jeugdwet (Jw)wetten (Wt) en re-integratie (Ri), "
        "abc (Ab) en x-y-z (Xy)"
    )
    assert [m.group("word", "short") for m in SHORT_FORM.finditer(text)] == [
        ("Participatiewet", "Pwet"),
        ("Jeugdwet", "Jw"),
        ("wetten", "Wt"),
        ("re-integratie", "Ri"),
        ("x-y-z", "Xy"),
    ]
    assert [m.span() for m in SHORT_FORM.finditer(text)] == [
        m.span() for m in old_short.finditer(text)
    ]
    new_party = _local_party_rx()
    old_party = re.compile(new_party.pattern.replace(r"(?:(?<!\S)|(?<=\)))", "", 1))
    assert old_party.pattern != new_party.pattern
    text = "wethouder Carla Smit (LKP) en (LKP)raadslid Jan Bos (GBO), zei x.Anna Kok (AB)."
    assert [m.group("before", "name", "a") for m in new_party.finditer(text)] == [
        ("wethouder", "Carla Smit", "LKP"),
        ("(LKP)raadslid", "Jan Bos", "GBO"),
        ("x.Anna", "Kok", "AB"),
    ]
    assert [m.span() for m in new_party.finditer(text)] == [
        m.span() for m in old_party.finditer(text)
    ]


def test_kept_term_opens() -> None:
    terms = kept_terms()
    for core in ("Veilig Thuis Kwarstad", "Veilig Thuis", "Jeugdzorg Kwarstad", "Kwarvik", ""):
        old = any(core.startswith(t + " ") for t in terms)
        assert _kept_term_opens(core) == old
    assert _kept_term_opens("Veilig Thuis Kwarstad") == ("Veilig Thuis" in terms)


def test_person_parts_once_per_dossier_fresh_copies() -> None:
    text = "Moeder Anna de Vries (38) belde."
    plain = person(text, 7, 20, 3, "label")
    with text_memo():
        first = person(text, 7, 20, 3, "label")
        again = person(text, 7, 20, 6, "fallback")
        first.extra["short"] = "Anna"  # a caller changes its copy: the next one is clean
        third = person(text, 7, 20, 5, "fallback")
        assert person(text, 0, 6, 3, "x") == person(text, 0, 6, 3, "x")
    assert (plain.first, plain.surname, plain.gender, plain.role, plain.child) == (
        "Anna",
        "de vries",
        "V",
        "ouder",
        True,
    )
    assert (first.tier, first.source, again.tier, again.source) == (3, "label", 6, "fallback")
    assert first is not again and third.extra == {} and third.tier == 5
    assert (again.start, again.end, again.text, again.first, again.surname) == (
        7,
        20,
        "Anna de Vries",
        "Anna",
        "de vries",
    )
    first.extra.clear()
    assert first == plain and third == person(text, 7, 20, 5, "fallback")


def test_dossier_spans_on_a_dutch_snippet() -> None:
    """The spans main gave before names-speed3 (a learned short form, glued to a hyphen too)."""
    texts = [
        "Verslag van het wijkteam. Mevrouw Anna de Vries (wethouder, LKP) woont in Amersfoort. "
        "Stichting Horizon (SH) begeleidt Sanne (12). Oma Truus haalt Sanne van school.",
        "Op 3 maart 2024 spraken Sanne (12) en mevrouw De Vries met een Horizon-medewerker; "
        "bij Horizon-Team en de SH-groep niet.",
    ]
    found = [
        [(t[m.start : m.end], m.type) for m in mentions]
        for t, mentions in zip(texts, detect_dossier(texts), strict=True)
    ]
    assert found == [
        [
            ("Anna de Vries", "PERSOON"),
            ("Amersfoort", "PLAATS"),
            ("Stichting Horizon", "ORGANISATIE"),
            ("SH", "ORGANISATIE"),
            ("Sanne", "PERSOON"),
            ("Truus", "PERSOON"),
            ("Sanne", "PERSOON"),
        ],
        [
            ("Sanne", "PERSOON"),
            ("De Vries", "PERSOON"),
            ("Horizon", "ORGANISATIE"),
            ("Horizon-Team", "PLAATS"),
            ("SH", "ORGANISATIE"),
        ],
    ]
