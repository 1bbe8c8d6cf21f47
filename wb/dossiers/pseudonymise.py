"""Replace identifying text in dossier reports by consistent placeholders per dossier.

Detection is in :mod:`wb.dossiers.entities`. This module groups a dossier's mentions into
entities (one person however the name is written), numbers them per type by first appearance
across the dossier's reports in date order (``[PERSOON-1]``, ``[ORGANISATIE-2]``), builds the
pseudonymised text with an offset map, and writes a pseudonymised copy of a corpus folder.

One entry point for every view: :class:`Pseudonymiser` (wb's lists plus a user's keep/replace
terms, optionally word classes from a tagger) and :func:`pseudonymise_for_project` (with the
project's own lists from ``wb.store.name_lists``). The review page, the dossier report, theme
quotes and the CSV/XLSX export of passages all use it, per dossier, so a person has one
placeholder per dossier wherever text is shown. The policy (what is replaced, what stays) is in
the project README.

Decisions:

* Dossiers come from the ``dossier`` column of ``metadata.csv`` (or a ``dossier`` key in front
  matter). Documents without one form one group together: the whole folder is then one dossier.
  Reports are ordered by the ``date`` column (documents without a date last), then by path.
* Offsets are offsets into wb's normalised document text (:func:`wb.corpus.readers.read_document`:
  ``\\n`` newlines, NFC, front matter cut off), the same text the project store holds.
* Output files get the same relative path with the dossier's placeholders in it
  (:func:`pseudonymise_file_name`: ``verslag_de_vries.txt`` -> ``verslag_[PERSOON-1].txt``),
  made unique with ``-2`` (:func:`output_names`); .docx/.odt/.pdf become plain text with ``.txt``
  in place of their extension (``rapport.docx`` -> ``rapport.txt``); when that makes two inputs
  one name (``rapport.docx`` and ``rapport.txt``), wb stops before any work
  (:func:`refuse_same_output`). Which original became which
  copy is written only to the MAP JSON, which may not lie in the output folder. Front
  matter is not copied (it can hold names). ``metadata.csv`` is written with the same columns:
  ``file`` names the copies, and in every other column except ``dossier`` and date columns the
  names and other identifying values are replaced by the placeholders of the row's dossier (the
  text of a mention found in its documents), and what detection finds in the cell itself gets
  a next placeholder; so the pseudonymised folder imports like any other.
* The MAP JSON lists positions, types and placeholders only, never the original text; and the
  original path of each copy (``files``), so it stays with the originals, never with the copies.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.atomic import new_folders, write_folder
from wb.corpus.dossiers import dossier_of as dossier_name
from wb.corpus.metadata import is_date_key, metadata_csv_rows, read_metadata_csv
from wb.dossiers.entities import detect_dossier
from wb.dossiers.resolution import resolve
from wb.dossiers.visible_text import visible
from wb.errors import (
    ConflictError,
    InvalidChoiceError,
    LanguageDataError,
    NotFoundError,
    OutputError,
)

if TYPE_CHECKING:
    from wb.store.project import Project

Replacement = tuple[int, int, int, int, str, str]  # orig_start, orig_end, new_start, new_end, ...


@dataclass
class Pseudonymised:
    """A pseudonymised text with the replacements that map it to and from the original."""

    text: str
    original: str
    replacements: list[Replacement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._orig_starts = [r[0] for r in self.replacements]
        self._new_starts = [r[2] for r in self.replacements]

    def to_new(self, offset: int, *, end: bool = False) -> int:
        """Offset in the original -> offset in the pseudonymised text.

        A position strictly inside a replaced span maps to the start of its placeholder (or to
        its end with ``end=True``, for the end of a span).
        """
        return self._map(offset, end, self._orig_starts, 0, 2)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Offset in the pseudonymised text -> offset in the original (inverse of to_new)."""
        return self._map(offset, end, self._new_starts, 2, 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the pseudonymised text as a span of the original."""
        return self.to_original(start), self.to_original(end, end=True)

    def _map(self, offset: int, end: bool, starts: list[int], src: int, dst: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        r = self.replacements[i]
        s, e, ts, te = r[src], r[src + 1], r[dst], r[dst + 1]
        if offset == s:
            return ts
        if offset < e:
            return te if end else ts
        return te + (offset - e)


def pseudonymise_dossier(
    texts: list[str],
    *,
    tags: list[dict[int, str] | None] | None = None,
    keep: frozenset[str] = frozenset(),
    replace: Mapping[str, str] | None = None,
    learned: bool | str = False,
) -> list[Pseudonymised]:
    """Pseudonymise the texts of one dossier, given in date order (see :class:`Pseudonymiser`).

    Names are found in the texts as a reader sees them (:mod:`wb.dossiers.visible_text`: a soft
    hyphen or zero-width space inside "Haarlem" left out, a no-break space a space); each
    mention then covers the name as written in the original text."""
    seen = [visible(t) for t in texts]
    shown = [v.text for v in seen]
    if tags is not None:
        tags = [v.tags(t) for t, v in zip(tags, seen, strict=True)]
    per_text = detect_dossier(shown, tags, keep, dict(replace or {}))
    if learned:
        from wb.dossiers.name_model import apply_learned

        only = None if learned is True or learned == "all" else str(learned)
        pairs = zip(shown, per_text, strict=True)
        per_text = [apply_learned(t, ms, keep=keep, only=only) for t, ms in pairs]
    per_text = [v.as_written(ms) for ms, v in zip(per_text, seen, strict=True)]
    assignment = resolve(per_text)
    counters: dict[str, int] = defaultdict(int)
    numbers: dict[int, str] = {}
    result = []
    for text, mentions in zip(texts, per_text, strict=True):
        pieces: list[str] = []
        replacements: list[Replacement] = []
        pos = new_pos = 0
        for m in mentions:
            entity = assignment[id(m)]
            if id(entity) not in numbers:
                counters[entity.type] += 1
                numbers[id(entity)] = f"[{entity.type}-{counters[entity.type]}]"
            placeholder = numbers[id(entity)]
            pieces.append(text[pos : m.start])
            new_pos += m.start - pos
            replacements.append(
                (m.start, m.end, new_pos, new_pos + len(placeholder), entity.type, placeholder)
            )
            pieces.append(placeholder)
            new_pos += len(placeholder)
            pos = m.end
        pieces.append(text[pos:])
        result.append(Pseudonymised("".join(pieces), text, replacements))
    return result


Tags = dict[int, str]


# modes of the learned names model (wb.dossiers.name_model.LEARNED_MODES, kept in step by a test)
LEARNED_MODES = ("all", "organisations", "near", "words")


class Pseudonymiser:
    """One pseudonymiser for every view: the review page, the dossier report, theme quotes and
    exports all call it, so a person gets one placeholder per dossier wherever text is shown.

    ``keep``: terms that are never replaced (a programme name); ``replace``: terms that are always
    replaced, with the placeholder type (a nickname -> PERSOON, a school -> SCHOOL); a list of
    terms means PERSOON. ``tagger``: a spaCy pipeline (or any ``text -> Doc``); when its tokens
    carry word classes (``token.pos_``), PROPN/NOUN help tell names from ordinary words. Without
    it (the default, fastest) the dictionaries decide. ``learned``: a learned model
    (:mod:`wb.dossiers.name_model`, opt-in) takes a second look at every capitalised word the
    rules left and replaces the runs it calls names (more names found, a few ordinary words
    replaced; figures in bench/README.md); a mode of :data:`LEARNED_MODES` instead of True
    narrows what it adds ("organisations": only organisations, "near": only next to an
    organisation of the rules). Results are cached per dossier text.
    """

    def __init__(
        self,
        *,
        keep: Iterable[str] = (),
        replace: Mapping[str, str] | Iterable[str] = (),
        tagger: Callable[[str], Any] | None = None,
        learned: bool | str = False,
    ) -> None:
        if isinstance(learned, str) and learned not in LEARNED_MODES:
            raise InvalidChoiceError(
                f"onbekende stand van het geleerde namenmodel: {learned!r}; kies uit "
                f"{', '.join(LEARNED_MODES)}."
            )
        self.learned = learned
        self.keep = frozenset(" ".join(t.split()) for t in keep)
        if isinstance(replace, Mapping):
            self.replace = {" ".join(t.split()): ty or "PERSOON" for t, ty in replace.items()}
        else:
            self.replace = {" ".join(t.split()): "PERSOON" for t in replace}
        self.tagger = tagger
        self._cache: dict[tuple[str, ...], list[Pseudonymised]] = {}

    def __repr__(self) -> str:
        return (
            f"Pseudonymiser(keep={len(self.keep)} termen, replace={len(self.replace)} termen, "
            f"tagger={'ja' if self.tagger else 'nee'}, learned={'ja' if self.learned else 'nee'})"
        )

    def dossier(self, texts: list[str]) -> list[Pseudonymised]:
        """Pseudonymise the texts of one dossier, given in date order."""
        key = tuple(texts)
        if key not in self._cache:
            if len(self._cache) >= 256:
                self._cache.pop(next(iter(self._cache)))
            tags = [self._tags(t) for t in texts] if self.tagger else None
            self._cache[key] = pseudonymise_dossier(
                texts, tags=tags, keep=self.keep, replace=self.replace, learned=self.learned
            )
        return self._cache[key]

    def texts(self, texts: Mapping[str, str]) -> dict[str, Pseudonymised]:
        """One dossier's texts by name (in date order) -> their pseudonymised versions."""
        names = list(texts)
        return dict(zip(names, self.dossier([texts[n] for n in names]), strict=True))

    def corpus(self, folder: Path) -> dict[str, Pseudonymised]:
        """Every document of a corpus folder, per dossier; keys are relative paths."""
        return pseudonymise_corpus(folder, pseudonymiser=self)

    def documents(self, project: Project) -> dict[int, Pseudonymised]:
        """Every document of a project by id, pseudonymised per dossier (the ``dossier``
        metadata, reports in date order); a document without a dossier on its own."""
        from wb.corpus.dossiers import dossier_of, project_documents
        from wb.store.documents import iter_documents

        out: dict[int, Pseudonymised] = {}
        groups: dict[str, list] = defaultdict(list)
        for doc in project_documents(project):
            groups[dossier_of(doc.metadata)].append(doc)  # as the review page groups them
        for docs in groups.values():
            for doc, pseudo in zip(docs, self.dossier([d.text for d in docs]), strict=True):
                out[doc.id] = pseudo
        for doc in iter_documents(project):
            if doc.id not in out:
                out[doc.id] = self.dossier([doc.text])[0]
        return out

    def document_names(self, project: Project) -> dict[str, str]:
        """Every document's 'corpus/path' label with its dossier's placeholders, as the copies of
        ``wb pseudonymise`` are named (see :func:`pseudonymise_file_name`)."""
        from wb.corpus.dossiers import dossier_of
        from wb.store.documents import iter_documents

        masked = self.documents(project)
        docs = list(iter_documents(project))
        groups: dict[str, list] = defaultdict(list)
        for doc in docs:
            groups[dossier_of(doc.metadata)].append(doc)
        names: dict[str, str] = {}
        for dossier, group in groups.items():
            if dossier:
                mapping = placeholder_mapping(masked[d.id] for d in group)
                names.update((d.label, pseudonymise_file_name(d.label, mapping)) for d in group)
            else:  # no dossier: each document on its own, as its text
                for d in group:
                    mapping = placeholder_mapping([masked[d.id]])
                    names[d.label] = pseudonymise_file_name(d.label, mapping)
        return names

    def _tags(self, text: str) -> Tags | None:
        doc = self.tagger(text) if self.tagger else None
        tags = {t.idx: t.pos_ for t in doc if t.pos_} if doc is not None else {}
        return tags or None


def pseudonymise_for_project(
    project: Project, *, tagger: Callable[[str], Any] | None = None, learned: bool | str = False
) -> Pseudonymiser:
    """The pseudonymiser of a project: wb's lists plus the project's own keep/replace lists."""
    from wb.store.name_lists import name_lists

    lists = name_lists(project)
    key = (
        str(project.path),
        lists.keep,
        tuple(sorted(lists.replace.items())),
        id(tagger),
        learned,
    )
    if key not in _PROJECT_PSEUDONYMISERS:
        if len(_PROJECT_PSEUDONYMISERS) >= 8:
            _PROJECT_PSEUDONYMISERS.pop(next(iter(_PROJECT_PSEUDONYMISERS)))
        _PROJECT_PSEUDONYMISERS[key] = Pseudonymiser(
            keep=lists.keep, replace=lists.replace, tagger=tagger, learned=learned
        )
    return _PROJECT_PSEUDONYMISERS[key]


_PROJECT_PSEUDONYMISERS: dict[tuple, Pseudonymiser] = {}


def read_name_list(path: Path, list_: str) -> dict[str, str]:
    """A user's keep or replace list file: one term per line, for replace optionally
    ``term;TYPE`` (PERSOON, PLAATS, ORGANISATIE, SCHOOL, ADRES); ``#`` starts a comment."""
    from wb.lang import read_lines
    from wb.store.name_lists import TYPES

    terms: dict[str, str] = {}
    problems: list[tuple[int, str]] = []  # every malformed line at once, as for a codebook
    for number, line in read_lines(Path(path)):
        cells = [c.strip() for c in line.split(";")]
        if not cells[0] or len(cells) > 2 or (list_ == "keep" and len(cells) > 1):
            what = "term;SOORT" if list_ == "replace" else "één term (zonder ;)"
            problems.append((number, f"verwacht {what} per regel, niet {line!r}."))
            continue
        type_ = cells[1].upper() if len(cells) == 2 else ""
        if type_ and type_ not in TYPES:
            problems.append((number, f"onbekend soort '{cells[1]}'; kies uit {', '.join(TYPES)}."))
            continue
        terms[" ".join(cells[0].split())] = type_ or ("PERSOON" if list_ == "replace" else "")
    if len(problems) == 1:
        raise LanguageDataError(problems[0][1], path=path, line=problems[0][0])
    if problems:
        lines = "\n".join(f"  - regel {number}: {message}" for number, message in problems)
        raise LanguageDataError(
            f"de lijst heeft {len(problems)} problemen; er is niets geladen:\n{lines}", path=path
        )
    return terms


# --- corpus ---------------------------------------------------------------------------------


def _dossiers(folder: Path) -> tuple[list[str], dict[str, list[str]], dict[str, str]]:
    """(paths, dossier -> paths in date order, path -> text) for a corpus folder."""
    from wb.corpus.dossiers import by_dossier, read_folder

    reports, _, notes = read_folder(folder)
    for note in notes:  # a file read as Windows-1252, a text box left out: the user should know
        warnings.warn(note, UserWarning, stacklevel=3)
    groups = by_dossier(reports)
    texts = {r.doc: r.text for r in reports}
    return sorted(texts), {d: [r.doc for r in rs] for d, rs in groups.items()}, texts


def pseudonymise_corpus(
    folder: Path, *, pseudonymiser: Pseudonymiser | None = None
) -> dict[str, Pseudonymised]:
    """Pseudonymise every document of a corpus folder per dossier; keys are relative paths."""
    return _pseudonymise_corpus(folder, pseudonymiser)[0]


def _pseudonymise_corpus(
    folder: Path,
    pseudonymiser: Pseudonymiser | None,
    progress: bool = False,
    distinct_copies: bool = False,
) -> tuple[dict[str, Pseudonymised], dict[str, list[str]]]:
    pseudonymiser = pseudonymiser or Pseudonymiser()
    folder = Path(folder)
    if not folder.is_dir():
        what = "is geen map" if folder.exists() else "bestaat niet"
        raise NotFoundError(f"{what}. Geef de map met documenten op.", path=folder)
    paths, dossiers, texts = _dossiers(folder)
    if not paths:
        raise NotFoundError("bevat geen documenten om te pseudonimiseren.", path=folder)
    if distinct_copies:  # before the work: the copies are written to files
        refuse_same_output(paths, folder)
    result: dict[str, Pseudonymised] = {}
    bar = None
    if progress:
        from wb.progress import bar as progress_bar

        bar = progress_bar(len(paths), "Pseudonimiseren", "document")
    for rels in dossiers.values():
        for rel, pseudo in zip(rels, pseudonymiser.dossier([texts[r] for r in rels]), strict=True):
            result[rel] = pseudo
        if bar is not None:
            bar.update(len(rels))
    if bar is not None:
        bar.close()
    return {rel: result[rel] for rel in paths}, dossiers


def entity_map(docs: dict[str, Pseudonymised]) -> dict:
    """The MAP: {"entities": [{"doc", "start", "end", "type", "placeholder"}]}, original offsets."""
    entities = [
        {"doc": doc, "start": r[0], "end": r[1], "type": r[4], "placeholder": r[5]}
        for doc, pseudo in docs.items()
        for r in pseudo.replacements
    ]
    return {"entities": entities}


def output_name(rel: str) -> str:
    """File name of the copy before pseudonymisation: .txt/.md keep it, others end in '.txt'
    instead of their extension ("rapport.docx" -> "rapport.txt")."""
    if rel.lower().endswith((".txt", ".md")):
        return rel
    stem, dot, _ = rel.rpartition(".")
    return (stem if dot and "/" not in rel[len(stem) :] else rel) + ".txt"


def refuse_same_output(rels: Iterable[str], folder: Path) -> None:
    """Stop (exit 2) when two documents would get the same copy only because a .docx/.odt/.pdf
    ends in .txt ("a.docx" and "a.txt"), naming both; the ``-2`` of :func:`output_names` is
    for names that placeholders make equal, which the user cannot foresee."""
    seen: dict[str, str] = {}
    for rel in sorted(rels):
        name = output_name(rel)
        other = seen.setdefault(name.casefold(), rel)
        if other != rel and (name != rel or output_name(other) != other):
            raise ConflictError(
                f"{other} en {rel} zouden allebei {name} worden in de uitvoermap. Hernoem of "
                "verplaats een van beide en probeer opnieuw; er is niets geschreven.",
                path=folder,
            )


def placeholder_mapping(texts: Iterable[Pseudonymised]) -> dict[str, str]:
    """Original text -> placeholder of every replacement in one dossier's pseudonymised texts."""
    mapping: dict[str, str] = {}
    for text in texts:
        for r in text.replacements:
            mapping.setdefault(text.original[r[0] : r[1]], r[5])
    return mapping


_NAME_SEPARATORS = str.maketrans("_-.+", "    ")
_EXTENSIONS = (".txt", ".md", ".docx", ".odt", ".pdf")


def pseudonymise_file_name(name: str, mapping: dict[str, str]) -> str:
    """A file name or relative path with the dossier's placeholders (see :func:`pseudonymise_cell`).

    Each folder and the name without its extensions are read with ``_ - . +`` as spaces and
    known mentions in any case ("verslag_de_vries.txt" -> "verslag_[PERSOON-1].txt"); the
    separators stay as they were. A name without a known or detected name stays as it is.
    A person's parts count as known too ("Kees Jansen": "Jansen", "Kees"; added to ``mapping``):
    file names often hold only a surname. Names glued to other words ("verslagSanne",
    "SanneDeVries") are masked too (:func:`wb.dossiers.file_name_names.glued_names`).
    """
    from wb.dossiers.file_name_names import glued_names
    from wb.lang import word_set

    particles = word_set("particles.txt")
    for key, placeholder in list(mapping.items()):
        words = key.split()
        if placeholder.startswith("[PERSOON-") and len(words) > 1:
            for alias in (" ".join(words[1:]), words[-1], words[0]):
                last = alias.split()[-1]
                if last[:1].isupper() and len(last) > 2 and "." not in alias:
                    if last.lower() not in particles:
                        mapping.setdefault(alias, placeholder)
    parts = name.split("/")
    out = []
    for i, part in enumerate(parts):
        stem, ext = part, ""
        while i == len(parts) - 1 and stem.lower().endswith(_EXTENSIONS) and "." in stem[1:]:
            cut = stem.rindex(".")
            stem, ext = stem[:cut], stem[cut:] + ext
        spaced = stem.translate(_NAME_SEPARATORS)
        masked = pseudonymise_cell(spaced, mapping, ignore_case=True) if spaced.strip() else spaced
        if masked != spaced:  # put the separators back where the words stayed
            from difflib import SequenceMatcher

            ops = SequenceMatcher(None, spaced, masked, autojunk=False).get_opcodes()
            stem = "".join(stem[a:b] if op == "equal" else masked[c:d] for op, a, b, c, d in ops)
        out.append(glued_names(stem, mapping) + ext)
    return "/".join(out)


def output_names(
    docs: Mapping[str, Pseudonymised], dossiers: Mapping[str, list[str]]
) -> dict[str, str]:
    """Relative path -> pseudonymised, unique name of its copy (see :func:`pseudonymise_file_name`
    with the dossier's placeholders). Unique and stable: when two copies would get the same name
    (also in another case), the later original in name order gets ``-2``, ``-3`` before ``.txt``."""
    wanted: dict[str, str] = {}
    for rels in dossiers.values():
        mapping = placeholder_mapping(docs[r] for r in rels)
        for rel in rels:
            wanted[rel] = pseudonymise_file_name(output_name(rel), mapping)
    taken: set[str] = set()
    names: dict[str, str] = {}
    for rel in sorted(wanted):
        name, n = wanted[rel], 1
        stem, dot, ext = name.rpartition(".")
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}{dot}{ext}"
        taken.add(name.casefold())
        names[rel] = name
    return {rel: names[rel] for rel in docs}


