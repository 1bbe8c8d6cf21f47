"""Labelling frames and other shapes after round 16 (issue 11 §1, labels18): a term put on a
person by a labelling verb or noun ("staat beschreven als X", "het etiket 'X'", "Ik noem het X,
Y of Z") is a label whatever the term, with the frame's voice. Written sentences, not evaluation
texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def spans(text: str, voice_model: str | None = None) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default (or rules) finder in text."""
    return found(label_finder(voice_model), text)


@pytest.mark.parametrize("model", [None, "rules"])
def test_verb_frame_puts_a_label_on_a_parent(model: str | None) -> None:
    text = "In het rapport staat de moeder beschreven als gokker, terwijl niemand dat zag."
    assert spans(text, model) == [(46, 52, "gokker", "etiket (kader)", "attributed")]


def test_verb_frame_with_separable_verb_and_article() -> None:
    text = "De school zet hem weg als een onhandige dromer."
    assert spans(text) == [(30, 46, "onhandige dromer", "etiket (kader)", "attributed")]


def test_verb_frame_at_the_end_of_a_clause() -> None:
    text = "Zij vertelt dat haar zoon als dromer werd bestempeld."
    assert spans(text) == [(30, 36, "dromer", "etiket (kader)", "attributed")]


def test_noun_frame_with_quoted_terms_and_a_list() -> None:
    # "naïef" is an evaluative adjective: the description pattern has it first, the frame voices it
    text = "Ouders krijgen in verslagen kwalificaties als 'wereldvreemd' of 'naïef'."
    assert spans(text) == [
        (47, 59, "wereldvreemd", "etiket (kader)", "attributed"),
        (65, 70, "naïef", "negatieve typering", "attributed"),
    ]


def test_noun_frame_sets_the_voice_of_a_lexicon_term() -> None:
    text = "De hulpverlener heeft de moeder het etiket ‘narcist’ opgeplakt."
    assert [(h[2], h[4]) for h in spans(text)] == [("narcist", "attributed")]


def test_naming_frame_first_person_is_asserted_outside_a_quote() -> None:
    text = "Ik noem het ontvoering, oplichting of diefstal."
    assert spans(text) == [
        (12, 22, "ontvoering", "etiket (kader)", "asserted"),
        (24, 34, "oplichting", "etiket (kader)", "asserted"),
        (38, 46, "diefstal", "etiket (kader)", "asserted"),
    ]


def test_naming_frame_quoted_term_before_the_verb() -> None:
    text = "Ik heb hem ooit ‘kleine generaal’ genoemd."
    assert spans(text) == [(17, 32, "kleine generaal", "etiket (kader)", "asserted")]
    quoted = "Els zegt: ‘Ik heb hem ooit ‘kleine generaal’ genoemd. Daar schaam ik me voor.’"
    assert [(h[2], h[4]) for h in spans(quoted)] == [("kleine generaal", "attributed")]


@pytest.mark.parametrize(
    "text",
    [
        "De situatie wordt beschreven als zorgelijk.",  # no person in the sentence
        "Ik noem het probleem niet.",  # "het" as an article, no list: no term
        "Zij noemt hem Jan.",  # a name
        "Het rapport beschrijft hem als vader van twee kinderen.",  # a bare person noun
        # a labelling noun after "een" gives an example of a term, talked about
        "Een stempel als 'wereldvreemd' blijft aan een moeder kleven.",
    ],
)
def test_no_frame(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vader heeft onvoldoende sociale vaardigheden om het kind te begeleiden.",
            [(12, 44, "onvoldoende sociale vaardigheden", "negatieve typering", "asserted")],
        ),
        (
            "Daarnaast heeft moeder weinig reflectievermogen.",
            [(23, 47, "weinig reflectievermogen", "negatieve typering", "asserted")],
        ),
        # not a person, wealth, no "hebben" with a person
        ("Het huis heeft onvoldoende ruimte.", []),
        ("Vader heeft geen vermogen.", []),
        ("De rechter heeft geen inzicht gekregen in de stukken.", []),
    ],
)
def test_lacking_capability_of_a_person(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("model", [None, "rules"])
def test_alleged_term_is_attributed(model: str | None) -> None:
    text = "Bij elk gesprek ging het over haar vermeende narcisme."
    assert [(h[2], h[4]) for h in spans(text, model)] == [("narcisme", "attributed")]


def test_describing_verb_needs_a_bare_noun_or_a_judging_word() -> None:
    assert spans("Moeder beschrijft Noah als een gevoelige jongen die veel nadenkt.") == []
    text = "Zij wordt in het rapport omschreven als een manipulatieve moeder."
    assert [(h[2], h[4]) for h in spans(text)] == [("manipulatieve", "attributed")]


STORY = (
    "Het verhaal van Kees\n\n"
    "Kees (41) ziet zijn zoon al twee jaar niet.\n\n"
    "‘Mijn ex wilde scheiden en regelde alles zelf. Ik stond op straat.\n\n"
    "Daarna kwam de rechtszaak. Ik heb alles gedaan wat de rechter vroeg.\n\n"
    "Nu zie ik hem nooit meer. Mijn moeder belt hem soms nog.\n\n"
    "Ze werkt niet mee aan een omgangsregeling. Ze is zo manipulatief.\n"
)


@pytest.mark.parametrize("model", [None, "rules"])
def test_story_printed_as_one_unclosed_quote_is_attributed(model: str | None) -> None:
    assert [(h[2], h[4]) for h in spans(STORY, model)] == [
        ("werkt niet mee", "attributed"),
        ("manipulatief", "attributed"),
    ]


def test_story_without_the_opening_quote_is_the_authors_own() -> None:
    plain = STORY.replace("‘", "")
    assert [(h[2], h[4]) for h in spans(plain, "rules")] == [
        ("werkt niet mee", "asserted"),
        ("manipulatief", "asserted"),
    ]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Je zou verwachten dat vader narcistisch is. Maar dat is helemaal niet het geval.",
            [("narcistisch", "negated")],
        ),
        (
            "Zij wilde bewijzen dat haar narcisme nooit bestaan heeft.",
            [("narcisme", "negated")],
        ),
        # a following sentence that says more than the denial keeps the term applied
        (
            "Vader is narcistisch. Dat is niet het geval bij moeder.",
            [("narcistisch", "asserted")],
        ),
    ],
)
def test_denied_by_the_next_sentence_or_by_existence(
    model: str | None, text: str, expected: list
) -> None:
    assert [(h[2], h[4]) for h in spans(text, model)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het is geen onwil van de ouders.", [("onwil", "onwil", "negated")]),
        ("Afhaken is zelden onwil.", [("onwil", "onwil", "negated")]),
        ("De vader is verslaafd aan alcohol.", [("verslaafd", "verslaafd", "asserted")]),
        (
            "Zij zet de andere ouder buitenspel.",
            [
                ("zet de andere ouder buitenspel", "buitensluiten van een ouder", "asserted"),
            ],
        ),
        (
            "Moeder heeft wisselende stemmingen.",
            [
                ("wisselende stemmingen", "instabiel", "asserted"),
            ],
        ),
    ],
)
def test_new_lexicon_forms(text: str, expected: list) -> None:
    assert [(h[2], h[3], h[4]) for h in spans(text, "rules")] == expected


