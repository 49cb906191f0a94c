"""A plain `pip install .` is enough to run: the seed question is answered in a venv that
holds only what the package declares (no test or lint tools, nothing from the dev venv).

Making that venv downloads about 2 GB (torch, chromadb, onnxruntime...) and takes minutes,
so it is made once per list of dependencies and kept in the user cache (or in
``$QA_TEST_VENVS``): a venv is made by ``pip install`` of the package's wheel, then the
package itself is uninstalled, leaving its dependencies only. Each run builds the wheel of
the code as it is now and runs it on that venv, from the unpacked wheel: the export of the
model to ONNX (torch, transformers, onnx), an ingest and a question. A change to the
dependencies makes a new venv. ``pytest -m "not packaging"`` leaves this test out.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEEDS

pytestmark = pytest.mark.packaging

BUILD_TIMEOUT = 1800  # downloads on a slow day
KEEP_UNUSED_DAYS = 3


def _venvs() -> Path:
    if os.environ.get("QA_TEST_VENVS"):
        return Path(os.environ["QA_TEST_VENVS"])
    from platformdirs import user_cache_path

    return user_cache_path("qa-articles", appauthor=False) / "test-venvs"


def _key() -> str:
    """What decides the venv's contents: the declared dependencies and the Python."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    what = [project["dependencies"], project.get("requires-python"), sys.version,
            sys.platform]
    return hashlib.sha256(json.dumps(what).encode()).hexdigest()[:16]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield


def _wheel(tmp: Path) -> Path:
    """The package's wheel, built from a copy of the sources (the checkout stays clean)."""
    src = tmp / "src"
    for name in ("qa", "index", "tui"):
        shutil.copytree(ROOT / name, src / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp / "dist"), str(src)],
                   check=True, capture_output=True)
    return next((tmp / "dist").glob("*.whl"))


def _plain_venv(wheel: Path) -> Path:
    """The venv of the package's dependencies alone, made now or found from an earlier run."""
    root = _venvs()
    venv = root / _key()
    with _locked(root / "build.lock"):
        if not (venv / "complete").exists():
            _make_venv(venv, wheel)
        (venv / "complete").touch()  # when it was last used, for the clean-up below
        _forget_unused(root, keep=venv)
    return venv


def _make_venv(venv: Path, wheel: Path) -> None:
    partial = venv.with_name(f"{venv.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(partial)], check=True)
    pip = [str(partial / "bin" / "python"), "-m", "pip"]
    log = venv.with_name(f"{venv.name}.log")
    with open(log, "w") as out:
        got = subprocess.run([*pip, "install", str(wheel)], stdout=out,
                             stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT)
        assert got.returncode == 0, f"pip install of the wheel failed; see {log}"
        subprocess.run([*pip, "uninstall", "--yes", "qa-articles"], check=True, stdout=out,
                       stderr=subprocess.STDOUT)
    shutil.rmtree(venv, ignore_errors=True)
    partial.rename(venv)


def _forget_unused(root: Path, keep: Path) -> None:
    """Remove venvs of other dependency lists that no run has used for a few days."""
    for venv in root.iterdir():
        stamp = venv / "complete"
        if venv != keep and venv.is_dir() and (not stamp.exists() or
                                               time.time() - stamp.stat().st_mtime
                                               > KEEP_UNUSED_DAYS * 86400):
            shutil.rmtree(venv, ignore_errors=True)


@dataclass
class Outcome:
    """What the plain venv did with the wheel's code."""

    where: str  # where ``import qa`` found the package
    site: Path  # where the wheel was unpacked
    pytest_importable: bool
    prepare: str  # what ``qa prepare`` printed
    answer: dict  # ``qa ask --json`` on the seed store


def check_plain_install(tmp_path: Path) -> Outcome:
    """Build the wheel, find or make the plain venv, and run the wheel's code on it: the
    ONNX export, an ingest of the seeds and the seed question. Only subprocesses do the
    work, so this can run in a thread beside the other tests (``tests/conftest.py`` starts
    it as soon as the test is collected: the venv's downloads and the export then overlap
    the rest of the run instead of adding three minutes to it)."""
    wheel = _wheel(tmp_path)
    venv = _plain_venv(wheel)
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "QA_", "HF_", "TRANSFORMERS_", "VIRTUAL_ENV"))}
    env.update(PYTHONPATH=str(site), QA_CACHE=str(tmp_path / "cache"))
    python = str(venv / "bin" / "python")

    def qa(*args: str) -> str:
        got = subprocess.run([python, "-m", "qa.cli", *args], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=600)
        assert got.returncode == 0, got.stderr[-3000:]
        return got.stdout

    where = subprocess.run([python, "-c", "import qa; print(qa.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, check=True).stdout
    tools = subprocess.run([python, "-c", "import pytest"], cwd=tmp_path, env=env,
                           capture_output=True)
    prepare = qa("prepare")  # the one-time ONNX export: torch
    store = str(tmp_path / "store")
    qa("ingest", "--store", store, str(SEEDS))
    answer = json.loads(qa("ask", "--json", "--store", store,
                           "Who owns the Rock Entertainment Centre?"))
    return Outcome(where, site, tools.returncode == 0, prepare, answer)


_started: Future[Outcome] | None = None


def start_in_background() -> None:
    """Start :func:`check_plain_install` in a thread (``tests/conftest.py`` calls it)."""
    global _started
    if _started is None:
        tmp = Path(tempfile.mkdtemp(prefix="qa-packaging-"))
        _started = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packaging").submit(
            check_plain_install, tmp)


def test_the_seed_question_is_answered_after_a_plain_pip_install(tmp_path):
    if _started is None:  # run on its own, not through the conftest hook
        outcome = check_plain_install(tmp_path)
    else:
        outcome = _started.result(timeout=BUILD_TIMEOUT + 900)
    assert outcome.where.startswith(str(outcome.site))  # the code under test, from its wheel
    assert all((outcome.site / package / "py.typed").is_file()
               for package in ("qa", "index", "tui"))
    if _started is not None:
        shutil.rmtree(outcome.site.parent, ignore_errors=True)  # its temporary directory
    assert not outcome.pytest_importable  # and nothing but what the package declares
    assert "embedding model ready" in outcome.prepare
    assert "Kith Theang" in outcome.answer["citations"][0]["quote"]