def pseudonymise_metadata(
    folder: Path, docs: dict[str, Pseudonymised], names: Mapping[str, str] | None = None
) -> str | None:
    """The pseudonymised metadata.csv of `folder` as CSV text (None without a metadata.csv);
    ``names``: relative path -> name of its copy (default :func:`output_name`)."""
    raw = metadata_csv_rows(folder)
    if raw is None:
        return None
    header, rows = raw
    table = read_metadata_csv(folder)
    lower = [c.lower() for c in header]
    file_col = lower.index("file")
    keep = {file_col} | {i for i, c in enumerate(lower) if c == "dossier" or is_date_key(c)}
    dossier_of = {rel: dossier_name(meta) for rel, meta in table.items()}
    mappings: dict[str, dict[str, str]] = defaultdict(dict)
    for rel, pseudo in docs.items():
        mapping = mappings[dossier_of.get(rel, "")]
        for r in pseudo.replacements:
            mapping.setdefault(pseudo.original[r[0] : r[1]], r[5])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        key = unicodedata.normalize("NFC", row[file_col].strip()).removeprefix("./")
        mapping = mappings[dossier_of.get(key, "")]
        cells = [
            cell if i in keep or not cell.strip() else pseudonymise_cell(cell, mapping)
            for i, cell in enumerate(row)
        ]
        if key in docs:
            cells[file_col] = names[key] if names is not None else output_name(key)
        writer.writerow(cells)
    return out.getvalue()


