"""The public names, and what importing them costs (the layers: tests/test_layers.py)."""

from pathlib import Path

import qa

ROOT = Path(__file__).resolve().parents[1]


def test_public_names_are_exported():
    for name in ("Library", "Answer", "Citation", "Passage", "IngestReport", "ArticleInfo",
                 "QAError", "Chat", "Turn", "Embedder", "Progress"):
        assert name in qa.__all__
        assert getattr(qa, name) is not None
    assert sorted(qa.__all__) == sorted(set(qa.__all__))
    for name in qa.__all__:
        assert getattr(qa, name) is not None


def test_the_package_says_it_is_typed():
    for package in ("qa", "index", "tui"):
        assert (ROOT / package / "py.typed").is_file()


def test_library_chat_is_annotated():
    import inspect

    assert inspect.signature(qa.Library.chat).return_annotation in (qa.Chat, "Chat")


def test_results_turn_into_dicts_one_way():
    citation = qa.Citation(n=1, article_id="a", title="T", source="s.txt", start=0, end=4,
                           quote="Text", score=0.123456)
    answer = qa.Answer(question="Q?", text="Text [1]", citations=(citation,), abstained=False)
    assert answer.to_dict() == {"question": "Q?", "answer": "Text [1]", "abstained": False,
                                "short": None, "unsure": False,
                                "citations": [citation.to_dict()]}
    # passages without a short answer to a question asking for a name: "Not sure", in the
    # Python API's dict as in qa ask --json (a trial of stop 44 found it only there)
    who = qa.Answer(question="Who owns it?", text="Text [1]", citations=(citation,),
                    abstained=False)
    assert who.unsure and who.to_dict()["unsure"] is True
    short = qa.ShortAnswer(text="Te", start=0, end=2, n=1)
    with_short = qa.Answer(question="Q?", text="Text [1]", citations=(citation,),
                           abstained=False, short=short)
    assert with_short.to_dict()["short"] == {"text": "Te", "start": 0, "end": 2, "n": 1}
    assert list(citation.to_dict()) == ["n", "article_id", "title", "source", "date", "page",
                                        "start", "end", "quote", "score"]
    assert citation.to_dict()["page"] is None  # formats without pages
    assert citation.to_dict()["score"] == 0.1235
    passage = qa.Passage(article_id="a", title="T", start=0, end=4, text="Text", score=0.5)
    assert passage.to_dict() == {"article_id": "a", "title": "T", "start": 0, "end": 4,
                                 "text": "Text", "score": 0.5, "source": "", "page": None,
                                     "close": True, "date": None, "best_start": None,
                                     "best_end": None}
    info = qa.ArticleInfo(article_id="a", title="T", source="s", date=None, chunks=2)
    assert info.to_dict()["chunks"] == 2


def test_heavy_libraries_are_not_imported_with_the_api():
    import subprocess
    import sys

    code = ("import sys, qa, qa.cli, tui.app; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'llama_index', "
            "'transformers', 'pypdf', 'docx2txt', 'ebooklib') if m in sys.modules))")
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
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers', "
            "'pypdf', 'llama_index.core') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"


def test_a_library_over_a_store_the_caller_opened(tmp_path):
    from index.store import Store

    library = qa.Library.from_store(Store.open_directory(tmp_path / "store"))
    assert library.location == str(tmp_path / "store")
    assert library.stats().articles == 0
