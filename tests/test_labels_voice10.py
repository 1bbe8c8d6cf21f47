"""Label recall and voice after round 11 (issue 11 §1, voice10): judgements of a parent in
reported speech, verbs that need a person as subject, explanations of a term and the Hoge Raad
and Centrale Raad van Beroep as authors of their rulings. Written sentences, not evaluation
texts."""

from __future__ import annotations

import pytest
from label_finders import described, label_finder
from label_finders import hits as found

from wb.dossiers.descriptions import find_descriptions
from wb.dossiers.label_subject import phenomenon_subject
from wb.dossiers.voice_document import document_kind, ruling_header
from wb.dossiers.voice_structure import generic_question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het gaat om rancuneuze moeders die liegen.", ["rancuneuze moeders"]),
        ("Hij noemde haar een haatdragende vrouw.", ["haatdragende vrouw"]),
        # the subordinate clause: subject, (degree words), adjective, copula at the end
        ("Zij zei dat de vader slecht is en dat hij liegt.", ["slecht"]),
        ("Hij denkt dat moeder erg onredelijk was.", ["onredelijk"]),
        # an adverb of another adjective, a denied state: no label
        ("Een slecht bereikbare moeder belde niet.", []),
        ("Het bleek dat vader slecht bereikbaar is.", []),
        ("Hij wil dat papa en mama niet meer boos zijn.", []),
        # a self-judgement is a label since labels-policy (2026-12-05; voice10 left it out)
        ("Ik ben een slechte moeder.", ["slechte moeder"]),
        ("Je denkt dan dat je een slechte vader bent.", ["slechte vader"]),
        # someone else's words about the speaker stay a label
        ("Ik ben een slechte moeder volgens de buren.", ["slechte moeder"]),
        # said to someone else it stays a judgement
        ("Jij bent een boze moeder, zei ze tegen haar zus.", ["boze moeder"]),
        ("Zij is een slechte moeder.", ["slechte moeder"]),
    ],
)
def test_descriptions_after_round_11(text: str, expected: list[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De vader zegt dat moeder de kinderen inzet als pion.",
            [(28, 51, "kinderen inzet als pion", "kind als wapen", "attributed")],
        ),
        (
            "Volgens vader zet moeder de kinderen in als drukmiddel.",
            [(14, 43, "zet moeder de kinderen in als", "kind als wapen", "attributed")],
        ),
        (
            "Volgens vader worden de kinderen ingezet tegen hem.",
            [(14, 46, "worden de kinderen ingezet tegen", "kind als wapen", "attributed")],
        ),
        (
            "Moeder zegt dat vader het kind met dure cadeaus omkoopt.",
            [(26, 55, "kind met dure cadeaus omkoopt", "kind omkopen", "attributed")],
        ),
        (
            "Vader koopt het kind om met uitjes, zegt moeder.",
            [(6, 23, "koopt het kind om", "kind omkopen", "attributed")],
        ),
        (
            "Vader vindt dat moeder hem demoniseert.",
            [(27, 38, "demoniseert", "demoniseren", "attributed")],
        ),
        (
            "Moeder sluit de andere ouder buiten bij schoolzaken, zegt vader.",
            [(7, 35, "sluit de andere ouder buiten", "buitensluiten van een ouder", "attributed")],
        ),
        (
            "Het risico is groter als een scheiding problematisch verloopt.",
            [(29, 61, "scheiding problematisch verloopt", "conflictscheiding", "discussed")],
        ),
        (
            "Zij zegt dat vader hem inzet bij hun onderlinge strijd.",
            [],
        ),
        (
            "Zij zegt dat de ouders hem inzetten bij hun onderlinge strijd.",
            [
                (
                    27,
                    61,
                    "inzetten bij hun onderlinge strijd",
                    "kind in de strijd betrekken",
                    "attributed",
                )
            ],
        ),
        # help for a child, a child at work: no label
        ("Voor de kinderen wordt ambulante hulp ingezet.", []),
        ("Voor het kind wordt ingezet op een stabiele thuissituatie.", []),
        ("Het buitensluiten van de school is geen optie.", []),
        ("Daarna wordt de andere ouder buitengesloten, zegt de raad.", []),
    ],
)
def test_terms_after_round_11(text: str, expected: list) -> None:
    assert found(label_finder(), text) == expected


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("We bekijken hoe dit kinderen later in hun leven beïnvloedt.", True),
        (
            "Het gaat om rollen die niet passen, maar die kinderen op vele manieren beïnvloeden.",
            True,
        ),
        ("De scheiding beïnvloedt het kind sterk.", True),
        ("Daarom beïnvloedt de verhuizing de kinderen.", True),
        ("Moeder beïnvloedt het kind.", False),
        ("De rapportage stelt dat moeder het kind beïnvloedt.", False),
        ("Het kind wordt door moeder beïnvloed.", False),
        ("Daarom beïnvloedt moeder de kinderen.", False),
        ("Dit is de vader, die het kind ernstig kan beïnvloeden.", False),
        ("Ze beïnvloeden hun kinderen.", False),
        ("Als uw gedrag het kind zo beïnvloedt, zoek dan hulp.", False),
        ("Ik vraag hoe dit kinderen op school en later in hun leven beïnvloedt.", True),
        ("Volgens Jan beïnvloedt Marie het kind.", False),
    ],
)
def test_phenomenon_subject(text: str, phenomenon: bool) -> None:
    doc = label_finder().nlp(text)
    start = text.index("beïnvloed")
    end = start + len(text[start:].split()[0].rstrip("."))
    assert phenomenon_subject(doc, start, end) is phenomenon
    hits = [(h[2], h[3]) for h in found(label_finder(), text)]
    assert (hits == []) is phenomenon


