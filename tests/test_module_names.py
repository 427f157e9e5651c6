"""A module never defines one top-level name twice: the second `def` silently replaces the first, and every caller
of the first then runs the second (round 29: a new `roles._sector_payer` shadowed an older one of the same module and
broke every article reaching either; only a dump of all facts before and after caught it)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from tariffscope.settings import PROJECT_ROOT


def twice_defined(source: str) -> list[str]:
    """Top-level function and class names a module's source defines more than once."""
    names = Counter(node.name for node in ast.parse(source).body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, count in names.items() if count > 1)


def test_twice_defined_finds_a_shadowed_function():
    source = "def payer(a):\n    return a\n\n\ndef other():\n    pass\n\n\ndef payer(a, b):\n    return b\n"
    assert twice_defined(source) == ["payer"]
    assert twice_defined("def payer(a):\n    return a\n\n\nclass Payer:\n    pass\n") == []


def test_no_module_defines_a_name_twice():
    found = {str(p.relative_to(PROJECT_ROOT)): twice_defined(p.read_text(encoding="utf-8"))
             for folder in ("tariffscope", "flows") for p in sorted((PROJECT_ROOT / folder).rglob("*.py"))}
    assert {path: names for path, names in found.items() if names} == {}
