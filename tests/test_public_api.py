"""The public names and the boundaries between the packages."""

import ast
from pathlib import Path

import qa

ROOT = Path(__file__).resolve().parents[1]


def test_public_names_are_exported():
    for name in ("Library", "Answer", "Citation", "Passage", "IngestReport", "ArticleInfo",
                 "QAError"):
        assert name in qa.__all__
        assert getattr(qa, name) is not None
    assert sorted(qa.__all__) == sorted(set(qa.__all__))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_chat_app_is_a_thin_client_of_qa():
    forbidden = {"chromadb", "llama_index", "sentence_transformers", "torch", "index"}
    for path in (ROOT / "tui").rglob("*.py"):
        assert not (_imports(path) & forbidden), path


def test_heavy_libraries_are_not_imported_with_the_api():
    import subprocess
    import sys

    code = ("import sys, qa, qa.cli, tui.app; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'llama_index', "
            "'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"


def test_answering_a_question_never_imports_torch(seed_store):
    import subprocess
    import sys

    code = ("import sys; from qa import Library; "
            f"a = Library({str(seed_store)!r}, create=False).ask("
            "'Who owns the Rock Entertainment Centre?'); "
            "assert 'Kith Theang' in a.citations[0].quote; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"
