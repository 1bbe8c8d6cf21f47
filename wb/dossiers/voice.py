"""Voice of a label: who applies the term, to whom, and whether at all.

Four voices: ``asserted`` (the author applies the term), ``attributed`` (the author reports
that someone else applies it), ``discussed`` (the term itself is talked about: defined, studied,
asked about, named in a title, heading or organisation name) and ``negated`` (the term is
applied and denied: "er is geen sprake van ouderverstoting", "is niet vastgesteld").

Rules, in order (no parser needed; tokens, lemmas and sentences of the Dutch pipeline):

A. Negated: "geen" up to three words before the term in its clause ("geen ouderverstoting"),
   "geen sprake/bewijs/aanwijzingen/signalen ... van/voor/dat" before it in the sentence,
   "niet" right before it ("niet manipulatief"), "niet ... gebleken/vastgesteld/aangetoond/
   gesproken/sprake" before it, or "niet gebleken/vastgesteld/..." after it ("X is niet
   vastgesteld"). A "geen"/"niet" inside the term ("geen probleembesef") does not count.
B. Discussed, named: a capitalised term inside a capitalised name ("Dag van de
   Ouderverstoting", "Herken Ouderverstoting"), a literature reference ("J. Zander; Titel;
   Assen, 1999."), the term after the head of a name ("Expertteam Ouderverstoting",
   "adviesrapport 'Vechtende ouders'"), a topic ("Kamervragen over", "onderzoek naar",
   "ontwikkelingen omtrent", "op het gebied van", "gradaties van"), a plural word for words
   ("termen als X, Y en Z", "begrippen"), "het begrip/fenomeen/verschijnsel/syndroom" or
   "zogenaamde/zogeheten"; or it stands in a heading: a short line without final punctuation
   and without a person word (moeder, vader, kind, ex, ...), or such a line ending in "?"
   that stands alone as a paragraph. "over X" counts as topic at the start of a sentence or
   after a sentence opening with a topic noun ("Vragen van het lid ... over X"); "voor X"
   after a care noun ("behandeling voor", "aandacht voor").
C. Attributed, by the rules 1-5 below.
D. Discussed, defined: "Wat is X?", "Dit heet X", "X staat voor", "X is een syndroom/term/
   stoornis/vorm ...", "X – een vorm van ...", a sentence that defines ("gedefinieerd") or
   calls the term one of several "termen/begrippen", a bare abstract noun or acronym opening
   the sentence ("Ouderverstoting wordt veroorzaakt door ..."), a short quoted term without a
   reporting cue ('scare quotes'), or "de term/naam X" without someone who uses it.
E. Attributed across sentences: a sentence introduced by a cue with another subject that ends
   in ":" or announces "het volgende"/"als volgt" carries its attribution to the following
   sentences of the paragraph; a sentence with "zou"/"zouden" right after a sentence with such
   a cue is reported speech too ("Volgens moeder ... . Hij zou ...").
F. Everything else -> asserted.

Attribution (C):

1. Inside quotation marks (" “ ” „ ‘ ’ ', a quote may run over paragraphs) -> attributed.
   An apostrophe inside a word ("auto's", "zo'n") or an elision ("'s avonds", "'t") is not a
   quote mark.
2. Otherwise the nearest *cue* before the label in its sentence decides. Cues are:
   ``volgens X``, ``aldus X``, ``naar zeggen van X``, ``in de ogen/woorden/beleving van X``;
   a reporting verb (zeggen, aangeven, vertellen, melden, stellen, noemen, verklaren,
   beschrijven, omschrijven, benoemen, uiten, vinden, denken, ervaren, menen, vrezen, spreken,
   schrijven, beweren, ...) with its subject; ``X is van mening / heeft het idee, gevoel, de
   indruk``, ``X is het (erover) eens dat`` and ``X gebruikt het woord/de term``. The
   subject (or X) is the nearest person, role, organisation, document, pronoun or name
   around the cue.
3. A cue whose subject is the report's own author is no attribution: "De Raad stelt vast
   dat ..." in a Raad report, "De jeugdbeschermer ervaart ..." in the jeugdbeschermer's own
   report, "wij", "ondergetekende". The author's words come from metadata (organisation and
   author_role, see :func:`self_terms`); without metadata only first-person words count.
   This follows truth.yaml of the bundled dossiers.
4. A cue with another subject -> attributed. Separable verbs are read with their particle, so
   "vindt plaats", "stelt voor" and "zegt af" are no cues, while "geeft aan" is. Strong
   reporting verbs (zeggen, melden, omschrijven, ...) also count without a subject (passive,
   "er wordt gezegd"); weak ones (vinden, zien, denken, stellen, ...) need one.
5. The scope of a cue ends at ";", at ":" (unless it introduces the quote: "zegt: ..."), at
   "maar" (not "maar dat") and at a line break. A cue after the label counts when it is
   postposed (", zegt moeder", ", aldus vader", ", volgens vader"), and "volgens/aldus X" also
   without a comma within four words after the term ("X is volgens jeugdzorg ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.voice_structure import (
    PERSON_WORDS,
    concept_statement,
    generic_question,
    listed,
    named_as,
    specific_person,
)
from wb.lang import word_set

FIRST_PERSON = frozenset({"ik", "wij", "we", "ons", "mij", "ondergetekende", "ondergetekenden"})
PRONOUNS = frozenset({"hij", "zij", "ze", "men", "hem", "haar", "hen", "hun", "zijzelf", "hijzelf"})
ROLES = frozenset(
    """moeder vader ouder oma opa grootouder grootmoeder grootvader tante oom broer zus kind
    dochter zoon jongere stiefvader stiefmoeder partner vriend vriendin buurvrouw buurman buur
    school leerkracht leraar lerares juf meester mentor begeleider ib'er directeur huisarts arts
    jeugdarts kinderarts psycholoog psychiater orthopedagoog behandelaar therapeut hulpverlener
    advocaat rechter rechtbank raad raadsonderzoeker onderzoeker jeugdbeschermer gezinsvoogd voogd
    wijkteam wijkteammedewerker medewerker gezinscoach gezinshulp mediator politie agent wijkagent
    getuige melder familie netwerk instelling ggz consultatiebureau kinderopvang casemanager
    consulent jeugdconsulent verpleegkundige zorgaanbieder praktijk ziekenhuis gemeente
    deskundige gedragswetenschapper coördinator rapport verslag melding brief verklaring
    processtuk verzoekschrift e-mail mail bericht dossier beschikking advies hof kinderrechter
    curator ombudsman kinderombudsman minister expert deskundigen""".split()
)
STRONG_VERBS = word_set("voice_strong_verbs.txt")
WEAK_VERBS = word_set("voice_weak_verbs.txt")
NOT_REPORTING = word_set("voice_not_reporting.txt")
NOUN_CUES = frozenset(
    "mening idee gevoel indruk overtuiging woord term benaming kwalificatie standpunt".split()
)
OF_CUES = frozenset("ogen woorden beleving visie lezing optiek perceptie ervaring".split())
PARTICLES = frozenset(
    "aan af op uit vast voor mee in toe na over terug weer plaats door bij neer".split()
)
BOUNDARY = frozenset({"dat", "om", "omdat", "en", "maar", "of", "want", "die", "wat", "als"})
PUNCT = frozenset(".,;:!?()")
POST_MARKS = frozenset({",", "zo", "”", "’", "'", '"'})
FUNCTION = frozenset(
    """de het een er dit dat deze die in op bij van voor na met volgens ook toen daarna sinds
    tijdens wanneer als omdat hoewel zowel beide zoals eerder daarnaast verder tevens hierbij
    hierin daarbij daarom echter wel niet nog al nu dan zo hier daar waarbij waarin doordat
    terwijl nadat voordat indien zodat uit aan om naar over onder tussen tegen zonder tot per
    bovendien inmiddels vervolgens ten tenslotte samenvattend kortom dus aldus ondanks""".split()
)
DETERMINERS = frozenset("de het een deze dit die dat".split())
BACK_REFERENCES = frozenset("zoals eerder hierboven hiervoor hieronder reeds eerdergenoemd".split())
_OPEN_D, _CLOSE_D = "“„«", "”»"
NEGATORS = frozenset({"geen", "nooit", "allerminst", "evenmin"})
EVIDENCE = frozenset(
    """sprake bewijs aanwijzing aanwijzingen signaal signalen indicatie indicaties reden
    grond gronden""".split()
)
NOT_FOUND = frozenset(
    """gebleken vastgesteld aangetoond bewezen onderbouwd aannemelijk gesproken sprake
    geconstateerd""".split()
)
NAME_HEADS = frozenset(
    """expertteam adviesrapport rapport platform stichting vereniging werkgroep kenniscentrum
    programma project netwerk congres richtlijn special themadag wereldbewustwordingsdag""".split()
)
TOPIC_NOUNS = frozenset(
    """vraag vragen kamervragen onderzoek onderzoeken rapport rapportage adviesrapport debat
    artikel literatuur kennis discussie lezing boek brief publicatie studie congres informatie
    bekend ontwikkelingen ontwikkeling beleid voorlichting cursus training wetenschap memo
    twijfels visie""".split()
)
_TOPIC_HEADS = ("onderzoek", "rapport", "vragen", "artikel", "debat")
CARE_NOUNS = frozenset(
    """behandeling behandelingen behandelingsvormen aandacht aanpak richtlijn protocol methodiek
    interventie interventies""".split()
)
TOPIC_ALWAYS = frozenset({"omtrent", "inzake", "betreffende"})
TOPIC_PREPS = frozenset({"over", "naar", "rondom", "rond"})
OF_TOPICS = frozenset(
    "gebied gradaties kenmerken definitie omschrijving vormen bespreking erkenning".split()
)
# "de aanpak van vechtscheidingen", "het probleem van ouderverstoting": an abstract noun with
# the term as a bare noun after "van" (no determiner) talks about the phenomenon
ABSTRACT_OF = frozenset(
    """aanpak probleem kern oorzaak oorzaken ontstaan preventie bestrijding herkenning
    signalering kennis begrip theorie geschiedenis concept bestaan erkenning""".split()
)
RELATION_NOUNS = frozenset(
    "verschil vergelijking relatie verband samenhang onderscheid overlap".split()
)
# "In dit artikel ...", "in deze blog": the text says what it is about
OWN_TEXT_NOUNS = frozenset("artikel blog blogs hoofdstuk boek column webinar special".split())
_NAME_PARTICLES = frozenset({"van", "de", "het", "der", "den", "voor", "en", "the", "of"})
_YEAR = re.compile(r"\b(19|20)\d\d\b")
TERM_CUES = frozenset(
    """termen begrippen woorden benamingen woordcombinaties begrip fenomeen verschijnsel
    concept syndroom zogenaamde zogeheten zogenoemde zgn bedachte bedacht geïntroduceerde
    geïntroduceerd gemunte""".split()
)
SINGULAR_TERM_NOUNS = frozenset(
    {"term", "woord", "benaming", "etiket", "label", "aanduiding", "naam"}
)
WHAT_IS = (["wat", "is"], ["wat", "zijn"], ["wat", "betekent"], ["wat", "betekenen"])
DEFINING = frozenset(
    """gedefinieerd definieerde definiëren definitie gedefinieerde gemeten onderzocht
    bestudeerd""".split()
)
_CONCEPT_ENDINGS = ("ing", "tie", "isme", "ict", "syndroom", "problematiek", "scheiding")
LIST_NOUNS = frozenset({"termen", "begrippen", "woorden", "benamingen"})
DEFINITION_NOUNS = frozenset(
    """syndroom stoornis verstoring term begrip afwijking vertaling vorm verschijnsel fenomeen
    ziekte diagnose woord concept termen begrippen""".split()
)
WORD_NOUNS = frozenset("vertaling term begrip woord naam benaming afkorting verzamelnaam".split())
NAMING_VERBS = frozenset({"heet", "heten", "noemen", "genoemd", "noemt"})
INTRODUCERS = ("het volgende", "als volgt")
_QUOTE_TOKENS = frozenset("'\"“”„«»‘’`")
_ELISIONS = ("s", "t", "n", "k", "r", "m")


def self_terms(meta: Mapping[str, Any] | None, text: str = "") -> set[str]:
    """Words by which a report names its own author: metadata organisation and author_role.

    Without an organisation in the metadata, a short first line of the text (the letterhead,
    e.g. "Raad voor de Kinderbescherming, regio Noord-Holland") stands in for it.
    """
    words = set(FIRST_PERSON) | {"rapporteur", "opsteller", "schrijver"}
    meta = dict(meta or {})
    head = text.lstrip().split("\n", 1)[0].strip() if text else ""
    if not (meta.get("organisation") or meta.get("organisatie")) and 0 < len(head) <= 80:
        meta["organisation"] = head.rstrip(".")
    if not meta:
        return words
    keys = ("organisation", "organisatie", "author_role", "author", "auteur", "rol")
    raw = " ".join(str(meta.get(k) or "") for k in keys).lower()
    for word in raw.replace(",", " ").split():
        words.add(word)
        words.update(p for p in word.split("-") if p)
    if "raad" in words or "kinderbescherming" in words:
        words |= {"raad", "raadsonderzoeker", "onderzoeker"}
    if words & {"jeugdbescherming", "jeugdbeschermer", "gecertificeerde", "gi"}:
        words |= {"jeugdbeschermer", "gezinsvoogd", "gi", "instelling"}
    if "wijkteam" in words:
        words |= {"wijkteammedewerker", "wijkteam"}
    return words - FUNCTION


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks.

    A quote that is still open at a blank line may go on in the next paragraphs (an interview
    quoted over several paragraphs): it is closed there by a closing mark that has no opening
    mark of its own in that paragraph, or ends where a paragraph opens a new quote. A quote
    left open for three paragraphs is dropped.
    """
    spans: list[tuple[int, int]] = []
    open_at: dict[str, int] = {}
    pending: dict[str, tuple[int, int, int]] = {}  # kind -> (start, paragraphs ago, para end)
    n = len(text)

    def opening(kind: str, i: int) -> None:
        if kind in pending:  # a new quote in a later paragraph: the old one ran to its end
            start, _, end = pending.pop(kind)
            spans.append((start, end))
        open_at[kind] = i + 1

    def closing(kind: str, i: int) -> None:
        if kind in open_at:
            spans.append((open_at.pop(kind), i))
        elif kind in pending:
            spans.append((pending.pop(kind)[0], i))

    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n" and nxt == "\n" and prev != "\n":
            for kind, (start, ago, end) in list(pending.items()):
                if ago >= 2:
                    del pending[kind]
                else:
                    pending[kind] = (start, ago + 1, end)
            for kind, start in open_at.items():
                pending[kind] = (start, 0, i)
            open_at.clear()
        elif ch == "," and nxt == "," and "d" not in open_at:  # ,,Dutch newspaper quotes''
            opening("d", i + 1)
        elif ch in "’'" and nxt == ch and "d" in open_at:
            closing("d", i)
        elif ch in _OPEN_D or (ch == '"' and "d" not in open_at and not prev.isalnum()):
            if ch == "“" and "d" in open_at:  # German style „…“ closes with “
                closing("d", i)
            else:
                opening("d", i)
        elif ch in _CLOSE_D or ch == '"':
            closing("d", i)
        elif ch in "'‘’‚":
            if prev.isalpha() and nxt.isalpha():
                continue  # apostrophe inside a word: zo'n, auto's
            if "s" not in open_at and not prev.isalnum() and not nxt.isspace():
                if nxt in _ELISIONS and i + 2 < n and not text[i + 2].isalpha():
                    continue  # 's avonds, 't
                opening("s", i)
            elif ("s" in open_at or "s" in pending) and not prev.isspace() and not nxt.isalnum():
                closing("s", i)
    return spans


