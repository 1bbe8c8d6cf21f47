"""names64 (after round 47): a double surname written with a non-breaking hyphen (U+2011) is one
name, as with "-"; a capitalised "Van" after a surname's hyphen opens its second part ("Kols-Van
Dreel"); a law's abbreviation defined in brackets after its name, or after a list of article
numbers, is kept; "van" + a ministry or dictionary word after a minister's or alderman's name is
the portfolio, not the surname. Made-up names."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_non_breaking_hyphen_joins_a_double_surname():
    text = (
        "Op school kregen juffen Mira Kols\u2011Van Dreel en Janne Pols\u2011Hemmers een afscheid."
    )
    assert _replaced(text) == [
        (24, 43, "Mira Kols\u2011Van Dreel", "[PERSOON-1]"),
        (47, 65, "Janne Pols\u2011Hemmers", "[PERSOON-2]"),
    ]


def test_a_capitalised_van_after_a_hyphen_opens_the_second_surname():
    text = "Juf Mira Kols-Van Dreel kwam, en mevrouw Pols-Van der Wiel ook."
    assert _replaced(text) == [
        (4, 23, "Mira Kols-Van Dreel", "[PERSOON-1]"),
        (41, 58, "Pols-Van der Wiel", "[PERSOON-2]"),
    ]


def test_a_law_abbreviation_defined_in_brackets_or_after_article_numbers_is_kept():
    text = (
        "Overtreding Kinderopvangwet 2004 (Kow). Geen vrijstelling. (Artikelen 2, 5, 6 en 8 Kow). "
        "Zie ook de artikelen 3 en 4 Xbw. Marga kwam."
    )
    assert _replaced(text) == [(122, 127, "Marga", "[PERSOON-1]")]


def test_a_portfolio_after_a_ministers_name_is_no_surname():
    text = (
        "Staatssecretaris Marieke Paul van Onderwijs schreef, en wethouder Anna Paul van Dam "
        "antwoordde. Ook minister Jan van Dijk las het."
    )
    assert _replaced(text) == [
        (17, 29, "Marieke Paul", "[PERSOON-1]"),
        (66, 83, "Anna Paul van Dam", "[PERSOON-2]"),
        (109, 121, "Jan van Dijk", "[PERSOON-3]"),
    ]
