"""names68 (themes round 13): a name of two capitalised words before ", " and a professional
role word is a person, also at a sentence start and when the dictionary knows both words; at a
sentence start, a capitalised word that is no dictionary word before a common surname is the
person's first name. Made-up names."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_two_dictionary_words_before_a_comma_and_minister_at_a_sentence_start():
    text = (
        "Voor de kinderen is het belangrijk. Kaas Molenwiek, minister voor Rechtsbescherming, "
        "belooft beterschap."
    )
    assert _replaced(text) == [(36, 50, "Kaas Molenwiek", "[PERSOON-1]")]


def test_a_dictionary_first_name_before_a_known_surname_and_a_role_joins_the_name():
    text = "Dat is lastig. Kaas Jansen, wethouder van Jeugdzaken, wil meer geld."
    assert _replaced(text) == [(15, 26, "Kaas Jansen", "[PERSOON-1]")]


def test_the_apposition_inside_a_sentence():
    text = "Het is belangrijk volgens Kaas Molenwiek, directeur van de school."
    assert _replaced(text) == [(26, 40, "Kaas Molenwiek", "[PERSOON-1]")]


def test_a_stop_word_before_a_surname_and_a_role_is_no_part_of_the_name():
    text = "Het is belangrijk. Volgens Jansen, wethouder van Jeugdzaken, komt er geld."
    assert _replaced(text) == [(27, 33, "Jansen", "[PERSOON-1]")]


def test_an_unknown_word_before_a_common_surname_at_a_sentence_start_is_the_first_name():
    text = "Het is belangrijk. Stormwiek Jansen belooft beterschap."
    assert _replaced(text) == [(19, 35, "Stormwiek Jansen", "[PERSOON-1]")]


def test_a_compound_on_a_word_for_a_person_before_a_surname_is_her_role():
    text = "Het is belangrijk. Jeugdarts Jansen belooft beterschap."
    assert _replaced(text) == [(29, 35, "Jansen", "[PERSOON-1]")]
