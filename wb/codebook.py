"""Codebooks as data: a YAML tree of codes with patterns, validated with line numbers.

A code has ``name``, ``description``, optional ``color``, ``include``/``exclude`` criteria,
``examples``, ``patterns`` and child ``codes``. Its full name is its path
(``Ouder/Contactverlies``).
Pattern kinds (see :class:`Pattern`):

* a string: a lemma phrase, consecutive tokens matched on lemmas, case-insensitive;
* ``{all: [contact, verliezen]}``: all these lemmas in one sentence, in any order;
* ``{regex: "..."}``: a case-insensitive regular expression on the raw text;
* a list of token dicts: a spaCy ``Matcher`` pattern.

Loading reports every problem at once, each with its line number, like spaCy's pattern checks.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from re import _constants as _sre  # the stdlib's own regex parser, to inspect patterns
from re import _parser as _sre_parse
from typing import Any

import regex
import yaml

from wb.config import bundled_file
from wb.errors import CodebookError
from wb.regex_messages import dutch_regex_error
from wb.token_pattern_check import token_pattern_problem
from wb.yaml_lines import (
    instead_of_key,
    load_with_lines,
    not_a_mapping,
    read_yaml_file,
    unknown_keys,
    yaml_problem,
)

CODE_KEYS = {"name", "description", "color", "include", "exclude", "examples", "patterns", "codes"}
TOP_KEYS = {"name", "description", "version", "language", "codes"}
#: Longest repetition (``{0,N}``) that may contain another repetition in a codebook regex.
MAX_OUTER_REPEAT = 5
COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


@dataclass(frozen=True)
class Pattern:
    """One pattern of a code: kind is 'phrase', 'all', 'regex' or 'tokens'."""

    kind: str
    value: Any
    line: int | None = None

    @property
    def rule(self) -> str:
        """The pattern as written in the codebook (strings as is, others as compact JSON)."""
        if self.kind == "phrase":
            return str(self.value)
        if self.kind == "tokens":
            return json.dumps(self.value, ensure_ascii=False)
        return json.dumps({self.kind: self.value}, ensure_ascii=False)

    @property
    def words(self) -> frozenset[str]:
        """The lowercase words of a phrase or all-of pattern (none for a regex or token pattern)."""
        if self.kind == "phrase":
            return frozenset(str(self.value).lower().split())
        if self.kind == "all":
            return frozenset(w.lower() for v in self.value for w in str(v).split())
        return frozenset()

    def to_yaml(self) -> Any:
        """The pattern as YAML data."""
        if self.kind in ("phrase", "tokens"):
            return self.value
        return {self.kind: self.value}


@dataclass
class Code:
    """A code in the tree; `path` is its full name."""

    name: str
    path: str
    description: str = ""
    color: str | None = None
    include: str = ""
    exclude: str = ""
    examples: list[str] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    line: int | None = None

    def walk(self) -> Iterator[Code]:
        """This code and all its descendants, depth first."""
        yield self
        for child in self.codes:
            yield from child.walk()


@dataclass
class Codebook:
    """A named tree of codes."""

    name: str
    codes: list[Code]
    description: str = ""

    def walk(self) -> Iterator[Code]:
        """Every code, depth first in file order."""
        for code in self.codes:
            yield from code.walk()

    def __getitem__(self, path: str) -> Code:
        for code in self.walk():
            if code.path == path:
                return code
        raise KeyError(path)

    def __len__(self) -> int:
        return sum(1 for _ in self.walk())

    def color_of(self, path: str) -> str:
        """The code's colour, or a stable colour from the palette."""
        code = self[path]
        if code.color:
            return code.color
        index = [c.path for c in self.walk()].index(path)
        return PALETTE[index % len(PALETTE)]

    def to_yaml(self) -> str:
        """Serialise back to YAML (comments are not kept)."""

        def dump(code: Code) -> dict[str, Any]:
            out: dict[str, Any] = {"name": code.name}
            for key in ("description", "color", "include", "exclude"):
                if getattr(code, key):
                    out[key] = getattr(code, key)
            if code.examples:
                out["examples"] = list(code.examples)
            if code.patterns:
                out["patterns"] = [p.to_yaml() for p in code.patterns]
            if code.codes:
                out["codes"] = [dump(c) for c in code.codes]
            return out

        data: dict[str, Any] = {"name": self.name}
        if self.description:
            data["description"] = self.description
        data["codes"] = [dump(c) for c in self.codes]
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


# -- loading with line numbers ------------------------------------------------------------------


def _line(obj: Any, default: int | None) -> int | None:
    return getattr(obj, "line", None) or default


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


