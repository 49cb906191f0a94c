"""Loading articles from files: text, Markdown, HTML and JSON/JSONL archives here; PDF, Word
and EPUB in :mod:`index.pdf`, :mod:`index.word` and :mod:`index.epub` (imported only when
such a file is read, so that asking a question never imports their libraries).

Each loader returns :class:`Article` objects whose ``text`` is what gets indexed and what every
citation's span points into. Problems with a file are raised as :class:`ArticleError` with a
one-line message and a :class:`~index.reports.Reason`; the caller decides whether to skip the
file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from index.chunks import LEAD_DATELINE
from index.markdown import plain_markdown
from index.reports import Progress, Reason
from index.store_format import MARKER

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "READ_VERSION",
    "SUPPORTED_SUFFIXES",
    "Article",
    "ArticleError",
    "check_size",
    "check_text_size",
    "dateline",
    "clean_text",
    "display_source",
    "find_files",
    "headline",
    "join_pages",
    "load_file",
    "page_at",
    "read_markdown",
    "require_text",
    "title_from_text",
    "unreadable",
]

# The version of what reading a file gives: raised when a change to reading changes the text
# or the title of an article (2, stop 42: Markdown read as the text it shows; 3, stop 44: the
# date of a dateline opening the lead, "DERBY, 3 March 2025 — The..."). A file read by
# another version is read again by the next ingest, whatever its size and time, and its
# articles are written again only where their text changed (index.ingest).
READ_VERSION = 3
# Markdown: read as the plain text it shows (index.markdown), its first heading the title.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"}) | MARKDOWN_SUFFIXES
# Documents whose text is extracted from a container (pages, a zip of XML files).
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".epub"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCUMENT_SUFFIXES
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
# An archive (.json/.jsonl) holds many articles; its limit is per article, plus this cap.
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
# A PDF, Word or EPUB file is mostly pictures and fonts: its limit is on the file, and the
# text extracted from it has the limit of one article (or of each EPUB chapter).
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024
MIN_HTML_WORDS = 8
_HEADLINE_MAX_CHARS = 150
_HEADLINE_MAX_WORDS = 16
# A title drawn from the text of an article without a headline: its opening words.
_TEXT_TITLE_MAX_CHARS = 72
_TEXT_TITLE_MAX_WORDS = 10


class ArticleError(Exception):
    """A file or record that cannot be loaded; the message is one line for a person, the
    reason the group the ingest report lists it in."""

    def __init__(self, source: str, message: str, reason: Reason = Reason.BROKEN) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message
        self.reason = reason


@dataclass(frozen=True)
class Article:
    """One article, ready to chunk. ``article_id`` is stable across runs.

    ``pages`` holds where each page starts in ``text`` (page 1 at ``pages[0]``) for formats
    with pages (PDF); it is empty for the others.
    """

    article_id: str
    title: str
    text: str
    source: str
    path: str
    date: str | None = None
    url: str | None = None
    pages: tuple[int, ...] = ()

    @property
    def content_hash(self) -> str:
        """Hash of everything that is stored, so any change triggers a re-index."""
        h = hashlib.sha256()
        for part in (self.title, self.source, self.date or "", self.url or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        if self.pages:  # articles without pages keep the hashes they had before pages
            h.update(json.dumps(self.pages).encode())
        return h.hexdigest()[:32]

    def page_at(self, offset: int) -> int | None:
        """The page (1-based) holding ``text[offset]``, or None for formats without pages."""
        return page_at(self.pages, offset)


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    """The page (1-based) holding ``offset``, given where each page starts; None if no pages.

    An empty page starts where the next one does; the text there belongs to the later page.
    """
    return max(1, bisect_right(pages, offset)) if pages else None


def join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages' texts joined by line breaks, and where each page starts in the result."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for page in pages:
        if page and length:
            parts.append("\n")
            length += 1
        starts.append(length)
        parts.append(page)
        length += len(page)
    return "".join(parts), tuple(starts)


def display_source(path: Path) -> str:
    """The path as a person would type it: relative to the working directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def find_files(root: Path) -> Iterator[Path]:
    """Every file under ``root`` (or ``root`` itself), following no symlink loops and
    leaving out hidden files and store directories (a store may live inside a corpus)."""
    if root.is_file():
        yield root
        return
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        if MARKER in filenames:
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def load_file(path: Path, progress: Progress | None = None
              ) -> tuple[list[Article], list[ArticleError]]:
    """Load the articles in one file.

    Returns the articles and the problems with single records of an archive (or chapters of
    an EPUB); raises :class:`ArticleError` when the file as a whole is unusable.
    ``progress`` hears ``("pages", done, total)`` while a PDF's pages are read.
    """
    source = display_source(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(source, f"unsupported file type '{suffix or path.name}'; "
                           f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}",
                           Reason.NOT_AN_ARTICLE)
    if suffix in DOCUMENT_SUFFIXES:
        return _load_document(path, source, suffix, progress)
    raw = _read_bytes(path, source, archive=suffix in (".json", ".jsonl"))
    text = _decode(raw, source)
    if suffix in (".json", ".jsonl"):
        return _load_json_articles(text, path, source, lines=suffix == ".jsonl")
    if suffix in (".html", ".htm"):
        return [_load_html(text, path, source)], []
    return [_load_plain(text, path, source, markdown=suffix in MARKDOWN_SUFFIXES)], []