def pseudonymise_cell(cell: str, mapping: dict[str, str], *, ignore_case: bool = False) -> str:
    """A short text outside the dossier's documents (a metadata cell, a title, a memo) with the
    dossier's placeholders.

    ``mapping`` is original text -> placeholder of the dossier's documents (what the
    replacements of its :class:`Pseudonymised` texts hold). Known mentions (whole words) and
    what detection finds in the cell itself are both candidates; where they overlap the longer
    span wins, so "Wijkteam Zwolle-Zuid" stays one organisation even when "Zwolle" is a known
    place. A detected span not in ``mapping`` gets the next free placeholder of its type, which
    is added to ``mapping`` so later cells reuse it.
    ``ignore_case``: known mentions also match written in other case (file names: "de_vries").
    """
    spans: list[tuple[int, int, str]] = []  # start, end, placeholder or "" (new: see types)
    types: dict[tuple[int, int], str] = {}
    if mapping:
        known = sorted(mapping, key=len, reverse=True)
        lookup = dict(mapping)
        if ignore_case:
            for k in known:
                lookup.setdefault(k.lower(), mapping[k])
        rx = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(k) for k in known) + r")(?!\w)",
            re.IGNORECASE if ignore_case else 0,
        )
        spans += [
            (m.start(), m.end(), lookup.get(m[0]) or lookup[m[0].lower()])
            for m in rx.finditer(cell)
        ]
    for m in detect_dossier([cell])[0]:
        if m.type != "KEEP":
            spans.append((m.start, m.end, mapping.get(m.text, "")))
            types[(m.start, m.end)] = m.type
    chosen: list[tuple[int, int, str]] = []
    for start, end, placeholder in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= a or start >= b for a, b, _ in chosen):
            chosen.append((start, end, placeholder))
    for start, end, placeholder in sorted(chosen, reverse=True):
        if not placeholder:
            text, kind = cell[start:end], types[(start, end)]
            if text not in mapping:
                numbers = [
                    int(p.rsplit("-", 1)[1][:-1])
                    for p in mapping.values()
                    if p.startswith(f"[{kind}-")
                ]
                mapping[text] = f"[{kind}-{max(numbers, default=0) + 1}]"
            placeholder = mapping[text]
        cell = cell[:start] + placeholder + cell[end:]
    return cell


