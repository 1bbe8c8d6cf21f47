"""Labels beyond the lexicon and other forms of known terms (issue 11 §1, labels17): a denied
capability ("een onopvoedbaar kind"), a party in a dispute as a parent ("de ruziënde partijen"),
"niet-" + adjective as its on- form, a degree before an adjective, the split "spreekt ... kwaad
over", "to parentify", "tussen twee vuren", "overheersend". Written sentences, not evaluation
texts."""

from __future__ import annotations

import pytest
from label_finders import described, label_finder
from label_finders import hits as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het is een onopvoedbaar kind.", ["onopvoedbaar kind"]),
        ("Mijn broer was een moeilijk opvoedbaar kind.", ["moeilijk opvoedbaar kind"]),
        ("Haar zoon was altijd al onhandelbaar.", ["onhandelbaar"]),
        ("Vader is nauwelijks aanspreekbaar.", ["nauwelijks aanspreekbaar"]),
        ("Zij vond dat het meisje onopvoedbaar was.", ["onopvoedbaar"]),
        # guards: a capability that holds, a thing, a degree of something else
        ("Het kind is goed opvoedbaar.", []),
        ("Het huis is onbetaalbaar.", []),
        ("Ouders met een slecht bereikbare moeder.", []),
        # a degree before an adjective grades it: no judgement of the mother
        ("Moeder is slecht bereikbaar.", []),
        ("Moeder is slecht.", ["slecht"]),
        # "niet-" + adjective as its on- form (onwelwillend)
        ("Het gaat om een niet-welwillende ouder.", ["niet-welwillende ouder"]),
        # a party in a text about parents
        (
            "Ouders die scheiden, zijn soms ruziënde partijen.",
            ["ruziënde partijen"],
        ),
        (
            "De vader wil de omgang regelen. Eén niet-welwillende partij kan dat blokkeren.",
            ["niet-welwillende partij"],
        ),
        # conduct with a judging participle, tied to a person; a damaged child; "-gestoord"
        (
            "Het hof kent het grensoverschrijdende gedrag van de vader.",
            ["grensoverschrijdende gedrag"],
        ),
        # labels35: behaviour judged by an evaluative adjective counts without a tie too (the
        # tune rounds annotate "Lastig gedrag", "storend gedrag"); here also a lexicon term
        ("Grensoverschrijdend gedrag komt vaak voor.", ["Grensoverschrijdend gedrag"]),
        ("Het beschadigde kind zat in de klas.", ["beschadigde kind"]),
        ("De beschadigde auto stond voor de deur.", []),
        (
            "Een fundamenteel relatiegestoord kind leidt een moeilijk leven.",
            ["relatiegestoord kind"],
        ),
        # not a party without parents near it, nor a political one
        ("De ruziënde partijen kwamen niet tot elkaar.", []),
        ("De ouders zagen hoe de politieke partijen ruziënde partijen werden.", []),
    ],
)
def test_descriptions(text: str, expected: list[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vader spreekt kwaad over moeder.",
            [(6, 24, "spreekt kwaad over", "tegen de ander opzetten", "asserted")],
        ),
        (
            "Moeder sprak altijd kwaad van vader.",
            [(7, 29, "sprak altijd kwaad van", "tegen de ander opzetten", "asserted")],
        ),
        # a denied capability is found and read as denied (a lexicon term since lexicon2)
        (
            "Het kind is niet onopvoedbaar.",
            [(17, 29, "onopvoedbaar", "moeilijk opvoedbaar", "negated")],
        ),
        # "kwaad" as angry is no label
        ("Hij werd kwaad over de uitspraak.", []),
        (
            "Het kind zit tussen twee vuren.",
            [(13, 30, "tussen twee vuren", "klem zitten", "asserted")],
        ),
        (
            "De moeder gaat haar dochter parentify.",
            [(28, 37, "parentify", "parentificatie", "asserted")],
        ),
        (
            "Vader is overheersend.",
            [(9, 21, "overheersend", "dominant", "asserted")],
        ),
        (
            "Vader toont weinig empathie voor het kind.",
            [(12, 27, "weinig empathie", "gebrek aan empathie", "asserted")],
        ),
    ],
)
def test_lexicon_forms(text: str, expected: list[tuple]) -> None:
    assert found(label_finder(), text) == expected


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zij" goes on about the kind of people the previous sentence opened with: discussed
        (
            "Narcisten zijn vaak charmant. Zij handelen overheersend.",
            [(43, 55, "overheersend", "dominant", "discussed")],
        ),
        # a particular mother: the author applies the term
        (
            "De moeder is vaak charmant. Zij handelt overheersend.",
            [(40, 52, "overheersend", "dominant", "asserted")],
        ),
    ],
)
def test_a_kind_continued_is_discussed(
    voice_model: str | None, text: str, expected: list[tuple]
) -> None:
    hits = found(label_finder(voice_model), text)
    assert [h for h in hits if h[3] == "dominant"] == expected


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "een X ... kan": what such a thing may do, of no one in particular
        (
            "Er wordt gekeken naar het effect dat een vechtscheiding op kinderen kan hebben.",
            [(41, 55, "vechtscheiding", "vechtscheiding", "discussed")],
        ),
        ("Een narcist kan heel charmant zijn.", [(4, 11, "narcist", "narcistisch", "discussed")]),
        # a particular parent, a relative clause, a coordinated clause: the rules go on
        (
            "Vader is in een vechtscheiding beland die jaren kan duren.",
            [(16, 30, "vechtscheiding", "vechtscheiding", "asserted")],
        ),
        (
            "Vader zit in een vechtscheiding en kan niet verder.",
            [(17, 31, "vechtscheiding", "vechtscheiding", "asserted")],
        ),
    ],
)
def test_an_indefinite_term_with_a_modal_is_discussed(
    voice_model: str | None, text: str, expected: list[tuple]
) -> None:
    assert found(label_finder(voice_model), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description whose head is a person noun is the author's judgement of that group
        (
            "De Rijksoverheid heeft boze en getraumatiseerde ouders gewoon genegeerd.",
            [(23, 54, "boze en getraumatiseerde ouders", "negatieve typering", "asserted")],
        ),
        (
            "Boze pappa's lijken de ombudsman te hebben gevonden.",
            [(0, 12, "Boze pappa's", "negatieve typering", "asserted")],
        ),
        # the guard's other cues still count: a sentence about people in general
        (
            "Alle mensen kennen wel een boze moeder.",
            [(27, 38, "boze moeder", "negatieve typering", "asserted")],
        ),
    ],
)
def test_a_description_aimed_at_a_person_keeps_asserted(text: str, expected: list[tuple]) -> None:
    assert found(label_finder(), text) == expected


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the type of person on a general page: "de X ouder" in the present, no one named; a
        # description right after it in its clause describes that type too
        (
            "De verstotende ouder ondermijnt de band met de andere ouder.",
            [
                (3, 20, "verstotende ouder", "ouderverstoting", "discussed"),
                (21, 31, "ondermijnt", "negatieve typering", "discussed"),
            ],
        ),
        # the author's own ex: first person
        (
            "Mijn ex is de verstotende ouder. Zij ondermijnt de band met de kinderen.",
            [
                (14, 31, "verstotende ouder", "ouderverstoting", "asserted"),
                (37, 47, "ondermijnt", "negatieve typering", "asserted"),
            ],
        ),
    ],
)
def test_a_generic_definite_type_is_discussed(
    voice_model: str | None, text: str, expected: list[tuple]
) -> None:
    assert found(label_finder(voice_model), text) == expected
