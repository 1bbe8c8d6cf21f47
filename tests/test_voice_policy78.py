"""Policy lines 7 and 8 of the labels annotation (bench/realtext/labels/README.md, labels-voice):
a generic statement about the type a term names is discussed, in or outside a quote and whoever
speaks; a scare quote on a particular person is attributed, on a category discussed. Written
sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.voice import VoiceResolver


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policy 7: the term names a type in a singular generic subject of a present-tense clause
        (
            'Lies vertelt over haar ex. "Een narcist is vaak heel onzeker en heeft weinig '
            'zelfvertrouwen."',
            [("narcist", "discussed")],
        ),
        (
            '"Ik geloof echt niet dat een narcist zelfinzicht kan hebben," zegt ze.',
            [("narcist", "discussed")],
        ),
        (
            "“De narcist heeft altijd gelijk, alle anderen hebben altijd ongelijk.”",
            [("narcist", "discussed")],
        ),
        (
            "Volgens de coach doet een vervreemdende ouder er alles aan om het kind te winnen.",
            [("vervreemdende ouder", "discussed")],
        ),
        # ... but a quoted or reported speaker who applies it to someone attributes it, the
        # author who does so asserts it (a predicate, an object: no type statement)
        (
            'Velen trekken meteen de conclusie "mijn ex is een narcist!".',
            [("narcist", "attributed")],
        ),
        ("Dennis noemt zijn vader een narcist.", [("narcist", "attributed")]),
        ("Mijn ex is een narcist.", [("narcist", "asserted")]),
        ("Ik ben opgegroeid met een narcistische moeder.", [("narcistische", "asserted")]),
        (
            "Ik klink nu als een vreselijke vrouw, maar ik kan er niets aan doen.",
            [("vreselijke vrouw", "asserted")],
        ),
        # policy 8: a scare quote on a particular person is someone else's word for them; on a
        # generic type or a category it is discussed
        (
            "Erger, dat 'moeilijk opvoedbare' joch had toch maar weer gewonnen.",
            [("moeilijk opvoedbare", "attributed")],
        ),
        ("Het kind neemt afstand van die ‘slechte’ ouder.", [("slechte", "attributed")]),
        (
            "Zelfs een 'moeilijk opvoedbaar' kind zal zich niet twee keer branden.",
            [("moeilijk opvoedbaar", "discussed")],
        ),
        (
            "‘Probleemkinderen’ zijn kinderen uit ‘probleemgezinnen’.",
            [("Probleemkinderen", "discussed"), ("probleemgezinnen", "discussed")],
        ),
    ],
)
def test_policy_7_and_8_voices(text: str, expected: list) -> None:
    assert [(h[2], h[4]) for h in hits(label_finder(), text)] == expected


@pytest.mark.parametrize(
    ("text", "term", "voice"),
    [
        # a quoted adjective said of a person a possessive picks out in its clause (policy 8)
        (
            "Het grootste deel van mijn leven heb ik mijn moeder niet anders gekend dan ‘ziek’.",
            "ziek",
            "attributed",
        ),
        # a quoted adjective in a generic condition stays discussed
        ("Het gezag kan wijzigen als kinderen ‘klem’ raken.", "klem", "discussed"),
        # "de ‘controlerende’ ouder" as the subject of a present-tense statement: the type
        ("Dat heeft de ‘controlerende’ ouder er subtiel ingeprent.", "controlerende", "discussed"),
        # the rules alone, past tense: a person of a story, not a type
        ("Toen sloeg een narcistische vader de deur dicht.", "narcistische", "asserted"),
    ],
)
def test_policy_7_and_8_rules(text: str, term: str, voice: str) -> None:
    doc = label_finder().nlp(text)
    start = text.index(term)
    assert VoiceResolver(doc).voice(start, start + len(term)) == voice
