"""voice17: shapes of context that decide a label's voice (after round 35).

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone (``voice_model="rules"``).
"""

from __future__ import annotations

import pytest
from label_finders import found_voices

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice_text import quote_spans

# (text, default voices, rules voices)
CASES = [
    # a reporting verb's noun after a determiner is no cue ("een vermoeden van X")
    (
        "In het geval van een vermoeden van ouderverstoting bij Sanne is voorzichtigheid nodig.",
        [("ouderverstoting", "discussed")],
        [("ouderverstoting", "asserted")],
    ),
    # "volgens zijn ..." is someone's view
    (
        "Volgens zijn analyse is agressie op straat de schuld van manipulatieve ouders.",
        [("manipulatieve", "attributed")],
        [("manipulatieve", "attributed")],
    ),
    # the term defined in a dat-clause after a cue: discussed whoever asks
    (
        "Vraag 2 Deelt u de mening dat PAS een ernstige vorm van kindermishandeling is, die "
        "moeilijk te bewijzen is?",
        [("PAS", "discussed")],
        [("PAS", "discussed")],
    ),
    # another name in an insert
    (
        "Bij ouderverstoting, ook wel ouderonthechting genoemd, ligt de oorzaak bij één ouder.",
        [("ouderverstoting", "discussed"), ("ouderonthechting", "discussed")],
        [("ouderverstoting", "discussed"), ("ouderonthechting", "discussed")],
    ),
    # ... but a person called names is not an insert
    (
        "Hij wordt ook wel een narcist genoemd.",
        [("narcist", "attributed")],
        [("narcist", "attributed")],
    ),
    # a passive naming of an indefinite subject names a category (policy line 8)
    (
        "Vroeger werd een kind met ADHD “dat drukke kind” genoemd.",
        [("dat drukke kind", "discussed")],
        [("dat drukke kind", "discussed")],
    ),
    (
        "Vroeger werd mijn zoon “dat drukke kind” genoemd.",
        [("dat drukke kind", "attributed")],
        [("dat drukke kind", "attributed")],
    ),
    # kinds of people named by a generic "heb je ... die"
    (
        "Zo heb je ouders die hun kinderen verwaarlozen en ouders die hun kinderen verwennen.",
        [("verwaarlozen", "discussed"), ("verwennen", "discussed")],
        [("verwaarlozen", "discussed"), ("verwennen", "discussed")],
    ),
    (
        "Heb je ouders die hun kinderen verwaarlozen?",
        [("verwaarlozen", "asserted")],
        [("verwaarlozen", "asserted")],
    ),
    # a verb of wanting before "dat" with another subject reports a position
    (
        "De VVD wil dat manipulatieve ouders harder worden aangepakt.",
        [("manipulatieve", "attributed")],
        [("manipulatieve", "attributed")],
    ),
    (
        "Ik wil dat manipulatieve ouders harder worden aangepakt.",
        [("manipulatieve", "asserted")],
        [("manipulatieve", "asserted")],
    ),
    # a definite person right after a sentence that names someone is that person
    (
        "Juf Anna krijgt geen steun nadat een vader haar bedreigde. Nu krijgt de agressieve "
        "ouder een verbod.",
        [("agressieve", "asserted")],
        [("agressieve", "asserted")],
    ),
    (
        "De agressieve ouder krijgt vaak geen verbod.",
        [("agressieve", "discussed")],
        [("agressieve", "discussed")],
    ),
    # an elliptic news headline that ends in a participle is no topic heading
    (
        "Agressieve ouders aangepakt\n\nEen juf werd bedreigd.",
        [("Agressieve", "asserted")],
        [("Agressieve", "asserted")],
    ),
    (
        "Agressieve ouders\n\nEen juf werd bedreigd.",
        [("Agressieve", "discussed")],
        [("Agressieve", "discussed")],
    ),
    # a quoted general condition is discussed (policy line 3)
    (
        "Pedagoog Jan: „Als grootouders oppassen, kunnen ze de kleinkinderen een beetje verwennen.",
        [("verwennen", "discussed")],
        [("verwennen", "discussed")],
    ),
    # the narration after a closing ’’ is not quoted
    (
        ",,Hij was weg.’’Tien jaar later trouwde ze. Nu praat ze met ouders van verslaafden. "
        ",,Het helpt,’’ zegt ze.",
        [("verslaafden", "discussed")],
        [("verslaafden", "asserted")],
    ),
    # a title after a noun for a work (policy line 11)
    (
        "Hij schreef het boek Het verwende kind syndroom.",
        [("verwende kind", "discussed")],
        [("verwende kind", "discussed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def testfound_voices(
    finder: LabelFinder,
    rules: LabelFinder,
    text: str,
    default: list[tuple[str, str]],
    by_rules: list[tuple[str, str]],
) -> None:
    assert found_voices(finder, text) == default
    assert found_voices(rules, text) == by_rules


def test_closing_double_mark_opens_nothing() -> None:
    text = ",,Hij was weg.’’Tien jaar later. ,,Het helpt,’’ zegt ze."
    assert quote_spans(text) == [(2, 14), (35, 45)]  # "Hij was weg.", "Het helpt,"