def _load_document(path: Path, source: str, suffix: str, progress: Progress | None
                   ) -> tuple[list[Article], list[ArticleError]]:
    check_size(path, source, MAX_DOCUMENT_BYTES)
    if suffix == ".pdf":
        from index.pdf import load_pdf

        return [load_pdf(path, source, progress)], []
    if suffix == ".docx":
        from index.word import load_docx

        return [load_docx(path, source)], []
    from index.epub import load_epub

    return load_epub(path, source)


def check_size(path: Path, source: str, limit: int) -> None:
    """Raise an :class:`ArticleError` if the file is empty, over ``limit`` or unreadable."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise unreadable(source, e) from None
    if size == 0:
        raise ArticleError(source, "is empty; add text to it or leave it out", Reason.EMPTY)
    if size > limit:
        raise ArticleError(source, f"{size / 2**20:.1f} MB is over the {limit // 2**20} MB "
                           "limit for one file; split it into smaller files", Reason.TOO_BIG)


def unreadable(source: str, e: OSError) -> ArticleError:
    """The error for a file the system will not let us read."""
    if isinstance(e, PermissionError):
        return ArticleError(source, "cannot be read (permission denied); "
                            "fix its permissions or leave it out", Reason.UNREADABLE)
    return ArticleError(source, f"cannot be read ({e.strerror or e}); "
                        "check the file and try again", Reason.UNREADABLE)


def _read_bytes(path: Path, source: str, archive: bool) -> bytes:
    limit = MAX_ARCHIVE_BYTES if archive else MAX_ARTICLE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(source, f"{size / 2**20:.1f} MB is over the {limit // 2**20} MB "
                               "limit for one article; split it into smaller files",
                               Reason.TOO_BIG)
        return path.read_bytes()
    except OSError as e:
        raise unreadable(source, e) from None


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise ArticleError(source, "is empty; add text to it or leave it out", Reason.EMPTY)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            return clean_text(raw.decode("utf-16"))
        except UnicodeDecodeError:
            raise ArticleError(source, "starts as UTF-16 but does not decode; save it as "
                               "UTF-8") from None
    if b"\x00" in raw[:8192] or _looks_binary(raw[:8192]):
        raise ArticleError(source, "looks like a binary file, not text; leave it out",
                           Reason.BINARY)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: Windows-1252 covers most legacy news text; latin-1 never fails.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    return clean_text(text)


def _looks_binary(head: bytes) -> bool:
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 100)


def clean_text(text: str) -> str:
    """Normalise line ends and strip control characters and trailing spaces on lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip()


def require_text(text: str, source: str) -> str:
    """``text``, or an :class:`ArticleError` if it has no words."""
    if not re.search(r"\w", text):
        raise ArticleError(source, "has no words in it; add text to it or leave it out",
                           Reason.EMPTY)
    return text


