"""voice18's experiment: the rows of train_voice with POS-based subject features (``g:``).

wb's offline pipeline has no dependency parse, so the "subject" is the words before the first
finite verb of the term's sentence (or the pronoun right after that verb when the sentence opens
with an adverb, preposition or conjunction). The features are added by patching
:func:`wb.dossiers.voice_model.features` for this run only (wb does not use them: they did not
win under leave one round out, bench/README.md "voice18"). Writes the rows to a cache that
bench/voice_components.py reads:

    PYTHONPATH=$PWD python bench/voice_subject_features.py /tmp/rows_g.pkl
    PYTHONPATH=$PWD python bench/voice_components.py --cache /tmp/rows_g.pkl --loro
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_voice as tv

import wb.dossiers.voice_model as vm
from wb.dossiers.voice import VoiceResolver
from wb.dossiers.voice_model import _POSSESSIVE
from wb.dossiers.voice_structure import PERSON_WORDS

_PLAIN = vm.features
_PRONOUNS = frozenset({"je", "jij", "u", "men", "we", "wij", "ik"})
_DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})


def np_kind(tokens: list) -> tuple[str, object]:
    """The kind of a noun phrase (name, pronoun, possessive, definite, ...) and its noun."""
    noun = next((t for t in reversed(tokens) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if noun is None:
        return "none", None
    if noun.pos_ == "PROPN":
        return "name", noun
    if noun.pos_ == "PRON":
        return ("pron_" + noun.lower_ if noun.lower_ in _PRONOUNS else "pron_3"), noun
    first = tokens[0]
    if first.lower_ in _POSSESSIVE:
        return "poss", noun
    if first.lower_ in _DEFINITE:
        return "def", noun
    if first.lower_ == "een":
        return "indef", noun
    if first.pos_ in ("DET", "NUM"):
        return "quant", noun
    return ("bare_pl" if "Plur" in noun.morph.get("Number") else "bare"), noun


def features(
    resolver: VoiceResolver, start: int, end: int, label: str = "", *, rules: bool = False
) -> dict[str, float]:
    """wb's features plus the subject's kind, a person subject, the term as subject, tense."""
    out = _PLAIN(resolver, start, end, label, rules=rules)
    if not resolver.sents:
        return out
    _, tokens, at, upto = resolver.locate(start, end)
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    fin = next(
        (
            k
            for k, t in enumerate(words)
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        ),
        None,
    )
    if fin is None:
        out["g:no_finite"] = 1.0
        return out
    subject = words[:fin]
    inverted = not subject or subject[0].pos_ in ("ADV", "ADP", "SCONJ")
    if inverted and fin + 1 < len(words) and words[fin + 1].pos_ == "PRON":
        subject = [words[fin + 1]]
    kind, noun = np_kind(subject) if subject else ("none", None)
    out["g:subj=" + kind] = 1.0
    if noun is not None and (noun.lower_ in PERSON_WORDS or noun.lemma_.lower() in PERSON_WORDS):
        out["g:subj_person=" + kind] = 1.0
    if noun is not None and noun.i in {t.i for t in tokens[at:upto]}:
        out["g:term_is_subject"] = 1.0
    out["g:fin=" + ("past" if "Past" in words[fin].morph.get("Tense") else "pres")] = 1.0
    return out


def main() -> None:
    """Build the rows with the subject features and write them to the given cache."""
    vm.features = features
    data = tv.rows()
    Path(sys.argv[1]).write_bytes(pickle.dumps(data))
    print(f"{len(data)} rijen geschreven naar {sys.argv[1]}")


if __name__ == "__main__":
    main()
