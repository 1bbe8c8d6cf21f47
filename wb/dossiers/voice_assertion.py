"""Cues that a term is applied to someone in the author's own voice (voice ``asserted``).

The learned voice (:mod:`wb.dossiers.voice_model`) was trained mostly on news and discussion
pages, where a term the rules read as applied is more often talked about. Report language is
different: "Er is sprake van ouderverstoting.", "Wij zien een loyaliteitsconflict.", "'s Avonds
is moeder instabiel." These cues describe that report-like structure; they are features of the
model and, where they are precise, a guard that keeps the rules' ``asserted``
(:func:`keeps_asserted`):

* ``sprake``: the term follows "sprake van" (optionally with a determiner or adjectives in
  between): "er is sprake van (een ernstig) X"; or another frame that applies it: "hadden te
  maken met een X", "in een X belanden/terechtkomen/verkeren/zich bevinden" and (labels22) "stellen
  het kind bloot aan X (en Y)" (these last with a particular person in the sentence, not "een
  kind dat in een X verkeert");
* ``self``: a reporting cue whose subject is the report's own author ("De Raad stelt vast",
  "Wij zien"), as found by the attribution rules, in a sentence without a generic subject or
  a naming verb ("noemen we dat X");
* ``predicate``: the term is an adjective or a verb form ("instabiel", "gesaboteerd"), a
  phrase with a finite verb ("zit klem", "pleegt verzet"), stands bare right after a copula
  ("blijft hoogconflictueus"), or is a description beyond the lexicon ("boze moeder"): it says
  something about someone;
* ``person``: a particular person in the sentence: a singular person word with a definite
  article or possessive ("de moeder", "haar zoon"), a bare singular person word used as a
  name ("moeder is ..."), or a third-person pronoun; ``particular``: the same without role
  words that often stand for anyone ("het kind", "de ouder"); ``people``: any person word,
  plural too ("tussen ouders");
* ``name_subject``: the sentence opens with a name and a finite verb ("Noah wordt
  blootgesteld aan X"), a report about a particular child or parent; since labels33 the guard
  counts it as a person for a ``predicate`` ("Liam werd dagelijks gekleineerd door de juf");
* ``aimed`` (labels17): a description of the word-class pattern whose head is a person or party
  noun ("boze en getraumatiseerde ouders", "één niet-welwillende partij"): the author's own
  judgement of a person or group, kept asserted unless the sentence has a generic subject;
* ``generic``: a generic subject (iedereen, mensen, men, ...), which makes a sentence a
  statement about people in general; ``generic_people`` (labels24, read by the guard): the same
  without a generic pronoun after a preposition ("tegen alles en iedereen") and without a
  generic determiner before a word that is no person ("veel vechtscheidingen");
* ``question_you``: a question to the reader ("Heb je te maken met X?");
* ``you_subject`` (labels22): "je"/"jij" is the subject of a finite verb in a statement without a
  modal, a condition or an adverb of habit (``voice_you_stops.txt``): "En zo kom jij in een X
  terecht", "voor je het weet heb je tien jaar X erop zitten". A writer who tells the reader's
  situation as her own (a parent to fellow parents) applies the term in her own voice; advice
  ("Als je ...", "je kunt ...") and habits ("Je ziet vaak ...") are left to the model;
* ``case_title``: a short line without final punctuation that names a particular person
  ("Ouderverstoting en de gevolgen voor de minderjarige");
* ``case_reference``: "Dit is een vorm van X." right after a sentence of the same paragraph
  that names a particular person (:func:`wb.dossiers.voice_generic.case_reference`);
* ``hedged``: the term stands in a clause that states a condition, a possibility or a
  definition rather than a fact about someone: after a conditional or defining word of its
  clause ("indien het kind klem raakt", "waarbij het kind ... gemanipuleerd wordt"), after a
  modal verb of its clause ("er kan sprake zijn van X", "kan leiden tot X"; not "X kan ..."),
  or in a clause with a defining verb ("X houdt in dat", "X betekent"). The clause is the
  stretch of the sentence between the nearest clause boundaries (, ; : dashes and a blank
  line) around the term; brackets do not end it. On the real rows of rounds 1-6 where the
  rules said asserted, 10 are hedged: 6 discussed, 4 asserted (a first version that also
  took "als", "waarin" and modals after the term: 9 of 16 discussed).

* ``this_case`` (labels22): a word of the case at hand in the term's clause
  (``voice_this_case.txt``: "X vormt in het onderhavige geval grond voor ...", "in casu");
* ``habitual`` (labels22): an adverb of habit in the sentence (``voice_habitual_adverbs.txt``:
  vaak, meestal, ...): "Als coach krijg ik vaak te maken met X", "Vaak gaat het om een kind dat
  in een X verkeert" say what usually happens, so ``sprake`` keeps asserted only with a
  ``particular`` person then;
* ``exclaimed`` (labels32): the term is a whole exclamation ("Narcist!"), kept asserted;
* ``owned`` (labels26): a noun term after one person's possessive ("haar labiliteit") or after a
  pointing determiner in a past clause ("Dat gemanipuleer gebeurde ..."):
  :mod:`wb.dossiers.voice_owned`; kept asserted like ``past_event``.

The guard keeps ``asserted`` for ``sprake`` (not ``habitual`` without a ``particular`` person),
``self``, ``this_case``, ``case_title``, ``case_reference``, ``exclaimed``,
``question_you``, ``you_subject`` and ``aimed`` without a ``generic_people`` subject, and
for a ``predicate`` in a sentence with ``people`` (or a ``particular`` person, labels24, or a
``name_subject``, labels33) and
without a ``generic_people`` subject, but never
in a ``hedged`` clause: there the model decides. On the real texts of rounds 1-5 (training
material), a predicate with a person word and no generic subject was asserted in 15 of 17
cases where the rules said asserted.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.description_judging_heads import judging_head
from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.voice_conduct import conduct_named
from wb.dossiers.voice_generic import case_reference
from wb.dossiers.voice_owned import owned
from wb.dossiers.voice_reported import copula_nominal
from wb.dossiers.voice_structure import NAMED_AFTER, PERSON_WORDS
from wb.dossiers.voice_tense import finite, only_past
from wb.lang import word_set, words

GENERIC_DETERMINERS = word_set("voice_assertion_generic_determiners.txt")
THIRD_PERSON = word_set("voice_assertion_third_person.txt")
YOU = word_set("voice_assertion_you.txt")
_BETWEEN = frozenset({"DET", "ADJ", "ADV", "NUM"})
_CLAUSE_EDGES = frozenset({",", ";", ":", "–", "—"})
HEDGES = word_set("voice_assertion_hedges.txt")
MODALS = word_set("voice_assertion_modals.txt")
DEFINING = tuple(tuple(line.split()) for line in words("voice_assertion_defining.txt"))
FRAMES = word_set("voice_application_frames.txt")
EXPOSURE = word_set("voice_exposure_frames.txt")
YOU_SUBJECTS = frozenset({"je", "jij"})
YOU_STOPS = word_set("voice_you_stops.txt")
HABITUAL = word_set("voice_habitual_adverbs.txt")
THIS_CASE = word_set("voice_this_case.txt")
_GENERIC_DETERMINERS = word_set("voice_assertion_generic_people_determiners.txt")


def _lower(tokens: list[Any]) -> list[str]:
    return [t.lower_ for t in tokens]


def _sprake(tokens: list[Any], at: int) -> bool:
    """True when a frame applies the term: "sprake van X", "(te) maken hebben met X", "in X
    belanden/terechtkomen/verkeren", with only modifiers between frame and term."""
    k = at - 1
    while k >= 0 and (tokens[k].pos_ in _BETWEEN or tokens[k].is_space):
        k -= 1
    if k < 1:
        return False
    prev, word = tokens[k - 1].lower_, tokens[k].lower_
    if (word, prev) in {("van", "sprake"), ("met", "maken")}:
        return True
    if word in {"en", "of"} and tokens[k - 1].pos_ == "NOUN":
        k -= 2  # "bloot aan geruzie en manipulaties": the frame before the first conjunct
        while k >= 0 and (tokens[k].pos_ in _BETWEEN or tokens[k].is_space):
            k -= 1
        if k < 1:
            return False
        prev, word = tokens[k - 1].lower_, tokens[k].lower_
    if word == "aan" and (prev in EXPOSURE or tokens[k - 1].lemma_.lower() in EXPOSURE):
        return _person(tokens, at, at + 1) or _definite_people(tokens)
    if word != "in":
        return False
    near = [t.lemma_.lower() for t in tokens[max(0, k - 3) : k]]
    near += [t.lemma_.lower() for t in tokens[at + 1 : at + 4]]
    # "een kind dat in een X verkeert" is anyone's child; the frame applies X to a particular one
    if not any(w in FRAMES for w in near):
        return False
    return _person(tokens, at, at + 1) or _definite_people(tokens)


