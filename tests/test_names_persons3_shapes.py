"""names-persons3 (persons missed at first measurement, rounds 4-46): at a sentence start, the
capitalised word before a bare surname with an age in brackets after it is the first name, also
when the dictionary knows it as an ordinary word ("Pasje Kwartel-Rijp (65) zat hier"); a listed
first name with an age keeps its own span, and a stop word or role at the sentence start stays
out. Made-up names only."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_dictionary_word_before_an_aged_double_surname_is_the_first_name():
    text = "De club zit in de school. Pasje Kwartelmaker-Rijpstra (65) zat hier vroeger zelf."
    assert _replaced(text) == [(26, 53, "Pasje Kwartelmaker-Rijpstra", "[PERSOON-1]")]


def test_the_first_name_joins_after_a_sentence_end_and_the_surname_later_is_the_same_person():
    text = "Het begint. Mosje Kwartelmaker (41) opent de dag. Later lacht Kwartelmaker om de vraag."
    assert _replaced(text) == [
        (12, 30, "Mosje Kwartelmaker", "[PERSOON-1]"),
        (62, 74, "Kwartelmaker", "[PERSOON-1]"),
    ]


def test_an_age_with_its_unit_counts_too():
    text = "Wat een dag! Mosje Kwartelmaker (41 jaar) opent."
    assert _replaced(text) == [(13, 31, "Mosje Kwartelmaker", "[PERSOON-1]")]


def test_a_listed_first_name_with_an_age_stays_alone():
    # "Broertje Jan (8)": a listed first name and its age; the word before it is no first name
    text = "Op school. Broertje Jan (8) zat hier."
    assert _replaced(text) == [(20, 23, "Jan", "[PERSOON-1]")]


def test_a_role_before_an_aged_surname_stays_out():
    text = "Het werk gaat door. Wethouder Kwartelmaker (58) zat hier."
    assert _replaced(text) == [(30, 42, "Kwartelmaker", "[PERSOON-1]")]
