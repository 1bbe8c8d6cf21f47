"""labels40 (issue 11 §1, after round 32): voices of terms talked about and a lexicon term in
scare quotes. A straight double quote before a line break closes a column printed as one
quote; a noun that names a person by a judgement ("pestkop", "pester") names a type (policy
7/9), also as the subject of a second clause after a verb and "en"; a quoted term a colon
glosses with a noun and a relative clause is discussed, also under a labelling frame; a scare
quote around the first or last word of a lexicon term does not break the match, but a quote
the term only ends in does. Written sentences, not evaluation texts; every expected hit or
voice differs on main d1cc241."""

from __future__ import annotations

import pytest
from label_finders import voiced_spans

from wb.dossiers.label_matching import scare_quotes_fit
from wb.dossiers.voice_text import quote_spans

COLUMN = (
    'Lezerscolumn\n\nAnne: "Mijn zoon werd gepest.\n\nTussenkop\n\n'
    'Die twee pestkoppen wachtten hem elke dag op.\n\nNu gaat het beter."\n'
)


def test_straight_quote_before_a_line_break_closes() -> None:
    assert quote_spans(COLUMN) == [(21, 121)]
    assert quote_spans('Hij zei: "Nee." En toen "ja".') == [(10, 14), (25, 27)]


def test_column_printed_as_one_quote() -> None:
    assert voiced_spans(COLUMN) == [
        (36, 42, "gepest", "attributed"),
        (65, 75, "pestkoppen", "attributed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judging person noun as the bare plural subject of a second clause (the rules'
        # voice; on main the rules said asserted)
        (
            "Ruzie mag niet worden weggewuifd en pestkoppen moeten door de ouders worden"
            " aangesproken.",
            [(36, 46, "pestkoppen", "discussed")],
        ),
        # "de pester" of a generic procedure, in an inverted second clause after a reported
        # speaker (main: attributed)
        (
            "Volgens de juf volgt eerst een gesprek en bij de tweede keer wordt de pester naar"
            " huis gestuurd.",
            [(70, 76, "pester", "discussed")],
        ),
        # coordinated adjectives of one phrase are no second clause: the group stays asserted
        # (labels-aimed: "eigenwijs" is a judging adjective of person_judging_adjectives.txt, and
        # "drukke" comes with it as a conjunct)
        (
            "Een klas vol drukke, eigenwijze en soms brutale kinderen is niet altijd makkelijk.",
            [
                (13, 19, "drukke", "asserted"),
                (21, 31, "eigenwijze", "asserted"),
                (40, 56, "brutale kinderen", "asserted"),
            ],
        ),
    ],
)
def test_judged_person_nouns_name_a_type(text: str, expected: list[tuple]) -> None:
    assert voiced_spans(text, "rules") == expected
    assert voiced_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted term glossed after a colon: discussed, though "noemen" frames it
        (
            "Ze noemen ze 'tijgermoeders': mama's die het beste uit hun kinderen willen halen.",
            [(14, 27, "tijgermoeders", "discussed")],
        ),
        # a colon followed by a clause about a person is no gloss: the frame's attributed
        (
            "Hij noemde haar 'narcistisch': ze zou alles bepalen.",
            [(17, 28, "narcistisch", "attributed")],
        ),
    ],
)
def test_quoted_gloss(text: str, expected: list[tuple]) -> None:
    assert voiced_spans(text) == expected


def test_scare_quoted_word_of_a_lexicon_term() -> None:
    text = "Het boek gaat over een ‘ontaarde’ moeder en haar kinderen."
    assert voiced_spans(text) == [(24, 40, "ontaarde’ moeder", "discussed")]


@pytest.mark.parametrize(
    ("text", "start", "end", "fits"),
    [
        ("een ‘ontaarde’ moeder", 5, 21, True),
        ("een ontaarde ‘moeder’", 4, 20, True),
        ("het ‘moeten kiezen’ tussen ouders", 12, 33, False),
        ("een ontaarde moeder", 4, 19, True),
    ],
)
def test_scare_quotes_fit(text: str, start: int, end: int, fits: bool) -> None:
    assert scare_quotes_fit(text, start, end) is fits
