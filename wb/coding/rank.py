"""Suggestions beyond literal patterns: what the codebook says, its examples, and your codings.

A :class:`CodeModel` reads everything a codebook holds for each code and scores sentences:

* **description**: content lemmas (and compound parts: "wachtlijst" gives "wacht" and "lijst")
  of the code's name, description, include text and pattern words, each weighted by how
  specific it is in the project's own corpus (rare lemmas count more, lemmas that several codes
  share count less);
* **examples**: likeness (idf-weighted cosine over lemmas) to the code's examples and to the
  passages the researcher coded with it;
* **learning**: per-code lemma weights (log-odds) from the researcher's accepted codings against
  the sentences they left uncoded or rejected; updated with every decision;
* **the nearest coded sentences** (:mod:`wb.coding.nearest`): the sentences the researcher
  decided on (whole coded documents, single accepts and rejects) give a code to a sentence when
  the nearest of them decided for it agree, at a likeness set on the coded documents; one that
  refuses the code stops it; a sentence less alike than a coded passage must be also needs the
  code's own description words (``nearest_evidence``, codes12);
* **exclude**: a clause of ``exclude`` whose own words appear in the sentence stops the code; a
  clause that names another code ("zie Rechtspraak") suggests that code instead.

Every score comes with a reason in plain Dutch. Word classes (``token.pos_``) narrow the lemmas
to content words when the pipeline sets them; without them a stop list does that.

A description match needs two distinctive words of the sentence (or a compound the codebook
writes whole), not counting words that stand only in a name (:mod:`wb.coding.distinctive`); the
lemmas that keep company with a code's pattern hits in the project's corpus support its own words
(:mod:`wb.coding.company`).

Parts elsewhere: the lemmas compared (:mod:`wb.coding.lemmas`), what is kept of the researcher's
decisions (:mod:`wb.coding.decisions`), a code's score and child over parent
(:mod:`wb.coding.code_scores`). Their names are re-exported here.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from wb.codebook import Code, Codebook
from wb.coding.code_scores import (
    CodeInfo,
    Scored,
    below_hit,
    description_reason,
    parent_of,
    prefer_children,
    short,
)
from wb.coding.company import COMPANY_WEIGHT, PMI_MIN, fit_company
from wb.coding.decisions import CODED_MARK, CODED_MIN_SHARED, NEG_MIN, DecisionMemory
from wb.coding.distinctive import distinct_test, enough_words
from wb.coding.excludes import parse_excludes
from wb.coding.learned import CodeLearner
from wb.coding.lemmas import (
    CONTENT_POS,
    _parts,
    content_lemmas,
    features,
    token_lemma,
    with_classes,
)
from wb.coding.markers import SCORE as MARKER_SCORE
from wb.coding.markers import Markers
from wb.coding.nearest import AGREE, EVIDENCE
from wb.coding.ratios import learned_ratio
from wb.coding.word_classes import class_features, is_class
from wb.coding.word_family import ing_verb

#: Weight of a word class the code's own text names (not divided among the codes naming it),
#: and the parts of the codebook whose words name it.
CLASS_WEIGHT = 0.0
CLASS_SOURCES = frozenset({"name", "description", "include"})
#: How much each part of the codebook counts for a code's lemmas.
SOURCE_WEIGHT = {
    "name": 1.0,
    "pattern": 1.0,
    "pattern part": 0.5,
    "include": 0.8,
    "description": 0.7,
}
#: The passages of a whole coded document (``learn_document``: a coded third, a document marked
#: done) also serve as examples of their codes, at the fixed cosine ``coded_threshold``. Off
#: since codes19: over the eleven real splits after a coded third they added 1 right and 11
#: wrong codings, and 12 wrong (none right) on the synthetic stories. A whole document teaches
#: through what is calibrated on the coded documents instead (the nearest coded sentences,
#: wb.coding.nearest; the reach, wb.coding.coder_reach); a single accepted coding in a session
#: still serves as an example (``coded_examples``), the one thing that learns before then.
DOCUMENT_EXAMPLES = False
#: Factor on a codebook lemma that is only a part of one of its compounds: the head of
#: "raadsonderzoeker" is any "onderzoeker", so it says less about the code than the whole word.
PART_WEIGHT = 0.7
#: A word of a code's own name that no other code's name, description, include or patterns
#: holds is evidence for the code on its own (codes24).
NAME_WORDS = True
#: The word classes of such a word: a noun names a topic ("stress", "opvang"); an adjective or
#: a participle of a name ("gescheiden", "passend", "lokaal") does not.
NAME_POS = frozenset({"NOUN", "PROPN"})
#: ... and not in more than this share of the project's sentences ("kind" in a corpus about
#: children says nothing; codes23's bound for a common word).
NAME_COMMON = 0.05
#: Weight of a content word of a code's own examples among its words (codes26; 0: the examples
#: count only as whole sentences to be like).
EXAMPLE_WORDS = 0.0
#: A code's own compound of 8-9 letters ("huurhuis", "woonplek") also gives its head and
#: modifier, as one of 10+ letters does (codes26; when every part is a known word of 4+ letters).
SHORT_COMPOUNDS = False
SHORT_COMPOUND_MIN = 8


def short_parts(lemma: str) -> tuple[str, ...]:
    """Head and modifier of a compound of 8-9 letters when both are known words of 4+ letters
    ("huurhuis" -> "huur", "huis"); none for other lengths (:func:`_parts` splits 10+)."""
    from wb.nlp import compound_parts, is_known

    if not SHORT_COMPOUND_MIN <= len(lemma) < 10 or not lemma.isalpha():
        return ()
    if lemma.endswith("ing"):  # a suffix, no head: "scheiding" is no "schei" + "ding"
        return ()
    parts = compound_parts(lemma)
    if len(parts) != 2 or any(len(x) < 4 or not is_known(x) for x in parts):
        return ()
    return tuple(parts)


class CodeModel(DecisionMemory):
    """Scores sentences for every code from the codebook's text, examples and the codings."""

    def __init__(
        self,
        codebook: Codebook,
        nlp: Any,
        *,
        threshold: float = 0.8,
        example_threshold: float = 0.7,
        coded_threshold: float = 0.55,
        learn_threshold: float = 2.0,
        learn_mode: str = "seeds",
        min_hits: int = 1,
        use_cooccurrence: bool = False,
        company_patterns: bool = True,
        company_window: int = 0,
        company_weight: float = COMPANY_WEIGHT,
        company_pmi: float = PMI_MIN,
        company_min_docs: int = 2,
        company_unique: bool = False,
        company_idf: float = 0.6,
        company_alone: bool = False,
        company_coded: bool = False,
        use_description: bool = True,
        phrase_parts: bool = True,
        min_words: int = 2,
        share_max: int = 3,
        idf_min: float = 0.0,
        skip_sentence_names: bool = True,
        use_examples: bool = True,
        use_learning: bool = False,
        use_learner: bool = False,
        class_weight: float = CLASS_WEIGHT,
        learner_precision: float = 0.8,
        learner_min_right: int = 2,
        use_voice: bool = True,
        voice_mode: str = "lived",
        use_nearest: bool = True,
        nearest_precision: float = 0.8,
        nearest_min_right: int = 2,
        nearest_agree: int = AGREE,
        coded_examples: bool = True,
        document_examples: bool = DOCUMENT_EXAMPLES,
        nearest_guard: str = "beyond",
        nearest_evidence: float = EVIDENCE,
        ing_verbs: bool = False,
        use_markers: bool = False,
        markers_options: dict[str, Any] | None = None,
        markers_evidence: bool = False,
        learn_ratios: bool = False,
        name_words: bool = NAME_WORDS,
        example_words: float = EXAMPLE_WORDS,
        short_compounds: bool = SHORT_COMPOUNDS,
    ):
        self.codebook = codebook
        self.nlp = nlp
        self.threshold = threshold
        self.example_threshold = example_threshold
        self.coded_threshold = coded_threshold
        self.learn_threshold = learn_threshold
        self.learn_mode = learn_mode
        self.min_hits = min_hits
        self.use_cooccurrence = use_cooccurrence  # company of the description's sentences
        self.company_patterns = company_patterns  # company of the patterns' sentences
        self.company_window = company_window
        self.company_weight = company_weight
        self.company_pmi = company_pmi
        self.company_min_docs = company_min_docs
        self.company_unique = company_unique  # a lemma in one code's company only
        self.company_idf = company_idf  # least idf of a company lemma
        self.company_alone = company_alone  # company lemmas alone may suggest the code
        self.company_coded = company_coded  # the coded documents' codings are evidence too
        self.use_description = use_description
        # what a description match needs (wb.coding.distinctive): the words of a multi-word
        # phrase pattern count as its parts; sentence words with a distinctive lemma; no name
        self.phrase_parts = phrase_parts
        self.min_words = min_words
        self.share_max = share_max
        self.idf_min = idf_min
        self.skip_sentence_names = skip_sentence_names
        self.use_examples = use_examples
        self.use_learning = use_learning
        self.use_learner = use_learner
        self.class_weight = class_weight
        self.learner_precision = learner_precision
        self.learner_min_right = learner_min_right
        self.use_voice = use_voice  # a child's voice, see wb.coding.voice
        self.voice_mode = voice_mode
        self.use_nearest = use_nearest  # the nearest decided sentence, wb.coding.nearest
        self.nearest_precision = nearest_precision
        self.nearest_min_right = nearest_min_right
        self.nearest_agree = nearest_agree
        self.coded_examples = coded_examples  # coded passages as examples (fixed cosine)
        self.document_examples = document_examples  # ... also those of whole coded documents
        self.nearest_guard = nearest_guard  # decided sentences that refuse stop a code
        self.nearest_evidence = nearest_evidence  # share of the threshold the code's own words need
        self.ing_verbs = ing_verbs  # a noun in -ing brings its verb (wb.coding.word_family)
        self.use_markers = use_markers  # marker words of the codings (wb.coding.markers, codes15)
        self.markers_options = markers_options or {}
        self.markers_evidence = markers_evidence
        self.learn_ratios = learn_ratios  # per-code description share (wb.coding.ratios)
        self.name_words = name_words  # a word of the code's name no other code writes
        self.example_words = example_words  # the code's examples' words among its own
        self.short_compounds = short_compounds  # parts of its compounds of 8-9 letters too
        self._ratios: tuple[int, dict[str, float]] | None = None
        self._markers: tuple[Any, Markers] | None = None
        self.nearest_ = self._new_nearest()
        self.coded_docs_: list[list[tuple[frozenset[str], frozenset[str]]]] = []
        self._learner: CodeLearner | None = None

    # -- fitting ------------------------------------------------------------------------------
    def _lemmas(self, text: str, *, skip_names: bool = False) -> list[str]:
        return content_lemmas(self.nlp(text), skip_names=skip_names) if text.strip() else []

    def fit(self, corpus: Iterable[frozenset[str]] = ()) -> CodeModel:
        """Read the codebook; `corpus` is the project's sentences as feature sets (for idf)."""
        self.count_corpus(corpus)
        self.codes_: dict[str, CodeInfo] = {}
        names = {c.path: c.name.lower() for c in self.codebook.walk()}
        for code in self.codebook.walk():
            info = CodeInfo(code.path, code.name)
            nouns = {token_lemma(t) for t in self.nlp(code.name) if t.pos_ in NAME_POS}
            for source, text in self._sources(code):
                whole = self._lemmas(text, skip_names=source != "name")
                for lemma in features(whole) | class_features(whole):
                    if is_class(lemma):
                        if source in CLASS_SOURCES and self.class_weight:
                            info.seeds[lemma] = self.class_weight
                        continue
                    if source == "pattern" and self.phrase_parts and len(whole) > 1:
                        source = "pattern part"  # "mening van het kind": "mening" alone is less
                    weight = SOURCE_WEIGHT[source] * (1.0 if lemma in whole else PART_WEIGHT)
                    info.seeds[lemma] = max(info.seeds.get(lemma, 0.0), weight)
                    if lemma in whole:
                        info.whole.add(lemma)
                        if source == "name" and lemma in nouns:
                            info.named.add(lemma)
                        verb = ing_verb(lemma) if self.ing_verbs else ""
                        if verb:  # "verdeling" also finds "verdeeld" (wb.coding.word_family)
                            found = max(info.seeds.get(verb, 0.0), weight * PART_WEIGHT)
                            info.seeds[verb] = found
            for example in code.examples:
                whole = self._lemmas(example, skip_names=True)
                info.examples.append((example, features(self._lemmas(example))))
                if self.example_words:
                    for lemma in features(whole):
                        weight = self.example_words * (1.0 if lemma in whole else PART_WEIGHT)
                        info.seeds[lemma] = max(info.seeds.get(lemma, 0.0), weight)
            if self.short_compounds:
                for lemma, weight in list(info.seeds.items()):
                    for part in short_parts(lemma):
                        found = max(info.seeds.get(part, 0.0), weight * PART_WEIGHT)
                        info.seeds[part] = found
            self.codes_[code.path] = info
        self.share_: Counter[str] = Counter(
            lemma for info in self.codes_.values() for lemma in info.seeds
        )
        for code in self.codebook.walk():
            info = self.codes_[code.path]
            info.excludes = parse_excludes(code, names, self._lemmas, info.seeds, features)
        self._reindex()
        return self

    def count_corpus(
        self,
        corpus: Iterable[frozenset[str]],
        hits: Sequence[set[str]] = (),
        docs: Sequence[int] = (),
    ) -> None:
        """Document frequencies of lemmas over the project's sentences (replaces earlier ones).

        `hits`: per sentence, the codes the codebook's patterns find there; `docs`: per
        sentence, its document; both used for the company of a code (:mod:`wb.coding.company`).
        """
        self.df_: Counter[str] = Counter()
        self.n_sentences_ = 0
        self._idf: dict[str, float] = {}  # lemma -> idf, valid for these counts
        self._norms: dict[int, tuple[frozenset[str], float]] = {}  # id -> (feature set, norm)
        if hasattr(self, "nearest_"):
            self.nearest_.changed()
        sentences = list(corpus)
        for feats in sentences:
            self.df_.update(feats)
            self.n_sentences_ += 1
        self.corpus_ = (sentences, list(hits), list(docs))
        if hasattr(self, "codes_"):
            self._cooccurrence(*self.corpus_)

    def _cooccurrence(
        self, sentences: list[frozenset[str]], hits: list[set[str]], docs: list[int]
    ) -> None:
        """Lemmas that keep company with a code's evidence in this corpus (PMI), per code.

        Its evidence: the sentences the description alone places under it (`use_cooccurrence`)
        and those a pattern of it hits (`company_patterns`, with `company_window` sentences
        around); see :mod:`wb.coding.company`.
        """
        fit_company(self, sentences, hits, docs)
        self._reindex()

    def _reindex(self) -> None:
        """Which codes a lemma can bring: so a sentence is scored only against those."""
        self.index_: dict[str, set[str]] = {}
        for path, info in self.codes_.items():
            words = set(info.seeds) | set(info.company) | set(info.pos)
            for _, feats in info.examples:
                words |= feats
            for lemma in words:
                self.index_.setdefault(lemma, set()).add(path)

    def _sources(self, code: Code) -> Iterable[tuple[str, str]]:
        yield "name", code.name
        yield "description", code.description
        yield "include", code.include
        for pattern in code.patterns:
            if pattern.kind == "phrase":
                yield "pattern", str(pattern.value)
            elif pattern.kind == "all":
                # {all: [wie, belangrijk]} needs both words: one of them alone is weaker evidence
                source = "pattern part" if len(pattern.value) > 1 else "pattern"
                yield source, " ".join(pattern.value)

    def idf(self, lemma: str) -> float:
        """How specific a lemma is in the project's corpus, between 0 and 1."""
        found = self._idf.get(lemma)
        if found is None:
            n = self.n_sentences_
            found = math.log((n + 1) / (self.df_.get(lemma, 0) + 1)) / math.log(n + 1) if n else 1.0
            self._idf[lemma] = found
        return found

    def _norm(self, feats: frozenset[str]) -> float:
        """Idf-weighted length of a feature set, kept per set object (examples, a sentence)."""
        found = self._norms.get(id(feats))
        if found is not None and found[0] is feats:
            return found[1]
        norm = math.sqrt(sum(self.idf(x) ** 2 for x in feats)) or 1.0
        if len(self._norms) > 100_000:
            self._norms.clear()
        self._norms[id(feats)] = (feats, norm)
        return norm

    def likeness(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Idf-weighted cosine of two feature sets."""
        dot = sum(self.idf(x) ** 2 for x in a & b)
        return dot / (self._norm(a) * self._norm(b)) if dot else 0.0

    # -- scoring -----------------------------------------------------------------------------
    def description_score(
        self, info: CodeInfo, feats: frozenset[str], extra: dict[str, float] | None = None
    ) -> tuple[float, list[str]]:
        """Weighted sum of the code's lemmas in the sentence, and which ones matched."""
        seeds = info.seeds if not extra else {**extra, **info.seeds}
        if self.use_learning and info.n_neg >= NEG_MIN:
            seeds = {x: w * self._evidence(info, x) for x, w in seeds.items()}
        hits = [lemma for lemma in feats if lemma in seeds]

        def weight(x: str) -> float:
            return seeds[x] * self.idf(x) / (1 if is_class(x) else max(1, self.share_.get(x, 1)))

        score = sum(weight(x) for x in hits)
        return score, sorted(hits, key=lambda x: (-seeds[x] * self.idf(x), x))

    def _enough(self, info: CodeInfo, hits: list[str], feats: frozenset[str]) -> bool:
        """At least `min_hits` lemmas, or one the codebook names (code name or pattern); with
        `min_words`, that many sentence words with a distinctive lemma or one codebook compound
        (:mod:`wb.coding.distinctive`)."""
        if self.min_words:
            distinct = distinct_test(self.share_, self.idf, self.share_max, self.idf_min)
            own = [x for x in hits if x in info.seeds or x in info.company]
            if not self.company_alone and not any(x in info.seeds for x in hits):
                return False  # the company supports the code's own words, never alone
            return enough_words(own, feats, info.whole, distinct, self.min_words)
        return len(hits) >= self.min_hits or any(info.seeds.get(x, 0) >= 1.0 for x in hits)

    def example_threshold_of(self, text: str) -> float:
        """Cosine an example must reach: a passage the researcher coded needs less than one
        written for the codebook (a coded passage is the project's own wording)."""
        return self.coded_threshold if text.startswith(CODED_MARK) else self.example_threshold

    def example_score(self, info: CodeInfo, feats: frozenset[str]) -> tuple[float, str]:
        """Idf-weighted cosine between the sentence and the example of the code it fits best.

        "Best" is relative to the example's own threshold (codebook example or coded passage).
        """
        best, which, ratio = 0.0, "", 0.0
        norm = self._norm(feats)
        for text, ex in info.examples:
            shared = feats & ex
            if len(shared) < (CODED_MIN_SHARED if text.startswith(CODED_MARK) else 1):
                continue
            dot = sum(self.idf(x) ** 2 for x in shared)
            other = self._norm(ex)
            sim = dot / (norm * other)
            if sim / self.example_threshold_of(text) > ratio:
                best, which, ratio = sim, text, sim / self.example_threshold_of(text)
        return best, which

    def excluded(
        self,
        code: str,
        feats: frozenset[str],
        *,
        pattern: bool = False,
        negations: frozenset[str] = frozenset(),
    ) -> tuple[str | None, str] | None:
        """(target code or None, clause) when an exclude clause of `code` fits the sentence.

        A clause fits when its words are in the sentence (two of them, or its only word) and
        none of the words it says are absent ("zonder ...") is. A codebook pattern's hit is
        evidence of its own, so stopping it takes two of the clause's words. A clause's negation,
        when among the sentence's `negations`, and its negated word count as two of its words.
        """
        for ex in self.codes_[code].excludes:
            need = 2 if pattern or not ex.words else min(2, len(ex.words))
            hits = ex.words & feats
            if ex.verbs:
                hits |= {ex.verbs[x] for x in feats if x in ex.verbs}
            if ex.negation in negations and ex.negated in feats:
                hits = hits | {ex.negated, "~negation"}
            if len(hits) >= need and not ex.unless & feats:
                return ex.target, ex.clause
        return None

    def score(
        self,
        feats: frozenset[str],
        names: frozenset[str] | Callable[[], frozenset[str]] = frozenset(),
    ) -> list[Scored]:
        """Codes the sentence fits beyond patterns (before exclude and parent/child rules).

        `names`: lemmas that stand in the sentence only inside a name (or a function giving
        them, asked only when a description match needs it); with `skip_sentence_names` the
        description does not count them.
        """
        if self.class_weight:
            feats = with_classes(feats)
        named: frozenset[str] | None = None
        out = []
        paths: set[str] = set()
        for lemma in feats:
            paths |= self.index_.get(lemma, set())
        if self.use_learning and self.learn_mode == "bayes":
            paths |= {p for p, info in self.codes_.items() if info.n_pos}
        learner = self.learner()
        marked = self.markers() if self.use_markers else None
        ratios = self.ratios() if self.learn_ratios else {}
        for path, info in self.codes_.items():
            if path not in paths:
                continue
            best: Scored | None = None
            own = False  # the codebook's description or example speaks for the code
            extra = dict(info.company)
            if self.use_learning and info.n_pos and self.learn_mode == "seeds":
                extra.update(self.learned_seeds(info))
            if self.use_description:
                s, hits = self.description_score(info, feats, extra)
                dfeats = feats
                if s >= self.threshold and self.skip_sentence_names:
                    if named is None:
                        named = names() if callable(names) else names
                    if named & set(hits):  # without the words that stand only in a name
                        dfeats = feats - named
                        s, hits = self.description_score(info, dfeats, extra)
                if s >= self.threshold and self._enough(info, hits, dfeats):
                    reason = description_reason(info, hits, feats)
                    best = Scored(path, s / (s + self.threshold), reason, "description")
                    own = True
            if best is None and self.name_words and self.use_description:
                word = self.name_word(info, feats)
                if word and self.skip_sentence_names:
                    if named is None:
                        named = names() if callable(names) else names
                    if word in named:  # "Justitie en Veiligheid": a name, not the topic
                        word = self.name_word(info, feats - named)
                if word:
                    best = Scored(path, 0.5, f"staat in de naam van de code: {word}", "description")
                    own = True
            if self.use_examples:
                s, text = self.example_score(info, feats)
                threshold = self.example_threshold_of(text)
                if text and s >= threshold:
                    score = s / (s + threshold)
                    if best is None or score > best.score:
                        if text.startswith(CODED_MARK):
                            why = f"lijkt op uw codering: «{short(text[len(CODED_MARK) :])}»"
                        else:
                            why = f"lijkt op voorbeeld: «{short(text)}»"
                            own = True
                        best = Scored(path, score, why, "example")
            if learner is not None:
                s, lemmas = learner.score(path, feats)
                if s >= 1.0 and (best is None or s / (s + 1) > best.score):
                    words = ", ".join(lemmas[:3])
                    why = f"lijkt op eerder gecodeerde zinnen: {words}"
                    best = Scored(path, s / (s + 1), why, "learned")
            if path in ratios and best is None and self.use_description:  # codes15
                s, hits = self.description_score(info, feats, extra)
                if s >= ratios[path] * self.threshold and self._enough(info, hits, feats):
                    why = f"{description_reason(info, hits, feats)} (zoals in uw coderingen)"
                    best = Scored(path, s / (s + self.threshold), why, "learned")
            if marked is not None and best is None:  # only adds a code (codes15)
                words = marked.score(path, feats)
                if words and self.markers_evidence and not self._own_evidence(path, feats):
                    words = []  # the code's own description words must be there too
                if words:
                    why = f"lijkt op eerder gecodeerde zinnen: {', '.join(words[:4])}"
                    best = Scored(path, MARKER_SCORE, why, "learned")
            if self.use_learning and info.n_pos and self.learn_mode == "bayes":
                s, lemmas = self._learned(info, feats)
                if s > self.learn_threshold:
                    score = 1 / (1 + math.exp(-(s - self.learn_threshold)))
                    if best is None or score > best.score:
                        words = ", ".join(lemmas[:4]) or "uw eerdere coderingen"
                        best = Scored(path, score, f"geleerd uit uw coderingen: {words}", "learned")
                elif best is not None and s < -2:
                    best = None  # the researcher's decisions speak against it
            if best is not None:
                out.append(replace(best, own=own))
        return self._with_nearest(out, feats) if self.use_nearest else out

    def name_word(self, info: CodeInfo, feats: frozenset[str]) -> str:
        """A noun of the code's own name, standing whole in the sentence, that no other code's
        text holds and few of the project's sentences do; '' when there is none."""
        n = self.n_sentences_
        found = sorted(
            x
            for x in info.named & feats
            if self.share_.get(x, 0) == 1
            and not any(y != x and x in _parts(y) for y in feats)
            and (not n or self.df_.get(x, 0) <= NAME_COMMON * n)
        )
        return found[0] if found else ""

    def ratios(self) -> dict[str, float]:
        """Per code the share of the description threshold its codings show (codes15)."""
        if self._ratios is None or self._ratios[0] != len(self.coded_docs_):
            found = {}
            for path, info in self.codes_.items():
                if not info.n_pos or not self.coded_docs_:
                    continue

                def share(feats: frozenset[str], info: CodeInfo = info) -> float:
                    s, hits = self.description_score(info, feats, dict(info.company))
                    ok = self._enough(info, hits, feats)
                    return s / self.threshold if ok else 0.0

                ratio = learned_ratio(path, self.coded_docs_, share)
                if ratio is not None and ratio < 1:
                    found[path] = ratio
            self._ratios = (len(self.coded_docs_), found)
        return self._ratios[1]

    def markers(self) -> Markers | None:
        """The marker words of the codings so far (None before two documents are coded)."""
        if len(self.coded_docs_) < 2:
            return None
        key = (
            len(self.coded_docs_),
            self.n_sentences_,
            *((i.n_pos, i.n_neg, len(i.rejected)) for i in self.codes_.values()),
        )
        if self._markers is None or self._markers[0] != key:
            decided = {
                p: (i.pos, i.neg, i.rejected, i.n_pos) for p, i in self.codes_.items() if i.n_pos
            }
            found = Markers(**self.markers_options).fit(
                self.coded_docs_, decided, self.df_, self.n_sentences_
            )
            self._markers = (key, found)
        return self._markers[1]

    def _with_nearest(self, out: list[Scored], feats: frozenset[str]) -> list[Scored]:
        """Add the codes the nearest decided sentences give (a higher score wins per code)."""
        found = {s.code: s for s in out}
        for near in self.nearest_.suggest(feats):
            score = near.likeness / (near.likeness + near.threshold)
            if near.code in found and found[near.code].score >= score:
                continue
            if near.likeness < self.coded_threshold and not self._own_evidence(near.code, feats):
                continue  # loosely alike: the code's own words must be there too (codes12)
            why = f"lijkt op gecodeerde zin: «{short(near.text)}»"
            own = near.code in found and found[near.code].own
            found[near.code] = Scored(near.code, score, why, "nearest", own)
        return list(found.values())

    def children_below(
        self, hits: Iterable[Any], feats: frozenset[str], share: float
    ) -> list[tuple[str, float, str]]:
        """(code, score, reason) of each child of a hit code whose own codebook words reach
        `share` of the description threshold in the sentence (codes18)."""
        out = []
        for path, info in self.codes_.items():
            if not below_hit(path, hits):
                continue
            s, words = self.description_score(info, feats)
            if words and s >= share * self.threshold:
                reason = description_reason(info, words, feats)
                out.append((path, s / (s + self.threshold), reason))
        return out

    def _own_evidence(self, code: str, feats: frozenset[str]) -> bool:
        """True when the code's own description words reach `nearest_evidence` of the threshold."""
        if not self.nearest_evidence:
            return True
        s, hits = self.description_score(self.codes_[code], feats)
        return bool(hits) and s >= self.nearest_evidence * self.threshold


__all__ = [
    "CONTENT_POS",
    "CodeModel",
    "Scored",
    "_parts",
    "content_lemmas",
    "features",
    "parent_of",
    "prefer_children",
    "token_lemma",
    "with_classes",
]
