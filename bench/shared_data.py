"""Readers for the public data sets in ../shared/data (read at run time, never copied)."""

from __future__ import annotations

import json
import os
from pathlib import Path

DATA = Path(os.environ.get("QA_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
SQUAD = DATA / "squad-articles" / "squad-articles.json"
BBC = DATA / "bbc-news" / "bbc_news.jsonl"
SCIFACT = DATA / "scifact"


def require(path: Path) -> None:
    """Exit with a one-line error when a data set of ../shared/data is not there."""
    if not path.exists():
        raise SystemExit(f"error: {path} not found; run from a checkout with ../shared beside it")


def squad_articles() -> list[dict]:
    """SQuAD articles: title, text (paragraphs joined by blank lines) and questions."""
    data = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    articles = []
    for art in data:
        title = art["title"].replace("_", " ")
        text = "\n\n".join(p["context"].strip() for p in art["paragraphs"])
        questions = [{"question": qa["question"], "answers": [a["text"] for a in qa["answers"]],
                      "article": art["title"]}
                     for p in art["paragraphs"] for qa in p["qas"]]
        articles.append({"id": art["title"], "title": title, "text": text,
                         "questions": questions})
    return articles


def write_jsonl(path: Path, records: list[dict], keys: tuple[str, ...]) -> Path:
    """Write ``records`` (only ``keys``) one per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
    return path


def cached_store(path: Path) -> Path:
    """``path`` for a store kept between benchmark runs; one written by another format of
    the program is deleted first (it would be refused), so the next ingest rebuilds it."""
    import shutil

    from index.store_format import FORMAT, MARKER

    marker = path / MARKER
    try:
        fmt = json.loads(marker.read_text()).get("format") if marker.exists() else FORMAT
    except (OSError, ValueError, AttributeError):
        fmt = None
    if fmt != FORMAT:
        shutil.rmtree(path, ignore_errors=True)
        for built in path.parent.glob(f"{path.name}*.built.json"):
            built.unlink()
    return path