def test_description_keeps_what_follows_a_lexicon_term_in_its_list() -> None:
    text = "Hulpverleners vertellen over agressieve, vijandige ouders."
    assert [(h[2], h[3]) for h in spans(text, "rules")] == [
        ("agressieve", "agressief"),
        ("vijandige ouders", "negatieve typering"),
    ]
    # a term that covers the whole description leaves nothing
    assert [h[2] for h in spans("Het gaat om de verstotende ouder.", "rules")] == [
        "verstotende ouder"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik vind hem ook brutaal.", ["brutaal"]),
        ("Dat ik haar zo onredelijk vond, kwam door de ruzie.", ["onredelijk"]),
        ("Ik vind het belangrijk dat hij komt.", []),  # "het": no person
        ("Ik vond hem vervelend voor zijn zus.", []),  # a preposition follows
        ("Ik vind hem lief.", []),  # no evaluative adjective
    ],
)
def test_person_judged_with_vinden(text: str, expected: list) -> None:
    assert [h[2] for h in spans(text, "rules")] == expected


def test_conjunction_dat_is_no_subject_of_a_verb_term() -> None:
    text = "De rechter zegt in zijn vonnis dat de moeder de houding van de kinderen beïnvloedt."
    assert [(h[2], h[4]) for h in spans(text, "rules")] == [("beïnvloedt", "attributed")]


def test_a_frame_term_repeated_in_a_heading_is_a_label() -> None:
    text = (
        "'Wereldvreemd'\n\n"
        "Zij ziet dat moeders in verslagen kwalificaties krijgen als 'wereldvreemd'."
    )
    assert [(h[0], h[2], h[3]) for h in spans(text, "rules")] == [
        (1, "Wereldvreemd", "etiket (kader)"),
        (77, "wereldvreemd", "etiket (kader)"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik zie een groeiende groep jonge lastposten.", ["jonge lastposten"]),
        ("Hij noemde zijn vader een leugenaar.", ["leugenaar"]),
        ("Moeder is een echte ruziezoeker.", ["echte ruziezoeker"]),
    ],
)
def test_noun_that_names_a_person_by_a_judgement(text: str, expected: list) -> None:
    assert [h[2] for h in spans(text, "rules")] == expected


COLUMN = (
    "Boze lastpak\n\n"
    "„Ik vind het eerlijk gezegd een boze lastpak, die buurjongen van ons. Hij is ook vader "
    "van twee kinderen en ziet ze nooit.”\n"
)


def test_heading_that_repeats_a_quoted_column_is_attributed() -> None:
    assert [(h[2], h[4]) for h in spans(COLUMN, "rules")] == [
        ("Boze lastpak", "attributed"),
        ("boze lastpak", "attributed"),
    ]
    # a heading over other words stays a title
    other = COLUMN.replace("Boze lastpak\n", "Buren en hun kinderen lastpak\n")
    assert [(h[2], h[4]) for h in spans(other, "rules")] == [
        ("lastpak", "asserted"),
        ("boze lastpak", "attributed"),
    ]


def test_guillemet_paragraph_goes_on_with_the_open_quote() -> None:
    text = (
        "De psychiater vertelt.\n\n"
        "«Ik zie het elke dag op mijn spreekuur.\n\n"
        "»Die kinderen zijn echt lastposten geworden.»\n"
    )
    assert [(h[2], h[4]) for h in spans(text, "rules")] == [("lastposten", "attributed")]


def test_an_ending_does_not_make_another_verb_a_term() -> None:
    assert spans("In de keuken stond een meisje me aan te staren.", "rules") == []
    assert [h[2] for h in spans("Vader is star.", "rules")] == ["star"]
    assert [h[2] for h in spans("Het gaat om geparentificeerde kinderen.", "rules")] == [
        "geparentificeerde"
    ]
