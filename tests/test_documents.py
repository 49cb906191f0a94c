"""llama-index both ways: any reader's Documents in (by the rules of files), a retriever out
(its nodes are ask's citations)."""

import pytest
from llama_index.core import Document, SimpleDirectoryReader

from qa import InputError, Library
from qa.llamaindex import LibraryRetriever
from tests import documents as made
from tests.helpers import SEED_QUESTIONS, UNANSWERABLE, assert_quotes_exact, write


def _documents(ships: str = "The ferry company bought two new ships in March.") -> list:
    """Fresh Document objects each call (each with a new random id_, as readers give)."""
    return [
        Document(text=ships, metadata={"id": "wire-1", "title": "Ships", "date": "2025-03-02",
                                       "url": "https://example.org/ships"}),
        Document(text="Trains\n\nThe night train to the coast returns in June.", id_="train"),
        Document(text="The old lighthouse on the north pier shines again."),
    ]


def test_ingest_documents_is_idempotent_like_files(library):
    first = library.ingest_documents(_documents())
    assert first.added[:2] == ("wire-1", "train")
    assert first.added[2].startswith("document-")  # no id given: named by its text
    again = library.ingest_documents(_documents())
    assert len(again.unchanged) == 3 and again.embedded == 0 and not again.changed
    changed = library.ingest_documents(_documents("The ferry company sold its old ships."))
    assert changed.updated == ("wire-1",) and len(changed.unchanged) == 2
    ships = next(a for a in library.articles() if a.article_id == "wire-1")
    assert (ships.title, ships.source, ships.date) == ("Ships", "https://example.org/ships",
                                                       "2025-03-02")
    # without a title, a headline or a file, its opening words (it was "document 3", its
    # place in the batch: a new user's trial, stop 38)
    assert {a.title for a in library.articles()} == {
        "Trains", "Ships", "The old lighthouse on the north pier shines again"}


def test_a_reader_documents_are_the_same_articles_as_the_files(tmp_path, embedder):
    folder = tmp_path / "news"
    write(folder / "bridge.txt", "Bridge\n\nThe harbour bridge reopened on Monday.")
    write(folder / "ferry.md", "# Ferry\n\nThe ferry runs again in May.")
    lib = Library(tmp_path / "store", embedder=embedder)
    assert len(lib.ingest_documents(SimpleDirectoryReader(str(folder)).load_data()).added) == 2
    report = lib.ingest([folder])
    assert len(report.unchanged) == 2 and report.embedded == 0


def test_a_file_without_a_headline_is_titled_and_dated_alike_both_ways(tmp_path, embedder):
    # (the README's llama-index example titled the seed by its file name and gave it no
    # date, so `qa ingest seeds/` into the same store embedded it again: stop 50's notes)
    folder = tmp_path / "news"
    write(folder / "0042_wire.txt", "LEEDS, 2 June 2025 — A community bakery in Leeds has "
          "reopened after a fire.\n\nIts owner, Ann Hale, said the ovens were saved.")
    lib = Library(tmp_path / "store", embedder=embedder)
    lib.ingest_documents(SimpleDirectoryReader(str(folder)).load_data())
    [read] = lib.articles()
    assert (read.title, read.date) == ("A community bakery in Leeds has reopened after a fire",
                                       "2025-06-02")
    report = lib.ingest([folder])
    assert len(report.unchanged) == 1 and report.embedded == 0


def test_pdf_pages_from_a_reader_are_one_article_citing_pages(tmp_path, embedder):
    import pypdf

    pdf = made.two_page_pdf(tmp_path / "report.pdf")
    # What llama-index's PDFReader gives: a document per page, labelled.
    pages = [Document(text=page.extract_text(), metadata={
        "page_label": str(n), "file_name": pdf.name, "file_path": str(pdf)})
        for n, page in enumerate(pypdf.PdfReader(pdf).pages, start=1)]
    lib = Library(tmp_path / "store", embedder=embedder)
    assert lib.ingest_documents(pages).added == (str(pdf.resolve()),)
    answer = lib.ask(made.PDF_QUESTION[0])
    assert made.PDF_QUESTION[1] in answer.citations[0].quote and answer.citations[0].page == 2
    assert_quotes_exact(lib, answer)
    assert lib.ingest_documents(pages[:1]).updated == (str(pdf.resolve()),)  # one page left


def test_a_file_the_reader_gives_fewer_documents_of_loses_the_rest(tmp_path, embedder):
    lib = Library(tmp_path / "store", embedder=embedder)
    source = str(tmp_path / "wire.jsonl")
    docs = [Document(text=f"Story {n} is about harbour number {n}.",
                     metadata={"id": f"w{n}", "file_path": source}) for n in range(3)]
    lib.ingest_documents(docs)
    report = lib.ingest_documents(docs[:2])
    assert report.removed == ("w2",) and len(report.unchanged) == 2
    lib.ingest_documents([Document(text="Elsewhere, a story without a file.")])
    assert len(lib.articles()) == 3  # documents without a file never remove others


def test_a_document_without_text_is_reported_not_indexed(library):
    report = library.ingest_documents([Document(text="  \n "), *_documents()[:1]])
    assert len(report.added) == 1 and "no words" in report.failed[0].message


def test_the_retriever_nodes_are_the_citations_of_ask(seed_library):
    retriever = LibraryRetriever(seed_library, k=5)
    for question, phrase in SEED_QUESTIONS:
        nodes = retriever.retrieve(question)
        citations = seed_library.ask(question).citations
        assert [(n.node.get_content(), n.score, n.node.metadata) for n in nodes] == [
            (c.quote, c.score, {"article_id": c.article_id, "title": c.title,
                                "source": c.source, "date": c.date, "page": c.page,
                                "start": c.start, "end": c.end}) for c in citations]
        assert phrase in nodes[0].node.get_content()
    assert len(LibraryRetriever(seed_library, k=1).retrieve(SEED_QUESTIONS[0][0])) == 1
    assert LibraryRetriever(seed_library).retrieve(UNANSWERABLE[0]) == []
    with pytest.raises(InputError, match="k must be at least 1"):
        LibraryRetriever(seed_library, k=0)


def test_the_retriever_serves_a_llama_index_query_engine(seed_store, embedder):
    from llama_index.core.llms import MockLLM
    from llama_index.core.query_engine import RetrieverQueryEngine

    retriever = LibraryRetriever(Library(seed_store, embedder=embedder, create=False))
    engine = RetrieverQueryEngine.from_args(retriever, llm=MockLLM())
    response = engine.query(SEED_QUESTIONS[0][0])
    assert SEED_QUESTIONS[0][1] in response.source_nodes[0].node.get_content()
    assert "start:" not in str(response)  # offsets are not shown to the language model
