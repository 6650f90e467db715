"""The house plan, read from the code: each layer imports only the layers below it.

Layers from the bottom: text < core < db < ingest (the write path) < features (assistant,
courses, metrics) < ui, api < pages/app and the `python -m assistant` entry point. The read
path (tandem.assistant) never imports the write path (ingest), and no installed package
imports bench or tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RANK = {
    "tandem.errors": -1,  # the exception base: imports nothing, so every layer may raise a TandemError
    "tandem.text": 0,
    "tandem.core": 1,
    "tandem.db": 2,
    "ingest": 3,
    "tandem.assistant": 4,
    "tandem.courses": 4,
    "tandem.metrics": 4,
    "tandem.ui": 5,
    "tandem.api": 5,  # the HTTP face of tandem.assistant, beside the Streamlit one (ui); neither imports the other
    # `python -m assistant` dispatches to tandem.assistant.cli (ask) and tandem.api.cli (serve, keys):
    # an outer entry point like app.py and pages, so it sits above both faces.
    "assistant": 6,
    "pages": 6,
    "app": 6,
}
FORBIDDEN = {"tandem.assistant": {"ingest"}, "tandem.courses": {"ingest"}, "tandem.metrics": {"ingest"}}


def layer_of(module: str) -> str | None:
    """The layer a dotted module name belongs to (the longest matching prefix), or None if outside Tandem."""
    best = None
    for name in RANK:
        if (module == name or module.startswith(name + ".")) and (best is None or len(name) > len(best)):
            best = name
    return best


def imports_of(source: str) -> list[tuple[int, str]]:
    """Every absolute module a source imports, with its line (function-level imports included)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def module_name(relative: str) -> str:
    return relative.removesuffix(".py").replace("/", ".")


def violations(files: dict[str, str]) -> list[str]:
    """Upward or forbidden imports in ``files`` (path relative to the repo → source)."""
    found = []
    for relative, source in files.items():
        own = layer_of(module_name(relative))
        if own is None:
            continue
        for line, target in imports_of(source):
            if target.split(".")[0] in {"bench", "tests"}:
                found.append(f"{relative}:{line} imports {target} (development only)")
                continue
            other = layer_of(target)
            if other is None or other == own:
                continue
            if RANK[other] > RANK[own] or other in FORBIDDEN.get(own, set()):
                found.append(f"{relative}:{line} ({own}) imports {target} ({other})")
    return found


def code_files() -> dict[str, str]:
    roots = [ROOT / "tandem", ROOT / "ingest", ROOT / "assistant", ROOT / "pages"]
    paths = [
        *sorted(p for r in roots for p in r.rglob("*.py") if p != ROOT / "tandem" / "__init__.py"),
        ROOT / "app.py",
    ]
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in paths}


def test_no_layer_imports_one_above_it() -> None:
    assert violations(code_files()) == []


def test_every_installed_module_has_a_layer() -> None:
    assert [name for name in code_files() if layer_of(module_name(name)) is None] == []


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        ("tandem/core/x.py", "from tandem.assistant.answer import Answer\n", "imports tandem.assistant.answer"),
        ("tandem/assistant/x.py", "import ingest.indexer\n", "imports ingest.indexer"),
        ("tandem/text/x.py", "def f():\n    from tandem.core import settings\n", "imports tandem.core"),
        ("tandem/ui/x.py", "from bench import measure\n", "development only"),
    ],
)
def test_the_check_catches_an_upward_import(where: str, source: str, expected: str) -> None:
    found = violations({where: source})
    assert len(found) >= 1 and expected in found[0]
