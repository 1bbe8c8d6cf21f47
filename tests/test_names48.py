"""names48: an unknown capitalised word at a sentence start that the text also writes in
lowercase is the text's own word, no person (bench/README.md, names48)."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.name_case_evidence import written_lowercase


def _persons(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in detect_dossier([text])[0] if m.type == "PERSOON"]


def test_written_lowercase_needs_the_word_alone():
    text = "Onderweggend werk. Het onderweggend werk; mail onderweg@x.nl"
    assert written_lowercase(text, "Onderweggend")
    assert not written_lowercase(text, "Onderweg")  # only in an e-mail address
    assert not written_lowercase("Jansen en de jansen-regel", "Jansen")  # a known name


def test_heading_word_written_in_lowercase_stays():
    text = (
        "Inleiding.\n\n3. Onderweggend Jongeren\n\n"
        "Bij het onderweggend bezoeken jongerenwerkers de jongeren."
    )
    assert _persons(text) == []


def test_heading_word_without_lowercase_use_is_still_a_name():
    text = (
        "Inleiding.\n\n3. Onderweggend Jongeren\n\n"
        "Bij dit werk bezoeken jongerenwerkers de jongeren."
    )
    assert _persons(text) == [(15, 27, "Onderweggend")]


def test_unknown_name_at_sentence_start_stays_a_name():
    text = "Xiomara vertelt over haar werk. Daarna gaat Xiomara naar huis."
    assert [p[2] for p in _persons(text)] == ["Xiomara", "Xiomara"]
