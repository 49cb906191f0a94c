"""A user ingests a PDF, Word or EPUB file that cannot be read: one line naming the file and
saying what to do, under its reason, and whatever was indexed before stays indexed.

The bad files are made by the real writers (fpdf2, python-docx, ebooklib) or are what a
user's disk holds: a truncated download, a renamed text file, a zero-byte file.
"""

import zipfile
from pathlib import Path

import pytest

from index.articles import ArticleError, load_file
from index.pdf import NO_TEXT
from index.reports import Reason
from qa import Library
from qa.cli import main
from tests import documents as made
from tests.fakes import FakeEmbedder
from tests.helpers import write


def _truncated_pdf(path: Path) -> Path:
    """The first half of a good PDF, as an interrupted download leaves it."""
    whole = made.two_page_pdf(path).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _empty_docx(path: Path) -> Path:
    """A Word document saved with nothing typed in it."""
    import docx

    docx.Document().save(str(path))
    return path


def _garbage_epub(path: Path) -> Path:
    """A zip archive named .epub that is no book."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a book")
    return path


# name: (how it is made, its reason, words of its message)
BAD = {
    "scan.pdf": (made.scanned_pdf, Reason.NO_TEXT_LAYER, "run OCR on it first"),
    "locked.pdf": (made.encrypted_pdf, Reason.ENCRYPTED, "save a copy without the password"),
    "broken.pdf": (made.broken_pdf, Reason.BROKEN, "open and save it again as PDF"),
    "truncated.pdf": (_truncated_pdf, Reason.BROKEN, "open and save it again as PDF"),
    "zero.pdf": (lambda p: write(p, b""), Reason.EMPTY, "is empty"),
    "empty.docx": (_empty_docx, Reason.EMPTY, "has no words in it"),
    "renamed.docx": (lambda p: write(p, "plain text, renamed"), Reason.BROKEN,
                     "save it as .docx from its program"),
    "fake.docx": (made.fake_docx, Reason.BROKEN, "save it as .docx from its program"),
    "empty.epub": (made.empty_epub, Reason.EMPTY, "chapters"),
    "garbage.epub": (_garbage_epub, Reason.BROKEN, "open and save it again as EPUB"),
}


@pytest.mark.fast
@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_document_gets_one_line_naming_it_and_what_to_do(tmp_path, name):
    make, reason, words = BAD[name]
    path = make(tmp_path / name)
    with pytest.raises(ArticleError) as raised:
        load_file(path)
    e = raised.value
    assert (e.reason, str(e)) == (reason, f"{path}: {e.message}")
    assert words in e.message and "\n" not in str(e)
    assert "; " in e.message  # what is wrong; what to do
    if name == "scan.pdf":
        assert e.message == NO_TEXT


# name: (the good file it replaces, an answer only that file holds)
REPLACED = {
    "locked.pdf": (made.two_page_pdf, "12.4 million euros"),
    "truncated.pdf": (made.two_page_pdf, "12.4 million euros"),
    "scan.pdf": (made.two_page_pdf, "12.4 million euros"),
    "empty.docx": (made.word_docx, "Mara Lind"),
    "renamed.docx": (made.word_docx, "Mara Lind"),
    "garbage.epub": (made.magazine_epub, "east quay"),
}


@pytest.mark.parametrize("name", list(REPLACED))
def test_a_document_that_goes_bad_keeps_what_was_indexed_from_it(tmp_path, name):
    good, phrase = REPLACED[name]
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "other.txt", "Ferries\n\nThe ferry runs again in May.")
    good(folder / name)
    lib = Library(tmp_path / "store", embedder=FakeEmbedder())
    lib.ingest([folder])
    before = {a.article_id: lib.article_text(a.article_id) for a in lib.articles()}
    assert any(phrase in text for text in before.values())

    BAD[name][0](folder / name)
    report = lib.ingest([folder])
    [problem] = report.failed
    assert problem.source.endswith(name) and problem.reason == BAD[name][1]
    assert (report.removed, report.added, report.updated) == ((), (), ())
    after = {a.article_id: lib.article_text(a.article_id) for a in lib.articles()}
    assert after == before


def test_the_cli_prints_the_line_under_its_reason_and_exits_1(tmp_path, capsys):
    folder = tmp_path / "in"
    made.encrypted_pdf(write(folder / "other.txt", "Ferries\n\nThe ferry runs in May.")
                       .with_name("locked.pdf"))
    assert main(["ingest", "--store", str(tmp_path / "store"), str(folder)]) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    at = lines.index("encrypted: 1 not indexed")
    assert lines[at + 1].strip().startswith(str(folder / "locked.pdf") + ": is encrypted")
    assert "1 added" in out
