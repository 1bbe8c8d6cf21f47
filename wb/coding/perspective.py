"""Who speaks: the narrator of a story or the speaker of a turn, as a perspective code.

The policy (corpora/README.md, "Perspectief uit de context"): a story whose narrator is named in
its metadata (``perspective: grootouder``) carries that perspective code on every sentence in
which the narrator speaks in the first person ("ik", "mijn", "we", outside double quotes). In
minutes a turn's label ("Raadsonderzoeker (RvdK): ...") names the speaker; the turn's sentences
in the first person carry the speaker's perspective code. The code of a label is the
perspective code whose own patterns match in the label, so no role list is kept here. Without
metadata and without turns, the perspective codes found in the first-person opening sentences
("Ik ben Ilse, moeder van twee kinderen", "Mijn kleinzoon Tijn was zes") name the narrator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from wb.codebook import Codebook
from wb.corpus.paragraphs import paragraph_spans
from wb.corpus.turns import turn_spans
from wb.lang import word_set

#: metadata keys that name a document's narrator
NARRATOR_KEYS = ("perspective", "perspectief", "verteller")
#: names of the parent code whose children are perspectives
PERSPECTIVE_PARENTS = frozenset({"perspectief", "perspectieven", "perspective"})
_QUOTED = re.compile(r"[\"“„][^\"”“\n]*[\"”]")
_WORD = re.compile(r"[\w']+")
#: how many sentences at the start of a document may show who tells it
OPENING_SENTENCES = 8
#: the narrator introduces themself in the singular ("ik", "mijn"), headings included
FIRST_PERSON_OPENING = re.compile(r"\b(?:ik|mijn|m'n|me|mij)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scope:
    """A stretch of a document with a known narrator: [start, end), its code and why."""

    start: int
    end: int
    code: str
    reason: str
    label_end: int | None = None  # where a turn's label ends (its colon), None for a story


def perspective_codes(codebook: Codebook) -> list[str]:
    """Paths of the codes under a parent named 'Perspectief' (in codebook order)."""
    return [
        c.path
        for c in codebook.walk()
        if "/" in c.path and c.path.rsplit("/", 1)[0].lower() in PERSPECTIVE_PARENTS
    ]


def narrator_code(codebook: Codebook, metadata: Mapping[str, object] | None) -> str | None:
    """The perspective code the metadata names ('grootouder' -> Perspectief/Grootouder)."""
    value = next((metadata[k] for k in NARRATOR_KEYS if metadata and k in metadata), None)
    if not isinstance(value, str) or not value.strip():
        return None
    wanted = value.strip().lower()
    codes = perspective_codes(codebook)
    for path in codes:
        if path.rsplit("/", 1)[-1].lower() == wanted:
            return path
    for path in codes:
        if wanted in _WORD.findall(path.rsplit("/", 1)[-1].lower()):
            return path
    return None


def first_person(sentence: str) -> bool:
    """True when the sentence has a first-person word ("ik", "mijn", "we") outside quotes.

    A Markdown heading ("# Zeven jeugdbeschermers en één ik") is a title, not the narrator
    speaking.
    """
    if sentence.lstrip().startswith("#"):
        return False
    pronouns = word_set("first_person.txt")
    return any(w in pronouns for w in _WORD.findall(_QUOTED.sub(" ", sentence).lower()))


def scopes(
    text: str,
    codebook: Codebook,
    metadata: Mapping[str, object] | None,
    label_codes: Mapping[int, set[str]],
    sentences: list[tuple[int, int]] | None = None,
) -> list[Scope]:
    """The stretches of a text with a known narrator or speaker.

    `label_codes` gives, per character offset where a pattern hit starts, the perspective codes
    that hit; a turn's speaker is the one perspective code found in its label. Without a
    narrator in the metadata and without speaker turns, the opening `sentences` may show who
    tells the story (see :func:`opening_narrator`).
    """
    code = narrator_code(codebook, metadata)
    if code is not None:
        return [_story_scope(text, code, "")]
    out = _turn_scopes(text, label_codes)
    if not out and sentences:
        code = opening_narrator(text, label_codes, sentences)
        if code is not None:
            out = [_story_scope(text, code, " (uit de opening)")]
    return out


def _story_scope(text: str, code: str, how: str) -> Scope:
    """The whole text as told by the narrator of `code` ("verteller: grootouder")."""
    return Scope(0, len(text), code, f"verteller: {code.rsplit('/', 1)[-1].lower()}{how}")


def opening_narrator(
    text: str, hits: Mapping[int, set[str]], sentences: list[tuple[int, int]]
) -> str | None:
    """The perspective code most often found in the first-person opening sentences, or None.

    "Ik ben Ilse, moeder van twee kinderen" and "Mijn kleinzoon Tijn was zes" name the narrator
    through the codebook's own patterns; a tie names nobody.
    """
    counts: dict[str, int] = {}
    for start, end in sentences[:OPENING_SENTENCES]:
        if not FIRST_PERSON_OPENING.search(text[start:end]):
            continue
        for pos, codes in hits.items():
            if start <= pos < end:
                for code in codes:
                    counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def label_spans(text: str) -> list[tuple[int, int]]:
    """(start, colon) of every speaker label in a text: who speaks, not what the turn is about."""
    return [(start, colon) for start, _, _, colon in _speaker_turns(text)]


def _speaker_turns(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, speaker, colon) of every turn that opens with a speaker label."""
    return [
        (start, end, speaker, text.index(":", start))
        for p_start, p_end in paragraph_spans(text)
        for start, end, speaker in turn_spans(text, p_start, p_end)
        if speaker is not None
    ]


def _turn_scopes(text: str, label_codes: Mapping[int, set[str]]) -> list[Scope]:
    """One scope per speaker turn whose label shows one perspective code."""
    out = []
    for start, end, speaker, colon in _speaker_turns(text):
        found = {c for pos, codes in label_codes.items() if start <= pos < colon for c in codes}
        if len(found) == 1:
            (who,) = found
            out.append(Scope(start, end, who, f"spreker: {speaker}", colon))
    return out