_DEFINITE = word_set("voice_definite_determiners.txt")


def _definite_people(tokens: list[Any]) -> bool:
    """True for a name or a definite person word, plural too ("de kinderen", "hun ouders")."""
    for k, t in enumerate(tokens):
        if t.pos_ == "PROPN":
            return True
        if k and t.lower_ in PERSON_WORDS and tokens[k - 1].lower_ in _DEFINITE:
            return True
    return False


def _after_copula(tokens: list[Any], at: int) -> bool:
    """True when the term stands bare right after a copula ("is manipulatief", "blijft X")."""
    k = at - 1
    while k >= 0 and tokens[k].is_space:
        k -= 1
    return (
        k >= 0
        and tokens[k].pos_ in {"AUX", "VERB"}
        and tokens[k].lemma_.lower() in word_set("voice_assertion_copulas.txt")
    )


def _person(tokens: list[Any], at: int, upto: int, strict: bool = False) -> bool:
    """True when the sentence names a particular person outside the term.

    With ``strict``, role words that often stand for anyone ("het kind", "de ouder") do not
    count.
    """
    words = [t for k, t in enumerate(tokens) if not t.is_space and not at <= k < upto]
    neutral = word_set("voice_assertion_neutral_persons.txt") if strict else frozenset()
    for n, t in enumerate(words):
        low = t.lower_
        if low in THIRD_PERSON and t.pos_ == "PRON":
            return True
        if low not in PERSON_WORDS or low in neutral or "Plur" in t.morph.get("Number"):
            continue
        prev = words[n - 1].lower_ if n else ""
        if prev in GENERIC_DETERMINERS:
            continue
        if prev not in {"de", "het"} and prev in word_set("voice_assertion_generic.txt"):
            continue
        return True
    return False


