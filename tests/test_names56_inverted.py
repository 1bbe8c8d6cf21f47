"""names56: a sentence's first word before a subject pronoun is a verb ("Kent u ..."), no name."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.fallback_names import _verb_before_pronoun


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.type) for m in detect_dossier([text])[0]]


def test_verb_of_a_question_before_u_is_no_name() -> None:
    text = "Kent u het bericht «Kinderopvang Zonnepit onder verscherpt toezicht»?"
    assert _found(text) == [(20, 41, "ORGANISATIE")]
    assert text[20:41] == "Kinderopvang Zonnepit"
    text = "Vraag 1\nKent u het bericht dat de opvang in Zwolle sluit?"
    assert _found(text) == [(44, 50, "PLAATS")]


def test_pronoun_check_reads_only_the_next_word() -> None:
    assert _verb_before_pronoun("Kent u het bericht", 4)
    assert _verb_before_pronoun("Weet je wat", 4)
    assert not _verb_before_pronoun("Kent heeft gebeld", 4)
    assert not _verb_before_pronoun("Kent, u bent", 4)


def test_a_name_before_another_word_stays_a_name() -> None:
    text = "Xiomara Kent vertelt over haar werk."
    assert _found(text) == [(0, 12, "PERSOON")]
    assert _found("Kent heeft gebeld over de brief.") == [(0, 4, "PERSOON")]
