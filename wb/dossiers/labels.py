"""Find labelling language in dossier reports and trace where each label first appeared.

Matching (:class:`LabelFinder`), for every variant of every lexicon term:

* Surface: text and variants are folded to lowercase without diacritics (``beinvloed`` =
  ``beïnvloed``), with offsets kept. Between the words of a variant a hyphen, spaces (one line
  break at most) or nothing may stand: ``niet-meewerkende``, ``niet meewerkende`` and
  ``nietmeewerkende`` all match ``niet meewerkend``. Each content word may carry a Dutch
  ending (-e, -en, -s, -'s, -er, -ere, -ste, -n) with f/v, s/z, consonant doubling and vowel
  undoubling (``manipulatieve``, ``hoogconflictueuze``, ``hoge``). A match must start and end
  at word boundaries, so ``conflict`` is not ``loyaliteitsconflict`` and ``beïnvloed`` is not
  ``onbeïnvloedbaar``.
* Compounds: a compound variant (see :mod:`wb.dossiers.lexicon`) also matches as a part of a
  longer word, as head (``gezinsloyaliteitsconflict``) or modifier with a linking -s-, -e- or
  -en- (``vechtscheidingssituatie``). The split must agree with
  :func:`wb.nlp.compound_parts`; for unknown words only variants of 8+ letters count. The
  span is the whole word.
* Lemmas: consecutive tokens whose lemmas equal the variant's lemmas (``zat klem`` for
  ``zit klem``, ``gebagatelliseerd``); ``...`` in a variant skips up to four words within the
  clause (``tegen ... op`` finds "zet de kinderen tegen hem op": span "tegen hem op").
* Brackets: letters in brackets inside a word are read without the brackets as well
  ("(v)echtscheidingen", "manipulatie(f)"); the span is the written word.
* Exact: a term's ``exact`` variants (acronyms such as ``PAS``) match case-sensitively as
  whole words, without endings or lemmas, so the ordinary word "pas" is no label; an acronym
  of three or more capitals also with full stops ("P.A.S.", labels-lexicon2).
* A term's ``context`` words must occur in the same sentence, or in the sentence before of
  the same paragraph when a definite article or demonstrative points back to it ("... de
  verwaarlozing van haar baby. De rechtbank tilt zwaar aan de verwaarlozing.", labels61), or
  as the modifier of a compound hit ("kinderverwaarlozing", labels-lexicon2). A one-word
  variant of 6+ letters that does not count inside compounds may still be a compound's head
  after a modifier of 3+ letters where the word's parts split there ("gameverslaafde").
  Overlapping matches keep the longest span, then the longest variant.
* A hit in brackets right after another ("Parental Alienation Syndrome (PAS)") takes that
  hit's voice.
* A verb term that labels a parent only when a person does it ("beïnvloedt") is dropped when
  its subject is a phenomenon ("hoe dit kinderen beïnvloedt", :mod:`wb.dossiers.label_subject`).
* Learned: with ``judging=True`` the learned detector of :mod:`wb.dossiers.judging` adds
  judging words aimed at a person that no list holds, with the label ``oordelende taal
  (geleerd)``, where no other hit overlaps them (opt-in, see bench/README.md "labels21"); their
  voice comes from the same machinery as a description's. With ``aimed=True`` the words in
  a person-aimed shape are judged by the model of :mod:`wb.dossiers.aimed` likewise (labels27;
  ``wb labels --learned`` switches both on). ``aimed_clauses`` takes a model of
  :mod:`wb.dossiers.aimed_clauses` that judges whole clauses (an experiment without bundled
  weights, labels-aimedml).
* A fighting idiom followed by "over" + its matter ("de tent uitvecht over geld") reports a
  dispute, and a hit inside a web address is a site: no term (:mod:`wb.dossiers.label_senses`).
* Descriptions: with ``descriptions=True`` (the default) judgemental descriptions of a person
  beyond the lexicon ("de boze moeder", "een nare vrouw") are found by a pattern over word
  classes (:mod:`wb.dossiers.descriptions`) with the label ``negatieve typering``, where no
  lexicon term overlaps them. A description right after a discussed lexicon term in the same
  clause is discussed too ("De verstotende ouder ondermijnt ...": the type, not a person). An
  adjective coordinated with a term or description is one too ("manipulatief en achterbaks",
  :mod:`wb.dossiers.description_conjuncts`, labels47).

Voice (asserted, attributed, discussed or negated) is decided by the rules of
:mod:`wb.dossiers.voice`; with ``voice_model="learned"`` (the default) the linear model of
:mod:`wb.dossiers.voice_model` decides where the rules say asserted, unless report-like cues
keep the assertion (:mod:`wb.dossiers.voice_assertion`: "er is sprake van X", "wij zien X",
an adjective about a particular person). ``voice_model="rules"`` uses the rules alone.
:meth:`LabelFinder.find` takes the document's ``metadata`` (genre, organisation): a court's own
ruling is written by the court (:mod:`wb.dossiers.voice_document`).
:func:`label_report` adds ``first_seen`` (earliest
report of the dossier with the same canonical label, by default; ``by="wording"`` uses the
folded matched wording instead, as the open labels of :mod:`wb.dossiers.label_records` always
do) and ``copied_from`` (the source report of a non-boilerplate copied passage that contains the
hit).

The finder's parts live in their own modules: :mod:`wb.dossiers.label_matching` finds where the
variants stand, :mod:`wb.dossiers.label_voices` gives each hit its voice and
:mod:`wb.dossiers.label_records` holds :class:`LabelHit` and the dossier report of the hits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wb.dossiers.aimed import find_aimed, kind_name
from wb.dossiers.aimed_clauses import find_aimed_clauses
from wb.dossiers.description_conjuncts import find_conjuncts
from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.descriptions import find_descriptions
from wb.dossiers.judging import LABEL as JUDGING_LABEL
from wb.dossiers.judging import JudgingModel, find_judging
from wb.dossiers.label_frames import LABEL as FRAME_LABEL
from wb.dossiers.label_frames import find_frames, repeats
from wb.dossiers.label_help_subject import help_as_subject
from wb.dossiers.label_matching import GAP_WORDS as GAP_WORDS
from wb.dossiers.label_matching import (
    _compounds,
    _in_capitals,
    _keys,
    _sentence_keys,
    _Variant,
    bracketed_matches,
    head_compounds,
    head_variant,
    lemma_matches,
    other_verb,
    scare_quotes_fit,
    unbracket,
)
from wb.dossiers.label_records import (
    LabelHit,
    label_report,
    labels_json,
    per_dossier,
    wording_key,
)
from wb.dossiers.label_senses import other_sense
from wb.dossiers.label_subject import phenomenon_subject
from wb.dossiers.label_voices import _APPOSITION as _APPOSITION
from wb.dossiers.label_voices import hit_voices
from wb.dossiers.lexicon import (
    GAP,
    Lexicon,
    compound_default,
    fold,
    load_lexicon,
    variant_regex,
    variant_units,
)
from wb.dossiers.voice import sentences
from wb.dossiers.voice_document import document_kind
from wb.errors import InvalidChoiceError
from wb.progress import per_item, step
from wb.progress import reports as count

# "learned" (default): the rules, with the linear model of wb.dossiers.voice_model deciding
# where the rules say asserted and no assertion cue holds; "rules": wb.dossiers.voice alone
# (see bench/README.md)
VOICE_MODELS = ("rules", "learned")


class LabelFinder:
    """Compiles a label lexicon against the Dutch pipeline and finds labels in documents."""

    def __init__(
        self,
        lexicon: Lexicon | str | Path,
        nlp: Language | None = None,
        *,
        descriptions: bool = True,
        voice_model: str = "learned",
        judging: bool | JudgingModel = False,
        judging_threshold: float | None = None,
        aimed: bool | JudgingModel = False,
        aimed_clauses: JudgingModel | None = None,
    ):
        self.lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
        self.nlp = nlp
        self.descriptions = descriptions
        if voice_model not in VOICE_MODELS:
            raise InvalidChoiceError(
                f"onbekend stemmodel {voice_model!r}; kies uit: {', '.join(VOICE_MODELS)}"
            )
        self.voice_model = voice_model  # "learned" or "rules" (wb.dossiers.voice_model)
        self.judging = judging  # True: the bundled model of wb.dossiers.judging, or a model
        self.judging_threshold = judging_threshold  # None: the model's own threshold
        self.aimed = aimed  # person-aimed candidates judged by wb.dossiers.aimed (True: bundled)
        self.aimed_clauses = aimed_clauses  # an experiment: clauses judged by a given model

    def fit(self) -> LabelFinder:
        """Compile every variant (regex, compound base, lemma sequence); returns self."""
        if self.nlp is None:
            from wb.nlp import load

            self.nlp = load()
        self.variants_: list[_Variant] = []
        self.context_: list[frozenset[str]] = []
        self.first_: dict[str, list[_Variant]] = {}
        self.exact_: list[tuple[int, re.Pattern[str]]] = []
        self.term_keys_: list[set[str]] = [set() for _ in self.lexicon.terms]
        for index, term in enumerate(self.lexicon.terms):
            self.context_.append(frozenset(fold(w) for w in term.context))
            for word in term.exact:
                body = r"\s+".join(re.escape(w) for w in word.split())
                self.exact_.append((index, re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")))
                if dotted := dotted_acronym(word):
                    self.exact_.append((index, dotted))
            for text in term.all_variants:
                segments = variant_units(text)
                if not segments:
                    continue
                compound = term.compound if term.compound is not None else compound_default(text)
                lemmas = tuple(self._lemmas(s) for s in text.split(GAP))
                base = "".join(u for s in segments for u, _ in s)
                regex = variant_regex(segments)
                head = head_variant(text, compound, term.compound)
                variant = _Variant(index, term.label, text, regex, base, compound, lemmas, head)
                self.variants_.append(variant)
                self.term_keys_[index] |= {base} | {k for s in lemmas for w in s for k in w}
                for key in lemmas[0][0] if lemmas[0] else ():
                    self.first_.setdefault(key, []).append(variant)
        # words of the lexicon: the rules have decided on them, the learned detector skips them
        exact = {fold(w) for term in self.lexicon.terms for x in term.exact for w in x.split()}
        self.lexicon_words_ = frozenset().union(exact, *self.term_keys_)
        return self

    def _lemmas(self, words: str) -> tuple[frozenset[str], ...]:
        doc = self.nlp(words.strip())
        return tuple(frozenset(_keys(t)) for t in doc if not t.is_space and t.text != "-")

    def find(
        self,
        doc_name: str,
        text_or_doc: str | Doc,
        *,
        self_terms: Iterable[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> list[LabelHit]:
        """Label hits in one document, by position; self_terms name the report's author,
        metadata (genre, organisation) says whether it is a court's ruling or about a case."""
        if not hasattr(self, "variants_"):
            self.fit()
        doc = self.nlp(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
        text = doc.text
        folded = fold(text)
        sents = sentences(doc)
        starts = [s.start_char for s in sents] or [0]
        sent_words = [_sentence_keys(s) for s in sents] or [set()]
        found: list[tuple[int, int, int, int]] = []  # start, end, specificity, term
        for v in self.variants_:
            for m in v.regex.finditer(folded):
                if scare_quotes_fit(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), len(v.base), v.term))
            if v.compound:
                found += [(a, b, len(v.base), v.term) for a, b in _compounds(folded, v.base)]
            elif v.head:
                found += [(a, b, len(v.base), v.term) for a, b in head_compounds(folded, v.base)]
        found += bracketed_matches(self.variants_, folded, text)
        for term, regex in self.exact_:
            found += [
                (m.start(), m.end(), m.end() - m.start(), term)
                for m in regex.finditer(text)
                if not _in_capitals(text, m.start(), m.end())
            ]
        for sent in sents:
            found += lemma_matches(self.first_, sent)
        hits: list[tuple[int, int, int, int]] = []
        for start, end, spec, term in sorted(found, key=lambda f: (f[0], f[0] - f[1], -f[2])):
            context = self.context_[term]
            if context:
                i = max(0, bisect_right(starts, start) - 1)
                back = i and _points_back(folded, start, starts[i - 1])
                if not context & sent_words[i] and not (back and context & sent_words[i - 1]):
                    if not _context_inside(folded[start:end], spec, context):
                        continue
            if hits and start < hits[-1][1]:
                continue
            hits.append((start, end, spec, term))
        hits = [
            h
            for h in hits
            if not phenomenon_subject(doc, h[0], h[1])
            and not help_as_subject(doc, h[0], h[1])  # labels54
            and not other_verb(self.term_keys_, doc, h)
            and not other_sense(doc, h[0], h[1])
        ]
        labels = [t.label for t in self.lexicon.terms]
        if self.descriptions:
            spans = [_after_terms(text, a, b, hits) for a, b in find_descriptions(doc)]
            extra = [
                (a, b, 0, len(labels))
                for a, b in (s for s in spans if s is not None)
                if not any(h[0] < b and a < h[1] for h in hits)
            ]
            hits = sorted(hits + extra)
            labels.append(DESCRIPTION_LABEL)
            conjuncts = [
                (a, b, 0, len(labels) - 1)
                for a, b in find_conjuncts(doc, [h[:2] for h in hits])
                if not any(h[0] < b and a < h[1] for h in hits)
            ]
            hits = sorted(hits + conjuncts)
        frames = find_frames(doc) if self.descriptions else []
        if frames:
            extra = []
            for a, b in sorted({(f[0], f[1]) for f in frames} | set(repeats(text, frames))):
                if not any(h[0] < b and a < h[1] for h in hits + extra):
                    extra.append((a, b, 0, len(labels)))
            hits = sorted(hits + extra)
            labels.append(FRAME_LABEL)
        if self.judging:
            model = self.judging if isinstance(self.judging, JudgingModel) else None
            skip = [h[:2] for h in hits]
            spans = find_judging(doc, model, self.judging_threshold, skip, self.lexicon_words_)
            hits = sorted(hits + [(a, b, 0, len(labels)) for a, b in spans])
            labels.append(JUDGING_LABEL)
        kind = document_kind(metadata, text)
        if self.aimed:
            model = self.aimed if isinstance(self.aimed, JudgingModel) else None
            skip = [h[:2] for h in hits]
            spans = find_aimed(doc, model, skip, self.lexicon_words_, kind_name(kind))
            hits = sorted(hits + [(a, b, 0, len(labels)) for a, b in spans])
            labels.append(JUDGING_LABEL)
        if self.aimed_clauses is not None:  # labels-aimedml (no bundled weights)
            skip = [h[:2] for h in hits]
            spans = find_aimed_clauses(doc, self.aimed_clauses, skip, kind_name(kind))
            hits = sorted(hits + [(a, b, 0, len(labels)) for a, b in spans])
            labels.append(JUDGING_LABEL)
        voices = hit_voices(
            doc, text, hits, labels, frames, self_terms, kind, self.voice_model, self.term_keys_
        )
        return [
            LabelHit(doc_name, a, b, labels[t], text[a:b], voice)
            for (a, b, _, t), voice in zip(hits, voices, strict=True)
        ]


