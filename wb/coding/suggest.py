"""Codebook suggestions: find passages for each code by matching Dutch lemmas.

Phrase patterns match consecutive tokens on their lemma (or their lowercase form), so the
pattern ``kind horen`` finds "de kinderen hoorden" but not "de kinderen worden gehoord". A
single-word pattern that is a separable verb (``samenwerken``) also finds the split form ("ze
werkten goed samen", "om samen te werken"). Whole lemmas are compared, so ``ouder`` does not
fire on "grootouders" (with ``expand`` a word of 6+ letters does: :mod:`wb.coding.compounds`).

With ``expand=True`` (what `wb code`, the project functions and the coding session use) the
suggester also reads the codebook's description, include, exclude and examples, and the codings
a researcher made (see :mod:`wb.coding.rank`): each suggestion then carries a ``score`` and a
Dutch ``reason``, `exclude` is honoured and a child code wins over its parent.

The suggester's parts live in their own modules: :mod:`wb.coding.pattern_compile` builds the
pattern tables, :mod:`wb.coding.hit_filters` sets aside hits that are no evidence and
:mod:`wb.coding.carrying` adds the codes a sentence takes from the sentences around it,
:mod:`wb.coding.sentence_ranking` decides which codes each sentence of a document keeps and
:mod:`wb.coding.keeping_plain` keeps the codebook's own suggestions after learning. Their
settings stay here (``NARRATOR_SCORE``, ``TITLE_SCORE``, ``TITLES``, ...): tests and benches
set them on this module, and the parts read them from it per call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict
from typing import Any

import regex
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from wb.codebook import Codebook
from wb.coding import competing, domain_hits, evidence, line_roles
from wb.coding.bounds import SentenceBounds
from wb.coding.coder_reach import PRECISION as REACH_PRECISION
from wb.coding.coder_reach import ReachDocument, ReachModel
from wb.coding.compounds import codebook_words
from wb.coding.doc_runs import MIN_WORDS as DOC_RUNS_WORDS
from wb.coding.doc_runs import MINUTES_WORDS as DOC_RUNS_MINUTES_WORDS
from wb.coding.doc_runs import RATIO as DOC_RUNS_RATIO
from wb.coding.hit_filters import own_name_words
from wb.coding.keeping_plain import keeping_plain
from wb.coding.list_items import LIST_ITEMS
from wb.coding.matching import _KEYS as _KEYS
from wb.coding.matching import _AllOf, _Phrase, _Separable, match_sentence
from wb.coding.matching import _match_lemma as _match_lemma
from wb.coding.neighbours import TOPIC_RATIO
from wb.coding.passages import MAIN_SHARE, MAX_GAP, MIN_SHARE, PARAGRAPH_SHARE
from wb.coding.pattern_compile import compile_pattern
from wb.coding.perspective import perspective_codes
from wb.coding.rank import CodeModel, content_lemmas
from wb.coding.reaching import reach_document, reach_suggestions, text_sentences
from wb.coding.sentence_kinds import HEADING_ENDS as HEADING_ENDS
from wb.coding.sentence_kinds import is_meeting_list as _is_meeting_list  # noqa: F401 (bench)
from wb.coding.sentence_kinds import meta_kind, sentence_features
from wb.coding.sentence_ranking import named_words, ranked_sentences, without_outdone
from wb.coding.specific import (
    CHILD_OWN_WORDS,
    CHILD_SHARES_WORDS,
    DOCUMENT_CHILDREN,
    MIN_SENTENCES,
    parent_own,
    parent_plus,
)
from wb.coding.suggestion import BEYOND_RULES as BEYOND_RULES
from wb.coding.suggestion import Suggestion, ranked, suggestions_json
from wb.coding.suggestion_filters import not_stopped, without_meta
from wb.coding.voice import experience_code
from wb.errors import PatternTimeoutError, quote_name

#: A sentence takes a neighbour's code when its own words lean that way (wb.coding.neighbours;
#: ``Suggester(..., use_neighbours=False)`` turns it off, ``topic_ratio=0`` the document topic).
USE_NEIGHBOURS = True
#: Learning from codings only adds: the guard and a child code found by the codings alone do
#: not take a suggestion of the codebook's own evidence away (codes13; ``learning_adds=False``).
LEARNING_ADDS = True
#: ... and nothing the codebook alone suggests is lost after learning: every suggestion of the
#: twin that learned nothing (same corpus) stays, unless the researcher rejected a sentence like
#: it or a parent or child of its code is there (codes26; ``learning_keeps=False``, and
#: ``learning_adds=False`` turns both off).
LEARNING_KEEPS = True
#: Sentences of a document a code needs on its own evidence to carry to their neighbours before
#: anything is coded (wb.coding.doc_runs; ``Suggester(..., doc_runs=0)`` turns it off).
DOC_RUNS = 2
#: Most sentences between two sentences of a document's topic that take its code (wb.coding.
#: passages; ``Suggester(..., passage_gap=0)`` turns it off, ``passage_share`` the topic share,
#: ``passage_minutes=True`` bridges in minutes too, ``passage_paragraph=0`` leaves the rest of a
#: paragraph without its code).
PASSAGE_GAP = MAX_GAP
#: Codes reach as far as the researcher's coded documents show, beyond the codebook's own
#: evidence (wb.coding.coder_reach, codes16; ``Suggester(..., reach=False)`` turns it off,
#: ``reach_precision`` sets the share of right suggestions its threshold needs).
REACH = True
#: Score of a perspective code that comes from who tells the story or speaks in the turn.
NARRATOR_SCORE = 0.8
#: Highest score of a suggestion in a heading or agenda line: it names a topic, it does not
#: treat it, so it comes after every passage (below VOICE_SCORE and the description threshold).
TITLE_SCORE = 0.4
#: What happens to suggestions in a heading or agenda line: "demote" (to TITLE_SCORE), "skip"
#: (none) or "keep" (as any sentence; wb before 2026-12-04). `bench_codes.py --titles` sets it.
TITLES = "demote"
#: Longest a codebook regex may search one document, in CPU seconds (the `regex` package
#: counts CPU time; the load-time check in wb.codebook already stops most slow patterns).
REGEX_TIMEOUT_S = 2.0
#: A pattern's hit on a code opens the descriptions of its children in that sentence: the
#: pattern says the topic, the child's own words say which part of it (codes18;
#: ``Suggester(..., child_descriptions=False)`` turns it off).
CHILD_DESCRIPTIONS = True
#: Share of the description threshold a child's own words need in a sentence where a pattern
#: hit its parent (1.0: the full threshold, as any description match).
CHILD_SHARE = 1.0


#: Where a document keeps its sentences' pattern matches (per suggester).
_MATCHES_KEY = ("wb", "pattern_matches")


class Suggester:
    """Compiles a codebook's patterns against a pipeline and suggests passages per document."""

    def __init__(
        self,
        codebook: Codebook,
        nlp: Language | None = None,
        *,
        expand: bool = False,
        **options: Any,
    ):
        self.codebook = codebook
        self.nlp = nlp
        self.expand = expand
        self.options = options

    def fit(self) -> Suggester:
        """Compile all patterns (lemmatising phrase words with the pipeline); returns self."""
        if self.nlp is None:
            from wb.nlp import load

            self.nlp = load()
        nlp = self.nlp
        self.phrases_: dict[str, list[_Phrase]] = defaultdict(list)
        self.separables_: dict[str, list[_Separable]] = defaultdict(list)
        self.all_of_: list[_AllOf] = []
        self.inner_: dict[str, list[_Phrase]] = defaultdict(list)
        self.book_words_ = codebook_words(self.codebook) if self.expand else {}
        self.regexes_: list[tuple[regex.Pattern[str], str, str]] = []
        self.matcher_ = Matcher(nlp.vocab)
        self.matcher_rules_: dict[int, tuple[str, str]] = {}
        for code in self.codebook.walk():
            for pattern in code.patterns:
                compile_pattern(self, pattern, code.path)
        # an all-of pattern can only match where a form of its first word stands
        self.all_of_first_: dict[str, list[int]] = defaultdict(list)
        for k, all_of in enumerate(self.all_of_):
            first = set(all_of.lemmas[0]) | {verb for _, verb in all_of.splits[0]}
            for form in first:
                self.all_of_first_[form].append(k)
        self.model_: CodeModel | None = None
        self.voice_ = None
        self.neighbours_ = False
        self.runs_: dict[Any, list[frozenset[str]]] = {}
        #: Sentences about the document itself in the coded documents, and how many had a code.
        self.meta_seen_: list[int] = [0, 0]
        #: False in the twin that learned nothing: the reach reads the codebook's own evidence
        #: on every sentence, and this suggester's own output drops what a sentence about the
        #: document may not keep (codes41: filtered in the twin too, the reach lost 7 right
        #: codings on codes11 held-out).
        self.meta_filter_ = True
        self.reach_docs_: list[ReachDocument] = []
        self._reach: ReachModel | None = None
        self._plain: Suggester | None = None
        self.matches_key_ = object()  # this compilation's matches in a document's cache
        if self.expand:
            options = dict(self.options)
            self.neighbours_ = options.pop("use_neighbours", USE_NEIGHBOURS)
            self.topic_ratio_ = options.pop("topic_ratio", TOPIC_RATIO)
            self.learning_adds_ = options.pop("learning_adds", LEARNING_ADDS)
            self.learning_keeps_ = options.pop("learning_keeps", LEARNING_KEEPS)
            self.child_descriptions_ = options.pop("child_descriptions", CHILD_DESCRIPTIONS)
            self.child_share_ = options.pop("child_share", CHILD_SHARE)
            self.doc_runs_ = {
                "min_sentences": options.pop("doc_runs", DOC_RUNS),
                "ratio": options.pop("doc_runs_ratio", DOC_RUNS_RATIO),
                "distinct": options.pop("doc_runs_distinct", True),
                "min_words": options.pop("doc_runs_words", DOC_RUNS_WORDS),
            }
            self.doc_runs_minutes_words_ = options.pop(
                "doc_runs_minutes_words", DOC_RUNS_MINUTES_WORDS
            )
            self.passages_ = {
                "max_gap": options.pop("passage_gap", PASSAGE_GAP),
                "min_share": options.pop("passage_share", MIN_SHARE),
                "main_share": options.pop("passage_main_share", MAIN_SHARE),
                "paragraph_share": options.pop("passage_paragraph", PARAGRAPH_SHARE),
            }
            self.passages_minutes_ = not options.pop("passage_minutes", False)
            self.list_items_ = options.pop("list_items", LIST_ITEMS)
            self.document_children_ = options.pop("document_children", DOCUMENT_CHILDREN)
            self.child_sentences_ = options.pop("child_sentences", MIN_SENTENCES)
            own_words = options.pop("child_own_words", CHILD_OWN_WORDS)
            self.parents_plus_ = parent_plus(self.codebook) if own_words else {}
            shares = options.pop("child_shares_words", CHILD_SHARES_WORDS)
            self.parents_own_ = parent_own(self.codebook) if shares else {}
            self.competing_ = {  # two unrelated codes' hits in a sentence (codes29)
                "whole": options.pop("competing_whole", competing.WHOLE),
                "covered": options.pop("competing_covered", competing.COVERED),
            }
            self.competing_stop_ = options.pop("competing_stop", competing.STOP)
            self.competing_named_ = options.pop("competing_named", competing.NAMED)
            self.competing_named_distinct_ = options.pop(
                "competing_named_distinct", competing.NAMED_DISTINCT
            )
            self.pattern_words_ = competing.pattern_words(self.codebook)
            self.domain_share_ = domain_hits.min_share(
                sum(1 for _ in self.codebook.walk()),
                options.pop("domain_share", domain_hits.MIN_SHARE),
            )
            self.domain_yields_ = options.pop("domain_yields", domain_hits.YIELDS)
            self.reach_ = options.pop("reach", REACH)
            self.reach_precision_ = options.pop("reach_precision", REACH_PRECISION)
            lemma_words = options.pop("competing_lemmas", competing.LEMMAS)
            self.model_ = model = CodeModel(self.codebook, nlp, **options).fit()
            self.pattern_lemmas_ = (
                competing.pattern_lemmas(self.pattern_words_, lambda w: content_lemmas(nlp(w)))
                if lemma_words
                else {}
            )
            # codes with an exclude clause that turns on a negation ("die niet wordt betaald")
            self.negated_codes_ = [
                p for p, info in model.codes_.items() if any(x.negation for x in info.excludes)
            ]
            if model.use_voice:
                lemmas = lambda text: content_lemmas(nlp(text))  # noqa: E731
                self.voice_ = experience_code(self.codebook, lemmas, model.voice_mode)
        return self

    def fit_corpus(self, docs: Iterable[Doc]) -> Suggester:
        """Learn how specific each lemma is from the project's own sentences; returns self."""
        if not hasattr(self, "phrases_"):
            self.fit()
        if self.model_ is not None:
            feats, hits, ids = [], [], []
            for k, doc in enumerate(docs):
                for s in doc.sents:
                    feats.append(sentence_features(s))
                    ids.append(k)
                    if self.model_.company_patterns:  # the codes the patterns find there
                        hits.append({code for _, _, code, _ in self._sentence_matches(s)})
            self.model_.count_corpus(feats, hits, ids)
            self._plain = None  # the twin that learned nothing counts this corpus too
        return self

    # -- learning from coded documents -----------------------------------------------------
    def learn_document(
        self,
        name: str,
        doc: Doc,
        coded: list[set[str]],
        metadata: Mapping[str, object] | None = None,
    ) -> None:
        """Learn from a document the researcher coded whole: `coded` gives the codes of each of
        its sentences with text, in order (every other code counts as refused there)."""
        if not hasattr(self, "phrases_"):
            self.fit()
        if self.model_ is None:
            return
        sents = text_sentences(doc)
        if len(sents) != len(coded):
            raise ValueError(f"{len(coded)} codes for {len(sents)} sentences")
        if self.reach_:
            read = reach_document(self.plain_suggester(), name, doc, metadata, coded)
            self.reach_docs_.append(read)
            self._reach = None
        pairs = [(s.text.strip(), sentence_features(s)) for s in sents]
        self.model_.learn_document(pairs, coded)
        for s, codes in zip(sents, coded, strict=True):
            if meta_kind(s.text):
                self.meta_seen_[0] += 1
                self.meta_seen_[1] += bool(codes)

    def forget(self) -> None:
        """Forget every coded document, decision and run learned (codebook and corpus stay)."""
        if self.model_ is not None:
            self.model_.forget()
        self.runs_.clear()
        self.meta_seen_ = [0, 0]
        self.reach_docs_.clear()
        self._reach = None

    def plain_suggester(self) -> Suggester:
        """A twin of this suggester that learned nothing, on the same corpus (the codebook's own
        evidence, as the reach of the codings reads it)."""
        if self._plain is None:
            plain = Suggester(self.codebook, self.nlp, expand=True, **self.options).fit()
            plain.meta_filter_ = False
            if self.model_ is not None and plain.model_ is not None:
                plain.model_.count_corpus(*self.model_.corpus_)
            self._plain = plain
        return self._plain

    def reach_model(self) -> ReachModel | None:
        """The reach of the researcher's codings (None before two documents are coded)."""
        if not self.reach_ or len(self.reach_docs_) < 2:
            return None
        if self._reach is None:
            codes = [c.path for c in self.codebook.walk()]
            self._reach = ReachModel(precision=self.reach_precision_).fit(self.reach_docs_, codes)
        return self._reach

    # -- matching --------------------------------------------------------------------------
    def suggest_doc(
        self, name: str, doc: Doc, metadata: Mapping[str, object] | None = None
    ) -> list[Suggestion]:
        """All suggestions in one processed document, sorted by position, without duplicates.

        `metadata` (front matter or the project's metadata) may name the narrator of a story
        (``perspective: ouder``); see :mod:`wb.coding.perspective`.
        """
        if not hasattr(self, "phrases_"):
            self.fit()
        found: dict[tuple[str, int, int], Suggestion] = {}
        full_text = doc.text  # computed by spaCy on each access: keep one copy
        sents = list(doc.sents)
        bounds = SentenceBounds(full_text, [(x.start_char, x.end_char) for x in sents])

        def add(span_start: int, span_end: int, code: str, rule: str) -> None:
            key = (code, span_start, span_end)
            if key in found:
                return
            s_start, s_end = bounds.around(span_start, span_end)
            text = full_text[span_start:span_end]
            found[key] = Suggestion(name, s_start, s_end, code, span_start, span_end, text, rule)

        for sent in sents:
            for start, end, code, rule in self._sentence_matches(sent):
                add(start, end, code, rule)
        for match_id, start, end in self.matcher_(doc) if self.matcher_rules_ else ():
            code, rule = self.matcher_rules_[match_id]
            span = doc[start:end]
            add(span.start_char, span.end_char, code, rule)
        for pattern, code, rule in self.regexes_:
            try:
                spans = [m.span() for m in pattern.finditer(full_text, timeout=REGEX_TIMEOUT_S)]
            except TimeoutError:
                raise PatternTimeoutError(
                    f"de reguliere expressie {rule} bij code '{code}' zocht in document "
                    f"{quote_name(name)} langer dan {REGEX_TIMEOUT_S:g} seconden en is gestopt. "
                    "Vereenvoudig het patroon (vermijd herhalingen die elkaar overlappen, zoals "
                    "(a|a)+ of \\s*\\s*).",
                    path=self.codebook.name,
                ) from None
            for start, end in spans:
                if end > start:
                    add(start, end, code, rule)
        out = list(found.values())
        if self.model_ is not None:
            stopped: set[tuple[int, str]] = set()
            out = ranked_sentences(self, name, sents, out, metadata, full_text, stopped)
            reach = self.reach_model()
            if reach is not None:
                skip = frozenset(perspective_codes(self.codebook))
                more = reach_suggestions(self, reach, name, doc, out, metadata, skip)
                out += not_stopped(more, [x.start_char for x in sents], stopped)
            if (
                self.learning_adds_
                and self.learning_keeps_
                and (self.model_.has_learned() or self.runs_)
            ):
                out = keeping_plain(self, name, doc, sents, out, metadata)
            if self.meta_filter_ and line_roles.meta_silent(*self.meta_seen_):
                out = without_meta(sents, out)
        return sorted(out, key=lambda s: (s.match_start, s.match_end, s.code))

    def _without_outdone(
        self, i: int, hits: list[Suggestion], perspective: set[str], stopped: set[tuple[int, str]]
    ) -> list[Suggestion]:
        """`hits` of sentence `i` without the codes other codes' hits outdo there
        (:func:`wb.coding.sentence_ranking.without_outdone`)."""
        return without_outdone(self, i, hits, perspective, stopped)

    def _named_words(self, named: set[str]) -> set[str]:
        """The words of a code's name that keep its pattern hits from being outdone."""
        return named_words(self, named)

    def learn_runs(self, key: Any, codes: Iterable[Iterable[str]]) -> None:
        """Keep the codes a researcher gave each sentence of document `key` (a coding session's
        codings; whole coded documents come from the model): which codes come in runs."""
        self.runs_[key] = [frozenset(c) for c in codes]

    def _own_name_heads(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """Heads of the project's name (found once per suggester) and the words before them
        that make them stand for the project in `text` (:func:`own_name_words`)."""
        heads = getattr(self, "own_name_heads_", None)
        if heads is None:
            heads = self.own_name_heads_ = evidence.own_name_heads(self.codebook.name)
        return own_name_words(self.codebook.name, heads, text)

    def _sentence_matches(self, sent: Span) -> list[tuple[int, int, str, str]]:
        """The pattern matches of a sentence, kept with its document while this suggester
        reads it (the corpus count of :meth:`fit_corpus` and :meth:`suggest_doc` both need them)."""
        cache = sent.doc.user_data.setdefault(_MATCHES_KEY, {})
        key = (self.matches_key_, sent.start, sent.end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = list(self._match_sentence(sent))
        return found

    def _match_sentence(self, sent: Span) -> Iterator[tuple[int, int, str, str]]:
        return match_sentence(
            sent,
            self.phrases_,
            self.inner_,
            self.book_words_,
            self.separables_,
            self.all_of_,
            self.all_of_first_,
        )

    def suggest(
        self,
        documents: Iterable[tuple[str, str]],
        *,
        progress: bool = False,
        total: int | None = None,
        metadata: Mapping[str, Mapping[str, object]] | None = None,
    ) -> list[Suggestion]:
        """Suggestions for (name, text) pairs, processed in batches with the pipeline.

        `metadata` maps a document's name to its metadata (front matter): a story's narrator.
        """
        if not hasattr(self, "phrases_"):
            self.fit()
        items = list(documents)
        names = [name for name, _ in items]
        docs = self.nlp.pipe((text for _, text in items), batch_size=32)
        if self.model_ is not None and not self.model_.n_sentences_:
            docs = list(docs)  # the corpus first: how specific each lemma is in this project
            self.fit_corpus(docs)
        if progress:
            from wb.progress import bar

            docs = bar(total or len(items), "Suggesties", "document", iterable=docs, leave=True)
        out: list[Suggestion] = []
        for name, doc in zip(names, docs, strict=True):
            out += self.suggest_doc(name, doc, (metadata or {}).get(name))
        return out


__all__ = ["Suggester", "Suggestion", "asdict", "ranked", "sentence_features", "suggestions_json"]