def sentences(doc: Doc) -> list[Any]:
    """The sentences of doc, or the whole doc as one when it has no sentence boundaries."""
    if len(doc) and doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]] if len(doc) else []


class VoiceResolver:
    """Decides asserted/attributed for spans of one processed document."""

    def __init__(self, doc: Doc, terms: Iterable[str] | None = None):
        self.doc = doc
        self.self_terms = set(terms) if terms is not None else self_terms(None)
        self.quotes = quote_spans(doc.text)
        self.sents = sentences(doc)
        self.starts = [s.start_char for s in self.sents]
        self._cues: dict[int, list[tuple[int, str, bool]]] = {}

    def voice(self, start: int, end: int) -> str:
        """'asserted', 'attributed', 'discussed' or 'negated' for the span [start, end)."""
        quoted = next(((a, b) for a, b in self.quotes if a <= start and end <= b), None)
        if not self.sents:
            return "attributed" if quoted else "asserted"
        index, tokens, at, upto = self.locate(start, end)
        low = [t.lower_ for t in tokens]
        if _negated(low, at, upto):
            return "negated"
        if (
            _named(low, tokens, at)
            or listed(tokens, at, upto)
            or named_as(low, at, upto)
            or _title_case(tokens, at)
            or self._heading(start, end)
            or self._reference(start, end)
            or _defines(low, at, upto)
        ):
            return "discussed"
        cued = self._cued(index, tokens, at, upto)
        if cued is False:
            return "attributed"
        if quoted:
            text = self.doc.text
            short = len(text[quoted[0] : quoted[1]].split()) <= 4
            speech = text[: quoted[0]].rstrip(" '\"“„«‘").endswith(":")
            if short and cued is None and not speech and not self._carried(index, low):
                return "discussed"
            return "attributed"
        if cued is None and (generic_question(tokens) or concept_statement(tokens, at)):
            return "discussed"
        if _defined(tokens, low, at, upto):
            return "discussed"
        if cued is None and self._carried(index, low):
            return "attributed"
        return "asserted"

    def locate(self, start: int, end: int) -> tuple[int, list[Any], int, int]:
        """Sentence index, its tokens and the token range [at, upto) of the span."""
        index = max(0, bisect_right(self.starts, start) - 1)
        tokens = list(self.sents[index])
        at = next((k for k, t in enumerate(tokens) if t.idx + len(t) > start), len(tokens))
        upto = next((k for k, t in enumerate(tokens) if t.idx >= end), len(tokens))
        return index, tokens, at, upto

    def trace(self, start: int, end: int) -> dict[str, bool]:
        """Every rule's own decision for the span (not short-circuited), for the voice model."""
        quoted = next(((a, b) for a, b in self.quotes if a <= start and end <= b), None)
        if not self.sents:
            return {"quoted": quoted is not None}
        index, tokens, at, upto = self.locate(start, end)
        low = [t.lower_ for t in tokens]
        cued = self._cued(index, tokens, at, upto)
        text = self.doc.text
        short = bool(quoted) and len(text[quoted[0] : quoted[1]].split()) <= 4
        speech = bool(quoted) and text[: quoted[0]].rstrip(" '\"“„«‘").endswith(":")
        return {
            "negated": _negated(low, at, upto),
            "named": _named(low, tokens, at),
            "listed": listed(tokens, at, upto),
            "named_as": named_as(low, at, upto),
            "title_case": _title_case(tokens, at),
            "heading": self._heading(start, end),
            "reference": self._reference(start, end),
            "defines": _defines(low, at, upto),
            "cue_other": cued is False,
            "cue_self": cued is True,
            "quoted": quoted is not None,
            "short_quote": short,
            "speech": speech,
            "generic_question": generic_question(tokens),
            "concept_statement": concept_statement(tokens, at),
            "defined": _defined(tokens, low, at, upto),
            "carried": self._carried(index, low),
        }

    def _cued(self, index: int, tokens: list[Any], at: int, upto: int) -> bool | None:
        """Whether the cue over tokens [at, upto) has the author as subject; None: no cue."""
        cues = self._sentence_cues(index, tokens)
        before = [c for c in cues if c[0] < at]
        if before and before[-1][1] != "reset":
            return before[-1][2]
        low = [t.lower_ for t in tokens]
        for pos, kind, is_self in cues:
            if pos < upto:
                continue
            if kind == "reset":
                break
            if kind == "post":
                return is_self
            near = pos - upto <= 4 and not any(w in PUNCT for w in low[upto:pos])
            if kind == "cue" and low[pos] in ("volgens", "aldus") and near:
                return is_self  # "X is volgens jeugdzorg een verklaring"
        return None

    def _heading(self, start: int, end: int) -> bool:
        """True when the span stands in a short line without final punctuation.

        A line that names a particular person ("de moeder", "haar zoon") is a case title, not a
        heading; a bare plural ("Kinderen in een conflictscheiding") is still a general title.
        """
        text = self.doc.text
        line = text[
            text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1
        ]
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        b = len(text) if b < 0 else b
        alone = (a == 0 or text[:a].endswith("\n\n")) and (
            b == len(text) or text[b:].startswith("\n\n") or not text[b:].strip()
        )
        line = line.strip().rstrip("'\"”’»)")
        words = [w.strip(".,;:!?()'\"«»“”‘’·-").lower() for w in line.split()]
        question = line.endswith("?") and alone  # "Loyaliteitsconflict: hoe te voorkomen?"
        if not line or (line[-1] in ".,;:!?" and not question) or len(words) > 12:
            return False
        span = self.doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            return True
        raw = text[a:b].strip()
        quoted = raw[:1] in "'\"“„‘«" and raw[-1:] in "'\"”’»"
        if quoted and any("Fin" in t.morph.get("VerbForm") for t in span):
            return False  # a quoted statement as headline: 'X kent alleen maar verliezers'
        return not specific_person(list(span))

    def _reference(self, start: int, end: int) -> bool:
        """True in a literature reference: 'J. Zander; Titel; Assen, 1999.'"""
        text = self.doc.text
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        line = text[a : len(text) if b < 0 else b]
        return line.count(";") >= 2 and bool(_YEAR.search(line))

    def _carried(self, index: int, low: list[str]) -> bool:
        """True when an earlier sentence of the paragraph introduces reported speech."""
        reportative = "zou" in low or "zouden" in low
        for i in range(index, max(0, index - 6), -1):
            prev, cur = self.sents[i - 1], self.sents[i]
            ends = [t.idx + len(t) for t in prev if not t.is_space]
            starts = [t.idx for t in cur if not t.is_space]
            if ends and starts and self.doc.text.count("\n", ends[-1], starts[0]) >= 2:
                return False
            tokens = list(prev)
            other = any(
                kind == "cue" and not is_self
                for _, kind, is_self in self._sentence_cues(i - 1, tokens)
            )
            if not other:
                continue
            said = prev.text.lower().rstrip()
            if said.endswith(":") or any(x in said for x in INTRODUCERS):
                return True
            if i == index and reportative:
                return True
        return False

    def _sentence_cues(self, index: int, tokens: list[Any]) -> list[tuple[int, str, bool]]:
        if index not in self._cues:
            self._cues[index] = list(self._scan(tokens))
        return self._cues[index]

    def _scan(self, tokens: list[Any]) -> Iterable[tuple[int, str, bool]]:
        low = [t.lower_ for t in tokens]
        no_sents = not self.doc.has_annotation("SENT_START")  # then '.' ends a scope too
        lemmas = [t.lemma_.lower() for t in tokens]
        last_cue = -10
        for k, tok in enumerate(tokens):
            word = low[k]
            if word == ";" or (tok.is_space and "\n" in tok.text) or (word in ".!?" and no_sents):
                yield k, "reset", False
                continue
            if word == ":" and k - last_cue > 3:
                yield k, "reset", False
                continue
            if word == "maar" and (k + 1 >= len(low) or low[k + 1] not in ("dat", "ook")):
                yield k, "reset", False
                continue
            agent = self._cue_agent(tokens, low, lemmas, k)
            if agent is None:
                continue
            last_cue = k
            yield k, "cue", agent
            if k and low[k - 1] in POST_MARKS:
                yield k, "post", agent

    def _cue_agent(self, tokens: list[Any], low: list[str], lemmas: list[str], k: int) -> Any:
        """None when token k is no cue; else whether its subject is the author (bool)."""
        word, lemma = low[k], lemmas[k]
        if word in ("volgens", "aldus"):
            return self._agent(tokens, low, range(k + 1, min(len(tokens), k + 7)))
        if (
            word == "eens"
            and "het" in low[max(0, k - 5) : k]
            and low[k + 1 : k + 2]
            in (
                ["dat"],
                ["met"],
                ["over"],
            )
        ):  # "Deskundigen zijn het er (over) eens dat ..."
            return self._agent(tokens, low, range(k - 1, max(-1, k - 11), -1))
        if word == "van" and k and (low[k - 1] in OF_CUES or low[k - 1] == "zeggen"):
            return self._agent(tokens, low, range(k + 1, min(len(tokens), k + 6)))
        if lemma in NOUN_CUES or word in NOUN_CUES:
            return self._agent(tokens, low, range(k - 1, max(-1, k - 8), -1))
        verb = self._verb(low, lemmas, k)
        if verb is None:
            return None
        order = [j for d in range(1, 11) for j in (k - d, k + d) if 0 <= j < len(tokens)]
        found = self._agent(tokens, low, order, origin=k)
        if found is None and verb in STRONG_VERBS and not self._own_reference(low, k):
            return False
        return found

    @staticmethod
    def _own_reference(low: list[str], k: int) -> bool:
        """True for "zoals eerder beschreven", "de genoemde zorgen": the report's own words."""
        word = low[k]
        if (word.startswith("ge") and word.endswith("e")) or (k and low[k - 1] in DETERMINERS):
            return True
        return any(low[j] in BACK_REFERENCES for j in range(max(0, k - 3), k))

    def _verb(self, low: list[str], lemmas: list[str], k: int) -> str | None:
        """The reporting verb at token k (with its particle), or None."""
        lemma = lemmas[k]
        if lemma not in STRONG_VERBS and lemma not in WEAK_VERBS:
            if lemma not in {"geven", "stellen", "spreken", "kaarten", "merken", "voeren"}:
                return None
        particle = None
        if k >= 2 and low[k - 1] == "te" and low[k - 2] in PARTICLES:
            particle = low[k - 2]
        for j in range(k + 1, min(len(low), k + 9)):
            if low[j] in PUNCT or low[j] in BOUNDARY:
                break
            if low[j] not in PARTICLES:
                continue
            # the tagged pipeline may already give the whole verb (geeft ... aan -> aangeven)
            combined = lemma if lemma.startswith(low[j]) else low[j] + lemma
            at_end = j + 1 == len(low) or low[j + 1] in PUNCT | BOUNDARY
            if at_end or combined in STRONG_VERBS | WEAK_VERBS | NOT_REPORTING:
                particle = low[j]
                break
        if particle:
            combined = lemma if lemma.startswith(particle) else particle + lemma
            if combined in STRONG_VERBS or combined in WEAK_VERBS:
                return combined
            return None
        return lemma if lemma in STRONG_VERBS or lemma in WEAK_VERBS else None

    def _agent(
        self, tokens: list[Any], low: list[str], positions: Iterable[int], origin: int | None = None
    ) -> bool | None:
        """Whether the first agent among positions is the author; None when there is none."""
        blocked: set[bool] = set()
        for j in positions:
            left = origin is not None and j < origin
            if left in blocked:
                continue
            word = low[j]
            if word in PUNCT or tokens[j].is_space or (origin is not None and word in BOUNDARY):
                if origin is None:
                    return None
                blocked.add(left)
                continue
            if self._is_agent(tokens, low, j):
                return self._is_self(low, tokens, j)
        return None

    def _is_agent(self, tokens: list[Any], low: list[str], j: int) -> bool:
        word, lemma = low[j], tokens[j].lemma_.lower()
        if word in FIRST_PERSON or word in PRONOUNS or word in self.self_terms:
            return word not in FUNCTION
        if lemma in ROLES or word in ROLES:
            return True
        text = tokens[j].text
        return text[:1].isupper() and text.isalpha() and word not in FUNCTION and len(text) > 1

    def _is_self(self, low: list[str], tokens: list[Any], j: int) -> bool:
        lemma = tokens[j].lemma_.lower()
        return low[j] in self.self_terms or lemma in self.self_terms