_DOTTED_MIN = 3  # "P.A." is also "per adres": only acronyms of three letters or more


def dotted_acronym(word: str) -> re.Pattern[str] | None:
    """An acronym of the lexicon written with a full stop after its letters ("PAS" as "P.A.S."
    or "P.A.S"); None for a word that is no acronym in capitals of 3+ letters (labels-lexicon2)."""
    if len(word) < _DOTTED_MIN or not word.isalpha() or not word.isupper():
        return None
    body = r"\.".join(re.escape(c) for c in word)
    return re.compile(rf"(?<![^\W\d_.]){body}\.?(?![^\W\d_])")


def _context_inside(word: str, spec: int, context: frozenset[str]) -> bool:
    """Whether a one-word compound hit starts with a context word of its term as its modifier:
    "kinderverwaarlozing" holds the child that "verwaarlozing" asks for (labels-lexicon2)."""
    if len(word) <= spec or not word.isalpha():
        return False
    return any(word.startswith(c) and len(word) - len(c) >= spec - 1 for c in context)


_POINTING = re.compile(r"(?<![^\W\d_])(?:de|het|deze|die|dit)\s+$")


def _points_back(folded: str, start: int, previous: int) -> bool:
    """True when a definite article or demonstrative stands right before the match at start and
    no blank line lies between the sentence before (from previous) and it (labels61)."""
    before = folded[max(previous, start - 8) : start]
    return bool(_POINTING.search(before)) and "\n\n" not in folded[previous:start]


