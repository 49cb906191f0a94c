"""index.punkt: NLTK's Punkt decisions without importing NLTK.

NLTK stays a test dependency as the reference (as bm25s is for BM25): the spans must be the
ones its ``PunktTokenizer("english")`` gives with the same parameters, line by line.
"""

import json
import re
import subprocess
import sys

import pytest

from index.punkt import PunktSplitter, english_parameters
from tests.helpers import ROOT, SEED_FILE

pytestmark = pytest.mark.fast

HARD = """Mr. Smith met Dr. Jones at St. Paul's in the U.S. capital at 5 p.m. on Jan. 4.
He said: "It's over." (Really.) "Is it?" she asked... Then J. S. Bach played. No. 3 won.
The firm's profits rose 3.5% to $1.13bn. They were up 76%! Was it 2004? Yes, in 2004.
Sales at Apple Inc. fell. The deal, worth 4.2m pounds (about $5m), was signed on Monday.
“We lost. We will be back,” he said. ‘Fine.’ It ended -- at last. e.g. this; i.e. that."""


def _reference():
    import importlib.util
    from pathlib import Path

    import nltk.data
    from nltk.tokenize.punkt import PunktTokenizer

    spec = importlib.util.find_spec("llama_index.core")
    assert spec and spec.submodule_search_locations
    nltk.data.path.append(str(Path(next(iter(spec.submodule_search_locations)), "_static",
                                   "nltk_cache")))
    return PunktTokenizer("english")


def _texts() -> list[str]:
    bbc = ROOT.parent / "shared" / "data" / "bbc-news" / "bbc_news.jsonl"
    texts = [HARD, SEED_FILE.read_text(encoding="utf-8")]
    if bbc.exists():  # the first 300 BBC News articles, when ../shared is beside the checkout
        with bbc.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(300), f, strict=False)]
    return texts


def test_spans_are_nltks():
    reference, ours = _reference(), PunktSplitter(english_parameters())
    blocks = [m.group() for t in _texts() for m in re.finditer(r"[^\n]+", t)]
    assert len(blocks) > 10
    for block in blocks:
        assert list(ours.span_tokenize(block)) == list(reference.span_tokenize(block)), block


def test_splitting_imports_neither_nltk_nor_llama_index():
    # (finding llama-index-core's data imports its namespace package, which is empty)
    code = ("import sys; from index.chunks import split_sentences; "
            "assert len(split_sentences('One. Two.')) == 2; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('nltk', 'scipy', 'regex') or m.startswith('llama_index.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"