@dataclass
class WriteReport:
    """What write_pseudonymised wrote."""

    out: Path
    json_map: Path | None
    documents: list[str]
    replacements: int
    renamed: int = 0

    def summary(self) -> str:
        """A short Dutch summary for people."""
        lines = [
            f"{len(self.documents)} {'document' if len(self.documents) == 1 else 'documenten'} "
            f"gepseudonimiseerd naar {self.out} ({self.replacements} "
            f"{'vervanging' if self.replacements == 1 else 'vervangingen'})."
        ]
        if self.renamed:
            lines.append(
                f"{self.renamed} bestandsnamen bevatten een naam en kregen een plaatshouder."
            )
        if self.json_map is not None:
            lines.append(
                f"Overzicht van de vervangingen: {self.json_map}. Alleen daar staat welk "
                "origineel bij welk uitvoerbestand hoort; houd het op deze computer en deel het "
                "niet met de uitvoermap."
            )
        elif self.renamed:
            lines.append(
                "Welk origineel bij welk uitvoerbestand hoort, is nergens bewaard "
                "(wilt u dat lokaal bewaren, gebruik dan --json)."
            )
        return "\n".join(lines)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def write_pseudonymised(
    folder: Path,
    out: Path,
    json_map: Path | None = None,
    *,
    overwrite: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
    progress: bool = False,
) -> WriteReport:
    """Write a pseudonymised .txt copy of every document in `folder` to `out` (all or nothing);
    ``progress`` shows a bar per document."""
    folder, out = Path(folder), Path(out)
    src, dst = folder.resolve(), out.resolve()
    if _inside(dst, src) or _inside(src, dst):
        raise OutputError(
            "de uitvoermap mag niet de bronmap zijn, er niet in liggen en haar niet bevatten: "
            "de originelen blijven zo onaangeroerd. Kies een andere map voor --out.",
            path=out,
        )
    if json_map is not None and _inside(Path(json_map).resolve(), src):
        raise OutputError(
            "het overzicht (--json) mag niet in de bronmap staan. Kies een andere plek.",
            path=json_map,
        )
    if dst.exists() and (not dst.is_dir() or (any(dst.iterdir()) and not overwrite)):
        raise OutputError(
            "bestaat al en is niet leeg. Kies een nieuwe map of gebruik --overwrite.",
            path=out,
        )
    if json_map is not None and _inside(Path(json_map).resolve(), dst):
        raise OutputError(
            "het overzicht (--json) mag niet in de uitvoermap staan: het noemt de oorspronkelijke "
            "bestandsnamen. Kies een plek buiten de uitvoermap.",
            path=json_map,
        )
    docs, dossiers = _pseudonymise_corpus(folder, pseudonymiser, progress, distinct_copies=True)
    out_names = output_names(docs, dossiers)
    with ExitStack() as made:  # folders made for the copies or the MAP go again on failure
        made.enter_context(new_folders(dst.parent))
        if json_map is not None:
            json_map = Path(json_map)
            made.enter_context(new_folders(json_map.parent))
        files = {out_names[rel]: docs[rel].text + "\n" for rel in docs}
        metadata = pseudonymise_metadata(folder, docs, out_names)
        if metadata is not None:
            files["metadata.csv"] = metadata
        side = None
        if json_map is not None:
            data = {**entity_map(docs), "files": [{"doc": r, "file": out_names[r]} for r in docs]}
            side = json.dumps(data, ensure_ascii=False, indent=1)
        write_folder(dst, files, json_map, side, prefix=".wb-pseudo-")
    total = sum(len(p.replacements) for p in docs.values())
    renamed = sum(1 for rel in docs if out_names[rel] != output_name(rel))
    return WriteReport(out, json_map, list(docs), total, renamed)