class _Validator:
    """Builds the code tree and collects every problem with its line."""

    def __init__(self) -> None:
        self.problems: list[tuple[int | None, str]] = []
        self.paths: dict[str, int | None] = {}

    def add(self, line: int | None, message: str) -> None:
        self.problems.append((line, message))

    def code(self, data: Any, parent: str, line: int | None) -> Code | None:
        if not isinstance(data, dict):
            self.add(
                line,
                not_a_mapping(
                    data,
                    "code",
                    "name",
                    "description en patterns",
                    bundled_file("codebooks/leernetwerk.yaml"),
                ),
            )
            return None
        line = _line(data, line)
        key_lines = getattr(data, "key_lines", {})
        for key, kline in data.pop("__duplicate_keys__", []):
            self.add(kline, f"sleutel '{key}' staat twee keer in deze code")
        unknown = unknown_keys(data, CODE_KEYS, line)
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            # 'naam: School' for 'name: School' is one mistake, told in one line (user-walk8)
            example = bundled_file("codebooks/leernetwerk.yaml")
            told = (
                None if "name" in data else instead_of_key(data, unknown, "name", "code", example)
            )
            missing = [(line, "code zonder naam: geef elke code een 'name'")]
            self.problems += told or [*unknown, *missing]
            return None
        self.problems += unknown
        if "/" in name:
            self.add(key_lines.get("name", line), f"codenaam '{name}' mag geen '/' bevatten")
        path = f"{parent}/{name.strip()}" if parent else name.strip()
        if path in self.paths:
            first = self.paths[path]
            self.add(
                key_lines.get("name", line), f"dubbele code '{path}' (eerder op regel {first})"
            )
        self.paths[path] = key_lines.get("name", line)
        color = data.get("color")
        if color is not None and not (isinstance(color, str) and COLOR_RE.fullmatch(color)):
            self.add(key_lines.get("color", line), f"kleur '{color}' is geen #RRGGBB-kleur")
            color = None
        examples = data.get("examples") or []
        if isinstance(examples, str):
            examples = [examples]
        code = Code(
            name=name.strip(),
            path=path,
            description=_text(data.get("description")),
            color=color,
            include=_text(data.get("include")),
            exclude=_text(data.get("exclude")),
            examples=[str(e) for e in examples],
            line=line,
        )
        code.patterns = self.patterns(data.get("patterns"), key_lines.get("patterns", line))
        children = data.get("codes") or []
        if not isinstance(children, list):
            self.add(key_lines.get("codes", line), "'codes' moet een lijst van codes zijn")
            children = []
        lines = getattr(children, "item_lines", [None] * len(children))
        for child, cline in zip(children, lines, strict=True):
            built = self.code(child, path, cline)
            if built is not None:
                code.codes.append(built)
        return code

    def patterns(self, data: Any, line: int | None) -> list[Pattern]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.add(line, "'patterns' moet een lijst zijn")
            return []
        lines = getattr(data, "item_lines", [line] * len(data))
        out = []
        for item, pline in zip(data, lines, strict=True):
            pattern = self.pattern(item, pline)
            if pattern is not None:
                out.append(pattern)
        return out

    def pattern(self, item: Any, line: int | None) -> Pattern | None:
        if isinstance(item, str):
            if not item.split():
                self.add(line, "leeg patroon")
                return None
            return Pattern("phrase", " ".join(item.split()), line)
        if isinstance(item, dict):
            keys = [k for k in item if k != "__duplicate_keys__"]
            if keys == ["all"]:
                lemmas = item["all"]
                ok = isinstance(lemmas, list) and lemmas and all(isinstance(x, str) for x in lemmas)
                if not ok:
                    self.add(
                        line, "'all' moet een lijst van lemma's zijn, bijv. [contact, verliezen]"
                    )
                    return None
                return Pattern("all", [" ".join(str(x).split()) for x in lemmas], line)
            if keys == ["regex"]:
                problem = regex_problem(str(item["regex"]))
                if problem is not None:
                    self.add(line, problem)
                    return None
                return Pattern("regex", str(item["regex"]), line)
            self.add(line, f"onbekend patroon {dict(item)!r}: gebruik tekst, all, regex of tokens")
            return None
        if isinstance(item, list):
            return self.tokens(item, line)
        self.add(line, f"onbekend patroon {item!r}")
        return None

    def tokens(self, item: list, line: int | None) -> Pattern | None:
        if not item or not all(isinstance(t, dict) for t in item):
            self.add(line, "een tokenpatroon is een lijst van token-dicts, bijv. [{LEMMA: kind}]")
            return None
        value = json.loads(json.dumps(item))  # plain dicts and lists
        problem = token_pattern_problem(value)
        if problem is not None:
            self.add(line, f"tokenpatroon, {problem}")
            return None
        from spacy.matcher import Matcher

        try:
            Matcher(_blank_vocab(), validate=True).add("check", [value])
        except Exception as exc:  # spaCy raises MatcherError/ValueError with details
            detail = " ".join(str(exc).split())
            self.add(
                line,
                "tokenpatroon kan niet worden gebruikt; vergelijk het met de voorbeelden in "
                f"{bundled_file('codebooks/README.md')} (melding van spaCy, in het Engels: "
                f"{detail[:300]})",
            )
            return None
        return Pattern("tokens", value, line)


