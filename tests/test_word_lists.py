"""Dutch word lists live in wb/lang/nl/*.txt, not in Python code (issue 10 §2)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import wb.lang
from wb.errors import LanguageDataError
from wb.lang import by_kind, table, word_set, words
from wb.nlp.lexicon import get_lexicon

REPO = Path(__file__).resolve().parent.parent
NL = REPO / "wb" / "lang" / "nl"
# A set literal with this many Dutch words is a word list: it belongs in wb/lang/nl/.
MAX_DUTCH_WORDS = 4
WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’]+")
# Sets in code that are no word list (file, first entry as written): column names of a table,
# letter pairs, suffixes and prefixes (word parts, not words).
TECHNICAL = {
    ("wb/coding/analysis.py", "corpus"),  # column names of the document table
    ("wb/corpus/pdf_clean.py", "aa"),  # vowel pairs that keep a hyphen
    ("wb/dossiers/label_matching.py", "heid"),  # suffixes of a label's derivations
    ("wb/nlp/lemmatizer.py", "ver"),  # verb prefixes that make no compound
    ("wb/nlp/hyphens.py", "aa"),  # vowel pairs that keep a hyphen
}


def _set_strings(node: ast.AST) -> list[str] | None:
    """The strings of a set literal, frozenset([...])/set((...)), "a b c".split() or "a|b|c"."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("frozenset", "set")
        and node.args
        and isinstance(node.args[0], (ast.List, ast.Tuple, ast.Set))
    ):
        node = node.args[0]
        elts = node.elts  # type: ignore[attr-defined]
    elif isinstance(node, ast.Set):
        elts = node.elts
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.fullmatch(r"[a-z]+(?:\|[a-z]+){2,}", node.value):
            return node.value.split("|")
        return None
    else:
        return None
    if elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
        return [e.value for e in elts]  # type: ignore[attr-defined]
    return None


def test_no_dutch_word_list_in_code() -> None:
    """No module in wb/ spells out a set of Dutch words: put it in wb/lang/nl/ (wb.lang)."""
    lexicon = get_lexicon()
    problems = []
    for path in sorted((REPO / "wb").rglob("*.py")):
        name = path.relative_to(REPO).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found = _set_strings(node)
            if not found or (name, found[0]) in TECHNICAL:
                continue
            dutch = [w for w in found if WORD.fullmatch(w) and lexicon.is_known(w)]
            if len(dutch) >= MAX_DUTCH_WORDS:
                problems.append(f"{name}:{node.lineno}: {' '.join(dutch)}")
    assert problems == []


def test_the_detector_finds_a_word_list() -> None:
    tree = ast.parse('X = frozenset({"moeder", "vader", "kind", "school"})\nY = {"NOUN", "VERB"}')
    found = [_set_strings(node) for node in ast.walk(tree)]
    assert ["moeder", "vader", "kind", "school"] in found
    lexicon = get_lexicon()
    assert all(lexicon.is_known(w) for w in ("moeder", "vader", "kind", "school"))
    assert _set_strings(ast.parse('"zegt|zei|vertelt"').body[0].value) == ["zegt", "zei", "vertelt"]  # type: ignore[attr-defined]


def test_moved_lists_are_read_from_their_files() -> None:
    from wb.corpus.metadata import MONTHS
    from wb.dossiers.name_context import SPEECH_VERBS
    from wb.dossiers.voice_words import INTRODUCERS, ROLES, SOURCE_GROUPS, WHAT_IS
    from wb.nlp.separable import CLAUSE_BREAKS

    assert "gezinsvoogd" in ROLES and ROLES == word_set("voice_roles.txt")
    assert INTRODUCERS == ("het volgende", "als volgt")
    assert WHAT_IS[0] == ["wat", "is"]
    assert SPEECH_VERBS.startswith("zegt|zei|vertelt|")
    assert MONTHS["maart"] == 3 and MONTHS["mrt"] == 3 and MONTHS["sept"] == 9
    assert list(MONTHS)[:12] == list(words("months.txt"))
    assert {",", "en", "want"} <= CLAUSE_BREAKS
    raad = next(added for found, added in SOURCE_GROUPS if "raad" in found)
    assert raad == {"raad", "raadsonderzoeker", "onderzoeker"}
    assert table("month_abbreviations.txt", 2)[0] == ("jan", "1")


def language_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> Path:
    """A list file `name` with `text` in a made-up language "xx" that wb.lang reads."""
    (tmp_path / "xx").mkdir()
    path = tmp_path / "xx" / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(wb.lang, "LANG_DIR", tmp_path)
    return path


def test_malformed_line_in_a_word_list_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (NL / "voice_roles.txt").read_text(encoding="utf-8").splitlines()
    lines.insert(5, "moeder\tvader")
    bad = language_file(tmp_path, monkeypatch, "voice_roles.txt", "\n".join(lines) + "\n")
    with pytest.raises(LanguageDataError) as info:
        word_set("voice_roles.txt", "xx")
    assert info.value.line == 6
    assert str(bad) in str(info.value) and "regel 6" in str(info.value)


def test_every_list_file_has_a_header_and_is_in_the_readme() -> None:
    readme = (NL / "README.md").read_text(encoding="utf-8")
    for path in sorted(NL.glob("*.txt")):
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name}: no header"
        assert f"`{path.name}`" in readme, f"{path.name} is not in wb/lang/nl/README.md"


def test_a_month_number_that_is_no_number_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    language_file(
        tmp_path, monkeypatch, "month_abbreviations.txt", "# afkortingen\njan;1\nfeb;twee\n"
    )
    with pytest.raises(LanguageDataError) as info:
        wb.lang.numbered("month_abbreviations.txt", 1, 12, "xx")
    assert info.value.line == 3 and "'twee'" in str(info.value)
    assert wb.lang.numbered("month_abbreviations.txt", 1, 12)[0] == ("jan", 1)


def test_files_that_user_documents_point_to_exist() -> None:
    """A path into wb/ named in the codebooks, the README, a notebook or the list README exists
    (labels.yaml used to send readers to a wb/dossiers/data/ that was moved to wb/lang/nl/)."""
    named = re.compile(r"\bwb/[\w/.-]*[\w/]")
    sources = [
        *sorted((REPO / "codebooks").glob("*.yaml")),
        REPO / "README.md",
        NL / "README.md",
        *sorted((REPO / "notebooks").glob("*.ipynb")),
    ]
    missing = [
        f"{source.relative_to(REPO)}: {path}"
        for source in sources
        for path in named.findall(source.read_text(encoding="utf-8"))
        if not (REPO / path).exists()
    ]
    assert missing == []


def test_by_kind_groups_a_two_column_table() -> None:
    kinds = by_kind("description_person_words.txt")
    assert set(kinds) == {"bezit", "band", "voorwerp"}
    assert kinds["bezit"] == {"haar", "zijn", "hun"}
    assert {"van", "bij"} <= kinds["band"]
    assert by_kind("description_person_words.txt", str.upper)["bezit"] == {"HAAR", "ZIJN", "HUN"}
