"""``qa prepare`` compiles what a question imports, once, so that no later process does."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

from qa.prepare import compile_packages

pytestmark = pytest.mark.fast


def _write(path: Path, text: str = "VALUE = 1\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _compiled(source: Path) -> bool:
    return Path(importlib.util.cache_from_source(str(source))).is_file()


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A folder on sys.path where nothing writes bytecode on import (as with
    PYTHONDONTWRITEBYTECODE, or pip's --no-compile)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.partition(".")[0] in ("regular", "spread", "single")]:
        del sys.modules[name]


def test_imported_packages_are_compiled_whole_with_their_unimported_modules(site):
    init = _write(site / "regular" / "__init__.py")
    later = _write(site / "regular" / "deep" / "later.py")  # imported only when a question runs
    importlib.import_module("regular")
    assert not _compiled(init)
    assert compile_packages(["regular"]) == 1
    assert _compiled(init) and _compiled(later)


def test_namespace_packages_and_single_modules_are_compiled(site, tmp_path):
    elsewhere = tmp_path / "other-site"
    part_a = _write(site / "spread" / "a.py")  # a namespace package: no __init__, no __file__
    part_b = _write(elsewhere / "spread" / "b.py")
    single = _write(site / "single.py")
    sys.path.append(str(elsewhere))
    try:
        importlib.import_module("spread.a")
        importlib.import_module("spread.b")
        importlib.import_module("single")
        assert compile_packages(["spread", "single", "never_imported"]) == 3
    finally:
        sys.path.remove(str(elsewhere))
    assert _compiled(part_a) and _compiled(part_b) and _compiled(single)


def test_a_broken_file_in_a_package_does_not_stop_the_rest(site):
    _write(site / "regular" / "__init__.py")
    _write(site / "regular" / "broken.py", "def (:\n")  # e.g. a py2-only test file
    fine = _write(site / "regular" / "fine.py")
    importlib.import_module("regular")
    compile_packages(["regular"])
    assert _compiled(fine)
