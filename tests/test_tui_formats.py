"""The chat with documents: /ingest lists what it did not index by reason, and a PDF's
citation shows its page on the card and in the article view."""

from textual.widgets import Static

from qa import Library
from tests import documents as made
from tests.helpers import write
from tests.tui_helpers import ask, enter, reader, run, status_text, wait_until
from tui.app import QAApp
from tui.widgets.citation import CitationCard


def test_ingest_lists_skipped_files_and_a_pdf_citation_shows_its_page(tmp_path, embedder):
    folder = tmp_path / "reports"
    folder.mkdir()
    made.two_page_pdf(folder / "tram.pdf")
    made.scanned_pdf(folder / "scan.pdf")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n")
    app = QAApp(lambda: Library(tmp_path / "store", embedder=embedder))

    async def body():
        async with app.run_test(size=(100, 40)) as pilot:
            await wait_until(pilot, lambda: "ready" in status_text(app))
            await enter(pilot, f"/ingest {folder}")
            await wait_until(pilot, lambda: "1 article," in status_text(app))
            [note] = app.screen.query(".note")
            text = str(note.render())
            assert "not an article format: 1 skipped\n    " in text and "photo.png" in text
            assert "no text layer: 1 not indexed" in text and "scan.pdf: no text in it" in text
            exchange = await ask(pilot, made.PDF_QUESTION[0])
            card = exchange.query(CitationCard).first()
            assert card.citation.page == 2 and "page 2" in str(card.render())
            await pilot.press("tab", "enter")
            screen = await reader(pilot)  # not just pushed: laid out (a flake under load)
            meta = str(screen.query_one("#article-meta", Static).render())
            assert "citation [1], page 2, characters" in meta

    run(body())
