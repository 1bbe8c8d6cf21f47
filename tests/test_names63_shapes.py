"""names63 (after round 46): a school's or child care's kind before its name stays readable
("Kindcentrum [SCHOOL-1]", "BSO [ORGANISATIE-1]"), also before an article and a dictionary word
("OBS Het Zand" with "zand" in the text); "de Brede School" is a kind; a second surname after
initials and a surname ("K. Vlem Drielsma"), a spaced-hyphen double surname before a bracket;
a Frisian sentence's first word and an article glued to a role word are no names; a first name
alone that is the surname of one person is that person; a law's abbreviation after an article
citation is kept; two words before a comma and a role are a person; a street without its suffix
after "aan de" with a house number is an address; an ordinary word after a person's name, a
comma and a lowercase role opens a department, no person. Made-up names only."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_school_or_care_kind_before_its_name_stays_readable():
    text = (
        "Gisteren vierde Kindcentrum De Zwaluw feest. Ook Montessorischool Kwakel en BSO Hoppel "
        "waren er, en de kinderen van Brede School Het Zand. Zij zitten in de Brede School (OBS "
        "Het Zand en Montessorischool Kwakel). Het zand lag op het plein."
    )
    assert _replaced(text) == [
        (28, 37, "De Zwaluw", "[SCHOOL-1]"),
        (66, 72, "Kwakel", "[SCHOOL-2]"),
        (80, 86, "Hoppel", "[ORGANISATIE-1]"),
        (129, 137, "Het Zand", "[SCHOOL-3]"),
        (174, 182, "Het Zand", "[SCHOOL-3]"),
        (203, 209, "Kwakel", "[SCHOOL-2]"),
    ]


def test_the_kind_stays_in_the_span_before_a_school_part_or_an_unknown_word():
    # "Vrijeschool Bovenbouw": the kind and a part of a school are one name; "Kindcentrum
    # Vlemmerwijk": a word no dictionary knows may be the district the centre is named by
    text = "De Vrijeschool Bovenbouw groeit en Kindcentrum Vlemmerwijk ook."
    assert _replaced(text) == [
        (3, 24, "Vrijeschool Bovenbouw", "[SCHOOL-1]"),
        (35, 58, "Kindcentrum Vlemmerwijk", "[SCHOOL-2]"),
    ]


def test_a_second_surname_after_initials_and_a_spaced_double_surname():
    text = (
        "Verweerder is verschenen in de persoon van K. Vlem Drielsma, vergezeld door P.J. Zwolle "
        "Kwarsma en bijgestaan door zijn gemachtigde (gemachtigde: mr. B.C.D. Ottink - van "
        "Vlemmix). Naam: Mevr. C.S. Moote Datum: december 2008."
    )
    assert _replaced(text) == [
        (43, 59, "K. Vlem Drielsma", "[PERSOON-1]"),
        (76, 95, "P.J. Zwolle Kwarsma", "[PERSOON-2]"),
        (150, 177, "B.C.D. Ottink - van Vlemmix", "[PERSOON-3]"),
        (192, 202, "C.S. Moote", "[PERSOON-4]"),  # "Datum:" is a label, no second surname
    ]


def test_a_frisian_sentence_and_a_glued_article_open_with_no_name():
    text = (
        "Juf Anke nam afscheid. “Dêrom bin ik ek altyd juf bleaun,” fertelt Juf Anke. “Ik tink "
        "dat ik earst rêst fine moat. It is no aanst fakânsje, mar dit bliuwt.” Xiomara vertelt "
        "het."
    )
    assert _replaced(text) == [
        (4, 8, "Anke", "[PERSOON-1]"),
        (71, 75, "Anke", "[PERSOON-1]"),
        (157, 164, "Xiomara", "[PERSOON-2]"),
    ]
    assert _replaced("De minister is er.\n\nDevoorzitter: Ik heet de minister welkom.") == []


def test_a_first_name_alone_that_is_one_persons_surname_is_that_person():
    text = (
        "Dat antwoordt wethouder Anke Roos. ‘Daar is een protocol voor nodig,’ legt Roos uit. "
        "Later schetst wethouder Roos het proces."
    )
    assert _replaced(text) == [
        (24, 33, "Anke Roos", "[PERSOON-1]"),
        (75, 79, "Roos", "[PERSOON-1]"),
        (109, 113, "Roos", "[PERSOON-1]"),
    ]
    # a daughter called Roos is someone else
    assert _replaced("Anke Roos kwam met haar dochter Roos. Roos speelde.") == [
        (0, 9, "Anke Roos", "[PERSOON-1]"),
        (32, 36, "Roos", "[PERSOON-2]"),
        (38, 42, "Roos", "[PERSOON-2]"),
    ]


def test_a_laws_abbreviation_after_an_article_citation_is_kept():
    text = (
        "Beroep op vrijstelling wegens ziekte a.b.i. art 11, aanhef en onder d, Kpw. Zie artikel "
        "8:75 Qwb en art. 5. Marga zegt dat."
    )
    assert _replaced(text) == [(108, 113, "Marga", "[PERSOON-1]")]


def test_two_words_before_a_comma_and_a_role_are_a_person():
    text = (
        "Het is iets waar Stans Vermeeren, Kinderombudsvrouw Rotterdam-Rijnmond, zich zorgen over "
        "maakt, stelt Vermeeren."
    )
    found = _replaced(text)
    assert found[0] == (17, 32, "Stans Vermeeren", "[PERSOON-1]")
    assert found[-1] == (102, 111, "Vermeeren", "[PERSOON-1]")


def test_a_street_without_its_suffix_after_aan_de_and_a_number():
    text = (
        "Na oplevering van de accommodatie aan de Kwarvlinder 20, bleek het plein te klein. We "
        "sturen aan de Kamer 2 brieven."
    )
    assert _replaced(text) == [(41, 55, "Kwarvlinder 20", "[ADRES-1]")]


def test_a_lowercase_role_after_a_persons_name_and_a_comma_opens_a_department():
    text = (
        "Dat legt Ria Vlemmix, directeur Toezicht Primair Onderwijs en Kinderopvang, uit. Ook Anna "
        "Bos, wethouder Visser was er."
    )
    assert _replaced(text) == [
        (9, 20, "Ria Vlemmix", "[PERSOON-1]"),
        (85, 93, "Anna Bos", "[PERSOON-2]"),
        (105, 111, "Visser", "[PERSOON-3]"),  # a known surname after the role stays a person
    ]
