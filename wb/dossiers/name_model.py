"""A learned second opinion on capitalised words: replace (a name) or keep (an ordinary word).

The rules (:mod:`wb.dossiers.entities`) decide first. This model looks at every capitalised word
of a text with what the rules did to it and answers two questions the rules get wrong most on
unseen text: is this capitalised run a (local) organisation or name the rules left readable, and
is this capitalised word that the rules replaced an ordinary word (a heading, Title Case, a
sentence start) to keep.

:func:`features` describes one capitalised word by named 0/1 features:

* the rules' decision: covered or not, the type of the covering span, its length in words and
  the word's place in it, whether the neighbours are covered;
* dictionaries: OpenTaal/hunspell and wb's lexicon (:func:`~wb.dossiers.entity_data.is_ordinary`,
  :func:`~wb.dossiers.entity_data.is_dutch_word`), wb's name and place lists, the head words of
  organisations (``org_heads.txt``), national institutions and acronyms;
* shape: CAPITALS, length, hyphen, digits, an inner capital, initials, a possessive;
* position: line start, after a full stop or colon, a heading line (short, no end mark), a list
  item, a line in Title Case or CAPITALS;
* context: the words right before and after it when they are ordinary lowercase words (never a
  capitalised word, so no name of a text becomes a feature), capitalised neighbours, and whether
  the same word stands in lowercase or mid-sentence elsewhere in the text.

:class:`NamesModel` holds the weights of a binary logistic regression trained by
``bench/train_names_model.py`` on the annotated tune rounds of ``bench/realtext/names`` and shipped
as ``wb/lang/nl/names_weights.json`` (feature names and weights only, no text), with two
thresholds: a rule mention whose capitalised words all score below ``drop`` is kept readable, an
uncovered capitalised word scoring ``add`` or more is replaced (joined to a neighbouring person
or organisation mention, or as a new ``ORGANISATIE``). :func:`apply_learned` does this on one
text's mentions before entity resolution, so added names get consistent placeholders like any other.
The bundled model has ``drop`` 0: on unseen rounds taking rule mentions back gained nothing
(bench/README.md, "Learned names model (names27)"), so it only adds.
Opt-in: ``Pseudonymiser(learned=True)`` and ``wb pseudonymise --learned``.
"""

from __future__ import annotations

import bisect
import copy
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from wb.dossiers.entity_data import (
    first_names,
    gazetteer,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    norm_name,
    places,
)
from wb.dossiers.kept_mentions import keep_mentions
from wb.dossiers.mentions import Mention
from wb.errors import LanguageDataError
from wb.lang import resource, word_set

WEIGHTS = resource("names_weights.json")
TOKEN = re.compile(r"[^\W\d_][\w]*(?:['’&.-][^\W_][\w]*)*\.?")
_LIST_MARK = re.compile(r"\s*(?:[-*•·▪–]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_END_MARKS = frozenset(".,;:?!")
_OPEN = frozenset("(\"'“‘„[")
# the rules' types a learned decision may take back (patterns such as e-mail, phone and BSN stay)
NAME_TYPES = frozenset({"PERSOON", "ORGANISATIE", "PLAATS", "SCHOOL"})


@cache
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in word_set("org_heads.txt"))


@cache
def _national() -> frozenset[str]:
    words = set()
    for name in ("national_acronyms.txt", "national_bodies.txt", "institutions.txt"):
        words.update(e.lower() for e in word_set(name) if " " not in e.strip())
    return frozenset(words)


@dataclass(frozen=True)
class Token:
    """A word of a text: its span and whether it starts with a capital."""

    start: int
    end: int
    text: str
    capital: bool  # starts with a capital letter


def tokens(text: str) -> list[Token]:
    """The words of a text (letters first; hyphens, apostrophes, '&' and dots inside)."""
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        if word.endswith(".") and not re.fullmatch(r"(?:\w\.)+", word):
            end -= 1  # a sentence's full stop, not an abbreviation's
        out.append(Token(m.start(), end, text[m.start() : end], word[0].isupper()))
    return out