def check_text_size(text: str, source: str) -> str:
    """``text``, or an :class:`ArticleError` if it is over the limit for one article."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise ArticleError(source, f"text is over the {MAX_ARTICLE_BYTES // 2**20} MB limit "
                           "for one article; split it", Reason.TOO_BIG)
    return text


def _load_plain(text: str, path: Path, source: str, markdown: bool) -> Article:
    text = require_text(text, source)
    heading = None
    if markdown:
        text, heading = read_markdown(text)
        text = require_text(text, source)
    title = heading or headline(text) or title_from_text(text)
    return Article(article_id=str(path.resolve()), title=title, text=text, source=source,
                   path=str(path.resolve()), date=dateline(text))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = (r"(?P<{}>" + "|".join(m.capitalize() for m in _MONTHS)
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# A date as a dateline gives it: "Monday 3 February 2025", "3 Feb 2025", "February 3, 2025",
# "2025-02-03".
_DATED = re.compile(r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("m1")
                    + r"\.?,?\s+(?P<y1>(?:19|20)\d\d)\b"
                    + r"|\b" + _MONTH.format("m2") + r"\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                    r"(?P<y2>(?:19|20)\d\d)\b"
                    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)\b")
DATELINE_LINES = 4  # the lines after a headline a dateline may be on
DATELINE_MAX_WORDS = 12  # more, and the line is a sentence that names a date


def dateline(text: str) -> str | None:
    """The date of an article that gives it on a line of its own near the top, as news does
    ("Monday 3 February 2025", "*Thursday 13 March 2025*", "By Tom Pascoe · 10 October 2024",
    or opening the lead: "DERBY, 3 March 2025 — The bus company..."),
    as ``YYYY-MM-DD``; None when no such line comes among the first DATELINE_LINES after
    the headline (a trial of stop 40 found its .txt and .md articles' dates not shown, while
    its HTML one's was)."""
    lines = [line.strip(" \t*_#>") for line in text.split("\n") if line.strip()]
    for n, line in enumerate(lines[: DATELINE_LINES + 1]):
        lead = LEAD_DATELINE.match(line)
        if lead:  # "DERBY, 3 March 2025 — The bus company..."
            line = lead.group().rstrip(" -\u2013\u2014")
        found = _DATED.search(line)
        if (found is None or len(line.split()) > DATELINE_MAX_WORDS
                or line.endswith((".", "!", "?", '"', "\u201d"))):
            continue  # a sentence that names a date ("The strike ends on 3 March 2025.")
        if n == 0 and len(line.split()) - len(found.group().split()) > 2:
            continue  # a headline that names a date
        g = found.groupdict()
        year, month, day = ((g["y1"], g["m1"], g["d1"]) if g["y1"] else
                            (g["y2"], g["m2"], g["d2"]) if g["y2"] else
                            (g["y3"], g["m3"], g["d3"]))
        number = int(month) if month.isdigit() else next(
            n for n, m in enumerate(_MONTHS, start=1) if m.startswith(month.lower()))
        try:
            return date(int(year), number, int(day)).isoformat()
        except ValueError:
            continue  # "31 February"
    return None


def read_markdown(text: str) -> tuple[str, str | None]:
    """The text Markdown ``text`` shows (:func:`index.markdown.plain_markdown`), and its
    first line's heading (None when it does not start with one)."""
    heading = text.lstrip().startswith("#")
    text = plain_markdown(text)
    return text, (text.strip().partition("\n")[0].strip() or None) if heading else None


def headline(text: str) -> str | None:
    """The first line of ``text`` when it looks like a headline."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    looks_like_headline = (
        rest.strip()
        and len(first) <= _HEADLINE_MAX_CHARS
        and len(first.split()) <= _HEADLINE_MAX_WORDS
        and not first.endswith((".", ",", ";", ":", '"', "\u201d"))
    )
    return first if looks_like_headline else None


def title_from_text(text: str) -> str:
    """A readable title for an article without a headline: the opening words of its first
    sentence (at most 10 words, 72 characters), with an ellipsis when cut; not a dateline
    opening it ("LEEDS, 2 June 2025 — A community bakery..." is titled "A community
    bakery...": a new user's check of stop 47 saw the dateline in every citation)."""
    first = " ".join(text.split("\n", 1)[0].split())
    dated = LEAD_DATELINE.match(first)
    if dated and first[dated.end() :].strip():
        first = first[dated.end() :]
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    words = sentence.split()
    title = ""
    for word in words[:_TEXT_TITLE_MAX_WORDS]:
        if len(title) + len(word) + 1 > _TEXT_TITLE_MAX_CHARS:
            break
        title = f"{title} {word}".strip()
    title = title or sentence[:_TEXT_TITLE_MAX_CHARS]
    if title != sentence:
        return title.rstrip(",;:-\u2013\u2014") + "\u2026"
    return title.removesuffix(".")


def _load_html(html: str, path: Path, source: str) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except RecursionError:
        raise ArticleError(source, "HTML is nested too deeply to read; "
                           "save the article as plain text") from None
    text = clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.split()) < MIN_HTML_WORDS:  # menus and cookie banners are not articles
        raise ArticleError(source, "no article text found in the HTML; "
                           "save the article as plain text", Reason.EMPTY)
    title = (getattr(doc, "title", None) or "").strip() or title_from_text(text)
    return Article(article_id=str(path.resolve()), title=title, text=text, source=source,
                   path=str(path.resolve()), date=getattr(doc, "date", None),
                   url=getattr(doc, "url", None))


def _load_json_articles(
    text: str, path: Path, source: str, lines: bool
) -> tuple[list[Article], list[ArticleError]]:
    if lines:
        records = [(no, f"{source} line {no}", line)
                   for no, line in enumerate(text.split("\n"), start=1) if line.strip()]
    else:
        data = _parse_json(text, source)
        items = data if isinstance(data, list) else [data]
        records = [(no, f"{source} item {no}" if isinstance(data, list) else source, obj)
                   for no, obj in enumerate(items, start=1)]
    articles: list[Article] = []
    problems: list[ArticleError] = []
    for no, where, item in records:
        try:
            obj = _parse_json(item, where) if lines else item
            articles.append(_record_article(obj, no, path, where))
        except ArticleError as e:
            problems.append(e)
    if not articles and not problems:
        raise ArticleError(source, "holds no articles; add objects with a 'text' field",
                           Reason.EMPTY)
    if not articles and len(problems) > 1:
        raise _none_read(source, [item for _, _, item in records], problems, lines)
    return articles, problems


def _none_read(source: str, items: list[object], problems: list[ArticleError],
               lines: bool) -> ArticleError:
    """One error for a JSON file of which no record is an article, rather than one a record
    (a new user's trial of stop 40 saw 53 lines of "is not an object with a 'text' string"
    for a `qa eval` question file in the folder it indexed)."""
    unit = "line" if lines else "item"

    def asks(item: object) -> bool:
        try:
            obj = json.loads(item) if isinstance(item, str) else item
        except ValueError:
            return False
        return isinstance(obj, dict) and "question" in obj and "text" not in obj

    if all(asks(item) for item in items):
        return ArticleError(source, f"is a question file, not articles (its {len(items)} "
                            f"{unit}s each have a 'question' and no 'text'); keep it outside "
                            "the folders you index", Reason.QUESTIONS)
    first = problems[0]
    return ArticleError(source, f"none of its {len(items)} {unit}s is an article "
                        f"({first.source.removeprefix(source).strip()}: {first.message})",
                        first.reason)


def _parse_json(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ArticleError(where, f"invalid JSON ({e.msg} at column {e.colno}); "
                           "fix or remove it") from None
    except RecursionError:
        raise ArticleError(where, "JSON is nested too deeply; fix or remove it") from None


def _record_article(obj: object, no: int, path: Path, where: str) -> Article:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ArticleError(where, "is not an object with a 'text' string; fix or remove it")
    body = check_text_size(clean_text(obj["text"]), where)
    require_text(body, where)
    given_id = obj.get("id", obj.get("_id"))
    article_id = str(given_id) if given_id not in (None, "") else f"{path.resolve()}#{no}"
    title = (str(obj.get("title") or "").strip() or headline(body)
             or title_from_text(body))
    return Article(
        article_id=article_id,
        title=title,
        text=body,
        source=str(obj.get("source") or display_source(path)),
        path=str(path.resolve()),
        date=_optional_str(obj.get("date")),
        url=_optional_str(obj.get("url")),
    )


def _optional_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)
