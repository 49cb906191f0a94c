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


def _names_bound_twice(source: str) -> list[str]:
    """The module-level names ``source`` binds more than once (``__all__`` aside)."""
    import ast

    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        twice += [n for n in names if n in seen and n != "__all__"]
        seen.update(names)
    return twice


def test_no_module_binds_a_name_twice():
    # A second "_YEAR = ..." in qa/forms.py (stop 42) silently replaced the first for the
    # whole module: the rules beside each pattern read the one defined last
    assert _names_bound_twice("_A = 1\ndef f(): pass\n_A = 2\n") == ["_A"]
    twice = {path.relative_to(ROOT).as_posix(): names
             for path in sorted([*ROOT.glob("qa/*.py"), *ROOT.glob("index/*.py"),
                                 *ROOT.glob("tui/**/*.py")])
             if (names := _names_bound_twice(path.read_text(encoding="utf-8")))}
    assert not twice
