"""Dutch suffix and compound rules for words the lemma tables do not know.

Rules only propose candidates; a candidate is accepted when the lexicon knows it as a lemma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

VOWELS = frozenset("aeiouy")
LINKS = ("s", "e", "en", "er")  # linking elements between compound parts
# Longest modifier-free head that still counts as a compound head, and shortest modifier.
MIN_HEAD = 3
MIN_MODIFIER = 3


def _undouble(stem: str) -> str:
    """gesprekk -> gesprek (doubled final consonant of a short vowel)."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return stem[:-1]
    return stem


def _open_syllable(stem: str) -> str:
    """person -> persoon, regel -> regeel? only lengthens a single vowel before one consonant."""
    if (
        len(stem) > 2
        and stem[-1] not in VOWELS
        and stem[-2] in VOWELS
        and stem[-2] != "e"
        and (len(stem) < 3 or stem[-3] not in VOWELS)
    ):
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def _devoice(stem: str) -> str:
    """huiz -> huis, briev -> brief."""
    if stem.endswith("z"):
        return stem[:-1] + "s"
    if stem.endswith("v"):
        return stem[:-1] + "f"
    return stem


def _stem_variants(stem: str) -> Iterator[str]:
    """Spelling variants of a stem left after removing an inflection ending."""
    yield stem
    und = _undouble(stem)
    if und != stem:
        yield und
    dev = _devoice(stem)
    yield dev
    yield _open_syllable(dev)
    # closed syllable with a long e: "beter" is fine, "verlegen" etc. handled by tables
    if len(dev) > 2 and dev[-2] == "e" and dev[-1] not in VOWELS and dev[-3] not in VOWELS:
        yield dev[:-2] + "ee" + dev[-1]


def noun_candidates(form: str) -> Iterator[str]:
    """Singular candidates for a plural or diminutive noun."""
    if form.endswith("'s"):
        yield form[:-2]
    if form.endswith("heden"):
        yield form[:-5] + "heid"
    for dim in ("etjes", "tjes", "pjes", "kjes", "jes", "etje", "tje", "pje", "kje", "je"):
        if form.endswith(dim) and len(form) > len(dim) + 2:
            yield from _stem_variants(form[: -len(dim)])
            break
    if form.endswith("eren") and len(form) > 6:
        yield form[:-4]  # kinderen, eieren
    if form.endswith("ën"):
        yield form[:-2] + "e"  # knieën
        yield form[:-2]
    if form.endswith("en") and len(form) > 4:
        yield from _stem_variants(form[:-2])
    if form.endswith("s") and len(form) > 3:
        yield form[:-1]


def verb_candidates(form: str) -> Iterator[str]:
    """Infinitive candidates for finite verbs and participles."""
    stems: list[str] = []
    for end in ("dden", "tten", "den", "ten", "de", "te", "dt", "t", "d"):
        if form.endswith(end) and len(form) > len(end) + 2:
            stems.append(form[: -len(end)] + ("d" if end in ("dden", "dde") else ""))
            stems.append(form[: -len(end)])
            break
    if form.startswith("ge") and len(form) > 5:
        inner = form[2:]
        if inner.endswith("en"):
            yield inner  # gelopen -> lopen
        for end in ("d", "t"):
            if inner.endswith(end):
                stems.append(inner[:-1])
    for i in range(2, len(form) - 5):
        # separable participle: op-ge-beld, mee-ge-nomen
        if form[i : i + 2] == "ge":
            inner = form[i + 2 :]
            if inner.endswith("en"):
                yield form[:i] + inner
            elif inner.endswith(("d", "t")):
                stems.append(form[:i] + inner[:-1])
            break
    stems.append(form)  # werk -> werken, stem -> stemmen
    for stem in stems:
        for variant in _stem_variants(stem):
            yield variant + "en"
            if variant and variant[-1] not in VOWELS:
                yield variant + variant[-1] + "en"  # stem -> stemmen
            if variant.endswith("f"):
                yield variant[:-1] + "ven"
            if variant.endswith("s"):
                yield variant[:-1] + "zen"
            if variant.endswith(("aa", "oo", "uu", "ee")) and variant[-2] != "e":
                yield variant + "ien"
            if len(variant) > 3 and variant[-2] == variant[-3] and variant[-2] in VOWELS:
                yield variant[:-3] + variant[-2] + variant[-1] + "en"  # loop -> lopen


def adjective_candidates(form: str) -> Iterator[str]:
    """Base candidates for inflected, comparative and superlative adjectives."""
    for end in ("ste", "st", "ere", "er", "e"):
        if form.endswith(end) and len(form) > len(end) + 2:
            stem = form[: -len(end)]
            if end in ("ere", "er") and stem.endswith("d") and len(stem) > 3 and stem[-2] == "r":
                yield stem[:-1]  # zwaarder -> zwaar
            yield from _stem_variants(stem)


def rule_lemma(form: str, is_lemma: Callable[[str], bool]) -> str | None:
    """First rule candidate that ``is_lemma`` accepts, trying noun, verb, adjective rules."""
    for generate in (noun_candidates, verb_candidates, adjective_candidates):
        for cand in generate(form):
            if cand != form and len(cand) > 1 and is_lemma(cand):
                return cand
    return None


def split_head(
    form: str,
    is_known: Callable[[str], bool],
    is_modifier: Callable[[str], bool],
    fits: Callable[[str], bool] | None = None,
) -> tuple[str, str] | None:
    """Split ``form`` into (modifier, head) with the longest known head (that ``fits``, when
    given), or None."""
    for i in range(MIN_MODIFIER, len(form) - MIN_HEAD + 1):
        head = form[i:]
        if not is_known(head) or (fits is not None and not fits(head)):
            continue
        modifier = form[:i]
        if is_modifier(modifier):
            return modifier, head
    return None


def strip_link(modifier: str, is_known: Callable[[str], bool]) -> str | None:
    """The known word in a compound modifier, without a linking -s-/-e-/-en-/-er-."""
    if is_known(modifier):
        return modifier
    for link in LINKS:
        if modifier.endswith(link) and len(modifier) - len(link) >= MIN_MODIFIER:
            base = modifier[: -len(link)]
            if is_known(base):
                return base
    return None
