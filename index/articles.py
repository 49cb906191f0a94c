"""Loading articles from files: text, Markdown, HTML and JSON/JSONL archives.

Each loader returns :class:`Article` objects whose ``text`` is what gets indexed and what every
citation's span points into. Problems with a file are raised as :class:`ArticleError` with a
one-line message; the caller decides whether to skip the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.store_format import MARKER

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUPPORTED_SUFFIXES",
    "Article",
    "ArticleError",
    "display_source",
    "find_files",
    "load_file",
]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
# An archive (.json/.jsonl) holds many articles; its limit is per article, plus this cap.
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
MIN_HTML_WORDS = 8
_HEADLINE_MAX_CHARS = 150
_HEADLINE_MAX_WORDS = 16
# A title drawn from the text of an article without a headline: its opening words.
_TEXT_TITLE_MAX_CHARS = 72
_TEXT_TITLE_MAX_WORDS = 10


class ArticleError(Exception):
    """A file or record that cannot be loaded; the message is one line for a person."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


@dataclass(frozen=True)
class Article:
    """One article, ready to chunk. ``article_id`` is stable across runs."""

    article_id: str
    title: str
    text: str
    source: str
    path: str
    date: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        """Hash of everything that is stored, so any change triggers a re-index."""
        h = hashlib.sha256()
        for part in (self.title, self.source, self.date or "", self.url or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()[:32]


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


def load_file(path: Path) -> tuple[list[Article], list[ArticleError]]:
    """Load the articles in one file.

    Returns the articles and the problems with single records of an archive; raises
    :class:`ArticleError` when the file as a whole is unusable.
    """
    source = display_source(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(source, f"unsupported file type '{suffix or path.name}'; "
                           f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    raw = _read_bytes(path, source, archive=suffix in (".json", ".jsonl"))
    text = _decode(raw, source)
    if suffix in (".json", ".jsonl"):
        return _load_json_articles(text, path, source, lines=suffix == ".jsonl")
    if suffix in (".html", ".htm"):
        return [_load_html(text, path, source)], []
    return [_load_plain(text, path, source, markdown=suffix in (".md", ".markdown"))], []


def _read_bytes(path: Path, source: str, archive: bool) -> bytes:
    limit = MAX_ARCHIVE_BYTES if archive else MAX_ARTICLE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(source, f"{size / 2**20:.1f} MB is over the {limit // 2**20} MB "
                               "limit for one article; split it into smaller files")
        return path.read_bytes()
    except PermissionError:
        raise ArticleError(source, "cannot be read (permission denied); "
                           "fix its permissions or leave it out") from None
    except OSError as e:
        raise ArticleError(source, f"cannot be read ({e.strerror or e}); "
                           "check the file and try again") from None


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise ArticleError(source, "is empty; add text to it or leave it out")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            return clean_text(raw.decode("utf-16"))
        except UnicodeDecodeError:
            raise ArticleError(source, "starts as UTF-16 but does not decode; save it as "
                               "UTF-8") from None
    if b"\x00" in raw[:8192] or _looks_binary(raw[:8192]):
        raise ArticleError(source, "looks like a binary file, not text; leave it out")
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


def _require_text(text: str, source: str) -> str:
    if not re.search(r"\w", text):
        raise ArticleError(source, "has no words in it; add text to it or leave it out")
    return text


def _load_plain(text: str, path: Path, source: str, markdown: bool) -> Article:
    text = _require_text(text, source)
    title = _headline(text, markdown) or _title_from_text(text)
    return Article(article_id=str(path.resolve()), title=title, text=text, source=source,
                   path=str(path.resolve()))


def _headline(text: str, markdown: bool) -> str | None:
    first, _, rest = text.partition("\n")
    first = first.strip()
    if markdown and first.startswith("#"):
        return first.lstrip("#").strip() or None
    looks_like_headline = (
        rest.strip()
        and len(first) <= _HEADLINE_MAX_CHARS
        and len(first.split()) <= _HEADLINE_MAX_WORDS
        and not first.endswith((".", ",", ";", ":", '"', "\u201d"))
    )
    return first if looks_like_headline else None


def _title_from_text(text: str) -> str:
    """A readable title for an article without a headline: the opening words of its first
    sentence (at most 10 words, 72 characters), with an ellipsis when cut."""
    first = " ".join(text.split("\n", 1)[0].split())
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
                           "save the article as plain text")
    title = (getattr(doc, "title", None) or "").strip() or _title_from_text(text)
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
        raise ArticleError(source, "holds no articles; add objects with a 'text' field")
    return articles, problems


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
    body = clean_text(obj["text"])
    if len(body.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise ArticleError(where, f"text is over the {MAX_ARTICLE_BYTES // 2**20} MB limit "
                           "for one article; split it")
    _require_text(body, where)
    given_id = obj.get("id", obj.get("_id"))
    article_id = str(given_id) if given_id not in (None, "") else f"{path.resolve()}#{no}"
    title = (str(obj.get("title") or "").strip() or _headline(body, False)
             or _title_from_text(body))
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
