"""The public names, and what importing them costs (the layers: tests/test_layers.py)."""

from pathlib import Path

import qa

ROOT = Path(__file__).resolve().parents[1]


def test_public_names_are_exported():
    for name in ("Library", "Answer", "Citation", "Passage", "IngestReport", "ArticleInfo",
                 "QAError"):
        assert name in qa.__all__
        assert getattr(qa, name) is not None
    assert sorted(qa.__all__) == sorted(set(qa.__all__))


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