_LIST_JOIN = re.compile(r"\s*(?:,|\ben\b|\bof\b)\s*")


def _after_terms(
    text: str, a: int, b: int, hits: list[tuple[int, int, int, int]]
) -> tuple[int, int] | None:
    """A description that opens with lexicon terms keeps what follows them in its list:
    "agressieve, intimiderende ouders" with the term "agressieve" -> "intimiderende ouders";
    None when nothing of two words or more is left, a term stands inside or at its end, or no
    list word ("," "en" "of") follows the term."""
    over = [h for h in hits if h[0] < b and a < h[1]]
    if not over:
        return a, b
    if any(h[0] > a for h in over):
        return None
    rest = max(h[1] for h in over)
    join = _LIST_JOIN.match(text, rest)
    if not join or join.end() <= rest:
        return None  # "verwent ze te veel": what follows a verb term is its object (labels32)
    start = join.end()
    while start < b and text[start].isspace():
        start += 1
    if len(text[start:b].split()) < 2:
        return None
    return start, b


def label_corpus(
    folder: str | Path,
    lexicon: Lexicon | str | Path,
    *,
    passages: list[dict] | None = None,
    finder: LabelFinder | None = None,
    by: str = "label",
    cluster: Any = None,
    workers: int | None = None,
    judging: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """The ``wb labels --json`` document for a folder of reports (metadata.csv: dossier, date).

    Without ``passages`` the copied passages come from :func:`wb.dossiers.reuse.detect_reuse`.
    With `cluster` (a Dask address, "local" or a Client) the work runs on that cluster, see
    :mod:`wb.dossiers.labels_dask`. ``judging`` adds the learned detector of
    :mod:`wb.dossiers.judging` and the learned judge of person-aimed candidates of
    :mod:`wb.dossiers.aimed` (in this process only). ``progress`` says on stderr when the
    pipeline loads and the copied passages are searched, with a bar per report for the labels.
    """
    if cluster is not None and judging:
        from wb.errors import ClusterError

        raise ClusterError("--learned werkt nog niet samen met --cluster; laat een van beide weg.")
    if cluster is not None:
        from wb.dossiers.labels_dask import label_corpus_dask

        return label_corpus_dask(
            folder, lexicon, cluster, workers=workers, passages=passages, by=by
        )
    from wb.corpus.dossiers import read_folder
    from wb.dossiers.voice import self_terms

    reports, metadata, _ = read_folder(folder)
    if finder is None:
        step("Taalmodel en labellijst laden…", progress)
        finder = LabelFinder(lexicon, judging=judging, aimed=judging).fit()
    shown = per_item(reports, "Labels zoeken", "rapport", progress)
    hits: dict[str, list[LabelHit]] = {
        r.doc: finder.find(
            r.doc,
            r.text,
            self_terms=self_terms(metadata[r.doc], r.text),
            metadata=metadata[r.doc],
        )
        for r in shown
    }
    order = [r.doc for r in reports]
    dossier_of = {r.doc: r.dossier for r in reports}
    if passages is None:
        from wb.dossiers.reuse import detect_reuse

        step(f"Overgenomen passages zoeken in {count(len(reports))}…", progress)
        passages = detect_reuse(folder).get("passages", [])
    records = label_report(hits, order, dossier_of, passages, by=by)
    return labels_json(per_dossier(records, dossier_of))


__all__ = [
    "LabelFinder",
    "LabelHit",
    "label_corpus",
    "label_report",
    "labels_json",
    "per_dossier",
    "unbracket",
    "wording_key",
]