def _negated(low: list[str], at: int, upto: int) -> bool:
    """Rule A: the term at tokens [at, upto) is denied."""
    for j in range(at - 1, max(-1, at - 5), -1):
        if low[j] in PUNCT or low[j] in BOUNDARY:
            break
        if low[j] in NEGATORS:
            return True
    if at and low[at - 1] == "niet":
        return True
    if at > 1 and low[at - 2] == "niet" and low[at - 1] in {"als", "echt", "erg", "zo", "meer"}:
        return True
    stops = {";", ":", "maar", "omdat", "want", "terwijl", "en", ".", "!", "?"}
    for j in range(at - 1, max(-1, at - 13), -1):
        if low[j] in stops:
            break
        if low[j] in EVIDENCE and "geen" in low[max(0, j - 3) : j]:
            return True
        if low[j] in NOT_FOUND and "niet" in low[max(0, j - 5) : j + 1]:
            return True
    for j in range(upto, min(len(low), upto + 6)):
        if low[j] in stops or low[j] in PUNCT:
            break
        if low[j] == "niet" and any(w in NOT_FOUND for w in low[j + 1 : j + 4]):
            return True
    return False


def _title_case(tokens: list[Any], at: int) -> bool:
    """True for a capitalised term inside a capitalised name: 'Dag van de Ouderverstoting',
    'Herken Ouderverstoting', 'The Parental Alienation Syndrome'."""
    word = tokens[at].text
    if at == 0 or not word[:1].isupper() or word.isupper():
        return False
    for j in range(at - 1, max(-1, at - 4), -1):
        prev = tokens[j].text
        if prev.lower() in _NAME_PARTICLES:
            continue
        if not prev[:1].isupper() or prev.isupper() or not prev.isalpha():
            return False
        starts = (
            j == 0 or tokens[j - 1].text in {".", ":", "!", "?", "\n"} or tokens[j - 1].is_space
        )
        return not starts or j + 1 < at  # 'Vader stelt ...' is no name; 'Dag van de X' is
    return False


