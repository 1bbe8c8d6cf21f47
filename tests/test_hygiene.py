"""House rules that a machine can check: stripped notebooks, documented and typed public API."""

from __future__ import annotations

import ast
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_notebooks_are_committed_without_outputs() -> None:
    notebooks = sorted((REPO / "notebooks").glob("*.ipynb"))
    assert notebooks, "no notebooks found"
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs"), f"{path.name} has outputs: run nbstripout"
                assert cell.get("execution_count") is None, f"{path.name}: run nbstripout"


def _public_functions(tree: ast.Module) -> list[ast.FunctionDef]:
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            found.append(node)
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            found += [
                item
                for item in node.body
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")
            ]
    return found


def test_public_functions_have_type_hints_and_a_docstring() -> None:
    problems = []
    for path in sorted((REPO / "wb").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in _public_functions(tree):
            where = f"{path.relative_to(REPO)}:{func.lineno} {func.name}"
            if not ast.get_docstring(func):
                problems.append(f"{where}: no docstring")
            args = [
                a for a in func.args.args + func.args.kwonlyargs if a.arg not in ("self", "cls")
            ]
            if any(a.annotation is None for a in args) or func.returns is None:
                problems.append(f"{where}: missing type hints")
    assert problems == []


def test_errors_live_in_one_place_with_unique_codes() -> None:
    """Every user error class is defined in wb/errors.py and has a code of its own."""
    import wb.errors as errors

    classes = [
        c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.WbError)
    ]
    codes = [c.code for c in classes]
    assert len(classes) >= 20 and len(set(codes)) == len(codes)
    assert all(c == "WB000" or (c.startswith("WB") and len(c) == 5) for c in codes)
    outside = []
    for path in sorted((REPO / "wb").rglob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(b, "id", "").endswith(("Error", "Failed", "Unavailable"))
                and getattr(b, "id", "") in vars(errors)
                for b in node.bases
            ):
                outside.append(f"{path.relative_to(REPO)}: {node.name}")
    assert outside == []


def test_generic_input_errors_are_rare() -> None:
    """Raises name what went wrong (NotFoundError, UnknownItemError, ...), not just InputError."""
    generic = 0
    for path in sorted((REPO / "wb").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                if getattr(node.exc.func, "id", "") in ("InputError", "WbError"):
                    generic += 1
    assert generic <= 2


def test_cli_error_shows_its_code(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wb.cli import cli

    result = CliRunner().invoke(
        cli, ["import", str(tmp_path / "weg"), "--project", str(tmp_path / "p.wbproj")]
    )
    assert result.exit_code == 2
    assert "(WB101)" in result.output.splitlines()[0]


def test_public_api_names_resolve_and_import_wb_stays_light() -> None:
    import subprocess
    import sys

    import wb

    for name in wb.__all__:
        assert getattr(wb, name) is not None, name
    code = "import sys, wb; print(sorted(m for m in ('spacy', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_notebooks_import_only_from_wb_itself() -> None:
    deep = []
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                for line in "".join(cell["source"]).splitlines():
                    if line.lstrip().startswith(("from wb.", "import wb.")):
                        deep.append(f"{path.name}: {line.strip()}")
    assert deep == []
