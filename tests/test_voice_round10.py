"""Labels and voices read from the round-10 errors (written sentences, not the evaluation texts):
refusing to cooperate, the Dutch spelling of parental alienation, fighting it out, a personality
disorder as a label, playing people off against each other, "niet in staat tot zelfreflectie",
fighting ex-partners as a description; conditions about people in general, an act in general,
a case classified right after it is told, and a question to the reader."""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import VoiceResolver
from wb.dossiers.voice_assertion import assertion_cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "weigeren ... mee te werken": refusing is not cooperating
            "De moeder weigerde om mee te werken aan het gezinsplan.",
            [(10, 35, "weigerde om mee te werken", "niet-meewerkend", "asserted")],
        ),
        (  # a modal between the separated particle and the verb
            "Vader zei dat hij niet mee wil werken.",
            [(18, 37, "niet mee wil werken", "niet-meewerkend", "attributed")],
        ),
        (
            "De oma drijft een wig tussen de ouders.",
            [(7, 21, "drijft een wig", "tegen elkaar uitspelen", "asserted")],
        ),
        (
            "De moeder is niet in staat tot zelfreflectie.",
            [(13, 44, "niet in staat tot zelfreflectie", "weinig zelfreflectie", "asserted")],
        ),
        (
            "In de literatuur heet dit parentale alienatie.",
            [(26, 45, "parentale alienatie", "ouderverstoting", "discussed")],
        ),
        (
            "De psychiater stelde bij moeder een persoonlijkheidsstoornis vast.",
            [(36, 60, "persoonlijkheidsstoornis", "persoonlijkheidsstoornis", "attributed")],
        ),
        (  # one hit, not "narcistische" and "persoonlijkheidsstoornis" apart
            "Sanne heeft een narcistische persoonlijkheidsstoornis.",
            [(16, 53, "narcistische persoonlijkheidsstoornis", "narcistisch", "discussed")],
        ),
        (
            "Het gezin zit midden in een destructieve echtscheiding.",
            [(28, 54, "destructieve echtscheiding", "conflictscheiding", "asserted")],
        ),
    ],
)
def test_round10_lexicon(default: LabelFinder, text: str, expected: list) -> None:
    assert hits(default, text) == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # the idiom with the particle split off ("vochten ... uit": lemma uitvechten)
        (
            "Na de scheiding vochten de ouders elkaar de tent uit.",
            "vochten de ouders elkaar de tent uit",
            "vechtscheiding",
        ),
        ("Tim speelt zijn ouders tegen elkaar uit.", "speelt zijn ouders tegen elkaar uit", None),
        # fighting ex-partners: a description over word classes, not a phrase list
        ("Twee strijdende ex-partners stonden voor de rechter.", "strijdende ex-partners", None),
        ("De vechtende echtgenoten stonden voor de rechter.", "vechtende echtgenoten", None),
    ],
)
def test_round10_found(rules: LabelFinder, text: str, span: str, label: str | None) -> None:
    found = hits(rules, text)
    assert [(t, v) for _, _, t, _, v in found] == [(span, "asserted")]
    if label:
        assert found[0][3] == label
    start = text.index(span)
    assert found[0][:2] == (start, start + len(span))


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a condition about people in general: discussed
        ("Als kinderen in een loyaliteitsconflict raken, merkt de school dat vaak.", "discussed"),
        ("Indien een ouder niet meewerkt, volgt een aanwijzing.", "discussed"),
        ("Zodra ouders (bijvoorbeeld) niet meewerken, stopt de hulp.", "discussed"),
        # a particular person in the condition: the rules still apply it
        ("Als de kinderen in een loyaliteitsconflict raken, merkt de school dat.", "asserted"),
        ("Wanneer de moeder niet meewerkt, stopt de hulp.", "asserted"),
        # an infinitive as a noun for the act in general
        ("Het niet meewerken aan hulp heeft gevolgen voor het kind.", "discussed"),
        ("Dat gaat verder dan voortdurend zwartmaken van beide ouders.", "discussed"),
        # ... but the act of a particular person, or a plain statement, is applied
        ("Het niet meewerken van vader vertraagt alles.", "asserted"),
        ("Moeder bleef vader voortdurend zwartmaken.", "asserted"),
    ],
)
def test_round10_generic_or_particular(rules: LabelFinder, text: str, voice: str) -> None:
    assert [v for *_, v in hits(rules, text)] == [voice]


