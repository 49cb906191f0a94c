"""Start-up time of the terminal chat, measured as fresh processes.

    .venv/bin/python bench/tui_startup.py [--runs 3]

Indexes seeds/ into a temporary store, then starts new Python processes and times, from the
moment each is spawned:

* the floor: ``python -c "import textual"`` run to its end (and bare ``python -c pass``);
* first paint: the chat app (``tui.app.make_app``), run in a pseudo-terminal of 100x32 as a
  user would run it, until its conversation screen has been drawn;
* first answer: the same process, which asks a question the moment the screen is drawn,
  until the answer with its citations has been drawn.

Each figure is the median of ``--runs`` processes; ratios are to the ``import textual`` floor.
The child reports its moments with ``time.perf_counter()``, which on Linux and macOS reads the
system-wide monotonic clock, so the parent can subtract the time it spawned the child.
"""

from __future__ import annotations

import time

CHILD_START = time.perf_counter()  # first thing a driver process does

import argparse  # noqa: E402
import fcntl  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pty  # noqa: E402
import select  # noqa: E402
import statistics  # noqa: E402
import struct  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import termios  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
QUESTION = "Who owns the Rock Entertainment Centre?"
SIZE = (100, 32)
TIMEOUT = 300.0


def main() -> int:
    """Index the seeds, time the floor and the chat app, print the table."""
    args = _arguments()
    if args.driver:
        return drive(*args.driver)
    with tempfile.TemporaryDirectory(prefix="qa-tui-startup-") as work:
        store = Path(work) / "store"
        _index_seeds(store)
        rows = _measure(store, Path(work) / "marks.json", args.runs)
    _print_table(rows, args.runs)
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="processes per figure (median)")
    parser.add_argument("--driver", nargs=2, metavar=("STORE", "MARKS"), help=argparse.SUPPRESS)
    return parser.parse_args()


def _index_seeds(store: Path) -> None:
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from qa import Library

    report = Library(store).ingest([REPO / "seeds"])
    print(f"indexed seeds/ into a temporary store: {report.summary()}", file=sys.stderr)


# -- the parent: spawn, time, summarise --------------------------------------------------


def _measure(store: Path, marks: Path, runs: int) -> dict[str, list[float]]:
    rows: dict[str, list[float]] = {"python -c pass": [], 'python -c "import textual"': [],
                                    "chat: first paint": [], "chat: first answer": []}
    for _ in range(runs):
        rows["python -c pass"].append(_time_command([sys.executable, "-c", "pass"]))
        rows['python -c "import textual"'].append(
            _time_command([sys.executable, "-c", "import textual"]))
        paint, answer = _time_chat(store, marks)
        rows["chat: first paint"].append(paint)
        rows["chat: first answer"].append(answer)
    return rows


def _time_command(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _time_chat(store: Path, marks: Path) -> tuple[float, float]:
    """Run one chat process in a pseudo-terminal; seconds from spawn to paint and to answer."""
    marks.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--driver", str(store), str(marks)]
    start, output = _run_in_pty(command)
    if not marks.exists():
        tail = output[-1500:].decode("utf-8", "replace")
        raise SystemExit(f"error: the chat process reported nothing; its last output:\n{tail}")
    got = json.loads(marks.read_text())
    if not got["answered"]:
        raise SystemExit(f"error: the chat process did not answer {QUESTION!r}")
    return got["paint"] - start, got["answer"] - start


def _run_in_pty(command: list[str]) -> tuple[float, bytes]:
    """Run ``command`` on a new pseudo-terminal, reading everything it draws."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "HF_HUB_OFFLINE": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, cwd=REPO,
                            env=env, start_new_session=True)
    os.close(slave)
    try:
        output = _drain(master, proc)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    return start, output


def _drain(master: int, proc: subprocess.Popen) -> bytes:
    # The child blocks when the terminal's buffer is full: read until it closes its end.
    chunks = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every copy of the terminal's other end is closed
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def _print_table(rows: dict[str, list[float]], runs: int) -> None:
    floor = statistics.median(rows['python -c "import textual"'])
    print(f"\nterminal chat start-up, median of {runs} fresh processes "
          f"({SIZE[0]}x{SIZE[1]} pseudo-terminal, seed store)\n")
    print(f"{'':30} {'median s':>9} {'min s':>7} {'max s':>7} {'x floor':>8}")
    for name, values in rows.items():
        median = statistics.median(values)
        print(f"{name:30} {median:9.2f} {min(values):7.2f} {max(values):7.2f} "
              f"{median / floor:8.1f}")
    print(f"\nfloor: python -c \"import textual\"; first answer asks {QUESTION!r} "
          "as soon as the screen is drawn")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(figures from a busy machine are slower and more spread)")


# -- the child: the real app, driven by Textual's auto-pilot -----------------------------


def drive(store: str, marks_path: str) -> int:
    """Run the chat app on ``store``; write when it was first drawn and first answered."""
    sys.path.insert(0, str(REPO))
    from tui.app import make_app

    marks: dict[str, float | bool] = {"start": CHILD_START}
    make_app(store=store).run(size=SIZE, auto_pilot=lambda pilot: _script(pilot, marks))
    Path(marks_path).write_text(json.dumps(marks))
    return 0


async def _script(pilot, marks: dict[str, float | bool]) -> None:
    from tui.screens.chat import ChatScreen
    from tui.widgets.exchange import Exchange
    from tui.widgets.question_input import QuestionInput

    app = pilot.app
    await _until(pilot, lambda: isinstance(app.screen, ChatScreen))
    await _refreshed(app.screen)
    marks["paint"] = time.perf_counter()
    app.screen.query_one(QuestionInput).value = QUESTION
    await pilot.press("enter")
    exchange = app.screen.query(Exchange).last()
    await _until(pilot, lambda: exchange.answer is not None or exchange.has_class("failed"))
    await _refreshed(app.screen)
    marks["answer"] = time.perf_counter()
    marks["answered"] = exchange.answer is not None
    app.exit()


async def _until(pilot, predicate) -> None:
    while not predicate():
        await pilot.pause(0.005)


async def _refreshed(screen) -> None:
    """Return once ``screen`` has been drawn with everything mounted so far."""
    import asyncio

    drawn = asyncio.Event()
    screen.call_after_refresh(drawn.set)
    await drawn.wait()


if __name__ == "__main__":
    sys.exit(main())
