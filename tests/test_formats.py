"""PDF, Word and EPUB files, made by real writers: answered with exact quotes (and pages for
PDF), bad ones reported one line each and grouped by reason, nothing indexed before lost."""

import json
from dataclasses import replace

import numpy as np
import pytest

from index.articles import Article
from index.chunks import chunk_text
from index.pdf import NO_TEXT, reflow
from index.records import ChunkRecord, chunk_key, chunk_metadata, stored_chunk
from index.reports import Reason
from qa import IngestProblem, IngestReport, Library
from qa.cli import main
from qa.formatting import not_indexed
from qa.llamaindex import LibraryRetriever
from tests import documents as made
from tests.fakes import FakeReader
from tests.helpers import assert_quotes_exact, write


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    """A folder of good and bad documents, and a library that has ingested it once."""
    folder = tmp_path_factory.mktemp("shelf")
    made.two_page_pdf(folder / "tram-report.pdf")
    made.word_docx(folder / "bridge.docx")
    made.magazine_epub(folder / "harbour-monthly.epub")
    (folder / "bad").mkdir()
    made.scanned_pdf(folder / "bad" / "scan.pdf")
    made.encrypted_pdf(folder / "bad" / "locked.pdf")
    made.broken_pdf(folder / "bad" / "broken.pdf")
    made.fake_docx(folder / "bad" / "fake.docx")
    made.empty_epub(folder / "bad" / "empty.epub")
    write(folder / "bad" / "photo.png", b"\x89PNG\r\n\x1a\n")
    return folder


@pytest.fixture(scope="module")
def shelf_library(shelf, tmp_path_factory, embedder):
    store = tmp_path_factory.mktemp("shelf-store")
    report = Library(store, embedder=embedder).ingest([shelf])
    return store, report


def test_a_pdf_answer_cites_its_page_with_an_exact_quote(shelf_library, embedder):
    store, _ = shelf_library
    lib = Library(store, embedder=embedder)
    question, phrase = made.PDF_QUESTION
    answer = lib.ask(question)
    first = answer.citations[0]
    assert phrase in first.quote and first.page == 2
    assert_quotes_exact(lib, answer)
    assert (first.title, first.date is not None) == ("Tram Line Annual Report", True)
    page_one = lib.ask("When did the city council approve the tram line?").citations[0]
    assert "approved the new tram line" in page_one.quote and page_one.page == 1


def test_the_reader_path_cites_the_page_too(shelf_library, embedder):
    # Once qa/weights ships, the reader orders citations (qa.reading); the page must survive.
    store, _ = shelf_library
    question, phrase = made.PDF_QUESTION
    lib = Library(store, embedder=embedder, reader=FakeReader({phrase: (6.0, phrase)}))
    answer = lib.ask(question)
    first = answer.citations[0]
    assert phrase in first.quote and first.page == 2
    assert answer.short is not None and answer.short.text == phrase
    assert_quotes_exact(lib, answer)
    [node] = LibraryRetriever(lib, k=1).retrieve(question)
    assert (node.node.text, node.node.metadata["page"]) == (first.quote, 2)


def test_the_page_is_in_the_cli_and_its_json(shelf_library, capsys):
    store, _ = shelf_library
    assert main(["ask", "--store", str(store), made.PDF_QUESTION[0]]) == 0
    shown = capsys.readouterr().out  # (the PDF's date, when it has one, before the page)
    assert "tram-report.pdf, " in shown and ", page 2, characters" in shown
    assert main(["ask", "--store", str(store), "--json", made.PDF_QUESTION[0]]) == 0
    first = json.loads(capsys.readouterr().out)["citations"][0]
    assert first["page"] == 2 and made.PDF_QUESTION[1] in first["quote"]


@pytest.mark.parametrize(("question", "title"), [
    (made.DOCX_QUESTION, "Bridge Inspection"),
    (made.EPUB_QUESTION, "Fish market moves"),
])
def test_a_docx_and_an_epub_chapter_are_answerable(shelf_library, embedder, question, title):
    store, _ = shelf_library
    lib = Library(store, embedder=embedder)
    answer = lib.ask(question[0])
    assert question[1] in answer.citations[0].quote
    assert answer.citations[0].title == title and answer.citations[0].page is None
    assert_quotes_exact(lib, answer)


def test_an_epub_issue_is_one_article_per_chapter_or_section(shelf_library, embedder):
    store, _ = shelf_library
    titles = {a.title for a in Library(store, embedder=embedder).articles()
              if a.source.endswith(".epub")}
    assert titles == {"New ferries for the bay", "Lighthouse restored", "Fish market moves"}


