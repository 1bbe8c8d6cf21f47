"""Reported speech in the shapes of Dutch news and interviews (issue 11 §1, labels24): every Dutch
quote style, an opening quote mark that starts its sentence, a speaker named as a label before a
colon, verbs that report only as a speech tag, the sentence after a tagged quote, and generic
words that speak of people only as subject. Written sentences, not evaluation texts; each
expectation below changes when its rule is switched off."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.voice import VoiceResolver, self_terms
from wb.dossiers.voice_assertion import assertion_cues, keeps_asserted
from wb.dossiers.voice_text import quote_spans
from wb.dossiers.voice_text import sentences as voice_sentences


def voices(text: str, voice_model: str | None = None) -> list[tuple[str, str]]:
    """(span text, voice) of every hit of the default (or rules) finder."""
    return [(h[2], h[4]) for h in found(label_finder(voice_model), text)]


def sentences(text: str) -> list[str]:
    """The sentences the voice rules read (wb.dossiers.voice_text.sentences)."""
    return [s.text for s in voice_sentences(label_finder().nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Hij zei: “Vader liegt.” Daarna niets.",
        "Hij zei: „Vader liegt.” Daarna niets.",
        "Hij zei: „Vader liegt.“ Daarna niets.",
        "Hij zei: ,,Vader liegt.'' Daarna niets.",
        "Hij zei: ,,Vader liegt.’’ Daarna niets.",
        "Hij zei: ,,Vader liegt.” Daarna niets.",
        'Hij zei: "Vader liegt." Daarna niets.',
        "Hij zei: ‘Vader liegt.’ Daarna niets.",
        "Hij zei: 'Vader liegt.' Daarna niets.",
        "Hij zei: ‚Vader liegt.‘ Daarna niets.",
        "Hij zei: «Vader liegt.» Daarna niets.",
        "Hij zei: ”Vader liegt.” Daarna niets.",
        "Hij zei: ‹Vader liegt.› Daarna niets.",
    ],
)
def test_every_dutch_quote_style_gives_the_quoted_words(text: str) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == ["Vader liegt."]


def test_a_closing_double_quote_after_a_word_opens_nothing() -> None:
    text = "Het kind zei nee” en ging weg."
    assert quote_spans(text) == []


@pytest.mark.parametrize("mark", [",,", "„", "“", "‘", "'", '"'])
def test_an_opening_quote_mark_starts_its_sentence(mark: str) -> None:
    closing = {",,": "''", "„": "”", "“": "”", "‘": "’", "'": "'", '"': '"'}[mark]
    text = f"Het is geprobeerd. {mark}Soms lukt het niet,{closing} zegt Ans. Daarna niets."
    assert sentences(text) == [
        "Het is geprobeerd.",
        f"{mark}Soms lukt het niet,{closing} zegt Ans.",
        "Daarna niets.",
    ]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("De moeder: vader is manipulatief.", "attributed"),
        ("Gezinsvoogd Jansen: er is sprake van ouderverstoting.", "attributed"),
        ("Hij: vader is manipulatief.", "attributed"),
        ("Conclusie: er is sprake van ouderverstoting.", "asserted"),
        ("Samenvatting: vader is manipulatief.", "asserted"),
    ],
)
def test_a_speaker_named_as_a_label_before_a_colon_reports(
    model: str | None, text: str, voice: str
) -> None:
    term = "ouderverstoting" if "ouderverstoting" in text else "manipulatief"
    assert voices(text, model) == [(term, voice)]


def test_a_quoted_definition_after_a_speaker_label_is_discussed() -> None:
    text = "Moeder: “Ouderverstoting is een ernstige vorm van kindermishandeling.”"
    assert voices(text) == [("Ouderverstoting", "discussed")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("De buurvrouw weet: vader is manipulatief.", "attributed"),
        ("Zij weet dat vader manipulatief is.", "asserted"),
    ],
)
def test_weten_reports_only_as_a_speech_tag(text: str, voice: str) -> None:
    assert voices(text, "rules") == [("manipulatief", voice)]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Zo ging het. ,,Vader is lief,’’ weet de buurvrouw. Moeder is zorgmijdend.", "attributed"),
        ("Zo ging het. „Vader is lief,” lacht de oom. Moeder is zorgmijdend.", "attributed"),
        ("Zo ging het. ,,Vader is lief,’’ weet de buurvrouw. Moeder was zorgmijdend.", "asserted"),
        ("Zo ging het. Vader is lief, weet de buurvrouw. Moeder is zorgmijdend.", "asserted"),
        ("Zo ging het. ,,Vader is lief,’’ zeg ik. Moeder is zorgmijdend.", "asserted"),
    ],
)
def test_the_present_sentence_after_a_tagged_quote_goes_on_with_the_speaker(
    model: str | None, text: str, voice: str
) -> None:
    assert voices(text, model) == [("zorgmijdend", voice)]


def guard(text: str) -> list[tuple[str, list[str], bool]]:
    """(term, the guard's true cues, whether the guard keeps asserted) of every hit."""
    finder = label_finder()
    doc = finder.nlp(text)
    resolver = VoiceResolver(doc, self_terms(None))
    out = []
    for h in finder.find("t.txt", doc, self_terms=self_terms(None)):
        cues = assertion_cues(resolver, h.start, h.end, h.label)
        out.append((h.text, sorted(k for k, v in cues.items() if v), keeps_asserted(cues)))
    return out


def test_a_generic_pronoun_after_a_preposition_is_no_generic_subject() -> None:
    text = "Als het tegenzit, is hij erg manipulatief tegen alles en iedereen."
    assert guard(text) == [("manipulatief", ["generic", "particular", "person", "predicate"], True)]


def test_a_generic_subject_still_frees_the_model() -> None:
    text = "Als het tegenzit, is iedereen erg manipulatief tegen de buren."
    assert guard(text) == [("manipulatief", ["generic", "generic_people", "predicate"], False)]


def test_a_generic_determiner_before_no_person_word_is_no_generic_subject() -> None:
    text = "Wij merken dat veel ruzies in stand worden gehouden door een manipulatieve partner."
    assert guard(text) == [("manipulatieve", ["generic", "people", "predicate"], True)]


@pytest.mark.parametrize(
    ("text", "keeps"),
    [
        ("In die zaak kreeg de verstotende ouder een dwangsom.", True),
        ("In die zaak krijgt de verstotende ouder een dwangsom.", False),
    ],
)
def test_a_particular_person_in_a_past_event_keeps_asserted(text: str, keeps: bool) -> None:
    [(term, cues, kept)] = guard(text)
    assert (term, "past_event" in cues, kept) == ("verstotende ouder", keeps, keeps)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Vernedering of intieme terreur door stiefmoeders heeft grote gevolgen.", "asserted"),
        ("Intieme terreur door een ex-partner heeft grote gevolgen.", "asserted"),
        ("Intieme terreur door een ex-partner komt vaak voor.", "discussed"),
    ],
)
def test_an_act_put_on_people_with_door_keeps_asserted(text: str, voice: str) -> None:
    assert [v for _, v in voices(text)] == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Themaoverleg: veiligheid of vechtscheiding?\nDatum: 14 maart", "discussed"),
        ("De moeder: is het een vechtscheiding?", "attributed"),
    ],
)
def test_a_name_before_a_short_question_is_a_title_not_a_speaker(text: str, voice: str) -> None:
    assert voices(text, "rules") == [("vechtscheiding", voice)]


def test_a_word_mentioned_in_someones_speech_is_discussed() -> None:
    text = "Medewerker jeugdzorg: Bij ons valt het woord 'vechtscheiding' vaak."
    assert voices(text) == [("vechtscheiding", "discussed")]
