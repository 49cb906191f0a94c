"""The Makefile's install step, run with a stand-in venv whose pip only makes noise: the
first ``make chat`` shows one line, keeps pip's output in a log, and names the log when the
install fails."""

import shutil
import stat
import subprocess

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.fast

NOISE = "\n".join(f"Collecting package-{i} (from qa-articles)" for i in range(200))


@pytest.fixture
def checkout(tmp_path):
    """A copy of the Makefile, pyproject.toml and constraints.txt beside a venv of
    stand-ins: ``python -m pip`` prints 200 lines (and fails when the file ``fail`` exists),
    ``qa prepare`` prints one."""
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copy(ROOT / "constraints.txt", tmp_path)
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    _script(bin_dir / "python", f"cat <<'END'\n{NOISE}\nEND\n"
                                f"test -e {tmp_path}/fail && echo 'ERROR: no matching' && exit 1\n"
                                "exit 0\n")
    _script(bin_dir / "qa", "echo 'embedding model ready: /cache/model.onnx'\n")
    return tmp_path


def _script(path, body: str) -> None:
    path.write_text(f"#!/bin/sh\n{body}")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def _make(folder) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", "install"], cwd=folder,
                          capture_output=True, text=True, timeout=60)


def test_install_shows_one_line_and_keeps_pip_output_in_a_log(checkout):
    done = _make(checkout)
    assert done.returncode == 0, done.stderr
    assert (done.stdout + done.stderr).strip().splitlines() == [
        "installing qa and its dependencies into .venv (log: .venv/install.log)... done"]
    log = (checkout / ".venv" / "install.log").read_text()
    assert "Collecting package-199" in log and "embedding model ready" in log


def test_a_failed_install_names_its_log(checkout):
    (checkout / "fail").touch()
    done = _make(checkout)
    assert done.returncode != 0
    assert "install failed; the whole log is .venv/install.log" in done.stderr
    assert "ERROR: no matching" in done.stderr  # the end of the log, for a first look
    assert not (checkout / ".venv" / ".installed").exists()
