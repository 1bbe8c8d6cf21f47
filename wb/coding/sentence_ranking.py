"""One document's codes, sentence by sentence, from its pattern hits (document assembly).

:meth:`wb.coding.suggest.Suggester.suggest_doc` finds the pattern hits of a document; here
:func:`ranked_sentences` decides what each sentence keeps: hits no other code outdoes
(:mod:`wb.coding.competing`) or that yield to a code with its own evidence
(:mod:`wb.coding.domain_hits`), the description's and the codings' codes beyond the patterns,
exclude clauses, a child over its parent, the narrator and a child's voice, lower scores in
headings and agenda lines; then the codes carried from the sentences around
(:mod:`wb.coding.carrying`) and a child the document names (:mod:`wb.coding.specific`).

The settings (``NARRATOR_SCORE``, ``TITLE_SCORE``, ``TITLES``) stay in
:mod:`wb.coding.suggest`, where tests and benches set them, and are read from there per call.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from wb.codebook import Codebook
from wb.coding import competing, domain_hits, evidence
from wb.coding.carrying import carried_suggestions
from wb.coding.code_scores import below_hit, prefer_children_keeping
from wb.coding.distinctive import name_lemmas
from wb.coding.excludes import negations
from wb.coding.hit_filters import without_label_topics, without_weak_hits
from wb.coding.perspective import Scope, first_person, perspective_codes, scopes
from wb.coding.rank import prefer_children
from wb.coding.reasons import exclude_reason
from wb.coding.sentence_kinds import agenda_line_at, sentence_features
from wb.coding.sentence_kinds import is_heading as _is_heading
from wb.coding.sentence_kinds import is_label_line as _is_label_line
from wb.coding.sentence_kinds import is_meeting_list as _is_meeting_list
from wb.coding.sentence_kinds import scope_of as _scope_of
from wb.coding.specific import document_children
from wb.coding.suggestion import BEYOND_RULES, Suggestion
from wb.coding.suggestion_filters import not_stopped
from wb.coding.voice import VOICE_SCORE, child_sign, in_quotes, quoted_spans

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester


def ranked_sentences(
    suggester: Suggester,
    name: str,
    sents: list[Span],
    found: list[Suggestion],
    metadata: Mapping[str, object] | None = None,
    full_text: str | None = None,
    stopped: set[tuple[int, str]] | None = None,
) -> list[Suggestion]:
    """Add suggestions beyond patterns, honour exclude and prefer a child over its parent.

    `stopped` receives (sentence, code) of every code an exclude clause stopped: no rule
    that carries codes between sentences puts it back there (codes26).
    """
    from wb.coding import suggest as _cfg

    if stopped is None:
        stopped = set()
    model = suggester.model_
    assert model is not None
    starts = [s.start_char for s in sents]
    if full_text is None:
        full_text = sents[0].doc.text if sents else ""
    narrators = document_narrators(suggester.codebook, sents, found, metadata, full_text)
    voice = suggester.voice_
    sign = voice and child_sign(full_text, [(x.start_char, x.end_char) for x in sents])
    quotes = quoted_spans(full_text) if sign else []
    perspective = set(perspective_codes(suggester.codebook))
    found = without_label_topics(suggester.codebook, sents, found, full_text)
    # who speaks is no field word: a perspective code's hit always speaks (codes23)
    domain = {id(s) for s in found if s.code not in perspective and domain_hit(suggester, s)}
    spoke = {max(0, bisect_right(starts, s.match_start) - 1) for s in found if id(s) not in domain}
    found = without_weak_hits(
        sents, found, full_text, narrators, perspective, suggester._own_name_heads
    )
    silent = "removed_silent" in evidence.ENABLED
    by_sentence: dict[int, list[Suggestion]] = defaultdict(list)
    for s in found:
        by_sentence[max(0, bisect_right(starts, s.match_start) - 1)].append(s)
    out: list[Suggestion] = []
    own_feats: list[frozenset[str] | None] = [None] * len(sents)
    for i, sent in enumerate(sents):
        text = sent.text
        if not text.strip():
            continue
        if _is_meeting_list(text):  # "Aanwezig: ..." names people, not a topic
            continue
        if _is_label_line(text):  # "Vraag 1", "Zie antwoord vraag 1.": page structure
            continue
        if "welcome" in evidence.ENABLED and evidence.is_welcome(text):
            continue
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.start_char + len(text.rstrip())
        feats = sentence_features(sent)
        hits = without_outdone(suggester, i, by_sentence.get(i, []), perspective, stopped)
        speaking = [s for s in hits if id(s) not in domain]  # domain words: codes23
        heading = _is_heading(text)
        own_feats[i] = None if heading else feats
        candidates: dict[str, tuple[float, str, str]] = {}
        learned: set[str] = set()  # codes only the researcher's codings speak for
        for s in hits:
            candidates[s.code] = (1.0, "", s.rule)
        for scored in model.score(feats, lambda sent=sent: name_lemmas(sent)):
            # the description's words are the fallback for a sentence no pattern speaks
            # for: where the codebook's own wording already found a code, they mostly name
            # the people and places around it ("jeugdbeschermer", "school"), not a topic
            if (
                (speaking or (silent and i in spoke))
                and scored.source == "description"
                and not (suggester.child_descriptions_ and below_hit(scored.code, hits))
            ):
                continue
            # who speaks comes from the narrator, the turn or the codebook's own wording
            # ("als moeder"), not from topic words ("hulpverlening") in its description
            # nor from likeness to a passage someone else spoke
            if scored.code in perspective:
                continue
            # a heading is coded when it names a theme, which the patterns see; its few
            # words ("1. Welkom en terugkoppeling") are too few for the description
            if heading and scored.source == "description":
                continue
            if scored.code not in candidates:
                rule = BEYOND_RULES[scored.source]
                candidates[scored.code] = (scored.score, scored.reason, rule)
                if not scored.own:
                    learned.add(scored.code)
        if suggester.child_descriptions_ and suggester.child_share_ < 1 and hits:
            for code, score, reason in model.children_below(hits, feats, suggester.child_share_):
                if code not in candidates:
                    candidates[code] = (score, reason, BEYOND_RULES["description"])
        if suggester.domain_yields_ and len(speaking) < len(hits):
            for code in domain_hits.yielding(hits, speaking, candidates, perspective):
                del candidates[code]
                stopped.add((i, code))
        negated = negations(sent)
        for code in suggester.negated_codes_ if negated else ():
            # a clause with the sentence's negation keeps its code out of the sentence, also
            # when only a neighbour or the stretch around would bring it
            if code not in candidates and model.excluded(code, feats, negations=negated):
                stopped.add((i, code))
        for code in list(candidates):
            excluded = model.excluded(
                code, feats, pattern=candidates[code][0] >= 1.0, negations=negated
            )
            if excluded is None:
                continue
            target, clause = excluded
            del candidates[code]
            stopped.add((i, code))
            if target and target not in candidates:
                reason = exclude_reason(code, clause, target)
                candidates[target] = (0.75, reason, BEYOND_RULES["exclude"])
                if code in learned:
                    learned.add(target)
        # a sentence much like a passage the coder rejected loses the code; one much like an
        # uncoded sentence of a coded document (the guard) only when the codings alone
        # brought it: learning adds, it does not take the codebook's own suggestions away
        like = [
            c
            for c, v in candidates.items()
            if model.rejected_like(c, feats, pattern=v[0] >= 1 or kept_own(suggester, c, learned))
        ]
        for code in like:
            del candidates[code]
        if suggester.learning_adds_:
            keep = prefer_children_keeping(candidates, learned)
        else:
            keep = prefer_children(candidates)
        scope = _scope_of(narrators, sent.start_char)
        if scope is not None and scope.code not in keep and first_person(text):
            keep.add(scope.code)
            candidates[scope.code] = (_cfg.NARRATOR_SCORE, scope.reason, BEYOND_RULES["narrator"])
        quoted = bool(quotes) and in_quotes(quotes, start, end)
        why = sign and not heading and voice.code not in keep
        why = why and voice.fits(text, feats, keep, quoted)
        if why:  # "verteld door een kind («Sanne (16)»): bang"
            keep.add(voice.code)
            reason = f"verteld door een kind («{sign}»): {why}"
            candidates[voice.code] = (VOICE_SCORE, reason, BEYOND_RULES["voice"])
        first = len(out)
        for s in hits:
            if s.code in keep:
                out.append(s)
        codes_with_hits = {s.code for s in hits}
        for code in sorted(keep - codes_with_hits):
            score, reason, rule = candidates[code]
            out.append(
                Suggestion(
                    name, start, end, code, start, end, text.strip(), rule, None, score, reason
                )
            )
        if heading or agenda_line_at(full_text, start, end):
            own_feats[i] = None  # a title names a topic: it takes none from its neighbours
            if _cfg.TITLES != "keep":
                out[first:] = [] if _cfg.TITLES == "skip" else [in_title(s) for s in out[first:]]
    if suggester.neighbours_:
        carried = carried_suggestions(suggester, name, sents, out, own_feats, perspective)
        out += not_stopped(carried, starts, stopped)
    if suggester.document_children_:  # a child the document names takes its parent's places
        order = [c.path for c in suggester.codebook.walk()]
        out = not_stopped(
            document_children(
                out,
                order,
                parents_plus=suggester.parents_plus_,
                parents_own=suggester.parents_own_,
                min_sentences=suggester.child_sentences_,
            ),
            starts,
            stopped,
        )
    return out


def without_outdone(
    suggester: Suggester,
    i: int,
    hits: list[Suggestion],
    perspective: set[str],
    stopped: set[tuple[int, str]],
) -> list[Suggestion]:
    """`hits` of sentence `i` without a code whose every hit an unrelated code's hit there
    outdoes (:mod:`wb.coding.competing`); who speaks (a perspective code) does not compete."""
    if len(hits) < 2 or not any(suggester.competing_.values()):
        return hits
    model = suggester.model_
    assert model is not None
    own = {c: info.whole for c, info in model.codes_.items()}
    named = (
        {c: named_words(suggester, info.named) for c, info in model.codes_.items()}
        if suggester.competing_named_
        else None
    )
    topics = [s for s in hits if s.code not in perspective]
    lost = competing.outdone(
        topics,
        suggester.pattern_words_,
        own,
        named=named,
        lemmas=suggester.pattern_lemmas_,
        **suggester.competing_,
    )
    if suggester.competing_stop_:
        stopped.update((i, code) for code in lost)
    return [s for s in hits if s.code not in lost]


def domain_hit(suggester: Suggester, s: Suggestion) -> bool:
    """True when `s` is a pattern hit of the codebook's domain words alone (codes23)."""
    model = suggester.model_
    if model is None or not suggester.domain_share_:
        return False
    words, lemmas = suggester.pattern_words_, suggester.pattern_lemmas_
    return domain_hits.is_domain_hit(s, words, lemmas, model.share_, suggester.domain_share_)


