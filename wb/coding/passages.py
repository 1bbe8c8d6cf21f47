"""Passages: a sentence between two sentences of one code, in a text on that topic (codes14).

A coder codes passages: in a report, an article or a ruling on one topic most sentences of a
stretch carry its code, few of them with the code's words ("De laatste jaren betaalt hij geen
cent." between two sentences on kinderalimentatie). The neighbour rules (codes11, codes13)
need the sentence's own words to lean towards the code; here the stretch itself is the
evidence. A sentence takes code X when

* a sentence before it and a sentence after it, at most ``MAX_GAP`` sentences apart between
  them, have X on their own evidence (pattern, description, example), with no heading or start
  of a speaker's turn in between: a heading opens another topic, in minutes each turn is another
  speaker's;
* X is a topic of the document: at least ``MIN_SHARE`` of its sentences have X on their own
  evidence (minutes and stories touch many codes a sentence or two each);
* the sentence has no code of its own evidence (another topic speaks there), is no heading and
  no quoted speech (someone's own voice, not the text's thread), and no exclude clause or
  rejected look-alike speaks against X;
* X is not a perspective or experience code: who tells is decided sentence by sentence;
* the text is no minutes (a line lists who attended, "Aanwezig: ..."): in minutes the topic
  changes with each speaker and agenda item (``Suggester(..., passage_minutes=True)`` bridges
  there too).

A bridged code is no anchor: only codes of a sentence's own evidence open and close a stretch.
Reason "tussen zinnen over X, in hetzelfde stuk tekst", rule ``(passage)``, score
``SCORE`` (below every suggestion of a sentence's own words).

**The main topic of a text** (codes21): a code that at least ``MAIN_SHARE`` of the document's
sentences have on their own evidence is what the whole text is about (a page on honour-related
violence, a ruling on which court decides). It bridges any number of sentences within one
stretch (still not past a heading or a speaker's turn, still not into quoted speech), but a
sentence more than ``MAX_GAP`` from the last one needs at least one of the code's own words (of
its name, description, include or patterns, or a word that keeps company with its pattern hits):
"Vaak maken we een familieschema." in a text on eergerelateerd geweld, whose description speaks
of "de eer van een familie". Reason "tussen zinnen over X, het hoofdonderwerp van deze tekst
(«familieschema»)".

**The rest of a paragraph** (codes34): a coder codes a paragraph, and a paragraph goes on about
its topic after the sentence that names it, mostly without the code's words ("Daar is hij nog
steeds boos over.", "Ook de school merkt het."). When two or more (``PARAGRAPH_MIN``) and more
than a third (``PARAGRAPH_SHARE``) of a paragraph's sentences (a line of text: no line break
between them) have X on their own evidence and X is a topic of the document, each sentence of
that paragraph after its first sentence with X takes X, when it has no code of its own evidence,
is no heading, and no exclude clause or rejected look-alike speaks against X; a heading or a
speaker's turn ends the paragraph. Quoted speech takes it too: inside a paragraph a quote goes
on with its topic. Reason "hoort bij de passage ervoor over X (2 van de 3 zinnen van deze
alinea)", rule ``(passage)``, score ``PARAGRAPH_SCORE`` (below a bridged one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from wb.coding.neighbours import Carried
from wb.coding.perspective import label_spans
from wb.coding.rank import CodeModel
from wb.coding.sentence_kinds import is_heading, is_meeting_list

#: Most sentences between the two sentences of a code that a stretch may bridge.
MAX_GAP = 3
#: Share of a document's sentences a code needs on its own evidence to be one of its topics.
MIN_SHARE = 0.1
#: Share of a document's sentences a code needs on its own evidence to be its main topic, which
#: bridges a stretch of any length (codes21; 0 turns this off).
MAIN_SHARE = 0.3
#: Score of a bridged suggestion: below a neighbour's and a heading's.
SCORE = 0.3
#: Share of a paragraph's sentences a code needs on its own evidence for the rest of the
#: paragraph after its first one to take it (codes34: .34, more than a third, chosen over .25
#: and .5 on every unsealed set; 0 turns this off).
PARAGRAPH_SHARE = 0.34
#: Sentences of a paragraph a code needs on its own evidence, at least (codes34: with one, the
#: other sentence of a two-sentence paragraph was right 15 times, wrong 11).
PARAGRAPH_MIN = 2
#: Score of a suggestion for the rest of a paragraph: below a bridged one.
PARAGRAPH_SCORE = 0.25
#: How the reason of a suggestion for the rest of a paragraph opens.
PARAGRAPH_REASON = "hoort bij de passage ervoor over"
#: Marks that open or close quoted speech.
QUOTE_MARKS = "\"'“”‘’„«»"


def is_quoted(text: str) -> bool:
    """True when a sentence opens or closes with a quotation mark (someone speaks)."""
    text = text.strip()
    return bool(text) and (text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS)


def is_minutes(text: str) -> bool:
    """True when a text is minutes: a line lists who attended ("Aanwezig: ...")."""
    return any(is_meeting_list(line) for line in text.splitlines())


def stretch_marks(sents: Sequence[Span]) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences that open a new stretch (a heading, a speaker's turn) and those of quoted
    speech, by index."""
    opens = [a for a, _ in label_spans(sents[0].doc.text)] if sents else []
    breaks = frozenset(
        i
        for i, x in enumerate(sents)
        if is_heading(x.text) or any(x.start_char <= a < x.end_char for a in opens)
    )
    return breaks, frozenset(i for i, x in enumerate(sents) if is_quoted(x.text))


