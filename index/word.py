"""Word (.docx) files: their text with docx2txt, one paragraph a line block.

The title is the document's own (its core properties) when it has one, else the rules used
for text. The date of those properties is left out: templates carry theirs into every
document made from them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from index.articles import (
    Article,
    ArticleError,
    check_text_size,
    clean_text,
    dateline,
    headline,
    require_text,
    unreadable,
)

__all__ = ["load_docx"]

_TITLE = "{http://purl.org/dc/elements/1.1/}title"
NOT_WORD = ("is not a Word .docx file ({}); if it is an old .doc or another format, save it "
            "as .docx from its program")


def load_docx(path: Path, source: str) -> Article:
    """The article in a .docx file."""
    import docx2txt

    try:
        with zipfile.ZipFile(path) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ArticleError(source, NOT_WORD.format("no word/document.xml in it"))
            title = _title(archive)
        raw = docx2txt.process(str(path))
    except ArticleError:
        raise
    except OSError as e:
        raise unreadable(source, e) from None
    except zipfile.BadZipFile:
        raise ArticleError(source, NOT_WORD.format("not a zip archive")) from None
    except (ElementTree.ParseError, KeyError, ValueError) as e:
        raise ArticleError(source, NOT_WORD.format(f"damaged: {type(e).__name__}")) from None
    text = require_text(check_text_size(clean_text(raw), source), source)
    resolved = str(path.resolve())
    return Article(article_id=resolved, title=title or headline(text) or path.stem, text=text,
                   source=source, path=resolved, date=dateline(text))


def _title(archive: zipfile.ZipFile) -> str | None:
    """The title in the document's core properties, if it has one."""
    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError):
        return None
    element = root.find(_TITLE)
    title = " ".join((element.text or "").split()) if element is not None else ""
    return title or None