def _verb_phrase(tokens: list[Any], at: int, upto: int) -> bool:
    """A term of several words with a finite verb in it ("betrekt het kind in de strijd",
    "vechten elkaar de tent uit", "pleegt verzet", "zit klem"): it says what someone does, a
    predicate like an adjective. Not a participle after a determiner that the tagger read as
    finite ("de verstoten ouder")."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if len(inside) < 2:
        return False
    if len(inside) == 2 and at and tokens[at - 1].pos_ == "DET":
        return False
    return any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in inside)


def _name_subject(tokens: list[Any], at: int) -> bool:
    """The sentence opens with a name and a finite verb, the term after them: "Noah wordt
    blootgesteld aan X", "Lotte heeft X" (a report about a particular child or parent)."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 3 or words[0].pos_ != "PROPN" or words[0].i >= tokens[at].i:
        return False
    return finite(words[1])


_SUMMARY_WORDS = 25


def _telegram(tokens: list[Any], limit: int = 15) -> bool:
    """A short sentence without a finite verb, as a court summarises its case ("Verplaatsing
    hoofdverblijf na ouderonthechting.", "Problemen in de relatie, waaronder X."); in a text
    about one case (a summary of a ruling) up to ``_SUMMARY_WORDS`` words: "Vaststelling
    hoofdverblijf ... in het kader van X en de invloed van de vader" (voice16)."""
    words = [t for t in tokens if not t.is_space and not t.is_punct]
    return 0 < len(words) <= limit and not any("Fin" in t.morph.get("VerbForm") for t in words)


