"""Pattern hits a :class:`wb.coding.suggest.Suggester` sets aside before it ranks a document.

A hit inside a speaker label says who speaks, not what the turn is about; a hit whose place in
the sentence shows it is no evidence (the rules of :mod:`wb.coding.evidence`) is dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from wb.codebook import Codebook
from wb.coding import evidence
from wb.coding.perspective import Scope, label_spans, perspective_codes
from wb.coding.sentence_kinds import scope_of as _scope_of
from wb.coding.suggestion import Suggestion


def without_label_topics(
    codebook: Codebook, sents: list[Span], found: list[Suggestion], text: str
) -> list[Suggestion]:
    """Pattern hits inside a speaker label count for perspective codes only.

    "Medewerker Veilig Thuis:" or "Raadsonderzoeker (RvdK):" says who speaks; the turn is
    about Veilig Thuis or the Raad only when its words say so (corpora/README.md, rule 3).
    """
    if not sents:
        return found
    labels = label_spans(text)
    if not labels:
        return found
    keep = set(perspective_codes(codebook))
    return [
        s
        for s in found
        if s.code in keep or not any(a <= s.match_start and s.match_end <= b for a, b in labels)
    ]


def without_weak_hits(
    sents: list[Span],
    found: list[Suggestion],
    text: str,
    narrators: list[Scope],
    perspective: set[str],
    own_name: Callable[[str], tuple[frozenset[str], frozenset[str]]],
) -> list[Suggestion]:
    """Pattern hits whose place in the sentence shows they are no evidence (see
    :mod:`wb.coding.evidence`): list items, the project's own name, all-of words across a
    colon, another narrator's family, an action item's doer, a quoted speaker.

    `own_name` gives the heads of the project's name and the words that make them stand for
    the project in `text` (:func:`own_name_words`)."""
    rules = evidence.ENABLED
    if not found or not rules:
        return found
    starts = [x.start_char for x in sents]
    heads, determiners = own_name(text) if "own_name" in rules else ((), ())
    tokens_of: dict[int, tuple[list[Any], list[tuple[int, int, int]]]] = {}

    def tokens_at(i: int) -> tuple[list[Any], list[tuple[int, int, int]]]:
        known = tokens_of.get(i)
        if known is None:
            words = [t for t in sents[i] if not t.is_space]
            items = evidence.list_items(words) if "list_item" in rules else []
            known = tokens_of[i] = (words, items)
        return known

    out = []
    for s in found:
        i = max(0, bisect_right(starts, s.match_start) - 1)
        sent_text = text[starts[i] : sents[i].end_char]
        a, b = s.match_start, s.match_end
        speaker = s.code in perspective and evidence.first_person_pattern(s.rule)
        if (
            (
                "list_item" in rules
                and sent_text.count(",") >= evidence.LIST_MIN_COMMAS
                and evidence.in_long_list(tokens_at(i)[0], a, b, tokens_at(i)[1])
            )
            or (
                s.match_text.lower() in heads
                and evidence.is_own_name(tokens_at(i)[0], a, b, heads, determiners)
            )
            or (
                "all_colon" in rules
                and s.rule.startswith('{"all"')
                and evidence.across_colon(text, a, b)
            )
            or (
                "action_doer" in rules
                and sent_text.lstrip()[:1] in evidence.LIST_MARKS
                and evidence.action_doer(tokens_at(i)[0], a, b)
            )
            or (speaker and "other_narrator" in rules and other_turn(narrators, s))
            or (
                speaker
                and "quoted_speaker" in rules
                and evidence.in_reported_speech(sent_text, a - starts[i], b - starts[i])
            )
        ):
            continue
        out.append(s)
    return out


def other_turn(narrators: list[Scope], s: Suggestion) -> bool:
    """True when a speaker turn's label names another perspective than the hit's code.

    Only a turn's label: a story's narrator may speak from two perspectives at once (an
    ervaringsdeskundige who tells of "mijn oudste" is a parent too).
    """
    scope = _scope_of(narrators, s.match_start)
    return scope is not None and scope.label_end is not None and scope.code != s.code


def own_name_words(
    project_name: str, heads: frozenset[str], text: str
) -> tuple[frozenset[str], frozenset[str]]:
    """Heads of the project's name that stand for the project here, and the words before
    them that make them do so ("dit netwerk"; "het netwerk" where the text names the
    project and no other network)."""
    if any(
        evidence.names_project(text, project_name, h) and not evidence.other_group(text, h)
        for h in heads
    ):
        return heads, evidence.DEFINITES
    return heads, evidence.DEMONSTRATIVES
