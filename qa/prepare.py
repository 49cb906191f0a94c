"""What ``qa prepare`` does once after an install, so that each later command starts quickly.

Two things cost every fresh process time unless they are done once beforehand:

* the encoder's ONNX export (torch, about a minute): :func:`index.embeddings.export_onnx`;
* compiling Python modules. ``make install`` installs with pip's ``--no-compile`` (compiling
  all of torch took 80 s), and where ``PYTHONDONTWRITEBYTECODE`` is set (container images
  often set it; so does this machine) Python never writes what it compiled, so every
  ``qa ask`` compiled about 200 modules of chromadb, opentelemetry and protobuf again: 0.3 s
  of a cold question. :func:`compile_question_path` compiles the packages that a question
  and the chat import, once.
"""

from __future__ import annotations

import compileall
import sys
import sysconfig
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["compile_packages", "compile_question_path"]


def compile_question_path() -> int:
    """Import what answering a question imports, then byte-compile those packages and all
    that this process imported before (``qa prepare`` imports the chat's first); files
    already compiled are skipped. Returns how many folders and files were compiled. Run it
    before anything imports torch."""
    import onnxruntime  # noqa: F401 - the models' runtime, imported when a question is read
    import tokenizers  # noqa: F401

    from qa.library import Library

    with tempfile.TemporaryDirectory(prefix="qa-prepare-") as empty:
        Library(empty, create=True).stats()  # imports chromadb's local store
    imported = {name.partition(".")[0] for name in list(sys.modules)}
    return compile_packages(imported - _NEVER_ASKED)


# Imported only by the one-time export and by training: thousands of files (80 s).
_NEVER_ASKED = frozenset({"torch", "transformers", "sentence_transformers"})


def compile_packages(names: Iterable[str]) -> int:
    """Byte-compile the imported top-level packages (or single modules) ``names``, whole,
    outside the standard library; returns how many folders and files were compiled. Where
    a folder is not writable nothing is written, and nothing is raised."""
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    done = 0
    for place in sorted(_places(names)):
        if place.is_relative_to(stdlib):
            continue
        if place.is_dir():
            compileall.compile_dir(place, quiet=2, workers=0)
        else:
            compileall.compile_file(place, quiet=2)
        done += 1
    return done


def _places(names: Iterable[str]) -> set[Path]:
    """The folders of each imported package (a namespace package such as ``opentelemetry``
    or ``google`` has several, and no ``__file__``), or a module's file."""
    places: set[Path] = set()
    for name in names:
        module = sys.modules.get(name)
        folders = getattr(module, "__path__", None)
        if folders is not None:
            places.update(Path(folder).resolve() for folder in folders)
        elif (file := getattr(module, "__file__", None)) and file.endswith(".py"):
            places.add(Path(file).resolve())
    return places
