"""Codes a sentence takes from the sentences around it, as suggestions of a document.

Four sources, each in its own module: the codes a researcher's codings run
(:mod:`wb.coding.neighbours`), the codes the document itself runs (:mod:`wb.coding.doc_runs`),
the topic of a stretch of the document around the sentence (:mod:`wb.coding.passages`), and
the line that opens a list (:mod:`wb.coding.list_items`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span

from wb.coding.doc_runs import carried_in_document
from wb.coding.list_items import SCORE as LIST_SCORE
from wb.coding.list_items import listed_in_document
from wb.coding.neighbours import carried_codes, running_codes
from wb.coding.passages import bridged_in_document, is_minutes, paragraph_ids, stretch_marks
from wb.coding.perspective import label_spans
from wb.coding.suggestion import BEYOND_RULES, Suggestion

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester

#: Whether a document's runs carry the experience code of a child's voice to a neighbour (who
#: tells is decided sentence by sentence, as in passages).
RUNS_VOICE = True
#: A code the researcher's codings run carries only to a sentence that has no code of its own
#: evidence: where the codebook chose a code, a code learned from the coded third does not add
#: itself by a neighbour (codes-thirdprec: on codes2-codes19 after a third such carries were
#: right 2 times and wrong 9; False: to any sentence, as before).
RUNS_SILENT = True


def carried_suggestions(
    suggester: Suggester,
    name: str,
    sents: list[Span],
    out: list[Suggestion],
    feats: list[frozenset[str] | None],
    perspective: set[str],
) -> list[Suggestion]:
    """Codes a sentence takes from the sentence next to it: those the researcher's codings
    run (:mod:`wb.coding.neighbours`), those the document runs (:mod:`wb.coding.doc_runs`),
    and a topic of the stretch around it (:mod:`wb.coding.passages`)."""
    assert suggester.model_ is not None
    coded = [[c for _, c in doc] for doc in suggester.model_.coded_docs_]
    runs = running_codes([*coded, *suggester.runs_.values()])
    starts = [s.start_char for s in sents]
    given: list[set[str]] = [set() for _ in sents]
    for s in out:
        given[max(0, bisect_right(starts, s.match_start) - 1)].add(s.code)
    carried = []
    if runs:
        open_ = [None if RUNS_SILENT and g else f for f, g in zip(feats, given, strict=True)]
        carried = carried_codes(
            suggester.model_,
            open_,
            given,
            skip=frozenset(perspective),
            only=runs,
            topic_ratio=suggester.topic_ratio_,
        )
    minutes = bool(sents) and is_minutes(sents[0].doc.text)
    if suggester.doc_runs_["min_sentences"]:  # the document's own runs (wb.coding.doc_runs)
        runs_options = dict(suggester.doc_runs_)
        if minutes:  # each line may be another speaker's topic: more words (codes28)
            runs_options["min_words"] = max(
                runs_options["min_words"], suggester.doc_runs_minutes_words_
            )
        seen = {(c.index, c.code) for c in carried}
        opens = [a for a, _ in label_spans(sents[0].doc.text)] if sents else []
        turns = frozenset(
            i for i, x in enumerate(sents) if any(x.start_char <= a < x.end_char for a in opens)
        )
        voice = suggester.voice_
        skip = set(perspective)
        if not RUNS_VOICE and voice is not None:
            skip.add(voice.code)
        more = carried_in_document(
            suggester.model_,
            feats,
            given,
            skip=frozenset(skip),
            turns=turns,
            **runs_options,
        )
        carried += [c for c in more if (c.index, c.code) not in seen]
    bridged: set[tuple[int, str]] = set()
    no_bridge = suggester.passages_minutes_ and minutes  # minutes: no passages by default
    if suggester.passages_["max_gap"] and not no_bridge:  # inside a stretch on a topic (codes14)
        voice = suggester.voice_
        skip = set(perspective) | ({voice.code} if voice is not None else set())
        breaks, quoted = stretch_marks(sents)
        more = bridged_in_document(
            suggester.model_,
            feats,
            given,
            skip=frozenset(skip),
            breaks=breaks,
            quoted=quoted,
            paragraphs=paragraph_ids(sents),
            **suggester.passages_,
        )
        seen = {(c.index, c.code) for c in carried}
        more = [c for c in more if (c.index, c.code) not in seen]
        carried += more
        bridged = {(c.index, c.code) for c in more}  # a neighbour's code stays a neighbour's
    found = []
    for c in carried:
        text = sents[c.index].text
        start = sents[c.index].start_char + len(text) - len(text.lstrip())
        end = sents[c.index].start_char + len(text.rstrip())
        rule = BEYOND_RULES["passage" if (c.index, c.code) in bridged else "neighbour"]
        found.append(
            Suggestion(
                name,
                start,
                end,
                c.code,
                start,
                end,
                text.strip(),
                rule,
                None,
                c.score,
                c.reason,
            )
        )
    if suggester.list_items_:  # the lines after a line that ends in a colon (codes22)
        voice = suggester.voice_
        skip = set(perspective) | ({voice.code} if voice is not None else set())
        hits = {(s.match_start, s.code) for s in out}
        for item, code, reason in listed_in_document(
            suggester.model_,
            sents,
            feats,
            given,
            skip=frozenset(skip),
            single=suggester.list_items_ != "all",
        ):
            if any(item.start <= a < item.end and c == code for a, c in hits):
                continue  # the line has the code on its own evidence
            text = sents[0].doc.text[item.start : item.end]
            found.append(
                Suggestion(
                    name,
                    item.start,
                    item.end,
                    code,
                    item.start,
                    item.end,
                    text,
                    BEYOND_RULES["passage"],
                    None,
                    LIST_SCORE,
                    reason,
                )
            )
    return found