def clause(tokens: list[Any], at: int, upto: int) -> tuple[int, int]:
    """Token range [first, last) of the clause around [at, upto): up to the nearest edges."""
    first = at
    while first > 0:
        prev = tokens[first - 1]
        if prev.text in _CLAUSE_EDGES or "\n\n" in prev.text:
            break
        first -= 1
    last = upto
    while last < len(tokens):
        here = tokens[last]
        if here.text in _CLAUSE_EDGES or "\n\n" in here.text:
            break
        last += 1
    return first, last


def hedged(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term's clause states a condition, possibility or definition."""
    first, last = clause(tokens, at, upto)
    before = [t for t in tokens[first:at] if not t.is_space]
    if any(t.lower_ in HEDGES for t in before):
        return True
    if any(t.pos_ in {"AUX", "VERB"} and t.lemma_.lower() in MODALS for t in before):
        return True
    around = [t for k, t in enumerate(tokens[first:last], first) if not at <= k < upto]
    low = [t.lower_ for t in around if not t.is_space]
    return any(
        tuple(low[k : k + len(phrase)]) == phrase for phrase in DEFINING for k in range(len(low))
    )


def assertion_cues(resolver: Any, start: int, end: int, label: str = "") -> dict[str, bool]:
    """Report-like assertion cues for the occurrence [start, end) (see the module docstring)."""
    text = resolver.doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not resolver.sents:
        return {}
    index, tokens, at, upto = resolver.locate(start, end)
    low = _lower(tokens)
    words = [w for w in low if w.strip()]
    inside = [t for t in tokens[at:upto] if not t.is_space]
    head = inside[-1] if inside else None
    person = _person(tokens, at, upto)
    strict = person and _person(tokens, at, upto, strict=True)
    outside = [t for k, t in enumerate(tokens) if not at <= k < upto]
    people = any(t.lower_ in PERSON_WORDS or t.lemma_.lower() in PERSON_WORDS for t in outside)
    generic = bool(set(words) & word_set("voice_assertion_generic.txt"))
    naming = bool(set(words) & NAMED_AFTER)
    short = bool(line) and len(line.split()) <= 12 and line[-1] not in ".!?;:,"
    return {
        "sprake": _sprake(tokens, at),
        "self": resolver.attribution.cued(index, tokens, at, upto) is True
        and not generic
        and not naming,
        "predicate": label == DESCRIPTION_LABEL
        or (head is not None and head.pos_ in {"ADJ", "VERB"})
        or _verb_phrase(tokens, at, upto)
        or _after_copula(tokens, at)
        or copula_nominal(tokens, at, upto),
        "person": person,
        "name_subject": _name_subject(tokens, at),
        "people": people,
        "particular": strict,
        "generic": generic,
        "generic_people": generic and _generic_people(tokens, at, upto),
        "question_you": bool(words) and words[-1] == "?" and bool(set(words) & YOU),
        "case_title": short and (strict or resolver.case_title(start, end)),
        "case_summary": (resolver.kind.ruling and _telegram(tokens))
        or (resolver.kind.case and _telegram(tokens, _SUMMARY_WORDS)),
        "hedged": hedged(tokens, at, upto),
        "case_reference": case_reference(resolver, index, tokens, at),
        "aimed": label == DESCRIPTION_LABEL and _aimed(head),
        "conduct_noun": label == DESCRIPTION_LABEL and conduct_named(tokens, at, upto),
        "you_subject": you_subject(tokens),
        "habitual": any(t.lower_ in HABITUAL and t.pos_ in {"ADV", "ADJ"} for t in tokens),
        "this_case": _this_case(tokens, at, upto),
        "past_event": _past_event(tokens, at, upto),
        "own_past": _own_past(tokens, at, upto),
        "by_person": _by_person(tokens, at, upto),
        "owned": owned(tokens, at, upto),
        "exclaimed": _exclaimed(tokens, at, upto),
    }


_GENERIC = word_set("voice_assertion_generic.txt")
_GENERIC_OF = frozenset({"ADP", "CCONJ"})


def _generic_people(tokens: list[Any], at: int, upto: int) -> bool:
    """True when a generic word outside the term speaks of people (labels24): a generic pronoun
    ("iedereen", "mensen") that is no object of a preposition ("tegen alles en iedereen" is
    whom someone acts against, not who acts), or a generic determiner ("veel", "alle") before a
    person word ("veel ouders"; "veel vechtscheidingen" speaks of cases)."""
    for k, t in enumerate(tokens):
        if at <= k < upto or t.lower_ not in _GENERIC:
            continue
        if t.pos_ == "DET" or t.lower_ in _GENERIC_DETERMINERS:
            nouns = [u for u in tokens[k + 1 : k + 4] if u.pos_ in {"NOUN", "PROPN"}]
            if nouns and {nouns[0].lower_, nouns[0].lemma_.lower()} & PERSON_WORDS:
                return True
            continue
        j = k - 1
        while j >= 0 and (tokens[j].is_space or tokens[j].pos_ in {"CCONJ", "PRON"}):
            j -= 1
        if j >= 0 and tokens[j].pos_ in _GENERIC_OF:
            continue
        return True
    return False


_BY_SKIP = frozenset({"CCONJ", "ADJ", "NOUN", "DET", "ADV"})


def _by_person(tokens: list[Any], at: int, upto: int) -> bool:
    """True when an act noun is put on people by "door" + a person word right after the term,
    over a coordinated noun ("X of Y door stiefmoeders", "X door de vader"; labels24): the
    author names who does it. A verb or a clause edge in between ends the search."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or inside[-1].pos_ != "NOUN":
        return False
    k, skipped = upto, 0
    while k < len(tokens) and tokens[k].lower_ != "door" and skipped < 4:
        if not tokens[k].is_space and tokens[k].pos_ not in _BY_SKIP:
            return False
        skipped += 0 if tokens[k].is_space else 1
        k += 1
    if k >= len(tokens) or tokens[k].lower_ != "door":
        return False
    for t in tokens[k + 1 : k + 4]:
        if t.pos_ in {"DET", "ADJ", "NUM"} or t.is_space:
            continue
        keys = (t.lower_, t.lemma_.lower())
        return any(w.endswith(p) for w in keys for p in PERSON_WORDS if len(p) >= 5 or w == p)
    return False


def _past_event(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term names a particular person in a past event (labels24): "de/het" or a
    possessive, then the term whose last word is a person word ("de verstotende ouder"), in a
    clause whose finite verbs are all past ("waar de verstotende ouder een dwangsom kreeg"). A
    statement about a type is in the present ("De verstotende ouder ziet het kind als bezit")."""
    inside = [t for t in tokens[at:upto] if not t.is_space]
    if not inside or {inside[-1].lower_, inside[-1].lemma_.lower()}.isdisjoint(PERSON_WORDS):
        return False
    k = at - 1
    while k >= 0 and tokens[k].is_space:
        k -= 1
    if k < 0 or tokens[k].lower_ not in _DEFINITE:
        return False
    first, last = clause(tokens, at, upto)
    return only_past(tokens[first:last])


_OWN_PAST_NOT = frozenset({"over", "als"})  # "schrijven over X", "als X": the term talked of


def _own_past(tokens: list[Any], at: int, upto: int) -> bool:
    """The writer's own past meets what the term names (voice16): "ik" in the term's clause,
    whose verbs are past or perfect ("Op elke vraag kreeg ik een grote bek terug", "dat ik veel
    X ben tegengekomen"); not a term right after "over" or "als"."""
    if at and tokens[at - 1].lower_ in _OWN_PAST_NOT:
        return False
    first, last = clause(tokens, at, upto)
    span = tokens[first:last]
    if not any(t.lower_ == "ik" for t in span):
        return False
    verbs = [t for t in span if finite(t)]
    if not verbs:
        return False
    if all("Past" in t.morph.get("Tense") for t in verbs):
        return True
    perfect = any(t.lemma_.lower() in {"hebben", "zijn"} for t in verbs)
    return perfect and any("Part" in t.morph.get("VerbForm") for t in span if t.pos_ == "VERB")


def _this_case(tokens: list[Any], at: int, upto: int) -> bool:
    """A word of the case at hand ("in het onderhavige geval", "in casu") in the term's clause."""
    first, last = clause(tokens, at, upto)
    return any(t.lower_ in THIS_CASE for t in tokens[first:last])


def _exclaimed(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term that is a whole exclamation ("Narcist!", "Manipulatieve moeder!"): the
    sentence holds nothing but the term and punctuation, and ends in "!" (labels32). The writer
    cries the judgement out in her own voice; a term talked about is not exclaimed alone."""
    rest = [t for k, t in enumerate(tokens) if not (at <= k < upto) and not t.is_space]
    return bool(rest) and rest[-1].text == "!" and all(t.is_punct for t in rest)


def you_subject(tokens: list[Any]) -> bool:
    """True for a statement with "je"/"jij" right before or after a finite verb ("kom jij",
    "jij bent", "heb je"), no question mark and no word of ``voice_you_stops.txt`` (modal
    verbs by lemma, conditional openers, adverbs of habit)."""
    words = [t for t in tokens if not t.is_space]
    if not words or words[-1].text == "?":
        return False
    if any(t.lower_ in YOU_STOPS or t.lemma_.lower() in YOU_STOPS for t in words):
        return False
    for n, t in enumerate(words):
        if t.lower_ not in YOU_SUBJECTS or t.pos_ != "PRON":
            continue
        if (n and finite(words[n - 1])) or (n + 1 < len(words) and finite(words[n + 1])):
            return True
    return False


_PARTIES = word_set("description_party_nouns.txt")


def _aimed(head: Any) -> bool:
    """A description whose head is a person or party noun ("de ruziënde partijen"), or a
    compound with a judging person head ("straatterroristen", labels-voice7)."""
    if head is not None and judging_head(head):
        return True
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    keys = {head.lower_, head.lemma_.lower()}
    return bool(keys & PERSON_WORDS or keys & _PARTIES)


def keeps_asserted(cues: dict[str, bool]) -> bool:
    """True where the cues are precise enough to keep the rules' ``asserted`` over the model."""
    if cues.get("hedged"):
        return False
    if cues.get("sprake") and not (cues.get("habitual") and not cues.get("particular")):
        return True
    if cues.get("self") or cues.get("case_title") or cues.get("this_case"):
        return True
    if cues.get("past_event") or cues.get("owned"):
        return True
    if cues.get("own_past") and not cues.get("generic_people"):
        return True
    if cues.get("by_person") and not cues.get("habitual") and not cues.get("generic_people"):
        return True
    if cues.get("case_summary"):
        return True
    if cues.get("case_reference") or cues.get("exclaimed"):
        return True
    if cues.get("question_you"):
        return True
    if cues.get("you_subject") and not cues.get("generic_people"):
        return True
    if cues.get("aimed") and not cues.get("generic_people"):
        return True
    if cues.get("conduct_noun") and not cues.get("generic_people"):
        return True  # voice-new-hits: a conduct named by the author is no concept discussed
    people = cues.get("people") or cues.get("particular")  # "is hij ... brutaal" (labels24)
    # "Liam werd dagelijks gekleineerd door de juf": a name as subject is a particular person
    people = people or cues.get("name_subject")  # (labels33)
    return bool(cues.get("predicate") and people and not cues.get("generic_people"))


__all__ = ["assertion_cues", "clause", "hedged", "keeps_asserted", "you_subject"]
