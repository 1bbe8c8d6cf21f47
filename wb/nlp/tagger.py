"""wb's Dutch part-of-speech tagger: a linear model over word windows, numpy only.

Each token gets a universal part-of-speech tag (UPOS, ``token.pos_``). The score of a tag is a
sum of weights of features of the token and of its neighbours (two to each side within the
sentence): the word itself, its suffixes and shape, the word classes that wb's lemma tables give
the form and its lemma, whether OpenTaal only knows it with a capital (a name), plus pairs of
word classes of neighbours and the sentence start. No feature depends on a predicted tag, so a
whole document is scored at once with numpy: every distinct word's weight vectors are summed
once and cached, a document costs a few array additions. One rule is added to the learned
scores: a noun/verb homograph in -en right after a subject pronoun leans to a verb, main or
auxiliary alike (``Ze werken hard``, ``We hebben ... gemaakt``); and one for verb-first order:
a noun/verb word between the sentence start or an opening adverb and a subject pronoun is the
finite verb (``Toen werk ik thuis``, ``Werk je thuis?``). Since round 7 a few rules follow
the treebanks' guidelines for auxiliaries and compounds: ``worden`` without a verb form in the
sentence is the copula (VERB, ``werd derde``), next to a participle the passive auxiliary;
``hebben`` with a participle and a modal with an infinitive later in the clause are AUX; a
capitalised compound with a hyphen and a noun head is a NOUN (``PSV-trainer``). Round 8 adds
rules on the first-pass labels (``wb.nlp.tagger_rules``): ``hebben`` without a participle and
existential ``er ... zijn`` are VERB, ``worden`` with a participle AUX, ``het`` before a finite
verb PRON, ``van`` in a person's name PROPN, abbreviated nouns (``WK``, ``btw``) NOUN. Round 9:
a noun where its clause needs the finite verb or predicate ("Wie binnenkomt, wacht ...") and
plural nouns in -en after a determiner, numeral or adjective ("zes werken").

Labels are UPOS plus some morphology; the particle of a separable verb ("belde ... op") is
marked ``PartType=Vbp`` so the lemmatiser can join it to its verb.

The weights are trained by ``bench/train_tagger.py`` (multinomial logistic regression) on the
dev sets of UD Dutch Alpino and UD Dutch LassySmall plus older releases of both from their git
history (``bench/ud_history.py``, test sentences removed), all CC BY-SA 4.0; the model is a
derived work under the same licence, see ``models/wb_offline_nl/README.md``.

The feature strings are made in :mod:`wb.nlp.tagger_features`; the spaCy component (factory
``wb_tagger``) is :mod:`wb.nlp.tagger_component`.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from wb.lang import word_set
from wb.nlp.lexicon import get_lexicon
from wb.nlp.tagger_component import MODEL_FILE as MODEL_FILE
from wb.nlp.tagger_component import TaggerComponent as TaggerComponent
from wb.nlp.tagger_component import make_tagger as make_tagger
from wb.nlp.tagger_features import (
    BOS,
    CLAUSE_BREAKS,
    EOS,
    FUNCTION_WORDS,
    OFFSETS,
    SHAPE_CONTEXT,
    VERB_BIT,
    WordFeatures,
    shape,
)
from wb.nlp.tagger_features import NAME_PARTICLES as NAME_PARTICLES
from wb.nlp.tagger_features import context_keys as context_keys
from wb.nlp.tagger_features import sentence_features as sentence_features
from wb.nlp.tagger_rules import (
    ACRONYM_OPENERS,
    CAPS_WORD,
    DEMONSTRATIVES,
    FINITE,
    HEBBEN,
    INFLECTED,
    KNOWN_ACRONYM,
    LOWER_WORD,
    NUMERAL,
    PART,
    PLURAL_DETERMINER,
    PLURAL_NOUN_READING,
    WORDEN,
    ZIJN,
    abbreviation_noun,
    acronym_code,
    attributive_kind,
    auxiliary_kind,
    auxiliary_penalties,
    case_code,
    clause_code,
    clause_verbs,
    label_class,
    name_code,
    name_van,
    second_pass,
)
from wb.nlp.tagger_rules import ADJ as ADJ_CLASS
from wb.nlp.tagger_rules import AUX as AUX_CLASS
from wb.nlp.tagger_rules import COMMA as COMMA_CODE
from wb.nlp.tagger_rules import NOUN as NOUN_CLASS
from wb.nlp.tagger_rules import OTHER as OTHER_CLASS
from wb.nlp.tagger_rules import SUBJECT as SUBJECT_CODE
from wb.nlp.tagger_rules import VAN as VAN_CODE
from wb.nlp.tagger_rules import VAN_CAP as VAN_CAP_CODE

# Subject pronouns: a noun/verb homograph right after one is the verb ("ze werken", "we
# zorgen"); the training data has too few such sentences for the model to learn it. The
# bonus goes to VERB and AUX labels alike: it speaks against the noun, not for a main verb
# ("we hebben ... gemaakt", "wij zullen ... regelen" keep their auxiliary).
SUBJECT_PRONOUNS = word_set("tagger_subject_pronouns.txt")
VERB_BONUS = 3.0
# Verb-first order: a noun/verb word right after the sentence start or an opening adverb and
# right before a subject pronoun is the finite verb ("Toen las ik", "Nu werk ik").
INVERSION_OPENERS = word_set("tagger_inversion_adverbs.txt")
# The subject may also be "je" or "u" here ("Werk je thuis?"); the bonus outweighs a strong
# noun reading of a stem form ("Soms droom ik ervan").
INVERSION_SUBJECTS = SUBJECT_PRONOUNS | {"je", "u"}
INVERSION_BONUS = 6.0
# Question words open a clause with the subject next ("Waar je ...", "hoe je kan"): never the verb.
QUESTION_WORDS = word_set("tagger_question_words.txt")
# Rules on the learned scores (bench/README.md, round 7): the auxiliaries' rules are in
# wb.nlp.tagger_rules;
# - a capitalised compound with a hyphen whose last part is a lowercase noun is a NOUN, not a
#   name ("FARC-rebellen", "PSV-trainer", "Oranje-beloften").
RULE_WEIGHT = 100.0


class TaggerModel:
    """Weights of the tagger and the cached per-word vectors."""

    def __init__(
        self,
        labels: list[str],
        features: list[str],
        weights: np.ndarray,
        own_class: frozenset[str] = FUNCTION_WORDS,
    ) -> None:
        self.labels = labels
        self.own_class = own_class
        self.n_labels = len(labels)
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = weights.astype(np.float32)
        self._features: WordFeatures | None = None
        self._pairs_ready = False
        self.generation = 0

    @classmethod
    def load(cls, path: Path) -> TaggerModel:
        """Read ``model.npz`` (labels, feature names, float16 weights)."""
        with np.load(path) as data:
            features = gzip.decompress(data["features"].tobytes()).decode("utf-8").split("\n")
            labels = data["labels"].tobytes().decode("utf-8").split("\n")
            weights = data["weights"]
            own = FUNCTION_WORDS
            if "own_class" in data:
                own = frozenset(data["own_class"].tobytes().decode("utf-8").split("\n"))
        return cls(labels, features, weights, own)

    def save(self, path: Path) -> None:
        """Write ``model.npz`` (deterministic bytes for the same weights)."""
        features = sorted(self.index, key=self.index.__getitem__)
        blob = gzip.compress("\n".join(features).encode("utf-8"), mtime=0)
        with path.open("wb") as fh:
            np.savez(
                fh,
                features=np.frombuffer(blob, dtype=np.uint8),
                labels=np.frombuffer("\n".join(self.labels).encode(), dtype=np.uint8),
                weights=self.weights.astype(np.float16),
                own_class=np.frombuffer(
                    "\n".join(sorted(self.own_class)).encode("utf-8"), dtype=np.uint8
                ),
            )

    # -- tagging -------------------------------------------------------------------------
    def _prepare(self) -> None:
        self._features = WordFeatures(get_lexicon(), self.own_class)
        index, w, t = self.index, self.weights, self.n_labels
        classes: dict[str, int] = {"?": 0}
        for name in index:
            if name[0] in "PN" and ">" in name:
                a, b = name[1:].split(">", 1)
                classes.setdefault(a, len(classes))
                classes.setdefault(b, len(classes))
            elif name[0] == "S":
                classes.setdefault(name[1:], len(classes))
        c = len(classes)
        self._classes = classes
        self._n_classes = c
        self._starts = np.zeros((c, t), np.float32)
        pairs: dict[str, tuple[list[int], list[int]]] = {"P": ([], []), "N": ([], [])}
        for name, row in index.items():
            if name[0] in "PN" and ">" in name:
                a, b = name[1:].split(">", 1)
                keys, rows = pairs[name[0]]
                keys.append(classes[a] * c + classes[b])
                rows.append(row)
            elif name[0] == "S":
                self._starts[classes[name[1:]]] = w[row]
        # observed class pairs only: sorted keys, weights with a zero row 0 for unseen pairs
        self._pairs = {}
        for kind, (keys, rows) in pairs.items():
            order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
            sorted_keys = np.array(keys, dtype=np.int64)[order]
            table = np.vstack(
                [np.zeros((1, t), np.float32), w[np.array(rows, dtype=np.int64)][order]]
            )
            self._pairs[kind] = (sorted_keys, table)
        self._bias = w[index["bias"]] if "bias" in index else np.zeros(t, np.float32)
        self.special = frozenset(n[1:].split("|", 1)[0] for n in index if n[0] == "X")
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, len(OFFSETS), t), np.float32)
        self._class_ids = np.zeros(1024, np.int32)
        self._verbal = np.zeros(1024, bool)
        self._breaks = np.zeros(1024, bool)
        self._pronoun = np.zeros(1024, bool)
        self._verb_form = np.zeros(1024, bool)
        self._inv_verb = np.zeros(1024, bool)
        self._opener = np.zeros(1024, bool)
        self._inv_subject = np.zeros(1024, bool)
        self._verb_labels = np.array([lab.startswith(("VERB", "AUX")) for lab in self.labels])
        upos = [lab.split("|", 1)[0] for lab in self.labels]
        self._upos_labels = {
            tag: np.array([u == tag for u in upos])
            for tag in ("AUX", "VERB", "PROPN", "NOUN", "DET", "PRON", "ADP", "ADJ", "NUM")
        }
        self._label_classes = np.array([label_class(lab) for lab in self.labels], np.int8)
        self._verb_form2 = np.zeros(1024, np.int8)
        self._aux = np.zeros(1024, np.int8)
        self._te = np.zeros(1024, bool)
        self._er = np.zeros(1024, bool)
        self._present = np.zeros(1024, bool)
        self._demonstrative = np.zeros(1024, np.int8)
        self._name_code = np.zeros(1024, np.int8)
        self._compound_noun = np.zeros(1024, bool)
        self._abbr_noun = np.zeros(1024, bool)
        self._acronym = np.zeros(1024, np.int8)
        self._case = np.zeros(1024, np.int8)
        self._acronym_opener = np.zeros(1024, bool)
        self._clause_code = np.zeros(1024, np.int8)
        self._reading = np.zeros(1024, np.int8)
        self._attributive = np.zeros(1024, np.int8)
        self._lows: list[str | None] = []  # lowercase form of special words, else None
        self._shapes: list[str] = []
        self.generation += 1  # row numbers of an earlier generation are void
        self._pairs_ready = True
        self.bos = self.row(BOS)
        self.eos = self.row(EOS)

    def row(self, word: str) -> int:
        """Row of a word in the vector cache (computed on first sight)."""
        if not self._pairs_ready:
            self._prepare()
        found = self._rows.get(word)
        if found is not None:
            return found
        feats = self._features
        assert feats is not None
        n = len(self._rows)
        if n >= len(self._table):
            if n >= 1_000_000:  # a very long session: start the cache afresh
                self._prepare()
                return self.row(word)
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._class_ids = np.concatenate([self._class_ids, np.zeros_like(self._class_ids)])
            self._verbal = np.concatenate([self._verbal, np.zeros_like(self._verbal)])
            self._breaks = np.concatenate([self._breaks, np.zeros_like(self._breaks)])
            self._pronoun = np.concatenate([self._pronoun, np.zeros_like(self._pronoun)])
            self._verb_form = np.concatenate([self._verb_form, np.zeros_like(self._verb_form)])
            self._inv_verb = np.concatenate([self._inv_verb, np.zeros_like(self._inv_verb)])
            self._opener = np.concatenate([self._opener, np.zeros_like(self._opener)])
            self._inv_subject = np.concatenate(
                [self._inv_subject, np.zeros_like(self._inv_subject)]
            )
            for name in (
                "_verb_form2",
                "_aux",
                "_te",
                "_er",
                "_present",
                "_demonstrative",
                "_name_code",
                "_compound_noun",
                "_abbr_noun",
                "_acronym",
                "_case",
                "_acronym_opener",
                "_clause_code",
                "_reading",
                "_attributive",
            ):
                old = getattr(self, name)
                setattr(self, name, np.concatenate([old, np.zeros_like(old)]))
        index, weights = self.index, self.weights
        for j, (_k, names) in enumerate(sorted(feats.by_offset(word).items())):
            ids = [index[f] for f in names if f in index]
            if ids:
                self._table[n, j] = weights[ids].sum(axis=0)
        self._class_ids[n] = self._classes.get(feats.word_class(word), 0)
        low = word.lower()
        self._verbal[n] = word not in (BOS, EOS) and feats.verbal(word)
        self._breaks[n] = low in CLAUSE_BREAKS
        self._lows.append(low if low in self.special else None)
        self._pronoun[n] = low in SUBJECT_PRONOUNS
        lex = feats.lexicon
        self._verb_form[n] = low in lex.verbs and low.endswith("en")
        self._inv_verb[n] = bool(lex.pos_mask.get(low, 0) & VERB_BIT) and low not in QUESTION_WORDS
        self._opener[n] = low in INVERSION_OPENERS
        self._inv_subject[n] = low in INVERSION_SUBJECTS
        self._shapes.append(shape(word))
        edge = word in (BOS, EOS)
        self._verb_form2[n] = 0 if edge else feats.verb_form(word)
        self._aux[n] = auxiliary_kind(low)
        self._te[n] = low == "te"
        self._er[n] = low == "er"
        self._name_code[n] = 0 if edge else name_code(word)
        self._demonstrative[n] = 2 if low == "het" else int(low in DEMONSTRATIVES)
        self._present[n] = feats.present_participle(low)
        self._compound_noun[n] = not edge and feats.compound_noun(word)
        self._abbr_noun[n] = not edge and abbreviation_noun(word)
        self._acronym[n] = 0 if edge else acronym_code(word)
        self._case[n] = 0 if edge else case_code(word)
        self._acronym_opener[n] = low in ACRONYM_OPENERS
        self._clause_code[n] = 0 if edge else clause_code(low)
        self._reading[n] = 0 if edge else feats.reading(low)
        self._attributive[n] = 0 if edge else attributive_kind(low)
        self._rows[word] = n
        return n

    def scores(self, rows: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Tag scores (tokens x labels) of a row sequence; ``starts`` marks sentence starts."""
        r = rows
        n = len(r)
        start = starts.astype(bool)
        start[0] = True
        end = np.empty(n, bool)
        end[:-1] = start[1:]
        end[-1] = True
        p1 = _shift(r, 1, self.bos)
        p1[start] = self.bos
        p2 = _shift(p1, 1, self.bos)
        p2[start] = self.bos
        n1 = _shift(r, -1, self.eos)
        n1[end] = self.eos
        n2 = _shift(n1, -1, self.eos)
        n2[end] = self.eos
        t = self._table
        s = t[r, 2] + t[p1, 1] + t[p2, 0] + t[n1, 3] + t[n2, 4] + self._bias
        cls = self._class_ids
        cr = cls[r]
        s += self._pair_weights("P", cls[p1], cr)
        s += self._pair_weights("N", cr, cls[n1])
        s[start] += self._starts[cr[start]]
        if self.special:
            self._add_context(r, start, s)
        after_pronoun = self._pronoun[p1] & self._verb_form[r]
        if after_pronoun.any():
            s[np.ix_(after_pronoun, self._verb_labels)] += VERB_BONUS
        inverted = (start | self._opener[p1]) & self._inv_verb[r] & self._inv_subject[n1] & ~end
        if inverted.any():
            s[np.ix_(inverted, self._verb_labels)] += INVERSION_BONUS
        self._add_rules(r, start, s)
        return s

    def _add_rules(self, r: np.ndarray, start: np.ndarray, s: np.ndarray) -> None:
        """The rules on the learned scores: compound nouns here, auxiliaries in tagger_rules."""
        labels = self._upos_labels
        compound = self._compound_noun[r]
        if compound.any():
            s[np.ix_(compound, labels["PROPN"])] -= RULE_WEIGHT
        abbr = self._abbr_noun[r]
        if abbr.any():
            s[np.ix_(abbr, ~labels["NOUN"])] -= RULE_WEIGHT
        acronym = self._acronyms(r, start)
        if acronym.any():
            s[np.ix_(acronym, ~(labels["PROPN"] | labels["NOUN"]))] -= RULE_WEIGHT
        aux = self._aux[r]
        todo = np.flatnonzero(aux)
        if len(todo):
            penalties = auxiliary_penalties(
                todo.tolist(),
                aux.tolist(),
                self._verb_form2[r].tolist(),
                self._breaks[r].tolist(),
                self._te[r].tolist(),
                start.tolist(),
            )
            for i, label in penalties:
                s[i, labels[label]] -= RULE_WEIGHT
        self._second_stage(r, start, s, aux, acronym)

    def _acronyms(self, r: np.ndarray, start: np.ndarray) -> np.ndarray:
        """Tokens that are an acronym in capitals, PROPN or NOUN ("volgens het OM", not the
        preposition "om"): a known acronym or one after an article or preposition, in a
        sentence with more words in lowercase than in capitals (no heading in capitals)."""
        code = self._acronym[r]
        if not code.any():
            return code.astype(bool)
        prev = _shift(r, 1, self.bos)
        prev[start] = self.bos
        hit = (code == KNOWN_ACRONYM) | ((code > 0) & self._acronym_opener[prev])
        if not hit.any():
            return hit
        sentence = np.cumsum(start) - 1
        case = self._case[r]
        caps = np.bincount(sentence, weights=case == CAPS_WORD)
        lower = np.bincount(sentence, weights=case == LOWER_WORD)
        return hit & (lower > caps)[sentence]

    def _second_stage(
        self, r: np.ndarray, start: np.ndarray, s: np.ndarray, aux, acronym: np.ndarray
    ) -> None:
        """Rules on the best labels so far: demonstratives here, auxiliaries in tagger_rules;
        ``acronym`` marks the acronyms of :meth:`_acronyms` ("het OM": the article)."""
        labels = self._upos_labels
        best = s.argmax(axis=1)
        classes = self._label_classes[best]
        self._clause_rules(r, start, s, aux, classes)
        self._plural_nouns(r, start, s, best, classes)
        nxt = _shift(classes, -1, OTHER_CLASS)
        nxt[np.flatnonzero(start) - 1] = OTHER_CLASS  # the last token of each sentence
        demonstrative = self._demonstrative[r]
        if demonstrative.any():  # "het leek" PRON, "het kalf" DET
            finite = (nxt == FINITE) | (nxt == AUX_CLASS)
            to_pron = (demonstrative > 0) & labels["DET"][best] & finite
            before_acronym = _shift(acronym, -1, False)
            before_acronym[np.flatnonzero(start) - 1] = False
            to_det = (
                (demonstrative == 2) & labels["PRON"][best] & ((nxt == NOUN_CLASS) | before_acronym)
            )
            s[np.ix_(to_pron, ~labels["PRON"])] -= RULE_WEIGHT
            s[np.ix_(to_det, ~labels["DET"])] -= RULE_WEIGHT
        codes = self._name_code[r]
        van = np.flatnonzero((codes & (VAN_CODE | VAN_CAP_CODE)).astype(bool) & labels["ADP"][best])
        if len(van):
            for i in name_van(van.tolist(), codes.tolist(), start.tolist()):
                s[i, ~labels["PROPN"]] -= RULE_WEIGHT
        second = np.flatnonzero(
            (((aux == HEBBEN) | (aux == ZIJN)) & labels["AUX"][best])
            | ((aux == WORDEN) & (classes == FINITE))
        )
        if not len(second):
            return
        classes[(classes == PART) & self._present[r]] = OTHER_CLASS  # not "winnende"
        for i, upos in second_pass(
            second.tolist(),
            aux.tolist(),
            classes.tolist(),
            self._er[r].tolist(),
            self._te[r].tolist(),
            self._breaks[r].tolist(),
            start.tolist(),
        ):
            s[i, ~labels[upos]] -= 2 * RULE_WEIGHT  # over the first stage

    def _plural_nouns(
        self, r: np.ndarray, start: np.ndarray, s: np.ndarray, best: np.ndarray, classes
    ) -> None:
        """A first-pass verb in -en with a plural-noun reading after a plural determiner, a
        numeral or an inflected adjective is the plural noun ("zes werken", "zijn bekende
        werken", "wilde planten"); ``classes`` follows the change."""
        labels = self._upos_labels
        hit = (
            labels["VERB"][best]
            & (classes != PART)
            & ((self._reading[r] & PLURAL_NOUN_READING) > 0)
        )
        if not hit.any():
            return
        prev = _shift(r, 1, self.bos)
        prev_best = _shift(best, 1, 0)
        kind = self._attributive[prev]
        det = (labels["DET"][prev_best] | labels["NUM"][prev_best]) & (kind == PLURAL_DETERMINER)
        adj = labels["ADJ"][prev_best] & (kind == INFLECTED)
        hit &= det | adj | (kind == NUMERAL)
        hit[start] = False
        if hit.any():
            s[np.ix_(hit, ~labels["NOUN"])] -= RULE_WEIGHT
            classes[hit] = NOUN_CLASS

    def _clause_rules(
        self, r: np.ndarray, start: np.ndarray, s: np.ndarray, aux, classes: np.ndarray
    ) -> None:
        """A first-pass noun where its clause needs the finite verb or the predicate
        (tagger_rules.clause_verbs); ``classes`` follows the change."""
        codes = self._clause_code[r]
        readings = self._reading[r]
        prev = _shift(codes, 1, 0)
        prev[start] = 0
        todo = np.flatnonzero(
            (classes == NOUN_CLASS) & (readings > 0) & ((prev & (SUBJECT_CODE | COMMA_CODE)) > 0)
        )
        if not len(todo):
            return
        labels = self._upos_labels
        for i, upos in clause_verbs(
            todo.tolist(),
            codes.tolist(),
            readings.tolist(),
            classes.tolist(),
            aux.tolist(),
            self._breaks[r].tolist(),
            start.tolist(),
        ):
            s[i, ~labels[upos]] -= RULE_WEIGHT
            classes[i] = FINITE if upos == "VERB" else ADJ_CLASS

    def _pair_weights(self, kind: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Weights of the class pairs (a, b); zeros for pairs the model never saw."""
        keys, table = self._pairs[kind]
        wanted = a.astype(np.int64) * self._n_classes + b
        pos = np.searchsorted(keys, wanted)
        pos[pos >= len(keys)] = 0
        hit = keys[pos] == wanted if len(keys) else np.zeros(len(wanted), bool)
        return table[np.where(hit, pos + 1, 0)]

    def _add_context(self, r: np.ndarray, start: np.ndarray, s: np.ndarray) -> None:
        """Add the weights of the clause-context features of special words (context_keys)."""
        lows = self._lows
        rows = r.tolist()
        todo = [i for i, row in enumerate(rows) if lows[row] is not None]
        if not todo:
            return
        verbal = self._verbal[r].tolist()
        breaks = self._breaks[r].tolist()
        starts = start.tolist()
        n = len(rows)
        index, weights, shapes = self.index, self.weights, self._shapes
        for i in todo:
            low = lows[rows[i]]
            if low in SHAPE_CONTEXT:
                prev = BOS if starts[i] else shapes[rows[i - 1]]
                nxt = EOS if i + 1 == n or starts[i + 1] else shapes[rows[i + 1]]
                key = f"X{low}|{prev}|{nxt}"
            else:
                after = before = False
                j = i + 1
                while j < n and not starts[j] and not breaks[j]:
                    if verbal[j]:
                        after = True
                        break
                    j += 1
                j = i - 1
                if not starts[i]:
                    while j >= 0 and not breaks[j]:
                        if verbal[j]:
                            before = True
                            break
                        if starts[j]:
                            break
                        j -= 1
                key = f"X{low}|{int(after)}{int(before)}"
            row = index.get(key)
            if row is not None:
                s[i] += weights[row]

    def tag(self, words: Sequence[str], starts: np.ndarray | None = None) -> list[str]:
        """Best label per token (one sentence when ``starts`` is None)."""
        if not words:
            return []
        if starts is None:
            starts = np.zeros(len(words), bool)
        rows = np.array([self.row(w) for w in words], dtype=np.int64)
        best = self.scores(rows, starts).argmax(axis=1)
        labels = self.labels
        return [labels[i] for i in best.tolist()]


def _shift(a: np.ndarray, k: int, fill: int) -> np.ndarray:
    """``a`` moved k places right (k > 0) or left, the gap filled with ``fill``."""
    out = np.empty_like(a)
    if k > 0:
        out[k:] = a[:-k]
        out[:k] = fill
    else:
        out[:k] = a[-k:]
        out[k:] = fill
    return out
