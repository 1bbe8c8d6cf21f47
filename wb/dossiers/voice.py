"""Voice of a label: does the report state it (asserted) or report someone (attributed)?

Rules, in order (no parser needed; tokens, lemmas and sentences of the Dutch pipeline):

1. Inside quotation marks (" “ ” „ ‘ ’ ' within one paragraph) -> attributed. An apostrophe
   inside a word ("auto's", "zo'n") or an elision ("'s avonds", "'t") is not a quote mark.
2. Otherwise the nearest *cue* before the label in its sentence decides. Cues are:
   ``volgens X``, ``aldus X``, ``naar zeggen van X``, ``in de ogen/woorden/beleving van X``;
   a reporting verb (zeggen, aangeven, vertellen, melden, stellen, noemen, verklaren,
   beschrijven, omschrijven, benoemen, uiten, vinden, denken, ervaren, menen, vrezen, spreken,
   schrijven, beweren, ...) with its subject; ``X is van mening / heeft het idee, gevoel, de
   indruk`` and ``X gebruikt het woord/de term``. The subject (or X) is the nearest person,
   role, organisation, document, pronoun or name around the cue.
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
   postposed (", zegt moeder", ", aldus vader", ", volgens vader").
6. Everything else -> asserted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

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
    processtuk verzoekschrift e-mail mail bericht dossier beschikking advies""".split()
)
STRONG_VERBS = frozenset(
    """zeggen aangeven vertellen melden noemen verklaren beschrijven omschrijven benoemen uiten
    beweren schrijven spreken verwijten betogen claimen aanvoeren rapporteren typeren
    bestempelen karakteriseren kwalificeren aankaarten uitspreken opmerken suggereren
    beschuldigen klagen mailen toelichten ontkennen""".split()
)
WEAK_VERBS = frozenset(
    """stellen vinden denken ervaren beleven menen vrezen zien vermoeden vaststellen constateren
    concluderen signaleren erkennen bevestigen observeren waarnemen inschatten twijfelen
    aangeven""".split()
)
NOT_REPORTING = frozenset(
    """plaatsvinden voorstellen afzeggen opzeggen toezeggen meedenken nadenken toezien uitzien
    aanzien terugzien afspreken aanspreken opstellen instellen uitstellen bijstellen aanstellen
    voorzien afmelden aanmelden""".split()
)
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
    """Character spans inside quotation marks, never crossing a blank line."""
    spans: list[tuple[int, int]] = []
    open_at: dict[str, int] = {}
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n" and nxt == "\n":
            open_at.clear()
        elif ch in _OPEN_D or (ch == '"' and "d" not in open_at and not prev.isalnum()):
            if ch == "“" and "d" in open_at:  # German style „…“ closes with “
                spans.append((open_at.pop("d"), i))
            else:
                open_at["d"] = i + 1
        elif ch in _CLOSE_D or ch == '"':
            if "d" in open_at:
                spans.append((open_at.pop("d"), i))
        elif ch in "'‘’‚":
            if prev.isalpha() and nxt.isalpha():
                continue  # apostrophe inside a word: zo'n, auto's
            if "s" not in open_at and not prev.isalnum() and not nxt.isspace():
                if nxt in _ELISIONS and i + 2 < n and not text[i + 2].isalpha():
                    continue  # 's avonds, 't
                open_at["s"] = i + 1
            elif "s" in open_at and not prev.isspace() and not nxt.isalnum():
                spans.append((open_at.pop("s"), i))
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
        """'attributed' or 'asserted' for the span [start, end)."""
        if any(a <= start and end <= b for a, b in self.quotes):
            return "attributed"
        if not self.sents:
            return "asserted"
        index = max(0, bisect_right(self.starts, start) - 1)
        sent = self.sents[index]
        tokens = list(sent)
        at = next((k for k, t in enumerate(tokens) if t.idx + len(t) > start), len(tokens))
        upto = next((k for k, t in enumerate(tokens) if t.idx >= end), len(tokens))
        cues = self._sentence_cues(index, tokens)
        before = [c for c in cues if c[0] < at]
        if before and before[-1][1] != "reset":
            return "asserted" if before[-1][2] else "attributed"
        for pos, kind, is_self in cues:
            if pos < upto:
                continue
            if kind == "reset":
                break
            if kind == "post":
                return "asserted" if is_self else "attributed"
        return "asserted"

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


__all__ = ["VoiceResolver", "quote_spans", "self_terms", "sentences"]
