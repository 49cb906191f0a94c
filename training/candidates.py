"""Retrieval's candidate sentences for every SQuAD question, with their evidence and labels.

    .venv/bin/python training/candidates.py

For each half of the SQuAD articles (even- and odd-numbered) a store of that half alone is
built, and each of its questions is asked of it: the reader of one half is trained on what
retrieval ranks high there, never on the other half's text. The questions are also asked of
a store of all 44 articles, which is where the cross-fitted figures are measured.

With ``synthetic``, the same for training/synthetic.py's questions over BBC articles, asked
of a store of those articles.

Writes ``.bench/reader/candidates-{even,odd,all}.jsonl``: per question its gold answer spans
(article offsets) and the top sentences with retrieval's score and features.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import BBC, SQUAD, cached_store, write_jsonl  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / ".bench" / "reader"
TOP = 30  # sentences kept per question


def squad_with_spans() -> list[dict]:
    """SQuAD articles (paragraphs joined by blank lines, as bench/shared_data does), each
    question with its answers' spans in the article's text."""
    data = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    articles = []
    for number, art in enumerate(data):
        parts, questions, offset = [], [], 0
        for p in art["paragraphs"]:
            context = p["context"]
            lead = len(context) - len(context.lstrip())
            stripped = context.strip()
            for qa in p["qas"]:
                spans = []
                for a in qa["answers"]:
                    s = offset + a["answer_start"] - lead
                    if stripped[s - offset : s - offset + len(a["text"])] == a["text"]:
                        spans.append((s, s + len(a["text"])))
                questions.append({"id": qa["id"], "question": qa["question"],
                                  "answers": [a["text"] for a in qa["answers"]],
                                  "spans": spans})
            parts.append(stripped)
            offset += len(stripped) + 2
        articles.append({"id": art["title"], "title": art["title"].replace("_", " "),
                         "text": "\n\n".join(parts), "questions": questions,
                         "half": "even" if number % 2 == 0 else "odd"})
    return articles


def library(name: str, articles: list[dict], embedder=None):
    from qa import Library

    path = write_jsonl(WORK / "articles" / f"{name}.jsonl", articles, ("id", "title", "text"))
    lib = Library(cached_store(WORK / f"store-{name}"), embedder=embedder)
    started = time.perf_counter()
    report = lib.ingest([path])
    if report.changed:
        print(f"  indexed {name}: {report.summary()} in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    return lib


NEWS_QUESTIONS = REPO / "bench" / "news_questions.jsonl"


def news_articles() -> list[dict]:
    """The BBC business articles business/001 to business/300: the news set's corpus."""
    wanted = {f"business/{n:03d}" for n in range(1, 301)}
    with BBC.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if r["id"] in wanted]


def news_questions() -> list[dict]:
    with NEWS_QUESTIONS.open(encoding="utf-8") as f:
        return [dict(json.loads(line), id=str(n), spans=[]) for n, line in enumerate(f)
                if line.strip()]


def dump(lib, articles: list[dict], target: Path) -> None:
    """Ask every question of ``articles`` and write the top sentences of each."""
    dump_questions(lib, [dict(q, article=a["id"]) for a in articles for q in a["questions"]],
                   target)


def dump_questions(lib, qs: list[dict], target: Path) -> None:
    """Ask every question and write the top sentences of each."""
    retriever = lib._retriever
    started = time.perf_counter()
    n = 0
    with target.open("w", encoding="utf-8") as f:
        if True:
            for q in qs:
                cands = retriever.candidates(q["question"])
                ranked = [s for s in cands.ranked() if not s.is_headline][:TOP]
                row_of = {(c.chunk_id, si): r for r, (ci, si) in enumerate(cands.where)
                          for c in [cands.chunks[ci]]}
                f.write(json.dumps({
                    "id": q["id"], "question": q["question"], "answers": q["answers"],
                    "article": q["article"], "spans": q["spans"],
                    "unanswerable": q.get("unanswerable", False),
                    "candidates": [
                        {"article": s.chunk.article_id, "start": s.start, "end": s.end,
                         "score": round(s.score, 5),
                         "features": [round(float(x), 5) for x in
                                      cands.features[row_of[(s.chunk.chunk_id, s.index)]]]}
                        for s in ranked]}) + "\n")
                n += 1
                if n % 500 == 0:
                    print(f"  {target.name}: {n} questions, "
                          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Build the stores and dump the candidates (``news``: the news set's)."""
    argv = sys.argv[1:] if argv is None else argv
    WORK.mkdir(parents=True, exist_ok=True)
    if argv == ["synthetic"]:
        if (WORK / "candidates-synthetic.jsonl").exists():
            return 0
        articles = json.loads((WORK / "synthetic.json").read_text())
        dump(library("synthetic", articles), articles, WORK / "candidates-synthetic.jsonl")
        return 0
    if argv == ["news"]:
        if (WORK / "candidates-news.jsonl").exists():
            return 0
        lib = library("news", news_articles())
        dump_questions(lib, news_questions(), WORK / "candidates-news.jsonl")
        return 0
    if all((WORK / f"candidates-{n}.jsonl").exists() for n in ("even", "odd", "all")):
        return 0  # kept from an earlier run (delete .bench/reader/ to rebuild)
    articles = squad_with_spans()
    (WORK / "squad.json").write_text(json.dumps(articles))
    halves = {h: [a for a in articles if a["half"] == h] for h in ("even", "odd")}
    lib_all = library("all", articles)
    for h, arts in halves.items():
        lib = library(h, arts, embedder=lib_all.embedder)
        dump(lib, arts, WORK / f"candidates-{h}.jsonl")
    dump(lib_all, articles, WORK / "candidates-all.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
