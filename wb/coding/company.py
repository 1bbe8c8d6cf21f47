"""The company a code keeps in the project's own corpus: lemmas that co-occur with its evidence.

A sentence can tell a code's situation without any of the code's words ("ze liep weg uit het
internaat" for a placement). Such sentences share other words with the sentences that do name
the code. Per code, the sentences that show it (a codebook pattern's hit, or the description
alone) are its company; a lemma joins the code's lemma set, with a low weight, when it is
`pmi_min` times likelier in those sentences than in the whole corpus (pointwise mutual
information as a ratio), seen there `min_count` times in `min_docs` documents (so that one
document's own topic does not join), and it is no word of another code's text.

Anchors (codes-abstract, ``ANCHORS``, off): a code whose description is abstract has few pattern
hits to learn from. The sentences that hold one of its anchors (a word of its own text, written
whole, that no other code writes: "detentie") are evidence too; a lemma far likelier there than
in the corpus ("gevangenis"), in the anchors' company of no other code, joins at a lower weight
and only supports the code's own words. Reason: "woorden die vaak samengaan met detentie:
gevangenis".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from wb.coding.lemmas import _parts

#: A lemma joins a code's company when it is this many times likelier in the code's sentences.
PMI_MIN = 3.0
#: Weight of a company lemma (a codebook lemma weighs 0.7-1.0; 0.4 before codes10).
COMPANY_WEIGHT = 0.8
#: The sentences that hold one of a code's anchors (a word of its own text, written whole, that
#: no other code writes) are its evidence too (codes-abstract). Off: on the tune sets it raised
#: the codebook alone's recall at a lower precision and lowered the figures after a third.
ANCHORS = False
#: Least idf of an anchor: a word most sentences hold anchors nothing.
ANCHOR_IDF = 0.3
#: How much likelier than in the corpus a lemma must be in the anchors' sentences, in how many
#: of them and of how many documents; its weight; whether it may join one code's anchors only.
ANCHOR_PMI = 3.0
ANCHOR_COUNT = 2
ANCHOR_DOCS = 2
ANCHOR_WEIGHT = 0.5
ANCHOR_UNIQUE = True
#: Only the nouns of the code's own text anchor ("detentie", not "vragen" or "zorgen").
ANCHOR_NOUNS = False


def anchors(model: Any, info: Any) -> set[str]:
    """The anchor lemmas of a code: whole words of its own text that no other code writes
    (with `ANCHOR_NOUNS`, its nouns only)."""
    found = {
        x
        for x in info.whole
        if model.share_.get(x, 0) == 1 and model.idf(x) >= ANCHOR_IDF and len(x) >= 4
    }
    return found & own_nouns(model, info.code) if ANCHOR_NOUNS else found


def own_nouns(model: Any, path: str) -> set[str]:
    """Lemmas of the nouns of a code's name, description and include."""
    from wb.coding.lemmas import token_lemma

    code = next(c for c in model.codebook.walk() if c.path == path)
    texts = [t for t in (code.name, code.description, code.include) if t.strip()]
    return {token_lemma(t) for text in texts for t in model.nlp(text) if t.pos_ == "NOUN"}


def company_sentences(
    n: int,
    hits: Sequence[set[str]],
    docs: Sequence[int],
    code: str,
    window: int = 0,
) -> list[int]:
    """Indices of the sentences that show `code` by a pattern, with `window` sentences of the
    same document on either side."""
    return around([i for i in range(n) if code in hits[i]], docs, n, window)


def around(indices: Sequence[int], docs: Sequence[int], n: int, window: int) -> list[int]:
    """The sentences `indices` with `window` sentences of the same document on either side."""
    out: set[int] = set()
    for i in indices:
        for j in range(max(0, i - window), min(n, i + window + 1)):
            if docs[j] == docs[i]:
                out.add(j)
    return sorted(out)


def whole_words(feats: frozenset[str]) -> list[str]:
    """The sentence's lemmas without the parts of its compounds ("vrijwillig", not "willig")."""
    parts = {x for y in feats for x in _parts(y)}
    return [x for x in feats if x not in parts]


def company_lemmas(
    sentences: Sequence[frozenset[str]],
    own: Sequence[int],
    docs: Sequence[int],
    df: Mapping[str, int],
    *,
    skip: Callable[[str], bool],
    pmi_min: float = PMI_MIN,
    min_count: int = 2,
    min_docs: int = 2,
    n: int | None = None,
) -> dict[str, float]:
    """Lemmas of the sentences `own` (indices) that are `pmi_min` times likelier there than in
    the corpus (`n` sentences, all of `sentences` when not given), seen `min_count` times in
    `min_docs` documents; with their ratio."""
    n = len(sentences) if n is None else n
    if not own or n < 20:
        return {}
    counts: Counter[str] = Counter()
    where: dict[str, set[int]] = defaultdict(set)
    seen: set[frozenset[str]] = set()
    for i in own:
        if sentences[i] in seen:  # a line repeated in many documents (a letterhead) counts once
            continue
        seen.add(sentences[i])
        for x in whole_words(sentences[i]):
            counts[x] += 1
            where[x].add(docs[i])
    out = {}
    for lemma, c in counts.items():
        if c < min_count or len(where[lemma]) < min_docs or skip(lemma):
            continue
        ratio = (c / len(own)) / (max(df.get(lemma, 0), 1) / n)
        if ratio >= pmi_min:
            out[lemma] = ratio
    return out


