"""Report-like assertion cues (wb.dossiers.voice_assertion) and the default voice they guard."""

from __future__ import annotations

import pytest
from label_finders import label_finder

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import VoiceResolver, self_terms
from wb.dossiers.voice_assertion import assertion_cues, keeps_asserted


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return label_finder()


def cues(finder: LabelFinder, text: str) -> list[tuple[str, list[str], bool]]:
    doc = finder.nlp(text)
    resolver = VoiceResolver(doc, self_terms(None))
    out = []
    for h in finder.find("t.txt", doc, self_terms=self_terms(None)):
        found = assertion_cues(resolver, h.start, h.end, h.label)
        out.append((h.text, sorted(k for k, v in found.items() if v), keeps_asserted(found)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er is sprake van ernstige ouderverstoting.",
            [("ouderverstoting", ["sprake"], True)],
        ),
        (
            "Wij zien bij Sanne een loyaliteitsconflict.",
            [("loyaliteitsconflict", ["self"], True)],
        ),
        (
            "Moeder is manipulatief.",
            [("manipulatief", ["particular", "people", "person", "predicate"], True)],
        ),
        # a generic subject: about people in general
        (
            "Mensen met een narcistische moeder zijn vaak bang.",
            [
                (
                    "narcistische",
                    ["generic", "generic_people", "habitual", "people", "predicate"],
                    False,
                )
            ],
        ),
        # a predicate with a person word: the guard holds, also for "het kind"
        ("Het kind is manipulatief.", [("manipulatief", ["people", "person", "predicate"], True)]),
        (
            "Parentificatie bij de dochter\n\nTekst.",
            [("Parentificatie", ["case_title", "particular", "people", "person"], True)],
        ),
        (
            "Parentificatie bij het kind\n\nTekst.",
            [("Parentificatie", ["people", "person"], False)],
        ),
        # a naming verb: "noemen we dat X" defines the term
        (
            "Als het kind de taken van een ouder overneemt noemen we dat parentificatie.",
            [("parentificatie", ["people", "person"], False)],
        ),
        # a condition, a possibility or a definition: the guard does not fire (hedged)
        (
            "Indien het kind klem raakt tussen de ouders, kan de rechter ingrijpen.",
            [("klem raakt", ["hedged", "people", "person", "predicate"], False)],
        ),
        (
            "Er kan sprake zijn van een loyaliteitsconflict.",
            [("loyaliteitsconflict", ["hedged"], False)],
        ),
        (
            "Het verstoten van de vader betekent dat het kind hem niet meer ziet.",
            [("verstoten", ["hedged", "particular", "people", "person", "predicate"], False)],
        ),
        # the hedge belongs to another clause, or is no hedge: the guard holds
        (
            "Het kind is manipulatief, indien de moeder erbij is.",
            [("manipulatief", ["particular", "people", "person", "predicate"], True)],
        ),
        (
            "Moeder is manipulatief, waardoor het kind klem zit.",
            [
                ("manipulatief", ["particular", "people", "person", "predicate"], True),
                ("klem zit", ["particular", "people", "person", "predicate"], True),
            ],
        ),
        # a two-word term with a finite verb says what someone does (a predicate); a
        # participle after a determiner that the tagger reads as finite does not; a predicate
        # of a particular person ("Zij") keeps asserted (labels24)
        (
            "Zij pleegt verzet tegen de ondertoezichtstelling.",
            [("pleegt verzet", ["particular", "person", "predicate"], True)],
        ),
        (
            "Lotte zit klem tussen haar ouders.",
            [
                (
                    "zit klem",
                    ["name_subject", "particular", "people", "person", "predicate"],
                    True,
                )
            ],
        ),
        # a name and a finite verb open the sentence: a report about one child (a name later
        # in the sentence is not that cue)
        (
            "De vader van Noah stelt dat de moeder hem manipuleert.",
            [("manipuleert", ["particular", "people", "person", "predicate"], True)],
        ),
        # exposing a named child to the term is a frame that applies it (labels22: sprake)
        (
            "Noah wordt blootgesteld aan loyaliteitsconflicten.",
            [("loyaliteitsconflicten", ["name_subject", "sprake"], True)],
        ),
    ],
)
def test_assertion_cues(finder: LabelFinder, text: str, expected: list) -> None:
    assert cues(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "by_rules", "by_default"),
    [
        # the guard keeps what the rules say
        ("Er is sprake van ernstige ouderverstoting.", ["asserted"], ["asserted"]),
        ("Wij zien bij Sanne een loyaliteitsconflict.", ["asserted"], ["asserted"]),
        ("Moeder is manipulatief.", ["asserted"], ["asserted"]),
        ("Parentificatie bij de dochter\n\nTekst.", ["asserted"], ["asserted"]),
        # no guard: the model reads a generic statement as talk about the term
        (
            "Iedereen die met parentificatie te maken krijgt, herkent dit.",
            ["asserted"],
            ["discussed"],
        ),
        (
            "Bij ouderverstoting wordt het kind gemanipuleerd.",
            ["asserted", "asserted"],
            ["discussed", "asserted"],
        ),
    ],
)
def test_default_voice_is_rules_guarded_by_cues_then_model(
    finder: LabelFinder, rules: LabelFinder, text: str, by_rules: list, by_default: list
) -> None:
    terms = self_terms(None)
    assert [h.voice for h in rules.find("t.txt", text, self_terms=terms)] == by_rules
    assert [h.voice for h in finder.find("t.txt", text, self_terms=terms)] == by_default
