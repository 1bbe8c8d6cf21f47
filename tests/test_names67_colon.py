"""names67: a capitalised word right after an article before a colon ends a name ("Stichting De
Kwakertrein: ...", "over De Knutselhoek: ..."), it is no field label that cuts the name; a label
after a name without an article ("GGD Amsterdam Datum inspectie:", "Bureau Kwabbeling
Toezichthouder:") is still cut off. Made-up names (real places only where one must be known)."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_foundation_named_with_an_article_before_a_colon_is_whole():
    text = (
        "Een gesprek met Stichting De Kwakertrein: “Dat is mooi voor de buurt”, zegt de voorzitter."
    )
    assert _replaced(text) == [(16, 40, "Stichting De Kwakertrein", "[ORGANISATIE-1]")]


def test_an_article_and_a_dictionary_word_before_a_colon_are_one_name():
    text = "Ouders vertellen over De Knutselhoek: ,,Ik kwam er graag.''"
    assert _replaced(text) == [(22, 36, "De Knutselhoek", "[ORGANISATIE-1]")]
    text = "Ouders vertellen over De Speelzaal: ,,Ik kwam er graag.''"
    assert _replaced(text) == [(22, 34, "De Speelzaal", "[ORGANISATIE-1]")]


def test_a_label_after_a_name_without_an_article_is_still_cut_off():
    assert _replaced("GGD Amsterdam Datum inspectie: 3 mei 2015") == [
        (0, 13, "GGD Amsterdam", "[ORGANISATIE-1]")
    ]
    assert _replaced("Bureau Kwabbeling Toezichthouder: mevrouw Jansen") == [
        (7, 17, "Kwabbeling", "[ORGANISATIE-1]"),
        (42, 48, "Jansen", "[PERSOON-1]"),
    ]
