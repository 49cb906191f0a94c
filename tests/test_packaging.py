"""A plain `pip install .` is enough to run: the seed question is answered in a venv that
holds only what the package declares (no test or lint tools, nothing from the dev venv).

That venv is made for each run from the dev venv, in seconds: it gets exactly the
distributions that the package's declared dependencies pull in (their closure, read from
the installed metadata, each requirement's markers and extras evaluated), linked file by
file from the dev venv, and nothing else. ``make install`` has already had pip resolve and
install those same dependencies; made by ``pip install`` of the wheel instead, the venv took
minutes and 2 GB of downloads on a fresh machine. Each run builds the wheel of the code as
it is now and runs it on that venv, from the unpacked wheel: the export of the model to
ONNX (torch, transformers, onnx), an ingest and a question. ``pytest -m "not packaging"``
leaves this test out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import ROOT, SEEDS

pytestmark = pytest.mark.packaging


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


def declared_closure(requirements: list[str]) -> dict[str, metadata.Distribution]:
    """The installed distributions that ``requirements`` pull in, by canonical name: each
    requirement whose markers hold, with the extras it asks for, and theirs in turn."""
    found: dict[str, metadata.Distribution] = {}
    todo = [(Requirement(r), "") for r in requirements]
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(req.name)
        try:
            dist = found.get(name) or metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            raise AssertionError(f"{req.name} is declared but not installed") from None
        new = name not in found
        found[name] = dist
        for wanted in ([""] if new else []) + sorted(req.extras):
            todo += [(Requirement(r), wanted) for r in dist.requires or ()]
    return found


def _linked_venv(venv: Path) -> Path:
    """A venv holding the closure of the package's declared dependencies, linked from the
    venv running the tests: a top-level entry of site-packages that one distribution alone
    owns as a whole, else file by file (a namespace package such as ``google/`` is shared)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv),
                                                    "platbase": str(venv)}))
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = declared_closure(declared)
    owners: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        owner = canonicalize_name(dist.metadata["Name"])
        for f in dist.files or ():
            owners.setdefault(f.parts[0], set()).add(owner)
    for name, dist in wanted.items():
        assert dist.files is not None, f"{name} lists no files"
        for f in dist.files:
            if ".." in f.parts or "__pycache__" in f.parts:
                continue  # scripts outside site-packages; bytecode is made again
            whole = owners[f.parts[0]] == {name}
            source = Path(str(dist.locate_file(f.parts[0] if whole else f)))
            target = site / (f.parts[0] if whole else f)
            if source.exists() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.symlink_to(source)
    return venv


@dataclass
class Outcome:
    """What the plain venv did with the wheel's code."""

    where: str  # where ``import qa`` found the package
    site: Path  # where the wheel was unpacked
    pytest_importable: bool
    prepare: str  # what ``qa prepare`` printed
    answer: dict  # ``qa ask --json`` on the seed store


def check_plain_install(tmp_path: Path) -> Outcome:
    """Build the wheel, make the plain venv, and run the wheel's code on it: the
    ONNX export, an ingest of the seeds and the seed question. Only subprocesses do the
    work, so this can run in a thread beside the other tests (``tests/conftest.py`` starts
    it as soon as the test is collected: the export then overlaps the rest of the run)."""
    wheel = _wheel(tmp_path)
    venv = _linked_venv(tmp_path / "venv")
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
_started_in: Path | None = None
_claimed = False  # whether the test used what start_in_background made


def start_in_background() -> None:
    """Start :func:`check_plain_install` in a thread (``tests/conftest.py`` calls it)."""
    global _started, _started_in
    if _started is None:
        _started_in = Path(tempfile.mkdtemp(prefix="qa-packaging-"))
        _started = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packaging").submit(
            check_plain_install, _started_in)


def discard_unused() -> None:
    """At the end of the run: what :func:`start_in_background` made is removed once it is
    done, if the test did not use it (under pytest-xdist the test may run in the other
    process: 317 MB were left in /tmp each run)."""
    if _started is not None and _started_in is not None and not _claimed:
        where = _started_in
        _started.add_done_callback(lambda _: shutil.rmtree(where, ignore_errors=True))


def test_the_seed_question_is_answered_after_a_plain_pip_install(tmp_path):
    if _started is None:  # run on its own, not through the conftest hook
        outcome = check_plain_install(tmp_path)
    else:
        global _claimed
        _claimed = True
        outcome = _started.result(timeout=1800)
    assert outcome.where.startswith(str(outcome.site))  # the code under test, from its wheel
    assert all((outcome.site / package / "py.typed").is_file()
               for package in ("qa", "index", "tui"))
    assert all((outcome.site / "qa" / "weights" / name).is_file()  # both readers ship
               for name in ("reader.onnx", "pairs/reader.onnx", "pairs/reader.npz"))
    if _started is not None:
        shutil.rmtree(outcome.site.parent, ignore_errors=True)  # its temporary directory
    assert not outcome.pytest_importable  # and nothing but what the package declares
    assert "embedding model ready" in outcome.prepare
    assert "compiled the" in outcome.prepare  # what a question imports, once
    assert "Kith Theang" in outcome.answer["citations"][0]["quote"]
