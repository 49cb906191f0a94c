"""The ``qa`` command: a thin shell over :class:`qa.Library`.

The library raises :class:`~qa.errors.QAError`; only this module turns them into one-line
``error: ...`` messages on stderr with exit code 1 (2 for usage mistakes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from index.ingest import resolve_roots
from index.reports import IngestProblem, Progress
from qa.answering import EMPTY_LIBRARY
from qa.config import default_llm, default_server, default_store
from qa.errors import NoStoreError, QAError
from qa.formatting import (
    answer_plain,
    not_found,
    not_indexed,
    plural,
    preview,
    source_label,
)
from qa.models import Answer, IngestReport

if TYPE_CHECKING:
    from qa.evaluation import EvalQuestion

__all__ = ["REFUSED_EXIT", "UNSURE_EXIT", "main", "run"]

# The exit status of ``qa ask --exit-code`` when no passage answers (1 is an error, 2 a usage
# mistake), and when passages are shown under "Not sure", with no short answer in them.
REFUSED_EXIT = 3
UNSURE_EXIT = 4


class _Parser(argparse.ArgumentParser):
    """A usage mistake is one line, as every other error is, with where to read more
    (argparse's own prints the whole usage first). An option is written whole: "--stor"
    is a mistake, not "--store" (trial H, stop 42, was surprised it ran)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        typed = re.match(r"argument COMMAND: invalid choice: '([^']*)'", message)
        if typed:  # "qa aks": the closest command (a trial of stop 39)
            close = _closest(typed.group(1), list(_COMMANDS), 0.6)
            message += f"; did you mean '{close}'?" if close else ""
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="DIR",
                       help="store directory (default: $QA_STORE or the user data directory)")
    where.add_argument("--server", metavar="URL",
                       help="a Chroma server (chroma run) instead of a local store; $QA_SERVER")
    parser = _Parser(
        prog="qa",
        description="Ask questions of a folder of articles; answers cite their passages.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    quiet = _Parser(add_help=False)
    quiet.add_argument("-q", "--quiet", action="store_true",
                       help="print only the summary line and the files not indexed")
    p = sub.add_parser("ingest", parents=[common, quiet],
                       help="index files or folders of articles")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a file or a folder (read recursively): .txt .md .html .json .jsonl "
                        ".pdf .docx .epub; only what changed since the last ingest is read "
                        "again")
    p = sub.add_parser("sync", parents=[common, quiet],
                       help="keep the library in step with a folder (add, update, remove)")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("--watch", action="store_true", help="keep syncing as files change")
    p = sub.add_parser("remove", parents=[common], help="remove an article by id or path")
    p.add_argument("target", metavar="ARTICLE|PATH")
    sub.add_parser("compact", parents=[common],
                   help="rewrite the vector index without deleted chunks (also automatic)")
    writing = _Parser(add_help=False)
    writing.add_argument("--llm", metavar="MODEL@URL",
                         help="a language model on your own OpenAI-compatible server (Ollama, "
                              "llama.cpp, LM Studio, vLLM) writes the answer from the quotes; "
                              "default $QA_LLM")
    writing.add_argument("--llm-timeout", metavar="SECONDS", type=_seconds,
                         help="the longest the written answer may take (default 60)")
    writing.add_argument("--no-llm", action="store_true", help="ignore $QA_LLM")
    p = sub.add_parser("ask", parents=[common, writing],
                       help="answer a question with citations")
    p.add_argument("question", nargs="+", help="the question (quotes are optional)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--strict", action="store_true",
                   help="drop the written sentences that their quotes do not support")
    p.add_argument("--exit-code", action="store_true",
                   help=f"exit {REFUSED_EXIT} when it does not answer, {UNSURE_EXIT} when it "
                        f"is not sure (errors stay 1)")
    p = sub.add_parser("search", parents=[common], help="ranked passages for a query",
                       description="Ranked passages for a query. The number before each passage "
                                   "is retrieval's evidence (its words and its meaning matched "
                                   "together): it only orders the passages, is no probability "
                                   "and can exceed 1.")
    p.add_argument("query", nargs="+", help="what to search for (quotes are optional)")
    p.add_argument("-k", type=_positive, default=10, help="how many passages (default 10)")
    p.add_argument("--full", action="store_true",
                   help="print each passage whole, not a line from where it matched")
    p.add_argument("--json", action="store_true", help="print the passages as JSON")
    p = sub.add_parser("list", parents=[common], help="list the indexed articles")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p = sub.add_parser("eval", parents=[common], help="measure answers on a question file")
    p.add_argument("questions", metavar="QUESTIONS",
                   help="JSONL (question, answers, unanswerable) or SQuAD-format JSON")
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--no-removed", action="store_true",
                   help="skip the answer-removed test (each answerable question asked again "
                        "without the sentences holding its answer; it should be refused)")
    p.add_argument("--misses", action="store_true",
                   help="also list the questions whose first citation lacks the answer, the "
                        "unanswerable ones answered, and those whose first citation is right "
                        "but whose short answer is not the expected one or missing, with what "
                        "was cited")
    sub.add_parser("prepare", help="prepare the embedding model and compile what a question "
                                    "imports (run once by make install)")
    p = sub.add_parser("chat", parents=[common, writing], help="open the terminal chat")
    p.add_argument("--ingest", metavar="PATH", action="append", default=[],
                   help="index PATH in the background when the chat opens")
    p.add_argument("--watch", metavar="FOLDER", action="append", default=[],
                   help="keep the library in step with FOLDER while the chat is open")
    for command in sub.choices.values():  # a mistyped option is told with its command's usage
        command.set_defaults(subparser=command)
    return parser


