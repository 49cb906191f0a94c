"""The layers point one way: import-linter's contracts in pyproject.toml hold.

``index`` imports nothing from ``qa`` or ``tui``; ``qa`` builds on ``index``; ``tui`` uses
``qa``'s public names and none of the libraries below; ``qa.cli`` alone starts ``tui``.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    got = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                         text=True)
    assert got.returncode == 0, got.stdout + got.stderr
    assert "0 broken" in got.stdout
