"""The voice of each label hit: who applies the term, to whom, and whether at all.

:class:`wb.dossiers.labels.LabelFinder` hands its hits here once they are found. Each hit gets
the voice of the rules of :mod:`wb.dossiers.voice` (or of the learned model of
:mod:`wb.dossiers.voice_model` where the rules say asserted), then the corrections that look
at the hits together: a hit in brackets after another takes its voice, a description after a
discussed term is discussed, a denial across a gap (:mod:`wb.dossiers.voice_gap`), a labelling
frame (:mod:`wb.dossiers.label_frames`), an alleged or quoted term is attributed, a description
of a bare plural group read as discussed is asserted (:mod:`wb.dossiers.description_groups`)
unless it stands in the group a plan or measure applies to (guide line 17).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from wb.dossiers.description_groups import group_judgement
from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.judging import LABEL as JUDGING_LABEL
from wb.dossiers.label_frames import alleged
from wb.dossiers.voice import VoiceResolver
from wb.dossiers.voice_clauses import generic_naming_passive
from wb.dossiers.voice_conditions import condition_predicate
from wb.dossiers.voice_discussed import quoted_gloss
from wb.dossiers.voice_document import DocumentKind
from wb.dossiers.voice_existential import kinds_you_have
from wb.dossiers.voice_gap import gap_denials
from wb.dossiers.voice_headings import repeats_quote
from wb.dossiers.voice_model import learned_voice
from wb.dossiers.voice_plan_groups import plan_group_phrase
from wb.dossiers.voice_reader import asked_terms

_APPOSITION = re.compile(r"['’”\"]?\s*[(/]\s*['‘“\"]?")


def hit_voices(
    doc: Doc,
    text: str,
    hits: list[tuple[int, int, int, int]],
    labels: list[str],
    frames: list[tuple[int, int, str]],
    self_terms: Iterable[str] | None,
    kind: DocumentKind,
    voice_model: str,
    term_keys: list[set[str]],
) -> list[str]:
    """The voice of each hit (start, end, specificity, index in `labels`) of one document.

    `frames` are the labelling frames of :func:`wb.dossiers.label_frames.find_frames`, `kind`
    the document's kind (:func:`wb.dossiers.voice_document.document_kind`), `voice_model`
    "learned" or "rules", `term_keys` the words of each lexicon term."""
    resolver = VoiceResolver(doc, self_terms, kind)
    voices: list[str] = []
    for i, (a, b, _, t) in enumerate(hits):
        between = text[hits[i - 1][1] : a] if i else ""
        # a learned hit is a description beyond the lexicon to the voice machinery
        label = DESCRIPTION_LABEL if labels[t] == JUDGING_LABEL else labels[t]
        if i and _APPOSITION.fullmatch(between):  # "ouderverstoting (PAS)": same voice
            voices.append(voices[-1])
        elif voice_model == "learned":
            voices.append(learned_voice(resolver, a, b, label))
        else:
            voices.append(resolver.voice(a, b))
    as_description = [DESCRIPTION_LABEL if x == JUDGING_LABEL else x for x in labels]
    voices = _share_discussed(text, hits, as_description, voices)
    voices = gap_denials(text, hits, term_keys, asked_terms(resolver, hits, voices))
    glossed = {i for i, h in enumerate(hits) if _glossed(resolver, h[0], h[1])}
    glossed |= {i for i, h in enumerate(hits) if _named_category(resolver, h[0], h[1])}
    voices = _frame_voices(hits, voices, frames, resolver.quotes, glossed)
    voices = [  # a judgement of a group follows who applies it (labels-policy)
        "asserted"
        if v == "discussed"
        and as_description[h[3]] == DESCRIPTION_LABEL
        and group_judgement(doc, h[0], h[1])
        and not _named_kind(resolver, h[0], h[1])
        and not _plan_group(resolver, h[0], h[1])
        else v
        for h, v in zip(hits, voices, strict=True)
    ]
    voices = [
        "attributed"
        if v not in ("negated", "attributed")
        and (alleged(text, h[0]) or repeats_quote(doc, h[0], h[1], resolver.quotes))
        else v
        for h, v in zip(hits, voices, strict=True)
    ]
    return voices


_SHARE_REACH = 80  # characters between a discussed term and a description that follows it


def _share_discussed(
    text: str, hits: list[tuple[int, int, int, int]], labels: list[str], voices: list[str]
) -> list[str]:
    """A description right after a discussed term in the same clause describes the type the
    term names ("De verstotende ouder ondermijnt ...": discussed, like the term), not a person
    the author judges; no sentence or clause end (. ; : ? !) between them."""
    out = list(voices)
    for i, (a, _, _, t) in enumerate(hits):
        if labels[t] != DESCRIPTION_LABEL or out[i] != "asserted":
            continue
        for j in range(i - 1, -1, -1):
            end, term = hits[j][1], hits[j][3]
            between = text[end:a]
            if len(between) > _SHARE_REACH or any(c in between for c in ".;:?!\n"):
                break
            if labels[term] != DESCRIPTION_LABEL and out[j] == "discussed":
                out[i] = "discussed"
                break
    return out


def _glossed(resolver: VoiceResolver, start: int, end: int) -> bool:
    """Whether the term is in quotes glossed after a colon ("noemen ze ‘X’: moeders die")."""
    if not resolver.sents:
        return False
    _, tokens, at, upto = resolver.locate(start, end)
    return quoted_gloss(tokens, at, upto)


def _named_kind(resolver: VoiceResolver, start: int, end: int) -> bool:
    """Whether the hit describes a kind of people that "(Zo) heb je ouders die ..." names
    (:func:`wb.dossiers.voice_existential.kinds_you_have`): discussed, not a group judged."""
    if not resolver.sents:
        return False
    _, tokens, at, _ = resolver.locate(start, end)
    return kinds_you_have(tokens, at)


def _plan_group(resolver: VoiceResolver, start: int, end: int) -> bool:
    """Whether the hit stands in the group a plan or measure applies to ("Ouders die ...,
    moeten worden gestraft"; guide line 17) or in a condition's predicate ("daar waar ouders
    ... niet nemen"; line 3), labels-voice5: discussed, not a group judged."""
    if not resolver.sents:
        return False
    _, tokens, at, upto = resolver.locate(start, end)
    return plan_group_phrase(tokens, at, upto) or condition_predicate(tokens, at)


def _named_category(resolver: VoiceResolver, start: int, end: int) -> bool:
    """Whether a passive naming gives the quoted term to an indefinite subject ("werd een kind
    ... “X” genoemd"): a category, not a person labelled (voice17, policy line 8)."""
    if not resolver.sents:
        return False
    _, tokens, at, upto = resolver.locate(start, end)
    return generic_naming_passive(tokens, at, upto)


def _frame_voices(
    hits: list[tuple[int, int, int, int]],
    voices: list[str],
    frames: list[tuple[int, int, str]],
    quotes: list[tuple[int, int]],
    glossed: set[int] | None = None,
) -> list[str]:
    """A hit inside a term put on someone by a labelling frame takes the frame's voice
    (:mod:`wb.dossiers.label_frames`): attributed, or asserted when the author applies it, then
    attributed inside a quote; a negated hit stays negated, and so does a discussed term a
    colon glosses (labels40: the frame names a category, not a person) or a passive naming gives
    to an indefinite subject (voice17)."""
    out = list(voices)
    for i, (a, b, _, _) in enumerate(hits):
        frame = next((f for f in frames if f[0] <= a and b <= f[1]), None)
        if frame is None or out[i] == "negated":
            continue
        if glossed and i in glossed and out[i] == "discussed":
            continue
        voice = frame[2]
        fa, fb = frame[0], frame[1]
        # inside a quote that is more than the term's own quotation marks: a quoted speaker's
        if voice == "asserted" and any(
            qa <= a and b <= qb and qb - qa > fb - fa + 2 for qa, qb in quotes
        ):
            voice = "attributed"
        out[i] = voice
    return out
