"""A codebook regex read as words: the literal words it matches, alternatives with '/',
optional parts in brackets and any stretch of text as '…' (``\\bik (?:ben|was) (?:een |de )?
moeder\\b`` reads "ik ben/was (een/de) moeder"). A reader sees no regex syntax."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Shown for any stretch of characters (``.*``, ``[^.]{0,90}``, ``\\w+``).
GAP = "…"
#: Alternatives shown before the rest is summed up as "enz.".
MAX_ALTERNATIVES = 8
#: Escapes that match nothing a reader sees (word boundaries, string anchors).
_ZERO_WIDTH = set("bBAZzG")
#: Escapes for one character of a kind: word character, digit, space, and their opposites.
_WORD_CHARS, _SPACES = set("wSdD"), set("sWnrtfv")


@dataclass
class _Node:
    """One piece of a parsed pattern: its text and whether it stands for unknown characters."""

    text: str = ""
    gap: bool = False  # stands for characters the pattern does not name
    spaced: bool = False  # a gap that may hold spaces, i.e. several words
    choice: bool = False  # alternatives ('a/b'), bracketed when glued to a word


def regex_words(pattern: str) -> str:
    """The words a regex matches as a reader would write them; '' when it names no words."""
    text = _Parser(pattern).alternatives(top=True).text
    text = " ".join(text.split())
    while f"{GAP} {GAP}" in text or GAP + GAP in text:
        text = text.replace(f"{GAP} {GAP}", GAP).replace(GAP + GAP, GAP)
    text = text.replace("()", "").replace("( ", "(").replace(" )", ")")
    text = re.sub(r"\s+([,.:;?!])", r"\1", text)
    text = text.strip()
    if text.startswith(GAP + " "):  # a stretch before or after the words tells nothing
        text = text[len(GAP) :].lstrip()
    if text.endswith(" " + GAP):
        text = text[: -len(GAP)].rstrip()
    return "" if text == GAP else text


class _Parser:
    """A small recursive-descent reader of the regex syntax codebooks use."""

    def __init__(self, pattern: str):
        self.s = pattern
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def alternatives(self, top: bool = False) -> _Node:
        """Branches separated by '|', up to a closing bracket or the end."""
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return _join_branches(branches, " of " if top else "/")

    def sequence(self) -> _Node:
        """Atoms with their quantifiers, up to '|' or ')'."""
        out: list[_Node] = []
        while self.i < len(self.s) and self.peek() not in "|)":
            atom = self.atom()
            out.append(self.quantified(atom))
        return _concat(out)

    def atom(self) -> _Node:
        c = self.s[self.i]
        self.i += 1
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == ".":
            return _Node(GAP, gap=True, spaced=True)
        if c in "^$":
            return _Node()
        if c == "\\":
            return self.escape()
        return _Node(c)

    def group(self) -> _Node:
        """A bracketed group; lookarounds, flags and comments show nothing."""
        hidden = False
        if self.peek() == "?":
            self.i += 1
            kind = self.peek()
            if kind == "#":
                end = self.s.find(")", self.i)
                self.i = len(self.s) if end < 0 else end + 1
                return _Node()
            if kind in "=!" or self.peek(2) in ("<=", "<!"):
                hidden = True
                self.i += 1 if kind in "=!" else 2
            elif kind in "P<" and self.peek(2) != "P=":
                end = self.s.find(">", self.i)
                self.i = self.i if end < 0 else end + 1
            elif kind in ":>|":
                self.i += 1
            else:  # inline flags: (?i) or (?i:...)
                while self.i < len(self.s) and self.s[self.i] not in ":)":
                    self.i += 1
                if self.peek() == ")":
                    self.i += 1
                    return _Node()
                self.i += 1
        inner = self.alternatives()
        if self.peek() == ")":
            self.i += 1
        return _Node() if hidden else inner

    def char_class(self) -> _Node:
        """A class of characters: letters as alternatives, anything wider as a gap."""
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        chars: list[str] = []
        wide = negated
        no_space = False  # the class names a space: a negated one then stays in one word
        first = True
        while self.i < len(self.s) and (self.s[self.i] != "]" or first):
            first = False
            c = self.s[self.i]
            self.i += 1
            if c == "\\" and self.i < len(self.s):
                e = self.s[self.i]
                self.i += 1
                if e in _WORD_CHARS | _SPACES or e in "pP":
                    wide = wide or e not in _SPACES
                    no_space = no_space or e == "s"
                    chars.append(" " if e in _SPACES else "")
                    if e in "pP" and self.peek() == "{":
                        self.i = self.s.find("}", self.i) + 1 or len(self.s)
                    continue
                c = e
            if self.peek() == "-" and self.peek(2) != "-]" and self.peek(2)[1:] not in ("", "]"):
                self.i += 2  # a range such as a-z
                wide = True
                continue
            no_space = no_space or c == " "
            chars.append(c)
        self.i += 1
        spaced = negated and not no_space
        if wide:
            return _Node(GAP, gap=True, spaced=spaced)
        letters = [c for c in chars if c.isalnum()]
        if letters and len(letters) == len([c for c in chars if c]):
            lower = sorted({c.lower() for c in letters}, key=[c.lower() for c in letters].index)
            return _Node("/".join(lower) if len(lower) > 1 else lower[0])
        if chars and all(c.isspace() or c in "-" for c in chars):
            return _Node(" ")
        return _Node()  # punctuation: a reader does not need it

    def escape(self) -> _Node:
        if self.i >= len(self.s):
            return _Node()
        e = self.s[self.i]
        self.i += 1
        if e in _ZERO_WIDTH or e.isdigit():  # boundaries, anchors, back-references
            return _Node()
        if e in "dD":
            return _Node("een cijfer" if e == "d" else GAP, gap=e == "D")
        if e in _WORD_CHARS:
            return _Node(GAP, gap=True)
        if e in _SPACES:
            return _Node(GAP, gap=True, spaced=True) if e == "W" else _Node(" ")
        if e in "pP":
            if self.peek() == "{":
                self.i = self.s.find("}", self.i) + 1 or len(self.s)
            return _Node(GAP, gap=True)
        if e in "xu":
            size = 2 if e == "x" else 4
            code = self.s[self.i : self.i + size]
            self.i += size
            try:
                return _Node(chr(int(code, 16)))
            except ValueError:
                return _Node()
        return _Node(e)

    def quantified(self, atom: _Node) -> _Node:
        """The atom with a following quantifier applied (?, *, +, {m,n}; lazy or possessive)."""
        c = self.peek()
        if c in ("?", "*", "+"):
            self.i += 1
            low, high = (0, 1) if c == "?" else (0 if c == "*" else 1, None)
        elif c == "{" and (bounds := self._bounds()) is not None:
            low, high = bounds
        else:
            return atom
        if self.peek() in ("?", "+"):
            self.i += 1
        if atom.gap:
            if atom.text == "een cijfer":
                return _Node("een getal")
            return _Node(GAP, gap=True, spaced=atom.spaced and (high is None or high > 1))
        if atom.text == "een cijfer":
            return _Node("een getal" if high != 1 else ("(een cijfer)" if low == 0 else atom.text))
        if low == 0 and atom.text.strip():
            return _optional(atom.text)
        return atom

    def _bounds(self) -> tuple[int, int | None] | None:
        end = self.s.find("}", self.i)
        if end < 0:
            return None
        body = self.s[self.i + 1 : end]
        low, comma, high = body.partition(",")
        if not (low or high) or not (low.isdigit() or not low) or not (high.isdigit() or not high):
            return None
        self.i = end + 1
        low_n = int(low or 0)
        return low_n, (int(high) if high else (None if comma else low_n))


def _optional(text: str) -> _Node:
    """Text that may be absent, in brackets; surrounding spaces stay outside them."""
    inner = text.strip()
    before = " " if text[:1].isspace() else ""
    after = " " if text[-1:].isspace() else ""
    return _Node(f"{before}({inner}){after}")


def _concat(nodes: list[_Node]) -> _Node:
    """Atoms one after the other; a gap that may hold words gets spaces around it."""
    pieces = [f" {n.text} " if n.gap and n.spaced else n.text for n in nodes]
    for k, node in enumerate(nodes):
        before = pieces[k - 1][-1:] if k else ""
        after = pieces[k + 1][:1] if k + 1 < len(pieces) else ""
        glued = before.isalnum() or after.isalnum()
        if node.choice and glued:  # "voel(d/de/den)": the alternatives end a word
            pieces[k] = f"({node.text.strip()})"
    text = "".join(pieces)
    only_gap = bool(nodes) and all(n.gap or not n.text.strip() for n in nodes)
    spaced = any(n.gap and n.spaced for n in nodes) or text != text.strip()
    if len(nodes) == 1:
        return nodes[0]
    return _Node(text, gap=only_gap and GAP in text, spaced=only_gap and spaced)


def _join_branches(branches: list[_Node], sep: str) -> _Node:
    """Alternatives as 'a/b/c' (top level 'a of b'); an empty branch makes the rest optional."""
    texts = [b.text for b in branches]
    shown = [t.strip() for t in texts if t.strip()]
    empty = len(shown) < len(texts)
    if len(shown) > MAX_ALTERNATIVES:
        shown = [*shown[: MAX_ALTERNATIVES - 1], "enz."]
    text = sep.join(dict.fromkeys(shown))
    if texts and all(t[:1].isspace() for t in texts if t):
        text = " " + text
    if texts and all(t[-1:].isspace() for t in texts if t):
        text += " "
    if empty and text.strip():
        return _optional(text)
    return _Node(text, choice=len(shown) > 1)
