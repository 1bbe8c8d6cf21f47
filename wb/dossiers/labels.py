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
  whole words, without endings or lemmas, so the ordinary word "pas" is no label.
* A term's ``context`` words must occur in the same sentence. Overlapping matches keep the
  longest span, then the longest variant.
* A hit in brackets right after another ("Parental Alienation Syndrome (PAS)") takes that
  hit's voice.
* A verb term that labels a parent only when a person does it ("beïnvloedt") is dropped when
  its subject is a phenomenon ("hoe dit kinderen beïnvloedt", :mod:`wb.dossiers.label_subject`).
* Learned: with ``judging=True`` the learned detector of :mod:`wb.dossiers.judging` adds
  judging words aimed at a person that no list holds, with the label ``oordelende taal
  (geleerd)``, where no other hit overlaps them (opt-in, see bench/README.md "labels21"); their
  voice comes from the same machinery as a description's. With ``aimed=True`` the words in
  a person-aimed shape are judged by the model of :mod:`wb.dossiers.aimed` likewise (labels27;
  ``wb labels --learned`` switches both on).
* A fighting idiom followed by "over" + its matter ("de tent uitvecht over geld") reports a
  dispute, and a hit inside a web address is a site: no term (:mod:`wb.dossiers.label_senses`).
* Descriptions: with ``descriptions=True`` (the default) judgemental descriptions of a person
  beyond the lexicon ("de boze moeder", "een nare vrouw") are found by a pattern over word
  classes (:mod:`wb.dossiers.descriptions`) with the label ``negatieve typering``, where no
  lexicon term overlaps them. A description right after a discussed lexicon term in the same
  clause is discussed too ("De verstotende ouder ondermijnt ...": the type, not a person).

Voice (asserted, attributed, discussed or negated) is decided by the rules of
:mod:`wb.dossiers.voice`; with ``voice_model="learned"`` (the default) the linear model of
:mod:`wb.dossiers.voice_model` decides where the rules say asserted, unless report-like cues
keep the assertion (:mod:`wb.dossiers.voice_assertion`: "er is sprake van X", "wij zien X",
an adjective about a particular person). ``voice_model="rules"`` uses the rules alone.
:meth:`LabelFinder.find` takes the document's ``metadata`` (genre, organisation): a court's own
ruling is written by the court (:mod:`wb.dossiers.voice_document`).
:func:`label_report` adds ``first_seen`` (earliest
report of the dossier with the same canonical label, by default; ``by="wording"`` uses the
folded matched wording instead) and ``copied_from`` (the source report of a non-boilerplate
copied passage that contains the hit).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wb.dossiers.aimed import find_aimed, kind_name
from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.descriptions import find_descriptions
from wb.dossiers.judging import LABEL as JUDGING_LABEL
from wb.dossiers.judging import JudgingModel, find_judging
from wb.dossiers.label_frames import LABEL as FRAME_LABEL
from wb.dossiers.label_frames import alleged, find_frames, repeats
from wb.dossiers.label_senses import other_sense
from wb.dossiers.label_subject import phenomenon_subject
from wb.dossiers.lexicon import (
    GAP,
    Lexicon,
    compound_default,
    fold,
    load_lexicon,
    variant_regex,
    variant_units,
)
from wb.dossiers.voice import VoiceResolver, sentences
from wb.dossiers.voice_document import document_kind
from wb.dossiers.voice_gap import gap_denials
from wb.dossiers.voice_headings import repeats_quote
from wb.dossiers.voice_model import learned_voice
from wb.dossiers.voice_reader import asked_terms
from wb.errors import InvalidChoiceError
from wb.nlp import compound_parts

_LINKS = ("", "s", "e", "en", "n", "-")
_INFLECTION = {"", "e", "en", "s", "'s", "n", "es"}
_SUFFIXES = {"heid", "ig", "ige", "lijk", "lijke", "achtig", "baar", "isch", "loos", "je", "tje"}
_PUNCT = set(".,;:!?")
GAP_WORDS = 4
# "learned" (default): the rules, with the linear model of wb.dossiers.voice_model deciding
# where the rules say asserted and no assertion cue holds; "rules": wb.dossiers.voice alone
# (see bench/README.md)
VOICE_MODELS = ("rules", "learned")
_APPOSITION = re.compile(r"['’”\"]?\s*[(/]\s*['‘“\"]?")


