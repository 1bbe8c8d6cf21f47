"""An acronym defined in brackets after a run of ordinary words (names-kept4).

"de Jeugdgezondheidszorg (JGZ)", "het Centrum Jeugd en Gezin (CJG)", "een Gecertificeerde
Instelling (GI)": the long form is a description in dictionary words, no name, and the acronym
its short form; both stay, and so does the acronym wherever else it stands alone ("De JGZ volgt
..."). A local organisation's long form holds a place, a region's compass word or a name
("Jeugdbescherming Noord (JBN)", "Bureau Jeugdzorg Kwarland (BJK)"), and a foundation or society
is named by its own words however ordinary ("Stichting Samen Sterk (SSS)"): the other rules read
such a run, and the acronym before a capitalised word ("CJG Kwarstad") is left to them too.

The acronym must spell the initials of the run's capitalised words, or of the parts of its
compounds ("Jeugd-gezondheid-zorg": JGZ); lowercase words between them ("voor", "en", "de")
are skipped.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, is_dutch_word, is_known_name, is_ordinary, places
from wb.dossiers.kept_mentions import LEGAL_FORMS
from wb.dossiers.mentions import Mention
from wb.lang import word_set

# "(JGZ)", "( CJG)": two to six capitals in brackets
_DEFINED = re.compile(rf"\((?:[ ])?(?P<a>[{UP}]{{2,6}})\)")
_WORD = re.compile(r"[\w’'-]+|&")
# a capital after a lowercase letter inside one word: CamelCase
_INNER_CAPITAL = re.compile(rf"[^\W\d_{UP}][{UP}]")


def _parts(word: str, depth: int = 3) -> list[str]:
    """A lowercase word split into its compound parts, parts of parts too
    ("jeugdgezondheidszorg": jeugd, gezondheids, zorg)."""
    from wb.nlp import compound_parts

    parts = compound_parts(word) or [word]
    if len(parts) == 1 or depth == 0:
        return parts
    return [q for p in parts for q in _parts(p, depth - 1)]


def _initials(word: str) -> tuple[str, str]:
    """The word's first letter and the first letters of its compound parts ("JGZ")."""
    pieces = [p for p in word.lower().strip("-").split("-") if p]
    letters = "".join(q[:1] for p in pieces for q in _parts(p))
    return word[:1].upper(), letters.upper()


def _dictionary_word(word: str) -> bool:
    """True for a dictionary word or a compound of dictionary words ("Jeugdgezondheidzorg"),
    not of an unknown stem ("Kwarstad")."""
    low = word.lower()
    return is_dutch_word(low) or all(is_dutch_word(p) for p in _parts(low))


def _run_before(text: str, start: int, acronym: str) -> tuple[int, list[str]] | None:
    """The start and words of the run right before ``start`` whose initials spell
    ``acronym``, the run opening with a capitalised word; None when no run fits."""
    words = list(_WORD.finditer(text, max(0, start - 150), start))
    if words and text[words[-1].end() : start].strip():
        return None  # no run right before the bracket
    for k in range(1, min(8, len(words)) + 1):
        run = words[-k:]
        if not run[0][0][:1].isupper():
            continue
        capitals = [w[0] for w in run if w[0][:1].isupper()]
        if not capitals:
            continue
        plain = "".join(_initials(w)[0] for w in capitals)
        parts = "".join(_initials(w)[1] for w in capitals)
        if acronym in (plain, parts):
            return run[0].start(), [w[0] for w in run]
    return None


def _ordinary_run(words: list[str]) -> bool:
    """True when every capitalised word of the run is an ordinary word, no name, place or
    compass word ("Noord")."""
    compass = word_set("name_compass.txt")
    for word in words:
        bare = word.strip("-")
        if not bare[:1].isupper():
            continue
        if _INNER_CAPITAL.search(bare):
            return False  # "ZorgSamenLeven (ZSL)": a made-up name in one word, not a description
        if not is_ordinary(bare) or not _dictionary_word(bare) or is_known_name(bare):
            return False
        if bare in places():
            return False
        if bare.lower() in compass:
            return False
    return True


def ordinary_acronym_mentions(text: str) -> list[Mention]:
    """KEEP mentions for each run of ordinary words with an acronym defined after it, the
    acronym in its brackets, and the acronym's other stand-alone occurrences."""
    found: list[Mention] = []
    defined: set[str] = set()
    for d in _DEFINED.finditer(text):
        acronym = d["a"]
        fit = _run_before(text, d.start(), acronym)
        if fit is None or not _ordinary_run(fit[1]):
            continue
        start = fit[0]
        before = text[max(0, start - 12) : start].split()
        if any(w in LEGAL_FORMS for w in fit[1] + before[-1:]):
            continue  # "Stichting Samen Sterk (SSS)": a foundation's own name
        end = text.rindex(fit[1][-1], start, d.start()) + len(fit[1][-1])
        found.append(Mention(start, end, "KEEP", text[start:end], 1, "ordinary-acronym"))
        defined.add(acronym)
    for acronym in sorted(defined):
        for m in re.finditer(rf"(?<![\w-]){acronym}(?![\w'’-])(?![ ][{UP}])", text):
            found.append(Mention(m.start(), m.end(), "KEEP", acronym, 1, "ordinary-acronym"))
    return found