def _did_you_mean(unknown: list[str], parser: argparse.ArgumentParser) -> str:
    """'; did you mean --store?' for a misspelt option of the command, else nothing."""
    options = [o for action in parser._actions for o in action.option_strings]
    for word in unknown:
        close = _closest(word.split("=")[0], options, 0.7) if word.startswith("--") else None
        if close:
            return f"; did you mean {close}?"
    return ""


def _closest(word: str, choices: list[str], cutoff: float) -> str | None:
    """The choice closest to a misspelt ``word``, if any is close enough."""
    from difflib import get_close_matches

    return next(iter(get_close_matches(word, choices, n=1, cutoff=cutoff)), None)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, not '{text}'") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {text}")
    return value


# Commands that write nothing: the console script ends them without the interpreter's
# teardown (see run).
_READS_ONLY = frozenset({"ask", "search", "list"})


def run() -> NoReturn:
    """The ``qa`` console script: :func:`main`, then its exit status.

    After a command that writes nothing, the process ends at once (``os._exit``, once the
    output is flushed) instead of tearing down the interpreter: freeing chromadb's and
    onnxruntime's modules took 0.4-0.9 s, a fifth of a cold ``qa ask`` on a 2-core machine.
    Nothing is left undone: such a command has no thread still at work once it has printed,
    and neither chromadb nor this package registers anything to run at exit.
    """
    with suppress(AttributeError, ValueError):  # (not a text stream: as it is)
        # each line out as it is written, so that the messages on standard error (a hint, a
        # count, progress) come after the lines before them when both go to one pipe (the
        # README check of stop 51 saw "...this question.hint: ..." on one line)
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    code = main()
    if sys.argv[1:2] and sys.argv[1] in _READS_ONLY:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):  # a closed pipe: nothing to add
                stream.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """What the ``qa`` console script does: run the command ``argv`` names (by default the
    process's arguments) and return its exit status."""
    given = list(sys.argv[1:] if argv is None else argv)
    if given and given[0].startswith("--store"):  # qa --store DIR ask ...
        command = next((a for a in given if a in _COMMANDS), "COMMAND")
        print(f"qa: error: --store goes after the command: qa {command} --store DIR ...",
              file=sys.stderr)
        return 2
    args, unknown = _parser().parse_known_args(given)
    if unknown:
        args.subparser.error(f"unrecognized arguments: {' '.join(unknown)}"  # exits with 2
                             + _did_you_mean(unknown, args.subparser))
    for name in ("question", "query"):
        words = getattr(args, name, None)
        if isinstance(words, list):
            if len(words) > 1 and Path(words[0]).is_dir():
                print(f"qa {args.command}: error: {words[0]} is a folder, not part of the "
                      f"question; to use the store in it, put --store {words[0]} after "
                      f"'{args.command}'", file=sys.stderr)
                return 2
            setattr(args, name, " ".join(words))  # qa ask Who is the police spokesman?
    try:
        return _COMMANDS[args.command](args)
    except NoStoreError as e:  # the command that makes it, as this one was given its store
        print(f"error: no store at {e.path}; index some articles first with "
              f"'{_ingest_hint(args)}'", file=sys.stderr)
        return 1
    except QAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        writes = args.command in ("ingest", "sync", "remove", "compact")
        print("interrupted" + ("; every article written before stays indexed: run the same "
                               "command again to finish" if writes else ""), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _open_library(args: argparse.Namespace, create: bool = False, preload: bool = False):
    """The library the command names; only commands that write may create a store.

    With ``preload`` the models (the encoder and the reader) load in the background while
    the store opens (most of a cold question's time is importing chromadb and loading the
    models)."""
    from index.embeddings import Embedder
    from qa.library import Library, shipped_reader

    embedder = Embedder()
    if preload:
        embedder.preload()
        # (its session loads beside chromadb's import: 0.24 s of a cold ask at 100k chunks)
        shipped_reader().preload()
    server = args.server or (None if args.store else default_server())
    if server:
        return Library.connect(server, embedder=embedder)
    return Library(args.store or default_store(), embedder=embedder, create=create)


def _ingest(args: argparse.Namespace) -> int:
    resolve_roots(args.paths)  # a path that does not exist: an error before a store is made
    lib = _open_library(args, create=True)
    with _progress_bar(args.quiet) as progress:
        report = lib.ingest(args.paths, progress=progress)
    _print_report(report, args.quiet)
    return 1 if report.failed else 0


def _sync(args: argparse.Namespace) -> int:
    resolve_roots([args.folder])
    lib = _open_library(args, create=True)
    told = _sync_once(lib, args.folder, set(), per_article=not args.quiet)
    if args.watch:
        from qa.watching import sync_due

        print(f"watching {args.folder} (Ctrl+C to stop)", file=sys.stderr)
        _stop_on_signals()
        syncing = False
        try:
            for changed in sync_due(args.folder):
                syncing = True
                told = _sync_once(lib, args.folder, told, only_if_changed=not changed,
                                  per_article=not args.quiet)
                syncing = False
        except KeyboardInterrupt:  # how watching is meant to end: not a failure
            print("stopped watching" + ("; the sync under way was cut short: every article "
                                        "written before stays indexed, and the next sync "
                                        "does the rest" if syncing else ""), file=sys.stderr)
    return 0


def _sync_once(lib, folder: str, told: set[IngestProblem],
               only_if_changed: bool = False, per_article: bool = True
               ) -> set[IngestProblem]:
    """Sync and print what changed; of the files not indexed, only those not in ``told``
    (already listed by an earlier round of ``--watch``). Returns the files not indexed now.
    ``only_if_changed`` (the watcher's catch-up round, just after the first sync): print
    nothing unless something changed; not ``per_article`` (``--quiet``): no progress, and
    the summary without a line per article."""
    if only_if_changed:
        report = lib.sync(folder)
        if not report.changed and {*report.failed, *report.skipped} <= told:
            return told
    else:
        with _progress_bar(not per_article) as progress:
            report = lib.sync(folder, progress=progress)
    if per_article:
        _print_changes(report)
    problems = {*report.failed, *report.skipped}
    new = replace(report, failed=tuple(p for p in report.failed if p not in told),
                  skipped=tuple(p for p in report.skipped if p not in told))
    for line in not_indexed(new):
        print(line, file=sys.stderr)
    again = len(problems & told)
    print(report.summary() + (f" ({again} of them listed earlier, unchanged)" if again else ""))
    return problems


def _stop_on_signals() -> None:
    """Let ``kill`` (SIGTERM, as from a service manager) and ``kill -INT`` end ``--watch`` as
    Ctrl+C does. A job a script starts in the background ignores SIGINT, and Python then
    leaves it ignored: the watcher could not be stopped that way."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _remove(args: argparse.Namespace) -> int:
    report = _open_library(args).remove(args.target)
    for article_id in report.removed:
        print(f"removed  {article_id}")
    return 0


def _compact(args: argparse.Namespace) -> int:
    lib = _open_library(args)
    with _progress_bar() as progress:
        copied = lib.compact(progress=progress)
    print(f"compacted: {plural(copied, 'chunk')} copied into a fresh collection")
    return 0


def _print_changes(report: IngestReport) -> None:
    """A line per article written or removed: ``added    ID`` (an article's id is its file's
    path, or the file's path and the record's place for an archive)."""
    for verb, ids in (("added", report.added), ("updated", report.updated),
                      ("removed", report.removed)):
        for article_id in ids:
            print(f"{verb:<8} {article_id}")


def _print_report(report: IngestReport, quiet: bool = False) -> None:
    if not quiet:
        _print_changes(report)
    for line in not_indexed(report):
        print(line, file=sys.stderr)
    print(report.summary())


@contextmanager
def _progress_bar(quiet: bool = False) -> Iterator[Progress]:
    """Bars on stderr, one per stage; nothing is drawn until the first update. When stderr
    is not a terminal (a log, a pipe), plain lines instead; ``quiet``: none."""
    if quiet or not sys.stderr.isatty() and _same_file(sys.stdout, sys.stderr):
        # (none into the results themselves: "qa eval ... > eval.txt 2>&1" wrote twenty
        # "asking n/45" lines above the figures for new users of stop 64, and ingest's lines
        # ran into its summary)
        yield lambda stage, done, total: None
        return
    if not sys.stderr.isatty():
        yield _ProgressLines()
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=_stderr_console())
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if not tasks:
            bar.start()
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    try:
        yield update
    finally:
        if tasks:
            bar.stop()


def _same_file(one, other) -> bool:
    """Whether the streams ``one`` and ``other`` write to the same file (``2>&1``)."""
    try:
        return os.path.samestat(os.fstat(one.fileno()), os.fstat(other.fileno()))
    except (AttributeError, OSError, ValueError):
        return False


class _ProgressLines:
    """Progress as a line now and then (every 2 s, and at the start and end of each stage),
    for logs and pipes."""

    def __init__(self) -> None:
        self._last: dict[str, float] = {}  # when each stage last printed

    def __call__(self, stage: str, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if done < total and now - self._last.get(stage, 0.0) < 2.0 and done:
            return
        first = stage not in self._last
        self._last[stage] = now
        # (the first line says the others skip: two new users of stop 55 read "asking 5/45"
        # then "asking 7/45" as a question dropped)
        note = " (a line every 2 seconds)" if first and done < total else ""
        try:
            print(f"{stage} {done}/{total}{note}", file=sys.stderr, flush=True)
        except OSError:
            pass  # progress is a courtesy: a closed log must not stop the work


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _ask(args: argparse.Namespace) -> int:
    from qa.library import check_question

    check_question(args.question)  # before the store and the model, which take a second
    llm = _llm(args)
    lib = _open_library(args, preload=True)
    if llm is None:
        answer = lib.ask(args.question)
    else:
        answer = _ask_written(lib, args, llm)
    if answer.text == EMPTY_LIBRARY:  # (the library's text names no store: it is the chat's too)
        print(f"error: no articles in {lib.location} yet; add some with "
              f"'{_ingest_hint(args)}'", file=sys.stderr)
        return 1
    if answer.notice:
        print(f"notice: {answer.notice}", file=sys.stderr)
    if args.json:
        # ("unsure": passages without a short answer to a question asking for one, the
        # plain answer's "Not sure" line)
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer_plain(answer))
        if not_found(answer):
            # (two new users of stop 38 found the answer to a refused question first in
            # `qa search`, which only the README's known limits named; not after a refusal
            # that says what to ask instead, as for a question in French: a trial of stop 39)
            print(f"hint: ask again in the article's words, or see the closest passages: "
                  f"{_search_hint(args)}", file=sys.stderr)
    # (a refusal is an answer, exit 0, unless asked: five new users of stop 54 scripting
    # qa ask could not tell one from an answer but by its text; nor, until stop 70, a "Not
    # sure" from a short answer)
    if not args.exit_code:
        return 0
    return REFUSED_EXIT if answer.abstained else UNSURE_EXIT if answer.unsure else 0


def _search_hint(args: argparse.Namespace) -> str:
    """The ``qa search`` command for the question just refused, on the same library."""
    return f"{_program()} search{_where(args)} -k 5 --full {_shell_quoted(args.question)}"


def _shell_quoted(text: str) -> str:
    """``text`` as one shell word: in double quotes when it holds nothing a shell reads
    inside them ("What is Verdant Grid's revenue?"; shlex's '...'"'"'...' is hard to read, a
    trial of stop 39; and every question alike, which a trial of stop 46 missed), else as
    shlex quotes it."""
    if not any(c in text for c in '"$`\\!'):
        return f'"{text}"'
    return shlex.quote(text)


def _program() -> str:
    """``qa`` as it was typed (".venv/bin/qa" when run so: a new user's copy of a suggested
    "qa search" failed outside the venv)."""
    return sys.argv[0] if os.path.basename(sys.argv[0]) == "qa" else "qa"


def _ingest_hint(args: argparse.Namespace) -> str:
    """The command that adds articles to the library this command used."""
    return f"{_program()} ingest{_where(args)} PATH"


def _where(args: argparse.Namespace) -> str:
    """The library's option as the command was given it (none for the default)."""
    return (f" --store {shlex.quote(args.store)}" if args.store
            else f" --server {args.server}" if args.server else "")


def _llm(args: argparse.Namespace):
    """The language model named by --llm or $QA_LLM (None: extractive answers)."""
    spec = None if args.no_llm else (args.llm or default_llm())
    if not spec:
        return None
    from qa.llm import LocalLLM

    return LocalLLM.parse(spec, timeout=args.llm_timeout)


def _ask_written(lib, args: argparse.Namespace, llm):
    """Ask with the model writing; on a terminal, its text is shown as it arrives (on
    stderr, dimmed), before the checked answer."""
    on_text = None
    live = sys.stderr.isatty() and not args.json
    if live:
        print(f"{llm.model} is writing…", file=sys.stderr)

        def on_text(piece: str) -> None:
            print(f"\x1b[2m{piece}\x1b[0m", end="", file=sys.stderr, flush=True)

    answer = lib.ask(args.question, llm=llm, strict=args.strict, on_text=on_text)
    if live:
        print("\n", file=sys.stderr)
    return answer


def _search(args: argparse.Namespace) -> int:
    from qa.library import check_question

    check_question(args.query, "query")
    lib = _open_library(args, preload=True)
    passages = lib.search(args.query, k=args.k)
    if not passages and lib.stats().articles == 0:  # as qa ask says it
        print(f"error: no articles in {lib.location} yet; add some with "
              f"'{_ingest_hint(args)}'", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([p.to_dict() for p in passages], ensure_ascii=False, indent=2))
        return 0
    if passages and not any(p.close for p in passages):
        print(f"nothing close to {args.query!r}: no passage shares a word with it or is "
              f"near it in meaning; the nearest:")
    for i, p in enumerate(passages, start=1):
        page = f", page {p.page}" if p.page is not None else ""
        date = f", {p.date}" if p.date else ""
        print(f"{i:>2}. {p.score:.3f}  {p.title} ({source_label(p)}{date}{page}, "
              f"{p.start}-{p.end})")
        if args.full:
            # (whole: four new users of stop 55 were sent to `qa search` by a refusal and did
            # not see the answer, said in the passage past its one-line preview)
            text = p.text[len(p.title.strip()) :] if p.title.strip() and p.text.startswith(
                p.title.strip()) else p.text  # (the headline is the result's title already)
            for line in (line for line in text.splitlines() if line.strip()):
                # (each line of the article its own: "Published 2 May 2026" was run into the
                # story's first sentence, four new users of stop 69)
                print(textwrap.fill(" ".join(line.split()), width=96, initial_indent="    ",
                                    subsequent_indent="    "))
        else:
            print(f"    {preview(p, args.query)}")
    return 0


def _list(args: argparse.Namespace) -> int:
    lib = _open_library(args)
    articles = lib.articles()
    if args.json:
        print(json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2))
        return 0
    if not articles:
        print(f"no articles in {lib.location}; add some with '{_ingest_hint(args)}'")
        return 0
    for a in articles:
        # Where it is from as citations say it (a file's path once: a trial of stop 45 read
        # every path twice; an archive's item by its line or id), and its date when known:
        # four columns always ("undated" when none: two new users of stop 62 found the rows of
        # undated articles one column short, so the columns did not line up)
        print(f"{a.title}\t{source_label(a)}\t{a.date or 'undated'}\t"
              f"{plural(a.chunks, 'chunk')}")
    sys.stdout.flush()  # (the count after the rows when both streams go to one place: four
    # new users of stop 48 saw it run into the rows)
    print(f"{plural(len(articles), 'article')} in {lib.location}", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from qa.evaluation import evaluate, load_questions

    questions = load_questions(args.questions)[: args.limit]
    lib = _open_library(args)
    answered: list[tuple[EvalQuestion, Answer]] = []
    with _progress_bar() as progress:
        report = evaluate(lib.ask, questions, lib.article_text, progress=progress,
                          on_answer=lambda q, answer, _right: answered.append((q, answer)),
                          ask_without=None if args.no_removed else (
                              lambda q, answers: lib.ask(q, without_answers=answers)),
                          chat=lambda: lib.chat().ask)
    misses = [(q, a) for q, a in answered if _first_citation_missed(q, a)]
    # (a bold answer that is not a gold one, its first citation right: a trial of stop 44
    # had to ask every question again to find them)
    wrong_short = [(q, a) for q, a in answered if not q.unanswerable and a.short is not None
                   and not _first_citation_missed(q, a) and not _short_is_gold(q, a)]
    # (and a right first citation without a short answer: two trials of stop 54 had to ask
    # every question again to find the "Not sure" ones)
    no_short = [(q, a) for q, a in answered if not q.unanswerable and a.short is None
                and not _first_citation_missed(q, a) and not a.written]
    if args.json:
        figures = report.to_dict()
        if args.misses:
            figures["misses"] = [_miss_row(q, a) for q, a in misses]
            figures["short_answers_not_expected"] = [_miss_row(q, a) for q, a in wrong_short]
            figures["no_short_answer"] = [_miss_row(q, a) for q, a in no_short]
        print(json.dumps(figures, indent=2))
    else:
        print("\n".join(report.lines()))
        if args.misses:
            _print_misses(misses, wrong_short, no_short)
    return 0


def _short_is_gold(q: EvalQuestion, answer: Answer) -> bool:
    from qa.evaluation import short_answer_scores

    return answer.short is not None and short_answer_scores(answer.short.text, q.answers)[0] == 1


def _miss_row(q: EvalQuestion, answer: Answer) -> dict[str, object]:
    """A question ``qa eval --misses --json`` lists: what was expected and what was shown."""
    from qa.evaluation import contains_answer

    later = [c.n for c in answer.citations[1:] if contains_answer(c.quote, q.answers)]
    if answer.citations and contains_answer(answer.citations[0].quote, q.answers):
        later = []  # (the first holds it: three trials of stop 70 read "the answer is in
        # citation [2]" under a right first citation, of a gold word both said)
    return {"question": q.question, **({"after": list(q.before)} if q.before else {}),
            "expected": list(q.answers), "unanswerable": q.unanswerable,
            "refused": answer.abstained,
            "short": answer.short.text if answer.short else None,
            "first_cited": answer.citations[0].quote if answer.citations else None,
            "answer_in_citation": later[0] if later and not q.unanswerable else None}


def _first_citation_missed(q: EvalQuestion, answer: Answer) -> bool:
    """Wrong by the first-citation rate: an answerable question whose first citation holds
    no gold answer (even when a later one does), or an unanswerable one that was answered."""
    from qa.evaluation import contains_answer

    if q.unanswerable:
        return not answer.abstained
    return answer.abstained or not contains_answer(answer.citations[0].quote, q.answers)


def _print_misses(misses: list[tuple[EvalQuestion, Answer]],
                  wrong_short: list[tuple[EvalQuestion, Answer]],
                  no_short: list[tuple[EvalQuestion, Answer]]) -> None:
    missed = sum(not q.unanswerable for q, _ in misses)
    answered = len(misses) - missed  # (counted apart: a trial of stop 39 read them as one)
    print(f"\nfirst citation missed: {missed}"
          + (f"; unanswerable questions answered: {answered}" if answered else ""))
    for q, answer in misses:
        _print_miss(q, answer)
    if wrong_short:
        print(f"\nfirst citation right, short answer not the expected one: {len(wrong_short)}")
        for q, answer in wrong_short:
            _print_miss(q, answer)
    if no_short:
        print(f"\nfirst citation right, no short answer: {len(no_short)}")
        for q, answer in no_short:
            _print_miss(q, answer)


def _print_miss(q: EvalQuestion, answer: Answer) -> None:
    row = _miss_row(q, answer)
    expected = (" | ".join(q.answers) if not q.unanswerable
                else "a refusal (marked unanswerable), but it was answered")
    got = " ".join(str(row["first_cited"]).split()) if answer.citations else "(abstained)"
    after = f"  (a follow-up, after: {' / '.join(q.before)})" if q.before else ""
    print(f"- {q.question}{after}\n    expected: {expected}")
    if answer.short is not None:
        print(f"    short answer: {answer.short.text}")
    elif answer.unsure:  # (a trial of stop 45 could not tell it from passages given as they are)
        print("    short answer: none (shown as \"Not sure\")")
    print(f"    first cited: {got}")
    if row["answer_in_citation"]:
        print(f"    the answer is in citation [{row['answer_in_citation']}]")


def _prepare(args: argparse.Namespace) -> int:
    from index.embeddings import Embedder, export_onnx
    from qa.library import shipped_reader
    from qa.prepare import compile_question_path
    from tui.app import run_chat  # noqa: F401 - compiled with what a question imports

    packages = compile_question_path()  # first: before the export imports torch
    path = export_onnx()
    Embedder().encode_query("ready?")
    shipped_reader().load()
    print(f"embedding model ready: {path}")
    print(f"compiled the {packages} packages that a question imports")
    return 0


def _chat(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # (a new user's trial: without a terminal the app drew itself into the pipe and
        # waited for keys that could not come)
        print("qa chat: error: the chat needs a terminal (its input or output is a pipe or "
              "a file); from a script use 'qa ask' or 'qa search'", file=sys.stderr)
        return 2
    from tui.app import run_chat

    server = args.server or (None if args.store else default_server())
    store = None if server else str(args.store or default_store())
    run_chat(store=store, server=server, ingest=args.ingest, watch=args.watch, llm=_llm(args))
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": _ingest, "sync": _sync, "remove": _remove, "ask": _ask, "search": _search,
    "list": _list, "eval": _eval, "chat": _chat, "prepare": _prepare, "compact": _compact,
}

if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    run()
