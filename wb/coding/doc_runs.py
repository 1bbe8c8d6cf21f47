"""A document's own runs: a code it gives several sentences carries to their neighbours (codes13).

The neighbour rule of :mod:`wb.coding.neighbours` carries only the codes a researcher's codings
show in runs, so before anything is coded nothing carries. A document can show the same by
itself: when the codebook's own evidence (patterns, description, examples) gives a code to
``MIN_SENTENCES`` or more of its sentences, the document treats that topic over a stretch of
text, and a sentence next to one of them takes the code when its own words lean that way: the
code's description reaches ``RATIO`` of the threshold in ``MIN_WORDS`` word of the sentence (a
compound and its parts one word) with a *distinctive* one among them (a lemma at most
``share_max`` codes of the codebook have), no exclude clause or rejected look-alike speaks
against it, and no child or parent of the code is already in the sentence. In minutes, where
the next line is often another speaker's topic, it takes two words (``MINUTES_WORDS``). Nothing
carries across the start of a speaker's turn ("Raadsonderzoeker (RvdK): …"): in minutes each
turn is another speaker's topic. A carried code does not carry further.

This needs no coding, so it works for the codebook alone and keeps working after a researcher
has coded documents (their runs add codes to carry; they take none away). Reason: "past bij de
beschrijving: …, net als de zin ervoor" (or "erna"), rule ``(naastliggende zin)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from wb.coding.distinctive import word_groups
from wb.coding.neighbours import Carried, _has_relative
from wb.coding.rank import CodeModel

#: Sentences of one document a code needs on its own evidence before it carries there.
MIN_SENTENCES = 2
#: Share of the description threshold the sentence's own words must reach for the code, and the
#: words of the sentence (a compound and its parts one word) that must bring it: one in a text
#: (codes28: a passage goes on in fewer of the code's words), two in minutes, where the next line
#: is often another speaker's topic ("tafel", "maand" beside it; codes13).
RATIO = 0.3
MIN_WORDS = 1
MINUTES_WORDS = 2


def document_runs(given: Sequence[set[str]], min_sentences: int = MIN_SENTENCES) -> frozenset[str]:
    """The codes given (on their own evidence) to at least `min_sentences` sentences."""
    counts = Counter(code for codes in given for code in codes)
    return frozenset(code for code, n in counts.items() if n >= min_sentences)


def carried_in_document(
    model: CodeModel,
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    *,
    skip: frozenset[str] = frozenset(),
    min_sentences: int = MIN_SENTENCES,
    ratio: float = RATIO,
    distinct: bool = True,
    min_words: int = MIN_WORDS,
    turns: frozenset[int] = frozenset(),
) -> list[Carried]:
    """Codes sentences take from a neighbour when the document runs them (`feats[i]` None: the
    sentence takes none; `given`: the codes suggested on each sentence's own evidence; `turns`:
    the sentences that open a speaker's turn, across which nothing carries)."""
    runs = document_runs(given, min_sentences) - skip
    if not runs:
        return []
    out = []
    for i, own in enumerate(feats):
        if own is None:
            continue
        before = given[i - 1] if i > 0 and i not in turns else set()
        after = given[i + 1] if i + 1 < len(given) and i + 1 not in turns else set()
        for code in sorted(((before | after) & runs) - given[i]):
            info = model.codes_.get(code)
            if info is None or _has_relative(code, given[i]):
                continue
            score, hits = model.description_score(info, own)
            if score < ratio * model.threshold or len(word_groups(hits, own)) < min_words:
                continue
            if distinct and not any(
                model.share_.get(x, 1) <= model.share_max for x in hits if x in info.seeds
            ):
                continue
            if model.excluded(code, own) is not None or model.rejected_like(code, own):
                continue
            side = "ervoor" if code in before else "erna"
            reason = f"past bij de beschrijving: {', '.join(hits[:3])}, net als de zin {side}"
            out.append(Carried(i, code, score / (score + model.threshold), reason))
    return out


__all__ = [
    "MINUTES_WORDS",
    "MIN_SENTENCES",
    "MIN_WORDS",
    "RATIO",
    "carried_in_document",
    "document_runs",
]