def paragraph_ids(sents: Sequence[Span]) -> list[int]:
    """The paragraph of each sentence, by number: a line break between two sentences starts a
    new one."""
    ids: list[int] = []
    text = sents[0].doc.text if sents else ""
    end = None
    for x in sents:
        start = x.start_char + len(x.text) - len(x.text.lstrip())
        new = end is None or "\n" in text[end:start]
        ids.append((ids[-1] + new) if ids else 0)
        if x.text.strip():
            end = x.start_char + len(x.text.rstrip())
    return ids


def document_topics(
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    min_share: float = MIN_SHARE,
) -> frozenset[str]:
    """Codes given on their own evidence to at least `min_share` of the document's sentences."""
    counts = Counter(code for codes in given for code in codes)
    n = sum(1 for f in feats if f is not None) or 1
    return frozenset(code for code, k in counts.items() if k / n >= min_share)


def bridged_in_document(
    model: CodeModel,
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    *,
    skip: frozenset[str] = frozenset(),
    breaks: frozenset[int] = frozenset(),
    quoted: frozenset[int] = frozenset(),
    max_gap: int = MAX_GAP,
    min_share: float = MIN_SHARE,
    main_share: float = MAIN_SHARE,
    paragraphs: Sequence[int] | None = None,
    paragraph_share: float = PARAGRAPH_SHARE,
) -> list[Carried]:
    """Codes sentences take from the stretch around them (`feats[i]` None: the sentence takes
    none; `given`: codes of each sentence's own evidence; `breaks`: sentences that open a new
    stretch, headings and speaker turns; `quoted`: sentences of quoted speech). A main topic
    (`main_share` of the sentences, 0: none) bridges any gap, with a word of its own beyond
    `max_gap`. `paragraphs` (the paragraph of each sentence) lets the rest of a paragraph take
    a code `paragraph_share` of its sentences have."""
    topics = document_topics(feats, given, min_share) - skip
    main = document_topics(feats, given, main_share) & topics if main_share else frozenset()
    out: list[Carried] = []
    seen: set[tuple[int, str]] = set()
    last: dict[str, int] = {}
    for j, codes in enumerate(given):
        if j in breaks:
            last = {}
        for code in sorted(codes & topics):
            i0 = last.get(code)
            last[code] = j
            if i0 is None or j - i0 - 1 < 1:
                continue
            wide = j - i0 - 1 > max_gap  # only a main topic bridges that far
            if wide and code not in main:
                continue
            for i in range(i0 + 1, j):
                own = feats[i]
                if own is None or given[i] or i in quoted or (i, code) in seen:
                    continue
                if model.excluded(code, own) is not None or model.rejected_like(code, own):
                    continue
                words = own_words(model, code, own) if wide else []
                if wide and not words:
                    continue
                seen.add((i, code))
                name = code.rsplit("/", 1)[-1]
                if words:
                    reason = f"tussen zinnen over {name}, het hoofdonderwerp van deze tekst"
                    reason += f" («{words[0]}»)"
                else:
                    reason = f"tussen zinnen over {name}, in hetzelfde stuk tekst"
                out.append(Carried(i, code, SCORE, reason))
    if paragraphs is not None and paragraph_share:
        for c in paragraph_rest(model, feats, given, topics, paragraphs, paragraph_share, breaks):
            if (c.index, c.code) not in seen:
                seen.add((c.index, c.code))
                out.append(c)
    return sorted(out, key=lambda c: (c.index, c.code))


