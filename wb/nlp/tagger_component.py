"""wb's tagger as a spaCy component (factory ``wb_tagger``): sets ``token.pos_`` and
``token.morph`` with :class:`wb.nlp.tagger.TaggerModel`, whose weights it reads and writes
(``model.npz``) with the pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy import symbols as spacy_symbols
from spacy.attrs import IS_SPACE, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from wb.nlp.tagger_features import BOS

if TYPE_CHECKING:
    from wb.nlp.tagger import TaggerModel


def _doc_starts(sent_starts: np.ndarray) -> np.ndarray:
    """Sentence starts of one document's tokens; its first token always starts one."""
    starts = sent_starts.astype(np.int64) == 1
    if len(starts):
        starts[0] = True
    return starts


MODEL_FILE = "model.npz"


@Language.factory("wb_tagger")
def make_tagger(nlp: Language, name: str) -> TaggerComponent:
    """spaCy factory of wb's tagger (weights come from ``from_disk``)."""
    return TaggerComponent()


class TaggerComponent:
    """spaCy component setting ``token.pos_`` (and ``token.morph``) with :class:`TaggerModel`."""

    def __init__(self, model: TaggerModel | None = None) -> None:
        self.model = model
        self._by_orth: dict[int, int] = {}
        self._generation = -1
        self._label_ids: np.ndarray | None = None

    def _labels(self, doc: Doc) -> np.ndarray:
        """(POS id, MORPH hash) per label, registered in the document's vocabulary."""
        assert self.model is not None
        out = np.zeros((self.model.n_labels, 2), np.uint64)
        for k, label in enumerate(self.model.labels):
            pos, _, morph = label.partition("|")
            out[k, 0] = spacy_symbols.IDS.get(pos, 0)
            out[k, 1] = doc.vocab.morphology.add(morph) if morph else 0
        return out

    def __call__(self, doc: Doc) -> Doc:
        """Tag every token; whitespace tokens get SPACE."""
        self._tag_batch([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Tag documents in batches (one numpy pass per batch)."""
        for batch in minibatch(docs, size=batch_size):
            self._tag_batch(batch)
            yield from batch

    def _tag_batch(self, docs: list[Doc]) -> None:
        """Tag several documents with one scoring pass."""
        model = self.model
        if model is None:
            raise ValueError("wb_tagger has no weights: load the pipeline with spacy.load")
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        if self._label_ids is None:
            self._label_ids = self._labels(docs[0])
        if model.generation != self._generation or not model._pairs_ready:
            model.row(BOS)  # prepares the model
            self._by_orth = {}
            self._generation = model.generation
        arrays = [doc.to_array([ORTH, SENT_START, IS_SPACE]) for doc in docs]
        keeps = [arr[:, 2] == 0 for arr in arrays]
        orths = np.concatenate([arr[keep, 0] for arr, keep in zip(arrays, keeps, strict=True)])
        starts = np.concatenate(
            [_doc_starts(arr[keep, 1]) for arr, keep in zip(arrays, keeps, strict=True)]
        )
        by_orth = self._by_orth
        strings = docs[0].vocab.strings
        rows = []
        for orth in orths.tolist():
            row = by_orth.get(orth)
            if row is None:
                row = by_orth[orth] = model.row(strings[orth])
            rows.append(row)
        if model.generation != self._generation:  # the cache was renewed meanwhile
            self._by_orth = {}
            self._generation = model.generation
            rows = [model.row(strings[orth]) for orth in orths.tolist()]
        labels = (
            self._label_ids[model.scores(np.array(rows, dtype=np.int64), starts).argmax(axis=1)]
            if rows
            else np.zeros((0, 2), np.uint64)
        )
        at = 0
        for doc, keep in zip(docs, keeps, strict=True):
            out = np.zeros((len(doc), 2), np.uint64)
            out[:, 0] = spacy_symbols.SPACE
            k = int(keep.sum())
            out[keep] = labels[at : at + k]
            at += k
            doc.from_array([POS, MORPH], out)

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Write the weights to ``path/model.npz``."""
        assert self.model is not None
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save(path / MODEL_FILE)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> TaggerComponent:
        """Read the weights from ``path/model.npz``."""
        from wb.nlp.tagger import TaggerModel  # the model imports this module

        self.model = TaggerModel.load(Path(path) / MODEL_FILE)
        return self
