"""PDF, Word and EPUB files made by real writers (fpdf2, python-docx, ebooklib), good and
bad, for the tests of reading them. Each writer takes the path to write and returns it."""

from __future__ import annotations

import zipfile
from pathlib import Path

# What each good file says, and a question only its text answers.
PDF_PAGE_1 = ("The city council approved the new tram line on Monday after a long debate. "
              "Work on the tracks along the harbour starts in the spring.")
PDF_PAGE_2 = ("The audit found that the depot on Quay Street cost 12.4 million euros, three "
              "million under budget. Inspectors praised the careful records of the builders.")
PDF_QUESTION = ("How much did the depot on Quay Street cost?", "12.4 million euros")
DOCX_QUESTION = ("Who signed off the bridge repairs?", "Mara Lind")
EPUB_QUESTION = ("Where did the fish market move to?", "east quay")


def two_page_pdf(path: Path, pages: tuple[str, ...] = (PDF_PAGE_1, PDF_PAGE_2)) -> Path:
    """A PDF with a title and a date in its metadata, and one paragraph a page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Tram Line Annual Report")
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, "Tram Line", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    """A PDF whose one page is a picture: no text layer, as a scan without OCR."""
    from fpdf import FPDF
    from PIL import Image

    picture = path.with_suffix(".png")
    Image.new("RGB", (300, 120), "white").save(picture)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=10, y=10, w=150)
    pdf.output(str(path))
    picture.unlink()
    return path


def encrypted_pdf(path: Path) -> Path:
    """A PDF that opens only with a password."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PDF_PAGE_1)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


def broken_pdf(path: Path) -> Path:
    """A file that starts as a PDF and is not one."""
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage " * 200)
    return path


def word_docx(path: Path) -> Path:
    """A .docx with a title in its properties, a heading and two paragraphs."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Bridge Inspection"
    document.add_heading("Harbour bridge reopens", level=1)
    document.add_paragraph("The harbour bridge reopened on Monday after engineer Mara Lind "
                           "signed off the repairs to its cables.")
    document.add_paragraph("Traffic was light in the morning and heavy by the evening.")
    document.save(str(path))
    return path


def fake_docx(path: Path) -> Path:
    """A zip archive named .docx that holds no Word document."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return path


def magazine_epub(path: Path) -> Path:
    """An EPUB issue: a chapter with one article, a chapter with two under their headings."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("harbour-monthly-3")
    book.set_title("Harbour Monthly, March")
    book.set_language("en")
    book.add_metadata("DC", "date", "2025-03-01")
    ferries = epub.EpubHtml(title="Ferries", file_name="ferries.xhtml", lang="en")
    ferries.content = ("<html><body><h1>New ferries for the bay</h1><p>The ferry company "
                       "bought two new <em>electric</em> ships in March.</p></body></html>")
    news = epub.EpubHtml(title="News", file_name="news.xhtml", lang="en")
    news.content = ("<html><body><h2>Lighthouse restored</h2><p>The old lighthouse on the "
                    "north pier shines again after a two-year restoration.</p>"
                    "<h2>Fish market moves</h2><div>The fish market moved to the east quay "
                    "on Saturday, beside the ferry terminal.</div></body></html>")
    return _write_epub(book, path, [ferries, news])


def empty_epub(path: Path) -> Path:
    """An EPUB with a table of contents and no chapter."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("empty")
    book.set_title("Nothing Inside")
    book.set_language("en")
    return _write_epub(book, path, [])


def _write_epub(book, path: Path, chapters: list) -> Path:
    from ebooklib import epub

    for chapter in chapters:
        book.add_item(chapter)
    book.toc = tuple(chapters)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    epub.write_epub(str(path), book)
    return path
