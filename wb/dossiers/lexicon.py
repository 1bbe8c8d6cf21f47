"""The labelling lexicon: canonical labels with variants, why they can harm and an alternative.

A lexicon is YAML: a list of terms, either at the top level or under ``labels`` (or ``terms``)
next to ``name``/``description``. Each term has

* ``label``: the canonical label (``niet-meewerkend``);
* ``variants``: surface phrases written naturally (``niet-meewerkende moeder``, ``zit klem``);
  ``...`` stands for a gap of up to four words (``tegen ... op``); the label itself also counts;
* ``why``: Dutch, why the label can harm; ``alternative``: Dutch, a neutral wording;
* optional ``compound`` (true/false): whether a variant also counts inside a compound word
  (``vechtscheidingssituatie``); by default only single-word nouns do (:func:`compound_default`);
* optional ``context``: words of which at least one must occur in the same sentence
  (``zetten``/``opzetten`` for ``tegen hem op``);
* optional ``exact``: variants matched case-sensitively as whole words, without endings or
  lemmas: acronyms such as ``PAS`` that would otherwise also be the ordinary word "pas".

Dutch key names (``naam``/``varianten``/``waarom``/``alternatief``/``samenstelling``) work too.
Notes for the reader (``notes``, ``examples``, see :data:`NOTE_KEYS`) are read past; any other key
is a problem. Loading reports every problem at once with its line number, with the check
:func:`wb.yaml_lines.unknown_keys` that a codebook uses too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from wb.config import bundled_file
from wb.dossiers.lexicon_derived import expanded_variants
from wb.dossiers.word_index import longest_first
from wb.errors import LexiconError
from wb.lang import word_set
from wb.yaml_lines import (
    instead_of_key,
    load_with_lines,
    not_a_mapping,
    read_yaml_file,
    unknown_keys,
    yaml_problem,
)

GAP = "..."
KEYS = {
    "label": "label",
    "naam": "label",
    "variants": "variants",
    "varianten": "variants",
    "why": "why",
    "waarom": "why",
    "alternative": "alternative",
    "alternatief": "alternative",
    "compound": "compound",
    "samenstelling": "compound",
    "context": "context",
    "exact": "exact",
    "hoofdlettergevoelig": "exact",
}
#: Keys a term may have for the reader's sake; wb reads past them.
NOTE_KEYS = ("notes", "notities", "examples", "voorbeelden")


def _keys_listed() -> str:
    """The keys of a term for a message: 'label (naam), variants (varianten), …, notes, …'."""
    dutch: dict[str, list[str]] = {}
    for key, canonical in KEYS.items():
        dutch.setdefault(canonical, []).extend([key] if key != canonical else [])
    shown = [f"{k} ({'/'.join(d)})" if d else k for k, d in dutch.items()]
    return ", ".join([*shown, *NOTE_KEYS])


KEYS_LISTED = _keys_listed()
LIST_KEYS = ("labels", "terms", "termen", "lexicon", "entries")
TOP_KEYS = ("name", "naam", "description", "beschrijving", *LIST_KEYS)
_NOUN_ENDINGS = ("ing", "tie", "sie", "heid", "teit", "schap", "isme", "iek", "ict", "rol")
_ADJECTIVE_ENDINGS = ("ief", "isch", "ig", "lijk", "baar", "end", "eus", "iel", "aal", "zaam")
_WORD_RE = re.compile(r"[^\W\d_]")
_LETTER = r"[^\W\d_]"
_WS = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
# between the words of a term: space, a hyphen, and a scare quote around one of its words
# ("een ‘ontaarde’ moeder", labels40)
_SEP = rf"[’'\"”]?{_WS}(?:-{_WS})?[‘'\"“]?"
_WS1 = r"(?:[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*)"
_GAP_RE = rf"{_WS1}(?:[^\s.,;:!?()\[\]\"“”„]+{_WS1}){{0,4}}?"
_ENDINGS = ("e", "en", "er", "ere", "ste", "s", "'s")
_NO_INFLECT = word_set("label_no_inflect.txt")
_FOLD = {"\u2010": "-", "\u2011": "-", "\u00ad": "-", "\u2019": "'", "\u2018": "'", "`": "'"}


@dataclass(frozen=True)
class LabelTerm:
    """One canonical label with its variants, explanation and neutral alternative."""

    label: str
    variants: tuple[str, ...]
    why: str
    alternative: str
    compound: bool | None = None  # None: decided per variant by compound_default
    context: tuple[str, ...] = ()
    line: int | None = None
    exact: tuple[str, ...] = ()  # case-sensitive whole-word variants (acronyms)

    @property
    def all_variants(self) -> tuple[str, ...]:
        """The variants, then the ones derived by rule (:mod:`wb.dossiers.lexicon_derived`)."""
        return tuple(expanded_variants(self.variants))


@dataclass
class Lexicon:
    """A named list of label terms."""

    name: str
    terms: list[LabelTerm]
    description: str = ""

    def __len__(self) -> int:
        return len(self.terms)

    def __getitem__(self, label: str) -> LabelTerm:
        for term in self.terms:
            if term.label == label:
                return term
        raise KeyError(label)

    @property
    def labels(self) -> list[str]:
        """The canonical labels in file order."""
        return [t.label for t in self.terms]


def compound_default(variant: str) -> bool:
    """Whether a variant counts inside compounds by default: single-word nouns only."""
    word = variant.strip().lower()
    if not word or any(c.isspace() for c in word) or GAP in word or "-" in word:
        return False
    if word.endswith(_NOUN_ENDINGS):
        return True
    if word.endswith(_ADJECTIVE_ENDINGS) or word[-1] in "dt":
        return False
    return len(word) >= 10


# -- surface forms of variants ------------------------------------------------------------


def fold(text: str) -> str:
    """Lowercase text without diacritics, one character per character (offsets are kept)."""
    out = []
    for ch in text:
        ch = _FOLD.get(ch, ch)
        low = ch.lower()
        low = low if len(low) == 1 else ch
        base = unicodedata.normalize("NFD", low)[0]
        out.append(base if base.isalpha() else low)
    return "".join(out)


def word_forms(word: str) -> set[str]:
    """Inflected forms of a folded word: -e, -en, -s, … with Dutch spelling changes."""
    forms = {word}
    if len(word) == 3 and word.isalpha() and word not in _NO_INFLECT:
        # a short noun still takes the plural -s: "Tiger Mums" in a capitalised English title,
        # where the tagger reads a name and gives no lemma "mum" (labels42)
        return {word, word + "s"}
    if len(word) < 4 or word in _NO_INFLECT or not word.isalpha():
        return forms
    stems = {word}
    vowels = "aeiouy"
    if word[-1] == "f":
        stems.add(word[:-1] + "v")
    if word[-1] == "s":
        stems.add(word[:-1] + "z")
    if word[-1] not in vowels and word[-2] in vowels and word[-3] not in vowels:
        stems.add(word + word[-1])  # klem -> klemmen
    if word[-1] not in vowels and word[-2] == word[-3] and word[-2] in "aeou":
        stems.add(word[:-2] + word[-1])  # hoog -> hoge
    for stem in stems:
        forms.update(stem + ending for ending in _ENDINGS if ending not in ("s", "'s"))
    forms.update((word + "s", word + "'s"))
    if word.endswith("e"):
        forms.add(word + "n")
    return forms


def variant_units(variant: str) -> list[list[tuple[str, bool]]]:
    """Segments (split at '...') of folded units, each with whether it may be inflected.

    Words are split at hyphens and at their compound parts (``hoogconflictueus`` -> ``hoog`` +
    ``conflictueus``), so a hyphen, a space or nothing may stand there in the text; only the last
    part of a compound takes an ending.
    """
    segments: list[list[tuple[str, bool]]] = [[]]
    for word in fold(variant).split():
        if word == GAP:
            segments.append([])
            continue
        for unit in (u for u in word.split("-") if u):
            pieces = _compound_pieces(unit)
            segments[-1] += [(p, i == len(pieces) - 1) for i, p in enumerate(pieces)]
    return [s for s in segments if s]


def _compound_pieces(word: str) -> list[str]:
    """A folded word cut where its compound parts start (pieces of 3+ letters), else [word]."""
    if len(word) < 8 or not word.isalpha():
        return [word]
    from wb.nlp import compound_parts

    cuts, pos = [], 0
    for part in compound_parts(word)[1:]:
        found = word.find(fold(part)[: max(3, len(part) - 2)], pos + 3)
        if found < 0:
            return [word]
        cuts.append(found)
        pos = found
    bounds = [0, *cuts, len(word)]
    pieces = [word[x:y] for x, y in pairwise(bounds)]
    return pieces if all(len(p) >= 3 for p in pieces) else [word]


def _drops_linking_s(unit: str, following: str) -> bool:
    """Whether a compound part's linking "s" may be left out before a part starting with "s".

    "hechtingsstoornis" is often written "hechtingstoornis": the two s's of the seam fall
    together. Only a part ending in "-ings" (the usual linking s of a verbal noun in -ing).
    """
    return unit.endswith("ings") and len(unit) > 6 and following.startswith("s")


def variant_regex(segments: list[list[tuple[str, bool]]]) -> re.Pattern[str]:
    """The surface regex of a variant over folded text (word boundaries at both ends)."""
    parts = []
    for units in segments:
        alts = []
        for i, (unit, inflect) in enumerate(units):
            alt = "(?:" + longest_first(word_forms(unit) if inflect else {unit}) + ")"
            if _drops_linking_s(unit, units[i + 1][0] if i + 1 < len(units) else ""):
                alt = re.escape(unit[:-1]) + "s?"  # hechtingsstoornis, hechtingstoornis
            alts.append(alt)
        parts.append(_SEP.join(alts))
    return re.compile(rf"(?<!{_LETTER}){_GAP_RE.join(parts)}(?!{_LETTER})")


def _key(key: str) -> str:
    return str(key).strip().lower()


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v is not None).strip()
    return "" if value is None else str(value).strip()


class _Checker:
    def __init__(self) -> None:
        self.problems: list[tuple[int | None, str]] = []
        self.labels: dict[str, int | None] = {}
        self.variants: dict[str, tuple[str, int | None]] = {}

    def add(self, line: int | None, message: str) -> None:
        self.problems.append((line, message))

    def term(self, data: Any, line: int | None) -> LabelTerm | None:
        if not isinstance(data, dict):
            self.add(
                line,
                not_a_mapping(
                    data,
                    "term",
                    "label",
                    "variants, why en alternative",
                    bundled_file("codebooks/labels.yaml"),
                ),
            )
            return None
        line = getattr(data, "line", None) or line
        key_lines = getattr(data, "key_lines", {})
        for key, kline in data.pop("__duplicate_keys__", []):
            self.add(kline, f"sleutel '{key}' staat twee keer in deze term")
        unknown = unknown_keys(data, {*KEYS, *NOTE_KEYS}, line, listed=KEYS_LISTED, normalise=_key)
        values: dict[str, Any] = {}
        for key, value in data.items():
            canonical = KEYS.get(_key(key))
            if canonical is not None:  # notes and examples (NOTE_KEYS) are read past
                values[canonical] = (value, key_lines.get(str(key), line))
        label = _text(values.get("label", (None,))[0])
        if not label:  # 'term: x' for 'label: x' is one mistake, told in one line (user-walk5)
            told = instead_of_key(
                data, unknown, "label", "term", bundled_file("codebooks/labels.yaml")
            )
            missing = [(line, "term zonder 'label': geef elke term een canoniek label")]
            self.problems += told or [*unknown, *missing]
            return None
        self.problems += unknown
        lline = values["label"][1]
        if label.lower() in self.labels:
            first = self.labels[label.lower()]
            self.add(
                lline, f"label '{label}' staat twee keer in de lijst (eerder op regel {first})"
            )
        self.labels.setdefault(label.lower(), lline)
        variants = self.variant_list(label, values.get("variants"), line)
        why, alternative = (self.required(values, k, label, line) for k in ("why", "alternative"))
        compound, cline = values.get("compound", (None, line))
        if compound is not None and not isinstance(compound, bool):
            self.add(cline, f"'compound' bij '{label}' moet true of false zijn, niet '{compound}'")
            compound = None
        context, xline = values.get("context", ([], line))
        if isinstance(context, str):
            context = [context]
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            self.add(xline, f"'context' bij '{label}' moet een lijst van woorden zijn")
            context = []
        words = tuple(w.lower() for c in context for w in c.split())
        exact, eline = values.get("exact", ([], line))
        if isinstance(exact, str):
            exact = [exact]
        if not isinstance(exact, list) or not all(
            isinstance(e, str) and e.strip() and _WORD_RE.search(e) for e in exact
        ):
            self.add(eline, f"'exact' bij '{label}' moet een lijst van woorden zijn (zoals PAS)")
            exact = []
        exact_words = tuple(" ".join(e.split()) for e in exact)
        return LabelTerm(label, variants, why, alternative, compound, words, line, exact_words)

    def required(self, values: dict[str, Any], key: str, label: str, line: int | None) -> str:
        value, vline = values.get(key, (None, line))
        text = _text(value)
        if not text:
            what = "waarom het label kan schaden" if key == "why" else "een neutraal alternatief"
            self.add(vline, f"'{key}' ontbreekt of is leeg bij '{label}': schrijf {what}")
        return text

    def variant_list(self, label: str, data: Any, line: int | None) -> tuple[str, ...]:
        value, vline = data if data is not None else ([], line)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(vline, f"'variants' bij '{label}' moet een lijst van woorden of zinnen zijn")
            value = []
        item_lines = getattr(value, "item_lines", [vline] * len(value))
        out: list[str] = []
        candidates = [(label, vline, True)] + [
            (v, ln, False) for v, ln in zip(value, item_lines, strict=False)
        ]
        for item, iline, implicit in candidates:
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                self.add(iline, f"variant {item!r} bij '{label}' is geen tekst")
                continue
            text = " ".join(str(item).replace("…", f" {GAP} ").split())
            if not _WORD_RE.search(text):
                if not implicit:
                    self.add(iline, f"variant '{item}' bij '{label}' bevat geen woord")
                continue
            if text.startswith(GAP) or text.endswith(GAP):
                if not implicit:
                    self.add(iline, f"variant '{item}': '...' mag alleen tussen twee woorden staan")
                continue
            key = " ".join(text.lower().replace("-", " ").split())
            owner = self.variants.get(key)
            if owner and owner[0] != label:
                if implicit:
                    continue
                msg = f"variant '{item}' staat ook bij label '{owner[0]}' (regel {owner[1]})"
                self.add(iline, msg)
                continue
            self.variants.setdefault(key, (label, iline))
            if text.lower() not in (v.lower() for v in out):
                out.append(text)
        return tuple(out)


def _term_list(data: Any, check: _Checker) -> tuple[Any, dict[str, Any]]:
    """The list of term data and the top-level mapping (empty for a bare list)."""
    if isinstance(data, list):
        return data, {}
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if key in data:
                check.problems += unknown_keys(data, TOP_KEYS, None, where=" bovenaan")
                return data[key], data
        pairs = [(k, v) for k, v in data.items() if isinstance(v, dict)]
        if pairs and len(pairs) == len([k for k in data if k != "__duplicate_keys__"]):
            items = []
            for key, value in pairs:  # mapping form: {label: {variants: ..., ...}}
                value.setdefault("label", key)
                items.append(value)
            return items, {}
    wanted = (
        "een labellijst is een lijst van termen, of begint met 'labels:', zoals "
        f"{bundled_file('codebooks/labels.yaml')}"
    )
    if isinstance(data, dict) and "codes" in data:
        wanted = f"dit lijkt een codeboek (dat hoort bij wb code --codebook); {wanted}"
    check.add(1, wanted)
    return [], {}


def parse_lexicon(text: str, *, source: str = "<labellijst>") -> Lexicon:
    """Parse and validate lexicon YAML; raise LexiconError listing every problem."""
    try:
        data = load_with_lines(text)
    except yaml.YAMLError as exc:
        raise LexiconError(source, [yaml_problem(exc)]) from exc
    check = _Checker()
    items, top = _term_list(data, check)
    if not isinstance(items, list) or (not items and not check.problems):
        line = getattr(top, "key_lines", {}).get("labels") if top else 1
        check.add(line, "de lijst met termen is leeg of geen lijst")
        items = []
    lines = getattr(items, "item_lines", [None] * len(items))
    terms = [
        t for item, ln in zip(items, lines, strict=False) if (t := check.term(item, ln)) is not None
    ]
    if check.problems:
        raise LexiconError(source, sorted(check.problems, key=lambda p: p[0] or 0))
    name = _text(top.get("name") or top.get("naam")) if top else ""
    about = _text(top.get("description") or top.get("beschrijving")) if top else ""
    return Lexicon(name or Path(source).stem, terms, about)


def load_lexicon(path: str | Path) -> Lexicon:
    """Load and validate a label lexicon YAML file."""
    path = Path(path)
    text = read_yaml_file(path, "een labellijst", "de labellijst")
    return parse_lexicon(text, source=str(path))


__all__ = [
    "LabelTerm",
    "Lexicon",
    "LexiconError",
    "compound_default",
    "fold",
    "load_lexicon",
    "variant_regex",
    "variant_units",
    "word_forms",
]
