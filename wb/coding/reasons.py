"""Why a passage was suggested, in words: a codebook pattern as a reader understands it."""

from __future__ import annotations

import json
import re
from typing import Any

from wb.coding.excludes import REFERENCE
from wb.coding.regex_words import regex_words
from wb.lang import word_set

TOKEN_KEYS = {"LEMMA": "", "LOWER": "", "ORTH": "", "TEXT": "", "NORM": ""}
OPERATORS = {"?": " (mag ontbreken)", "*": " (nul of meer keer)", "+": " (een of meer keer)"}
#: Word classes of a token pattern (``POS``) in Dutch.
WORD_CLASSES = {
    "NOUN": "een zelfstandig naamwoord",
    "PROPN": "een naam",
    "VERB": "een werkwoord",
    "AUX": "een hulpwerkwoord",
    "ADJ": "een bijvoeglijk naamwoord",
    "ADV": "een bijwoord",
    "NUM": "een getal",
    "PRON": "een voornaamwoord",
    "DET": "een lidwoord",
    "ADP": "een voorzetsel",
    "PUNCT": "een leesteken",
}
#: Function words left out of a word sequence shown in a reason ("de/van · Raad": "… Raad").
FUNCTION_WORDS = word_set("coding_reason_function_words.txt")
#: Most characters of a reason's pattern words before they are cut with "…".
MOST_CHARS = 90


def describe_rule(rule: str) -> str:
    """The pattern behind a suggestion in Dutch words, e.g. 'patroon: contact + verliezen'."""
    data = _parse(rule)
    if isinstance(data, dict) and len(data) == 1:
        kind, value = next(iter(data.items()))
        if kind == "all" and isinstance(value, list):
            return "patroon: " + " + ".join(str(v) for v in value) + " (in één zin)"
        if kind == "regex":  # the words it matches, never the syntax
            words = regex_words(str(value))
            return f"patroon: {cut(words)}" if words else "patroon zonder vaste woorden"
    if isinstance(data, list) and all(isinstance(t, dict) for t in data):
        return "woorden na elkaar: " + cut(describe_tokens(data))
    words = rule.split()
    if len(words) == 1:
        return f"lemma: {rule}"
    return f"lemma's na elkaar: {rule}"


def _parse(rule: str) -> Any:
    """The rule as JSON data, or None when it is a plain phrase."""
    if not rule.startswith(("{", "[")):
        return None
    try:
        return json.loads(rule)
    except ValueError:
        return None


def cut(text: str, most: int = MOST_CHARS) -> str:
    """`text` on one line, cut after a whole word with "…" when longer than `most` characters."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    head = text[: most - 1]
    if text[most - 1] not in " /":  # after a whole alternative ("a/b/c"), else a whole word
        at = head.rfind("/")
        at = at if at > most // 2 else head.rfind(" ")
        head = head[:at] if at > 0 else head
    return head.rstrip(" ,;/") + " …"


def describe_tokens(tokens: list[dict[str, Any]]) -> str:
    """A token pattern as words: "Veilig Thuis", "… Raad" (function words at an edge left out), "een
    getal, dan melding" (a token that is no word of its own spelled out as what it is)."""
    shown = [_describe_token(t) for t in tokens]
    if not all(function for _, _, function in shown):  # at the edges: "… Raad"
        first = next(i for i, (_, _, f) in enumerate(shown) if not f)
        last = max(i for i, (_, _, f) in enumerate(shown) if not f)
        dots = [("…", True, False)]
        shown = dots[:first] + shown[first : last + 1] + dots[: len(shown) - 1 - last]
    texts = [t for t, _, _ in shown]
    if all(words for _, words, _ in shown):
        return " ".join(texts)
    return ", dan ".join(texts)


def _describe_token(token: dict[str, Any]) -> tuple[str, bool, bool]:
    """One token of a token pattern: (its words, alternatives joined with '/', or what it is;
    whether those are words; whether they are all function words)."""
    words: list[str] = []
    kinds: list[str] = []
    for key, value in token.items():
        if key == "OP":
            continue
        if key in TOKEN_KEYS and isinstance(value, dict):
            if isinstance(value.get("IN"), list):
                words += [str(v) for v in value["IN"]]
        elif key in TOKEN_KEYS and isinstance(value, str | int | float):
            words.append(str(value))
        elif key == "LIKE_NUM" and value is True:
            kinds.append("een getal")
        elif key in ("POS", "TAG") and isinstance(value, str) and value in WORD_CLASSES:
            kinds.append(WORD_CLASSES[value])
        elif key == "IS_PUNCT" and value is True:
            kinds.append("een leesteken")
    text = "/".join(words) if words else (kinds[0] if kinds else "een woord")
    function = bool(words) and all(w.lower() in FUNCTION_WORDS for w in words)
    op = OPERATORS.get(str(token.get("OP", "")), "")
    return text + op, bool(words), function and not op


def exclude_reason(code: str, clause: str, target: str) -> str:
    """Why an exclude clause of `code` sends a sentence to `target`, in one flat line:
    "niet bij Sociaal netwerk: de beschrijving sluit 'school' uit (zie code School)"."""
    short, other = code.rsplit("/", 1)[-1], target.rsplit("/", 1)[-1]
    words = REFERENCE.sub(" ", clause)  # the code it names is said once, at the end
    words = re.sub(rf"\(\s*{re.escape(other)}\s*\)", " ", words)
    words = " ".join(words.split()).strip(" ,;.") or clause
    head = f"niet bij {short}: de beschrijving sluit '"
    tail = f"' uit (zie code {other})"
    return head + cut(words, max(MOST_CHARS + 10 - len(head) - len(tail), 45)) + tail


def subcode_reason(parent: str, child: str, example: str, why: str) -> str:
    """Why a suggestion of `parent` went to its subcode `child` the document names itself:
    "subcode van Gezag en voogdij, die dit document zelf noemt («testament»); lemma: voogd"."""
    short, quoted = parent.rsplit("/", 1)[-1], cut(example, 40)
    return f"subcode van {short}, die dit document zelf noemt («{quoted}»); {why}"