def _bare(word: str) -> str:
    """The word without a possessive 's and a trailing dot."""
    word = word.rstrip(".")
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


class _Lines:
    """Per line of a text: its bounds and what the line looks like."""

    def __init__(self, text: str, toks: list[Token]):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.info: dict[int, dict[str, float]] = {}
        self.first: dict[int, int] = {}
        grouped: dict[int, list[Token]] = {}
        for t in toks:
            grouped.setdefault(self.line_of(t.start), []).append(t)
        for line, words in grouped.items():
            a = self.starts[line]
            b = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(text)
            body = text[a:b].rstrip()
            caps = sum(w.capital for w in words)
            info = {}
            if len(words) <= 10 and body[-1:] not in _END_MARKS:
                info["line:heading"] = 1.0
            if _LIST_MARK.match(text[a:b]):
                info["line:list"] = 1.0
            if len(words) >= 2 and caps / len(words) >= 0.6:
                info["line:title"] = 1.0
            if len(words) >= 2 and all(w.text.isupper() for w in words):
                info["line:caps"] = 1.0
            if len(words) == 1:
                info["line:one"] = 1.0
            self.info[line] = info
            self.first[line] = words[0].start

    def line_of(self, offset: int) -> int:
        """The number of the line an offset is on."""
        return bisect.bisect_right(self.starts, offset) - 1


def _context_word(word: str) -> str | None:
    """A neighbour as a feature only when it is an ordinary lowercase word."""
    if not word.islower() or not word.isalpha() or len(word) > 20:
        return None
    return word if is_dutch_word(word) else None


