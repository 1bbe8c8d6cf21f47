"""wb's Dutch part-of-speech tagger: a linear model over word windows, numpy only.

Each token gets a universal part-of-speech tag (UPOS, ``token.pos_``). The score of a tag is a
sum of weights of features of the token and of its neighbours (two to each side within the
sentence): the word itself, its suffixes and shape, the word classes that wb's lemma tables give
the form and its lemma, whether OpenTaal only knows it with a capital (a name), plus pairs of
word classes of neighbours and the sentence start. No feature depends on a predicted tag, so a
whole document is scored at once with numpy: every distinct word's weight vectors are summed
once and cached, a document costs a few array additions.

The weights are trained by ``bench/train_tagger.py`` (multinomial logistic regression) on the
dev sets of UD Dutch Alpino and UD Dutch LassySmall (CC BY-SA 4.0); the model is a derived work
under the same licence, see ``data/wb_offline_nl/README.md``.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from wb.nlp.lexicon import Lexicon, get_lexicon

OFFSETS = (-2, -1, 0, 1, 2)
BOS, EOS = "<s>", "</s>"
_DIGIT = re.compile(r"\d")


def shape(word: str) -> str:
    """Coarse shape: a (lower), A (capital), AA (all caps), 9 (digits), . (punctuation) ..."""
    if word.isalpha():
        if word.islower():
            return "a"
        if word.isupper():
            return "AA" if len(word) > 1 else "A1"
        return "A" if word[0].isupper() and word[1:].islower() else "Aa"
    if _DIGIT.search(word):
        return "9" if word.isdigit() else "9x"
    if not any(ch.isalnum() for ch in word):
        return "."
    if "-" in word:
        return "A-" if word[0].isupper() else "a-"
    return "A'" if word[0].isupper() else "x"


class WordFeatures:
    """Feature strings of word types, from the word and wb's lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def classes(self, word: str) -> tuple[str, str, str]:
        """(word-class bits of the form, of its table lemma, OpenTaal capital kind)."""
        lex = self.lexicon
        low = word.lower()
        mask = lex.pos_mask.get(low, 0)
        lemma = lex.table.get(low)
        if lemma is None:
            lemma_class = "?" if low not in lex.lemmas else "k"
        elif lemma == low:
            lemma_class = "="
        else:
            lemma_class = str(lex.pos_mask.get(lemma, 0))
        return str(mask), lemma_class, lex.caps.get(low, "-")

    def word_class(self, word: str) -> str:
        """Small class of a word for pair features: word classes and shape."""
        if word in (BOS, EOS):
            return word
        mask, lemma_class, cap = self.classes(word)
        return f"{mask}|{lemma_class}|{cap}|{shape(word)}"

    def by_offset(self, word: str) -> dict[int, list[str]]:
        """Features of a word when it stands at each offset from the tagged token."""
        if word in (BOS, EOS):
            return {k: [f"{k}w{word}"] for k in OFFSETS}
        low = word.lower()
        mask, lemma_class, cap = self.classes(word)
        sh = shape(word)
        own = [
            f"w{low}",
            f"c{sh}",
            f"m{mask}",
            f"l{lemma_class}",
            f"o{cap}",
            f"ml{mask}|{lemma_class}|{cap}|{sh}",
        ]
        own += [f"s{n}{low[-n:]}" for n in (1, 2, 3, 4, 5) if len(low) > n]
        own.append(f"p{low[:3]}" if len(low) > 4 else "p")
        near = [f"w{low}", f"c{sh}", f"m{mask}", f"l{lemma_class}", f"o{cap}", f"s2{low[-2:]}"]
        far = [f"w{low}", f"m{mask}", f"c{sh}"]
        out: dict[int, list[str]] = {0: [f"0{f}" for f in own]}
        for k in (-1, 1):
            out[k] = [f"{k}{f}" for f in near]
        for k in (-2, 2):
            out[k] = [f"{k}{f}" for f in far]
        return out


def sentence_features(words: Sequence[str], feats: WordFeatures) -> list[list[str]]:
    """Training features of each token of one sentence (same sums as at tagging time)."""
    padded = [BOS, BOS, *words, EOS, EOS]
    by_offset = [feats.by_offset(w) for w in padded]
    classes = [feats.word_class(w) for w in padded]
    out = []
    for i in range(2, len(padded) - 2):
        row = ["bias"]
        for k in OFFSETS:
            row += by_offset[i + k][k]
        row.append(f"P{classes[i - 1]}>{classes[i]}")
        row.append(f"N{classes[i]}>{classes[i + 1]}")
        if i == 2:
            row.append(f"S{classes[i]}")
        out.append(row)
    return out