def named_words(suggester: Suggester, named: set[str]) -> set[str]:
    """The words of a code's name that keep its pattern hits from being outdone."""
    model = suggester.model_
    if not suggester.competing_named_distinct_ or model is None:
        return named
    return {x for x in named if model.share_.get(x, 1) <= model.share_max}


def kept_own(suggester: Suggester, code: str, learned: set[str]) -> bool:
    """True when the guard spares `code`: it stands on the codebook's own evidence."""
    return suggester.learning_adds_ and code not in learned


def document_narrators(
    codebook: Codebook,
    sents: list[Span],
    found: list[Suggestion],
    metadata: Mapping[str, object] | None,
    text: str,
) -> list[Scope]:
    """The stretches of the document with a known narrator or speaker."""
    if not sents:
        return []
    codes = set(perspective_codes(codebook))
    if not codes:
        return []
    label_codes: dict[int, set[str]] = defaultdict(set)
    for s in found:
        if s.code in codes:
            label_codes[s.match_start].add(s.code)
    spans = [(x.start_char, x.end_char) for x in sents]
    return scopes(text, codebook, metadata, label_codes, spans)


def in_title(s: Suggestion) -> Suggestion:
    """A suggestion in a heading or agenda line, after the passages: lower score, and why."""
    from wb.coding import suggest as _cfg

    score = min(s.score, _cfg.TITLE_SCORE)
    return replace(s, score=score, reason=f"{s.why}, in een kop of agendapunt")


__all__ = [
    "document_narrators",
    "domain_hit",
    "in_title",
    "kept_own",
    "named_words",
    "ranked_sentences",
    "without_outdone",
]