def _rule_at(spans: list[tuple], starts: list[int], t: Token) -> int:
    """Index of the rule span overlapping a token, or -1."""
    i = bisect.bisect_right(starts, t.start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < t.end and t.start < spans[j][1]:
            return j
    return -1


def text_features(
    text: str,
    spans: list[tuple],
    tags: dict[int, str] | None = None,
    *,
    uncovered_only: bool = False,
) -> tuple[list[Token], list[int], list[dict[str, float]]]:
    """The words of a text, the indices of its capitalised words and their features, given the
    rules' replaced spans (start, end, type, and optionally the detector and its tier) and,
    when a tagger ran, the word classes by start offset. ``uncovered_only``: only the words no
    rule span covers (all a model that never drops needs)."""
    toks = tokens(text)
    spans = sorted(spans)
    starts = [s[0] for s in spans]
    lines = _Lines(text, toks)
    lower_seen = {t.text.lower() for t in toks if t.text[:1].islower()}
    mid = Counter()
    counts = Counter(t.text for t in toks if t.capital)
    rules = [_rule_at(spans, starts, t) for t in toks]
    opening = [False] * len(toks)
    for i, t in enumerate(toks):
        if not t.capital:
            continue
        gap = text[toks[i - 1].end : t.start] if i else ""
        line_start = lines.first.get(lines.line_of(t.start)) == t.start
        stop = not i or line_start or gap.rstrip()[-1:] in (".", "!", "?", ":")
        opening[i] = stop
        if not stop:
            mid[t.text] += 1
    cands = [i for i, t in enumerate(toks) if t.capital and not (uncovered_only and rules[i] >= 0)]
    feats = [
        features(text, toks, i, rules, spans, lines, opening, lower_seen, mid, counts)
        for i in cands
    ]
    if tags:
        for i, f in zip(cands, feats, strict=True):
            side = next(iter(f))[:2]
            f[side + "pos=" + tags.get(toks[i].start, "?")] = 1.0
            if i:
                f[side + "pos-1=" + tags.get(toks[i - 1].start, "?")] = 1.0
            if i + 1 < len(toks):
                f[side + "pos+1=" + tags.get(toks[i + 1].start, "?")] = 1.0
    return toks, cands, feats


def _shape(word: str, out: dict[str, float]) -> None:
    if len(word) >= 2 and word.isupper():
        out["s:caps"] = 1.0
    out["s:len=" + str(min(len(word), 12) // 3)] = 1.0
    if "-" in word:
        out["s:hyphen"] = 1.0
    if any(c.isdigit() for c in word):
        out["s:digit"] = 1.0
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        out["s:inner"] = 1.0
    if re.fullmatch(r"(?:\w\.)+\w?", word):
        out["s:initials"] = 1.0
    if word.endswith(("'s", "’s")):
        out["s:poss"] = 1.0


def _lexical(word: str, out: dict[str, float]) -> None:
    low = word.lower()
    title = word[:1] + word[1:].lower()
    ordinary = is_ordinary(word)
    if ordinary:
        out["d:ordinary"] = 1.0
    if is_dutch_word(low):
        out["d:lexicon"] = 1.0
    if is_known_name(word):
        out["d:name"] = 1.0
    if title in first_names():
        out["d:first"] = 1.0
    if title in places() or title in gazetteer():
        out["d:place"] = 1.0
    if low in _heads():
        out["d:head"] = 1.0
    if low in _national():
        out["d:national"] = 1.0
    if not ordinary and not out.get("d:name") and not out.get("d:lexicon"):
        out["d:unknown"] = 1.0


def features(
    text: str,
    toks: list[Token],
    i: int,
    rules: list[int],
    spans: list[tuple],
    lines: _Lines,
    opening: list[bool],
    lower_seen: set[str],
    mid: Counter,
    counts: Counter,
) -> dict[str, float]:
    """Named features of capitalised word i (see the module docstring)."""
    t = toks[i]
    word = _bare(t.text)
    out = {"b": 1.0}
    r = rules[i]
    rule = spans[r][2] if r >= 0 else "none"
    out["r=" + rule] = 1.0
    if r >= 0 and len(spans[r]) >= 5:  # which detector of the rules, and its tier
        out["src=" + str(spans[r][3])] = 1.0
        out["tier=" + str(spans[r][4])] = 1.0
    if r >= 0:
        members = [j for j in range(max(0, i - 8), min(len(toks), i + 9)) if rules[j] == r]
        out["r:n=" + str(min(len(members), 3))] = 1.0
        out["r:pos=" + ("first" if members[0] == i else "last" if members[-1] == i else "in")] = 1
    for off in (-1, 1):
        j = i + off
        side = "p" if off < 0 else "n"
        if (
            not 0 <= j < len(toks)
            or "\n" in text[min(t.end, toks[j].end) : max(t.start, toks[j].start)]
        ):
            out[side + ":edge"] = 1.0
            continue
        other = toks[j]
        if rules[j] >= 0:
            out[f"{side}:cov" + ("same" if rules[j] == r else "")] = 1.0
        if other.capital:
            out[side + ":cap"] = 1.0
        context = _context_word(other.text)
        if context:
            out[f"{side}={context}"] = 1.0
        between = text[other.end : t.start] if off < 0 else text[t.end : other.start]
        if between.strip():
            out[f"{side}:punct=" + between.strip()[:1]] = 1.0
    _shape(t.text, out)
    _lexical(word, out)
    line = lines.line_of(t.start)
    out.update(lines.info.get(line, {}))
    if lines.first.get(line) == t.start:
        out["at:line_start"] = 1.0
    elif opening[i]:
        out["at:sentence_start"] = 1.0
    else:
        out["at:mid"] = 1.0
    if t.start and text[t.start - 1] in _OPEN:
        out["at:open"] = 1.0
    if word.lower() in lower_seen:
        out["t:lower_elsewhere"] = 1.0
    if mid[t.text] - (0 if opening[i] else 1) > 0:
        out["t:mid_elsewhere"] = 1.0
    out["t:count=" + str(min(counts[t.text], 4))] = 1.0
    # the rules' decision crossed with what most often overrules it
    for key in ("d:ordinary", "d:unknown", "d:head", "line:heading", "line:title", "at:mid"):
        if key in out:
            out[f"r={rule}&{key}"] = 1.0
    # two models in one: words the rules replaced (may be kept) and words they left (may be added)
    side = "c|" if r >= 0 else "u|"
    return {side + k: v for k, v in out.items()}


class NamesModel:
    """A binary logistic regression over :func:`features` (1 = replace) with two thresholds."""

    def __init__(self, weights: dict[str, float], drop: float = 0.1, add: float = 0.9):
        self.weights = weights
        self.drop = drop
        self.add = add

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> NamesModel:
        """The model in a weights file written by bench/train_names_model.py."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(dict(data["weights"]), float(data["drop"]), float(data["add"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LanguageDataError(
                f"het geleerde namenmodel ({Path(path).name}) is onleesbaar: {exc}. "
                "Maak het opnieuw met bench/train_names_model.py --write."
            ) from exc

    def score(self, feats: dict[str, float]) -> float:
        """Probability that the word is part of a name to replace."""
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def default_model() -> NamesModel:
    """The bundled model (wb/lang/nl/names_weights.json)."""
    return NamesModel.load()


def decide(
    text: str,
    spans: list[tuple],
    model: NamesModel | None = None,
    tags: dict[int, str] | None = None,
    blocked: Iterable[tuple[int, int]] = (),
) -> tuple[set[int], list[tuple[int, int]]]:
    """Which rule spans to drop (indices into the sorted ``spans``) and which character runs to
    add (never a word inside a ``blocked`` span: a term the rules keep)."""
    model = model or default_model()
    spans = sorted(spans)
    toks, cands, feats = text_features(text, spans, tags, uncovered_only=model.drop <= 0)
    probs = [model.score(f) for f in feats]
    return choose(text, spans, toks, cands, probs, model.drop, model.add, blocked)


def choose(
    text: str,
    spans: list[tuple],
    toks: list[Token],
    cands: list[int],
    probs: list[float],
    drop_below: float,
    add_from: float,
    blocked: Iterable[tuple[int, int]] = (),
) -> tuple[set[int], list[tuple[int, int]]]:
    """The decisions of :func:`decide` from the capitalised words' probabilities."""
    starts = [s[0] for s in spans]
    block = [(a, b, "") for a, b in sorted(blocked)]
    block_starts = [a for a, _, _ in block]
    high: dict[int, bool] = {}
    added: list[int] = []
    for i, p in zip(cands, probs, strict=True):
        r = _rule_at(spans, starts, toks[i])
        if r >= 0:
            high[r] = high.get(r, False) or p >= drop_below
        elif p >= add_from and _rule_at(block, block_starts, toks[i]) < 0:
            added.append(i)
    drop = {r for r, keep in high.items() if not keep and spans[r][2] in NAME_TYPES}
    runs: list[list[int]] = []
    for i in added:
        gap = text[toks[runs[-1][1]].end : toks[i].start] if runs else ""
        if runs and runs[-1][1] == i - 1 and gap in (" ", "-"):
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return drop, [(toks[a].start, toks[b].end) for a, b in runs]


ORG_TYPES = frozenset({"ORGANISATIE", "SCHOOL"})
# what the model may add besides the rules: everything ("all"), or organisations only
LEARNED_MODES = ("all", "organisations", "near", "words")


def organisation_run(run: str, near: str | None, only: str) -> bool:
    """Whether a run the model calls a name is added in an organisations-only mode: next to an
    organisation of the rules ("near"), also on its own as a new organisation ("organisations"),
    and then not when it is one word in capitals ("words": an acronym in a list)."""
    if near is not None:
        return near in ORG_TYPES
    if only == "near":
        return False
    return only != "words" or not (" " not in run and run.isupper())


def neighbour(text: str, spans: list[tuple[int, int, str]], a: int, b: int) -> int:
    """Index of a person, organisation or school span right next to the run a-b (a space or
    hyphen between), or -1."""
    for k, (s, e, typ) in enumerate(spans):
        if typ in ("PERSOON", "ORGANISATIE", "SCHOOL") and (e <= a or b <= s):
            if text[min(e, b) : max(s, a)] in ("", " ", "-"):
                return k
    return -1


@cache
def _pipeline() -> Any:  # a spaCy Language, imported lazily
    from wb.nlp.pipeline import load

    return load(prefer_model=False)


def word_classes(text: str) -> dict[int, str]:
    """Word classes by start offset from wb's offline pipeline (its tagger, no lemmas), for a
    model trained with them (``bench/train_names_model.py --tags``; the bundled one is not: they
    gained little and cost a quarter of the speed)."""
    nlp = _pipeline()
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if "lemma" in p]):
        return {t.idx: t.pos_ for t in nlp(text) if t.pos_}


def apply_learned(
    text: str,
    mentions: list[Mention],
    model: NamesModel | None = None,
    tags: dict[int, str] | None = None,
    keep: frozenset[str] = frozenset(),
    only: str | None = None,
) -> list[Mention]:
    """One text's mentions after the model's second opinion: ordinary words the rules replaced
    are kept, capitalised runs the model calls names are added (tier 0 mentions, the patterns and
    the user's own terms, always stay). A term the rules keep (``keep_mentions``: laws,
    programmes, national institutions, the user's ``keep`` list) is never added. An added run
    written like a mention of the text takes that mention's type and identity (one placeholder);
    else it is joined to a neighbouring person or organisation or becomes a new
    ``ORGANISATIE``."""
    mentions = sorted(mentions, key=lambda m: (m.start, m.end, m.type))
    spans = [(m.start, m.end, m.type, m.source, m.tier) for m in mentions]
    model = model or default_model()
    toks, cands, feats = text_features(text, spans, tags, uncovered_only=model.drop <= 0)
    probs = [model.score(f) for f in feats]
    drop, runs = choose(text, spans, toks, cands, probs, model.drop, model.add)
    if runs:  # the kept terms only matter when something is to be added
        blocked = [(m.start, m.end) for m in keep_mentions(text, keep)]
        drop, runs = choose(text, spans, toks, cands, probs, model.drop, model.add, blocked)
    kept = [m for n, m in enumerate(mentions) if n not in drop or m.tier == 0]
    same = {m.text: m for m in kept}
    for a, b in runs:
        if text[a:b] in same:
            if only and same[text[a:b]].type not in ORG_TYPES:
                continue  # organisations only: not a second mention of a person or place
            twin = copy.copy(same[text[a:b]])
            twin.start, twin.end, twin.source = a, b, "learned"
            kept.append(twin)
            continue
        k = neighbour(text, [(m.start, m.end, m.type) for m in kept], a, b)
        if only and not organisation_run(text[a:b], kept[k].type if k >= 0 else None, only):
            continue
        if k >= 0:
            near = kept[k]
            near.start, near.end = min(near.start, a), max(near.end, b)
            if near.type != "PERSOON":  # a person keeps the name parts it is resolved by
                near.text = text[near.start : near.end]
                near.key = norm_name(near.text)
            continue
        kept.append(Mention(a, b, "ORGANISATIE", text[a:b], 4, "learned", key=norm_name(text[a:b])))
    return sorted(kept, key=lambda m: (m.start, m.end))


__all__ = [
    "LEARNED_MODES",
    "NAME_TYPES",
    "ORG_TYPES",
    "NamesModel",
    "Token",
    "apply_learned",
    "choose",
    "decide",
    "default_model",
    "features",
    "neighbour",
    "organisation_run",
    "text_features",
    "tokens",
    "word_classes",
]