def _defines(low: list[str], at: int, upto: int) -> bool:
    """'We spreken van X (als ...)', 'Er is sprake van X als een kind ...': a definition."""
    before = low[max(0, at - 4) : at]
    if "spreken" in before and any(w in {"we", "wij", "men"} for w in before):
        return True
    return low[max(0, at - 2) : at] == ["sprake", "van"] and low[upto : upto + 1] == ["als"]


def _named(low: list[str], tokens: list[Any], at: int) -> bool:
    """Rule B (without headings): a name, a topic or a list of terms introduces the term."""
    j = at - 1
    while j >= 0 and (low[j] in _QUOTE_TOKENS or tokens[j].is_space):
        j -= 1
    if j >= 0 and (low[j] in NAME_HEADS or tokens[j].lemma_.lower() in NAME_HEADS):
        return True
    if any(
        low[k] in OWN_TEXT_NOUNS and k and low[k - 1] in {"dit", "deze"} for k in range(len(low))
    ):
        return True  # "In dit artikel benaderen we ouderverstoting ..."
    seen = 0
    for j in range(at - 1, -1, -1):
        word = low[j]
        if word in {".", ";", ":", "!", "?"}:
            break
        if word in _QUOTE_TOKENS or word == "/":
            continue
        seen += 1
        if word in TOPIC_ALWAYS and seen <= 10:
            return True  # "inzake de positie van kinderen in een vechtscheiding"
        if word == "over" and (j == 0 or low[0] in TOPIC_NOUNS):
            return True  # "Over ouderverstoting ...", "Vragen van het lid ... over X"
        if word == "voor" and seen <= 5 and any(w in CARE_NOUNS for w in low[max(0, j - 3) : j]):
            return True  # "behandeling (te ontwikkelen) voor parental alienation"
        if seen <= 5:
            if word in TOPIC_PREPS and any(
                w in TOPIC_NOUNS or t.lemma_.lower() in TOPIC_NOUNS or w.endswith(_TOPIC_HEADS)
                for w, t in zip(low[max(0, j - 10) : j], tokens[max(0, j - 10) : j], strict=True)
            ):
                return True
            if word == "van" and j and low[j - 1] in OF_TOPICS:
                return True
            if word == "van" and j == at - 1 and j and low[j - 1] in ABSTRACT_OF:
                return True
            if word in {"met", "tussen"} and any(
                w in RELATION_NOUNS for w in low[max(0, j - 3) : j]
            ):
                return True
        if seen <= 10 and word in TERM_CUES:
            return True
        if seen > 10:
            break
    return False