def paragraph_rest(
    model: CodeModel,
    feats: Sequence[frozenset[str] | None],
    given: Sequence[set[str]],
    topics: frozenset[str],
    paragraphs: Sequence[int],
    share: float,
    breaks: frozenset[int] = frozenset(),
) -> list[Carried]:
    """Codes of `topics` that the sentences of a paragraph after its first one with the code take,
    when `share` of the paragraph's sentences, and ``PARAGRAPH_MIN`` at least, have it on their
    own evidence (a heading or a speaker's turn in `breaks` starts a new paragraph)."""
    groups: dict[int, list[int]] = {}
    part = -1
    for i, p in enumerate(paragraphs):
        if feats[i] is None and not given[i]:
            continue  # no text, or a heading: not a sentence of the paragraph
        if i in breaks or not groups or p != paragraphs[groups[part][-1]]:
            part = i
            groups[part] = []
        groups[part].append(i)
    out: list[Carried] = []
    for members in groups.values():
        counts = Counter(code for i in members for code in given[i] & topics)
        for code, k in sorted(counts.items()):
            if k < PARAGRAPH_MIN or k < share * len(members):
                continue
            first = min(i for i in members if code in given[i])
            name = code.rsplit("/", 1)[-1]
            reason = f"{PARAGRAPH_REASON} {name} ({k} van de {len(members)} zinnen van deze alinea)"
            for i in members:
                own = feats[i]
                if i <= first or own is None or given[i]:
                    continue
                if model.excluded(code, own) is not None or model.rejected_like(code, own):
                    continue
                out.append(Carried(i, code, PARAGRAPH_SCORE, reason))
    return out


def is_paragraph_rest(reason: str) -> bool:
    """True for the reason of a suggestion for the rest of a paragraph."""
    return reason.startswith(PARAGRAPH_REASON)


def own_words(model: CodeModel, code: str, feats: frozenset[str]) -> list[str]:
    """The lemmas of the sentence that are the code's own words (codebook text or company),
    most telling first."""
    info = model.codes_[code]
    return model.description_score(info, feats, dict(info.company))[1]


__all__ = [
    "MAIN_SHARE",
    "MAX_GAP",
    "MIN_SHARE",
    "PARAGRAPH_MIN",
    "PARAGRAPH_REASON",
    "PARAGRAPH_SCORE",
    "PARAGRAPH_SHARE",
    "QUOTE_MARKS",
    "SCORE",
    "bridged_in_document",
    "document_topics",
    "is_minutes",
    "is_paragraph_rest",
    "is_quoted",
    "own_words",
    "paragraph_ids",
    "paragraph_rest",
    "stretch_marks",
]
