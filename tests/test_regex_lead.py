"""lead_first: an opening lookbehind moved behind the first character, the same matches."""

import re

from wb.dossiers.regex_lead import lead_first


def test_class_after_two_lookbehinds():
    pattern = r"(?<![\w-])(?<![\w'-]')[A-Z][a-z]+"
    assert lead_first(pattern) == r"[A-Z](?<!(?:[\w-])[A-Z])(?<!(?:[\w'-]')[A-Z])[a-z]+"
    text = "Jan, 'Bos' en x-Piet of a'Kees, Anna"
    old = [m.span() for m in re.finditer(pattern, text)]
    assert old == [(0, 3), (6, 9), (32, 36)]  # not "x-Piet" nor "a'Kees"
    assert [m.span() for m in re.finditer(lead_first(pattern), text)] == old


def test_named_group_and_literal():
    assert lead_first(r"(?<![\w-])(?P<n>[A-Z]\w+)") == r"(?P<n>[A-Z](?<!(?:[\w-])[A-Z])\w+)"
    assert lead_first(r"(?<=[a-z])Van[ ]") == r"V(?<=(?:[a-z])V)an[ ]"
    assert re.compile(lead_first(r"(?<![\w-])de")).match("de", 0)  # at the text's start


def test_left_alone():
    for pattern in (
        r"(?<![\w-])(?:van|de)[ ]",  # alternatives: each opens differently
        r"(?<![\w-])[A-Z]?x",  # an optional first character
        r"(?<![\w-])(?i:de)",  # a flag group
        r"(?<!(a))b",  # a group inside the lookbehind
        r"[A-Z](?<![\w-][A-Z])x",  # no opening lookbehind
        r"(?<![\w-])\bx",  # a zero-width escape first
        r"(?<![\w-]) x",  # a space first (ignored under re.VERBOSE)
    ):
        assert lead_first(pattern) == pattern
