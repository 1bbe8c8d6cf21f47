"""names35: authors in references whose surname is an ordinary word; ordinary compounds."""

from wb.dossiers.entities import detect


def _persons(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in detect(text) if m.type == "PERSOON"]


def test_particle_author_in_bracketed_reference():
    text = "Dat zagen we vaker (Bos & Kuiper, 2013; ter Braak, 2019). Daarna niet meer."
    assert _persons(text) == [(20, 23, "Bos"), (26, 32, "Kuiper"), (40, 49, "ter Braak")]


def test_particle_author_after_volgens_with_year_in_brackets():
    text = "Volgens ter Braak (2019) is dat zo."
    assert _persons(text) == [(8, 17, "ter Braak")]


def test_preposition_before_a_place_is_no_author():
    text = "Cijfers over jeugdzorg (in Nederland, 2019) zijn er."
    assert _persons(text) == []


def test_inverted_bibliography_name_with_trailing_particle():
    text = "Auteur(s): Braak, M.J. ter, Geurts, T."
    # names50: the whole inverted name, initials and particle too (annotation policy of round 36)
    assert _persons(text) == [(11, 26, "Braak, M.J. ter"), (28, 38, "Geurts, T.")]


def test_hyphenated_compound_of_ordinary_words_is_no_person():
    text = "De Praktijkondersteuner Huisarts-Jeugd Een verkennende studie"
    assert _persons(text) == []


def test_double_surname_of_listed_surnames_stays_a_person():
    text = "Gisteren belde Kuiper-Bakker nog."
    assert _persons(text) == [(15, 28, "Kuiper-Bakker")]
