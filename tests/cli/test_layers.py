"""The library never imports Prefect or the flow package, not even inside a function (issue 13, the part about
the command line and the Prefect layer): the command line reaches the flows only as `python -m tariffscope_flows.launch`."""

from __future__ import annotations

import ast
from pathlib import Path

import tariffscope

FORBIDDEN = ("prefect", "flows", "tariffscope_flows")


def imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_the_library_imports_neither_prefect_nor_the_flows():
    package = Path(tariffscope.__file__).parent
    offending = [f"{path.relative_to(package.parent)}:{line}: import {name}"
                 for path in sorted(package.rglob("*.py")) for line, name in imports(path)
                 if name.split(".")[0] in FORBIDDEN]
    assert offending == []


def test_the_command_line_does_not_load_prefect_for_quick_commands(bundled_warehouse):
    import subprocess
    import sys

    code = ("import sys; from tariffscope.cli import main; main(['status', '--warehouse', sys.argv[1]]); "
            "main(['sql', 'select 1', '--warehouse', sys.argv[1]]); "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('prefect', 'flows', 'tariffscope_flows')]")
    done = subprocess.run([sys.executable, "-c", code, str(bundled_warehouse)], capture_output=True, text=True,
                          timeout=120, env={k: v for k, v in __import__("os").environ.items() if k != "PREFECT_API_URL"})
    assert done.returncode == 0, done.stderr
