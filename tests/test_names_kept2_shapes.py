"""names-kept2: ordinary words kept in two shapes that recur across names rounds (made-up text).

* a portfolio after a role word: "(wethouder Onderwijs)" in brackets after the alderman's name,
  and "Minister Bos (Basis- en Voortgezet Onderwijs en Media)";
* the first word of a sentence in another language (a Frisian quote): "Dêrom bin ik ...".
"""

from __future__ import annotations

from wb.dossiers.foreign_sentences import foreign_sentence
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    rows = Pseudonymiser().dossier([text])[0].replacements
    return [(text[r[0] : r[1]], r[5]) for r in rows]


def test_portfolio_in_brackets_after_alderman_stays() -> None:
    text = "Het plan is klaar, zegt Karin Vlastuin (wethouder Onderwijs): we gaan door."
    assert _spans(text) == [("Karin Vlastuin", "[PERSOON-1]")]
    text = "Volgens Anna Kwakman (wethouder Zorg) is het goed."
    assert _spans(text) == [("Anna Kwakman", "[PERSOON-1]")]


def test_alderman_surname_in_brackets_still_replaced() -> None:
    text = "Het plan is klaar, zegt Karin Vlastuin (wethouder Bakker)."
    assert _spans(text) == [("Karin Vlastuin", "[PERSOON-1]"), ("Bakker", "[PERSOON-2]")]


def test_ministers_portfolio_in_brackets_is_no_organisation() -> None:
    text = (
        "Antwoord van Minister Slobbe (Basis- en Voortgezet Onderwijs en Media), mede namens "
        "de staatssecretaris. Vragen aan de Minister voor Basis- en Voortgezet Onderwijs en "
        "Media."
    )
    assert _spans(text) == [("Slobbe", "[PERSOON-1]")]


def test_local_party_in_brackets_after_alderman_still_replaced() -> None:
    text = "Vragen van het lid Bos aan wethouder Kok (Lokaal Belang) over de jeugdzorg."
    assert _spans(text) == [
        ("Bos", "[PERSOON-1]"),
        ("Kok", "[PERSOON-2]"),
        ("Lokaal Belang", "[ORGANISATIE-1]"),
    ]


def test_first_word_of_a_frisian_sentence_stays() -> None:
    text = "Ze vertelt over vroeger. “Dêrom bin ik ek altyd thús bleaun,” zegt Sytske de Vries."
    assert _spans(text) == [("Sytske de Vries", "[PERSOON-1]")]
    text = "Ze lacht. It is no wer simmer en it waar is moai, seit se."
    assert _spans(text) == []


def test_known_first_name_opening_a_frisian_sentence_stays_a_name() -> None:
    text = "Ze lacht. Sjoukje is no wer thús en it waar is moai."
    assert _spans(text) == [("Sjoukje", "[PERSOON-1]")]


def test_unknown_name_opening_a_dutch_sentence_stays_a_name() -> None:
    text = "Ze lacht. Xiomara vertelt dat ze graag naar school gaat."
    assert _spans(text) == [("Xiomara", "[PERSOON-1]")]
    assert not foreign_sentence(text, len("Ze lacht. Xiomara"))
    assert foreign_sentence("Dêrom bin ik ek altyd thús bleaun.", len("Dêrom"))
