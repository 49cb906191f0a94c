"""PDF files: the text of their pages in order, and where each page starts (with pypdf).

pypdf gives a page's text line by line as it is laid out. Sentences are looked for within
lines (:mod:`index.chunks`), so the lines of a paragraph are joined again: a line that falls
well short of the page's usual width ends its paragraph (a heading, the last line of a
paragraph), the others run on. Pages are joined with a line break, and each page's start is
kept, so that every citation knows its page. Quotes are cut from this text, so they stay
exact whatever the joining did.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from index.articles import (
    Article,
    ArticleError,
    check_text_size,
    clean_text,
    dateline,
    headline,
    join_pages,
    unreadable,
)
from index.reports import Progress, Reason

__all__ = ["NO_TEXT", "load_pdf", "reflow"]

NO_TEXT = "no text in it (scanned?); run OCR on it first, e.g. with ocrmypdf"
# A line shorter than this share of the page's usual line ends its paragraph.
SHORT_LINE = 0.75
# The usual line: this quantile of the page's line lengths (a long URL or a table row should
# not make every line look short).
USUAL_LINE_QUANTILE = 0.9


def load_pdf(path: Path, source: str, progress: Progress | None = None) -> Article:
    """The article in a PDF; ``progress`` hears ``("pages", done, total)`` page by page."""
    pages, title, date = _read(path, source, progress)
    text, starts = join_pages([reflow(clean_text(p)) for p in pages])
    if not re.search(r"\w", text):
        raise ArticleError(source, NO_TEXT, Reason.NO_TEXT_LAYER)
    check_text_size(text, source)
    resolved = str(path.resolve())
    return Article(article_id=resolved, title=title or headline(text) or path.stem,
                   text=text, source=source, path=resolved, date=dateline(text) or date,
                   pages=starts)


def _read(path: Path, source: str, progress: Progress | None
          ) -> tuple[list[str], str | None, str | None]:
    """Each page's text, and the title and date of the document's metadata."""
    import pypdf
    from pypdf.errors import DependencyError

    # pypdf logs each oddity it works around; the ingest report says what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(source, "is encrypted (it needs a password); save a copy "
                               "without the password and index that", Reason.ENCRYPTED)
        total = len(reader.pages)
        if not total:
            raise ArticleError(source, "has no pages; re-export it as PDF", Reason.BROKEN)
        pages = []
        for done, page in enumerate(reader.pages, start=1):
            pages.append(page.extract_text())
            if progress:
                progress("pages", done, total)
        title, date = _metadata(reader)
    except ArticleError:
        raise
    except OSError as e:
        raise unreadable(source, e) from None
    except DependencyError:
        raise ArticleError(source, "is encrypted in a way pypdf reads only with the "
                           "'cryptography' package; pip install cryptography",
                           Reason.ENCRYPTED) from None
    except Exception as e:  # noqa: BLE001 - a damaged file makes pypdf raise nearly anything
        raise ArticleError(source, f"is damaged or not a PDF ({_short(e)}); open and save "
                           "it again as PDF, then retry", Reason.BROKEN) from None
    return pages, title, date


def _metadata(reader) -> tuple[str | None, str | None]:
    """The title and the creation date (YYYY-MM-DD) in the PDF's information dictionary."""
    try:
        info = reader.metadata
        title = " ".join(str(info.title or "").split()) if info else ""
        created = info.creation_date if info else None
    except Exception:  # noqa: BLE001 - damaged metadata is no reason to lose the text
        return None, None
    date = created.date().isoformat() if created else None
    return (title if re.search(r"\w", title) else None), date


def reflow(page: str) -> str:
    """The page's text with the lines of each paragraph joined (see the module notes)."""
    lines = [line.strip() for line in page.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    usual = lengths[int(USUAL_LINE_QUANTILE * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if line:
            joint = "" if not current or current.endswith("-") else " "
            current += joint + line
        if current and (not line or len(line) < SHORT_LINE * usual):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _short(e: Exception) -> str:
    """An exception as a few words on one line."""
    words = " ".join(str(e).split())
    return type(e).__name__ + (f": {words[:80]}" if words else "")
