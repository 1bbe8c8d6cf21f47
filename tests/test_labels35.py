"""labels35 (issue 11 §1, after round 27): behaviour judged by an evaluative adjective without a
tie to one person ("respectloos gedrag"; not an adjective of concern: "zorgelijk gedrag"),
"loeder" as a judging noun and first part of a compound with a person head, a judging compound
the tagger reads as a name at the start of a sentence, "verwaarloosd" before a person noun, and
a clause-final verb of having that ties a judged noun to a subject pronoun ("dat ze
probleemgedrag vertoont"), "te vaak met zichzelf bezig", and "niet" + term + "(te) raken" (a
norm or wish, not negated), a copula predicate whose subject is left out ("..., en kan heel
brutaal zijn"), "alles verkeerd doen" / "niet goed doen", and the lexicon term
dader-slachtofferdynamiek. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import described, label_finder, voiced_spans

MODES = [None, "rules"]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # behaviour judged without a tie to one person
        (
            "De conciërge klaagt over respectloos gedrag op het plein.",
            [(25, 43, "respectloos gedrag", "attributed")],
        ),
        ("Lastig gedrag", [(0, 13, "Lastig gedrag", "discussed")]),
        # an adjective of concern judges no behaviour, also with a tie
        ("Het kind vertoont zorgelijk gedrag.", []),
        ("Zorgelijk gedrag bij peuters vraagt om aandacht.", []),
        # a stance without a bearer may be a professional's: still needs a tie
        ("Een negatieve houding helpt niet.", []),
        # loeder as a person-judging noun and as the first part of a compound
        (
            "Volgens de buurvrouw is ze een echt loeder.",
            [(36, 42, "loeder", "attributed")],
        ),
        (
            "Volgens haar schoonmoeder is zij een loedermoeder.",
            [(37, 49, "loedermoeder", "attributed")],
        ),
        # verwaarloosd before a person noun; the bare plural type as the subject of a generic
        # statement is discussed by policy line 9 (labels-policy9; asserted before)
        (
            "Verwaarloosde kinderen hebben vaak een achterstand op school.",
            [(0, 22, "Verwaarloosde kinderen", "discussed")],
        ),
        (
            "Volgens de wijkagent was hij een verwaarloosd kind.",
            [(33, 50, "verwaarloosd kind", "attributed")],
        ),
        # a clause-final verb of having ties the judged noun to the subject pronoun
        (
            "De mentor schrijft dat ze probleemgedrag vertoont.",
            [(26, 40, "probleemgedrag", "attributed")],
        ),
        (
            "Vorig jaar begon hij probleemgedrag te vertonen op school.",
            [(21, 35, "probleemgedrag", "asserted")],
        ),
        # too much or too often occupied with something else, with a person subject
        (
            "Volgens de juf zijn veel vaders te veel met hun werk bezig.",
            [(32, 58, "te veel met hun werk bezig", "attributed")],
        ),
        (
            "Moeders zijn te vaak met zichzelf bezig, schrijft de columnist.",
            [(13, 39, "te vaak met zichzelf bezig", "attributed")],
        ),
        ("De gemeente is te veel met regels bezig.", []),
        # "niet" + term + a form of becoming: a norm or wish, no denial
        (
            "Een kind hoort niet vervreemd te raken van een van zijn ouders, aldus het Kamerlid.",
            [(20, 29, "vervreemd", "attributed")],
        ),
        ("Hij is niet verslaafd geraakt.", [(12, 21, "verslaafd", "negated")]),
        # a copula predicate whose subject is left out in a list of clauses
        (
            "Hij speelt buiten en is erg brutaal, zegt de buurvrouw.",
            [(28, 35, "brutaal", "attributed")],
        ),
        (
            "Mijn zoon speelt graag, luistert niet en kan heel brutaal zijn.",
            # labels45: not listening is a description too (annotated so in batches 30, 31, 35)
            [(24, 37, "luistert niet", "asserted"), (50, 57, "brutaal", "asserted")],
        ),
        ("Het weer is slecht en is erg gemeen.", []),
        # doing everything wrong or nothing right, with a person subject
        (
            "Mijn ex zegt dat ik ‘alles verkeerd doe’.",
            [(21, 39, "alles verkeerd doe", "attributed")],
        ),
        (
            "De experts vertellen wat wij als ouders allemaal niet goed doen.",
            [(49, 63, "niet goed doen", "attributed")],
        ),
        ("Ik wil niets fout doen.", []),
        ("Het impliceert dat iemand iets verkeerd doet.", []),
        # tekortschieten of a person right before it
        (
            "De juf suggereert dat zijn zoon tekortschiet.",
            [(32, 44, "tekortschiet", "attributed")],
        ),
        # a lexicon term: dader-slachtofferdynamiek
        (
            "Volgens de therapeut is er een dader-slachtofferdynamiek tussen de ouders.",
            [(31, 56, "dader-slachtofferdynamiek", "attributed")],
        ),
    ],
)
def test_labels35_shapes(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == expected


def test_compound_read_as_a_name_at_sentence_start() -> None:
    """ "Loedermoeder" opening a sentence is tagged PROPN; the compound still counts."""
    text = "Te laat op school? Loedermoeder."
    assert label_finder().nlp(text)[5].pos_ == "PROPN"
    assert described(text) == ["Loedermoeder"]
