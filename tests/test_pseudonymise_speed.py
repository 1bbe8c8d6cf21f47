"""The pseudonymiser's speed-ups keep its output: the per-dossier text memo, word starts by
str.find, set look-ups in the kept terms, patterns that open with their first character."""

from __future__ import annotations

import re

from wb.dossiers import word_index
from wb.dossiers.entity_data import (
    BSN_RES,
    PHONE_RES,
    POSTCODE_RE,
    Terms,
    institutions,
    keep_terms,
    org_entries,
)
from wb.dossiers.pseudonymise import Pseudonymiser
from wb.dossiers.word_index import per_text, text_memo, word_starts

TEXT = (
    "Verslag van het wijkteam. Mevrouw Anna de Vries woont in Amersfoort. Oma Truus haalt "
    "Sanne van school De Kompas. Anna de Vries belt op 06-12345678 met Veilig Thuis."
)


def _replaced(pseudo: Pseudonymiser, text: str = TEXT) -> list[tuple[str, str]]:
    result = pseudo.dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in result.replacements]


def test_user_lists_take_effect_after_a_warm_run() -> None:
    plain = Pseudonymiser()
    before = _replaced(plain)
    assert ("Amersfoort", "[PLAATS-1]") in before
    assert ("Anna de Vries", "[PERSOON-1]") in before
    # a second pseudonymiser with its own lists, on the same text right after the first
    lists = Pseudonymiser(keep=["Amersfoort"], replace={"Oma Truus": "PERSOON"})
    after = _replaced(lists)
    assert "Amersfoort" not in [t for t, _ in after]
    assert ("Oma Truus", "[PERSOON-2]") in after
    # and the first one, asked again (a new object: no result cache), is as it was
    assert _replaced(Pseudonymiser()) == before
    assert _replaced(Pseudonymiser(keep=["Amersfoort"], replace={"Oma Truus": "PERSOON"})) == after


def test_two_pseudonymisers_share_no_state() -> None:
    a = Pseudonymiser(keep=["Sanne"])
    b = Pseudonymiser(replace={"Kompas": "SCHOOL"})
    first_a, first_b = _replaced(a), _replaced(b)
    assert "Sanne" not in [t for t, _ in first_a]
    assert ("Sanne", "[PERSOON-3]") in first_b and ("Kompas", "[SCHOOL-1]") in first_b
    assert a.keep == frozenset({"Sanne"}) and a.replace == {}
    assert b.keep == frozenset() and b.replace == {"Kompas": "SCHOOL"}
    assert _replaced(a) == first_a and _replaced(b) == first_b


def test_per_text_memo_lives_for_one_block_only() -> None:
    calls: list[str] = []

    @per_text
    def count(text: str) -> tuple[int, ...]:
        calls.append(text)
        return (len(text),)

    assert count("abc") == (3,) and count("abc") == (3,)
    assert calls == ["abc", "abc"]  # outside a block: no memo
    with text_memo():
        assert count("abc") == (3,)
        assert count("abc") == (3,)
        with text_memo():  # an inner block uses the outer memo
            assert count("abc") == (3,)
        assert count("de") == (2,)
    assert calls == ["abc", "abc", "abc", "de"]
    with text_memo():  # a new block starts empty
        count("abc")
    assert calls == ["abc", "abc", "abc", "de", "abc"]


WORD_START = r"(?:(?<![\w'’-])|(?<=(?<![\w-])['’]))"


def test_word_starts_is_the_lookbehind_pattern() -> None:
    # an apostrophe after no word character opens a quote ("'Jan'", names41); "d'Jan" glues
    text = "Jan Jansen, jan-Jan 'Jan _Jan JanJan Jan-Willem\nJan d'Jan"
    expected = [m.start() for m in re.finditer(WORD_START + "Jan", text)]
    assert word_starts(text, "Jan") == expected == [0, 4, 21, 30, 37, 48]
    assert word_starts("aaaa", "aa") == [0]
    assert word_starts("", "Jan") == []


def test_text_words_inside_a_block() -> None:
    with text_memo():
        first = word_index.text_words(TEXT)
        assert word_index.text_words(TEXT) is first
    assert word_index.text_words(TEXT) == first
    assert {"Anna", "Vries", "06-12345678", "06"} <= first


def test_kept_terms_are_a_tuple_with_set_look_up() -> None:
    terms = keep_terms()
    assert isinstance(terms, tuple) and isinstance(terms, Terms)
    assert terms[0] in terms and "Geen-kept-term-xyz" not in terms
    assert institutions()[0] in institutions()
    assert ["not", "hashable"] not in institutions()


def test_patterns_that_open_with_their_first_character() -> None:
    text = "xVeilig Thuis -Veilig Thuis Veilig Thuis\n(Veilig Thuis) veilig thuis"
    entry = next(e for e in org_entries() if e.regex.pattern.startswith("[Vv]"))
    old = re.compile(r"(?<![\w-])" + entry.regex.pattern.replace(r"(?<![\w-][Vv])", "", 1))
    assert [m.span() for m in entry.regex.finditer(text)] == [m.span() for m in old.finditer(text)]
    # the patterns as they were written before, with their lookbehind first
    before = [
        r"(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?![\d])",
        r"(?<![\w+])\+(?!31)\d{2,3}(?:[ -]?\d){6,12}(?!\d)",
        r"(?<![\w+])\(0\d{2,3}\)[ ]?\d(?:[ -]?\d){5,6}(?!\d)",
        r"(?<![\w+.])(?:0[89]00|\(0[89]00\))[ -]?\d(?:[ ]?\d){3}(?:[ -]?\d{3})?(?!\d)",
        r"(?<![\w+.,/-])0\d(?:(?:[ ]?[-.–][ ]?|[ ])?\d){8}(?![\d])",
        r"(?<![\d.,-])\d{9}(?![\d])",
        r"(?<![\d.,-])\d{4}[. ]\d{2}[. ]\d{3}(?![\d])",
        r"(?<![\d.,-])\d{3}[. ]\d{3}[. ]\d{3}(?![\d])",
        r"(?<![\w:])[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\w])",
    ]
    samples = (
        "+31 6 12345678 a+31612345678 0031 6 12345678 +44 20 7946 0958 (030) 1234567 "
        "x(030) 1234567 0800-1234 .0800-1234 (0800) 00 96 088 – 308 31 00 /088 308 31 00 "
        "123456782 1123456782 .123456782 -1234.56.782 1234 56 782 123.456.782 "
        "3811 AB, :3811 AB, a3811AB 3811AB. 1234 SA 0123 AB"
    )
    now = [*PHONE_RES, *BSN_RES, POSTCODE_RE]
    for rx, pattern in zip(now, before, strict=True):
        spans = [m.span() for m in rx.finditer(samples)]
        assert spans == [m.span() for m in re.finditer(pattern, samples)], pattern
    assert [m[0] for m in BSN_RES[0].finditer(samples)] == ["123456782"]
    assert [m[0] for m in POSTCODE_RE.finditer(samples)] == ["3811 AB", "3811AB"]
