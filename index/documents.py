"""llama-index documents as articles, so that any reader's output is indexed by the rules
of files (:func:`index.ingest.ingest_articles`).

A document is anything with ``text``, ``metadata`` and ``id_``, as llama-index's
``Document`` has: nothing of llama-index is imported here.

- Id: the metadata's ``id``; else ``id_``, unless it is the random UUID llama-index gives a
  document by default; else the file the reader recorded (``file_path``), as for our own
  files; else a hash of the text (the same text is the same article).
- The pages of one PDF, which llama-index's PDF reader gives as one document each
  (consecutive documents of one ``file_path`` with a ``page_label``), are one article
  whose citations name their page, as for our own PDFs; their lines are joined into
  paragraphs in the same way (:func:`index.pdf.reflow`).
- Title, date, url and source from the metadata (``title``, ``date``, ``url``,
  ``source``); else the title and date by the rules for files (the headline or the opening
  words, a PDF's file name; a dateline), the source the file's path: the same file read by
  a llama-index reader or by us is the same article, not embedded again.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.articles import (
    MARKDOWN_SUFFIXES,
    Article,
    ArticleError,
    check_text_size,
    clean_text,
    dateline,
    display_source,
    headline,
    join_pages,
    read_markdown,
    require_text,
    title_from_text,
)

__all__ = ["Converted", "articles_from_documents"]


@dataclass
class Converted:
    """The articles made from documents, the problems, and the files those came from."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleError] = field(default_factory=list)
    failed_paths: set[str] = field(default_factory=set)


def articles_from_documents(documents: Iterable[Any]) -> Converted:
    """The articles of ``documents`` (llama-index ``Document`` objects or alike)."""
    out = Converted()
    for no, group in enumerate(_groups(documents), start=1):
        try:
            out.articles.append(_article(group, no))
        except ArticleError as e:
            out.problems.append(e)
            out.failed_paths.update(p for p in {_path(_metadata(d)) for d in group} if p)
    return out


def _groups(documents: Iterable[Any]) -> list[list[Any]]:
    """The documents, with the consecutive pages of one file (and no id of their own)
    together."""
    groups: list[list[Any]] = []
    for doc in documents:
        last = groups[-1][-1] if groups else None
        if last is not None and _page_of(doc) and _page_of(last) == _page_of(doc):
            groups[-1].append(doc)
        else:
            groups.append([doc])
    return groups


def _page_of(doc: Any) -> str | None:
    """The file a page document belongs to, if it is one and has no id of its own."""
    m = _metadata(doc)
    if "page_label" not in m or _given_id(doc) is not None:
        return None
    return _path(m)


def _article(group: list[Any], no: int) -> Article:
    first = group[0]
    m = _metadata(first)
    path = _path(m)
    source = str(m.get("source") or (display_source(Path(path)) if path else "")
                 or m.get("file_name") or m.get("url") or f"document {no}")
    texts = [_text(d, source) for d in group]
    if _is_pdf(m):
        from index.pdf import reflow

        texts = [reflow(t) for t in texts]
    text, pages = join_pages(texts) if _page_of(first) else (texts[0], ())
    heading = None
    if Path(path).suffix.lower() in MARKDOWN_SUFFIXES and not pages:
        text, heading = read_markdown(text)  # the same article as the file read by us
    require_text(check_text_size(text, source), source)
    article_id = _given_id(first) or path or _text_id(text)
    # (without a title or a headline: its opening words, as for our own text files, or a
    # PDF's file name, as for a PDF we read; it was "document 2", its place in the batch, in
    # a new user's trial of stop 38, and a text file's name at stop 50, so that `qa ingest`
    # of the same file embedded it again)
    title = (_optional(m.get("title")) or heading or headline(text)
             or (Path(path).stem if path and _is_pdf(m) else None) or title_from_text(text))
    return Article(article_id=article_id, title=title, text=text, source=source, path=path,
                   date=_optional(m.get("date")) or dateline(text), url=_optional(m.get("url")),
                   pages=pages)


def _metadata(doc: Any) -> Mapping[str, Any]:
    m = getattr(doc, "metadata", None)
    return m if isinstance(m, Mapping) else {}


def _given_id(doc: Any) -> str | None:
    """The id the document was given: the metadata's, else ``id_`` unless it is the random
    UUID llama-index makes up."""
    given = _optional(_metadata(doc).get("id"))
    if given:
        return given
    id_ = _optional(getattr(doc, "id_", None))
    return None if id_ is None or _is_uuid4(id_) else id_


def _is_uuid4(text: str) -> bool:
    try:
        return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


def _path(m: Mapping[str, Any]) -> str:
    """The file the document was read from, resolved as our own files' paths are; or ""."""
    given = m.get("file_path")
    return str(Path(str(given)).expanduser().resolve()) if given else ""


def _is_pdf(m: Mapping[str, Any]) -> bool:
    return str(m.get("file_path") or m.get("file_name") or "").lower().endswith(".pdf") or \
        m.get("file_type") == "application/pdf"


def _text(doc: Any, source: str) -> str:
    text = getattr(doc, "text", None)
    if not isinstance(text, str):
        raise ArticleError(source, "has no text (is it a picture or another kind of "
                           "node?); give documents with text")
    return clean_text(text)


def _text_id(text: str) -> str:
    return "document-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _optional(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text if re.search(r"\S", text) else None