def _nested_repeat(items: Any, inside: bool) -> bool:
    """Whether a parsed regex has a repetition inside a long or unbounded repetition."""
    for op, arg in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            _low, high, body = arg
            if inside and high > 1:
                return True
            if _nested_repeat(body, inside or high > MAX_OUTER_REPEAT):
                return True
        elif op is _sre.SUBPATTERN and _nested_repeat(arg[3], inside):
            return True
        elif op is _sre.BRANCH and any(_nested_repeat(b, inside) for b in arg[1]):
            return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT) and _nested_repeat(arg[1], inside):
            return True
        elif op is _sre.GROUPREF_EXISTS and any(
            _nested_repeat(b, inside) for b in arg[1:] if b is not None
        ):
            return True
    return False  # atomic groups and possessive repeats do not backtrack: not nested here


def regex_problem(pattern: str) -> str | None:
    """Why a codebook regex is refused (Dutch), or None when it is usable.

    Besides syntax errors this refuses a repetition inside an unbounded (or more than
    MAX_OUTER_REPEAT) repetition, like ``(a+)+$``: Python's engine backtracks exponentially on
    those, so one 40-character line can take hours.
    """
    try:
        re.compile(pattern, re.IGNORECASE)
        tree = _sre_parse.parse(pattern, re.IGNORECASE)
        regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)  # the engine that matches
    except (re.error, regex.error, RecursionError, OverflowError) as exc:
        return f"ongeldige reguliere expressie '{pattern}': {dutch_regex_error(exc)}"
    if _nested_repeat(tree, False):
        return (
            f"reguliere expressie '{pattern}' heeft een herhaling binnen een herhaling (zoals "
            "(a+)+ of (\\w+\\s?)*); daarmee kan zoeken in één regel uren duren. Schrijf het "
            "zonder geneste herhaling (bijv. a+ in plaats van (a+)+), of begrens de buitenste "
            f"herhaling tot hoogstens {MAX_OUTER_REPEAT} keer, bijv. (?:\\w+\\s){{0,3}}."
        )
    return None


@functools.cache
def _blank_vocab() -> Any:
    from spacy.vocab import Vocab

    return Vocab()  # enough to validate token patterns; no second Dutch pipeline


def _not_a_codebook(data: Any) -> str:
    """What a user reads when a YAML file has no 'codes': the shape wanted, and a label list
    (`wb labels --lexicon`) named as such."""
    wanted = (
        "een codeboek begint met 'name:' en 'codes:' (een lijst van codes), zoals "
        f"{bundled_file('codebooks/leernetwerk.yaml')}"
    )
    if isinstance(data, list) or (isinstance(data, dict) and "labels" in data):
        return f"dit lijkt een labellijst (die hoort bij wb labels --lexicon); {wanted}"
    return wanted


def parse_codebook(text: str, *, source: str = "<codeboek>") -> Codebook:
    """Parse and validate codebook YAML; raise CodebookError listing every problem."""
    try:
        data = load_with_lines(text)
    except yaml.YAMLError as exc:
        raise CodebookError(source, [yaml_problem(exc)]) from exc
    if not isinstance(data, dict) or "codes" not in data:
        raise CodebookError(source, [(1, _not_a_codebook(data))])
    check = _Validator()
    check.problems += unknown_keys(data, TOP_KEYS, None, where=" bovenaan")
    codes_data = data["codes"]
    if not isinstance(codes_data, list) or not codes_data:
        check.add(data.key_lines.get("codes"), "'codes' moet een niet-lege lijst zijn")
        codes_data = []
    lines = getattr(codes_data, "item_lines", [None] * len(codes_data))
    codes = [c for d, ln in zip(codes_data, lines, strict=True) if (c := check.code(d, "", ln))]
    if check.problems:
        raise CodebookError(source, sorted(check.problems, key=lambda p: p[0] or 0))
    name = str(data.get("name") or Path(source).stem)
    return Codebook(name=name, codes=codes, description=_text(data.get("description")))


def load_codebook(path: str | Path) -> Codebook:
    """Load and validate a codebook YAML file."""
    path = Path(path)
    text = read_yaml_file(path, "een codeboek", "het codeboek")
    return parse_codebook(text, source=str(path))