def test_round10_case_classified_after_it_is_told(default: LabelFinder) -> None:
    text = (
        "De vader zet Noor tegen haar moeder op. Dit is een vorm van geestelijke "
        "kindermishandeling."
    )
    assert hits(default, text) == [
        (18, 38, "tegen haar moeder op", "tegen de ander opzetten", "asserted"),
        (60, 90, "geestelijke kindermishandeling", "geestelijke kindermishandeling", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De vader zet Noor tegen moeder op. Dit is geestelijke kindermishandeling.", True),
        # anyone's child, or a blank line between: no particular case
        ("Een ouder zet een kind tegen de ander op. Dit is geestelijke kindermishandeling.", False),
        ("De vader zet Noor tegen moeder op.\n\nDit is geestelijke kindermishandeling.", False),
        # the term not in the "Dit is ..." clause
        ("De vader zet Noor tegen moeder op. Zij is manipulatief.", False),
    ],
)
def test_round10_case_reference_cue(default: LabelFinder, text: str, expected: bool) -> None:
    doc = default.nlp(text)
    hit = next(h for h in default.find("t", doc) if h.start > text.index("."))
    cues = assertion_cues(VoiceResolver(doc), hit.start, hit.end, hit.label)
    assert cues["case_reference"] is expected


def test_round10_question_to_the_reader_reports_no_one(rules: LabelFinder) -> None:
    text = "Veel scholen twijfelen. Hoe signaleer je ouderverstoting in een klas?"
    doc = rules.nlp(text)
    start = text.index("ouderverstoting")
    trace = VoiceResolver(doc).trace(start, start + len("ouderverstoting"))
    assert not trace["cue_other"] and not trace["cue_self"]
    # a question about what someone said is still reported speech
    assert [v for *_, v in hits(rules, "Hoe zegt de moeder dat vader manipuleert?")] == [
        "attributed"
    ]


def test_round10_subject_before_an_apposition(rules: LabelFinder) -> None:
    text = (
        "Dr. De Wit, de psychiater van de kliniek waar de moeder een maand verbleef, heeft "
        "geconcludeerd dat bij haar een persoonlijkheidsstoornis speelt."
    )
    start = text.index("persoonlijkheidsstoornis")
    assert hits(rules, text) == [
        (start, start + 24, "persoonlijkheidsstoornis", "persoonlijkheidsstoornis", "attributed")
    ]
    # no insert between subject and verb: the plain sentence is applied by the author
    plain = "Bij de moeder speelt een persoonlijkheidsstoornis."
    assert [v for *_, v in hits(rules, plain)] == ["asserted"]


def test_round10_description_with_a_plural_person_word(default: LabelFinder) -> None:
    # "vaders" counts as a person word (by its lemma) for the assertion guard
    text = "Het werd beter voor vaders die met onwillige moeders te maken hebben."
    assert hits(default, text) == [(35, 52, "onwillige moeders", "negatieve typering", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tegen haar vader werd hij steeds vijandiger.", ["vijandiger"]),
        ("Volgens de buren is moeder kwaadaardig.", ["kwaadaardig"]),
        # a feeling with its reason, and no person as subject: no description
        ("Moeder was boos dat de bus te laat kwam.", []),
        ("Het is lastig voor moeder.", []),
    ],
)
def test_round10_judgement_as_predicate(rules: LabelFinder, text: str, expected: list) -> None:
    found = [(t, lab) for _, _, t, lab, _ in hits(rules, text)]
    assert found == [(w, "negatieve typering") for w in expected]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a question word question to the reader asks about the term in general
        ("Hoe herken je parentificatie in de klas?", "discussed"),
        ("Waarom merk je een loyaliteitsconflict zo laat op?", "discussed"),
    ],
)
def test_round10_question_to_the_reader(rules: LabelFinder, text: str, voice: str) -> None:
    assert [v for *_, v in hits(rules, text)] == [voice]