def _concept_noun(word: str) -> bool:
    """True for an acronym or a single abstract noun (ouderverstoting, parentificatie, narcisme)."""
    if word.isupper() and len(word) >= 2:
        return True
    low = word.lower()
    return word.isalpha() and low.endswith(_CONCEPT_ENDINGS)


def _defined(tokens: list[Any], low: list[str], at: int, upto: int) -> bool:
    """Rule D: the sentence defines or names the term."""
    if low[:2] in WHAT_IS or low[max(0, at - 2) : at] in WHAT_IS:
        return True
    if any(w in DEFINING for w in low):
        return True
    if any(w in LIST_NOUNS for w in low[upto : upto + 14]):
        return True
    if any(w in {"heet", "heten"} for w in low[max(0, at - 2) : at]):
        return True
    if low[upto : upto + 2] == ["staat", "voor"]:
        return True
    if any(w in SINGULAR_TERM_NOUNS for w in low[max(0, at - 2) : at]):
        return True
    ends = [t.text for t in tokens if not t.is_space][-1:]
    if at == 0 and ends in ([":"], ["."], ["!"]) and _concept_noun(tokens[0].text):
        return True  # "Ouderverstoting wordt veroorzaakt door ...": the concept as subject
    if low[upto : upto + 2] in ([",", "een"], [",", "de"], [",", "het"]) and any(
        w in WORD_NOUNS for w in low[upto + 2 : upto + 5]
    ):
        return True  # "Het ouderverstotingssyndroom, een vertaling van ..."
    if low[upto : upto + 1] in (["–"], ["—"]) and any(
        w in DEFINITION_NOUNS for w in low[upto + 1 : upto + 4]
    ):
        return True  # "ouderverstoting – een vorm van ..."
    if any(w in PERSON_WORDS for w in low[:at]):
        return False
    for j in range(upto, min(len(low), upto + 16)):
        if low[j] in {".", ";", ":", "!", "?"}:
            return False
        if low[j] in {"is", "zijn", "betekent"}:
            return any(w in DEFINITION_NOUNS for w in low[j + 1 : j + 7])
    return False


__all__ = ["VoiceResolver", "quote_spans", "self_terms", "sentences"]
