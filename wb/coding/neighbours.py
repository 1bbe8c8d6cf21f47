"""A sentence next to a suggested one: the code carries over when the sentence's own words lean
its way (issue 11 §2, codes11).

A researcher codes a passage, not a lone sentence: the sentence before or after a coded one is
often about the same thing in fewer of the code's words ("Ze kwam in een internaat terecht"
after "werd ze uithuisgeplaatst"). So a sentence whose neighbour was given code X also gets X
when the code's description speaks for it at least ``RATIO`` of the description threshold (one
or two of its words, where a lone sentence needs more), nothing says against it (an exclude
clause, a rejected or uncoded passage much like it, a child code of X already there) and it is
no heading or attendance list. The carried code does not carry further: only the suggestions
made on a sentence's own evidence count as neighbours. Reason: "past bij de beschrijving: …,
net als de zin ervoor" (or "erna"); rule ``(naastliggende zin)``.

Opt-in (``Suggester(..., topic_ratio=0.4)``): a code suggested on their own evidence for
``TOPIC_SENTENCES`` sentences of a document is the document's topic, and any other sentence of
it takes the code at ``topic_ratio`` of the threshold ("past bij de beschrijving: …; 3 zinnen
hier: Uithuisplaatsing").

Both only for codes that come in runs: the researcher's coded documents (or a coding session's
codings) show at least ``RUN`` of the code's coded sentences next to another with the same code
(:func:`running_codes`). Before anything is coded, nothing is carried.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wb.coding.code_scores import parent_of
from wb.coding.rank import CodeModel

#: Share of a code's coded sentences whose neighbour the researcher coded the same, in the coded
#: documents, for the code to carry to neighbours at all, and coded sentences it needs.
RUN = 0.5
MIN_CODED = 3
#: Share of the description threshold a neighbour's code needs in the sentence's own words
#: (chosen on codes and codes2, codes11).
RATIO = 0.3
#: A code suggested on their own evidence for this many sentences of a document is its topic
#: there: any sentence of the document takes it at ``TOPIC_RATIO`` of the threshold. Off (0) by
#: default: at .4 it added right ones on codes2 tune but only wrong ones on synthetic tune.
TOPIC_SENTENCES = 3
TOPIC_RATIO = 0.0


@dataclass(frozen=True)
class Carried:
    """A code a sentence takes from the sentence next to it."""

    index: int
    code: str
    score: float
    reason: str


def carried_codes(
    model: CodeModel,
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    *,
    skip: frozenset[str] = frozenset(),
    only: frozenset[str] | None = None,
    ratio: float = RATIO,
    topic_ratio: float = TOPIC_RATIO,
) -> list[Carried]:
    """Codes sentences take from a neighbour or the document's topic (`feats[i]` None: the
    sentence takes none; `given`: the codes suggested on each sentence's own evidence; `skip`:
    codes never carried; `only`: the codes that may be carried)."""
    counts: dict[str, int] = {}
    for codes in given:
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
    topics = {c for c, n in counts.items() if n >= TOPIC_SENTENCES} if topic_ratio else set()
    out = []
    for i, own in enumerate(feats):
        if own is None:
            continue
        before = given[i - 1] if i > 0 else set()
        after = given[i + 1] if i + 1 < len(given) else set()
        for code in sorted((before | after | topics) - given[i] - skip):
            info = model.codes_.get(code)
            if info is None or (only is not None and code not in only):
                continue
            if _has_relative(code, given[i]):
                continue
            score, hits = model.description_score(info, own)
            beside = code in before or code in after
            if score < (ratio if beside else topic_ratio) * model.threshold or not hits:
                continue
            if model.excluded(code, own) is not None or model.rejected_like(code, own):
                continue
            words = ", ".join(hits[:3])
            if beside:
                side = "ervoor" if code in before else "erna"
                reason = f"past bij de beschrijving: {words}, net als de zin {side}"
            else:
                name = code.rsplit("/", 1)[-1]
                n = counts[code]
                reason = (
                    f"past bij de beschrijving: {words}; {n} zinnen van deze tekst hebben {name}"
                )
            out.append(Carried(i, code, score / (score + model.threshold), reason))
    return out


def running_codes(
    documents: Iterable[Sequence[Iterable[str]]],
    *,
    run: float = RUN,
    min_coded: int = MIN_CODED,
) -> frozenset[str]:
    """Codes the researcher gives to runs of sentences (per document, per sentence, its codes):
    at least `run` of the code's coded sentences have a neighbour with the same code (and the
    code has at least `min_coded` coded sentences)."""
    coded: dict[str, int] = {}
    beside: dict[str, int] = {}
    for doc in documents:
        codes = [frozenset(c) for c in doc]
        for i, own in enumerate(codes):
            around = (codes[i - 1] if i > 0 else frozenset()) | (
                codes[i + 1] if i + 1 < len(codes) else frozenset()
            )
            for code in own:
                coded[code] = coded.get(code, 0) + 1
                beside[code] = beside.get(code, 0) + (code in around)
    return frozenset(c for c, n in coded.items() if n >= min_coded and beside[c] / n >= run)


def _has_relative(code: str, codes: set[str]) -> bool:
    """True when the sentence already has a child or the parent of `code`."""
    return parent_of(code) in codes or any(parent_of(c) == code for c in codes)


__all__ = [
    "MIN_CODED",
    "RATIO",
    "RUN",
    "TOPIC_RATIO",
    "TOPIC_SENTENCES",
    "Carried",
    "carried_codes",
    "running_codes",
]
