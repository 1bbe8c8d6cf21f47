"""labels39 (issue 11 §1, after round 31): detection of descriptions aimed at a person and of
other judging. A compound person noun as a verb's subject ("Mijn kleinzoon werd gepest"); nouns
that name a person by a judgement, also as the first part of a compound ("etterouders") and as
a plural the tagger reads as a name after a colon and a quote; "er niet in slagen" + a task
like "niet in staat"; a lack of capability in a verb-final clause and "niet over voldoende";
the idiom "wraak nemen op"; "over-" + a subjective, not positive adjective; verbs of
complaining, also after a finite modal and with a name's genitive before the subject; the part
of a separable verb written apart ("tekort schiet"); an evaluative participle predicated of a
person with "zijn". Written sentences, not evaluation texts; every expected hit is missing on
main 9811bb8. Spans and labels only: the voices are another branch's (voice15)."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

TYPING = "negatieve typering"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound with a person head is a person subject of an act verb
        ("Mijn kleinzoon werd op school gepest.", [(30, 36, "gepest")]),
        ("Mijn kleinzoon werd niet gepest.", []),
        # nouns that name a person by a judgement
        ("Die dwingeland eist thuis alles op.", [(4, 14, "dwingeland")]),
        ("De pesters wachtten hem op bij het hek.", [(3, 10, "pesters")]),
        ("Haar klasgenoten vonden haar een loser.", [(33, 38, "loser")]),
        # such a noun as the first part of a compound with a person head
        ("Langs de lijn stonden weer de etterouders te roepen.", [(30, 41, "etterouders")]),
        ("Het was een heksenketel in de zaal.", []),
        # a plural the tagger reads as a name where a quote opens after a colon
        ("Een ouder zei: „Pestkoppen horen niet op het veld.”", [(16, 26, "Pestkoppen")]),
    ],
)
def test_persons_and_person_nouns(text: str, expected: list[tuple]) -> None:
    found = hits(label_finder(), text)
    assert [(h[0], h[1], h[2]) for h in found] == expected
    assert all(h[3] == TYPING for h in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "er niet in slagen" + a task of parenting, like "niet in staat"
        (
            "Het rapport zegt dat de ouders er niet in slagen om de kinderen rust te bieden.",
            [(34, 78, "niet in slagen om de kinderen rust te bieden")],
        ),
        # a coordinated complement: the task is in its second infinitive
        (
            "Als vader er niet in slaagt om zich te beheersen en het goede voorbeeld te geven,"
            " grijpt de club in.",
            [(13, 80, "niet in slaagt om zich te beheersen en het goede voorbeeld te geven")],
        ),
        # no task: none
        ("Hij slaagde er niet in om op tijd te komen.", []),
        # the main-clause order, a label since the synthetic D1-02 is annotated (labels41)
        (
            "De ouders slagen er niet in de kinderen buiten hun strijd te houden.",
            [(20, 67, "niet in de kinderen buiten hun strijd te houden")],
        ),
        # a lack of capability in a verb-final clause, a phrase between commas skipped
        (
            "Uit het onderzoek blijkt dat de vader, ondanks alle hulp, onvoldoende pedagogische"
            " vaardigheden heeft.",
            [(58, 95, "onvoldoende pedagogische vaardigheden")],
        ),
        # "beschikt ... niet over voldoende" + a capability noun
        (
            "Moeder beschikt, ook nu, niet over voldoende pedagogische vaardigheden.",
            [(25, 70, "niet over voldoende pedagogische vaardigheden")],
        ),
        ("Ik weet dat het huis onvoldoende ruimte heeft.", []),
        ("De school beschikt niet over voldoende vaardigheden.", []),
    ],
)
def test_capacity_and_lack(text: str, expected: list[tuple]) -> None:
    found = hits(label_finder(), text)
    assert [(h[0], h[1], h[2]) for h in found] == expected
    assert all(h[3] == TYPING for h in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the idiom "wraak nemen op" with a person subject
        ("Haar ex neemt wraak op haar via de kinderen.", [(8, 22, "neemt wraak op")]),
        ("De ploeg nam wraak op de tegenstander.", []),
        # not across a sentence
        ("Ze neemt wraak. Op hem.", []),
        # verbs of complaining with a person subject, also after a finite modal
        ("Mijn dochter zeurt de hele dag.", [(13, 18, "zeurt")]),
        ("Jans moeder kan gaan mekkeren over het cijfer.", [(21, 29, "mekkeren")]),
        ("Hij zegt dat zijn dochter niet zo moet zeuren.", []),
        # the part of a separable judging verb written apart or tagged as a noun
        ("Ze is bang dat ze bij haar zoon tekort schiet.", [(32, 45, "tekort schiet")]),
        ("Vader schiet tekort in de zorg.", [(6, 19, "schiet tekort")]),
        ("Het budget schiet tekort.", []),
    ],
)
def test_judging_verbs(text: str, expected: list[tuple]) -> None:
    found = hits(label_finder(), text)
    assert [(h[0], h[1], h[2]) for h in found] == expected
    assert all(h[3] == TYPING for h in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over-" + a subjective, not positive adjective
        ("Er stonden overfanatieke vaders langs de lijn.", [(11, 31, "overfanatieke vaders")]),
        ("Mijn moeder is overgevoelig.", [(15, 27, "overgevoelig")]),
        ("De overleden vader liet een brief na.", []),
        ("Het was overduidelijk wat hij bedoelde.", []),
        # an evaluative participle predicated of a person with "zijn"
        ("De kinderen zijn ernstig beschadigd.", [(17, 35, "ernstig beschadigd")]),
        (
            "De hulp komt te laat, waardoor de kinderen ernstig zijn beschadigd.",
            [(43, 66, "ernstig zijn beschadigd")],
        ),
        ("De band tussen haar en haar vader is onherstelbaar beschadigd.", []),
        ("Het kind is niet beschadigd.", []),
        ("Ze zorgt dat het kind niet beschadigd wordt.", []),
    ],
)
def test_judging_adjectives(text: str, expected: list[tuple]) -> None:
    found = hits(label_finder(), text)
    assert [(h[0], h[1], h[2]) for h in found] == expected
    assert all(h[3] == TYPING for h in found)


def test_excess_adjectives() -> None:
    """The "over-" forms leave out participles, short bases and words of excess themselves."""
    from wb.dossiers.descriptions import excess_adjectives

    words = excess_adjectives()
    assert {"overgevoelig", "overfanatiek"} <= words
    assert not {"overgelaten", "overbelastend", "overleed", "overmatig"} & words