def test_bad_documents_get_one_line_each_grouped_by_reason(shelf_library):
    _, report = shelf_library
    groups = {reason: sorted(p.source.rsplit("/", 1)[-1] for p in problems)
              for reason, problems in report.by_reason().items()}
    assert groups == {
        Reason.NOT_AN_ARTICLE: ["photo.png"],
        Reason.EMPTY: ["empty.epub"],
        Reason.NO_TEXT_LAYER: ["scan.pdf"],
        Reason.ENCRYPTED: ["locked.pdf"],
        Reason.BROKEN: ["broken.pdf", "fake.docx"],
    }
    messages = {p.source.rsplit("/", 1)[-1]: p.message for p in report.failed}
    assert messages["scan.pdf"] == NO_TEXT
    assert "encrypted" in messages["locked.pdf"] and "chapters" in messages["empty.epub"]
    assert "not a Word .docx file" in messages["fake.docx"]
    assert "damaged or not a PDF" in messages["broken.pdf"]
    assert all("\n" not in m for m in messages.values())
    assert len(report.added) == 5  # the PDF, the .docx, and three articles of the EPUB


def test_report_lines_list_every_file_under_its_reason():
    report = IngestReport(
        skipped=(IngestProblem("a.png", "not an article file type", Reason.NOT_AN_ARTICLE),
                 IngestProblem("b.xlsx", "not an article file type", Reason.NOT_AN_ARTICLE)),
        failed=(IngestProblem("scan.pdf", NO_TEXT, Reason.NO_TEXT_LAYER),))
    assert not_indexed(report) == ["not an article format: 2 skipped", "  a.png", "  b.xlsx",
                                   "no text layer: 1 not indexed", f"  scan.pdf: {NO_TEXT}"]
    assert not_indexed(report, details=False)[1] == "no text layer: 1 not indexed"


def test_a_document_that_breaks_keeps_what_was_indexed(tmp_path, embedder):
    lib = Library(tmp_path / "store", embedder=embedder)
    (tmp_path / "in").mkdir()
    pdf = made.two_page_pdf(tmp_path / "in" / "report.pdf")
    assert len(lib.ingest([tmp_path / "in"]).added) == 1
    made.broken_pdf(pdf)
    report = lib.ingest([tmp_path / "in"])
    assert report.failed[0].reason == Reason.BROKEN and report.removed == ()
    assert made.PDF_QUESTION[1] in lib.ask(made.PDF_QUESTION[0]).citations[0].quote


def test_reading_a_pdf_reports_its_pages(tmp_path, embedder):
    pdf = made.two_page_pdf(tmp_path / "report.pdf", pages=("One.", "Two.", "Three."))
    seen = []
    Library(tmp_path / "store", embedder=embedder).ingest(
        [pdf], progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert [s for s in seen if s[0] == "pages"] == [("pages", n, 3) for n in (1, 2, 3)]


@pytest.mark.fast
def test_the_lines_of_a_paragraph_are_joined_and_headings_kept():
    page = ("Tram Line\nThe council approved the new tram line on Monday after a long\n"
            "debate that lasted well into the night, and work on the tracks along the well-\n"
            "known harbour starts in spring.\nSecond paragraph.")
    assert reflow(page) == ("Tram Line\nThe council approved the new tram line on Monday after "
                            "a long debate that lasted well into the night, and work on the "
                            "tracks along the well-known harbour starts in spring.\n"
                            "Second paragraph.")


_ARTICLE = Article(article_id="x", title="Bridge", source="a.txt", path="/a.txt",
                   text="The harbour bridge reopened on Monday. Traffic was light.",
                   date="2025-01-02", url="http://u")


@pytest.mark.fast
def test_articles_without_pages_keep_the_hashes_and_chunk_keys_they_had():
    # As written before pages existed: a re-sync of such a store embeds and rewrites nothing.
    assert _ARTICLE.content_hash == "3b7d1d322f7a3de584ad3a14fcdde031"
    assert [chunk_key(_ARTICLE, c) for c in chunk_text(_ARTICLE.text)] == ["419822a03772ad0a"]


@pytest.mark.fast
def test_chunk_records_carry_pages_and_old_ones_read_as_no_page():
    def read_back(article):
        [chunk] = chunk_text(article.text)
        record = ChunkRecord(chunk=chunk, key="k", text=article.text, vector=np.ones(4),
                             sentence_vectors=np.ones((len(chunk.sentences), 4)))
        return stored_chunk("x#k", chunk_metadata(article, record))

    old = read_back(_ARTICLE)  # no page fields, as every record written before them
    assert (old.page, old.page_at(40)) == (None, None)
    second = _ARTICLE.text.index("Traffic")
    paged = read_back(replace(_ARTICLE, pages=(0, second)))
    assert [paged.page_at(0), paged.page_at(second - 1), paged.page_at(second)] == [1, 1, 2]
    assert replace(_ARTICLE, pages=(0, second)).content_hash != _ARTICLE.content_hash