@dataclass(frozen=True, order=True)
class LabelHit:
    """One label occurrence: character span in the document, canonical label, voice."""

    doc: str
    start: int
    end: int
    label: str
    text: str
    voice: str = "asserted"

    def to_json(self) -> dict[str, Any]:
        """The hit as a dict with doc, start, end, label, text and voice."""
        return {k: getattr(self, k) for k in ("doc", "start", "end", "label", "text", "voice")}


@dataclass(frozen=True)
class _Variant:
    term: int
    label: str
    text: str
    regex: re.Pattern[str]
    base: str  # folded, no separators: for compounds and specificity
    compound: bool
    lemmas: tuple[tuple[frozenset[str], ...], ...]  # segments between gaps


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
            for text in term.all_variants:
                segments = variant_units(text)
                if not segments:
                    continue
                compound = term.compound if term.compound is not None else compound_default(text)
                lemmas = tuple(self._lemmas(s) for s in text.split(GAP))
                base = "".join(u for s in segments for u, _ in s)
                regex = variant_regex(segments)
                variant = _Variant(index, term.label, text, regex, base, compound, lemmas)
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
                found.append((m.start(), m.end(), len(v.base), v.term))
            if v.compound:
                found += [(a, b, len(v.base), v.term) for a, b in _compounds(folded, v.base)]
        found += self._bracketed(folded, text)
        for term, regex in self.exact_:
            found += [
                (m.start(), m.end(), m.end() - m.start(), term)
                for m in regex.finditer(text)
                if not _in_capitals(text, m.start(), m.end())
            ]
        for sent in sents:
            found += self._lemma_matches(sent)
        hits: list[tuple[int, int, int, int]] = []
        for start, end, spec, term in sorted(found, key=lambda f: (f[0], f[0] - f[1], -f[2])):
            context = self.context_[term]
            if context:
                i = max(0, bisect_right(starts, start) - 1)
                if not context & sent_words[i]:
                    continue
            if hits and start < hits[-1][1]:
                continue
            hits.append((start, end, spec, term))
        hits = [
            h
            for h in hits
            if not phenomenon_subject(doc, h[0], h[1])
            and not self._other_verb(doc, h)
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
        resolver = VoiceResolver(doc, self_terms, kind)
        voices: list[str] = []
        for i, (a, b, _, t) in enumerate(hits):
            between = text[hits[i - 1][1] : a] if i else ""
            # a learned hit is a description beyond the lexicon to the voice machinery
            label = DESCRIPTION_LABEL if labels[t] == JUDGING_LABEL else labels[t]
            if i and _APPOSITION.fullmatch(between):  # "ouderverstoting (PAS)": same voice
                voices.append(voices[-1])
            elif self.voice_model == "learned":
                voices.append(learned_voice(resolver, a, b, label))
            else:
                voices.append(resolver.voice(a, b))
        as_description = [DESCRIPTION_LABEL if x == JUDGING_LABEL else x for x in labels]
        voices = _share_discussed(text, hits, as_description, voices)
        voices = gap_denials(text, hits, self.term_keys_, asked_terms(resolver, hits, voices))
        voices = _frame_voices(hits, voices, frames, resolver.quotes)
        voices = [
            "attributed"
            if v not in ("negated", "attributed")
            and (alleged(text, h[0]) or repeats_quote(doc, h[0], h[1], resolver.quotes))
            else v
            for h, v in zip(hits, voices, strict=True)
        ]
        return [
            LabelHit(doc_name, a, b, labels[t], text[a:b], voice)
            for (a, b, _, t), voice in zip(hits, voices, strict=True)
        ]

    def _other_verb(self, doc: Doc, hit: tuple[int, int, int, int]) -> bool:
        """A one-word hit on a verb whose lemma is no word of the term: an ending read onto
        another word ("staren" is no form of "star"; "geparentificeerde" is one of
        "geparentificeerd")."""
        span = doc.char_span(hit[0], hit[1])
        if span is None or len(span) != 1 or span[0].pos_ != "VERB":
            return False
        keys = self.term_keys_[hit[3]]
        word = fold(span[0].text)
        # an attributive -e on a participle of the term stays ("geparentificeerde")
        return not (_keys(span[0]) & keys) and word.removesuffix("e") not in keys

    def _bracketed(self, folded: str, text: str) -> list[tuple[int, int, int, int]]:
        """Surface matches in words with letters in brackets ("(v)echtscheidingen",
        "ouder(s)"), read without the brackets; spans in the original text."""
        plain, where = unbracket(folded, text)
        if where is None:
            return []
        out = []
        for v in self.variants_:
            spans = [(m.start(), m.end()) for m in v.regex.finditer(plain)]
            if v.compound:
                spans += list(_compounds(plain, v.base))
            for a, b in spans:
                start, end = where[a], where[b - 1] + 1
                if folded[start - 1 : start] == "(":
                    start -= 1  # "(v)echtscheiding": the whole written word
                if folded[end : end + 1] == ")" and "(" in folded[start:end]:
                    end += 1  # "manipulatie(f)"
                if "(" in folded[start:end] or ")" in folded[start:end]:
                    out.append((start, end, len(v.base), v.term))
        return out

    def _lemma_matches(self, sent: Any) -> list[tuple[int, int, int, int]]:
        tokens = [t for t in sent if not t.is_space]
        keys = [_keys(t) for t in tokens]
        out = []
        for i in range(len(tokens)):
            variants = {id(v): v for k in keys[i] for v in self.first_.get(k, ())}
            for v in variants.values():
                end = _match_segments(keys, tokens, i, v.lemmas)
                if end is not None:
                    last = tokens[end]
                    out.append((tokens[i].idx, last.idx + len(last), len(v.base), v.term))
        return out


_LIST_JOIN = re.compile(r"\s*(?:,|\ben\b|\bof\b)\s*")


def _after_terms(
    text: str, a: int, b: int, hits: list[tuple[int, int, int, int]]
) -> tuple[int, int] | None:
    """A description that opens with lexicon terms keeps what follows them in its list:
    "agressieve, intimiderende ouders" with the term "agressieve" -> "intimiderende ouders";
    None when nothing of two words or more is left, or a term stands inside or at its end."""
    over = [h for h in hits if h[0] < b and a < h[1]]
    if not over:
        return a, b
    if any(h[0] > a for h in over):
        return None
    rest = max(h[1] for h in over)
    join = _LIST_JOIN.match(text, rest)
    start = join.end() if join and join.end() > rest else rest
    while start < b and text[start].isspace():
        start += 1
    if len(text[start:b].split()) < 2:
        return None
    return start, b


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


def _frame_voices(
    hits: list[tuple[int, int, int, int]],
    voices: list[str],
    frames: list[tuple[int, int, str]],
    quotes: list[tuple[int, int]],
) -> list[str]:
    """A hit inside a term put on someone by a labelling frame takes the frame's voice
    (:mod:`wb.dossiers.label_frames`): attributed, or asserted when the author applies it, then
    attributed inside a quote; a negated hit stays negated."""
    out = list(voices)
    for i, (a, b, _, _) in enumerate(hits):
        frame = next((f for f in frames if f[0] <= a and b <= f[1]), None)
        if frame is None or out[i] == "negated":
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


# a word next to an acronym with only whitespace between: "MIJN PA", "PAS OP" (capitals)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([^\W\d_]+)")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether an acronym hit stands in a run of capitals (a heading in capitals), not a term."""
    words = [
        m.group(1)
        for m in (
            _WORD_BEFORE.search(text[max(0, start - 40) : start]),
            _WORD_AFTER.search(text[end : end + 40]),
        )
        if m
    ]
    return any(len(w) > 1 and w.isupper() for w in words)


# one to four lowercase letters in brackets against a letter: "(v)echt", "ouder(s)"; not "X(PAS)"
_LOWER = r"[^\W\d_A-ZÀ-Þ]"
_IN_WORD_BRACKETS = re.compile(
    rf"(?<=[^\W\d_])\(({_LOWER}{{1,4}})\)|\(({_LOWER}{{1,4}})\)(?=[^\W\d_])"
)


def unbracket(folded: str, text: str | None = None) -> tuple[str, list[int] | None]:
    """The text with brackets inside words left out ("(v)echtscheiding" -> "vechtscheiding",
    "ouder(s)" -> "ouders") and, per character of it, its offset in folded; None: no brackets.
    """
    source = folded if text is None else text  # the written text tells case (fold keeps offsets)
    if not _IN_WORD_BRACKETS.search(source):
        return folded, None
    keep = [True] * len(folded)
    for m in _IN_WORD_BRACKETS.finditer(source):
        keep[m.start()] = keep[m.end() - 1] = False
    where = [i for i, k in enumerate(keep) if k]
    return "".join(folded[i] for i in where), where


def _keys(token: Any) -> set[str]:
    low = fold(token.text)
    return {low, low.replace("-", ""), fold(token.lemma_)} - {""}


def _sentence_keys(sent: Any) -> set[str]:
    return {k for t in sent for k in _keys(t)}


def _match_segments(
    keys: list[set[str]], tokens: list[Any], i: int, segments: tuple[tuple[frozenset[str], ...]]
) -> int | None:
    """Index of the last token when the segments match from token i (gaps between them)."""
    pos = i
    for n, words in enumerate(segments):
        if not words:
            return None
        starts = [pos] if n == 0 else []
        if n:
            for skip in range(GAP_WORDS + 1):
                j = pos + skip
                if j >= len(tokens) or tokens[j].text in _PUNCT:
                    break
                starts.append(j)
        for start in starts:
            if start + len(words) <= len(tokens) and all(
                keys[start + k] & words[k] for k in range(len(words))
            ):
                pos = start + len(words)
                break
        else:
            return None
    return pos - 1


def _compounds(folded: str, base: str) -> Iterable[tuple[int, int]]:
    """Spans of whole words that contain base as a compound part."""
    for m in re.finditer(re.escape(base), folded):
        a, b = m.start(), m.end()
        while a > 0 and folded[a - 1].isalpha():
            a -= 1
        while b < len(folded) and folded[b].isalpha():
            b += 1
        pre, rest = folded[a : m.start()], folded[m.end() : b]
        if (pre or rest not in _INFLECTION) and _is_compound(folded[a:b], len(pre), base, rest):
            yield a, b


def _is_compound(word: str, at: int, base: str, rest: str) -> bool:
    """True when base (at offset at in word) is a real part of the compound word."""
    heads = [rest[len(link) :] for link in _LINKS if rest.startswith(link)]
    head_ok = rest in _INFLECTION or any(len(h) >= 3 and h not in _SUFFIXES for h in heads)
    if not head_ok or 0 < at < 3:
        return False
    bounds = _part_bounds(word)
    if len(bounds) > 2:
        start_ok = at == 0 or at in bounds
        end = at + len(base)
        end_ok = rest in _INFLECTION or any(end + len(link) in bounds for link in _LINKS)
        return start_ok and end_ok
    return len(base) >= 8


@lru_cache(maxsize=4096)
def _part_bounds(word: str) -> frozenset[int]:
    """Offsets where the parts of a compound start (and the word's end)."""
    bounds, pos = {len(word)}, 0
    for part in compound_parts(word):
        found = word.find(fold(part)[: max(3, len(part) - 2)], pos)
        if found < 0:
            return frozenset({len(word)})
        bounds.add(found)
        pos = found + 1
    return frozenset(bounds)


# -- dossier report: first_seen and copied_from ---------------------------------------------------


def wording_key(text: str) -> str:
    """Folded wording without separators and final inflection, for first_seen by wording."""
    words = [w for w in re.split(r"[\s\-]+", fold(text)) if w]
    out = []
    for w in words:
        for ending in ("'s", "en", "e", "s"):
            if len(w) > len(ending) + 4 and w.endswith(ending):
                w = w[: -len(ending)]
                break
        out.append(w)
    return "".join(out)


def label_report(
    hits_by_doc: Mapping[str, Iterable[LabelHit | Mapping[str, Any]]],
    order: list[str],
    dossier_of: Mapping[str, str],
    passages: list[dict] | None = None,
    *,
    by: str = "label",
) -> list[dict[str, Any]]:
    """JSON records of all hits with first_seen (per dossier, in order) and copied_from."""
    rank = {doc: i for i, doc in enumerate(order)}
    docs = sorted(hits_by_doc, key=lambda d: (rank.get(d, len(rank)), d))
    records = [
        dict(h.to_json() if isinstance(h, LabelHit) else h) for d in docs for h in hits_by_doc[d]
    ]
    records.sort(key=lambda r: (rank.get(r["doc"], len(rank)), r["doc"], r["start"], r["end"]))

    def key(r: dict[str, Any]) -> tuple[str, str]:
        value = wording_key(r["text"]) if by == "wording" else r["label"]
        return dossier_of.get(r["doc"], r["doc"]), value

    first: dict[tuple[str, str], str] = {}
    for r in records:
        first.setdefault(key(r), r["doc"])
    copies = [p for p in passages or () if not p.get("boilerplate")]
    for r in records:
        r["copied_from"] = _copied_from(r, copies, records, rank)
        r["first_seen"] = first[key(r)]
    return records


def _copied_from(
    hit: dict[str, Any], copies: list[dict], records: list[dict[str, Any]], rank: dict[str, int]
) -> str | None:
    """Source report of the copied passage around hit: one that has the label, else nearest."""
    candidates = []
    for p in copies:
        target, source = p.get("target") or {}, p.get("source") or {}
        if target.get("doc") != hit["doc"] or not source.get("doc"):
            continue
        if target.get("start", 0) <= hit["start"] and hit["end"] <= target.get("end", 0):
            s_start, s_end = source.get("start"), source.get("end")
            has_label = any(
                r["doc"] == source["doc"]
                and r["label"] == hit["label"]
                and (s_start is None or s_start <= r["start"] < (s_end or 0))
                for r in records
            )
            candidates.append((has_label, rank.get(source["doc"], -1), source["doc"]))
    return max(candidates)[2] if candidates else None


def labels_json(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The `wb labels --json` document."""
    keys = ("doc", "start", "end", "label", "text", "voice", "copied_from", "first_seen")
    return {"labels": [{k: r.get(k) for k in keys} for r in records]}


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
) -> dict[str, Any]:
    """The ``wb labels --json`` document for a folder of reports (metadata.csv: dossier, date).

    Without ``passages`` the copied passages come from :func:`wb.dossiers.reuse.detect_reuse`.
    With `cluster` (a Dask address, "local" or a Client) the work runs on that cluster, see
    :mod:`wb.dossiers.labels_dask`. ``judging`` adds the learned detector of
    :mod:`wb.dossiers.judging` and the learned judge of person-aimed candidates of
    :mod:`wb.dossiers.aimed` (in this process only).
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
    finder = finder or LabelFinder(lexicon, judging=judging, aimed=judging).fit()
    hits: dict[str, list[LabelHit]] = {
        r.doc: finder.find(
            r.doc,
            r.text,
            self_terms=self_terms(metadata[r.doc], r.text),
            metadata=metadata[r.doc],
        )
        for r in reports
    }
    order = [r.doc for r in reports]
    dossier_of = {r.doc: r.dossier for r in reports}
    if passages is None:
        from wb.dossiers.reuse import detect_reuse

        passages = detect_reuse(folder).get("passages", [])
    return labels_json(label_report(hits, order, dossier_of, passages, by=by))


__all__ = ["LabelFinder", "LabelHit", "label_corpus", "label_report", "labels_json"]
