"""The layer rules of DESIGN.md, checked by import-linter (contracts in pyproject.toml [tool.importlinter])."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tariffscope.settings import PROJECT_ROOT


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists() or shutil.which("lint-imports"), "import-linter is a dev dependency"
    out = subprocess.run([str(lint), "--config", str(PROJECT_ROOT / "pyproject.toml"), "--no-cache"],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
