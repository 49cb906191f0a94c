"""EPUB files: one article per chapter, or per section where a chapter holds several (a
magazine issue often puts many articles in one file), titled by its heading (with ebooklib).

The chapters are the book's documents in reading order (its spine), less its table of
contents. Within one, the highest level of heading that appears (``h1``, else ``h2``...)
starts each section; a chapter without headings is one article, titled from the table of
contents. Each block (paragraph, heading, list item) is one line of the article's text.
Pages with no words (a cover picture) are not chapters.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from index.articles import (
    Article,
    ArticleError,
    check_text_size,
    display_source,
    unreadable,
)
from index.reports import Reason

__all__ = ["load_epub"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset((*_HEADINGS, "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
                     "pre", "section", "article", "header", "footer", "aside", "figure",
                     "figcaption", "table", "tr", "td", "th", "caption", "nav", "body"))
_SKIPPED = frozenset(("script", "style", "head"))
NOT_EPUB = "is not a readable EPUB ({}); open and save it again as EPUB, then retry"

Block = tuple[str, str]  # tag, text


def load_epub(path: Path, source: str) -> tuple[list[Article], list[ArticleError]]:
    """The chapters (or sections) of an EPUB, and the problems with single ones."""
    book = _read(path, source)
    resolved = str(path.resolve())
    book_title = _first(book, "title") or path.stem
    date = _first(book, "date")
    toc = _toc_titles(book.toc)
    articles: list[Article] = []
    problems: list[ArticleError] = []
    for name, content in _chapters(book):
        sections = _sections(_blocks(content))
        for k, (heading, text) in enumerate(sections, start=1):
            where = f"{source} {name}" + (f" section {k}" if len(sections) > 1 else "")
            try:
                check_text_size(text, where)
            except ArticleError as e:
                problems.append(e)
                continue
            title = heading or toc.get(name) or f"{book_title} ({len(articles) + 1})"
            articles.append(Article(
                article_id=f"{resolved}#{name}" + (f"#{k}" if len(sections) > 1 else ""),
                title=title, text=text, source=display_source(path), path=resolved, date=date))
    if not articles and not problems:
        raise ArticleError(source, "holds no chapters with text; if it is a book of scanned "
                           "pages, run OCR on it first", Reason.EMPTY)
    return articles, problems


def _read(path: Path, source: str) -> Any:
    import warnings

    from ebooklib import epub

    if not zipfile.is_zipfile(path):
        raise ArticleError(source, NOT_EPUB.format("not a zip archive"))
    try:
        with warnings.catch_warnings():  # ebooklib warns of its own future defaults
            warnings.simplefilter("ignore")
            return epub.read_epub(str(path), options={"ignore_ncx": True})
    except OSError as e:
        raise unreadable(source, e) from None
    except KeyError as e:  # a member the container names is missing
        raise ArticleError(source, NOT_EPUB.format(f"{e.args[0] if e.args else e}")) from None
    except Exception as e:  # noqa: BLE001 - ebooklib raises many types on a damaged file
        words = " ".join(str(e).split())[:80]
        raise ArticleError(source, NOT_EPUB.format(f"{type(e).__name__}: {words}")) from None


def _first(book: Any, field: str) -> str | None:
    values = book.get_metadata("DC", field)
    value = " ".join(str(values[0][0]).split()) if values else ""
    return value or None


def _chapters(book: Any) -> list[tuple[str, bytes]]:
    """Each document of the spine, but the table of contents: its name and content."""
    import ebooklib
    from ebooklib import epub

    out = []
    for idref, _ in book.spine:
        item = book.get_item_with_id(idref)
        if (item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT
                and not isinstance(item, epub.EpubNav)):
            out.append((item.get_name(), item.get_content()))
    return out


def _toc_titles(toc: Any) -> dict[str, str]:
    """The table of contents' title for each document (the first entry pointing at it)."""
    titles: dict[str, str] = {}
    for entry in toc:
        if isinstance(entry, (tuple, list)):  # a section heading and its entries
            titles.update((k, v) for k, v in _toc_titles(entry[-1]).items() if k not in titles)
            entry = entry[0]
        href, title = getattr(entry, "href", None), getattr(entry, "title", None)
        if href and title:
            titles.setdefault(href.split("#")[0], " ".join(str(title).split()))
    return titles


def _blocks(content: bytes) -> list[Block]:
    """The document's blocks in reading order, each with its tag and its words on one line."""
    from lxml import etree, html

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(content, parser)
        if root is None:  # not even recoverable XML: read it as HTML
            root = html.fromstring(content)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError):
        return []
    body = next((e for e in root.iter() if _tag(e) == "body"), root)
    out: list[Block] = []
    _walk(body, out)
    return [(tag, text) for tag, text in out if re.search(r"\w", text)]


def _walk(element: Any, out: list[Block]) -> None:
    tag = _tag(element)
    words = [element.text or ""]
    for child in element:
        child_tag = _tag(child)
        if child_tag in _BLOCKS:
            out.append((tag, " ".join("".join(words).split())))
            _walk(child, out)
            words = [child.tail or ""]
        else:
            if child_tag not in _SKIPPED:
                words.append(" " if child_tag == "br" else "".join(child.itertext()))
            words.append(child.tail or "")
    out.append((tag, " ".join("".join(words).split())))


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _sections(blocks: list[Block]) -> list[tuple[str | None, str]]:
    """The blocks cut at the highest level of heading present: (heading, text) each; the
    blocks before the first heading go with the first section."""
    levels = [tag for tag, _ in blocks if tag in _HEADINGS]
    top = min(levels) if levels else None
    sections: list[tuple[str | None, list[str]]] = []
    for tag, text in blocks:
        if tag == top and sections and sections[-1][0] is None:
            sections[-1] = (text, [*sections[-1][1], text])  # the first heading
        elif tag == top or not sections:
            sections.append((text if tag == top else None, [text]))
        else:
            sections[-1][1].append(text)
    return [(heading, "\n".join(lines)) for heading, lines in sections]
