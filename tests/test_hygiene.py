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
