"""Why a passage was suggested, in words: a codebook pattern as a reader understands it."""

from __future__ import annotations

import json
from typing import Any

from wb.coding.regex_words import regex_words

TOKEN_KEYS = {"LEMMA": "", "LOWER": "", "ORTH": "", "TEXT": "", "NORM": ""}
OPERATORS = {"?": " (mag ontbreken)", "*": " (nul of meer keer)", "+": " (een of meer keer)"}


def describe_rule(rule: str) -> str:
    """The pattern behind a suggestion in Dutch words, e.g. 'patroon: contact + verliezen'."""
    data = _parse(rule)
    if isinstance(data, dict) and len(data) == 1:
        kind, value = next(iter(data.items()))
        if kind == "all" and isinstance(value, list):
            return "patroon: " + " + ".join(str(v) for v in value) + " (in één zin)"
        if kind == "regex":  # the words it matches, never the syntax
            words = regex_words(str(value))
            return f"patroon: {words}" if words else "patroon zonder vaste woorden"
    if isinstance(data, list) and all(isinstance(t, dict) for t in data):
        return "woordreeks: " + " · ".join(_describe_token(t) for t in data)
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


def _describe_token(token: dict[str, Any]) -> str:
    """One token of a token pattern: its word(s), alternatives joined with '/'."""
    parts = []
    for key, value in token.items():
        if key == "OP":
            continue
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            shown = "/".join(str(v) for v in value["IN"])
        elif isinstance(value, str | int | float | bool):
            shown = str(value)
        else:
            shown = json.dumps(value, ensure_ascii=False)
        parts.append(shown if key in TOKEN_KEYS else f"{key.lower()}={shown}")
    text = " ".join(parts) if parts else "een woord"
    return text + OPERATORS.get(str(token.get("OP", "")), "")
