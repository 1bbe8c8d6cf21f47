"""labels-voice8 (2026-12-06): voice errors across the tune batches, the general shapes mended.

Written sentences, not taken from an evaluation text. Two shapes:

* a possibility said of a bare plural group or of "een X" ("Pubers kunnen lastig zijn") is
  ``discussed`` by guide line 3, also when a quoted or reported speaker says it
  (:func:`wb.dossiers.voice_possibility.group_possibility`); a concrete subject ("Mijn zoon",
  "Zij", "Die jongens") keeps the speaker's ``attributed``;
* a denial: the stressed "géén", a verb of denial whose object or "dat"-clause holds the term
  ("ontkent dat", "betwist dat") and "staat niet vast dat" make the term ``negated``
  (:mod:`wb.dossiers.voice_negation`); a denied denial ("ontkent niet dat") and "staat vast dat"
  do not;
* "insinueren" reports a statement, like "suggereren" (``voice_strong_verbs.txt``).
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

# (text, [(hit, label, voice)]) for the default and the rules alike; the comment gives main's
CASES = [
    # main: attributed (rule:cue)
    (
        "„Pubers kunnen soms heel lastig zijn”, zegt de jeugdcoach.",
        [("lastig", "negatieve typering", "discussed")],
    ),
    # main: attributed (rule:cue)
    (
        "‘Peuters kunnen nou eenmaal vervelend zijn,’ vertelt de oppas.",
        [("vervelend", "negatieve typering", "discussed")],
    ),
    # main: attributed (rule:cue)
    (
        "„Een kind kan ontzettend brutaal zijn”, zegt de juf.",
        [("brutaal", "negatieve typering", "discussed")],
    ),
    # main: attributed (rule:cue); the modal before its subject
    (
        "„Soms kunnen kinderen heel gemeen zijn”, zegt de moeder.",
        [("gemeen", "negatieve typering", "discussed")],
    ),
    # controls, main the same: a concrete subject
    (
        "„Mijn zoon kan ontzettend lastig zijn”, zegt de moeder.",
        [("lastig", "negatieve typering", "attributed")],
    ),
    (
        "„Zij kunnen ontzettend lastig zijn”, zegt de juf over de tweeling.",
        [("lastig", "negatieve typering", "attributed")],
    ),
    (
        "„Die jongens kunnen erg agressief zijn”, zegt de buurman.",
        [("agressief", "agressief", "attributed")],
    ),
    # main: asserted
    ("Deze leerlingen zijn géén tuig.", [("tuig", "negatieve typering", "negated")]),
    # main: asserted
    (
        "De vader betwist dat hij zijn dochter verwaarloost.",
        [("verwaarloost", "verwaarlozing", "negated")],
    ),
    # main: attributed
    (
        "Volgens de rechtbank staat niet vast dat de moeder haar kinderen verwaarloost.",
        [("verwaarloost", "verwaarlozing", "negated")],
    ),
    # main: attributed
    (
        "De moeder ontkent dat zij de kinderen manipuleert.",
        [("manipuleert", "manipulatief", "negated")],
    ),
    # main: asserted (kept[predicate+particular]); "insinueren" is a verb of saying
    (
        "Zij insinueert dat de vader agressief is.",
        [("agressief", "agressief", "attributed")],
    ),
    # controls, main the same: a denied denial, a finding without "niet", a comma between
    (
        "De moeder ontkent niet dat zij de kinderen verwaarloosde.",
        [("verwaarloosde", "verwaarlozing", "attributed")],
    ),
    (
        "Het staat vast dat de vader de kinderen verwaarloosde.",
        [("verwaarloosde", "verwaarlozing", "asserted")],
    ),
    (
        "De moeder ontkent het, en de vader noemt haar agressief.",
        [("agressief", "agressief", "attributed")],
    ),
]


@pytest.mark.parametrize("model", [None, "rules"])
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_voice8_voices(model: str | None, text: str, expected: list) -> None:
    found = [(h[2], h[3], h[4]) for h in hits(label_finder(model), text)]
    assert found == expected


def test_group_possibility_positions() -> None:
    """The rule reads the term's own clause: the span and its voice, exact."""
    text = "Ze zei: „Pubers kunnen lastig zijn, en mijn zoon is lastig.”"
    found = [(h[0], h[1], h[4]) for h in hits(label_finder(), text)]
    assert found == [(23, 29, "discussed"), (52, 58, "attributed")]