def fit_company(
    model: Any, sentences: list[frozenset[str]], hits: list[set[str]], docs: list[int]
) -> None:
    """Set ``company`` of every code of a :class:`wb.coding.rank.CodeModel` from its corpus.

    Its evidence: the sentences the description alone places under it (``use_cooccurrence``,
    every sentence its own document) and those a pattern of it hits (``company_patterns``,
    with ``company_window`` sentences around, lemmas in ``company_min_docs`` documents and no
    word of another code's text).
    """
    n = len(sentences)
    by_pattern = model.company_patterns and len(hits) == n
    if len(docs) != n:
        docs = list(range(n))  # no documents known: every sentence its own
    coded = model.company_coded and bool(model.coded_docs_)
    hit_at: dict[str, list[int]] = defaultdict(list)  # code -> sentences its patterns hit
    for i, codes in enumerate(hits if by_pattern else ()):
        for code in codes:
            hit_at[code].append(i)
    for info in model.codes_.values():
        info.company = {}
        info.together = {}
        if n < 20 or not (model.use_cooccurrence or by_pattern or coded):
            continue
        own: set[int] = set()
        if by_pattern:
            own.update(around(hit_at.get(info.code, []), docs, n, model.company_window))
        every, where = list(sentences), list(docs)
        if coded:  # the sentences the researcher coded with it, in the coded documents
            for k, document in enumerate(model.coded_docs_):
                for feats, codes in document:
                    if info.code in codes:
                        own.add(len(every))
                        every.append(feats)
                        where.append(-1 - k)
        if model.use_cooccurrence:
            own.update(
                i
                for i, f in enumerate(sentences)
                if model.description_score(info, f)[0] >= model.threshold
            )
        if len(own) < 3:
            continue
        seeds = info.seeds

        def skip(lemma: str, seeds: Mapping[str, float] = seeds) -> bool:
            return lemma in seeds or (by_pattern and lemma in model.share_)

        found = company_lemmas(
            every,
            sorted(own),
            where if by_pattern or coded else list(range(len(every))),
            model.df_,
            skip=skip,
            pmi_min=model.company_pmi,
            min_docs=model.company_min_docs if by_pattern or coded else 1,
            n=n,
        )
        info.company = {x: model.company_weight for x in found if model.idf(x) >= model.company_idf}
    if ANCHORS and n >= 20:
        anchor_company(model, sentences, docs)
    if by_pattern and model.company_unique:  # a lemma in the company of several codes is
        seen = Counter(x for info in model.codes_.values() for x in info.company)  # generic
        for info in model.codes_.values():
            info.company = {x: w for x, w in info.company.items() if seen[x] == 1}


def anchor_company(model: Any, sentences: list[frozenset[str]], docs: list[int]) -> None:
    """Add to each code's company the lemmas far likelier in the sentences that hold one of its
    anchors (:func:`anchors`) than in the whole corpus (codes-abstract)."""
    found: dict[str, dict[str, float]] = {}
    best: dict[str, dict[str, str]] = {}
    for info in model.codes_.values():
        mine = anchors(model, info)
        own = [i for i, f in enumerate(sentences) if f & mine]
        if len(own) < 3:
            continue
        pairs: Counter[tuple[str, str]] = Counter(
            (x, a) for i in own for a in sentences[i] & mine for x in sentences[i]
        )
        best[info.code] = {}
        for (x, a), _count in sorted(pairs.items(), key=lambda p: (p[1], p[0][1])):
            best[info.code][x] = a  # the anchor it stands with most often (then the last)
        found[info.code] = company_lemmas(
            sentences,
            own,
            docs,
            model.df_,
            skip=lambda x: x in model.share_,
            pmi_min=ANCHOR_PMI,
            min_count=ANCHOR_COUNT,
            min_docs=ANCHOR_DOCS,
        )
    seen = Counter(x for words in found.values() for x in words)
    for code, words in found.items():
        info = model.codes_[code]
        for x in words:
            if x in info.company or model.idf(x) < model.company_idf:
                continue
            if not ANCHOR_UNIQUE or seen[x] == 1:
                info.company[x] = ANCHOR_WEIGHT
                info.together[x] = best[code][x]


__all__ = [
    "ANCHORS",
    "ANCHOR_IDF",
    "COMPANY_WEIGHT",
    "PMI_MIN",
    "anchor_company",
    "anchors",
    "around",
    "company_lemmas",
    "company_sentences",
    "fit_company",
    "whole_words",
]
