"""Hyphenated compounds that Dutch spelling writes closed: the lemma of ``politie-agenten`` is
``politieagent``, of ``management-consultant`` ``managementconsultant``.

Dutch writes a compound as one word; a hyphen belongs only where a part is an abbreviation or
holds a digit (``FARC-rebellen``, ``tbs-instelling``, ``24-jarige``), where a later part starts
with a capital (``Noord-Brabant``), where the closed form would read two vowels as one sound
(``zee-egel``, ``auto-ongeluk``), after ``ex-``, ``oud-``, ``niet-``, ``non-``, in a pair of
adjectives (``liberaal-conservatief``) and in words written with a hyphen (``e-mail``,
``burn-out``). The UD Dutch treebanks lemmatise the compound closed as well
(``politie_agent``). OpenTaal's word list decides first where it lists the hyphenated word
(``e-mail`` stays; ``politie-agent`` is listed as a misspelling), then a closed form the lexicon
knows (``vice-voorzitter`` -> ``vicevoorzitter``), then the spelling rules, as
:mod:`wb.corpus.pdf_clean` decides for a hyphen at a line end.
"""

from __future__ import annotations

from itertools import pairwise

from wb.lang import word_set
from wb.nlp.lexicon import Lexicon

KEEP_PREFIXES = word_set("lemma_hyphen_prefixes.txt")
# vowel pairs that would read as one sound when a compound is closed: zee-egel, auto-ongeluk
VOWEL_CLASH = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "ij", "oe", "oi", "oo", "ou", "ui", "uu"}
)
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
_PLAIN = str.maketrans("àáâäèéêëìíîïòóôöùúûü", "aaaaeeeeiiiioooouuuu")


def closed_spelling(form: str, lemma: str, lexicon: Lexicon) -> str | None:
    """The closed lowercase spelling of a hyphenated compound as written (``Politie-agenten``
    -> ``politieagenten``), or None when the hyphen belongs (see module docstring).

    ``lemma``: the lemma with the hyphen (``politie-agent``, ``liberaal-conservatief``)."""
    parts = form.split("-")
    if not 1 < len(parts) < 4 or not all(parts):
        return None  # held-die-geen-held-werd: a phrase
    low = form.lower()
    closed = low.replace("-", "")
    if not closed.isalpha() or any(len(p) == 1 for p in parts):
        return None  # 24-jarige, A4-tje, 's-Hertogenbosch, e-mail, x-as
    if any(p[:1].isupper() for p in parts[1:]) or any(not p[1:].islower() for p in parts):
        return None  # Noord-Brabant, etnisch-Albanees, FARC-rebellen, ChristenUnie-raadslid
    classes = lexicon.word_classes.get(lemma)
    if classes is not None:
        # OpenTaal lists the hyphenated word: as a misspelling (F: politie-agent) or as the
        # spelling (e-mail, burn-out, zwart-wit, oud-voorzitter)
        return closed if classes == "F" else None
    known = lexicon.is_known
    closed_lemma = lemma.replace("-", "")
    if closed_lemma in lexicon.word_classes or known(closed) or known(closed_lemma):
        return closed  # vice-voorzitter, privé-sfeer, promotie-onderzoek
    lows = low.split("-")
    if lows[0] in KEEP_PREFIXES or "en" in lows[1:-1]:
        return None  # ex-partner, oud-trainer, vader-en-zoon
    if any(not _VOWELS.intersection(p) for p in lows):
        return None  # tbs-instelling: an abbreviation in lowercase
    for left, right in pairwise(lows):
        if (left[-1] + right[0]).translate(_PLAIN) in VOWEL_CLASH:
            return None  # zee-egel, auto-ongeluk, radio-uitzending
    mask = lexicon.pos_mask
    if mask.get(lows[0], 0) & 4 and mask.get(lemma.rpartition("-")[2], 0) & 4:
        return None  # liberaal-conservatief, rood-wit: a pair of adjectives
    return closed
