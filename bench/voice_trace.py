"""Which rule or model path set each hit's voice (a debug trace that changes no output).

:func:`traced` patches, for the length of a ``with`` block, the names the voice rules call
(:mod:`wb.dossiers.voice`) and the steps of :func:`wb.dossiers.label_voices.hit_voices`, and
records for every hit the path that decided its voice: the last rule that answered true in
:meth:`VoiceResolver.voice` (``rule:<name>``), ``rule:quote-short``/``rule:quote`` for the
quote branch, ``rule:default`` when nothing fired, then ``model:<voice>`` where the learned model
overruled the rules' asserted, ``kept`` where assertion cues kept it, and ``post:<step>`` where
a correction over the hits changed it. Used by bench/voice_firsts.py (voice-firsts).
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Iterator
from typing import Any

import wb.dossiers.label_voices as lv
import wb.dossiers.labels as labels_mod
import wb.dossiers.voice as voice_mod
import wb.dossiers.voice_attribution as attr_mod
import wb.dossiers.voice_model as vm

_SKIP = {
    "sentences",
    "quote_spans",
    "self_terms",
    "document_kind",
    "bisect_right",
    "position_section",
}


class Trace:
    """The calls of the rules during one VoiceResolver.voice call, and the paths per hit."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.paths: list[str] = []  # of the last hit_voices call, one per hit

    def rule_path(self, result: str) -> str:
        """The rule that decided ``result``: the last call that answered true."""
        truthy = [n for n, v in self.calls if v is True or (v and v is not None and n != "cued")]
        cued = next((v for n, v in reversed(self.calls) if n == "cued"), "absent")
        if result == "attributed" and cued is False and not truthy:
            return "rule:cue"
        if truthy:
            return "rule:" + truthy[-1]
        if result in ("attributed", "discussed") and any(n == "quoted" for n, _ in self.calls):
            return "rule:quote"
        return "rule:default"


TRACE = Trace()


def keep_reason(cues: dict[str, bool]) -> str:
    """The first condition of :func:`keeps_asserted` that holds (same order)."""
    c = cues.get
    if c("sprake") and not (c("habitual") and not c("particular")):
        return "sprake"
    for name in ("self", "case_title", "this_case", "past_event", "owned"):
        if c(name):
            return name
    if c("by_person") and not c("habitual") and not c("generic_people"):
        return "by_person"
    for name in ("case_summary", "case_reference", "exclaimed", "question_you"):
        if c(name):
            return name
    if c("you_subject") and not c("generic_people"):
        return "you_subject"
    if c("aimed") and not c("generic_people"):
        return "aimed"
    if c("particular"):
        return "predicate+particular"
    if c("people"):
        return "predicate+people"
    return "predicate+name_subject"


def _wrap(name: str, fn: Any) -> Any:
    def inner(*args: Any, **kwargs: Any) -> Any:
        out = fn(*args, **kwargs)
        TRACE.calls.append((name, out))
        return out

    return inner


@contextlib.contextmanager
def traced() -> Iterator[Trace]:
    """Patch the voice machinery to record paths; everything is restored on exit."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(obj: Any, name: str, new: Any) -> None:
        saved.append((obj, name, getattr(obj, name)))
        setattr(obj, name, new)

    for name, fn in list(vars(voice_mod).items()):
        if inspect.isfunction(fn) and name not in _SKIP and not name.startswith("_"):
            patch(voice_mod, name, _wrap(name, fn))
    patch(voice_mod, "_mentioned_word", _wrap("mentioned_word", voice_mod._mentioned_word))
    for meth in ("cued", "carried", "continues", "introduced", "about_speaker"):
        patch(attr_mod.Attribution, meth, _wrap(meth, getattr(attr_mod.Attribution, meth)))
    for meth in ("case_title", "party_section"):
        patch(voice_mod.VoiceResolver, meth, _wrap(meth, getattr(voice_mod.VoiceResolver, meth)))
    orig_voice = voice_mod.VoiceResolver.voice
    last: dict[str, str] = {}

    def voice(self: Any, start: int, end: int) -> str:
        TRACE.calls = []
        out = orig_voice(self, start, end)
        quoted = any(a <= start and end <= b for a, b in self.quotes)
        path = TRACE.rule_path(out)
        if path == "rule:default" and quoted:
            path = "rule:quote"
        last["rule"] = path
        last["rule_voice"] = out
        return out

    patch(voice_mod.VoiceResolver, "voice", voice)
    orig_learned = vm.learned_voice

    def learned(resolver: Any, start: int, end: int, label: str = "") -> str:
        out = orig_learned(resolver, start, end, label)
        rule = last["rule"]
        if last["rule_voice"] != "asserted":
            last["path"] = rule
        elif vm.keeps_asserted(cues := vm.assertion_cues(resolver, start, end, label)):
            last["path"] = f"kept[{keep_reason(cues)}]"
        else:
            last["path"] = f"model:{out}({rule})"
        return out
        return out

    patch(lv, "learned_voice", learned)
    orig_hit_voices = lv.hit_voices

    def hit_voices(doc, text, hits, labels, frames, self_terms, kind, voice_model, term_keys):
        paths: list[str] = []
        first: list[str] = []
        resolver = voice_mod.VoiceResolver(doc, self_terms, kind)
        for i, (a, b, _, t) in enumerate(hits):
            between = text[hits[i - 1][1] : a] if i else ""
            label = lv.DESCRIPTION_LABEL if labels[t] == lv.JUDGING_LABEL else labels[t]
            if i and lv._APPOSITION.fullmatch(between):
                first.append(first[-1])
                paths.append("apposition")
            elif voice_model == "learned":
                first.append(learned(resolver, a, b, label))
                paths.append(last["path"])
            else:
                first.append(resolver.voice(a, b))
                paths.append(last["rule"])
        out = orig_hit_voices(
            doc, text, hits, labels, frames, self_terms, kind, voice_model, term_keys
        )
        # which correction over the hits changed a voice (replayed step by step)
        as_desc = [lv.DESCRIPTION_LABEL if x == lv.JUDGING_LABEL else x for x in labels]
        v1 = lv._share_discussed(text, hits, as_desc, first)
        v2 = lv.gap_denials(text, hits, term_keys, lv.asked_terms(resolver, hits, v1))
        v3 = lv._frame_voices(hits, v2, frames, resolver.quotes)
        steps = [("share_discussed", first, v1), ("gap_or_asked", v1, v2), ("frame", v2, v3)]
        for k in range(len(hits)):
            for name, before, after in steps:
                if before[k] != after[k]:
                    paths[k] = f"post:{name}"
            if v3[k] != out[k]:
                paths[k] = "post:group_or_alleged"
        TRACE.paths = paths
        return out

    patch(labels_mod, "hit_voices", hit_voices)
    try:
        yield TRACE
    finally:
        for obj, name, old in reversed(saved):
            setattr(obj, name, old)