class TaggerModel:
    """Weights of the tagger and the cached per-word vectors."""

    def __init__(self, labels: list[str], features: list[str], weights: np.ndarray) -> None:
        self.labels = labels
        self.n_labels = len(labels)
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = weights.astype(np.float32)
        self._features: WordFeatures | None = None
        self._pairs_ready = False

    @classmethod
    def load(cls, path: Path) -> TaggerModel:
        """Read ``model.npz`` (labels, feature names, float16 weights)."""
        with np.load(path) as data:
            features = gzip.decompress(data["features"].tobytes()).decode("utf-8").split("\n")
            labels = data["labels"].tobytes().decode("utf-8").split("\n")
            weights = data["weights"]
        return cls(labels, features, weights)

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
            )

    # -- tagging -------------------------------------------------------------------------
    def _prepare(self) -> None:
        self._features = WordFeatures(get_lexicon())
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
        self._prev_pairs = np.zeros((c, c, t), np.float32)
        self._next_pairs = np.zeros((c, c, t), np.float32)
        self._starts = np.zeros((c, t), np.float32)
        for name, row in index.items():
            if name[0] in "PN" and ">" in name:
                a, b = name[1:].split(">", 1)
                table = self._prev_pairs if name[0] == "P" else self._next_pairs
                table[classes[a], classes[b]] = w[row]
            elif name[0] == "S":
                self._starts[classes[name[1:]]] = w[row]
        self._bias = w[index["bias"]] if "bias" in index else np.zeros(t, np.float32)
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, len(OFFSETS), t), np.float32)
        self._class_ids = np.zeros(1024, np.int32)
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
        assert self._features is not None
        n = len(self._rows)
        if n >= len(self._table):
            if n >= 2_000_000:  # a very long session: start the cache afresh
                self._pairs_ready = False
                return self.row(word)
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._class_ids = np.concatenate([self._class_ids, np.zeros_like(self._class_ids)])
        index, weights = self.index, self.weights
        for j, (_k, names) in enumerate(sorted(self._features.by_offset(word).items())):
            ids = [index[f] for f in names if f in index]
            if ids:
                self._table[n, j] = weights[ids].sum(axis=0)
        self._class_ids[n] = self._classes.get(self._features.word_class(word), 0)
        self._rows[word] = n
        return n

    def scores(self, words: Sequence[str], starts: np.ndarray) -> np.ndarray:
        """Tag scores (tokens x labels) of a token sequence; ``starts`` marks sentence starts."""
        if not self._pairs_ready:
            self._prepare()
        rows_of = self._rows
        r = np.fromiter(
            (rows_of[w] if w in rows_of else self.row(w) for w in words),
            dtype=np.int64,
            count=len(words),
        )
        n = len(r)
        start = starts.astype(bool)
        start[0] = True
        end = np.empty(n, bool)
        end[:-1] = start[1:]
        end[-1] = True
        p1 = np.roll(r, 1)
        p1[start] = self.bos
        p2 = np.roll(p1, 1)
        p2[start | np.roll(start, 1)] = self.bos
        n1 = np.roll(r, -1)
        n1[end] = self.eos
        n2 = np.roll(n1, -1)
        n2[end | np.roll(end, -1)] = self.eos
        t = self._table
        s = t[r, 2] + t[p1, 1] + t[p2, 0] + t[n1, 3] + t[n2, 4] + self._bias
        cls = self._class_ids
        cr = cls[r]
        s += self._prev_pairs[cls[p1], cr]
        s += self._next_pairs[cr, cls[n1]]
        s[start] += self._starts[cr[start]]
        return s

    def tag(self, words: Sequence[str], starts: np.ndarray | None = None) -> list[str]:
        """Best label per token (one sentence when ``starts`` is None)."""
        if not words:
            return []
        if starts is None:
            starts = np.zeros(len(words), bool)
        best = self.scores(words, starts).argmax(axis=1)
        labels = self.labels
        return [labels[i] for i in best.tolist()]


MODEL_FILE = "model.npz"


@Language.factory("wb_tagger")
def make_tagger(nlp: Language, name: str) -> TaggerComponent:
    """spaCy factory of wb's tagger (weights come from ``from_disk``)."""
    return TaggerComponent()


class TaggerComponent:
    """spaCy component setting ``token.pos_`` (and ``token.morph``) with :class:`TaggerModel`."""

    def __init__(self, model: TaggerModel | None = None) -> None:
        self.model = model
        self._pos_ids: dict[str, tuple[int, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Tag every token; whitespace tokens get SPACE."""
        if self.model is None:
            raise ValueError("wb_tagger has no weights: load the pipeline with spacy.load")
        tokens = [t for t in doc if not t.is_space]
        if tokens:
            starts = np.fromiter((t.is_sent_start is True for t in tokens), bool, len(tokens))
            labels = self.model.tag([t.text for t in tokens], starts)
            for token, label in zip(tokens, labels, strict=True):
                pos, _, morph = label.partition("|")
                token.pos_ = pos
                if morph:
                    token.set_morph(morph)
        for token in doc:
            if token.is_space:
                token.pos_ = "SPACE"
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Write the weights to ``path/model.npz``."""
        assert self.model is not None
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save(path / MODEL_FILE)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> TaggerComponent:
        """Read the weights from ``path/model.npz``."""
        self.model = TaggerModel.load(Path(path) / MODEL_FILE)
        return self
