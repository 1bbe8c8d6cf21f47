"""names-kept3: ordinary capitalised words that the guessing rules took for names, on made-up
Dutch snippets (exact spans): a credit word before the credited name, a hyphenated compound on a
dictionary word, an adjective or adverb opening a heading or sentence, a law's abbreviation and
a long dictionary compound that pass 1 would learn as a first name."""

from __future__ import annotations

from wb.dossiers.entities import _learn_from
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.ordinary_vetoes import drop_ordinary_guesses, ordinary_first_name
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    """The replaced strings of one text with their placeholders."""
    pseudo = Pseudonymiser().dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def _guess(text: str, words: str, source: str, typ: str = "ORGANISATIE") -> Mention:
    """A guessed mention of ``words`` in ``text``."""
    start = text.index(words)
    return Mention(start, start + len(words), typ, words, 5, source)


def test_a_credit_word_stays_and_the_name_after_it_is_replaced() -> None:
    text = "Alle kinderen deden mee. Foto Kwik de Kwarsma\n"
    out = drop_ordinary_guesses(text, [_guess(text, "Foto Kwik de Kwarsma", "fallback-org")])
    assert [(m.type, text[m.start : m.end], m.source) for m in out] == [
        ("KEEP", "Foto", "ordinary"),
        ("ORGANISATIE", "Kwik de Kwarsma", "fallback-org"),
    ]
    assert out[1].text == "Kwik de Kwarsma"
    text = "Geschreven door Redactie Kwakblad Kwarsdorp\n"
    out = drop_ordinary_guesses(text, [_guess(text, "Redactie Kwakblad Kwarsdorp", "fallback-org")])
    assert [(m.start, m.end, m.type) for m in out] == [(16, 24, "KEEP"), (25, 43, "ORGANISATIE")]


def test_a_credit_word_alone_or_from_a_list_is_left_to_its_rule() -> None:
    text = "Zie de Foto hieronder. Foto Kwik de Kwarsma\n"
    alone = _guess(text, "Foto", "fallback", "PERSOON")
    listed = _guess(text, "Foto Kwik de Kwarsma", "org")  # a list's or pattern's mention
    assert drop_ordinary_guesses(text, [alone, listed]) == [alone, listed]


def test_a_hyphenated_compound_on_a_dictionary_word_stays() -> None:
    text = "De bieb heeft een decemberprogramma klaar. Van Fifa-toernooien tot filmavonden.\n"
    assert _spans(text) == []
    text = "Zij las het Kwik-rapport voor.\n"
    out = drop_ordinary_guesses(text, [_guess(text, "Kwik-rapport", "fallback", "PERSOON")])
    assert [(m.start, m.end, m.type) for m in out] == [(12, 24, "KEEP")]
    text = "Ik sprak met Jansen-Kwarsma.\n"  # a double name: no lowercase dictionary word after
    guess = _guess(text, "Jansen-Kwarsma", "fallback", "PERSOON")
    assert drop_ordinary_guesses(text, [guess]) == [guess]


def test_an_adjective_or_adverb_opening_a_heading_or_sentence_stays() -> None:
    text = (
        "De leerlingen lazen voor.\n\nGroot podium\n\n"
        "De finale is in mei. Straks misschien nog meer scholen.\n"
    )
    assert _spans(text) == []


def test_a_surname_before_its_verb_or_a_first_name_before_a_particle_stays_a_name() -> None:
    assert _spans("Groot zei dat de finale in mei is.\n") == [("Groot", "[PERSOON-1]")]
    assert _spans("Koen van Kwarsten (D66): het moet anders.\n") == [
        ("Koen van Kwarsten", "[PERSOON-1]")
    ]


def test_a_law_abbreviation_in_mixed_case_stays() -> None:
    text = (
        "De tekst van artikel 1.1 van de Wkkp is duidelijk. Uit de rechtspraak volgt dat de "
        "Awir onderscheid maakt.\n"
    )
    assert _spans(text) == []


def test_a_dictionary_compound_is_learned_as_no_first_name() -> None:
    assert ordinary_first_name("Scheidingsloket")
    assert not ordinary_first_name("Rozemarijn")  # a listed first name that is also a word
    assert not ordinary_first_name("Anne")
    learned = Learned()
    mention = Mention(0, 23, "PERSOON", "Scheidingsloket Kwadrom", 3, "learned-surname")
    mention.first, mention.surname = "Scheidingsloket", "kwadrom"
    _learn_from(mention, learned)
    assert learned.first_names == set()
    assert learned.surnames == {"Kwadrom"}
