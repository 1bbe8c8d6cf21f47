"""names-firstnames: first names from a general public list (nam_dict.txt), on snippets written
here (made-up surnames), and the guards on which names were left out."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.entity_data import first_names, is_stop_word
from wb.lang import resource
from wb.nlp import lexicon

MARK = "(names-firstnames, 2026-12-06)"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def _added() -> list[str]:
    """The names of the block added from nam_dict.txt (after its header)."""
    text = resource("first_names.txt").read_text(encoding="utf-8")
    block = text[text.index(MARK) :]
    return [w for line in block.splitlines()[1:] if line[:1] not in "#[" for w in line.split()]


def test_a_listed_first_name_makes_the_next_unknown_word_a_surname() -> None:
    text = "Het stuk werd gelezen door Folkert Dijkhorst en besproken."
    assert _found(text) == [("Folkert Dijkhorst", "PERSOON")]


def test_a_listed_first_name_before_a_comma_and_a_place() -> None:
    text = "Bijdrage van Mathé Kruisland, Eindhoven."
    assert _found(text) == [("Mathé Kruisland", "PERSOON"), ("Eindhoven", "PLAATS")]


def test_a_listed_first_name_is_found_again_alone() -> None:
    text = "Rinze Wolderink schreef het verslag. Rinze was tevreden."
    assert _found(text) == [("Rinze Wolderink", "PERSOON"), ("Rinze", "PERSOON")]


def test_a_function_word_that_is_also_a_first_name_stays_out() -> None:
    assert _found("Elke Nederlander kent dat gevoel.") == []
    assert "Elke" not in first_names()


def test_the_added_block_is_general_and_leaves_out_words() -> None:
    added = _added()
    assert len(added) == 508
    assert len(set(added)) == len(added)
    caps = lexicon.read_caps(lexicon.CAPS_FILE)
    lex = lexicon.get_lexicon()
    ordinary = [n for n in added if lex.is_known(n.lower()) and caps.get(n.lower()) != "N"]
    assert ordinary == []
    assert [n for n in added if is_stop_word(n) or len(n) <= 2 or "-" in n] == []
    for word in ("Toon", "Leen", "Riet", "Joke", "Tea", "Trees", "Will"):
        assert word not in first_names()
    for name in ("Geert", "Douwe", "Folkert", "Aysel", "Hikmet", "Hisham"):
        assert name in first_names()