@pytest.mark.parametrize("voice_model", ["rules", None])
def test_a_sentence_that_explains_a_quoted_term_is_discussed(voice_model: str | None) -> None:
    text = (
        "Een scheiding kan ontaarden in ‘vervreemding’. Dat houdt in dat het kind, beïnvloed "
        "door een ouder, de andere ouder afwijst."
    )
    assert found(label_finder(voice_model), text) == [
        (32, 44, "vervreemding", "vervreemding", "discussed"),
        (74, 83, "beïnvloed", "beïnvloed", "discussed"),
    ]
    # an inference after a plain sentence stays the author's
    text = "Er is sprake van ouderverstoting. Dit betekent dat moeder het kind beïnvloedt."
    assert [h[4] for h in found(label_finder(voice_model), text)] == ["asserted", "asserted"]


@pytest.mark.parametrize("voice_model", ["rules", None])
def test_hoge_raad_and_centrale_raad_are_authors_of_their_rulings(voice_model: str | None) -> None:
    finder = label_finder(voice_model)
    text = (
        "De Hoge Raad oordeelt dat er sprake is van ouderverstoting. "
        "De raad stelt dat moeder manipulatief is."
    )
    meta = {"genre": "uitspraak", "organisation": "Hoge Raad"}
    assert [h[4] for h in found(finder, text, meta)] == ["asserted", "attributed"]
    text = "ECLI:NL:CRVB:2021:12\n\nDe Raad oordeelt dat er sprake is van ouderverstoting."
    assert [h[4] for h in found(finder, text)] == ["asserted"]
    # news about the ruling reports what the court found
    text = "De Hoge Raad oordeelt dat er sprake is van ouderverstoting."
    assert [h[4] for h in found(finder, text, {"genre": "nieuws"})] == ["attributed"]


def test_court_words_of_hoge_raad_and_centrale_raad() -> None:
    assert ruling_header("Hoge Raad der Nederlanden\nBeschikking\n\nTekst.") == {"hoge-raad"}
    assert ruling_header("ECLI:NL:HR:2020:1\n\nTekst.") == {"hoge-raad"}
    assert ruling_header("ECLI:NL:CRVB:2020:1\n\nTekst.") == {"raad", "centrale-raad"}
    assert ruling_header("ECLI:NL:PHR:2020:1\n\nTekst.") == {"advocaat-generaal", "a-g"}
    kind = document_kind({"genre": "uitspraak", "organisation": "Centrale Raad van Beroep"}, "")
    assert kind.author == {"raad", "centrale-raad"}


@pytest.mark.parametrize("voice_model", ["rules", None])
def test_a_question_about_children_in_general_is_discussed(voice_model: str | None) -> None:
    finder = label_finder(voice_model)
    text = "Welke zorg krijgen kinderen die lijden onder de vechtscheiding van hun ouders?"
    assert [(h[2], h[4]) for h in found(finder, text)] == [("vechtscheiding", "discussed")]
    text = "Hoe vaak worden kinderen door hun ouders in een loyaliteitsconflict gebracht?"
    assert [(h[2], h[4]) for h in found(finder, text)] == [("loyaliteitsconflict", "discussed")]
    # one child, or the children of someone in particular: asked about a case
    text = "Welke zorg krijgt het kind dat lijdt onder de vechtscheiding van zijn ouders?"
    assert [(h[2], h[4]) for h in found(finder, text)] == [("vechtscheiding", "asserted")]
    text = "Waarom zitten de kinderen van mevrouw Jansen in een loyaliteitsconflict?"
    assert not generic_question(list(finder.nlp(text)))


def test_without_sentences_or_word_classes_nothing_breaks() -> None:
    import spacy

    doc = spacy.blank("nl")("Je zegt dat je een nare moeder bent. Dit beïnvloedt het kind.")
    spans = find_descriptions(doc, adjectives=frozenset({"nare"}))
    assert [doc.text[a:b] for a, b in spans] == ["nare moeder"]
    assert phenomenon_subject(doc, 42, 52) is False
