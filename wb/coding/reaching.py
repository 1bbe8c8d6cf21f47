"""The reach of a researcher's codes as suggestions of a document (codes16).

:mod:`wb.coding.coder_reach` learns from coded documents which sentences a researcher codes
around the codebook's own evidence. Here a suggester's documents become what that model reads
(:func:`reach_document`: the codebook's own evidence comes from a twin suggester that learned
nothing, so a coded document and the next one are read the same way) and its predictions become
suggestions with a reason in Dutch (:func:`reach_suggestions`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wb.coding.coder_reach import ReachDocument, ReachModel
from wb.coding.line_roles import line_shapes
from wb.coding.passages import is_paragraph_rest
from wb.coding.sentence_kinds import is_heading, is_label_line, sentence_features
from wb.coding.suggestion import BEYOND_RULES, Suggestion

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester

#: Highest score of a suggestion from the reach of the codings: below every suggestion of a
#: sentence's own words (a description's is at least .5).
SCORE_MAX = 0.45
#: Sentences of the document where the codebook's own evidence has the code, at least, before
#: its reach is suggested (codes30: a code the codebook finds once in a document reached wrong
#: sentences on codes11 held-out, 6 of 7; 1: any).
MIN_OWN = 2
#: No reach for a code where the sentence has a suggestion of its parent or a child code: the
#: codebook's own evidence chose one of the family there (codes36; False: off).
FAMILY = True
#: Where the reach would give a sentence two codes or more, the sentence's own words choose: only
#: the codes whose description words it has (codes36; False: all).
CHOOSE = True


def text_sentences(doc: Doc) -> list:
    """The sentences of a document with text (the ones a coded document's codes are given for)."""
    return [s for s in doc.sents if s.text.strip()]


def reach_document(
    plain: Suggester,
    name: str,
    doc: Doc,
    metadata: Mapping[str, object] | None = None,
    coded: Sequence[set[str]] | None = None,
) -> ReachDocument:
    """`doc` as the reach model reads it; `plain` is a suggester that learned nothing (the rest of
    a paragraph left out: read with it, the reach lost 3 right codings on codes5, codes34)."""
    sents = text_sentences(doc)
    starts = [s.start_char for s in sents]
    own: list[set[str]] = [set() for _ in sents]
    for s in plain.suggest_doc(name, doc, metadata):
        if sents and not is_paragraph_rest(s.reason):
            own[max(0, bisect_right(starts, s.match_start) - 1)].add(s.code)
    model = plain.model_
    assert model is not None
    feats = [sentence_features(s) for s in sents]
    desc = {}
    for path, info in model.codes_.items():
        desc[path] = [model.description_score(info, f)[0] / model.threshold for f in feats]
    return ReachDocument(
        own=[frozenset(o) for o in own],
        headings=[is_heading(s.text) for s in sents],
        sizes=[len(f) for f in feats],
        desc=desc,
        coded=None if coded is None else [frozenset(c) for c in coded],
        shapes=[line_shapes(s.text) for s in sents],
        words=[len(s.text.split()) for s in sents],
    )


def reach_suggestions(
    suggester: Suggester,
    reach: ReachModel,
    name: str,
    doc: Doc,
    found: list[Suggestion],
    metadata: Mapping[str, object] | None = None,
    skip: frozenset[str] = frozenset(),
) -> list[Suggestion]:
    """Suggestions the reach of the codings adds to `found` (none where a sentence has the code
    or, with :data:`FAMILY`, its parent or a child, on a label line ("Vraag 1"), for a code in
    `skip`, where an exclude clause of the code speaks against it, or for a code the codebook's
    own evidence has in fewer than :data:`MIN_OWN` sentences of the document; with
    :data:`CHOOSE`, of two codes or more on a sentence only those its words name)."""
    sents = text_sentences(doc)
    if not sents or reach.threshold_ is None:
        return []
    plain = suggester.plain_suggester()
    read = reach_document(plain, name, doc, metadata)
    starts = [s.start_char for s in sents]
    given: list[set[str]] = [set() for _ in sents]
    for s in found:
        given[max(0, bisect_right(starts, s.match_start) - 1)].add(s.code)
    model = suggester.model_
    assert model is not None
    kept = []
    for k, code, chance, row in reach.predict(read):
        if code in given[k] or code in skip or is_label_line(sents[k].text):
            continue
        if FAMILY and any(_related(code, other) for other in given[k]):
            continue
        if model.excluded(code, sentence_features(sents[k])) is not None:
            continue
        if round(row["share"] * len(sents)) < MIN_OWN:
            continue
        kept.append((k, code, chance, row))
    if CHOOSE:
        kept = chosen_by_words(kept)
    out = []
    for k, code, chance, row in kept:
        sent = sents[k]
        text = sent.text
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.start_char + len(text.rstrip())
        out.append(
            Suggestion(
                name,
                start,
                end,
                code,
                start,
                end,
                text.strip(),
                BEYOND_RULES["reach"],
                None,
                round(min(SCORE_MAX, SCORE_MAX * chance), 3),
                reach_reason(code, row, len(sents)),
            )
        )
    return out


def chosen_by_words(
    pairs: Sequence[tuple[int, str, float, Mapping[str, float]]],
) -> list[tuple[int, str, float, Mapping[str, float]]]:
    """The (sentence, code, chance, features) pairs of the reach, where a sentence has two or
    more only those whose description reaches into the sentence ("desc" above 0)."""
    many = {k for k, n in Counter(p[0] for p in pairs).items() if n > 1}
    return [p for p in pairs if p[0] not in many or p[3]["desc"] > 0]


def _related(code: str, other: str) -> bool:
    """True when `other` is the parent or a child of `code` (codes are paths "A/B")."""
    return other.startswith(code + "/") or code.startswith(other + "/")


def reach_reason(code: str, row: Mapping[str, float], n: int) -> str:
    """Why the reach of the codings suggests `code` for a sentence, in plain Dutch."""
    short = code.rsplit("/", 1)[-1]
    if row["prev"] or row["next"]:
        where = "de zin ervoor" if row["prev"] else "de zin erna"
        if row["prev"] and row["next"]:
            where = "de zinnen ervoor en erna"
        near = f"{short} in {where}"
    elif row["dist4"]:
        near = f"{short} een paar zinnen verderop"
    else:
        near = f"{short} elders in dit document"
    many = round(row["share"] * n)
    return (
        f"zoals in de documenten die u codeerde: {near}, "
        f"en in {many} van de {n} zinnen van dit document"
    )


__all__ = [
    "CHOOSE",
    "FAMILY",
    "MIN_OWN",
    "SCORE_MAX",
    "chosen_by_words",
    "reach_document",
    "reach_reason",
    "reach_suggestions",
    "text_sentences",
]
